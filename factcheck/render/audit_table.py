"""The terminal table of `factcheck sources` (rich): each finding with its sentences, the parts
in question highlighted, and what is wrong."""

from __future__ import annotations

from rich import box
from rich.console import Console, Group
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from ..audit.results import FindingKind, SourceAudit, SourceFinding
from .audit import label, summary_text
from .escape import visible


def _quote(sentence: str, part: str) -> Text:
    text = Text(f"“{visible(sentence)}”")
    for piece in part.split("; "):
        if piece:
            text.highlight_words([visible(piece)], style="bold red underline")
    return text


def _evidence(finding: SourceFinding) -> Group:
    parts: list[Text] = []
    for side in finding.sides:
        c = side.citation
        parts.append(Text(f"{visible(c.source)}:{c.line}", style="cyan"))
        parts.append(_quote(c.sentence, side.part))
    if finding.basis:
        c = finding.basis.citation
        parts.append(Text(f"year from {visible(c.source)}:{c.line}", style="cyan"))
        parts.append(_quote(c.sentence, finding.basis.part))
    parts.append(Text(visible(finding.reason), style="bold"))
    return Group(*parts)


def build_audit_table(audit: SourceAudit) -> Table:
    table = Table(box=box.SIMPLE_HEAVY, show_lines=True, expand=True)
    table.add_column("#", no_wrap=True, style="dim")
    table.add_column("finding", no_wrap=True)
    table.add_column("confidence", justify="right", no_wrap=True)
    table.add_column("sentences", ratio=1)
    for n, finding in enumerate(audit.findings, start=1):
        style = "red" if finding.kind is FindingKind.CONFLICT else "magenta"
        table.add_row(
            str(n),
            Text(f"✘ {label(finding)}", style=f"bold {style}"),
            f"{finding.confidence:.2f}",
            _evidence(finding),
        )
    return table


def render_audit_table(audit: SourceAudit, console: Console | None = None) -> str:
    """The table, then the summary line, as text (plain unless ``console`` says otherwise)."""
    console = console or Console(width=120, color_system=None)
    with console.capture() as capture:
        if audit.findings:
            console.print(build_audit_table(audit))
        console.print(escape(summary_text(audit)), highlight=False)
    return capture.get()
