"""Candidate evidence for a claim: sentences retrieved from the corpus, and pairs of sentences
of one document read together when the second adds what the first lacks."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from itertools import combinations

from ..corpus.collection import Corpus
from ..language.analysis import Analysed, analyse, join
from ..language.negation import denies_alike
from ..language.quantities import DateMention
from ..language.quotes import speaks_by_pronoun, with_speaker_named
from ..language.text import normalize
from ..models import Claim, ConflictKind
from .coverage import ClaimPart, Scored, claim_parts, document_of, score, states
from .findings import Finding
from .rules.antonyms import movement_told
from .rules.speakers import reports_what_was_said
from .thresholds import Thresholds


@dataclass(frozen=True)
class Considered:
    """Everything found for a claim before the thresholds decide; ``decide`` may be called on
    it with other thresholds (which is how ``factcheck eval --fit`` searches them)."""

    claim: Claim
    analysed: Analysed
    scored: tuple[Scored, ...]
    checkable: bool = True
    """False when the claim has no content word, number or date at all."""
    years_unsaid: tuple[tuple[str, tuple[DateMention, ...]], ...] = ()
    """For each document a candidate comes from, the claim's dates whose year (or decade) it
    never gives anywhere (see ``years_never_given``)."""

    def unsaid_in(self, document: str) -> tuple[DateMention, ...]:
        """The claim's dates whose year ``document`` never gives."""
        return next((dates for name, dates in self.years_unsaid if name == document), ())


def _quantity_terms(analysed: Analysed) -> list[str]:
    """The words of the claim's numbers and dates ("1990", "june", "40"), which the content
    words leave out: "opened in 1990" should find the sentence with the year."""
    spans = [(m.start, m.end) for m in (*analysed.dates, *analysed.numbers)]
    return [
        t.lower
        for t in analysed.tokens
        if any(a <= t.start < b for a, b in spans) and not t.is_stop and len(t.lower) > 1
    ]


def _evidence_text(corpus: Corpus, index: int, source: str) -> str:
    """The sentence's text as read against a claim: a "he said" or "she said" there stands
    for the speaker the sentence before it names, so that who said it can be compared."""
    text = corpus.plain_text(index)
    # The pronoun first: the table of documents is built only when a check needs it.
    if speaks_by_pronoun(text) and index > corpus.doc_ranges[source][0]:
        return with_speaker_named(text, corpus.plain_text(index - 1))
    return text


def part_finder(corpus: Corpus, thresholds: Thresholds) -> Callable[[Claim], Considered]:
    """``consider`` for the parts of claims decided again and again under other thresholds
    (a threshold search): each part's candidates are found once, then kept."""
    found: dict[tuple[str, tuple[str, ...]], Considered] = {}

    def consider_part(part: Claim) -> Considered:
        key = (part.text, part.sources)
        if key not in found:
            found[key] = consider(part, corpus, thresholds)
        return found[key]

    return consider_part


_KEPT_IN_PAIRS = frozenset({ConflictKind.NEGATION, ConflictKind.NUMBER, ConflictKind.TALLY})


def _stays(
    finding: Finding, member: Scored, other: Scored, claim: Analysed, items: list[ClaimPart]
) -> bool:
    """Whether a conflict ``member`` has with the claim stays when ``other`` is read with it
    (see ``consider``)."""
    if finding.kind is ConflictKind.NEGATION:
        return not denies_alike(claim, other.evidence)
    # "Profit dropped steeply." beside "Turnover climbed 4 per cent.": the other sentence tells
    # the claim's movement by its amount, so the opposite is said of something else.
    if finding.kind is ConflictKind.ANTONYM and movement_told(
        claim, finding.claim_span, other.evidence
    ):
        return False
    return (
        other.coverage < member.coverage
        or not states(other, finding, items)
        or bool(other.findings)
    )


