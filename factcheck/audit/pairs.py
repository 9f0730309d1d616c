"""Conflicts between documents: two sentences of different sources about the same thing that the
judge finds in conflict.

Each sentence is a claim against the others: the term index retrieves the sentences of other
documents that share its rarest words (never every pair, so the work grows with the corpus,
not with its square), and the judge's coverage and conflict rules compare them, in both
directions. Two sentences are about the same thing as the judge means it for a claim and a
source: their *mutual aboutness*, the share of both sentences' content (the parts in dispute
left out) that the other one says, must reach the judge's ``contradict`` bar (its ``support``
bar when the only conflicts are weak ones). A date or quantity that one document gives where
the other gives another is no disagreement when either document gives both: each then knows
the two values, of two events ("the fair in Corvale on April 2" and "the fair in Lindhaven
from May 4").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ..corpus.collection import Corpus
from ..judge.coverage import ClaimPart, claim_parts, is_covered, overlaps, subject_tests
from ..judge.findings import Finding, Rule
from ..judge.rules import all_rules, weak_kinds
from ..judge.thresholds import Thresholds
from ..language.acronyms import covered_by_acronyms
from ..language.analysis import Analysed, analyse
from ..language.quantities import DateMention
from ..models import ConflictKind
from .documents import Documents


@dataclass(frozen=True)
class PairConflict:
    """Two sentences of different documents in conflict, by corpus position (``first`` the
    lower), with the parts each says."""

    first: int
    second: int
    parts: tuple[tuple[ConflictKind, str, str], ...]
    """(kind, the words of ``first``, the words of ``second``) of each conflict."""
    aboutness: float


@dataclass(frozen=True)
class Reading:
    """A sentence analysed as a claim: its parts and their weights."""

    position: int
    analysed: Analysed
    items: tuple[ClaimPart, ...]


def reading(corpus: Corpus, position: int) -> Reading:
    analysed = analyse(corpus.plain_text(position))
    return Reading(position, analysed, tuple(claim_parts(analysed, corpus)))


@dataclass(frozen=True)
class Compared:
    """A claim sentence against an evidence sentence: the claim's parts the evidence says, and
    the conflicts the rules find."""

    stated: frozenset[tuple[int, int]]
    findings: tuple[Finding, ...]


def compare(corpus: Corpus, claim: Reading, evidence: Reading, cover: bool = False) -> Compared:
    """How the evidence sentence stands to the claim sentence: the judge's coverage, and the
    conflicts its rules find, weak ones aside (a word swapped for another between two sources
    is paraphrase more often than a dispute, and the judge never lets a weak conflict stand
    against support). The coverage is worked out only when there is a conflict, or ``cover``."""
    findings: list[Finding] = []
    for rule in strong_rules():
        for finding in rule.find(claim.analysed, evidence.analysed):
            # One conflict per stretch of the claim: the first rule to explain it names it.
            if not any(overlaps(finding.claim_span, f.claim_span) for f in findings):
                findings.append(finding)
    said = covered(corpus, claim, evidence) if findings or cover else frozenset()
    return Compared(said, tuple(findings))


@cache
def strong_rules() -> tuple[Rule, ...]:
    return tuple(rule for rule in all_rules().values() if not rule.weak)


def covered(corpus: Corpus, claim: Reading, evidence: Reading) -> frozenset[tuple[int, int]]:
    """The spans of the claim sentence's parts that the evidence sentence says, as the judge's
    coverage finds them (without running the conflict rules)."""
    sentence = corpus.sentence(evidence.position)
    via_acronym = covered_by_acronyms(claim.analysed, evidence.analysed)
    opening = sentence.index == 0  # nothing before it to refer to
    named, called = subject_tests(corpus, sentence.source, opening)
    return frozenset(
        i.span
        for i in claim.items
        if i.span in via_acronym or is_covered(i, claim.analysed, evidence.analysed, named, called)
    )


def _spans_of(text: str, parts: list[str]) -> list[tuple[int, int]]:
    spans = []
    for part in parts:
        at = text.find(part)
        if at >= 0:
            spans.append((at, at + len(part)))
    return spans


def _weights(
    side: Reading, said: frozenset[tuple[int, int]], disputed: list[tuple[int, int]]
) -> tuple[float, float]:
    """(weight of the side's parts the other sentence says, weight of all its parts but those
    in dispute and unsaid)."""
    covered_weight = sum(i.weight for i in side.items if i.span in said)
    conflicted = sum(
        i.weight
        for i in side.items
        if i.span not in said and any(overlaps(i.span, span) for span in disputed)
    )
    total = sum(i.weight for i in side.items)
    return covered_weight, total - conflicted


def mutual_aboutness(
    a: Reading,
    b: Reading,
    said_of_a: frozenset[tuple[int, int]],
    said_of_b: frozenset[tuple[int, int]],
    parts: list[tuple[str, str]],
) -> float:
    """How much of both sentences the other one says, the disputed ``parts`` ((words of a,
    words of b)) left out: the judge's aboutness, pooled over the two sentences.
    ``said_of_a``: the spans of a's parts that b says; ``said_of_b`` the other way round."""
    covered_a, rest_a = _weights(a, said_of_a, _spans_of(a.analysed.text, [p for p, _ in parts]))
    covered_b, rest_b = _weights(b, said_of_b, _spans_of(b.analysed.text, [p for _, p in parts]))
    rest = rest_a + rest_b
    return round((covered_a + covered_b) / rest, 9) if rest > 0 else 0.0


