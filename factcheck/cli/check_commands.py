"""`factcheck verify` (claims on the command line) and `factcheck check` (a claims file)."""

from __future__ import annotations

from typing import Annotated

import typer

from ..api import check
from ..errors import InputError
from ..ingest.claims import MAX_CLAIM_CHARS, read_claims
from ..models import Claim
from ..render import OutputFormat
from . import app
from .common import (
    ClusterOption,
    ExplainOption,
    FailOnOption,
    FormatOption,
    IndexOption,
    MinConfidenceOption,
    SourcesOption,
    WorkersOption,
    check_with_progress,
    cluster_address,
    emit,
    open_corpus,
    output_format,
    resolve_fail_on,
    resolve_min_confidence,
    settings,
    stream_on_cluster,
)
from .output import OutputOption, prepare_output


@app.command()
def verify(
    claims: Annotated[
        list[str], typer.Argument(help="One or more claims, each in quotes.", show_default=False)
    ],
    sources: SourcesOption = None,
    fmt: FormatOption = None,
    fail_on: FailOnOption = None,
    min_confidence: MinConfidenceOption = None,
    explain: ExplainOption = False,
    index: IndexOption = None,
    output: OutputOption = None,
) -> None:
    """Check claims typed on the command line.

    [b]Examples[/b]

      factcheck verify "The ceasefire accord was first obtained in Doha on October 18-19, 2025."

      factcheck verify "Talks began on October 24." "Turkey and Qatar mediated." --sources news/

      factcheck verify "Turkey mediated the talks." --format json --explain
    """
    config = settings()
    policy = resolve_fail_on(fail_on, config)
    prepare_output(output, fmt is OutputFormat.HTML)
    items = []
    for n, text in enumerate(claims, start=1):
        text = " ".join(text.split())
        if not text:
            raise InputError("<argument>", f"claim {n} is empty")
        if len(text) > MAX_CLAIM_CHARS:
            raise InputError(
                "<argument>",
                f"claim {n} is {len(text):,} characters long (at most {MAX_CLAIM_CHARS:,})",
            )
        items.append(Claim(text, id=str(n)))
    corpus, _ = open_corpus(sources, config, index)
    report = check(items, corpus, config.thresholds)
    emit(report, fmt, explain, policy, resolve_min_confidence(min_confidence, config), output)


@app.command("check")
def check_file(
    claims_file: Annotated[
        str,
        typer.Argument(
            metavar="FILE",
            help="Claims file: .txt (one per line), .jsonl or .csv; - for stdin.",
            show_default=False,
        ),
    ],
    sources: SourcesOption = None,
    fmt: FormatOption = None,
    fail_on: FailOnOption = None,
    min_confidence: MinConfidenceOption = None,
    explain: ExplainOption = False,
    index: IndexOption = None,
    input_format: Annotated[
        str | None,
        typer.Option(
            "--input-format",
            help="text, jsonl or csv (default: from the file name and content).",
            show_default=False,
        ),
    ] = None,
    output: OutputOption = None,
    cluster: ClusterOption = None,
    workers: WorkersOption = None,
) -> None:
    """Check every claim in a claims file, in the file's order.

    [b]Examples[/b]

      factcheck check claims/seeds.txt

      factcheck check claims/seeds.jsonl --format json > results.json

      factcheck check claims.txt --sources docs/ --min-confidence 0.7

      cat claims.txt | factcheck check - --sources docs/ --fail-on unmentioned

      factcheck check claims.jsonl --format html --output claims.html

      factcheck check claims.txt --index postgresql://db/news --cluster tcp://scheduler:8786
    """
    config = settings()
    policy = resolve_fail_on(fail_on, config)
    prepare_output(output, fmt is OutputFormat.HTML)
    if input_format not in (None, "text", "jsonl", "csv"):
        raise InputError(None, f"--input-format must be text, jsonl or csv, not {input_format!r}")
    claims = read_claims(claims_file, input_format)
    corpus, location = open_corpus(sources, config, index)
    for claim in claims:
        for name in claim.sources:
            if name not in corpus.doc_ranges:
                raise InputError(
                    claim.origin,
                    f"source {name!r} is not among the loaded sources",
                    line=claim.line,
                )
    address = cluster_address(cluster, config)
    bar = resolve_min_confidence(min_confidence, config)
    if (address or workers) and output is None and output_format(fmt) is OutputFormat.JSONL:
        # Results stream out in input order as the cluster judges them.
        report = stream_on_cluster(
            claims, location, config.thresholds, explain, address, workers, bar
        )
        emit(report, fmt, explain, policy, bar, written=True)
    report = check_with_progress(
        claims,
        corpus,
        config.thresholds,
        candidates=explain,
        location=location,
        cluster=address,
        workers=workers,
    )
    emit(report, fmt, explain, policy, bar, output)
