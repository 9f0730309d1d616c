"""Output formats. Each renderer turns a Report into text; the mapping below is exhaustive."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from ..models import Report
from .markdown import render_markdown
from .records import render_csv, render_json, render_jsonl


class OutputFormat(str, Enum):
    TABLE = "table"
    JSON = "json"
    JSONL = "jsonl"
    CSV = "csv"
    MARKDOWN = "markdown"
    HTML = "html"


class ArticleFormat(str, Enum):
    """Output formats of `factcheck article` (renderers in ``render.ci``)."""

    TEXT = "text"
    GITHUB = "github"
    SARIF = "sarif"
    JSON = "json"
    JUNIT = "junit"
    MARKDOWN = "markdown"
    TABLE = "table"
    HTML = "html"


def _render_table(report: Report, explain: bool = False) -> str:
    from .table import render_table_text  # rich is imported only when a table is drawn

    return render_table_text(report, explain=explain)


def _render_html(report: Report, explain: bool = False) -> str:
    from .html import render_claims_html  # jinja2 is imported only when a page is made

    return render_claims_html(report, explain=explain)


RENDERERS: dict[OutputFormat, Callable[..., str]] = {
    OutputFormat.TABLE: _render_table,
    OutputFormat.JSON: render_json,
    OutputFormat.JSONL: render_jsonl,
    OutputFormat.CSV: render_csv,
    OutputFormat.MARKDOWN: render_markdown,
    OutputFormat.HTML: _render_html,
}


def render(report: Report, fmt: OutputFormat, explain: bool = False) -> str:
    """The report in format ``fmt``, as text ending in a newline."""
    return RENDERERS[fmt](report, explain=explain)
