"""What every human-readable format says about a judgement: where the claim is, the sentence
that decided it (first), and its conflicts in plain words."""

from __future__ import annotations

from ..models import Citation, Conflict, Judgement, Verdict
from .escape import visible


def where(j: Judgement) -> str:
    """``file:line:column`` of a claim drawn from a file, else ``claim ID``."""
    c = j.claim
    if c.origin is None:
        return f"claim {visible(c.id)}"
    place = visible(c.origin)
    if c.line is not None:
        place += f":{c.line}"
        if c.column is not None:
            place += f":{c.column}"
    return place


def ordered_citations(j: Judgement) -> list[Citation]:
    """The citations, the deciding sentence first: for a contradiction, the sentence a
    conflict was found in."""
    conflicting = {(k.source, k.line) for k in j.conflicts}
    if j.verdict is not Verdict.CONTRADICTED or not conflicting:
        return list(j.citations)
    return sorted(j.citations, key=lambda c: (c.source, c.line) not in conflicting)


def conflict_label(conflict: Conflict) -> str:
    """``date: October 28 vs 30``: the conflict's kind (or relation), the claim's part, and
    what the source says instead of it (the words both share at either end said once)."""
    mine, theirs = conflict.claim_text.split(), conflict.source_text.split()
    head = 0
    while head < min(len(mine), len(theirs)) and mine[head] == theirs[head]:
        head += 1
    tail = 0
    while tail < min(len(mine), len(theirs)) - head and mine[-1 - tail] == theirs[-1 - tail]:
        tail += 1
    differing = " ".join(theirs[head : len(theirs) - tail]).strip(" ,;:")
    instead = differing if (head or tail) and differing else conflict.source_text
    return f"{visible(conflict.title)}: {visible(conflict.claim_text)} vs {visible(instead)}"


def _place(c: Citation) -> str:
    page = f" page {c.page}" if c.page is not None else ""
    return f"{visible(c.source)}:{c.line}{page}"


def failing_part(j: Judgement) -> str | None:
    """Which part decided a contradicted or unmentioned claim: "part 2 of 2: 'cut library
    hours'" or "quotation '...'"; None when the claim was judged whole."""
    wanted = j.verdict
    if wanted is Verdict.SUPPORTED or not j.parts:
        return None
    total = sum(1 for p in j.parts if p.kind != "quotation")
    # An unmentioned claim may owe it to a part whose own sentence conflicts with it.
    for verdict in (wanted, Verdict.CONTRADICTED):
        for number, part in enumerate(j.parts, start=1):
            if part.verdict is verdict:
                if part.kind == "quotation":
                    return f"quotation '{visible(part.text)}'"
                return f"part {number} of {total}: '{visible(part.text)}'"
    return None


def evidence(j: Judgement) -> str:
    """One line: the deciding sentence and its place, and the conflicts. An unmentioned claim
    quotes no source as saying anything: the closest sentence is named as only that. A claim
    judged part by part names the part that decided it first."""
    part = failing_part(j)
    line = _evidence_line(j)
    return f"{part} — {line}" if part else line


def unconfirmed_figures(j: Judgement) -> str:
    """The claim's figures no sentence found gives, as shown ("240, 18 months")."""
    return ", ".join(visible(f) for f in j.unconfirmed)


def _evidence_line(j: Judgement) -> str:
    citations = ordered_citations(j)
    if j.verdict is Verdict.UNMENTIONED:
        if not citations:
            return "no source sentence covers it"
        c = citations[0]
        if j.unconfirmed:
            return (
                f"no source sentence gives {unconfirmed_figures(j)}; "
                f'closest: "{visible(c.sentence)}", {_place(c)}'
            )
        return f'no source sentence covers it; closest: "{visible(c.sentence)}", {_place(c)}'
    if not citations:
        return "no source sentence cited"
    c = citations[0]
    said = f'source says "{visible(c.sentence)}", {_place(c)}'
    conflicts = "; ".join(conflict_label(k) for k in j.conflicts)
    if j.disputed and len(citations) > 1:
        other = citations[1]
        said += f'; another says "{visible(other.sentence)}", {_place(other)}'
    return f"{said}; {conflicts}" if conflicts else said
