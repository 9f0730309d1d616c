"""Decide each claim's verdict from its candidate sentences and the conflict rules.

For every candidate (a sentence, or two sentences of one document read together):
- coverage: the weighted share of the claim's content (words by IDF; names, numbers and dates
  weighing most) that the candidate says;
- conflicts: what the rules find;
- aboutness: coverage with the conflicting words left out, i.e. how surely the candidate speaks
  of the same thing as the claim.

Then: a candidate without conflicts covering at least ``support`` is support; a candidate with
conflicts whose aboutness reaches ``contradict`` (more for long claims) is a contradiction; the stronger of the two
decides, and when both come from different documents the claim is marked disputed. Anything
else is unmentioned, citing the closest sentence so the user can see what was found.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from itertools import combinations

from ..corpus.collection import Corpus
from ..language.acronyms import covered_by_acronyms
from ..language.analysis import Analysed, analyse, join
from ..language.quantities import DateMention, NumberMention
from ..language.text import Token, normalize
from ..models import (
    Candidate,
    Citation,
    Claim,
    Conflict,
    ConflictKind,
    Judgement,
    Sentence,
    Verdict,
)
from .rules import Finding, find_conflicts


@dataclass(frozen=True)
class Thresholds:
    """The numbers the verdict depends on; defaults chosen on the labelled evaluation sets."""

    support: float = 0.6
    """Least coverage of the claim by conflict-free evidence for ``supported``."""
    contradict: float = 0.45
    """Least aboutness of conflicting evidence for ``contradicted``."""
    long_claim: int = 14
    """Claims with more parts (words, numbers, dates) than this say several things at once: a
    conflicting sentence must match more of them to be about the same thing."""
    per_extra_part: float = 0.05
    """How much the contradiction bar rises for each part beyond ``long_claim``."""
    pair_gain: float = 0.15
    """How much more a second sentence must cover before two sentences are read together."""
    candidates: int = 12
    """Sentences retrieved per claim before judging."""


# Conflicts that can tell "contradicted" from "unmentioned" but never overrule support.
WEAK_KINDS = frozenset({ConflictKind.TERM})


@dataclass
class _Scored:
    sentences: tuple[Sentence, ...]
    evidence: Analysed
    retrieval: float
    coverage: float
    missing: tuple[str, ...]
    findings: list[Finding] = field(default_factory=list)
    aboutness: float = 0.0
    stated: frozenset[tuple[int, int]] = frozenset()
    """Spans of the claim's parts that the evidence says."""


@dataclass(frozen=True)
class _Item:
    """A unit of claim content with its weight: a word, a number or a date."""

    part: Token | DateMention | NumberMention
    weight: float
    name: bool = False
    """A capitalised word: a sentence may refer to it by a pronoun."""
    leading: bool = False
    """Part of the name the claim starts with (its usual subject)."""

    @property
    def text(self) -> str:
        return self.part.surface if isinstance(self.part, Token) else self.part.text

    @property
    def span(self) -> tuple[int, int]:
        return self.part.start, self.part.end


PRONOUNS = frozenset("he she it they his her its their him them this these".split())


def _claim_items(claim: Analysed, corpus: Corpus) -> list[_Item]:
    items = []
    leading = True
    for i, token in enumerate(claim.content):
        weight = min(corpus.idf(token.lower), corpus.max_idf)
        name = token.capitalised and not token.is_number
        if name and i > 0:
            weight *= 1.5
        # The leading name is the run of capitalised words the claim opens with, nothing between.
        gap = claim.text[claim.content[i - 1].end : token.start] if i else ""
        leading = leading and name and not any(c.isalpha() for c in gap)
        items.append(_Item(token, max(weight, 0.3), name, leading))
    items.extend(_Item(mention, corpus.max_idf) for mention in (*claim.dates, *claim.numbers))
    return items


