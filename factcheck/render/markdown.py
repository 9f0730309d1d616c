"""Markdown: a table of every claim, or for drafts a report of the findings to post as a
pull-request comment. Everything from a source, a claim or a file name is escaped, so that
no HTML, link, image or mention in them takes effect."""

from __future__ import annotations

from ..models import Report, Verdict
from . import RenderContext
from .escape import markdown_code
from .escape import markdown_inline as md
from .evidence import conflict_label, evidence, failing_part, ordered_citations, where
from .symbols import SYMBOLS
from .words import counted


def render_markdown(report: Report, context: RenderContext) -> str:
    if context.drafts is not None:
        return _findings_report(report, context)
    lines = [
        "| # | claim | verdict | score | confidence | evidence |",
        "|---|---|---|---|---|---|",
    ]
    for j in report.judgements:
        evidence_cells = [f"{md(c.source)}:{c.line} {md(c.sentence)}" for c in ordered_citations(j)]
        if j.verdict is Verdict.UNMENTIONED and evidence_cells:
            evidence_cells = ["closest: " + evidence_cells[0]]
        evidence_cells += [f"**{md(conflict_label(c))}**" for c in j.conflicts]
        failing = failing_part(j)
        if failing:
            evidence_cells.insert(0, f"**{md(failing)}**")
        verdict = f"{SYMBOLS[j.verdict]} {j.verdict.value}" + (" (disputed)" if j.disputed else "")
        if j.below(report.min_confidence):
            verdict += f" (below confidence {report.min_confidence:.2f})"
        lines.append(
            f"| {md(j.claim.id)} | {md(j.claim.text)} | {verdict} | {j.score:.0f} "
            f"| {j.confidence:.2f} | {'<br>'.join(evidence_cells) or '—'} |"
        )
    counts = ", ".join(f"{report.count(v)} {v.value}" for v in Verdict)
    below = report.below_bar()
    if below:
        counts += f" ({below} contradicted below confidence {report.min_confidence:.2f})"
    lines += ["", f"**{counted(len(report.judgements), 'claim')}**: {counts}."]
    return "\n".join(lines) + "\n"


def _findings_report(report: Report, context: RenderContext) -> str:
    from .ci import FINDINGS, summary_text

    findings = [j for j in report.judgements if j.verdict in FINDINGS]
    out = ["## factcheck", "", md(summary_text(report, context)) + ".", ""]
    if findings:
        out += ["| where | verdict | sentence | evidence |", "|---|---|---|---|"]
        for j in findings:
            out.append(
                f"| {markdown_code(where(j))} | {SYMBOLS[j.verdict]} {j.verdict.value} "
                f"| {md(j.claim.text)} | {md(evidence(j))} |"
            )
    else:
        out.append("No contradicted or unmentioned sentences.")
    return "\n".join(out) + "\n"
