"""What a sentence of scientific or health prose says about an effect: (factor, direction,
outcome, certainty).

"Walking reduces the risk of falls" reads as (walking, down, risk of falls, stated); "coffee
may raise blood pressure" as (coffee, up, blood pressure, hedged); "the diet had no effect on
weight" as (diet, none, weight, stated); "there is no clear evidence that zinc shortens colds"
as (zinc, down, colds, unknown): a sentence that says nobody knows. Directions are on two
axes, amount (up / down) and quality (better / worse), compared only within an axis: "reduces
pain" and "improves pain" do not disagree. The words come from ``lexicon.EFFECT_*``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from .analysis import Analysed, per_text
from .lexicon import (
    EFFECT_BETTER,
    EFFECT_DOWN,
    EFFECT_NONE,
    EFFECT_UNKNOWN,
    EFFECT_UP,
    EFFECT_WORSE,
    HEDGES,
)
from .text import Token, stem


class Direction(str, Enum):
    UP = "up"
    DOWN = "down"
    BETTER = "better"
    WORSE = "worse"
    NONE = "none"


class Certainty(str, Enum):
    STATED = "stated"
    HEDGED = "hedged"
    UNKNOWN = "unknown"


_AXIS = {
    Direction.UP: "amount",
    Direction.DOWN: "amount",
    Direction.BETTER: "quality",
    Direction.WORSE: "quality",
}


@dataclass(frozen=True)
class Effect:
    """One effect a text states: the word that gives its direction, and how sure it is."""

    direction: Direction
    certainty: Certainty
    span: tuple[int, int]
    """Where the words giving the direction are ("reduces", "no effect on")."""
    outcome: tuple[Token, ...]
    """The content words just after them: what the effect is on."""

    def opposes(self, other: Effect) -> bool:
        """Whether the two effects cannot both hold: opposite directions on one axis, or an
        effect against none. Hedged effects still oppose; unknown ones never do."""
        if Certainty.UNKNOWN in (self.certainty, other.certainty):
            return False
        if Direction.NONE in (self.direction, other.direction):
            return self.direction != other.direction
        return _AXIS[self.direction] == _AXIS[other.direction] and self.direction != other.direction


_STEMS = {
    Direction.UP: frozenset(stem(w) for w in EFFECT_UP),
    Direction.DOWN: frozenset(stem(w) for w in EFFECT_DOWN),
    Direction.BETTER: frozenset(stem(w) for w in EFFECT_BETTER),
    Direction.WORSE: frozenset(stem(w) for w in EFFECT_WORSE),
}
_NONE = re.compile(r"\b(?:" + "|".join(EFFECT_NONE) + r")\b")
_UNKNOWN = re.compile(r"\b(?:" + "|".join(EFFECT_UNKNOWN) + r")\b")
_HEDGE_STEMS = frozenset(stem(w) for w in HEDGES)


@per_text
def read_effects(analysed: Analysed) -> tuple[Effect, ...]:
    """The effects ``analysed`` states, in order."""
    lowered = analysed.text.lower()
    unknown_from = min((m.start() for m in _UNKNOWN.finditer(lowered)), default=len(lowered))
    effects = []
    for m in _NONE.finditer(lowered):
        span = m.span()
        certainty = _certainty(analysed, span[0], unknown_from)
        effects.append(Effect(Direction.NONE, certainty, span, _outcome(analysed, span[1])))
    for token in analysed.tokens:
        if any(e.span[0] <= token.start < e.span[1] for e in effects):
            continue  # inside "no effect on" already read
        for direction, stems in _STEMS.items():
            if token.stem in stems:
                span = (token.start, token.end)
                certainty = _certainty(analysed, token.start, unknown_from)
                effects.append(Effect(direction, certainty, span, _outcome(analysed, token.end)))
                break
    return tuple(sorted(effects, key=lambda e: e.span[0]))


def _outcome(analysed: Analysed, end: int) -> tuple[Token, ...]:
    return tuple(t for t in analysed.content if t.start >= end)[:3]


def _certainty(analysed: Analysed, start: int, unknown_from: int) -> Certainty:
    if start > unknown_from:
        return Certainty.UNKNOWN
    before = [t for t in analysed.tokens if t.end <= start][-3:]
    if any(t.stem in _HEDGE_STEMS for t in before):
        return Certainty.HEDGED
    return Certainty.STATED


def says_unknown(analysed: Analysed) -> int | None:
    """Where the text says nobody knows ("no clear evidence that", "it is unclear whether"),
    or None."""
    m = _UNKNOWN.search(analysed.text.lower())
    return None if m is None else m.start()
