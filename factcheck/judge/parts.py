"""A compound claim judged part by part, and the parts' verdicts combined into one.

Each part is judged as a claim of its own, against the best sentence for it in the claim's
sources. The combination, with the claim read whole judged too:

- a quotation that differs from its source, or a clause contradicted with confidence of at
  least ``PART_CONTRADICTS``, contradicts the claim (naming the part);
- a claim contradicted read whole stays contradicted when a part confirms it (a strong
  conflict, confident to ``PART_CONFIRMS``, or the very conflict the claim read whole met, in
  the same words of the same sentence); when none does, the conflict came from a sentence
  about another of its facts, and the parts decide: unmentioned if one is not supported, else
  supported;
- otherwise a clause the sources do not state (no sentence covers ``ABSENT`` of it), a missing
  quotation, or a clause with a less confident conflict makes the claim unmentioned ("partly
  supported" when another part is supported);
- otherwise the claim keeps its verdict read whole (parts all supported do not lift a claim
  the sources do not support read whole, except one that is only a quotation and its speaker).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from ..language.lexicon import SPEECH_VERBS, STOPWORDS
from ..language.parts import split_claim
from ..language.quotes import Quotation, quotations, unquoted, words_of
from ..models import Claim, Judgement, Part, Verdict
from .rules import weak_kinds

Judge = Callable[[Claim], Judgement]
JudgeQuotation = Callable[[Quotation], Part]


def judge_parts(whole: Judgement, judge: Judge, judge_quote: JudgeQuotation) -> tuple[Part, ...]:
    """The verdict on each part of ``whole``'s claim (its facts, then its quotations); none
    when the claim is one fact and quotes no one."""
    claim = whole.claim
    found = quotations(claim.text)
    if claim.quoted and not found:
        # A block quote of a draft: the sentence is the quotation.
        found = [Quotation(claim.text, 0, len(claim.text))]
    quoted = tuple(judge_quote(q) for q in found)
    pieces = split_claim(claim.text)
    if len(pieces) < 2:
        return quoted
    parts = []
    for piece in pieces:
        judged = judge(replace(claim, text=piece.text, id=f"{claim.id}.{len(parts) + 1}"))
        parts.append(
            Part(
                piece.text,
                piece.start,
                piece.end,
                judged.verdict,
                judged.reason,
                judged.citations,
                judged.conflicts,
                confidence=judged.confidence,
            )
        )
    return tuple(parts) + quoted


def only_quoted(claim: Claim, parts: tuple[Part, ...]) -> bool:
    """Whether the claim says little besides its quotations and who spoke them: then the
    quotations decide it."""
    if claim.quoted:
        return True
    quotes = quotations(claim.text)
    if not quotes or any(p.kind != "quotation" for p in parts):
        return False
    speakers = {w for q in quotes if q.speaker for w in words_of(q.speaker)}
    rest = [
        w
        for w in words_of(unquoted(claim.text))
        if w not in STOPWORDS and w not in SPEECH_VERBS and w not in speakers
    ]
    return len(rest) <= 2


ABSENT = 0.55
"""A clause counts as unmentioned against a claim the sources support read whole only when no
sentence covers as much as this share of it: a part covered nearly enough (the claim's
evidence paraphrasing it) is no missing fact. Chosen on the tune halves of the labelled sets
(0.4 to 0.65 tried; 0.55 scored highest on WiCE, the others unchanged)."""

PART_CONTRADICTS = 0.6
"""How confident a clause's own contradiction must be to contradict the whole claim. A clause
read alone is short, so a conflict clears the "about the same thing" bar more easily than with
the whole claim; on the tune halves of the labelled sets, clause contradictions under 0.6
called more claims contradicted wrongly than rightly (0 to 0.7 tried; 0.6 is the lowest bar
that loses nothing on any set)."""


PART_CONFIRMS = 0.5
"""How confident a clause's own contradiction must be to confirm the contradiction found for
its claim read whole; under it, with no part surely in conflict, the parts decide. Chosen on
the tune halves of the labelled sets (0.2 to 0.6 tried: 0.5 and 0.55 scored highest on WiCE
and Climate-FEVER, 0.55 lost on FRANK; confirming asks less than ``PART_CONTRADICTS``, which
overrules the claim read whole)."""


def confirms(part: Part) -> bool:
    """Whether a part confirms a contradiction found for its claim read whole: a quotation
    that differs from its source, or a clause in strong conflict confident to
    ``PART_CONFIRMS``."""
    return _in_conflict(part, PART_CONFIRMS)


def contradicts(part: Part) -> bool:
    """Whether a part contradicts its claim whatever the claim read whole gives: a quotation
    that differs from its source, or a clause in strong conflict confident to
    ``PART_CONTRADICTS``."""
    return _in_conflict(part, PART_CONTRADICTS)


def meets_same_conflict(part: Part, whole: Judgement) -> bool:
    """Whether a part read alone meets a strong conflict the claim read whole met, in the
    same words of the same sentence: then that conflict is about this part's fact."""
    if part.verdict is not Verdict.CONTRADICTED:
        return False
    strong = {c for c in part.conflicts if c.kind not in weak_kinds()}
    return any(c in strong for c in whole.conflicts)


