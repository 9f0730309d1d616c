"""Tallies: one vote or score against another ("6-3" / "5-4"), or a unanimous vote against a
split one ("unanimously" / "by seven votes to two", "all nine members" / "5 to 4").

The two tallies must stand in the same slot (a word next to one is next to the other: "voted",
"approved", "final"), so the score of another match in the sentence is not compared.
"""

from __future__ import annotations

from ...language.analysis import Analysed
from ...language.tallies import find_tallies
from ...models import ConflictKind
from ..findings import Example, Finding, Rule
from ..slots import anchored

EXAMPLES = (
    Example(
        "The parish council voted 6-3 to sell the field.",
        "The parish council voted 5-4 to sell the field.",
        True,
    ),
    Example(
        "The parish council voted unanimously to sell the field.",
        "The parish council voted 6-3 to sell the field.",
        True,
    ),
    Example(
        "The guild passed the rule by seven votes to two.",
        "All nine members of the guild passed the rule.",
        True,
    ),
    Example(
        "The Lowfield side won the cup final 4-2.", "The Lowfield side won the cup final 3-2.", True
    ),
    Example(
        "The guild passed the rule by seven votes to two.", "The guild passed the rule 7-2.", False
    ),
    Example(
        "The parish council voted unanimously to sell the field.",
        "The parish council voted 9-0 to sell the field.",
        False,
    ),
    Example(
        "The Lowfield side won the cup final 4-2.",
        "The Lowfield side won the cup final 4-2 after a 1-1 draw in the first leg.",
        False,
    ),
    Example("The road is open 9-5 on weekdays.", "The road is open 8-6 on weekdays.", False),
)


def find(claim: Analysed, evidence: Analysed) -> list[Finding]:
    theirs = find_tallies(evidence)
    if not theirs:
        return []
    findings = []
    for tally in find_tallies(claim):
        if any(not tally.differs(other) for other in theirs):
            continue  # the evidence states this tally
        for other in theirs:
            if tally.differs(other) and anchored(
                claim, (tally.start, tally.end), evidence, (other.start, other.end), 4
            ):
                findings.append(
                    Finding(ConflictKind.TALLY, (tally.start, tally.end), tally.text, other.text)
                )
                break
    return findings


RULE = Rule("tallies", ConflictKind.TALLY, find, EXAMPLES, order=0)
