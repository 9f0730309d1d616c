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
from .lexicon import CLAUSE_BREAKS, EXCLUSIVE_WORDS, NOT_RESTRICTING_AFTER, RESTRICTORS
from .text import Token

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
