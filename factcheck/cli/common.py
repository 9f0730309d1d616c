"""What several commands share: source resolution, output, and the exit code."""

from __future__ import annotations

import contextlib
import gc
import os
import sys
from collections.abc import Callable, Iterable
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ..api import open_sources
from ..config import FAIL_ON, Settings, load_settings, parse_fail_on, parse_min_confidence
from ..corpus.collection import Corpus
from ..errors import ConfigError, FactcheckError, working_on
from ..judge.thresholds import Thresholds
from ..models import Claim, Report
from ..render import STREAMING, OutputFormat, RenderContext, render
from ..render.escape import visible
from ..render.words import counted
from .exit_codes import ExitCode, exit_code

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
_FORMATS = ", ".join(f.value for f in OutputFormat)
FormatOption = Annotated[
    OutputFormat | None,
    typer.Option(
        "--format",
        "-f",
        help=f"Output format: {_FORMATS}. Default: table on a terminal, else jsonl.",
        show_default=False,
    ),
]
ArticleFormatOption = Annotated[
    OutputFormat | None,
    typer.Option(
        "--format",
        "-f",
        help=f"Output format: {_FORMATS}. Default: text (a line per finding).",
        show_default=False,
    ),
]


class Colour(str, Enum):
    AUTO = "auto"
    ALWAYS = "always"
    NEVER = "never"


