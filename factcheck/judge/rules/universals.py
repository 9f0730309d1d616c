"""Universals: "every stall sold out" against "nearly all stalls sold out".

A claim that says every member of a group did a thing ("every", "all", "each") rules out any
exception; a sentence that says the same of a group short of all of it ("nearly all", "almost
all", "not every", "all but two", "only some") names one. The other way round conflicts too: a
claim that names an exception against a sentence that rules it out. The two must speak of the
same group (the word after the quantifier, or the next: "morning lectures") and of the same
thing done: two thirds of the claim's words after the group, to the end of its clause or a
comma, are said after the sentence's group; or, where only the claim places the group ("at the
fair"), all the sentence says of it is in the claim. "Most" or "some" do not refute "all", as
they say nothing of the rest; nor do they confirm it: such a sentence is shown as not deciding,
and keeps from supporting the claim.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from ...language.analysis import Analysed, per_text
from ...language.lexicon import (
    BEFORE_A_WHOLE,
    NOT_UNIVERSAL_BEFORE,
    PART_OF_GROUP,
    POSSESSIVE_ENDINGS,
    SHORT_OF_ALL,
    UNIVERSALS,
)
from ...language.negation import is_negated
from ...language.quantities import count_value
from ...language.text import Token
from ...models import ConflictKind
from ..findings import Example, Finding, Rule
from ..slots import said_in

EXAMPLES = (
    Example(
        "Every stall at the Tenby craft fair sold out by noon.",
        "Nearly all stalls at the Tenby craft fair sold out by noon.",
        True,
    ),
    Example(
        "All of the Vell ferries ran on time in June.",
        "Not all Vell ferries ran on time in June: two were held by fog.",
        True,
    ),
    Example(
        "Each of the parish councillors signed the letter.",
        "All but two of the parish councillors signed the letter.",
        True,
    ),
    Example(
        "Every stall at the Tenby craft fair sold out by noon.",
        "Every stall at the Tenby craft fair sold out by noon.",
        False,
    ),
    # "Most" says nothing of the rest: a finding that does not decide, but keeps the sentence
    # from supporting the claim.
    Example(
        "Every stall at the Tenby craft fair sold out by noon.",
        "Most stalls at the Tenby craft fair sold out by noon.",
        True,
    ),
    # Another group, or another thing done by it.
    Example(
        "Every stall at the Tenby craft fair sold out by noon.",
        "Nearly all visitors to the Tenby craft fair came by bus.",
        False,
    ),
    Example(
        "Every stall at the Tenby craft fair sold out by noon.",
        "Nearly all stalls at the Tenby craft fair were run by families.",
        False,
    ),
    Example("The ferry did not run at all in June.", "Nearly all ferries ran in June.", False),
    # The other way round: the claim names an exception the sentence rules out.
    Example(
        "Nearly all stalls at the Tenby craft fair sold out by noon.",
        "Every stall at the Tenby craft fair sold out by noon.",
        True,
    ),
    Example(
        "Only some of the Tenby craft stalls sold out by noon.",
        "Every Tenby craft stall sold out by noon.",
        True,
    ),
    Example(
        "Only some of the Tenby craft stalls sold out by noon.",
        "Some Tenby craft stalls sold out by noon.",
        False,
    ),
    # The group named with a word before it, and placed by the claim only.
    Example(
        "Every lecture at the Kelda summer school was recorded, including the evening talks.",
        "Nearly all morning lectures were recorded, but two evening talks were not.",
        True,
    ),
    Example(
        "Every lecture at the Kelda summer school was recorded.",
        "Nearly all morning lectures were streamed live by volunteers.",
        False,
    ),
)

_GROUP_REACH = 4
"""Tokens after the quantifier within which the group's noun stands ("all of the ferries")."""
_DONE_WORDS = 12
"""Content words after the group read as what it did: a clause's worth, so that a text with
many quantifiers is still read in time linear in its length."""
_SAME_DONE = 2 / 3
"""Least share of the claim's words after the group, to the end of its clause, that the
sentence says after its own group: what the group did, and where or when."""