def consider(claim: Claim, corpus: Corpus, thresholds: Thresholds = Thresholds()) -> Considered:
    """Retrieve candidate sentences (and pairs) for ``claim`` and score each against it."""
    analysed = analyse(claim.text)
    items = claim_parts(analysed, corpus)
    if not items:
        return Considered(claim, analysed, (), checkable=False)
    hits = corpus.search(
        normalize(claim.text),
        [t.lower for t in analysed.content] + _quantity_terms(analysed),
        claim.sources,
        thresholds.candidates,
    )
    singles: list[Scored] = []
    for hit in hits:
        sentence = corpus.sentence(hit.index)
        evidence = analyse(_evidence_text(corpus, hit.index, sentence.source))
        singles.append(score(analysed, items, (sentence,), evidence, hit.bm25, corpus))
    singles.sort(key=lambda s: (-s.coverage, -s.retrieval))
    scored = list(singles)
    # Two sentences of one document together, when the second adds what the first lacks.
    top = singles[:5]
    for a, b in combinations(top, 2):
        if document_of(a) != document_of(b):
            continue
        first, second = sorted((a, b), key=lambda s: s.sentences[0].index)
        together = join((first.evidence, second.evidence))
        pair = score(
            analysed,
            items,
            first.sentences + second.sentences,
            together,
            a.retrieval + b.retrieval,
            corpus,
        )
        # Read together, the two cannot dispute a part one of them states. The numbers and
        # tallies rules already let a value or tally stated in its slot be, and report one said
        # of something else ("cost £3.2m, of which £1.1m ..."; the panel's 2-1 beside the
        # council's 5-4), so their findings stay, as a denial's do.
        pair.findings = [
            f for f in pair.findings if f.kind in _KEPT_IN_PAIRS or not states(pair, f, items)
        ]
        # A conflict seen in one sentence (when it is about the claim by itself) stays when the
        # other is added, unless the other states the very part in dispute and is as much about
        # the claim: of "died in Oslo in 1957" one sentence says "lived in Oslo", the other
        # "died ... in 1957". A denial stays unless the other sentence makes the claim's denial
        # itself ("For the defence, Mr Brell said ..." beside "she was 'not convinced' by it"),
        # and so does a conflict where the other sentence has conflicts of its own: it states
        # the part of something else ("backed a plan ..." beside "the amendment ... was
        # defeated").
        for member, other in ((first, second), (second, first)):
            # What one sentence reports another person saying stays misattributed unless the
            # other sentence reports it too: naming the claim's speaker is not enough ("X said
            # the year was hard" / "Y said the year was hard. X said costs would rise").
            pair.findings.extend(
                f
                for f in member.findings
                if f.kind is ConflictKind.SPEAKER
                and f not in pair.findings
                and not reports_what_was_said(analysed, f.claim_span, other.evidence)
            )
            if member.aboutness >= thresholds.contradict:
                pair.findings.extend(
                    f
                    for f in member.findings
                    if f not in pair.findings and _stays(f, member, other, analysed, items)
                )
        if pair.coverage >= max(a.coverage, b.coverage) + thresholds.pair_gain:
            scored.append(pair)
    documents = dict.fromkeys(document_of(s) for s in scored)
    unsaid = tuple((name, years_never_given(analysed, corpus, name)) for name in documents)
    return Considered(claim, analysed, tuple(scored), years_unsaid=unsaid)


def years_never_given(claim: Analysed, corpus: Corpus, document: str) -> tuple[DateMention, ...]:
    """The claim's dates with a year or decade that ``document`` never says, in any sentence or
    form ("2019", "2019-05-02", a year of the decade). A source that never names the year
    cannot be what dates the claim ("has chaired the board since 2019"), however much of the
    rest it says; one that names it anywhere, a dateline included, may."""

    def said(year: int) -> bool:
        return corpus.names_year(document, year)

    def decade_said(decade: int) -> bool:
        # "the 1700s" may be the century.
        years = 100 if decade % 100 == 0 else 10
        return corpus.names_stem(document, f"{decade}s") or any(
            said(y) for y in range(decade, decade + years)
        )

    return tuple(
        d
        for d in claim.dates
        if not _in_brackets(claim.text, d)
        and (
            (d.year is not None and not said(d.year))
            or (d.year is None and d.decade is not None and not decade_said(d.decade))
        )
    )


def _in_brackets(text: str, date: DateMention) -> bool:
    """A date in brackets tells which of several things of one name is meant ("Harrow Road
    (1998 film)", "the Fenmoor report (2021)"): it is part of the name, not a claim."""
    return (
        text.rfind("(", 0, date.start) > text.rfind(")", 0, date.start) and ")" in text[date.end :]
    )
