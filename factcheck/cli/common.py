"""What several commands share: source resolution, output, and the exit code."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from ..api import open_sources
from ..config import FAIL_ON, Settings, load_settings, parse_fail_on
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
        help="Exit 1 when a claim is: contradicted (default), unmentioned (or contradicted), never; "
        "add ,nothing-checked to fail when nothing was checked.",
        show_default=False,
    ),
]
ExplainOption = Annotated[
    bool, typer.Option("--explain", help="Show every candidate sentence and the rule that decided.")
]


def resolve_sources(given: list[str] | None, settings: Settings, demo: bool = True) -> list[str]:
    """Flags, else the configured sources; else, with ``demo`` (``verify`` and ``check``, for a
    first try), ./seeds/ or the seed articles shipped in the package, said in one line on
    stderr. Without ``demo`` (``article``, a CI gate) no sources is an error: a pipeline that
    lost its configuration must not pass by checking demo articles."""
    if given:
        return list(given)
    if settings.sources:
        return list(settings.sources)
    if not demo:
        raise ConfigError(None, "no sources: pass --sources or set [tool.factcheck] sources")
    if Path("seeds").is_dir():
        note("no sources given; using ./seeds/")
        return ["seeds"]
    note(f"no sources given; using the demo articles shipped with factcheck ({PACKAGED_SEEDS})")
    return [str(PACKAGED_SEEDS)]


def resolve_fail_on(flag: str | None, settings: Settings) -> str:
    if flag is None:
        return settings.fail_on
    value = parse_fail_on(flag)
    if value is None:
        raise ConfigError(
            None,
            f"--fail-on must be one of {', '.join(FAIL_ON)} (or several joined by commas), "
            f"not {flag!r}",
        )
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


def note(message: str) -> None:
    """Something the user should know about how the run was set up, on stderr."""
    print(f"factcheck: note: {message}", file=sys.stderr)


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
