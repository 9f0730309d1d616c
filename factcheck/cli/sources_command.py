"""`factcheck sources`: where the sources disagree with each other, or with themselves."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from ..errors import InputError
from ..render.audit import AuditFormat
from . import app
from .common import IndexOption, load_corpus, resolve_sources, settings
from .exit_codes import AUDIT_FAIL_ON, audit_exit_code


@app.command("sources")
def sources_command(
    sources: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="[SOURCES]...",
            help="Source files, folders or globs. Default: \\[tool.factcheck] sources, else ./seeds/.",
            show_default=False,
        ),
    ] = None,
    fmt: Annotated[
        AuditFormat | None,
        typer.Option(
            "--format",
            "-f",
            help="table (default on a terminal), json, jsonl (default when piped), markdown, sarif or github.",
            show_default=False,
        ),
    ] = None,
    fail_on: Annotated[
        str,
        typer.Option(
            "--fail-on", help="Exit 1 when anything is found: conflict; or never (the default)."
        ),
    ] = "never",
    min_confidence: Annotated[
        float,
        typer.Option(
            "--min-confidence",
            metavar="X",
            help="Report only findings at least this confident (0-1).",
        ),
    ] = 0.0,
    index: IndexOption = None,
) -> None:
    """List where the sources disagree: sentences of different documents about the same thing that conflict (dates, numbers, names, roles, opposites), each with both citations, and inconsistencies within a document (a weekday its date did not fall on, a range that ends before it starts, a total its parts do not add up to).

    [b]Examples[/b]

      factcheck sources

      factcheck sources seeds/ --format markdown > disagreements.md

      factcheck sources seeds/ --format github --fail-on conflict
    """
    from dataclasses import replace

    from ..audit import audit_sources
    from ..audit.suppression import suppressed_in_sources
    from ..render.audit import LOCATED_FORMATS, render_audit, summary_text

    if fail_on not in AUDIT_FAIL_ON:
        raise InputError(None, f"--fail-on must be conflict or never, not {fail_on!r}")
    if not 0.0 <= min_confidence <= 1.0:
        raise InputError(None, f"--min-confidence must be between 0 and 1, not {min_confidence}")
    if index and "://" in index:
        raise InputError(
            None, "factcheck sources reads the files or a local index, not a shared one"
        )
    config = settings()
    specs = resolve_sources(sources, config)
    corpus = load_corpus(specs, index)
    audit = _audit_with_progress(audit_sources, corpus, config, suppressed_in_sources(specs))
    if min_confidence:
        audit = replace(
            audit, findings=tuple(f for f in audit.findings if f.confidence >= min_confidence)
        )
    fmt = fmt or (AuditFormat.TABLE if sys.stdout.isatty() else AuditFormat.JSONL)
    if fmt is AuditFormat.TABLE and sys.stdout.isatty():
        from rich.console import Console

        from ..render.audit_table import render_audit_table

        sys.stdout.write(render_audit_table(audit, Console()))
    else:
        sys.stdout.write(render_audit(audit, fmt, _locations(specs, fmt in LOCATED_FORMATS)))
        if fmt in (AuditFormat.JSON, AuditFormat.JSONL, AuditFormat.SARIF):
            print(summary_text(audit), file=sys.stderr)
    sys.stdout.flush()
    raise typer.Exit(audit_exit_code(len(audit.findings), fail_on))


def _locations(specs: list[str], needed: bool):  # type: ignore[no-untyped-def]
    """Where the source files lie, from the repository's top folder (for SARIF and GitHub)."""
    from ..ingest.sources import source_files
    from ..render.audit import Locations
    from .common import repository_root

    if not needed:
        return Locations()
    return Locations(repository_root(), {f.name: f.path for f in source_files(specs)})


def _audit_with_progress(audit_sources, corpus, config, suppressed):  # type: ignore[no-untyped-def]
    """The audit on every core; a progress bar on stderr when it is a terminal and the run long."""
    if len(corpus.doc_ranges) < 50 or not sys.stderr.isatty():
        return audit_sources(corpus, config.thresholds, suppressed)
    from rich.progress import Progress

    with Progress(transient=True) as bar:
        task = bar.add_task("auditing", total=len(corpus.doc_ranges))
        return audit_sources(
            corpus,
            config.thresholds,
            suppressed,
            progress=lambda n, _: bar.update(task, completed=n),
        )
