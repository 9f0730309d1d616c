"""Polarity: one side says a thing happened, the other that it did not.

A negator ("not", "no", "never", "didn't", "failed to", "denied", ...) reverses the words that
follow it up to the end of the clause. The rule fires when words the claim and the evidence
share are negated on one side only: "Pakistan did not agree to extend the ceasefire" against
"Pakistan agreed to extend the ceasefire". "Not only ... but also" is not a negation.
"""

from __future__ import annotations

from ...language.analysis import Analysed, per_text
from ...language.lexicon import NEGATING_VERBS, NEGATORS
from ...language.text import Token
from ...models import ConflictKind
from . import Example, Finding, said_in

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
    Example(
        "They wrote songs together.",
        "Together they wrote hits including I Owe You Nothing and follow-up songs.",
        False,
    ),
    Example("He worked as no 2 under the manager.", "He worked as No 2 under the manager.", False),
    Example(
        'The single "Never Be Like You" featured Kai.',
        "The single featured vocals from Kai.",
        False,
    ),
    Example('He said: "Never again will I sign."', "He will sign again.", True),
    Example(
        "Lack of FGF21 in mice leads to plaque formation.",
        "FGF21 deficiency causes plaque formation in mice.",
        False,
    ),
    Example("Mice lacking FGF21 live longer.", "Mice with FGF21 live longer.", True),
)