def _covered(item: _Item, evidence: Analysed, named: Callable[[str], bool]) -> bool:
    part = item.part
    if isinstance(part, DateMention):
        return any(part.stated_by(other) for other in evidence.dates)
    if isinstance(part, NumberMention):
        return any(part.stated_by(other) for other in evidence.numbers)
    if evidence.has_word(part):
        return True
    # The claim's subject, which the sentence refers to by a pronoun ("She signed ..."), when the
    # pronoun can stand for it: its document names the subject, or nothing comes before the
    # sentence (an excerpt whose title is the subject). "their" cannot be a name never said.
    return (
        item.leading and any(t.lower in PRONOUNS for t in evidence.tokens[:6]) and named(part.stem)
    )


def _score(
    claim: Analysed,
    items: list[_Item],
    sentences: tuple[Sentence, ...],
    evidence: Analysed,
    retrieval: float,
    corpus: Corpus,
) -> _Scored:
    total = sum(i.weight for i in items) or 1.0
    via_acronym = covered_by_acronyms(claim, evidence)
    opening = len(sentences) == 1 and sentences[0].index == 0  # nothing before it to refer to
    named = (lambda _: True) if opening else partial(corpus.names_stem, sentences[0].source)
    covered = [i for i in items if i.span in via_acronym or _covered(i, evidence, named)]
    missing = tuple(i.text for i in items if i not in covered)
    # Rounded so that sums of weights compare as equal when they are (0.9999999 is 1.0).
    coverage = round(sum(i.weight for i in covered) / total, 9)
    stated = frozenset(i.span for i in covered)
    scored = _Scored(sentences, evidence, retrieval, coverage, missing, stated=stated)
    scored.findings = find_conflicts(claim, evidence)
    conflicted = [
        i
        for i in items
        if i not in covered and any(_overlaps(i.span, f.claim_span) for f in scored.findings)
    ]
    rest = total - sum(i.weight for i in conflicted)
    scored.aboutness = round(sum(i.weight for i in covered) / rest, 9) if rest > 0 else 0.0
    return scored


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return b[0] <= a[0] < b[1] or a[0] <= b[0] < a[1]


def _states(scored: _Scored, finding: Finding, items: list[_Item]) -> bool:
    """Whether the evidence itself says every claim part the finding disputes."""
    disputed = [i.span for i in items if _overlaps(i.span, finding.claim_span)]
    return bool(disputed) and all(span in scored.stated for span in disputed)


def _matched_words(claim: Analysed, evidence: Analysed) -> tuple[str, ...]:
    words = []
    for token in evidence.content:
        if claim.has_word(token):
            words.append(token.surface)
    return tuple(dict.fromkeys(words))


def _citation(scored: _Scored, claim: Analysed, score: float | None = None) -> tuple[Citation, ...]:
    score = scored.coverage if score is None else score
    return tuple(
        Citation.of(s, score * 100, _matched_words(claim, analyse(s.text)))
        for s in scored.sentences
    )


def _conflicts(scored: _Scored) -> tuple[Conflict, ...]:
    return tuple(
        Conflict(f.kind, f.claim_text, f.source_text, *_where(scored, f.source_text))
        for f in scored.findings
    )


def _where(scored: _Scored, source_text: str) -> tuple[str, int]:
    """The source and line of the sentence that says ``source_text``: of two read together,
    the one where it begins in their joined text."""
    at = scored.evidence.text.find(source_text) if len(scored.sentences) > 1 else -1
    said = scored.sentences[sum(1 for b in scored.evidence.breaks if b <= at) if at > 0 else 0]
    return said.source, said.line


def _candidate(scored: _Scored) -> Candidate:
    return Candidate(
        sentences=scored.sentences,
        retrieval_score=round(scored.retrieval, 3),
        coverage=round(scored.coverage, 3),
        missing=scored.missing,
        conflicts=_conflicts(scored),
    )


def _document(scored: _Scored) -> str:
    return scored.sentences[0].source


