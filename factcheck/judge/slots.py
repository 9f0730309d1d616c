"""Where a claim and a sentence say things in the same slot: word alignment, neighbours, clauses.

The rules share these so that "the same slot" means one thing across them: two mentions are
comparable when a word next to one is also next to the other, and two texts are aligned word
by word on their stems.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache
from itertools import takewhile

from ..language.align import opcodes
from ..language.analysis import Analysed, per_text
from ..language.lexicon import (
    APPROXIMATE,
    CLAUSE_BREAKS,
    LOWER_BOUNDS,
    SUBJECT_PRONOUNS,
    UPPER_BOUNDS,
    WINDOW_OPENERS,
)
from ..language.negation import is_negated
from ..language.opposites import moves_alike, tells_movement
from ..language.sides import motion_of, sides_taken
from ..language.text import SYNONYMS, Token, shared_prefix_match
from .coverage import described_subject, named_kind


def _neighbours(
    analysed: Analysed, span: tuple[int, int], window: int, within_clause: bool = False
) -> list[Token]:
    """Content words within ``window`` content words either side of ``span``; with
    ``within_clause``, none past a word that joins two clauses ("while", "but")."""
    low, high = 0, len(analysed.text)
    if within_clause:
        breaks = [t for t in analysed.tokens if t.lower in CLAUSE_BREAKS]
        low = max((t.end for t in breaks if t.end <= span[0]), default=low)
        high = min((t.start for t in breaks if t.start >= span[1]), default=high)
    before = [t for t in analysed.content if low <= t.start and t.end <= span[0]][-window:]
    after = [t for t in analysed.content if t.start >= span[1] and t.end <= high][:window]
    return before + after


def anchored(
    claim: Analysed,
    claim_span: tuple[int, int],
    evidence: Analysed,
    evidence_span: tuple[int, int],
    window: int = 3,
    within_clause: bool = False,
) -> bool:
    """Whether two mentions stand in the same slot: some word next to the claim's mention is
    also next to the evidence's ("signed on March 3" / "signed on March 5"). A date or number
    elsewhere in the sentence, about another event, is not comparable. With ``within_clause``,
    a word past "while" or "but" is not next to it: in "stays at 112 officers, while the fire
    service gains four", "officers" is not beside "gains"."""
    near_evidence = _neighbours(evidence, evidence_span, window, within_clause)
    near_claim = _neighbours(claim, claim_span, window, within_clause)
    if not any(said_in(t, near_evidence) for t in near_claim):
        return False
    # Each side puts the mention in a place of its own ("the fair in Lindhaven from May 4" /
    # "the fair held on April 2 and 3 in Corvale"): two events, not one.
    ours = [t for t in near_claim if _placed(claim, t) and not said_in(t, near_evidence)]
    theirs = [t for t in near_evidence if _placed(evidence, t) and not claim.has_word(t)]
    return not (ours and theirs)


def _placed(analysed: Analysed, token: Token) -> bool:
    """A capitalised word after "in" or "at": a place ("in Corvale", "at the Marrow Arena")."""
    return token.capitalised and analysed.text.endswith((" in ", " at "), 0, token.start)


_AMOUNT_REACH = 3
"""Tokens before a word within which the amount it qualifies stands ("3 % higher")."""


def _amounts_in(tokens: Sequence[Token]) -> frozenset[str]:
    """The numbers among ``tokens``, as written."""
    return frozenset(t.lower for t in tokens if t.is_number)


def same_amount_before(claim: Analysed, i: int, evidence: Analysed, j: int) -> bool:
    """The same amount just before the words at ``i`` and ``j`` ("closed 3% lower" / "ended
    3% higher", "14 fewer than" / "14 more than"): they say the same change of the same
    thing, one way and the other."""
    ours = _amounts_in(claim.tokens[max(0, i - _AMOUNT_REACH) : i])
    return bool(ours & _amounts_in(evidence.tokens[max(0, j - _AMOUNT_REACH) : j]))


