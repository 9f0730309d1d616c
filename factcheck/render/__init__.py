"""Output formats. Every command offers every format; each renderer turns a Report (and what
the run knows of where its claims came from) into text. The mapping below is exhaustive: a new
format is a member of ``OutputFormat`` and a renderer in ``RENDERERS``."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..models import Report

if TYPE_CHECKING:
    from ..ingest.drafts import Draft


class OutputFormat(str, Enum):
    TABLE = "table"
    TEXT = "text"
    JSON = "json"
    JSONL = "jsonl"
    CSV = "csv"
    MARKDOWN = "markdown"
    GITHUB = "github"
    SARIF = "sarif"
    JUNIT = "junit"
    HTML = "html"


STREAMING = frozenset({OutputFormat.JSONL, OutputFormat.CSV})
"""Formats written one result at a time, as each claim is decided (see ``records``)."""


@dataclass(frozen=True)
class RenderContext:
    """What a renderer needs besides the judgements."""

    fail_on: str = "contradicted"
    """The ``--fail-on`` policy (JUnit marks failing results as failures)."""
    explain: bool = False
    drafts: tuple[Draft, ...] | None = None
    """The drafts the claims were drawn from (``factcheck article``), for their counts."""
    root: Path | None = None
    """The folder relative file URIs resolve from (the repository's top folder)."""
    source_paths: Mapping[str, str] = field(default_factory=dict)
    """Each source's path by its name, for locations a CI system can open."""
    console: Any = None
    """The rich console a table is drawn for (its width and colours); a plain one if None."""


def _lazy(module: str, name: str) -> Callable[[Report, RenderContext], str]:
    """A renderer imported when first used: rich, XML and CI formats cost start-up time."""

    def render(report: Report, context: RenderContext) -> str:
        function = getattr(importlib.import_module(f"{__name__}.{module}"), name)
        return function(report, context)

    return render


RENDERERS: dict[OutputFormat, Callable[[Report, RenderContext], str]] = {
    OutputFormat.TABLE: _lazy("table", "render_table"),
    OutputFormat.TEXT: _lazy("ci", "render_text"),
    OutputFormat.JSON: _lazy("records", "render_json"),
    OutputFormat.JSONL: _lazy("records", "render_jsonl"),
    OutputFormat.CSV: _lazy("records", "render_csv"),
    OutputFormat.MARKDOWN: _lazy("markdown", "render_markdown"),
    OutputFormat.GITHUB: _lazy("ci", "render_github"),
    OutputFormat.SARIF: _lazy("ci", "render_sarif"),
    OutputFormat.JUNIT: _lazy("ci", "render_junit"),
    OutputFormat.HTML: _lazy("html", "render_html"),
}


def render(
    report: Report,
    fmt: OutputFormat,
    explain: bool = False,
    context: RenderContext | None = None,
) -> str:
    """The report in format ``fmt``, as text ending in a newline."""
    context = context or RenderContext(explain=explain)
    if explain and not context.explain:
        context = RenderContext(**{**context.__dict__, "explain": True})
    return RENDERERS[fmt](report, context)
