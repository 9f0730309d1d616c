"""What several commands share: source resolution, output, and the exit code."""

from __future__ import annotations

import os
import sys
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ..api import open_sources
from ..config import FAIL_ON, Settings, load_settings, parse_min_confidence
from ..corpus.collection import Corpus
from ..errors import ConfigError
from ..judge.thresholds import Thresholds
from ..models import Report
from ..render import OutputFormat, render
from .exit_codes import exit_code

if TYPE_CHECKING:
    from ..corpus.location import CorpusLocation

PACKAGED_SEEDS = Path(__file__).resolve().parent.parent / "data" / "seeds"

SourcesOption = Annotated[
    list[str] | None,
    typer.Option(
        "--sources",
        "-s",
        help="Source file, folder or glob (repeatable). Default: \\[tool.factcheck] sources, else ./seeds/.",
        show_default=False,
    ),
]
FormatOption = Annotated[
    OutputFormat | None,
    typer.Option(
        "--format",
        "-f",
        help="Output format. Default: table on a terminal, else jsonl.",
        show_default=False,
    ),
]
FailOnOption = Annotated[
    str | None,
    typer.Option(
        "--fail-on",
        help="Exit 1 when a claim is: contradicted (default), unmentioned (or contradicted), never.",
        show_default=False,
    ),
]
MinConfidenceOption = Annotated[
    str | None,
    typer.Option(
        "--min-confidence",
        metavar="X",
        help="A contradicted verdict with confidence below X (0-1, or ci: the bar chosen for CI "
        "gates) is reported but does not fail the run. Default: \\[tool.factcheck] "
        "min-confidence, else 0 (every contradiction fails).",
        show_default=False,
    ),
]
ExplainOption = Annotated[
    bool, typer.Option("--explain", help="Show every candidate sentence and the rule that decided.")
]


def resolve_sources(given: list[str] | None, settings: Settings) -> list[str]:
    """Flags, else the configured sources, else ./seeds/, else the seeds shipped in the package."""
    if given:
        return list(given)
    if settings.sources:
        return list(settings.sources)
    if Path("seeds").is_dir():
        return ["seeds"]
    print(
        f"factcheck: no sources given; using the seed articles shipped with factcheck ({PACKAGED_SEEDS})",
        file=sys.stderr,
    )
    return [str(PACKAGED_SEEDS)]


def resolve_fail_on(flag: str | None, settings: Settings) -> str:
    value = flag or settings.fail_on
    if value not in FAIL_ON:
        raise ConfigError(None, f"--fail-on must be one of {', '.join(FAIL_ON)}, not {value!r}")
    return value


def resolve_min_confidence(flag: str | None, settings: Settings) -> float:
    if flag is None:
        return settings.min_confidence
    bar = parse_min_confidence(flag)
    if bar is None:
        raise ConfigError(
            None, f"--min-confidence must be a number from 0 to 1 or ci, not {flag!r}"
        )
    return bar


IndexOption = Annotated[
    str | None,
    typer.Option(
        "--index",
        metavar="PATH|URL",
        help="Use the index at PATH (see `factcheck index`), or the shared index at a postgresql:// URL. Default: $FACTCHECK_DATABASE_URL or the `index` setting (unless --sources is given), else the cached index of these sources, if fresh.",
        show_default=False,
    ),
]


ClusterOption = Annotated[
    str | None,
    typer.Option(
        "--cluster",
        metavar="ADDRESS",
        help="Judge on the Dask scheduler at ADDRESS (tcp://host:8786). Default: $FACTCHECK_CLUSTER, or the `cluster` setting.",
        show_default=False,
    ),
]
WorkersOption = Annotated[
    int | None,
    typer.Option(
        "--workers",
        metavar="N",
        min=1,
        help="Judge on a Dask cluster of N local worker processes started for the run.",
        show_default=False,
    ),
]


def database_url(index: str | None, sources: list[str] | None, config: Settings) -> str | None:
    """The shared index to read: ``--index URL``; else, unless sources are named on the
    command line, $FACTCHECK_DATABASE_URL or the ``index`` setting."""
    from ..corpus.postgres import ENVIRONMENT, is_database_url

    if index:
        return index if is_database_url(index) else None
    if sources:
        return None
    url = os.environ.get(ENVIRONMENT) or config.index
    if url and not is_database_url(url):
        raise ConfigError(None, f"{ENVIRONMENT} or the index setting must be a postgresql:// URL")
    return url or None


def open_corpus(
    sources: list[str] | None, config: Settings, index: str | None
) -> tuple[Corpus, CorpusLocation]:
    """The corpus to check against, and where it comes from (for cluster workers)."""
    from ..corpus.location import CorpusLocation

    url = database_url(index, sources, config)
    if url:
        from ..corpus.postgres import open_database

        corpus = open_database(url)
        return corpus, CorpusLocation.of_database(url, corpus)
    specs = resolve_sources(sources, config)
    return load_corpus(specs, index), CorpusLocation.of_sources(specs, index)