def amounts_beside(analysed: Analysed, k: int) -> frozenset[str]:
    """The amounts said just before the word at ``k``, or just after it past an "of" ("a £1.4m
    profit", "a profit of £1.4m"), as written."""
    tokens = analysed.tokens
    before = _amounts_in(tokens[max(0, k - _AMOUNT_REACH) : k])
    if k + 1 < len(tokens) and tokens[k + 1].lower == "of":
        return before | _amounts_in(tokens[k + 2 : k + 2 + _AMOUNT_REACH])
    return before


def said_in(token: Token, tokens: Sequence[Token]) -> bool:
    """Whether one of ``tokens`` says ``token``: same stem, a synonym or a derivational variant."""
    return bool(said_at(token, tokens, first=True))


def side_taken_alike(claim: Analysed, i: int, side: bool, evidence: Analysed) -> bool:
    """The evidence takes ``side`` (for or against) on the motion the claim's side at ``i`` is
    taken on, or one of them names none, denied as the claim's is or not: "opposed the letter"
    / "voted against the letter"."""
    motion = motion_of(claim, i)
    return any(
        theirs == side
        and is_negated(evidence, k) == is_negated(claim, i)
        and (
            motion is None or (named := motion_of(evidence, k)) is None or said_in(motion, [named])
        )
        for k, theirs, _ in sides_taken(evidence)
    )


def said_at(token: Token, tokens: Sequence[Token], first: bool = False) -> list[int]:
    """The positions in ``tokens`` that say ``token`` (as ``said_in``); with ``first``, only
    the first of them."""
    synonyms = SYNONYMS.get(token.stem, frozenset())
    found = []
    for j, t in enumerate(tokens):
        if t.stem == token.stem or t.stem in synonyms or shared_prefix_match(t.lower, token.lower):
            found.append(j)
            if first:
                break
    return found


def unsaid(
    side: Analysed, other: Analysed, indices: range, wanted: Callable[[int, Token], bool]
) -> list[Token]:
    """Tokens of ``side`` at ``indices`` that ``wanted`` accepts and ``other`` does not say."""
    return [
        side.tokens[i]
        for i in indices
        if wanted(i, side.tokens[i]) and not other.has_word(side.tokens[i])
    ]


Opcode = tuple[str, int, int, int, int]


@per_text
def _stem_sequence(analysed: Analysed) -> list[str]:
    return [t.stem for t in analysed.tokens]


@lru_cache(maxsize=16)
def aligned(claim: Analysed, evidence: Analysed) -> tuple[Opcode, ...]:
    """The two texts aligned word by word on stems (difflib's opcodes), for the rules that
    compare what stands in the same slot; worked out once per pair for all of them."""
    return tuple(opcodes(_stem_sequence(claim), _stem_sequence(evidence)))


def clause_end(analysed: Analysed, start: int, end: int) -> int:
    """``end``, or earlier where punctuation between two tokens closes the phrase."""
    for k in range(start + 1, end):
        if analysed.closes_phrase(k):
            return k
    return end


# ------------------------------------------------ the same slot of the same event (aboutness)

_CLAUSE_MARKS = ";:"
"""Punctuation that closes a clause around a value: what lies beyond speaks of something else
("reduced 26% by 2030; forestry, 2%"). Commas are not among them ("In 2015, she won" keeps the
year with its verb), nor brackets ("Ada Marr (born 3 May 1901) was ..." keeps the date with
the name it is about)."""


def _clause_words(analysed: Analysed, span: tuple[int, int]) -> tuple[list[Token], list[Token]]:
    """The content words before and after ``span`` within its clause, nearest first."""
    text = analysed.text
    start, end = span
    low = max((text.rfind(mark, 0, start) for mark in _CLAUSE_MARKS), default=-1) + 1
    high = min(
        (i for i in (text.find(mark, end) for mark in _CLAUSE_MARKS) if i >= 0), default=len(text)
    )
    for b in analysed.breaks:
        if b <= start:
            low = max(low, b)
        elif b >= end:
            high = min(high, b)
    before = [t for t in analysed.content if low <= t.start and t.end <= start]
    after = [t for t in analysed.content if t.start >= end and t.end <= high]
    return before[::-1], after


