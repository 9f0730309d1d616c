"""A Markdown report, for pull-request comments and documentation."""

from __future__ import annotations

from ..models import Report, Verdict
from .records import failing_part
from .symbols import SYMBOLS


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_markdown(report: Report, explain: bool = False) -> str:
    lines = [
        "| # | claim | verdict | score | confidence | evidence |",
        "|---|---|---|---|---|---|",
    ]
    for j in report.judgements:
        evidence = (
            "<br>".join(f"`{c.source}:{c.line}` {_cell(c.sentence)}" for c in j.citations) or "—"
        )
        failing = failing_part(j)
        if failing:
            evidence = f"**{_cell(failing)}**<br>{evidence}"
        if j.conflicts:
            evidence += "<br>" + "<br>".join(
                f"**{_cell(c.title)}**: `{_cell(c.claim_text)}` vs `{_cell(c.source_text)}`"
                for c in j.conflicts
            )
        verdict = f"{SYMBOLS[j.verdict]} {j.verdict.value}" + (" (disputed)" if j.disputed else "")
        if j.below(report.min_confidence):
            verdict += f" (below confidence {report.min_confidence:.2f})"
        lines.append(
            f"| {_cell(j.claim.id)} | {_cell(j.claim.text)} | {verdict} | {j.score:.0f} "
            f"| {j.confidence:.2f} | {evidence} |"
        )
    counts = ", ".join(f"{report.count(v)} {v.value}" for v in Verdict)
    below = report.below_bar()
    if below:
        counts += f" ({below} contradicted below confidence {report.min_confidence:.2f})"
    lines += ["", f"**{len(report.judgements)} claims**: {counts}."]
    return "\n".join(lines) + "\n"
