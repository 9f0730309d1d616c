"""`factcheck verify` (claims on the command line) and `factcheck check` (a claims file)."""

from __future__ import annotations

import sys
from dataclasses import replace
from itertools import chain
from typing import Annotated

import typer

from ..api import check
from ..errors import InputError
from ..ingest.claims import MAX_CLAIM_CHARS, iter_claims
from ..models import Claim
from ..render import STREAMING, OutputFormat
from . import app
from .common import (
    ClusterOption,
    ColorOption,
    Colour,
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
    render_context,
    resolve_fail_on,
    resolve_min_confidence,
    settings,
    stream,
    stream_on_cluster,
)
from .output import OutputOption, prepare_output


def _default_format(fmt: OutputFormat | None) -> OutputFormat:
    """A table for a person at a terminal, JSON Lines for a program reading a pipe."""
    return fmt or (OutputFormat.TABLE if sys.stdout.isatty() else OutputFormat.JSONL)


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
    color: ColorOption = Colour.AUTO,
    output: OutputOption = None,
) -> None:
    """Check claims typed on the command line.

    [b]Examples[/b]

      factcheck verify "The ceasefire accord was first obtained in Doha on October 18-19, 2025."

      factcheck verify "Talks began on October 24." "Turkey and Qatar mediated." --sources seeds/

      factcheck verify "Turkey mediated the talks." --format json --explain
    """
    config = settings()
    policy = resolve_fail_on(fail_on, config)
    fmt = _default_format(fmt)
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
    corpus, location = open_corpus(sources, config, index)
    specs = list(location.specs)
    report = check(items, corpus, config.thresholds)
    report = replace(report, min_confidence=resolve_min_confidence(min_confidence, config))
    emit(report, fmt, render_context(fmt, policy, explain, specs, color), color, output)


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
    color: ColorOption = Colour.AUTO,
    output: OutputOption = None,
    cluster: ClusterOption = None,
    workers: WorkersOption = None,
    input_format: Annotated[
        str | None,
        typer.Option(
            "--input-format",
            help="text, jsonl or csv (default: from the file name and content).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Check every claim in a claims file, in the file's order.

    [b]Examples[/b]

      factcheck check claims/seeds.txt

      factcheck check claims/seeds.jsonl --format json > results.json

      cat claims/seeds.txt | factcheck check - --sources seeds/ --fail-on unmentioned
    """
    config = settings()
    policy = resolve_fail_on(fail_on, config)
    fmt = _default_format(fmt)
    prepare_output(output, fmt is OutputFormat.HTML)
    if input_format not in (None, "text", "jsonl", "csv"):
        raise InputError(None, f"--input-format must be text, jsonl or csv, not {input_format!r}")
    claims = iter_claims(claims_file, input_format)
    first = next(claims, None)  # the file is read, and its format checked, before the sources
    if first is None:
        if claims_file == "-":
            raise InputError("<stdin>", "no claims in the input")
        raise InputError(claims_file, "no claims in this file")
    corpus, location = open_corpus(sources, config, index)
    specs = list(location.specs)

    def known_sources(batch: list[Claim]) -> None:
        for claim in batch:
            for name in claim.sources:
                if name not in corpus.doc_ranges:
                    raise InputError(
                        claim.origin,
                        f"source {name!r} is not among the loaded sources",
                        line=claim.line,
                    )

    context = render_context(fmt, policy, explain, specs, color)
    bar = resolve_min_confidence(min_confidence, config)
    address = cluster_address(cluster, config)
    if (address or workers) and output is None and fmt is OutputFormat.JSONL:
        # Results stream out in input order as the cluster judges them.
        everything = [first, *claims]
        known_sources(everything)
        report = stream_on_cluster(
            everything, location, config.thresholds, explain, address, workers, bar
        )
        emit(report, fmt, context, color, written=True)
    if fmt in STREAMING and not (address or workers):
        stream(chain([first], claims), corpus, config.thresholds, fmt, context, known_sources, bar)
    everything = [first, *claims]
    known_sources(everything)
    report = check_with_progress(
        everything,
        corpus,
        config.thresholds,
        candidates=explain,
        location=location,
        cluster=address,
        workers=workers,
    )
    report = replace(report, min_confidence=bar)
    emit(report, fmt, context, color, output)
