"""The terminal table (rich): claim, verdict, score and the deciding citation, highlighted."""

from __future__ import annotations

import re

from rich import box
from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from ..models import Judgement, Report, Verdict
from . import RenderContext
from .escape import visible
from .evidence import conflict_label, failing_part, ordered_citations, unconfirmed_figures
from .symbols import COLOURS, SYMBOLS
from .words import counted


def _highlight(sentence: str, words: tuple[str, ...], conflicting: list[str]) -> Text:
    # Text, never markup: "[/x]" in a source is shown, not parsed.
    text = Text(visible(sentence))
    for word in words:
        text.highlight_regex(rf"\b{re.escape(word)}\b", style="bold")
    for part in conflicting:
        text.highlight_regex(re.escape(part), style="bold red underline")
    return text


def _evidence(j: Judgement) -> Group:
    parts: list[Text] = []
    failing = failing_part(j)
    if failing:
        parts.append(Text(failing, style="bold"))
    conflicting = [c.source_text for c in j.conflicts]
    citations = ordered_citations(j)
    if j.verdict is Verdict.UNMENTIONED:
        citations = citations[:1]  # the closest sentence, said to be only that
        if j.unconfirmed:
            parts.append(Text(f"no sentence gives {unconfirmed_figures(j)}", style="bold"))
        if citations:
            parts.append(Text("closest, not covering it:", style="dim"))
    for c in citations:
        parts.append(Text(f"{visible(c.source)}:{c.line}", style="cyan"))
        parts.append(_highlight(f"“{c.sentence}”", c.matched, conflicting))
    for c in j.conflicts:
        kind, _, rest = conflict_label(c).partition(": ")
        line = Text(f"{kind}: ", style="bold")
        line.append(rest)
        parts.append(line)
    if not parts:
        parts.append(Text("—", style="dim"))
    return Group(*parts)


def _verdict(j: Judgement, min_confidence: float) -> Text:
    label = f"{SYMBOLS[j.verdict]} {j.verdict.value}"
    text = Text(label, style=f"bold {COLOURS[j.verdict]}")
    if j.disputed:
        text.append("\n⚠ disputed", style="magenta")
    if j.below(min_confidence):
        text.append(f"\nbelow {min_confidence:.2f}", style="dim")
    return text


def build_table(report: Report) -> Table:
    table = Table(box=box.SIMPLE_HEAVY, show_lines=True, expand=True)
    table.add_column("#", no_wrap=True, style="dim")
    table.add_column("claim", ratio=3)
    table.add_column("verdict", no_wrap=True)
    table.add_column("score", justify="right", no_wrap=True)
    table.add_column("conf", justify="right", no_wrap=True)
    table.add_column("evidence", ratio=5)
    for j in report.judgements:
        table.add_row(
            Text(visible(j.claim.id)),
            Text(visible(j.claim.text)),
            _verdict(j, report.min_confidence),
            f"{j.score:.0f}",
            f"{j.confidence:.2f}",
            _evidence(j),
        )
    return table


def summary_line(report: Report) -> Text:
    text = Text(f"{counted(len(report.judgements), 'claim')}: ")
    for n, verdict in enumerate(Verdict):
        if n:
            text.append(", ")
        text.append(
            f"{SYMBOLS[verdict]} {report.count(verdict)} {verdict.value}", style=COLOURS[verdict]
        )
    disputed = sum(1 for j in report.judgements if j.disputed)
    if disputed:
        text.append(f", ⚠ {disputed} disputed", style="magenta")
    below = report.below_bar()
    if below:
        text.append(f"; {below} contradicted below confidence {report.min_confidence:.2f}")
    return text


def _explanation(report: Report) -> list[Text | Table]:
    out: list[Text | Table] = []
    for j in report.judgements:
        out.append(Text(f"\n[{visible(j.claim.id)}] {visible(j.claim.text)}", style="bold"))
        out.append(Text(f"  decided: {j.verdict.value}: {visible(j.reason)}"))
        table = Table(box=box.MINIMAL, expand=True)
        table.add_column("cover", justify="right", no_wrap=True)
        table.add_column("bm25", justify="right", no_wrap=True)
        table.add_column("sentence(s)", ratio=5)
        table.add_column("missing / conflicts", ratio=3)
        for c in j.candidates:
            where = " + ".join(f"{s.source}:{s.line} {s.text}" for s in c.sentences)
            notes = ", ".join(c.missing)
            if c.conflicts:
                notes += ("; " if notes else "") + ", ".join(
                    f"{k.title}: {k.claim_text} vs {k.source_text}" for k in c.conflicts
                )
            table.add_row(
                f"{c.coverage:.0%}",
                f"{c.retrieval_score:.1f}",
                Text(visible(where)),
                Text(visible(notes)),
            )
        out.append(table)
    return out


def render_table(report: Report, context: RenderContext) -> str:
    """The table (and with ``explain`` every candidate), then for drafts their counts."""
    text = render_table_text(report, context.explain, context.console)
    if context.drafts is not None:
        from .ci import summary_text

        text += summary_text(report, context) + "\n"
    return text


def render_table_text(report: Report, explain: bool = False, console: Console | None = None) -> str:
    """Render to a string using ``console``'s width and colour settings (a plain one if None)."""
    console = console or Console(width=120, color_system=None, record=False, file=None)
    with console.capture() as capture:
        console.print(build_table(report))
        if explain:
            for part in _explanation(report):
                console.print(part)
    return capture.get()