def governed_past_a_name(
    claim: Analysed,
    claim_span: tuple[int, int],
    evidence: Analysed,
    evidence_span: tuple[int, int],
) -> bool:
    """Whether the word governing the claim's value governs the evidence's too, with only a
    name (a venue, a place) between it and the value on the evidence's side: "premiered in
    2011" / "premiered at the Vell Film Forum in 2013", where the nearest words of the two
    values differ."""
    claim_before, _ = _clause_words(claim, claim_span)
    if not claim_before or claim_before[0].capitalised:
        return False
    evidence_before, _ = _clause_words(evidence, evidence_span)
    name = 0
    while name < len(evidence_before) and evidence_before[name].capitalised:
        name += 1
    return 0 < name < len(evidence_before) and said_in(claim_before[0], [evidence_before[name]])


def governed_alike(
    claim: Analysed,
    claim_span: tuple[int, int],
    evidence: Analysed,
    evidence_span: tuple[int, int],
    reach: int = 3,
) -> bool:
    """Whether the words that govern a value are the same on both sides: the content word just
    before the claim's value ("opened" in "opened in 1990"), or just after it (its head: "1990
    census"), is among the ``reach`` nearest the evidence's value on either side, in its clause.
    "founded in 1990" against "renovated in 1987" fills two slots, not one; "held in Oslo on
    Monday" against "began on Friday in Oslo" one."""
    claim_before, claim_after = _clause_words(claim, claim_span)
    evidence_before, evidence_after = _clause_words(evidence, evidence_span)
    near = evidence_before[:reach] + evidence_after[:reach]
    # A possessive after the value names whose whole it is ("four of Vell's six ferries"),
    # not what governs it. (Reading makes every apostrophe a straight one.)
    after = [t for t in claim_after if not t.surface.endswith("'s")]
    # An adverb says how, not what: "close permanently on 28 May" is governed by "close".
    before = [t for t in claim_before if not _adverb(t)]
    governors = before[:1] + after[:1]
    # "dropped 10%" / "fell 5.4%": two words for one movement govern one value.
    return any(said_in(t, near) or any(moves_alike(t, n) for n in near) for t in governors)


# Nouns that end as adverbs do: they name what a value is of ("a tally of 40").
_LY_NOUNS = frozenset(
    "tally supply family assembly rally reply ally anomaly monopoly italy july".split()
)


def _adverb(token: Token) -> bool:
    return token.lower.endswith("ly") and token.lower not in _LY_NOUNS


_QUANTIFYING = frozenset(
    w for phrase in (*LOWER_BOUNDS, *UPPER_BOUNDS, *APPROXIMATE) for w in phrase.split()
)
"""Words that bound or hedge a quantity ("less than half of the flats"): not the subject."""


_REFERRING = SUBJECT_PRONOUNS | {"his", "her", "its", "their"}

_PAIR_WORDS = frozenset({"couple", "pair", "duo", "brothers", "sisters", "twins"})

_OPENING_PREPOSITIONS = frozenset(
    "in on at during after before since over for from until within throughout following by".split()
)


