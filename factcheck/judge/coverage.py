"""How much of a claim a candidate says, and how surely it speaks of the same thing.

- coverage: the weighted share of the claim's content (words by IDF; names, numbers and dates
  weighing most) that the candidate says;
- conflicts: what the rules find;
- aboutness: coverage with the conflicting words left out, i.e. how surely the candidate speaks
  of the same thing as the claim.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial

from ..corpus.collection import Corpus
from ..language.acronyms import covered_by_acronyms
from ..language.analysis import Analysed, per_text
from ..language.frames import framing_spans
from ..language.lexicon import NAMED_KINDS, PRONOUNS, TITLE_JOINERS
from ..language.lexicon.roles import AUXILIARIES
from ..language.negation import governed_by, negated_tokens
from ..language.opposites import moved_by_same_amount
from ..language.quantities import DateMention, NumberMention, ends_given, given_as_an_end
from ..language.relations import unstated_spans
from ..language.text import TOKEN, Token, stem
from ..language.wordforms import joined_spans, said_in_another_form
from ..models import Sentence
from .findings import Finding
from .rules import find_conflicts


@dataclass
class Scored:
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
class ClaimPart:
    """A unit of claim content with its weight: a word, a number or a date."""

    part: Token | DateMention | NumberMention
    weight: float
    name: bool = False
    """A capitalised word: a sentence may refer to it by a pronoun."""
    leading: bool = False
    """Part of the name the claim starts with (its usual subject)."""
    framing: bool = False
    """A word of the claim's reporting frame or a hedge ("Studies show that", "possibly"):
    support need not say it; a conflicting sentence is no more about the claim without it."""

    @property
    def text(self) -> str:
        return self.part.surface if isinstance(self.part, Token) else self.part.text

    @property
    def span(self) -> tuple[int, int]:
        return self.part.start, self.part.end


def claim_parts(claim: Analysed, corpus: Corpus) -> list[ClaimPart]:
    items = []
    leading = True
    idfs = corpus.idfs([token.lower for token in claim.content])
    said: set[str] = set()
    for i, token in enumerate(claim.content):
        # A word the claim repeats ("the patron of the gallery, the patron of ...") says
        # nothing new the second time: counted twice, a sentence saying it would cover the
        # claim further than what it states.
        if token.stem.lower() in said:
            continue
        said.add(token.stem.lower())
        weight = min(idfs[i], corpus.max_idf)
        name = token.capitalised and not token.is_number
        if name and i > 0:
            weight *= 1.5
        # The leading name is the run of capitalised words the claim opens with; a title may
        # keep small words between them ("Bridge over the Quiet River", "Call Your Sister Home").
        gap = claim.text[claim.content[i - 1].end : token.start] if i else ""
        leading = leading and name and _title_gap(gap, _headline(claim))
        framing = any(a <= token.start < b for a, b in framing_spans(claim))
        items.append(ClaimPart(token, max(weight, 0.3), name, leading, framing))
    items.extend(ClaimPart(mention, corpus.max_idf) for mention in (*claim.dates, *claim.numbers))
    return items


def _title_gap(gap: str, headline: bool) -> bool:
    """Whether the words between two capitalised words keep them one title: none, or small
    words a title keeps ("over the", "Your"). Not in a headline, where every word is
    capitalised: there the capitals mark no title."""
    words = TOKEN.findall(gap)
    return not words or (not headline and all(word.lower() in TITLE_JOINERS for word in words))


@per_text
def _headline(claim: Analysed) -> bool:
    """Written in title case throughout ("Rain Can Fall for Days"): every word of four letters
    or more is capitalised, the verb too."""
    long = [t for t in claim.tokens if t.lower.isalpha() and len(t.lower) > 3]
    return len(long) >= 3 and all(t.capitalised for t in long)


def _denied_alike(claim: Analysed, negator: Token, evidence: Analysed) -> bool:
    """Whether the evidence denies a word that the claim's ``negator`` denies: the "not" of
    "did not sign" is said by "never signed" or "hasn't signed"."""
    denied = {
        claim.tokens[j].stem
        for j in governed_by(claim, claim.tokens.index(negator))
        if not claim.tokens[j].is_stop
    }
    theirs = negated_tokens(evidence)
    return any(t.stem in denied for j, t in enumerate(evidence.tokens) if j in theirs)


def is_covered(
    item: ClaimPart,
    claim: Analysed,
    evidence: Analysed,
    named: Callable[[str], bool],
    called: Callable[[str], bool] = lambda _: False,
) -> bool:
    part = item.part
    if isinstance(part, DateMention):
        return any(part.stated_by(other) for other in evidence.dates)
    if isinstance(part, NumberMention):
        # Imported here: the numbers rule reads slots, which read this module.
        from .rules.numbers import gives_difference, tally_given

        return (
            any(part.stated_by(other) for other in evidence.numbers)
            # "by six frames to three" / "won 6-3"
            or tally_given(claim, part, evidence)
            # "grew from 34 to 51 singers" / "51 singers, up from 34"
            or ends_given(claim.text, part, evidence.numbers)
            # "from 9,320 down to 7,410" / "from 9,320 to 7,410"
            or given_as_an_end(evidence.text, part, evidence.numbers)
            or gives_difference(claim, part, evidence)
        )
    if evidence.has_word(part):
        return True
    # "higher" for "high", "growth" for "grow"; a name only as written.
    if not item.name and said_in_another_form(part, evidence):
        return True
    # "slid from 40% to 25%" / "had dropped from 40 per cent to 25 per cent": one change.
    if moved_by_same_amount(claim, part, evidence):
        return True
    # A denial in other words: "not" said by "never" or "didn't" of the same word.
    if _denied_alike(claim, part, evidence):
        return True
    # The claim's subject, which the sentence refers to by a pronoun ("She signed ...") or a
    # description ("The club has won ..."), when that can stand for it: its document names the
    # subject, or nothing comes before the sentence (an excerpt whose title is the subject).
    # "their" cannot be a name never said.
    if not (item.leading and named(part.stem)):
        return False
    if refers_back(evidence):
        return True
    # "The film stars ..." where the source calls its subject a film.
    kind = described_subject(evidence)
    return kind is not None and called(kind)


@per_text
def refers_back(evidence: Analysed) -> bool:
    """Whether the sentence speaks of something named before it: a pronoun near its opening
    ("She signed ..."), or an opening definite description as its subject ("The club has won
    ...", "The film was shot ...": a reference work names its subject once, then so)."""
    tokens = evidence.tokens
    if any(t.lower in PRONOUNS for t in tokens[:6]):
        return True
    return (
        len(tokens) > 2
        and tokens[0].lower == "the"
        and not tokens[1].capitalised
        and not tokens[1].is_stop
        and not tokens[1].is_number
        and tokens[2].lower in AUXILIARIES
        and evidence.gap_before(2) == " "
    )


def subject_tests(
    corpus: Corpus, source: str, opening: bool
) -> tuple[Callable[[str], bool], Callable[[str], bool]]:
    """For a sentence of ``source``: whether the document names a word (a pronoun or opening
    description can then stand for it), and whether an opening "The <noun>" with a plain verb
    can stand for the claim's subject. Nothing comes before an opening sentence, an excerpt
    under a title: any name can be its subject. An opening "The <noun> stars ..." stands for the
    subject where the source's own opening calls its subject that ("... is a 2013 film"), or,
    opening an excerpt, where the noun is a kind of thing known by a name ("The film", not "The
    study")."""
    if opening:
        return (lambda _: True), named_kind
    return partial(corpus.names_stem, source), partial(corpus.calls_subject, source)


def named_kind(word_stem: str) -> bool:
    """Whether a noun (by stem) names a kind of thing known by a name of its own (a film, a
    band, a city), which an opening "The film ..." can stand for."""
    return word_stem in _NAMED_KIND_STEMS


_NAMED_KIND_STEMS = frozenset(stem(word) for word in NAMED_KINDS)


@per_text
def described_subject(evidence: Analysed) -> str | None:
    """The stem of the noun of an opening "The <noun>" with a verb after it that a tagger would
    be needed to tell from others: a lower-case word in "-s" or "-ed" ("The film stars ...",
    "The band toured ...") or an aside after a comma ("The film, starring ..."). Whether it
    speaks of the claim's subject depends on what its source calls that subject."""
    tokens = evidence.tokens
    if not (
        len(tokens) > 2
        and tokens[0].lower == "the"
        and not tokens[1].capitalised
        and not tokens[1].is_stop
        and not tokens[1].is_number
    ):
        return None
    third, gap = tokens[2], evidence.gap_before(2)
    if gap.strip() == "," or (
        gap == " "
        and not third.capitalised
        and not third.is_stop
        and third.lower.endswith(("s", "ed"))
    ):
        return tokens[1].stem
    return None


def score(
    claim: Analysed,
    items: list[ClaimPart],
    sentences: tuple[Sentence, ...],
    evidence: Analysed,
    retrieval: float,
    corpus: Corpus,
) -> Scored:
    total = sum(i.weight for i in items) or 1.0
    # Said through an acronym ("RCT"), or as one word where the claim has two ("email").
    via_acronym = covered_by_acronyms(claim, evidence) | joined_spans(claim, evidence)
    opening = len(sentences) == 1 and sentences[0].index == 0  # nothing before it to refer to
    named, called = subject_tests(corpus, sentences[0].source, opening)
    # Words the sentence says in another relation than the claim's are not what it states.
    unstated = unstated_spans(claim, evidence)
    covered = [
        i
        for i in items
        if (i.span in via_acronym or is_covered(i, claim, evidence, named, called))
        and not (unstated and any(overlaps(i.span, u) for u in unstated))
    ]
    missing = tuple(i.text for i in items if i not in covered and not i.framing)
    # The frame and the hedges are left out: what support must say is the claim's content.
    needed = sum(i.weight for i in items if not i.framing) or 1.0
    # Rounded so that sums of weights compare as equal when they are (0.9999999 is 1.0).
    coverage = round(sum(i.weight for i in covered if not i.framing) / needed, 9)
    stated = frozenset(i.span for i in covered)
    scored = Scored(sentences, evidence, retrieval, coverage, missing, stated=stated)
    scored.findings = find_conflicts(claim, evidence)
    conflicted = [
        i
        for i in items
        if i not in covered and any(overlaps(i.span, f.claim_span) for f in scored.findings)
    ]
    rest = total - sum(i.weight for i in conflicted)
    scored.aboutness = round(sum(i.weight for i in covered) / rest, 9) if rest > 0 else 0.0
    return scored


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return b[0] <= a[0] < b[1] or a[0] <= b[0] < a[1]


def states(scored: Scored, finding: Finding, items: list[ClaimPart]) -> bool:
    """Whether the evidence itself says every claim part the finding disputes."""
    disputed = [i.span for i in items if overlaps(i.span, finding.claim_span)]
    return bool(disputed) and all(span in scored.stated for span in disputed)


def document_of(scored: Scored) -> str:
    return scored.sentences[0].source
