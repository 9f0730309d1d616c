"""Antonyms: the evidence uses the opposite word in the claim's slot ("continue" vs "end").

The pairs are general English (continue/end, agree/reject, remain/withdraw, increase/decrease,
...). A negated antonym agrees with the claim ("did not end" = "continued"), so negation on
exactly one side cancels the conflict.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...language.analysis import Analysed, per_text
from ...language.lexicon import LOOKALIKE_PREFIXED
from ...language.negation import is_negated
from ...language.text import ANTONYMS, NEGATIVE_PREFIXES, Token, stem
from ...models import ConflictKind
from ..findings import Example, Finding, Rule

EXAMPLES = (
    Example(
        "Pakistan and Afghanistan agreed to end the ceasefire.",
        "Pakistan and Afghanistan agreed to continue the ceasefire.",
        True,
    ),
    Example("Unemployment increased in 2020.", "Unemployment decreased in 2020.", True),
    Example(
        "The mediators were unhappy with both parties.",
        "The mediators were happy with both parties.",
        True,
    ),
    Example(
        "The troops will remain in the region.", "The troops will withdraw from the region.", True
    ),
    Example("The talks did not end.", "The talks continued.", False),
    Example("The plan was not legal.", "The plan was illegal.", False),
    Example("He is an inactive campaigner.", "He is an active campaigner for the cause.", True),
    Example("The first single was unofficial.", "The first official single was Summertime.", True),
    Example("HbA1c overestimates glycemia.", "HbA1c may underestimate past glycemia.", True),
    Example("PDPN deactivates the receptor.", "PDPN acts by activating the receptor.", True),
    Example("The gene activates the receptor.", "The gene activates the receptor.", False),
    Example(
        "Vitamin C supports the immune system.",
        "Vitamin C strengthens the immune system against infections.",
        False,
    ),
    Example(
        "Sales increased in 2020.", "Sales increased in 2020 after costs decreased in 2019.", False
    ),
    Example(
        "The parties agreed to continue talks.", "The parties agreed to continue talks.", False
    ),
    Example(
        "The museum will play the recordings.", "The museum will display the recordings.", False
    ),
    Example("He voted for the party all his life.", "He devoted his life to the party.", False),
    Example("He discovered the painting in 1990.", "He covered the painting in 1990.", False),
)


_PREFIXES = NEGATIVE_PREFIXES
_LOOKALIKE_STEMS = frozenset(stem(w) for w in LOOKALIKE_PREFIXED)


def _prefixed_opposites(word: str) -> set[str]:
    """Words that are ``word`` with a negative prefix added or removed ("happy"/"unhappy")."""
    if not word.isalpha():
        return set()
    forms = {p + word for p in _PREFIXES} | {p + "-" + word for p in _PREFIXES}
    for p in _PREFIXES:
        if word.startswith(p) and len(word) - len(p) >= 4:
            forms.add(word[len(p) :].lstrip("-"))
    if len(word) < 4:
        return set()
    return {f for f in forms if stem(f) not in _LOOKALIKE_STEMS}


def _reversed_stems(word: str) -> set[str]:
    """Stems of ``word`` with a reversing prefix swapped, added or removed: "overestimate" /
    "underestimate", "deactivate" / "activate" (the rest long enough to be a word of its own)."""
    if not word.isalpha():
        return set()
    forms = set()
    for a, b in (("over", "under"), ("under", "over")):
        if word.startswith(a) and len(word) - len(a) >= 5:
            forms.add(b + word[len(a) :])
    if word.startswith("de") and len(word) >= 7:
        forms.add(word[2:])
    elif len(word) >= 5:
        forms.add("de" + word)
    return {stem(f) for f in forms} - _LOOKALIKE_STEMS


@dataclass(frozen=True)
class _Word:
    """A word of the claim and the forms that would be its opposite."""

    index: int
    token: Token
    antonyms: frozenset[str]
    reversed: frozenset[str]
    prefixed: frozenset[str]


@per_text
def _words(claim: Analysed) -> tuple[_Word, ...]:
    words = []
    for i, token in enumerate(claim.tokens):
        if token.is_stop:
            continue
        # A word that only looks prefixed ("display") has no prefixed or reversed opposite.
        lookalike = token.stem in _LOOKALIKE_STEMS
        words.append(
            _Word(
                i,
                token,
                ANTONYMS.get(token.stem, frozenset()),
                frozenset() if lookalike else frozenset(_reversed_stems(token.lower)),
                frozenset() if lookalike else frozenset(_prefixed_opposites(token.lower)),
            )
        )
    return tuple(words)


def find(claim: Analysed, evidence: Analysed) -> list[Finding]:
    findings = []
    stems, lowers = evidence.stems, evidence.lowers
    for word in _words(claim):
        i, token = word.index, word.token
        prefixed = word.prefixed & lowers
        # The opposites the evidence says (antonyms, or reversed forms), else nothing to compare.
        if not (word.antonyms & stems or word.reversed & stems or prefixed):
            continue
        if evidence.has_word(token):
            continue
        opposites = word.antonyms | (word.reversed & stems)
        for j, other in enumerate(evidence.tokens):
            if other.stem not in opposites and other.lower not in prefixed:
                continue
            if claim.has_word(other):
                continue
            if is_negated(claim, i) != is_negated(evidence, j):
                continue
            findings.append(
                Finding(
                    ConflictKind.ANTONYM, (token.start, token.end), token.surface, other.surface
                )
            )
            break
    return findings


RULE = Rule("antonyms", ConflictKind.ANTONYM, find, EXAMPLES, order=4)
