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
from ...language.effects import Certainty, Effect, names_direction, read_effects
from ...language.lexicon import EFFECT_MEASURES
from ...language.text import Token
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
    Example(
        "Ginger chews relieve travel sickness in children.",
        "In the ferry study, ginger chews did not relieve travel sickness in children.",
        True,
    ),
    Example(
        "Loud music affects the growth of tomato plants.",
        "The growers saw no link between loud music and the growth of tomato plants.",
        True,
    ),
    Example("Oat bran lowers cholesterol.", "Oat bran may lower cholesterol.", False),
    # "promoters" names a thing; it states no effect.
    Example(
        "Daily light exercise reduces bone loss in older adults.",
        "In older adults, daily light exercise switches on promoters of bone loss.",
        False,
    ),
    # "raised" says which levels, not what they do: "lead to" gives the effect.
    Example(
        "Lower nitrate levels reduce root growth in barley.",
        "In dry soils, raised nitrate levels lead to root growth in barley.",
        False,
    ),
    Example(
        "Oat bran lowers the risk of gallstones.",
        "Oat bran raised the risk of kidney stones in the trial.",
        False,
    ),
    Example(
        "Oat bran lowers the risk of gallstones.",
        "Red meat raised the risk of gallstones in the trial.",
        False,
    ),
    Example("Does oat bran raise cholesterol?", "Oat bran lowers cholesterol.", False),
    Example("Oat bran lowers cholesterol.", "Oat bran did not raise cholesterol.", False),
    Example("Cold baths relieve muscle pain.", "Cold baths reduce muscle pain.", False),
    Example(
        "Oat bran lowers cholesterol.",
        "Oat bran lowers cholesterol but raises blood sugar in some adults.",
        False,
    ),
)


def _modifier(analysed: Analysed, word: Token) -> Token | None:
    """The word just before ``word`` that says which kind ("chest" in "chest infections"),
    if any."""
    i = analysed.tokens.index(word)
    before = analysed.tokens[i - 1] if i else None
    if before is None or before not in analysed.content or names_direction(before):
        return None
    return before


def _other_kind(claim: Analysed, ours: Token, evidence: Analysed, theirs: Token) -> bool:
    """Whether two mentions of an outcome word name different kinds of it: each side puts a
    word before it the other does not say ("chest infections" / "ear infections")."""
    a, b = _modifier(claim, ours), _modifier(evidence, theirs)
    return a is not None and b is not None and not evidence.has_word(a) and not claim.has_word(b)


def _about_the_same(claim: Analysed, ours: Effect, evidence: Analysed, theirs: Effect) -> bool:
    """Whether two effects are of one factor on one outcome: a specific word of the claim's
    outcome is in the other's ("the risk of gout" / "the risk of gout attacks", not "the risk
    of falls", nor "the risk of ear infections" for "the risk of chest infections"), and a
    word of the claim's factor is said with it, so that an effect of some other factor on the
    same outcome is not compared."""
    specific = [t for t in ours.outcome if t.lower not in EFFECT_MEASURES]
    # "There is no higher risk of gout with the new drug": what has the effect follows it.
    factor = ours.factor or tuple(specific[1:])
    return any(
        said_in(t, [o]) and not _other_kind(claim, t, evidence, o)
        for t in specific
        for o in theirs.outcome
    ) and any(said_in(t, [*theirs.factor, *theirs.outcome]) for t in factor)


def find(claim: Analysed, evidence: Analysed) -> list[Finding]:
    findings = []
    theirs = [e for e in read_effects(evidence) if e.certainty is not Certainty.UNKNOWN]
    for effect in read_effects(claim):
        if effect.certainty is Certainty.UNKNOWN or not effect.outcome:
            continue
        same = [other for other in theirs if _about_the_same(claim, effect, evidence, other)]
        if any(effect.agrees(other) for other in same):
            continue  # the evidence also says it, whatever else it says
        other = next((o for o in same if effect.opposes(o)), None)
        if other is not None:
            findings.append(
                Finding(
                    ConflictKind.FINDING,
                    effect.span,
                    claim.text[effect.span[0] : effect.span[1]],
                    evidence.text[other.span[0] : other.span[1]],
                )
            )
    return findings


RULE = Rule("effects", ConflictKind.FINDING, find, EXAMPLES, order=3)
