"""Exclusive claims: "only", "solely", "exclusively" restrict what follows to nothing else.

"The band only plays jazz" says more than "the band plays jazz": that it plays nothing else. A
sentence that says the band plays jazz, without a word of its own that makes it the one thing,
does not confirm the restriction; one that names another of the same list beside it ("plays
jazz and blues") refutes it. "Only" of amount or time ("only 3 per cent", "only once", "the
only son", "not only ... but also") restricts nothing here.
"""

from __future__ import annotations

from dataclasses import dataclass

from .analysis import Analysed, per_text
from .lexicon import CLAUSE_BREAKS, EXCLUSIVE_WORDS, MODALS, NOT_RESTRICTING_AFTER, RESTRICTORS
from .text import Token, shared_prefix_match

_MAX_SCOPE = 4
"""Content words a restrictor bears on: "only [works] in [mining]"."""

_NOT_BEFORE = frozenset("the a an its his her their our my your this that not if one".split())
"""Words before "only" that make it an adjective or another idiom ("the only son", "not only",
"if only")."""

_LIST_WORDS = frozenset({"and", "or", "&"})


@dataclass(frozen=True)
class Restriction:
    cue: Token
    """The restricting word."""
    scope: tuple[Token, ...]
    """The content words it restricts, in order."""

    @property
    def span(self) -> tuple[int, int]:
        end = self.scope[-1].end if self.scope else self.cue.end
        return self.cue.start, end


@per_text
def restrictions(analysed: Analysed) -> tuple[Restriction, ...]:
    """Each restriction the text makes, with the words it bears on."""
    tokens = analysed.tokens
    quantities = [(m.start, m.end) for m in (*analysed.dates, *analysed.numbers)]
    content = set(analysed.content)
    found = []
    for i, token in enumerate(tokens):
        if token.lower not in RESTRICTORS:
            continue
        if token.surface[:1].isupper() and i > 0:
            continue  # inside a title ("We Only Sail at Dawn")
        if i > 0 and tokens[i - 1].lower in _NOT_BEFORE:
            continue
        scope: list[Token] = []
        for j in range(i + 1, len(tokens)):
            if j > i + 1 and analysed.closes_phrase(j):
                break
            t = tokens[j]
            if t.lower in CLAUSE_BREAKS or len(scope) == _MAX_SCOPE:
                break
            if t in content:
                scope.append(t)
        if not scope:
            continue
        # Of amount or time: a number, or a degree word, soon after it ("only 40 seats").
        near = tokens[i + 1 : i + 4]
        if any(t.lower in NOT_RESTRICTING_AFTER or t.is_number for t in near[:2]) or any(
            a <= t.start < b for t in near for a, b in quantities
        ):
            continue
        found.append(Restriction(token, tuple(scope)))
    return tuple(found)


@per_text
def says_exclusive(analysed: Analysed) -> bool:
    """Whether the text has a word of its own making something the one thing ("sole",
    "only", "exclusively"), other than in "not only"."""
    tokens = analysed.tokens
    return any(
        t.lower in EXCLUSIVE_WORDS and not (i and tokens[i - 1].lower == "not")
        for i, t in enumerate(tokens)
    )


def _list_goes_on(analysed: Analysed, k: int) -> bool:
    """Whether the words from ``k`` run on to a list word through content words and commas
    only ("blues , hip hop , and soul"), unlike an aside ("an actress , born in Oslo and ...")."""
    tokens = analysed.tokens
    for j in range(k + 1, min(len(tokens), k + 5)):
        if tokens[j].lower in _LIST_WORDS:
            return True
        if tokens[j].is_stop or analysed.gap_before(j).strip() not in ("", ","):
            return False
    return False


def listed_with(analysed: Analysed, index: int, known: Analysed) -> Token | None:
    """Another member of a list the word at ``index`` stands in, one ``known`` does not say:
    "actress and [author]", "jazz, [blues] and soul", "[folk] or jazz"; None when it stands
    in no list."""
    tokens = analysed.tokens
    content = set(analysed.content)

    def member(k: int) -> Token | None:
        if 0 <= k < len(tokens) and tokens[k] in content and not known.has_word(tokens[k]):
            return tokens[k]
        return None

    after = index + 1
    if after < len(tokens):
        if tokens[after].lower in _LIST_WORDS and analysed.gap_before(after).strip() == "":
            found = member(after + 1)
            if found is not None:
                return found
        elif analysed.gap_before(after).strip() == ",":
            found = member(after)
            if found is not None and _list_goes_on(analysed, after):
                return found
    before = index - 1
    if (
        before > 0
        and tokens[before].lower in _LIST_WORDS
        and analysed.gap_before(index).strip() == ""
    ):
        return member(before - 1)
    return None


