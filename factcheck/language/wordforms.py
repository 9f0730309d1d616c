"""Other forms of one word: a comparative ("higher" / "high"), a derived noun or adjective
("safety" / "safe", "growth" / "grow", "healthy" / "health"), or a compound written as one
word or as two ("email" / "e-mail", "healthcare" / "health care").

The stem alone does not join these: the English stemmer keeps derivations apart. A sentence
that says "the risk is higher" says what a claim's "high risk" asks for, as far as what the
claim is about goes; how much it says is for the coverage to weigh.
"""

from __future__ import annotations

from .analysis import Analysed, per_text
from .lexicon import DERIVING_SUFFIXES
from .text import Token

_SHORTEST_ROOT = 4
"""Letters a word must keep without its ending: a shorter root ("ic" of "icy") is too often
another word's start by chance."""


def roots(stem: str) -> set[str]:
    """The words ``stem`` may derive from by one ending ("healthi" -> "health")."""
    found = set()
    for suffix in DERIVING_SUFFIXES:
        root = stem[: -len(suffix)]
        if not stem.endswith(suffix) or len(root) < _SHORTEST_ROOT:
            continue
        found.add(root)
        # "hotter" / "hot", "bigger" / "big": a doubled last consonant.
        if suffix in ("er", "est") and root[-1] == root[-2] and root[-1] not in "aeiou":
            found.add(root[:-1])
    return found


@per_text
def _forms(evidence: Analysed) -> tuple[frozenset[str], frozenset[str]]:
    """The text's stems, and the roots of its stems."""
    stems = {t.stem for t in evidence.tokens}
    rooted = {root for s in stems for root in roots(s)}
    return frozenset(stems), frozenset(rooted)


@per_text
def _joined(evidence: Analysed) -> frozenset[str]:
    """Each two neighbouring words of the text run together ("health care" -> "healthcare",
    "e-mail" -> "email")."""
    tokens = evidence.tokens
    pairs = {
        tokens[i - 1].lower + tokens[i].lower
        for i in range(1, len(tokens))
        if evidence.gap_before(i) in (" ", "-")
    }
    return frozenset(pairs)


def said_in_another_form(token: Token, evidence: Analysed) -> bool:
    """Whether ``evidence`` says the word ``token`` (of another text) in another form of it."""
    stems, rooted = _forms(evidence)
    return token.stem in rooted or any(root in stems for root in roots(token.stem))


def written_as_one(side: Analysed, i: int, other: Analysed) -> bool:
    """Whether ``other`` writes word ``i`` of ``side`` and the word after it as one ("e-mail"
    as "email", "pro-union" as "prounion")."""
    tokens = side.tokens
    return (
        i + 1 < len(tokens)
        and side.gap_before(i + 1) in (" ", "-")
        and tokens[i].lower + tokens[i + 1].lower in other.lowers
    )


def joined_spans(claim: Analysed, evidence: Analysed) -> set[tuple[int, int]]:
    """Spans of claim words that the evidence writes as one compound with their neighbour
    ("e-mail" said as "email", "health care" as "healthcare"), and of compounds of the claim
    that the evidence writes as two words."""
    joined = _joined(evidence)
    spans: set[tuple[int, int]] = set()
    tokens = claim.tokens
    for i in range(1, len(tokens)):
        a, b = tokens[i - 1], tokens[i]
        if written_as_one(claim, i - 1, evidence):
            spans.update({(a.start, a.end), (b.start, b.end)})
    spans.update((t.start, t.end) for t in tokens if len(t.lower) >= 6 and t.lower in joined)
    return spans
