"""What a sentence of scientific or health prose says about an effect: (factor, direction,
outcome, certainty).

"Walking reduces the risk of falls" reads as (walking, down, risk of falls, stated); "coffee
may raise blood pressure" as (coffee, up, blood pressure, hedged); "the diet had no effect on
weight" and "the diet did not lower weight" as (diet, none, weight, stated); "there is no clear
evidence that zinc shortens colds" as (zinc, down, colds, unknown): a sentence that says nobody
knows. In the passive ("blood pressure was lowered by the diet") the outcome comes first.
Directions are on two axes, amount (up / down) and quality (better / worse), compared only
within an axis: "reduces pain" and "improves pain" do not disagree. The words come from
``lexicon.EFFECT_*``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from .analysis import Analysed, per_text
from .lexicon import (
    CLAUSE_BREAKS,
    EFFECT_BETTER,
    EFFECT_CAUSING,
    EFFECT_DOWN,
    EFFECT_NONE,
    EFFECT_SOME,
    EFFECT_UNKNOWN,
    EFFECT_UP,
    EFFECT_WORSE,
    HEDGES,
    NEGATING_VERBS,
    NEGATORS,
)
from .negation import denied_tokens
from .text import Token, stem


class Direction(str, Enum):
    UP = "up"
    DOWN = "down"
    BETTER = "better"
    WORSE = "worse"
    SOME = "some"
    """An effect of no stated direction ("affects", "has an impact on")."""
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
    """The content words the effect is on: just after the direction, or before it in the
    passive."""
    factor: tuple[Token, ...] = ()
    """The content words of what has the effect: before the direction, or after it in the
    passive."""
    denied: Direction | None = None
    """For an effect denied ("did not reduce"): the direction denied. A denial of one direction
    says nothing against the other ("did not raise" / "lowers")."""

    def opposes(self, other: Effect) -> bool:
        """Whether the two effects cannot both hold: opposite directions on one axis, or an
        effect against its own denial or against no effect at all. Hedged effects still
        oppose; unknown ones never do."""
        if Certainty.UNKNOWN in (self.certainty, other.certainty):
            return False
        if self.direction is Direction.NONE and other.direction is Direction.NONE:
            return False
        if Direction.NONE in (self.direction, other.direction):
            none, some = (self, other) if self.direction is Direction.NONE else (other, self)
            return none.denied in (None, Direction.SOME) or none.denied is some.direction
        if Direction.SOME in (self.direction, other.direction):
            return False
        return _AXIS[self.direction] == _AXIS[other.direction] and self.direction != other.direction

    def agrees(self, other: Effect) -> bool:
        """Whether the two effects say the same: one direction, neither unknown."""
        return (
            Certainty.UNKNOWN not in (self.certainty, other.certainty)
            and self.direction is other.direction
            and self.denied is other.denied
        )


_STEMS = {
    Direction.UP: frozenset(stem(w) for w in EFFECT_UP),
    Direction.DOWN: frozenset(stem(w) for w in EFFECT_DOWN),
    Direction.BETTER: frozenset(stem(w) for w in EFFECT_BETTER),
    Direction.WORSE: frozenset(stem(w) for w in EFFECT_WORSE),
    Direction.SOME: frozenset(stem(w) for w in EFFECT_SOME),
}
_NONE = re.compile(r"\b(?:" + "|".join(EFFECT_NONE) + r")\b")
_UNKNOWN = re.compile(r"\b(?:" + "|".join(EFFECT_UNKNOWN) + r")\b")
_HEDGE_STEMS = frozenset(stem(w) for w in HEDGES)
_CAUSING_STEMS = frozenset(stem(w) for w in EFFECT_CAUSING)
_NOT_NAMING = NEGATORS | NEGATING_VERBS | {"associated", "linked", "related", "likely"}
_RELATIVES = frozenset({"which", "who", "whom"})
_CONDITIONS = frozenset({"if", "unless", "whether"})
_PASSIVE = frozenset("is are was were be been being".split())
_OUTCOME_WORDS = 4
"""Content words read as the outcome: "the risk of type 2 diabetes", "blood levels of iron"."""
_FACTOR_WORDS = 8
"""Content words read as the factor: a long subject ("daily use of the new inhaler in
children with asthma") keeps its head in reach."""
_NONE_REACH = 40
"""Characters after "no effect on" / "not associated with" in which a direction word is part
of what is denied ("not associated with an increased risk")."""


def names_direction(token: Token) -> bool:
    """Whether ``token`` is a word that gives an effect's direction ("lowers", "higher")."""
    return _direction(token) is not None


_LIKELIER = {"more": Direction.UP, "less": Direction.DOWN}
"""Before "likely": "less likely to fall" says falls go down."""


def _agent_noun(token: Token) -> bool:
    """A thing named after what it does ("gene promoters", "enhancers", "activators"), which
    the stemmer gives the verb's stem: it names something, it states no effect. Comparatives
    ("higher", "lower") keep their "-er" in the stem."""
    return token.lower.endswith(("er", "ers", "or", "ors")) and not token.stem.endswith(
        ("er", "or")
    )


def _direction(token: Token, following: Token | None = None) -> Direction | None:
    if following is not None and following.lower == "likely" and token.lower in _LIKELIER:
        return _LIKELIER[token.lower]
    if _agent_noun(token):
        return None
    for direction, stems in _STEMS.items():
        if token.stem in stems:
            return direction
    return None


def _clause_breaks(analysed: Analysed) -> list[int]:
    """Offsets where a clause or sentence ends: the factor and the outcome stay inside one."""
    marks = [m.start() for m in re.finditer(r"[;:.!?](?:\s|$)", analysed.text)]
    # "the drug, which lowers ...": what "which" stands for is the factor, so it cuts no clause.
    marks.extend(t.start for t in analysed.tokens if t.lower in CLAUSE_BREAKS - _RELATIVES)
    return sorted({*marks, *analysed.breaks})


def _within(tokens: tuple[Token, ...], start: int, end: int) -> list[Token]:
    """The words between ``start`` and ``end`` that name something (not "not", "reduced")."""
    return [
        t
        for t in tokens
        if start <= t.start
        and t.end <= end
        and _direction(t) is None
        and t.lower not in _NOT_NAMING
    ]


@per_text
def read_effects(analysed: Analysed) -> tuple[Effect, ...]:
    """The effects ``analysed`` states, in order."""
    lowered = analysed.text.lower()
    unknown_from = min((m.start() for m in _UNKNOWN.finditer(lowered)), default=len(lowered))
    breaks = _clause_breaks(analysed)
    denied = denied_tokens(analysed)
    tokens = analysed.tokens
    effects = []
    nones = [m.span() for m in _NONE.finditer(lowered)]
    for span in nones:
        certainty = _certainty(analysed, span[0], unknown_from, breaks)
        outcome, factor = _sides(analysed, span, breaks, passive=False)
        if lowered[: span[1]].endswith("between"):
            # "no link between X and Y": X and Y both follow, either may be the outcome.
            outcome, _ = _sides(analysed, span, breaks, passive=False, reach=2 * _OUTCOME_WORDS)
            factor = factor + outcome
        effects.append(Effect(Direction.NONE, certainty, span, outcome, factor))
    for i, token in enumerate(tokens):
        direction = _direction(token, tokens[i + 1] if i + 1 < len(tokens) else None)
        if direction is None:
            continue
        if any(a <= token.start < b + _NONE_REACH for a, b in nones):
            continue  # part of "no effect on" / "not associated with an increased risk"
        if _modifies_next(analysed, i, breaks):
            continue
        span = (token.start, token.end)
        previous = tokens[i - 1].lower if i else ""
        passive = previous in _PASSIVE or (
            i > 1 and tokens[i - 2].lower in _PASSIVE and tokens[i - 1].lower.endswith("ly")
        )
        outcome, factor = _sides(analysed, span, breaks, passive)
        certainty = _certainty(analysed, token.start, unknown_from, breaks)
        if i in denied:
            effects.append(Effect(Direction.NONE, certainty, span, outcome, factor, direction))
        else:
            effects.append(Effect(direction, certainty, span, outcome, factor))
    return tuple(sorted(effects, key=lambda e: e.span[0]))


def _modifies_next(analysed: Analysed, i: int, breaks: list[int]) -> bool:
    """Whether the direction word at ``i`` is not what the text says happens: the first word
    of a sentence ("Reduced sleep raises ...", a modifier of the factor), a word joined by a
    hyphen to another ("double-blind", "drug-induced"), or a verb whose direction the next
    word gives ("causes reduced growth", "leads to higher rents")."""
    tokens = analysed.tokens
    token = tokens[i]
    if i == 0 or any(tokens[i - 1].end <= b <= token.start for b in breaks):
        return True
    if "-" in (analysed.text[token.end : token.end + 1], analysed.text[token.start - 1]):
        return True  # "double-blind", "drug-induced"
    following = tokens[i + 1 : i + 3]
    if following and following[0].lower == "to":
        following = following[1:]  # "leads to higher rents"
    if following and _direction(following[0]) is not None:
        return True
    return _opens_factor(analysed, i, breaks)


_FACTOR_REACH = 4
"""Tokens after an opening direction word within which the verb of its phrase stands."""


def _opens_factor(analysed: Analysed, i: int, breaks: list[int]) -> bool:
    """Whether the direction word at ``i`` opens its clause (after a comma too) and a verb of
    causing follows within reach: "In older mice, raised insulin levels lead to ...", where it
    says what the factor is, not what the factor does."""
    tokens = analysed.tokens
    opening = _clause_opening(analysed, tokens[i].start, breaks)
    content = analysed.content_set
    for j in range(i - 1, -1, -1):
        t = tokens[j]
        if t.start < opening:
            break
        if t in content:
            return False  # a word before it in its clause: it may say what that does
    for t in tokens[i + 1 : i + 1 + _FACTOR_REACH]:
        if any(t.start <= b <= t.end for b in breaks):
            return False
        if t.stem in _CAUSING_STEMS or _direction(t) is not None:
            return True
    return False


def _sides(
    analysed: Analysed,
    span: tuple[int, int],
    breaks: list[int],
    passive: bool,
    reach: int = _OUTCOME_WORDS,
) -> tuple[tuple[Token, ...], tuple[Token, ...]]:
    """(outcome, factor) of the effect whose direction words are at ``span``; the outcome is
    ``reach`` content words long at most."""
    start = max((b for b in breaks if b <= span[0]), default=0)
    end = min((b for b in breaks if b >= span[1]), default=len(analysed.text))
    before = _within(analysed.content, start, span[0])
    after = _within(analysed.content, span[1], end)
    if passive:
        return tuple(before[-reach:]), tuple(after[:_FACTOR_WORDS])
    return tuple(after[:reach]), tuple(before[-_FACTOR_WORDS:])


def _certainty(analysed: Analysed, start: int, unknown_from: int, breaks: list[int]) -> Certainty:
    if start > unknown_from or _asked(analysed, start) or _supposed(analysed, start, breaks):
        return Certainty.UNKNOWN
    before = [t for t in analysed.tokens if t.end <= start][-3:]
    # "less likely to fall" is a direction, not a hedge.
    if any(
        t.stem in _HEDGE_STEMS
        and not (t.lower == "likely" and k and before[k - 1].lower in _LIKELIER)
        for k, t in enumerate(before)
    ):
        return Certainty.HEDGED
    return Certainty.STATED


def _supposed(analysed: Analysed, at: int, breaks: list[int]) -> bool:
    """Whether the words at ``at`` are only supposed ("if we halved the dose", "unless the
    rain stops"): a condition, not a finding. The clause is cut at a comma too: "if so, the
    dose lowers ..." states again."""
    start = _clause_opening(analysed, at, breaks)
    return any(t.lower in _CONDITIONS for t in analysed.tokens if start <= t.start < at)


def _clause_opening(analysed: Analysed, at: int, breaks: list[int]) -> int:
    """Where the clause around ``at`` opens: the last break before it, or a comma after that
    break (words from this offset up to ``at`` are in its clause)."""
    clause = max((b for b in breaks if b <= at), default=0)
    return max(clause, analysed.text.rfind(",", clause, at))


def _asked(analysed: Analysed, at: int) -> bool:
    """Whether the sentence around ``at`` is a question ("Can zinc shorten colds?"): it asks,
    it does not state."""
    end = re.compile(r"[.!?](?:\s|$)").search(analysed.text, at)
    return end is not None and analysed.text[end.start()] == "?"


def says_unknown(analysed: Analysed) -> int | None:
    """Where the text says nobody knows ("no clear evidence that", "it is unclear whether"),
    or None."""
    m = _UNKNOWN.search(analysed.text.lower())
    return None if m is None else m.start()
