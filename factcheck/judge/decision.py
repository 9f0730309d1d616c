"""Decide each claim's verdict from its scored candidates.

A candidate without conflicts covering at least ``support`` is support; a candidate with
conflicts whose aboutness reaches ``contradict`` (more for long claims) is a contradiction; the
stronger of the two decides, and when both come from different documents the claim is marked
disputed. Anything else is unmentioned, citing the closest sentence so the user can see what
was found.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from ..corpus.collection import Corpus
from ..language.analysis import Analysed
from ..language.quantities import DateMention, NumberMention
from ..language.quotes import Quotation
from ..models import Claim, Judgement, Part, Verdict
from .candidates import Considered, consider
from .confidence import confidence, signals_of
from .coverage import Scored, document_of
from .deciding import deciding, is_clean
from .explain import candidate_record, citations, conflicts
from .inconsistency import note_inconsistent_sides
from .parts import combine, judge_parts
from .quotations import judge_quotation
from .rules import neutral_kinds, weak_kinds
from .rules.numbers import unaccounted
from .thresholds import Thresholds


def judge_claim(
    claim: Claim, corpus: Corpus, thresholds: Thresholds = Thresholds(), candidates: bool = True
) -> Judgement:
    """The verdict on one claim against the corpus (or the claim's own listed sources),
    combined with the verdicts on its parts when it joins several facts.
    ``candidates``: keep every candidate on the judgement (what ``--explain`` shows)."""
    return judge_considered(consider(claim, corpus, thresholds), corpus, thresholds, candidates)


def judge_considered(
    considered: Considered,
    corpus: Corpus,
    thresholds: Thresholds,
    candidates: bool = True,
    consider_part: Callable[[Claim], Considered] | None = None,
) -> Judgement:
    """``judge_claim`` once the claim's candidates are found. ``consider_part`` finds a part's
    (by default as for a claim), for a caller that decides the same claims again under other
    thresholds and keeps what was found."""
    claim = considered.claim
    whole = decide(considered, thresholds, candidates)
    # Of two sources in disagreement, one whose own weekday and date disagree is the one to doubt.
    whole = note_inconsistent_sides(whole, corpus) if whole.disputed else whole

    def judge_part(part: Claim) -> Judgement:
        found = consider_part(part) if consider_part else consider(part, corpus, thresholds)
        return decide(found, thresholds, candidates=False)

    def judge_quote(quote: Quotation) -> Part:
        return judge_quotation(quote, claim, corpus)

    def rate(judgement: Judgement) -> float:
        return confidence(signals_of(considered, judgement, thresholds), judgement.verdict)

    return combine(whole, judge_parts(whole, judge_part, judge_quote), rate)


def decide(considered: Considered, thresholds: Thresholds, candidates: bool = True) -> Judgement:
    """The verdict from the candidates found, under ``thresholds``, and how sure it is."""
    judgement = verdict_of(considered, thresholds, candidates)
    signals = signals_of(considered, judgement, thresholds)
    return replace(judgement, confidence=confidence(signals, judgement.verdict))


def verdict_of(
    considered: Considered, thresholds: Thresholds, candidates: bool = True
) -> Judgement:
    """The verdict alone, before the confidence model rates it (what the model is fitted on)."""
    if not considered.checkable:
        return Judgement(
            considered.claim, Verdict.UNMENTIONED, 0.0, reason="the claim has no checkable content"
        )
    scored = list(considered.scored)
    return _decide(
        considered.claim,
        considered.analysed,
        scored,
        thresholds,
        candidates,
        considered.unsaid_in,
    )


def _bar(scored: Scored, t: Thresholds, parts: int) -> float:
    """How surely a conflicting candidate must be about the claim: a weak conflict alone needs
    as much as support does, a strong one (number, date, negation, ...) less; a long claim,
    which joins several facts, more (its conflict may be with a sentence about another one)."""
    contradict = min(0.95, t.contradict + t.per_extra_part * max(0, parts - t.long_claim))
    weak_only = all(f.kind in weak_kinds() for f in deciding(scored))
    return max(t.support, contradict) if weak_only else contradict


def _decide(
    claim: Claim,
    analysed: Analysed,
    scored: list[Scored],
    t: Thresholds,
    keep: bool = True,
    unsaid_in: Callable[[str], tuple[DateMention, ...]] = lambda _: (),
) -> Judgement:
    ranked = sorted(scored, key=lambda s: -s.coverage) if keep else ()
    candidates = tuple(candidate_record(s) for s in ranked)
    if not scored:
        return Judgement(
            claim,
            Verdict.UNMENTIONED,
            0.0,
            reason="no source sentence shares its words",
            candidates=candidates,
        )
    # A sentence that says nobody knows takes no side.
    scored = [s for s in scored if not any(f.kind in neutral_kinds() for f in s.findings)]
    if not scored:
        return Judgement(
            claim,
            Verdict.UNMENTIONED,
            0.0,
            reason="the evidence found says it is not known",
            candidates=candidates,
        )
    clean = [s for s in scored if is_clean(s)]
    support = max(clean, key=lambda s: (s.coverage, -len(s.sentences)), default=None)
    parts = len(analysed.content) + len(analysed.dates) + len(analysed.numbers)
    conflicting = [s for s in scored if deciding(s) and s.aboutness >= _bar(s, t, parts)]
    against = max(
        conflicting, key=lambda s: (s.aboutness, s.coverage, -len(s.sentences)), default=None
    )
    supported = support is not None and support.coverage >= t.support
    if supported and against is not None and all(f.kind in weak_kinds() for f in deciding(against)):
        against = None  # a weak conflict never outweighs a sentence that supports the claim
    # A figure no sentence found gives is not confirmed, however much of the rest is; what the
    # support outweighed stays outweighed.
    unconfirmed: list[NumberMention | DateMention] = []
    if supported:
        assert support is not None
        # Nor is a year the supporting source never names.
        unconfirmed = [*unaccounted(analysed, [s.evidence for s in scored])]
        unconfirmed += unsaid_in(document_of(support))
    if unconfirmed:
        assert support is not None
        if against is not None and support.coverage >= against.aboutness:
            against = None
        supported = False

    if (
        supported
        and against is not None
        and document_of(against) != document_of(support)
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
            citations=citations(main, analysed) + citations(other, analysed),
            conflicts=conflicts(against),
            disputed=True,
            reason=f"sources disagree: {document_of(support)} supports, {document_of(against)} conflicts ({', '.join(sorted({str(f.kind) for f in deciding(against)}))})",
            candidates=candidates,
        )
    if supported and (against is None or support.coverage >= against.aboutness):
        assert support is not None
        return Judgement(
            claim,
            Verdict.SUPPORTED,
            round(support.coverage * 100, 1),
            citations=citations(support, analysed),
            reason=f"covers {support.coverage:.0%} of the claim with no conflict (support >= {t.support:.0%})",
            candidates=candidates,
        )
    if against is not None:
        kinds = ", ".join(dict.fromkeys(str(f.kind) for f in deciding(against)))
        return Judgement(
            claim,
            Verdict.CONTRADICTED,
            round(against.aboutness * 100, 1),
            citations=citations(against, analysed, against.aboutness),
            conflicts=conflicts(against),
            reason=f"{kinds} conflict in a sentence about the same thing ({against.aboutness:.0%} of the rest matches)",
            candidates=candidates,
        )
    best = max(scored, key=lambda s: (s.coverage, s.retrieval))
    missing = ", ".join(best.missing[:6])
    figures = tuple(n.text for n in unconfirmed)
    reason = f"closest evidence covers {best.coverage:.0%} of the claim; not found: {missing}"
    if figures:
        reason = f"no sentence found gives {', '.join(figures)}; the closest covers {best.coverage:.0%} of the claim"
    return Judgement(
        claim,
        Verdict.UNMENTIONED,
        round(best.coverage * 100, 1),
        # A sentence sharing none of the claim's content is no evidence worth quoting.
        citations=citations(best, analysed) if best.coverage > 0 else (),
        reason=reason,
        candidates=candidates,
        unconfirmed=figures,
    )
