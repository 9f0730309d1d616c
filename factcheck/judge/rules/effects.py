"""Findings: the direction of an effect in scientific and health prose.

Claim and evidence are read as (factor, direction, outcome, certainty) (see
``factcheck.language.effects``). Two effects on the same outcome that cannot both hold conflict:
"walking reduces the risk of falls" / "walking increases the risk of falls", "the diet lowered
blood pressure" / "the diet had no effect on blood pressure". A sentence that says nobody knows
("no clear evidence that zinc shortens colds") neither supports nor contradicts a claim that
it does: the ``unsettled`` rule takes such a sentence out of the verdict.
"""

from __future__ import annotations

from ...language.analysis import Analysed
from ...language.effects import Certainty, read_effects
from ...models import ConflictKind
from ..findings import Example, Finding, Rule
from ..slots import said_in

EXAMPLES = (
    Example(
        "Daily stretching reduces the risk of back pain.",
        "Daily stretching increases the risk of back pain.",
        True,
    ),
    Example(
        "The salt-free diet lowered blood sugar in the trial.",
        "The salt-free diet had no effect on blood sugar in the trial.",
        True,
    ),
    Example(
        "Oat bran may lower cholesterol in adults.",
        "Oat bran raises cholesterol in adults.",
        True,
    ),
    Example("Oat bran lowers cholesterol.", "Oat bran may lower cholesterol.", False),
    Example("Cold baths relieve muscle pain.", "Cold baths reduce muscle pain.", False),
    Example(
        "Oat bran lowers cholesterol.",
        "Oat bran lowers cholesterol but raises blood sugar in some adults.",
        False,
    ),
)


def find(claim: Analysed, evidence: Analysed) -> list[Finding]:
    findings = []
    theirs = [e for e in read_effects(evidence) if e.certainty is not Certainty.UNKNOWN]
    for effect in read_effects(claim):
        if effect.certainty is Certainty.UNKNOWN or not effect.outcome:
            continue
        for other in theirs:
            if effect.opposes(other) and any(
                said_in(t, list(other.outcome)) for t in effect.outcome
            ):
                findings.append(
                    Finding(
                        ConflictKind.FINDING,
                        effect.span,
                        claim.text[effect.span[0] : effect.span[1]],
                        evidence.text[other.span[0] : other.span[1]],
                    )
                )
                break
    return findings


RULE = Rule("effects", ConflictKind.FINDING, find, EXAMPLES, order=3)