def _in_conflict(part: Part, bar: float) -> bool:
    if part.verdict is not Verdict.CONTRADICTED:
        return False
    if part.kind == "quotation":
        return True  # a word-for-word match that fails is no matter of confidence
    strong = not all(c.kind in weak_kinds() for c in part.conflicts)  # not only another word
    return strong and part.confidence >= bar


def absent(part: Part) -> bool:
    """Whether a part the sources leave unmentioned is clearly absent from them (a quotation
    not found word for word always is)."""
    if part.kind == "quotation":
        return True
    covered = part.citations[0].score / 100 if part.citations else 0.0
    return covered < ABSENT


def describe(part: Part, number: int, total: int) -> str:
    """ "part 2 of 2: 'cut library hours'": which part, in the claim's words."""
    if part.kind == "quotation":
        return f"quotation {part.text!r}"
    return f"part {number} of {total}: {part.text!r}"


def combine(
    whole: Judgement, parts: tuple[Part, ...], rate: Callable[[Judgement], float] | None = None
) -> Judgement:
    """The claim's verdict from its parts' verdicts (and the whole claim's own). A verdict a
    clause decides has its confidence; one a quotation decides is rated by ``rate`` (the
    confidence model on what was found for the whole claim)."""
    judgement = _combine(whole, parts)
    if judgement.verdict is whole.verdict and judgement.confidence == whole.confidence:
        return judgement
    deciding = next((p for p in parts if p.verdict is judgement.verdict), None)
    if deciding is not None and deciding.kind == "clause":
        return replace(judgement, confidence=deciding.confidence)
    return replace(judgement, confidence=rate(judgement)) if rate else judgement