@dataclass(frozen=True)
class Considered:
    """Everything found for a claim before the thresholds decide; ``decide`` may be called on
    it with other thresholds (which is how ``factcheck eval --fit`` searches them)."""

    claim: Claim
    analysed: Analysed
    scored: tuple[_Scored, ...]
    checkable: bool = True
    """False when the claim has no content word, number or date at all."""


def judge_claim(
    claim: Claim, corpus: Corpus, thresholds: Thresholds = Thresholds(), candidates: bool = True
) -> Judgement:
    """The verdict on one claim against the corpus (or the claim's own listed sources).
    ``candidates``: keep every candidate on the judgement (what ``--explain`` shows)."""
    return decide(consider(claim, corpus, thresholds), thresholds, candidates)


def decide(considered: Considered, thresholds: Thresholds, candidates: bool = True) -> Judgement:
    """The verdict from the candidates found, under ``thresholds``."""
    if not considered.checkable:
        return Judgement(
            considered.claim, Verdict.UNMENTIONED, 0.0, reason="the claim has no checkable content"
        )
    if considered.analysed.text.rstrip().endswith("?"):
        # "Can green tea prevent the flu?" asks; it states nothing to confirm or refute.
        return Judgement(
            considered.claim,
            Verdict.UNMENTIONED,
            0.0,
            reason="the claim is a question: it states nothing",
            candidates=tuple(_candidate(s) for s in considered.scored) if candidates else (),
        )
    scored = list(considered.scored)
    return _decide(considered.claim, considered.analysed, scored, thresholds, candidates)


def consider(claim: Claim, corpus: Corpus, thresholds: Thresholds = Thresholds()) -> Considered:
    """Retrieve candidate sentences (and pairs) for ``claim`` and score each against it."""
    analysed = analyse(claim.text)
    items = _claim_items(analysed, corpus)
    if not items:
        return Considered(claim, analysed, (), checkable=False)
    hits = corpus.search(
        normalize(claim.text),
        [t.lower for t in analysed.content],
        claim.sources,
        thresholds.candidates,
    )
    singles: list[_Scored] = []
    for hit in hits:
        sentence = corpus.sentence(hit.index)
        evidence = analyse(corpus.plain_text(hit.index))
        singles.append(_score(analysed, items, (sentence,), evidence, hit.bm25, corpus))
    singles.sort(key=lambda s: (-s.coverage, -s.retrieval))
    scored = list(singles)
    # Two sentences of one document together, when the second adds what the first lacks.
    top = singles[:5]
    for a, b in combinations(top, 2):
        if _document(a) != _document(b):
            continue
        first, second = sorted((a, b), key=lambda s: s.sentences[0].index)
        together = join((first.evidence, second.evidence))
        pair = _score(
            analysed,
            items,
            first.sentences + second.sentences,
            together,
            a.retrieval + b.retrieval,
            corpus,
        )
        # Read together, the two cannot dispute a part one of them states.
        pair.findings = [
            f
            for f in pair.findings
            if f.kind is ConflictKind.NEGATION or not _states(pair, f, items)
        ]
        # A conflict seen in one sentence (when it is about the claim by itself) stays when the
        # other is added, unless the other states the very part in dispute and is as much about
        # the claim: of "died in Oslo in 1957" one sentence says "lived in Oslo", the other
        # "died ... in 1957". A denial always stays.
        for member, other in ((first, second), (second, first)):
            if member.aboutness >= thresholds.contradict:
                pair.findings.extend(
                    f
                    for f in member.findings
                    if f not in pair.findings
                    and (
                        f.kind is ConflictKind.NEGATION
                        or other.coverage < member.coverage
                        or not _states(other, f, items)
                    )
                )
        if pair.coverage >= max(a.coverage, b.coverage) + thresholds.pair_gain:
            scored.append(pair)
    return Considered(claim, analysed, tuple(scored))