_PASSED_OVER = frozenset("a an the its his her their our my your this that own".split())
"""Words between a slot's word and what fills it that say nothing of the filler ("managed by
[its own] firm")."""

_REACH = 4
"""Tokens after the slot's word within which the evidence must fill it."""


@dataclass(frozen=True)
class OtherFiller:
    """The evidence fills a restricted slot with something the claim does not name."""

    anchor: Token
    """The evidence's word for the slot ("directed", "refereed", "managed")."""
    filler: Token
    """The first word of what fills it there."""


def _slot_of(
    analysed: Analysed, restriction: Restriction, evidence: Analysed
) -> tuple[Token, tuple[str, ...], list[Token]] | None:
    """The word before the restricted filler, the function words joining them, and the
    filler's words: "refereed [only] by [X]", "[only] managed by [X]", "brand of [X]".
    None when there is no such slot or the evidence says all of the filler."""
    tokens = analysed.tokens
    cue = tokens.index(restriction.cue)
    if cue and tokens[cue - 1].lower in MODALS:
        return None  # "can only explain part of it": a limit, not one thing in a slot
    scope = list(restriction.scope)
    unsaid = [k for k, t in enumerate(scope) if not evidence.has_word(t)]
    if not unsaid:
        return None
    # The filler is what the evidence does not say, up to the end of the scope; only the tail
    # of a name may be said there ("Bad Boys [Records]" / "Atlantic Records").
    if any(k not in unsaid and not t.capitalised for k, t in enumerate(scope) if k > unsaid[0]):
        return None
    if unsaid[0] > 0:
        anchor = scope[unsaid[0] - 1]
        anchor_at = tokens.index(anchor)
    else:
        anchor_at = cue - 1
        if anchor_at < 0 or analysed.closes_phrase(cue):
            return None
        anchor = tokens[anchor_at]
        if anchor not in set(analysed.content) or not evidence.has_word(anchor):
            return None
    first = tokens.index(scope[unsaid[0]])
    between = [t for k, t in enumerate(tokens[anchor_at + 1 : first], anchor_at + 1) if k != cue]
    if any(not t.is_stop for t in between):
        return None
    joining = tuple(t.lower for t in between if t.lower not in _PASSED_OVER)
    return anchor, joining, scope[unsaid[0] :]


def _names_at(evidence: Analysed, j: int) -> bool:
    """Whether a name fills the slot at token ``j`` ("Tam Reyes", "comedian Tam Reyes")."""
    tokens = evidence.tokens
    return tokens[j].capitalised or (
        j + 1 < len(tokens) and tokens[j + 1].capitalised and not evidence.closes_phrase(j + 1)
    )


def other_filler(
    claim: Analysed, restriction: Restriction, evidence: Analysed
) -> OtherFiller | None:
    """Where the evidence fills the slot the claim restricts with something else: "refereed only
    by Ola Brisk" against "refereed by Tam Reyes". "Only X" is false when the same slot holds Y.
    One side must fill it with a name: a name is one thing, while common nouns nest ("only
    mammals" / "animals") and so do not exclude each other."""
    slot = _slot_of(claim, restriction, evidence)
    if slot is None:
        return None
    anchor, joining, filler = slot
    tokens = evidence.tokens
    content = set(evidence.content)
    for k, token in enumerate(tokens):
        if token.stem != anchor.stem and not shared_prefix_match(token.lower, anchor.lower):
            continue
        j = k + 1
        for word in joining:
            while j < len(tokens) and tokens[j].lower in _PASSED_OVER:
                j += 1
            if j >= len(tokens) or tokens[j].lower != word or evidence.closes_phrase(j):
                break
            j += 1
        else:
            while j < len(tokens) and tokens[j].lower in _PASSED_OVER and j <= k + _REACH:
                j += 1
            if (
                j < len(tokens)
                and j <= k + len(joining) + _REACH
                and not evidence.closes_phrase(j)
                and not evidence.crosses_break(token.start, tokens[j].end)
                and tokens[j] in content
                and not claim.has_word(tokens[j])
                and (filler[0].capitalised or _names_at(evidence, j))
            ):
                return OtherFiller(token, tokens[j])
    return None
