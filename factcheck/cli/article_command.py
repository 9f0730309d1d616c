"""`factcheck article` (drafts in CI) and `factcheck config` (the settings in force)."""

from __future__ import annotations

from dataclasses import fields, replace
from typing import Annotated

import typer

from ..ingest.claims import MAX_CLAIM_CHARS
from ..render import OutputFormat
from . import app
from .common import (
    ArticleFormatOption,
    ClusterOption,
    ColorOption,
    Colour,
    FailOnOption,
    IndexOption,
    MinConfidenceOption,
    SourcesOption,
    WorkersOption,
    check_with_progress,
    cluster_address,
    database_url,
    emit,
    open_corpus,
    render_context,
    resolve_fail_on,
    resolve_min_confidence,
    resolve_sources,
    settings,
    warn,
)
from .output import OutputOption, prepare_output


@app.command()
def article(
    drafts: Annotated[
        list[str],
        typer.Argument(
            metavar="DRAFT...",
            help="Markdown or text drafts, or folders of them.",
            show_default=False,
        ),
    ],
    sources: SourcesOption = None,
    fmt: ArticleFormatOption = None,
    output: OutputOption = None,
    fail_on: FailOnOption = None,
    min_confidence: MinConfidenceOption = None,
    diff: Annotated[
        str | None,
        typer.Option(
            "--diff",
            metavar="REV",
            help="Check only lines changed since this git revision.",
            show_default=False,
        ),
    ] = None,
    include_quotes: Annotated[
        bool, typer.Option("--include-quotes", help="Also check sentences in block quotes.")
    ] = False,
    include_questions: Annotated[
        bool, typer.Option("--include-questions", help="Also check questions.")
    ] = False,
    index: IndexOption = None,
    color: ColorOption = Colour.AUTO,
    cluster: ClusterOption = None,
    workers: WorkersOption = None,
) -> None:
    """Check every factual sentence of drafted articles against their sources, like a prose linter: one line per finding, exit 1 when a sentence is contradicted.

    [b]Examples[/b]

      factcheck article drafts/ --sources seeds/

      factcheck article drafts/istanbul-talks.md --sources seeds/ --format github --diff HEAD

      factcheck article drafts/ --sources seeds/ --format sarif > factcheck.sarif
    """
    from ..ingest.drafts import changed_lines, find_drafts, read_draft

    config = settings()
    policy = resolve_fail_on(fail_on, config)
    if database_url(index, sources, config) is None:
        resolve_sources(sources, config, demo=False)  # no sources: stops here, before any work
    fmt = fmt or OutputFormat.TEXT
    prepare_output(output, fmt is OutputFormat.HTML)
    paths = find_drafts(drafts, config.include, config.exclude, warn)
    parsed = [
        read_draft(
            path,
            include_quotes,
            include_questions,
            changed_lines(path, diff) if diff else None,
        )
        for path in paths
    ]
    for draft in parsed:
        for line in draft.too_long:
            warn(
                f"{draft.path}:{line}: a sentence longer than {MAX_CLAIM_CHARS:,} characters; not checked"
            )
    for draft in parsed:
        if not draft.claims and not draft.excluded:
            warn(
                f"{draft.path}: 0 sentences checked (no prose with something checkable: front "
                "matter, headings, code and opinions are not checked)"
            )
    corpus, location = open_corpus(sources, config, index, demo=False)
    specs = list(location.specs)
    report = check_with_progress(
        [c for d in parsed for c in d.claims],
        corpus,
        config.thresholds,
        location=location,
        cluster=cluster_address(cluster, config),
        workers=workers,
    )
    report = replace(report, min_confidence=resolve_min_confidence(min_confidence, config))
    context = render_context(fmt, policy, False, specs, color, tuple(parsed))
    emit(report, fmt, context, color, output)


@app.command("index")
def index_command(
    sources: Annotated[
        list[str],
        typer.Argument(
            metavar="SOURCES...", help="Source files, folders or globs.", show_default=False
        ),
    ],
    index: IndexOption = None,
    to: Annotated[
        str | None,
        typer.Option(
            "--to",
            metavar="URL",
            help="Build or update the shared index in the PostgreSQL database at URL (postgresql://host/db?collection=NAME).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Build or update the index of a source collection, so that checks against it do not read and split every file again. Only changed files are re-read.

    [b]Examples[/b]

      factcheck index seeds/

      factcheck index seeds/ --index .factcheck-index
    """
    from pathlib import Path

    from ..corpus.local_index import build_index
    from ..corpus.urls import is_database_url
    from ..errors import working_on

    if to or is_database_url(index):
        _index_to_database(sources, to or index or "")
        return

    with working_on(f"indexing {', '.join(sources)}"):
        _, stats = build_index(sources, Path(index) if index else None, warn)
    print(
        f"indexed {stats.files:,} files, {stats.sentences:,} sentences in {stats.seconds:.1f} s "
        f"({stats.read:,} read, {stats.reused:,} unchanged, "
        + (f"{stats.skipped:,} skipped, " if stats.skipped else "")
        + f"{stats.dropped:,} dropped); "
        f"{stats.size_bytes / 1e6:.1f} MB at {stats.path}"
    )


def _index_to_database(sources: list[str], url: str) -> None:
    from ..corpus.postgres import build_database_index
    from ..corpus.urls import is_database_url

    if not is_database_url(url):
        from ..errors import ConfigError

        raise ConfigError(None, f"--to must be a postgresql:// URL, not {url!r}")
    stats = build_database_index(sources, url, warn)
    print(
        f"indexed {stats.files:,} files, {stats.sentences:,} sentences in {stats.seconds:.1f} s "
        f"({stats.read:,} read, {stats.reused:,} unchanged, "
        + (f"{stats.skipped:,} skipped, " if stats.skipped else "")
        + f"{stats.dropped:,} dropped); generation {stats.generation} of {stats.target}"
    )


@app.command("config")
def show_config() -> None:
    """Print the settings in force and where each comes from.

    [b]Example[/b]

      factcheck config
    """
    from ..ingest.drafts import DEFAULT_INCLUDE

    config = settings()
    where = str(config.config_file) if config.config_file else "no configuration file found"
    print(f"# configuration file: {where}")
    rows = [
        (
            "sources",
            list(config.sources)
            or "(none: verify and check use ./seeds/ or the demo articles; article needs --sources)",
            "sources",
        ),
        ("fail-on", config.fail_on, "fail-on"),
        ("min-confidence", config.min_confidence, "min-confidence"),
        ("include", list(config.include or DEFAULT_INCLUDE), "include"),
        ("exclude", list(config.exclude), "exclude"),
        ("index", config.index, "index"),
        ("cluster", config.cluster, "cluster"),
    ]
    for key, value, origin_key in rows:
        print(f"{key} = {value!r}  # {config.origin.get(origin_key, 'default')}")
    for f in fields(config.thresholds):
        origin = config.origin.get("thresholds", "default")
        print(f"thresholds.{f.name} = {getattr(config.thresholds, f.name)!r}  # {origin}")