@per_text
def subject_words(analysed: Analysed) -> tuple[Token, ...]:
    """What a claim is about, read off its opening: the content words before its first stopword,
    after an opening phrase of time ("In 2015, ..."). "The Hatch Shell was restored" -> Hatch,
    Shell; "Global sea levels rose" -> Global, sea, levels."""
    tokens = list(analysed.tokens)
    spans = [(m.start, m.end) for m in (*analysed.dates, *analysed.numbers)]

    def in_quantity(t: Token) -> bool:
        return any(a <= t.start < b for a, b in spans)

    # Skip a dateline ("OSLO: ...") and an opening phrase that holds no content word but a date
    # or number ("In 1997, ...").
    colon = analysed.text.find(":", 0, 40)
    if colon > 0 and sum(t.end <= colon for t in tokens) <= 3:
        tokens = [t for t in tokens if t.start > colon]
    comma = analysed.text.find(",")
    opening = [t for t in tokens if t.end <= comma]
    if comma > 0 and (
        all(t.is_stop or in_quantity(t) for t in opening)
        # An opening adverbial: "In the last ten years of the survey, the lake ..."
        or (opening and opening[0].lower in _OPENING_PREPOSITIONS and len(opening) <= 10)
    ):
        tokens = [t for t in tokens if t.start > comma]
    words: list[Token] = []
    for token in tokens:
        if token.is_stop or in_quantity(token) or token.lower in _QUANTIFYING:
            if words:
                break
            continue
        # The verb of a movement is what happened, not who: "Orrin shares dropped" -> Orrin,
        # shares.
        if words and tells_movement(token):
            break
        words.append(token)
    # A name is the run of capitalised words ("Mara Lind came ..." -> Mara, Lind); a lone
    # capital is only the sentence's first letter ("Protecting forests ...").
    if len(words) > 1 and words[0].capitalised and words[1].capitalised:
        words = [
            t
            for t in words[
                : next((i for i, t in enumerate(words) if not t.capitalised), len(words))
            ]
        ]
    return tuple(words[:3])


def subject_name(analysed: Analysed) -> tuple[Token, ...]:
    """The subject when it is a name: a run of capitalised words, or one capitalised word alone
    ("Marnie was ..."); not a capitalised first word of a phrase ("Initial talks were ...")."""
    words = subject_words(analysed)
    if words and all(t.capitalised for t in words):
        return words
    return ()


def subject_stated(claim: Analysed, evidence: Analysed) -> bool:
    """Whether the evidence speaks of the claim's subject: it says half its subject words, or
    refers to it by a pronoun at its opening ("She signed ...")."""
    subject = subject_words(claim)
    if not subject:
        return True  # nothing to check against: the claim opens with its verb or a quantity
    # Half its words at least: "the last high point" is not stated by "the last ice age".
    if 2 * sum(evidence.has_word(t) for t in subject) >= len(subject):
        return True
    # A personal pronoun or possessive; "these" and "this" mostly open a phrase of their own
    # ("These changes ...").
    if any(t.lower in _REFERRING for t in evidence.tokens[:4]):
        return True
    # "The couple started brewing in 2016": two people named before, referred to as a pair.
    tokens = evidence.tokens
    if len(tokens) > 1 and tokens[0].lower == "the" and tokens[1].lower in _PAIR_WORDS:
        return True
    # "The film premiered in 2015": a description of a thing known by a name, opening the
    # sentence as its subject, as a reference work speaks of its subject after naming it.
    kind = described_subject(evidence)
    if kind is not None and named_kind(kind):
        return True
    # "The association will ..." for "The Orrin Valley Anglers Association": its own noun.
    head = _name_noun(claim)
    tokens = evidence.tokens
    return (
        head is not None
        and len(tokens) > 1
        and tokens[0].lower == "the"
        and tokens[1].lower == head
    )


@per_text
def _name_noun(analysed: Analysed) -> str | None:
    """The last word of a name of several words that the claim opens with, which is what the
    name is ("Anglers Association", "Parish Council"), lower-cased; None otherwise."""
    tokens = analysed.tokens
    start = 1 if tokens and tokens[0].lower == "the" else 0
    run = list(takewhile(lambda t: t.capitalised and not t.is_stop, tokens[start:]))
    return run[-1].lower if len(run) > 1 else None