def _no_dispute(
    corpus: Corpus,
    kind: ConflictKind,
    a: Reading,
    b: Reading,
    part_a: str,
    part_b: str,
    documents: Documents,
) -> bool:
    """Whether the two values are no dispute: either document gives the other's value too (two
    events, not one told two ways), or one date falls within the other."""
    doc_a, doc_b = documents.of(a.position), documents.of(b.position)
    if kind is ConflictKind.DATE:
        mine = [d for d in a.analysed.dates if d.text == part_a]
        theirs = [d for d in b.analysed.dates if d.text == part_b]
        # A day within the other's span of days ("11 July" in "7 to 16 July") agrees with it:
        # the judge reads it so one way, and two sources the other way too.
        if any(x.within(y) or y.within(x) for x in mine for y in theirs):
            return True
        return any(documents.states_date(doc_b, d) for d in mine) or any(
            documents.states_date(doc_a, d) for d in theirs
        )
    if kind is ConflictKind.NUMBER:
        mine_n = [n for n in a.analysed.numbers if n.text == part_a]
        theirs_n = [n for n in b.analysed.numbers if n.text == part_b]
        return any(documents.states_number(doc_b, n) for n in mine_n) or any(
            documents.states_number(doc_a, n) for n in theirs_n
        )
    return False


def two_things(
    a: Reading,
    b: Reading,
    forward: Compared,
    said_of_b: frozenset[tuple[int, int]],
    kept: list[tuple[ConflictKind, str, str]],
) -> bool:
    """Whether the two sentences tell of two things rather than one thing two ways: they differ
    in whom they are about (the names each opens with) or in when (each gives a date the other
    does not), and in something more besides. "Ilse Marr was born in 1950" and "Otto Marr was
    born in 1953" are two people; "drew 5,000 people in 2019" and "drew 7,500 people in 2022"
    two years. One difference alone is the dispute itself ("opened on 14 June" / "on 21 June")."""
    subject = [i.span for i in a.items if i.leading]
    other_subject = any(
        k is ConflictKind.ENTITY
        and any(
            overlaps(span, f.claim_span)
            for span in subject
            for f in forward.findings
            if f.claim_text == x
        )
        for k, x, _ in kept
    )
    own_dates = [i for i in a.items if isinstance(i.part, DateMention)]
    their_dates = [i for i in b.items if isinstance(i.part, DateMention)]
    other_time = any(i.span not in forward.stated for i in own_dates) and any(
        i.span not in said_of_b for i in their_dates
    )
    others = [k for k, _, _ in kept if k is not ConflictKind.DATE]
    if other_subject:
        return len(kept) > 1 or other_time
    return other_time and bool(others)


def bar(kinds: set[ConflictKind], thresholds: Thresholds) -> float:
    """The judge's bar for a conflict to count: ``contradict``, or ``support`` when every
    conflict is a weak one (a weak conflict needs as much as support does)."""
    if kinds and kinds <= weak_kinds():
        return max(thresholds.support, thresholds.contradict)
    return thresholds.contradict


def judge_pair(
    corpus: Corpus,
    a: Reading,
    b: Reading,
    thresholds: Thresholds,
    documents: Documents,
    forward: Compared | None = None,
) -> tuple[PairConflict | None, float]:
    """The conflict between two sentences of different documents, if the judge finds one
    (with ``a`` as the claim, ``b`` as its evidence) about the same thing; and their mutual
    aboutness. ``forward``: ``compare(corpus, a, b)``, when already made."""
    forward = forward or compare(corpus, a, b, cover=True)
    said_of_b = covered(corpus, b, a)
    parts = [(f.kind, f.claim_text, f.source_text) for f in forward.findings]

    def about(kept: list[tuple[ConflictKind, str, str]]) -> float:
        return mutual_aboutness(a, b, forward.stated, said_of_b, [(x, y) for _, x, y in kept])

    aboutness = about(parts)
    # Leaving a part out of the dispute only lowers the aboutness: a pair below the bar with
    # every part in dispute stays below it.
    if not parts or aboutness < bar({k for k, _, _ in parts}, thresholds):
        return None, aboutness
    kept = [(k, x, y) for k, x, y in parts if not _no_dispute(corpus, k, a, b, x, y, documents)]
    aboutness = about(kept) if len(kept) < len(parts) else aboutness
    if not kept or aboutness < bar({k for k, _, _ in kept}, thresholds):
        return None, aboutness
    if two_things(a, b, forward, said_of_b, kept):
        return None, aboutness
    if a.position > b.position:
        kept = [(k, y, x) for k, x, y in kept]
    first, second = sorted((a.position, b.position))
    return PairConflict(first, second, tuple(kept), aboutness), aboutness
