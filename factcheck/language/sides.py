"""Sides taken on a motion: "voted for", "voted against", "in favour of", "spoke against",
"was against", "backed", "opposed".

Two sides on one motion oppose each other whatever words take them ("backed the levy" /
"voted against the levy"), and agree likewise ("opposed the levy" / "voted against it").
"""

from __future__ import annotations

from .analysis import Analysed, per_text
from .lexicon import COPULAS, PLEADING_STEMS, SIDING_VERBS, VOTE_SIDES, VOTING_STEMS
from .text import Token

FAVOUR = ("favour", "favor")
"""The noun of "in favour of", in either spelling."""

_NOT_A_SIDE_AFTER = frozenset({"by", "out", "down", "away", "off", "onto", "into", "up"})
"""Words after "backed" or "supported" that make it no side taken on what follows: the
agent of a passive ("backed by the council") or a movement ("backed out")."""


@per_text
def sides_taken(analysed: Analysed) -> tuple[tuple[int, bool, int], ...]:
    """Each side taken on a motion: "voted for", "voted against", "in favour of", "spoke
    against", "was against", "backed", "opposed". For each, the index of the word the motion
    follows, whether the side is for, and the index its phrase starts at."""
    tokens = analysed.tokens
    sides = []
    for i in range(1, len(tokens)):
        word, before = tokens[i].lower, tokens[i - 1]
        if word in VOTE_SIDES and (before.stem in VOTING_STEMS or before.stem in PLEADING_STEMS):
            sides.append((i, VOTE_SIDES[word], i - 1))
        elif word == "against" and before.lower in COPULAS:
            sides.append((i, False, i - 1))
        elif (
            word in FAVOUR
            and before.lower == "in"
            and i + 1 < len(tokens)
            and tokens[i + 1].lower == "of"
        ):
            sides.append((i, True, i - 1))
        else:
            side = _siding_verb(tokens, i)
            if side is not None:
                sides.append((i, side, i))
    return tuple(sides)


def _siding_verb(tokens: list[Token], i: int) -> bool | None:
    """The side a verb of siding at ``i`` takes ("backed the levy", "opposes it", "objected
    to it", "were opposed to it"), or None: its bare form is often a noun, "backed by" and
    "was backed" tell who took the side of the subject, "as opposed to" compares, and "the
    favoured route" describes."""
    token = tokens[i]
    side = SIDING_VERBS.get(token.stem)
    if side is None or token.lower == token.stem or not token.lower.endswith(("ed", "s")):
        return None
    after = tokens[i + 1].lower if i + 1 < len(tokens) else ""
    before = tokens[i - 1].lower
    if after in _NOT_A_SIDE_AFTER or before in {"as", "the", "a", "an"}:
        return None
    if token.stem == "object" and after != "to":
        return None  # "the objects found", "objected that ..."
    if before in COPULAS and after != "to":
        return None  # "was backed at the meeting": a side taken by others
    return side


def motion_of(analysed: Analysed, i: int) -> Token | None:
    """The content word after the side taken at ``i``: what the side is taken on."""
    start = analysed.tokens[i].start
    return next((t for t in analysed.content if t.start > start), None)
