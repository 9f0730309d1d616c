"""Origin: the claim gives its subject one nationality, the evidence another.

"Maria Keller is Chinese" against "Maria Keller is an American actress": nationalities form a
closed set, so one the evidence does not say, where it says another, is a conflict. Several
nationalities on one side ("an American-born British actor") only conflict when none of the
claim's is said.
"""

from __future__ import annotations

from ...language.analysis import Analysed, per_text
from ...language.lexicon import NATIONALITIES
from ...language.text import Token
from ...models import ConflictKind
from ..findings import Example, Finding, Rule

EXAMPLES = (
    Example("Maria Keller is Chinese.", "Maria Keller is a Peruvian glass artist.", True),
    Example(
        "The Long Road is a British film.",
        "The Long Road is a 1974 Danish rowing documentary.",
        True,
    ),
    Example("He is a British actor.", "He is an American-born British actor.", False),
    Example("She is an actress.", "She is an American actress.", False),
    Example("He is an American actor.", "He is an American actor born to Italian parents.", False),
    Example(
        "The Danish Rowing Union was founded in Vellport.",
        "It was founded in Vellport in 1951, by rowers trained in British clubs.",
        False,
    ),
)


@per_text
def _origins(analysed: Analysed) -> tuple[Token, ...]:
    """Nationality words, except inside the name of one thing ("the Danish Rowing Union",
    "the Spanish Civil War"; but "a British Conservative politician" is British)."""
    tokens = analysed.tokens

    def in_name(i: int) -> bool:
        named = i + 1 < len(tokens) and tokens[i + 1].capitalised and not tokens[i + 1].is_stop
        return named and (i == 0 or tokens[i - 1].lower == "the")

    return tuple(t for i, t in enumerate(tokens) if t.lower in NATIONALITIES and not in_name(i))


def find(claim: Analysed, evidence: Analysed) -> list[Finding]:
    ours = _origins(claim)
    if not ours or any(t.lower in evidence.lowers for t in ours):
        return []
    theirs = [t for t in _origins(evidence) if t.lower not in claim.lowers]
    if not theirs:
        return []
    first = ours[0]
    return [
        Finding(ConflictKind.ENTITY, (first.start, first.end), first.surface, theirs[0].surface)
    ]


RULE = Rule("origin", ConflictKind.ENTITY, find, EXAMPLES, order=6)
