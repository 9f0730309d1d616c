"""Polarity: one side says a thing happened, the other that it did not.

A negator ("not", "no", "never", "didn't", "failed to", "denied", ...) reverses the words that
follow it up to the end of the clause. The rule fires when words the claim and the evidence
share are negated on one side only: "Pakistan did not agree to extend the ceasefire" against
"Pakistan agreed to extend the ceasefire". "Not only ... but also" is not a negation.
"""

from __future__ import annotations

from functools import lru_cache

from ..analysis import Analysed
from ..lexicon import NEGATING_VERBS, NEGATORS
from ..models import ConflictKind
from ..text import Token
from . import Example, Finding

EXAMPLES = (
    Example(
        "The two sides did not agree to extend the ceasefire.",
        "The two sides agreed to extend the ceasefire.",
        True,
    ),
    Example(
        "The Taliban made a clear commitment to curb extremist groups.",
        "No clear commitment was made by the Taliban to curb extremist groups.",
        True,
    ),
    Example("The minister attended the talks.", "The minister never attended the talks.", True),
    Example("The company failed to pay its debts.", "The company paid its debts on time.", True),
    Example(
        "They agreed to the continuation of the ceasefire.",
        "They not only agreed to the continuation of the ceasefire but also to talks.",
        False,
    ),
    Example(
        "Both sides agreed on a ceasefire.",
        "Both sides agreed on a ceasefire, but no commitment was made on security.",
        False,
    ),
    Example("The plan was not approved.", "The plan was not approved by parliament.", False),
)

_NOT_NEGATING_AFTER = {
    "not": {"only", "just", "least", "merely", "simply", "unlike"},
    "no": {"doubt", "matter", "sooner"},
}
_CLAUSE_BREAK = frozenset(
    {
        "but",
        "however",
        "although",
        "though",
        "while",
        "whereas",
        "yet",
        "which",
        "who",
        "whom",
        "because",
        "since",
    }
)
_SCOPE = 6


def _is_negator(token: Token, following: Token | None) -> bool:
    lower = token.lower
    if lower.endswith("n't") or lower in NEGATORS:
        nxt = following.lower if following else ""
        return nxt not in _NOT_NEGATING_AFTER.get(lower, ())
    return lower in NEGATING_VERBS or token.stem in NEGATING_VERBS


@lru_cache(maxsize=50_000)
def negated_tokens(analysed: Analysed) -> frozenset[int]:
    """Indices (into ``analysed.tokens``) of the words inside some negator's scope."""
    tokens = analysed.tokens
    text = analysed.text
    negated: set[int] = set()
    for i, token in enumerate(tokens):
        following = tokens[i + 1] if i + 1 < len(tokens) else None
        if not _is_negator(token, following):
            continue
        for j in range(i + 1, min(len(tokens), i + 1 + _SCOPE)):
            gap = text[tokens[j - 1].end : tokens[j].start]
            if any(ch in gap for ch in ",;:.()") or tokens[j].lower in _CLAUSE_BREAK:
                break
            negated.add(j)
    return frozenset(negated)


def _content_indices(analysed: Analysed) -> list[int]:
    content = set(analysed.content)
    return [i for i, t in enumerate(analysed.tokens) if t in content]


def _negated_shared(side: Analysed, other: Analysed) -> list[int]:
    """Content words negated in ``side`` that ``other`` also says, without negating them."""
    negated = negated_tokens(side)
    other_negated_stems = {other.tokens[j].stem for j in negated_tokens(other)}
    hits = []
    for i in _content_indices(side):
        token = side.tokens[i]
        if i in negated and other.has_word(token) and token.stem not in other_negated_stems:
            hits.append(i)
    return hits


def find(claim: Analysed, evidence: Analysed) -> list[Finding]:
    claim_hits = _negated_shared(claim, evidence)
    evidence_hits = _negated_shared(evidence, claim)
    findings = []
    if claim_hits:
        _a, b = claim.tokens[claim_hits[0]], claim.tokens[claim_hits[-1]]
        start = _negator_start(claim, claim_hits[0])
        findings.append(
            Finding(
                ConflictKind.NEGATION,
                (start, b.end),
                claim.text[start : b.end],
                " ".join(evidence_word(evidence, claim.tokens[i]) for i in claim_hits),
            )
        )
    elif evidence_hits:
        start = _negator_start(evidence, evidence_hits[0])
        end = evidence.tokens[evidence_hits[-1]].end
        claim_words = [
            t
            for t in claim.content
            if any(evidence.tokens[i].stem == t.stem for i in evidence_hits)
        ]
        span = (claim_words[0].start, claim_words[-1].end) if claim_words else (0, 0)
        findings.append(
            Finding(
                ConflictKind.NEGATION,
                span,
                claim.text[span[0] : span[1]] if claim_words else "(affirmative)",
                evidence.text[start:end],
            )
        )
    return findings


def _negator_start(analysed: Analysed, first_hit: int) -> int:
    """Start offset of the negator governing token ``first_hit``."""
    for j in range(first_hit - 1, max(-1, first_hit - _SCOPE - 1), -1):
        following = analysed.tokens[j + 1] if j + 1 < len(analysed.tokens) else None
        if _is_negator(analysed.tokens[j], following):
            return analysed.tokens[j].start
    return analysed.tokens[first_hit].start


def evidence_word(evidence: Analysed, token: Token) -> str:
    for t in evidence.tokens:
        if t.stem == token.stem:
            return t.surface
    return token.surface


def is_negated(analysed: Analysed, token_index: int) -> bool:
    return token_index in negated_tokens(analysed)