def _combine(whole: Judgement, parts: tuple[Part, ...]) -> Judgement:
    if not parts:
        return whole
    total = sum(1 for p in parts if p.kind != "quotation")
    numbered = list(enumerate(parts, start=1))
    against = [(n, p) for n, p in numbered if p.verdict is Verdict.CONTRADICTED]
    if (
        whole.verdict is Verdict.CONTRADICTED
        and total >= 2
        and not any(confirms(p) or meets_same_conflict(p, whole) for _, p in against)
    ):
        # No fact read alone meets a conflict it is surely about: the one found read whole
        # came from a sentence about another of its facts. The parts decide.
        return _from_parts(whole, numbered, total)
    if whole.verdict is Verdict.CONTRADICTED and not against:
        return replace(whole, parts=parts)
    # A clause's conflict contradicts the claim when it is confident (``PART_CONTRADICTS``);
    # a less confident one names the conflict of a claim contradicted read whole, and keeps a
    # claim supported read whole from being supported (below). A weak conflict (another word
    # in a slot) never overrules support, in a part either.
    against = [
        (n, p)
        for n, p in against
        if contradicts(p)
        or (
            whole.verdict is Verdict.CONTRADICTED
            and not all(c.kind in weak_kinds() for c in p.conflicts)
        )
    ]
    if against:
        n, part = against[0]
        return replace(
            whole,
            verdict=Verdict.CONTRADICTED,
            score=part.citations[0].score if part.citations else whole.score,
            citations=part.citations,
            conflicts=part.conflicts,
            disputed=False,
            reason=f"{describe(part, n, total)}: {part.reason}",
            parts=parts,
        )
    if whole.verdict is Verdict.CONTRADICTED:
        return replace(whole, parts=parts)
    missing = [(n, p) for n, p in numbered if p.verdict is Verdict.UNMENTIONED and absent(p)]
    # A part contradicted here has a conflict the whole claim outweighs: it is not supported,
    # unless its conflict is a weak one, which supporting evidence for the claim outweighs.
    contradicted = [
        (n, p)
        for n, p in numbered
        if p.verdict is Verdict.CONTRADICTED
        and not (
            whole.verdict is Verdict.SUPPORTED and all(c.kind in weak_kinds() for c in p.conflicts)
        )
    ]
    if missing or contradicted:
        n, part = missing[0] if missing else contradicted[0]
        some = any(p.verdict is Verdict.SUPPORTED for p in parts)
        lead = "partly supported; " if some else ""
        if whole.verdict is Verdict.UNMENTIONED:
            return replace(
                whole, reason=f"{lead}{describe(part, n, total)}: {part.reason}", parts=parts
            )
        return replace(
            whole,
            verdict=Verdict.UNMENTIONED,
            score=part.citations[0].score if part.citations else 0.0,
            citations=part.citations,  # what comes closest to the part the sources lack
            disputed=False,
            conflicts=(),
            reason=f"{lead}{describe(part, n, total)}: {part.reason}",
            parts=parts,
        )
    # Parts all supported do not lift a claim the sources do not support read whole: the facts
    # may each be said of different things (measured on the labelled sets). A claim that is
    # only a quotation and its speaker is decided by the quotation.
    if whole.verdict is Verdict.SUPPORTED or not only_quoted(whole.claim, parts):
        return replace(whole, parts=parts)
    return _supported_by_parts(whole, parts, f"each of its {total} parts is supported")


def _from_parts(whole: Judgement, numbered: list[tuple[int, Part]], total: int) -> Judgement:
    """The claim's verdict from its parts alone, none of them surely contradicted: unmentioned
    when one is not supported (naming it), else supported."""
    parts = tuple(p for _, p in numbered)
    missing = [(n, p) for n, p in numbered if p.verdict is not Verdict.SUPPORTED]
    if missing:
        n, part = missing[0]
        some = any(p.verdict is Verdict.SUPPORTED for p in parts)
        return replace(
            whole,
            verdict=Verdict.UNMENTIONED,
            score=part.citations[0].score if part.citations else 0.0,
            citations=part.citations,
            conflicts=(),
            disputed=False,
            reason=f"{'partly supported; ' if some else ''}{describe(part, n, total)}: "
            f"{part.reason}",
            parts=parts,
        )
    reason = f"each of its {total} parts is supported, none conflicts read alone"
    return _supported_by_parts(whole, parts, reason)


def _supported_by_parts(whole: Judgement, parts: tuple[Part, ...], reason: str) -> Judgement:
    """The claim supported because each part is, citing each part's deciding sentence once."""
    citations = tuple(dict.fromkeys(c for p in parts for c in p.citations[:1]))
    return replace(
        whole,
        verdict=Verdict.SUPPORTED,
        citations=citations,
        conflicts=(),
        disputed=False,
        score=min(c.score for c in citations) if citations else whole.score,
        reason=reason,
        parts=parts,
    )