ColorOption = Annotated[
    Colour,
    typer.Option(
        "--color",
        help="Colour the table: auto (on a terminal, unless NO_COLOR is set), always or never.",
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
        return ["seeds"]  # the user's own folder, by the convention the README shows
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
        metavar="PATH",
        help="Use the index at PATH (see `factcheck index`). Default: the cached index of these sources, if fresh.",
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
    from ..corpus.urls import ENVIRONMENT, is_database_url

    if index:
        return index if is_database_url(index) else None
    if sources:
        return None
    url = os.environ.get(ENVIRONMENT) or config.index
    if url and not is_database_url(url):
        raise ConfigError(None, f"{ENVIRONMENT} or the index setting must be a postgresql:// URL")
    return url or None


def open_corpus(
    sources: list[str] | None, config: Settings, index: str | None, demo: bool = True
) -> tuple[Corpus, CorpusLocation]:
    """The corpus to check against, and where it comes from (for cluster workers). ``demo``:
    see ``resolve_sources``."""
    from ..corpus.location import CorpusLocation

    # What is loaded by now (modules, word tables) lives as long as the process: it is kept out
    # of the collector's passes, which would walk it again while the corpus is read, and out of
    # the pages forked workers would otherwise copy.
    gc.freeze()
    url = database_url(index, sources, config)
    if url:
        from ..corpus.postgres import open_database

        corpus = open_database(url)
        return corpus, CorpusLocation.of_database(url, corpus)
    specs = resolve_sources(sources, config, demo)
    return load_corpus(specs, index), CorpusLocation.of_sources(specs, index)


def cluster_address(flag: str | None, config: Settings) -> str | None:
    from ..run.cluster import ENVIRONMENT

    return flag or os.environ.get(ENVIRONMENT) or config.cluster or None


def load_corpus(specs: list[str], index: str | None = None) -> Corpus:
    """The sources as a Corpus: from their index when it is fresh, else read now."""
    with working_on(f"loading the sources {', '.join(specs)}"):
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
    processes); a progress bar on stderr whenever stderr is a terminal (even with the output
    redirected) and the run is long.
    ``candidates``: keep each judgement's candidates (only ``--explain`` shows them)."""
    from ..api import check

    if (cluster or workers) and location is not None:
        with working_on(f"checking {counted(len(claims), 'claim')} on a cluster"):
            return _check_on_cluster(claims, location, thresholds, candidates, cluster, workers)

    doing = f"checking {counted(len(claims), 'claim')}"
    if len(claims) < 50 or not sys.stderr.isatty():
        with working_on(doing):
            return check(claims, corpus, thresholds, workers=None, candidates=candidates)
    from rich.console import Console
    from rich.progress import Progress

    with working_on(doing), Progress(transient=True, console=Console(stderr=True)) as bar:
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
    from rich.console import Console
    from rich.progress import Progress

    with Progress(transient=True, console=Console(stderr=True)) as bar:
        task = bar.add_task("checking", total=len(claims))
        return judged(lambda n, _: bar.update(task, completed=n))


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
    from ..render.records import jsonl_line
    from ..run.cluster import judge_on_cluster

    judged = []
    for judgement in judge_on_cluster(
        claims, location, thresholds, address=cluster, workers=workers, candidates=explain
    ):
        write_out(jsonl_line(judgement, explain, min_confidence))
        judged.append(judgement)
    return Report(tuple(judged), min_confidence)


def console_for(colour: Colour, stderr: bool = False):
    """A rich console for stdout (or stderr) as ``--color`` and NO_COLOR say; its width is the
    terminal's, so a table fits it."""
    from rich.console import Console

    if colour is Colour.NEVER:
        return Console(stderr=stderr, no_color=True, color_system=None, highlight=False)
    if colour is Colour.ALWAYS:
        return Console(stderr=stderr, force_terminal=True, no_color=False, highlight=False)
    return Console(stderr=stderr, highlight=False)


def repository_root() -> Path:
    """The top folder of the git repository around the working folder (where CI systems
    resolve file paths), else the working folder."""
    import subprocess

    try:
        found = subprocess.run(
            ["git", "rev-parse", "--show-toplevel"],
            capture_output=True,
            text=True,
            timeout=30,
            stdin=subprocess.DEVNULL,
        )
    except (OSError, subprocess.TimeoutExpired):
        return Path.cwd()
    top = found.stdout.strip()
    return Path(top) if found.returncode == 0 and top else Path.cwd()


def render_context(
    fmt: OutputFormat,
    fail_on: str,
    explain: bool,
    specs: list[str],
    colour: Colour,
    drafts: tuple | None = None,
) -> RenderContext:
    """What the renderer of ``fmt`` needs to know of the run."""
    root, paths, console = None, {}, None
    if fmt is OutputFormat.SARIF:
        from ..ingest.sources import source_files

        root = repository_root()
        paths = {f.name: f.path for f in source_files(specs)}
    if fmt is OutputFormat.TABLE:
        console = console_for(colour)
    return RenderContext(fail_on, explain, drafts, root, paths, console)


# Formats whose output ends with the counts; the others get them on stderr.
_COUNTED = frozenset({OutputFormat.TEXT, OutputFormat.GITHUB, OutputFormat.MARKDOWN})


def emit(
    report: Report,
    fmt: OutputFormat,
    context: RenderContext,
    colour: Colour = Colour.AUTO,
    output: str | None = None,
    written: bool = False,
) -> None:
    """Write the report to stdout (and the counts to stderr when the format has none), then
    exit with the policy's code."""
    from ..render.ci import summary_text

    if written:
        pass  # streamed as the judgements came (see ``stream_on_cluster``)
    elif fmt is OutputFormat.TABLE and context.console is not None and context.console.is_terminal:
        from ..render.table import build_table, render_table_text

        if context.explain:
            sys.stdout.write(render_table_text(report, explain=True, console=context.console))
        else:
            context.console.print(build_table(report))
    else:
        with working_on(f"writing the results as {fmt.value}"):
            text = render(report, fmt, context=context)
        if output is not None:
            from .output import write_output

            write_output(text, output)
        else:
            write_out(text)
    write_out("")
    if fmt is OutputFormat.TABLE and context.drafts is None and context.console is not None:
        from ..render.table import summary_line

        console_for(colour, stderr=True).print(summary_line(report))
    elif fmt not in _COUNTED and not (fmt is OutputFormat.TABLE and context.drafts is not None):
        print(summary_text(report, context), file=sys.stderr)
    raise typer.Exit(exit_code(report, context.fail_on))


def stream(
    claims: Iterable[Claim],
    corpus: Corpus,
    thresholds: Thresholds,
    fmt: OutputFormat,
    context: RenderContext,
    check_batch: Callable[[list[Claim]], None] | None = None,
    min_confidence: float = 0.0,
) -> None:
    """Check ``claims`` (an iterable, read as it goes) a batch at a time, writing each result
    of a streaming format (JSONL, CSV) as soon as its batch is decided: memory stays flat
    however long the claims file is. Then the counts on stderr, and exit with the policy's
    code. ``check_batch`` vets each batch before it is judged."""
    from itertools import islice

    from ..api import check
    from ..config import failing_verdicts, fails_when_nothing_checked
    from ..models import Verdict
    from ..render.records import csv_header, csv_row, jsonl_line

    assert fmt in STREAMING
    line = jsonl_line if fmt is OutputFormat.JSONL else csv_row
    if fmt is OutputFormat.CSV:
        write_out(csv_header())
    counts = dict.fromkeys(Verdict, 0)
    disputed = below = 0
    claims = iter(claims)
    with contextlib.ExitStack() as stack:
        advance = None
        if sys.stderr.isatty():  # a count of the claims done, on stderr (the total is unknown)
            from rich.console import Console
            from rich.progress import Progress

            # Not redirecting stdout: the results go on being written to it, not to the bar.
            bar = stack.enter_context(
                Progress(
                    transient=True,
                    console=Console(stderr=True),
                    redirect_stdout=False,
                    redirect_stderr=False,
                )
            )
            task = bar.add_task("checking", total=None)
            advance = lambda n: bar.update(task, advance=n)  # noqa: E731
        while batch := list(islice(claims, _STREAM_BATCH)):
            if check_batch:
                check_batch(batch)
            with working_on(f"checking the claims on lines {batch[0].line} to {batch[-1].line}"):
                report = check(batch, corpus, thresholds, workers=None, candidates=context.explain)
            write_out("".join(line(j, context.explain, min_confidence) for j in report.judgements))
            for j in report.judgements:
                counts[j.verdict] += 1
                disputed += j.disputed
                below += j.below(min_confidence)
            if advance:
                advance(len(batch))
    total = sum(counts.values())
    summary = ", ".join(f"{n} {v.value}" for v, n in counts.items())
    disputes = f", {disputed} disputed" if disputed else ""
    if below:
        disputes += f"; {below} contradicted below confidence {min_confidence:.2f}"
    print(f"{counted(total, 'claim')}: {summary}{disputes}", file=sys.stderr)
    failing = failing_verdicts(context.fail_on)
    failed = any(counts[v] for v in failing - {Verdict.CONTRADICTED})
    failed |= Verdict.CONTRADICTED in failing and counts[Verdict.CONTRADICTED] > below
    failed |= not total and fails_when_nothing_checked(context.fail_on)
    raise typer.Exit(ExitCode.FINDINGS if failed else ExitCode.OK)


# Claims judged together when streaming: enough to use every core, few enough to hold.
_STREAM_BATCH = 500


def write_out(text: str) -> None:
    """Write to stdout now; a disk that is full or a descriptor that is closed is an error
    (exit 2), never a run that passes with its results lost."""
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        raise  # the reader went away: a quiet stop (see ``main``)
    except OSError as error:
        raise FactcheckError(f"cannot write the results: {error.strerror or error}") from None


def settings() -> Settings:
    return load_settings()


def note(message: str) -> None:
    """Something the user should know about how the run was set up, on stderr."""
    print(f"factcheck: note: {visible(message)}", file=sys.stderr)


def warn(message: str) -> None:
    """A note about the input that did not stop the run, on stderr."""
    print(f"factcheck: warning: {visible(message)}", file=sys.stderr)
