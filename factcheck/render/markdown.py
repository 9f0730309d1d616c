"""A Markdown report, for pull-request comments and documentation."""

from __future__ import annotations

from ..models import Report, Verdict
from .symbols import SYMBOLS
from .words import counted


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_markdown(report: Report, explain: bool = False) -> str:
    lines = ["| # | claim | verdict | score | evidence |", "|---|---|---|---|---|"]
    for j in report.judgements:
        evidence = (
            "<br>".join(f"`{c.source}:{c.line}` {_cell(c.sentence)}" for c in j.citations) or "—"
        )
        if j.conflicts:
            evidence += "<br>" + "<br>".join(
                f"**{c.kind.value}**: `{_cell(c.claim_text)}` vs `{_cell(c.source_text)}`"
                for c in j.conflicts
            )
        verdict = f"{SYMBOLS[j.verdict]} {j.verdict.value}" + (" (disputed)" if j.disputed else "")
        lines.append(
            f"| {_cell(j.claim.id)} | {_cell(j.claim.text)} | {verdict} | {j.score:.0f} | {evidence} |"
        )
    counts = ", ".join(f"{report.count(v)} {v.value}" for v in Verdict)
    lines += ["", f"**{counted(len(report.judgements), 'claim')}**: {counts}."]
    return "\n".join(lines) + "\n"
