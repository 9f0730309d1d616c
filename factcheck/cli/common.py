"""What several commands share: source resolution, output, and the exit code."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from ..api import open_sources
from ..config import FAIL_ON, Settings, load_settings
from ..corpus.collection import Corpus
from ..errors import ConfigError
from ..judge.thresholds import Thresholds
from ..models import Report
from ..render import OutputFormat, render
from ..render.words import counted
from .exit_codes import exit_code

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


IndexOption = Annotated[
    str | None,
    typer.Option(
        "--index",
        metavar="PATH",
        help="Use the index at PATH (see `factcheck index`). Default: the cached index of these sources, if fresh.",
        show_default=False,
    ),
]


def load_corpus(specs: list[str], index: str | None = None) -> Corpus:
    """The sources as a Corpus: from their index when it is fresh, else read now."""
    return open_sources(specs, index, warn)


def check_with_progress(
    claims: list, corpus: Corpus, thresholds: Thresholds, candidates: bool = False
) -> Report:
    """Check on every core; a progress bar on stderr when it is a terminal and the run is long.
    ``candidates``: keep each judgement's candidates (only ``--explain`` shows them)."""
    from ..api import check

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


def settings() -> Settings:
    return load_settings()


def warn(message: str) -> None:
    """A note about the input that did not stop the run, on stderr."""
    print(f"factcheck: warning: {message}", file=sys.stderr)


def emit(report: Report, fmt: OutputFormat | None, explain: bool, fail_on: str) -> None:
    """Write the report to stdout and the summary to stderr, then exit with the policy's code."""
    fmt = fmt or (OutputFormat.TABLE if sys.stdout.isatty() else OutputFormat.JSONL)
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
        sys.stdout.write(render(report, fmt, explain=explain))
        sys.stdout.flush()
        counts = ", ".join(f"{n} {v.value}" for v, n in report.counts.items())
        print(f"{counted(len(report.judgements), 'claim')}: {counts}", file=sys.stderr)
    raise typer.Exit(exit_code(report, fail_on))