class _Extent(Enum):
    EVERY = "every"
    """Every member: "every", "all", "each"."""
    SHORT = "short"
    """A group short of all: "nearly all", "not every", "all but two"."""
    PART = "part"
    """Part of a group, the rest untold: "most", "some"."""


@dataclass(frozen=True)
class _Quantified:
    quantifier: tuple[int, int]
    """Offsets of the quantifier ("every", "nearly all")."""
    group: int
    """The index of the group's word among the text's tokens."""
    done: tuple[Token, ...]
    """Content words after the group, to the end of the clause."""
    extent: _Extent


def _group_after(analysed: Analysed, i: int) -> int | None:
    """The index of the first content word within reach after token ``i``."""
    content = analysed.content_set
    tokens = analysed.tokens
    for k in range(i + 1, min(len(tokens), i + 1 + _GROUP_REACH)):
        if analysed.crosses_break(tokens[k - 1].end, tokens[k].start):
            return None
        if tokens[k] in content and not tokens[k].is_number:
            return k
    return None


def _clause_after(analysed: Analysed, k: int) -> list[Token]:
    """The content words after token ``k`` to the end of its clause or the next comma (at most
    ``_DONE_WORDS``)."""
    tokens = analysed.tokens
    content = analysed.content_set
    words: list[Token] = []
    for j in range(k + 1, len(tokens)):
        # A comma ends what the group did: "sold out, including the matinees" adds a detail.
        if (
            len(words) == _DONE_WORDS
            or analysed.crosses_break(tokens[j - 1].end, tokens[j].start)
            or "," in analysed.gap_before(j)
        ):
            break
        if tokens[j] in content:
            words.append(tokens[j])
    return words


def _extent(analysed: Analysed, i: int) -> tuple[_Extent, int, int] | None:
    """Whether token ``i`` quantifies a group, how far, and where the quantifier starts and
    the group's reach begins; none for a word that is no quantifier here ("at all")."""
    tokens = analysed.tokens
    word = tokens[i].lower
    if word in PART_OF_GROUP:
        # "only some of the stalls": the rest did not.
        if i and tokens[i - 1].lower == "only":
            return _Extent.SHORT, tokens[i - 1].start, i
        return _Extent.PART, tokens[i].start, i
    if word not in UNIVERSALS:
        return None
    before = tokens[i - 1].lower if i else ""
    if before in NOT_UNIVERSAL_BEFORE:
        return None
    # "all but two of the councillors": the group is sought past "but".
    but = i + 1 < len(tokens) and tokens[i + 1].lower == "but" and analysed.gap_before(i + 1) == " "
    reach_from = i + 1 if but else i
    if before in SHORT_OF_ALL:
        return _Extent.SHORT, tokens[i - 1].start, reach_from
    return (_Extent.SHORT if but else _Extent.EVERY), tokens[i].start, reach_from


_ALL_OF = frozenset({"every", "each", "any"})


def _parts_of_counted(analysed: Analysed) -> list[tuple[int, int, int]]:
    """Each count short of the group it is part of ("one of its two play areas", "three of the
    firm's five piers", not "every one of the eleven"): the quantifier's offsets and the index
    of the token after which its group is sought."""
    tokens = analysed.tokens
    found = []
    for i in range(len(tokens) - 2):
        part = count_value(tokens[i].lower)
        if part is None or tokens[i + 1].lower != "of":
            continue
        if i and tokens[i - 1].lower in _ALL_OF:
            continue  # "every one of the eleven vans" is all of them
        k = i + 2
        if tokens[k].lower in BEFORE_A_WHOLE:
            k += 1
        if k < len(tokens) and tokens[k].surface.lower().endswith(POSSESSIVE_ENDINGS):
            k += 1
        whole = count_value(tokens[k].lower) if k < len(tokens) else None
        if whole is not None and part < whole:
            found.append((tokens[i].start, tokens[k].end, k))
    return found


def _both(analysed: Analysed, i: int) -> bool:
    """ "both" of a group of two ("both play areas", "both of its piers"), not of a pair named
    in turn ("both the pier and the quay")."""
    tokens = analysed.tokens
    if tokens[i].lower != "both":
        return False
    return not any(t.lower in ("and", "&") for t in tokens[i + 1 : i + 1 + _GROUP_REACH + 1])


