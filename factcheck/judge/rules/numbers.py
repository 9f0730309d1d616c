"""Numbers: a different quantity of the same thing ("13,000 members" vs "30,000 members").

Values are parsed before comparing, so "two-and-a-half years" equals "2.5 years" and "1.2 million"
equals "1,200,000". Two numbers are compared only when they count the same unit (the noun that
follows), or are both ordinals of it ("second round" vs "third round").
"""

from __future__ import annotations

import re

from ...language.analysis import Analysed
from ...language.quantities import NumberMention
from ...models import ConflictKind
from ..findings import Example, Finding, Rule
from ..slots import anchored

_SUPERLATIVE = re.compile(r"(?:est|most)$")

EXAMPLES = (
    Example("The gang had 13,000 members in 2008.", "The gang had 30,000 members in 2008.", True),
    Example("She was jailed for three years.", "She was jailed for two-and-a-half years.", True),
    Example("Prices rose 30 percent.", "Prices rose 25%.", True),
    Example("It was the third round of talks.", "It was the second round of talks.", True),
    Example("She was jailed for 2.5 years.", "She was jailed for two-and-a-half years.", False),
    Example("The city has 1.2 million people.", "The city has 1,200,000 people.", False),
    Example("Five people were hurt.", "The storm hit 30 towns; five people were hurt.", False),
    Example("Five people were hurt.", "The storm hit 30 towns.", False),
    Example(
        "Libya is the largest country in Africa.",
        "Libya is the fourth largest country in Africa.",
        True,
    ),
    Example(
        "Libya is the fourth largest country in Africa.",
        "Libya is the fourth largest country in Africa.",
        False,
    ),
    Example(
        "He died at the age of 74.", "He died last week at the age of 66 after an illness.", True
    ),
    Example("He scored 3 goals in 2 games.", "He scored 3 goals and was booked 5 times.", False),
    Example("Of the 40 patients, 12 patients died.", "All 40 patients were treated.", False),
    Example("He scored 12 goals in 30 games.", "He scored 30 goals in 30 games.", True),
)


def _same_word_before(
    claim: Analysed, number: NumberMention, evidence: Analysed, other: NumberMention
) -> bool:
    before_claim = [t for t in claim.content if t.end <= number.start][-1:]
    before_evidence = [t for t in evidence.content if t.end <= other.start][-1:]
    return bool(
        before_claim and before_evidence and before_claim[0].stem == before_evidence[0].stem
    )


def _superlative_rank(claim: Analysed, evidence: Analysed) -> list[Finding]:
    """ "the largest" in the claim, "the fourth largest" in the evidence: rank 1 against 4."""
    findings = []
    for other in evidence.numbers:
        if (
            not other.ordinal
            or other.low == 1
            or not other.unit
            or not _SUPERLATIVE.search(other.unit)
        ):
            continue
        for token in claim.tokens:
            if token.stem != other.unit:
                continue
            ranked = any(
                n.ordinal and n.end <= token.start and token.start - n.end <= 2
                for n in claim.numbers
            )
            if not ranked and claim.text[: token.start].rstrip().lower().endswith(("the", "most")):
                findings.append(
                    Finding(
                        ConflictKind.NUMBER,
                        (token.start, token.end),
                        f"the {token.surface}",
                        other.text + " " + token.surface,
                    )
                )
    return findings


def find(claim: Analysed, evidence: Analysed) -> list[Finding]:
    findings = _superlative_rank(claim, evidence)
    for number in claim.numbers:
        if any(number.stated_by(other) for other in evidence.numbers):
            continue
        rivals = [
            other
            for other in evidence.numbers
            # A number that states another of the claim's is accounted for.
            if not any(
                mine.stated_by(other) and mine.unit == other.unit
                for mine in claim.numbers
                if mine is not number
            )
            and other.ordinal == number.ordinal
            # Same unit; or, where one side names none, the same word just before both
            # ("at the age of 74." / "at the age of 66 after ...").
            and (
                (number.unit is not None and other.unit == number.unit)
                or (
                    (number.unit is None or other.unit is None)
                    and _same_word_before(claim, number, evidence, other)
                )
            )
            and anchored(claim, (number.start, number.end), evidence, (other.start, other.end))
        ]
        if rivals:
            findings.append(
                Finding(
                    ConflictKind.NUMBER, (number.start, number.end), number.text, rivals[0].text
                )
            )
    return findings


RULE = Rule("numbers", ConflictKind.NUMBER, find, EXAMPLES, order=2)
