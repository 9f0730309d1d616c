"""Polarity: one side says a thing happened, the other that it did not.

A negator ("not", "no", "never", "didn't", "failed to", "denied", ...) reverses the words that
follow it up to the end of the clause. The rule fires when words the claim and the evidence
share are negated on one side only: "Pakistan did not agree to extend the ceasefire" against
"Pakistan agreed to extend the ceasefire". "Not only ... but also" is not a negation.
"""

from __future__ import annotations

from ...language.analysis import Analysed
from ...language.negation import absence_only, negated_shared, negator_start, says_absence
from ...models import ConflictKind
from ..findings import Example, Finding, Rule
from ..slots import said_in

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


def find(claim: Analysed, evidence: Analysed) -> list[Finding]:
    # One side lacks X, the other is X-deficient: the same state in other words.
    if (absence_only(claim) and says_absence(evidence)) or (
        absence_only(evidence) and says_absence(claim)
    ):
        return []
    claim_hits = negated_shared(claim, evidence)
    if claim_hits:
        start = negator_start(claim, claim_hits[0])
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
    evidence_hits = negated_shared(evidence, claim)
    denied = [evidence.tokens[i] for i in evidence_hits]
    claim_words = [t for t in claim.content if said_in(t, denied)]
    if not claim_words:
        return []
    start = negator_start(evidence, evidence_hits[0])
    end = evidence.tokens[evidence_hits[-1]].end
    span = (claim_words[0].start, claim_words[0].end)
    return [
        Finding(
            ConflictKind.NEGATION, span, claim.text[span[0] : span[1]], evidence.text[start:end]
        )
    ]


RULE = Rule("negation", ConflictKind.NEGATION, find, EXAMPLES, order=3)