def cluster_address(flag: str | None, config: Settings) -> str | None:
    from ..run.cluster import ENVIRONMENT

    return flag or os.environ.get(ENVIRONMENT) or config.cluster or None


def load_corpus(specs: list[str], index: str | None = None) -> Corpus:
    """The sources as a Corpus: from the shared index when ``index`` is a database URL, else
    from their index when it is fresh, else read now."""
    return open_sources(specs, index, warn)


def check_with_progress(
    claims: list,
    corpus: Corpus,
    thresholds: Thresholds,
    candidates: bool = False,
    location: CorpusLocation | None = None,
    cluster: str | None = None,
    workers: int | None = None,
) -> Report:
    """Check on every core, or on a Dask cluster (``cluster`` address or ``workers`` local
    processes); a progress bar on stderr when it is a terminal and the run is long.
    ``candidates``: keep each judgement's candidates (only ``--explain`` shows them)."""
    from ..api import check

    if (cluster or workers) and location is not None:
        return _check_on_cluster(claims, location, thresholds, candidates, cluster, workers)

    if len(claims) < 50 or not sys.stderr.isatty():
        return check(claims, corpus, thresholds, workers=None, candidates=candidates)
    from rich.progress import Progress

    with Progress(transient=True, console=None) as bar:
        task = bar.add_task("checking", total=len(claims))
        return check(
            claims,
            corpus,
            thresholds,
            workers=None,
            progress=lambda n, _: bar.update(task, completed=n),
            candidates=candidates,
        )


def _check_on_cluster(
    claims: list,
    location: CorpusLocation,
    thresholds: Thresholds,
    candidates: bool,
    cluster: str | None,
    workers: int | None,
) -> Report:
    from ..run.cluster import judge_on_cluster

    def judged(progress: object = None) -> Report:
        results = judge_on_cluster(
            claims,
            location,
            thresholds,
            address=cluster,
            workers=workers,
            candidates=candidates,
            progress=progress,  # type: ignore[arg-type]
        )
        return Report(tuple(results))

    if not sys.stderr.isatty():
        return judged()
    from rich.progress import Progress

    with Progress(transient=True, console=None) as bar:
        task = bar.add_task("checking", total=len(claims))
        return judged(lambda n, _: bar.update(task, completed=n))


def settings() -> Settings:
    return load_settings()


def warn(message: str) -> None:
    """A note about the input that did not stop the run, on stderr."""
    print(f"factcheck: warning: {message}", file=sys.stderr)


def output_format(fmt: OutputFormat | None) -> OutputFormat:
    return fmt or (OutputFormat.TABLE if sys.stdout.isatty() else OutputFormat.JSONL)


def stream_on_cluster(
    claims: list,
    location: CorpusLocation,
    thresholds: Thresholds,
    explain: bool,
    cluster: str | None,
    workers: int | None,
    min_confidence: float = 0.0,
) -> Report:
    """Judge on a Dask cluster, writing each result as a JSON line as soon as its partition is
    judged (in input order); the report, for the summary and the exit code."""
    from ..render import render
    from ..run.cluster import judge_on_cluster

    judged = []
    for judgement in judge_on_cluster(
        claims, location, thresholds, address=cluster, workers=workers, candidates=explain
    ):
        one = Report((judgement,), min_confidence)
        sys.stdout.write(render(one, OutputFormat.JSONL, explain=explain))
        judged.append(judgement)
    return Report(tuple(judged), min_confidence)


def emit(
    report: Report,
    fmt: OutputFormat | None,
    explain: bool,
    fail_on: str,
    min_confidence: float = 0.0,
    output: str | None = None,
    written: bool = False,
) -> None:
    """Write the report to stdout (or ``output``; unless ``written`` already) and the summary
    to stderr, then exit with the policy's code."""
    report = replace(report, min_confidence=min_confidence)
    fmt = output_format(fmt)
    if fmt is OutputFormat.TABLE:
        from rich.console import Console

        from ..render.table import build_table, render_table_text, summary_line

        console = Console()
        if explain:
            sys.stdout.write(render_table_text(report, explain=True, console=console))
        else:
            console.print(build_table(report))
        Console(stderr=True).print(summary_line(report))
    else:
        from .output import write_output

        if not written:
            write_output(render(report, fmt, explain=explain), output)
        sys.stdout.flush()
        counts = ", ".join(f"{n} {v.value}" for v, n in report.counts.items())
        below = report.below_bar()
        if below:
            counts += f"; {below} contradicted below confidence {min_confidence:.2f}"
        print(f"{len(report.judgements)} claims: {counts}", file=sys.stderr)
    raise typer.Exit(exit_code(report, fail_on))