_NOT_NEGATING_AFTER = {
    "not": {"only", "just", "least", "merely", "simply", "unlike"},
    "no": {"doubt", "matter", "sooner", "more", "less", "fewer"},
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
        if lower == "no" and nxt[:1].isdigit():
            return False  # "No 2", "no. 1": a rank, not a denial
        return nxt not in _NOT_NEGATING_AFTER.get(lower, ())
    return lower in NEGATING_VERBS or token.stem in NEGATING_VERBS


def _in_title(analysed: Analysed, i: int) -> bool:
    """A capitalised negator inside a sentence is part of a name or title ("I Owe You Nothing",
    "No Place Like Home"), not a denial."""
    tokens = analysed.tokens
    token = tokens[i]
    if not token.surface[:1].isupper() or token.surface.isupper():
        return False
    # A quoted Title Case run is a title too: '"Never Be Like You"'.
    following = tokens[i + 1] if i + 1 < len(tokens) else None
    before = analysed.text[tokens[i - 1].end if i else 0 : token.start]
    if '"' in before and following is not None and following.capitalised:
        return True
    return i > 0 and not any(ch in before for ch in '.!?:;"(')


# A word can only be a negator if it is one of these or ends in "n't" (see _is_negator).
_NEGATOR_WORDS = NEGATORS | NEGATING_VERBS


@per_text
def _negators(analysed: Analysed) -> tuple[int, ...]:
    """Indices of the negators (title words included)."""
    tokens = analysed.tokens
    return tuple(
        i
        for i, token in enumerate(tokens)
        if (
            token.lower in _NEGATOR_WORDS
            or token.stem in NEGATING_VERBS
            or token.lower.endswith("n't")
        )
        and _is_negator(token, tokens[i + 1] if i + 1 < len(tokens) else None)
    )


@per_text
def _scopes(analysed: Analysed) -> tuple[tuple[int, ...], ...]:
    """For each negator, the indices (into ``analysed.tokens``) of the words it governs."""
    tokens = analysed.tokens
    text = analysed.text
    scopes = []
    for i in _negators(analysed):
        if _in_title(analysed, i):
            continue
        scope = []
        for j in range(i + 1, min(len(tokens), i + 1 + _SCOPE)):
            gap = text[tokens[j - 1].end : tokens[j].start]
            if (
                any(ch in gap for ch in ",;:.()")
                or tokens[j].lower in _CLAUSE_BREAK
                or analysed.crosses_break(tokens[j - 1].end, tokens[j].start)
            ):
                break
            scope.append(j)
        scopes.append(tuple(scope))
    return tuple(scopes)


@per_text
def negated_tokens(analysed: Analysed) -> frozenset[int]:
    """Indices of the words inside some negator's scope."""
    return frozenset(j for scope in _scopes(analysed) for j in scope)


@per_text
def _heads(analysed: Analysed) -> tuple[int, ...]:
    """The first two content words each negator governs: what is actually denied.

    "hasn't disciplined Sterling or Ibe" denies "disciplined"; the later words only say whom.
    """
    content = set(analysed.content)
    heads = []
    for scope in _scopes(analysed):
        # Numbers and years count too: "not released in 2002" denies "2002".
        said = [j for j in scope if analysed.tokens[j] in content or analysed.tokens[j].is_number]
        heads.extend(said[:2])
    return tuple(heads)


@per_text
def _negated_stems(analysed: Analysed) -> frozenset[str]:
    return frozenset(analysed.tokens[j].stem for j in negated_tokens(analysed))


def _negated_shared(side: Analysed, other: Analysed) -> list[int]:
    """Denied words of ``side`` that ``other`` also says, without denying them."""
    other_negated_stems = _negated_stems(other)
    return [
        i
        for i in _heads(side)
        if other.has_word(side.tokens[i]) and side.tokens[i].stem not in other_negated_stems
    ]


# Words that say a thing is missing: "mice lacking FGF21" is "FGF21-deficient mice", not a denial.
_ABSENCE = ("lack", "absen", "without", "deficien", "knockout", "null", "loss", "deplet", "devoid")


@per_text
def _absence_only(analysed: Analysed) -> bool:
    """Every negator here says a thing is missing ("lacking X", "in the absence of X")."""
    negators = _negators(analysed)
    return bool(negators) and all(analysed.tokens[i].lower.startswith(_ABSENCE) for i in negators)


@per_text
def _says_absence(analysed: Analysed) -> bool:
    return any(t.lower.startswith(_ABSENCE) for t in analysed.tokens)


def find(claim: Analysed, evidence: Analysed) -> list[Finding]:
    # One side lacks X, the other is X-deficient: the same state in other words.
    if (_absence_only(claim) and _says_absence(evidence)) or (
        _absence_only(evidence) and _says_absence(claim)
    ):
        return []
    claim_hits = _negated_shared(claim, evidence)
    if claim_hits:
        start = _negator_start(claim, claim_hits[0])
        end = claim.tokens[claim_hits[-1]].end
        denied = [claim.tokens[i] for i in claim_hits]
        said = [t.surface for t in evidence.content if any(said_in(d, [t]) for d in denied)]
        return [
            Finding(
                ConflictKind.NEGATION,
                (start, end),
                claim.text[start:end],
                " ".join(dict.fromkeys(said)) or " ".join(t.surface for t in denied),
            )
        ]
    evidence_hits = _negated_shared(evidence, claim)
    denied = [evidence.tokens[i] for i in evidence_hits]
    claim_words = [t for t in claim.content if said_in(t, denied)]
    if not claim_words:
        return []
    start = _negator_start(evidence, evidence_hits[0])
    end = evidence.tokens[evidence_hits[-1]].end
    span = (claim_words[0].start, claim_words[0].end)
    return [
        Finding(
            ConflictKind.NEGATION, span, claim.text[span[0] : span[1]], evidence.text[start:end]
        )
    ]


def _negator_start(analysed: Analysed, first_hit: int) -> int:
    """Start offset of the negator governing token ``first_hit``."""
    for j in range(first_hit - 1, max(-1, first_hit - _SCOPE - 1), -1):
        following = analysed.tokens[j + 1] if j + 1 < len(analysed.tokens) else None
        if _is_negator(analysed.tokens[j], following):
            return analysed.tokens[j].start
    return analysed.tokens[first_hit].start


def is_negated(analysed: Analysed, token_index: int) -> bool:
    return token_index in negated_tokens(analysed)