def local_coverage(
    claim: Analysed,
    claim_span: tuple[int, int],
    evidence: Analysed,
    evidence_span: tuple[int, int],
) -> float:
    """How much of the clause around the claim's value the clause around the evidence's value
    says (content words; the value and a subject name left out): 1.0 when both clauses
    speak of the same event, low when the evidence's value belongs to another one."""
    before, after = _clause_words(claim, claim_span)
    # A subject name is checked on its own (subject_stated); what is left says the event.
    name = set(subject_name(claim))
    words = [t for t in before + after if not t.is_number and t not in name]
    if len(words) <= 1:
        return 1.0  # a claim of one fact ("Ada Marr was born in 1901") has one slot for it
    theirs = [t for side in _clause_words(evidence, evidence_span) for t in side]
    return sum(said_in(t, theirs) for t in words) / len(words)


SAME_EVENT = 0.4
"""Least share of the words around the claim's value that the evidence's clause must say for
the two values to be of one event (chosen on the tune halves)."""


SAME_EVENT_UNGOVERNED = 0.6
"""The same when the words governing the two values differ (chosen on the tune halves)."""


def same_slot(
    claim: Analysed,
    claim_span: tuple[int, int],
    evidence: Analysed,
    evidence_span: tuple[int, int],
) -> bool:
    """Whether two differing values fill the same slot of the same event, so that they exclude
    each other: the evidence speaks of the claim's subject, and the words governing the two
    values are the same ("opened in 1990" / "opened in 1987"; not "founded in 1990" /
    "renovated in 1987", nor a 1987 of another subject in the same sentence)."""
    if not (
        anchored(claim, claim_span, evidence, evidence_span) and subject_stated(claim, evidence)
    ):
        return False
    local = local_coverage(claim, claim_span, evidence, evidence_span)
    # Other governing words need more of the event said: a reference work states a birth date
    # in brackets after the name, "(10 May 1901 - 2 June 1980)", with no "born" beside it.
    return local >= SAME_EVENT_UNGOVERNED or (
        local >= SAME_EVENT and governed_alike(claim, claim_span, evidence, evidence_span)
    )


def dated_apart(claim: Analysed, evidence: Analysed) -> bool:
    """Both sides date what they tell and the evidence states none of the claim's dates: two
    events ("signed for Arden in 2015" / "signed for Brimley in 2013"), whose names and counts
    need not agree."""
    if not claim.dates or not evidence.dates:
        return False
    return not any(
        mine.stated_by(other) or mine.within(other) or other.within(mine)
        for mine in claim.dates
        for other in evidence.dates
    )


def opens_window(analysed: Analysed, span: tuple[int, int]) -> bool:
    """Whether the value at ``span`` bounds a period of observation rather than dating or
    counting one event: "since 1970", "over the past 35 years", "in the last 1000 years"."""
    words = analysed.text[max(0, span[0] - 24) : span[0]].lower().split()[-2:]
    return any(w.strip(",") in WINDOW_OPENERS for w in words)


def starts_a_state(analysed: Analysed, span: tuple[int, int]) -> bool:
    """Whether a date after "since" says when a state began ("has sailed from Quay Row since
    1994") rather than opening a window on a change ("prices have risen 40% since 1990"): the
    sentence tells no rise or fall and counts nothing over the period."""
    words = analysed.text[max(0, span[0] - 24) : span[0]].lower().split()[-1:]
    if words != ["since"]:
        return False
    return not analysed.numbers and not any(tells_movement(t) for t in analysed.tokens)


def conflict_context(
    claim: Analysed, claim_span: tuple[int, int], evidence: Analysed, evidence_text: str
) -> float:
    """:func:`local_coverage` of a conflict whose evidence side is ``evidence_text``: how surely
    the two conflicting parts belong to one event (the whole evidence stands in for a part it
    cannot place)."""
    at = evidence.text.find(evidence_text) if evidence_text else -1
    span = (at, at + len(evidence_text)) if at >= 0 else (len(evidence.text), len(evidence.text))
    return local_coverage(claim, claim_span, evidence, span)