def _bar(scored: _Scored, t: Thresholds, parts: int) -> float:
    """How surely a conflicting candidate must be about the claim: a weak conflict alone needs
    as much as support does, a strong one (number, date, negation, ...) less; a long claim,
    which joins several facts, more (its conflict may be with a sentence about another one)."""
    contradict = min(0.95, t.contradict + t.per_extra_part * max(0, parts - t.long_claim))
    weak_only = all(f.kind in WEAK_KINDS for f in scored.findings)
    return max(t.support, contradict) if weak_only else contradict


def _decide(
    claim: Claim, analysed: Analysed, scored: list[_Scored], t: Thresholds, keep: bool = True
) -> Judgement:
    ranked = sorted(scored, key=lambda s: -s.coverage) if keep else ()
    candidates = tuple(_candidate(s) for s in ranked)
    if not scored:
        return Judgement(
            claim,
            Verdict.UNMENTIONED,
            0.0,
            reason="no source sentence shares its words",
            candidates=candidates,
        )
    clean = [s for s in scored if all(f.kind in WEAK_KINDS for f in s.findings)]
    support = max(clean, key=lambda s: (s.coverage, -len(s.sentences)), default=None)
    parts = len(analysed.content) + len(analysed.dates) + len(analysed.numbers)
    conflicting = [s for s in scored if s.findings and s.aboutness >= _bar(s, t, parts)]
    against = max(
        conflicting, key=lambda s: (s.aboutness, s.coverage, -len(s.sentences)), default=None
    )
    supported = support is not None and support.coverage >= t.support
    if supported and against is not None and all(f.kind in WEAK_KINDS for f in against.findings):
        against = None  # a weak conflict never outweighs a sentence that supports the claim

    if (
        supported
        and against is not None
        and _document(against) != _document(support)
        and against.aboutness >= t.support
    ):
        # The sources disagree with each other: cite both sides.
        assert support is not None
        winner_is_support = support.coverage >= against.aboutness
        verdict = Verdict.SUPPORTED if winner_is_support else Verdict.CONTRADICTED
        main, other = (support, against) if winner_is_support else (against, support)
        return Judgement(
            claim,
            verdict,
            round(main.coverage * 100, 1),
            citations=_citation(main, analysed) + _citation(other, analysed),
            conflicts=_conflicts(against),
            disputed=True,
            reason=f"sources disagree: {_document(support)} supports, {_document(against)} conflicts ({', '.join(sorted({str(f.kind) for f in against.findings}))})",
            candidates=candidates,
        )
    if supported and (against is None or support.coverage >= against.aboutness):
        assert support is not None
        return Judgement(
            claim,
            Verdict.SUPPORTED,
            round(support.coverage * 100, 1),
            citations=_citation(support, analysed),
            reason=f"covers {support.coverage:.0%} of the claim with no conflict (support >= {t.support:.0%})",
            candidates=candidates,
        )
    if against is not None:
        kinds = ", ".join(dict.fromkeys(str(f.kind) for f in against.findings))
        return Judgement(
            claim,
            Verdict.CONTRADICTED,
            round(against.aboutness * 100, 1),
            citations=_citation(against, analysed, against.aboutness),
            conflicts=_conflicts(against),
            reason=f"{kinds} conflict in a sentence about the same thing ({against.aboutness:.0%} of the rest matches)",
            candidates=candidates,
        )
    best = max(scored, key=lambda s: (s.coverage, s.retrieval))
    missing = ", ".join(best.missing[:6])
    return Judgement(
        claim,
        Verdict.UNMENTIONED,
        round(best.coverage * 100, 1),
        # A sentence sharing none of the claim's content is no evidence worth quoting.
        citations=_citation(best, analysed) if best.coverage > 0 else (),
        reason=f"closest evidence covers {best.coverage:.0%} of the claim; not found: {missing}",
        candidates=candidates,
    )