@per_text
def _quantified(analysed: Analysed) -> tuple[_Quantified, ...]:
    """Each quantified group in the text: "every N", "both N", "nearly all N", "most N", "two
    of the five N"."""
    tokens = analysed.tokens
    found = []
    reads = [
        (read[0], read[1], read[2], token.end)
        for i, token in enumerate(tokens)
        if (read := _extent(analysed, i)) is not None
    ]
    reads += [
        (_Extent.EVERY, tokens[i].start, i, tokens[i].end)
        for i in range(len(tokens))
        if _both(analysed, i)
    ]
    reads += [(_Extent.SHORT, start, k, end) for start, end, k in _parts_of_counted(analysed)]
    for extent, start, reach_from, end in sorted(reads, key=lambda r: r[1]):
        group = _group_after(analysed, reach_from)
        if group is not None:
            done = tuple(_clause_after(analysed, group))
            found.append(_Quantified((start, end), group, done, extent))
    return tuple(found)


def _group_words(analysed: Analysed, quantified: _Quantified) -> list[int]:
    """The group's word, and the next one when the two name the group together ("evening
    lectures", "craft stalls")."""
    tokens, k = analysed.tokens, quantified.group
    nxt = k + 1
    if (
        nxt < len(tokens)
        and tokens[nxt] in analysed.content_set
        and not tokens[nxt].is_number
        and analysed.gap_before(nxt) == " "
    ):
        return [k, nxt]
    return [k]


def _done_alike(mine: tuple[Token, ...], theirs: tuple[Token, ...]) -> bool:
    if not mine:
        return False
    said = [said_in(t, theirs) for t in mine]
    if sum(said) >= _SAME_DONE * len(mine):
        return True
    # The claim places the group ("every lecture at the summer school was recorded") where the
    # sentence, from the same report, does not: only words before what the group did are
    # missing, and the sentence says nothing of it the claim does not.
    first = said.index(True) if True in said else len(said)
    return 0 < first < len(said) and all(said[first:]) and all(said_in(t, mine) for t in theirs)


def _same_thing_done(
    claim: Analysed, ours: _Quantified, evidence: Analysed, other: _Quantified
) -> int | None:
    """Where the sentence names the claim's group, when its group did what the claim's did;
    else none."""
    for i in _group_words(claim, ours):
        for j in _group_words(evidence, other):
            if said_in(claim.tokens[i], [evidence.tokens[j]]):
                mine = ours.done if i == ours.group else tuple(_clause_after(claim, i))
                theirs = other.done if j == other.group else tuple(_clause_after(evidence, j))
                return j if _done_alike(mine, theirs) else None
    return None


def _against(
    extent: _Extent, theirs: tuple[_Quantified, ...]
) -> list[tuple[list[_Quantified], bool]]:
    """The sentence's groups a claim's group of ``extent`` may conflict with, each list with
    whether such a conflict decides: "every" against a group short of all (deciding) or part of
    one (not deciding); a group short of all against "every"."""
    if extent is _Extent.EVERY:
        return [
            ([q for q in theirs if q.extent is _Extent.SHORT], True),
            ([q for q in theirs if q.extent is _Extent.PART], False),
        ]
    if extent is _Extent.SHORT:
        return [([q for q in theirs if q.extent is _Extent.EVERY], True)]
    return []


def find(claim: Analysed, evidence: Analysed) -> list[Finding]:
    theirs = _quantified(evidence)
    if not theirs:
        return []
    for ours in _quantified(claim):
        if is_negated(claim, ours.group):
            continue
        span = ours.quantifier
        for others, deciding in _against(ours.extent, theirs):
            for other in others:
                if other.extent is _Extent.EVERY and is_negated(evidence, other.group):
                    continue
                group = _same_thing_done(claim, ours, evidence, other)
                if group is not None:
                    return [
                        Finding(
                            ConflictKind.TALLY,
                            span,
                            claim.text[span[0] : claim.tokens[ours.group].end],
                            evidence.text[other.quantifier[0] : evidence.tokens[group].end],
                            deciding=deciding,
                        )
                    ]
    return []


RULE = Rule("universals", ConflictKind.TALLY, find, EXAMPLES, order=4)
