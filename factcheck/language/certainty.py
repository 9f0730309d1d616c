"""Certainty: whether a text says an act is settled or only weighed.

"The club has lodged an appeal" says the appeal is made; "the club is considering an appeal"
says it is not, yet. A weighing word ("considering", "weighing up", "would consider",
"expected to", "yet to decide", "has proposed", "a proposal to", "consulting on", "drawing up
plans for") governs the words after it to the end of its clause, as a negator does; a settling
word ("decided", "confirmed", "approved", "launched", "already") says that what follows it is
done. An intention ("plans to", "intends to") is no weighing: it agrees with "has confirmed it
would".
"""

from __future__ import annotations

from .analysis import Analysed, per_text
from .lexicon import (
    AUXILIARIES,
    CONSULTING,
    MODALS,
    PROPOSALS,
    PROPOSING,
    SETTLING,
    WEIGHING,
    WEIGHING_AFTER_MODAL,
    WEIGHING_BEFORE_TO,
)
from .negation import negated_tokens, negator_indices

_TO_WITHIN = 4
"""Words between a weighing word and its "to" at most ("expected the sale to close")."""

_BETWEEN_AUXILIARY = frozenset({"also", "now", "already", "since", "just", "again"})
"""Adverbs that may stand between an auxiliary and its verb ("has also proposed")."""

_SCOPE = 14
"""Words a weighing or settling word governs at most: a clause, not a sentence (each part of a
hyphened word counts: "final sign-off to a five-year scheme" is eight)."""


def _weighs(analysed: Analysed, i: int) -> bool:
    """Whether the word at ``i`` weighs what follows it."""
    tokens = analysed.tokens
    word = tokens[i].lower
    following = tokens[i + 1].lower if i + 1 < len(tokens) else ""
    if word in WEIGHING:
        # "considering the cost, ..." opens a sentence as a preposition.
        return i > 0
    if word in WEIGHING_AFTER_MODAL:
        if i == 0 or (tokens[i - 1].lower not in MODALS and tokens[i - 1].lower != "to"):
            return False
        regards = any(tokens[k].lower == "as" for k in range(i + 1, min(len(tokens), i + 5)))
        return not regards
    if word in WEIGHING_BEFORE_TO:
        # "expected to rise", "expects the sale to be completed".
        return any(t.lower == "to" for t in tokens[i + 1 : i + 1 + _TO_WITHIN])
    if word == "yet":
        return following == "to"  # "has yet to decide"
    if word in PROPOSING:
        # "has proposed moving", "proposed to close", "proposes that the fair moves"; "has also
        # proposed a": an adverb may stand between the auxiliary and the verb.
        k = i - 1
        if k > 0 and (tokens[k].lower in _BETWEEN_AUXILIARY or tokens[k].lower.endswith("ly")):
            k -= 1
        previous = tokens[k].lower if k >= 0 else ""
        return previous in AUXILIARIES or following in ("to", "that") or following.endswith("ing")
    if word in PROPOSALS:
        return following in ("to", "that")  # "a proposal to cut the timetable"
    if word in ("plans", "plan"):
        # "is drawing up plans for a car park": not yet decided.
        return i > 1 and tokens[i - 1].lower == "up" and tokens[i - 2].lower in _DRAWING
    if word == "forward":
        # "put forward a scheme for a new pier": proposed.
        return i > 0 and tokens[i - 1].lower in _PUTTING
    if word in CONSULTING:
        return following in ("on", "over", "about")  # "consulting staff on" is not read
    return False


@per_text
def weighing_words(analysed: Analysed) -> tuple[int, ...]:
    """Indices of the words that weigh an act."""
    return tuple(i for i in range(len(analysed.tokens)) if _weighs(analysed, i))


@per_text
def weighed_tokens(analysed: Analysed) -> frozenset[int]:
    """Indices of the words some weighing word governs."""
    return frozenset(j for i in weighing_words(analysed) for j in analysed.clause_after(i, _SCOPE))


@per_text
def settling_words(analysed: Analysed) -> tuple[int, ...]:
    """Indices of the settling words that are themselves neither weighed nor denied ("has not
    decided", "is expected to have signed" settle nothing)."""
    unsure = weighed_tokens(analysed) | negated_tokens(analysed)
    negators = set(negator_indices(analysed))
    return tuple(
        i
        for i, t in enumerate(analysed.tokens)
        if (t.lower in SETTLING or _go_ahead(analysed, i))
        and i not in unsure
        and not any(k in negators for k in range(max(0, i - 2), i))
    )


_PUTTING = frozenset({"put", "puts", "putting"})
_DRAWING = frozenset({"draw", "draws", "drawing", "drew", "drawn"})


def _go_ahead(analysed: Analysed, i: int) -> bool:
    """ "ahead" of "given the go-ahead": approval, said as a noun."""
    tokens = analysed.tokens
    return (
        tokens[i].lower == "ahead"
        and i > 0
        and tokens[i - 1].lower == "go"
        and analysed.gap_before(i) == "-"
    )


def settled_tokens(analysed: Analysed) -> frozenset[int]:
    """Indices of the words some settling word governs."""
    return frozenset(j for i in settling_words(analysed) for j in analysed.clause_after(i, _SCOPE))
