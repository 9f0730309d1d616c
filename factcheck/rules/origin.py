"""Origin: the claim gives its subject one nationality, the evidence another.

"Yara Shahidi is Chinese" against "Yara Shahidi is an American actress": nationalities form a
closed set, so one the evidence does not say, where it says another, is a conflict. Several
nationalities on one side ("an American-born British actor") only conflict when none of the
claim's is said.
"""

from __future__ import annotations

from ..analysis import Analysed
from ..lexicon import NATIONALITIES
from ..models import ConflictKind
from ..text import Token
from . import Example, Finding

EXAMPLES = (
    Example("Yara Shahidi is Chinese.", "Yara Shahidi is an American actress and model.", True),
    Example(
        "The Big Country is a British film.",
        "The Big Country is a 1958 American epic Western film.",
        True,
    ),
    Example("He is a British actor.", "He is an American-born British actor.", False),
    Example("She is an actress.", "She is an American actress.", False),
    Example("He is an American actor.", "He is an American actor born to Italian parents.", False),
    Example(
        "The Indian National Congress was founded in Bombay.",
        "It was founded in Bombay in 1885, during the British Raj in India.",
        False,
    ),
)


def _origins(analysed: Analysed) -> list[Token]:
    """Nationality words, except inside the name of one thing ("the Indian National Congress",
    "the French Revolution"; but "a British Conservative politician" is British)."""
    tokens = analysed.tokens

    def in_name(i: int) -> bool:
        named = i + 1 < len(tokens) and tokens[i + 1].capitalised and not tokens[i + 1].is_stop
        return named and (i == 0 or tokens[i - 1].lower == "the")

    return [t for i, t in enumerate(tokens) if t.lower in NATIONALITIES and not in_name(i)]


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
