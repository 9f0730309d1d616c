"""Tallies: one vote or score against another ("6-3" / "5-4"), or a unanimous vote against a
split one ("unanimously" / "by seven votes to two", "all nine members" / "5 to 4", "Ada Wren
voted against").

The two tallies must count one vote or match: a word next to one is next to the other ("voted",
"approved", "final"), or the evidence's clause says most of the claim's about the same subject. So
the score of another match in the sentence, or the vote on another motion, is not compared.
"""

from __future__ import annotations

from ...language.analysis import Analysed
from ...language.quantities import DateMention
from ...language.tallies import Tally, find_tallies, voter_group
from ...models import ConflictKind
from ..findings import Example, Finding, Rule
from ..slots import (
    SAME_EVENT_UNGOVERNED,
    anchored,
    local_coverage,
    subject_stated,
    subject_words,
)

EXAMPLES = (
    # "Goalless" is a 0-0.
    Example(
        "The Oswy derby ended in a 0-0 draw.", "The Oswy derby ended goalless in the rain.", False
    ),
    Example(
        "The Oswy derby ended in a 1-1 draw.", "The Oswy derby ended goalless in the rain.", True
    ),
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
    # Each member on one side: a unanimous vote, unless a group within the body.
    Example(
        "Every guild trustee at the meeting backed the rule.",
        "The guild trustees passed the rule by seven votes to two.",
        True,
    ),
    Example(
        "Every Radical trustee of the guild backed the rule.",
        "The guild trustees passed the rule by seven votes to two.",
        False,
    ),
    Example(
        "The Lowfield side won the cup final 4-2.", "The Lowfield side won the cup final 3-2.", True
    ),
    # One voter against is a split vote, of any count.
    Example(
        "The guild trustees backed the new rule unanimously.",
        "Trustee Ada Wren voted against the new rule.",
        True,
    ),
    Example(
        "The guild trustees passed the rule 8-3; Ada Wren was among the three against.",
        "The guild trustees passed the rule by six votes to three.",
        True,
    ),
    Example(
        "The guild trustees passed the rule 8-3; Ada Wren was among the three against.",
        "Trustee Ada Wren voted against the rule.",
        False,
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
    Example(
        "The harbour levy scraped through by seven votes to five.",
        "A motion to bring in the harbour levy was carried by eleven votes to one.",
        True,
    ),
    Example(
        "The harbour levy scraped through by seven votes to five.",
        "A motion on the ferry timetable was carried by eleven votes to one.",
        False,
    ),
    Example(
        "Brackley's parish council adopted the mooring fee by a clear 6-1 margin in March 2021.",
        "The fee went through the parish council in a 4-3 vote in March 2021.",
        True,
    ),
    Example(
        "Brackley's parish council adopted the mooring fee by a clear 6-1 margin in March 2021.",
        "The fee went through the parish council in a 4-3 vote in June 2023.",
        False,
    ),
)


def _same_vote(claim: Analysed, tally: Tally, evidence: Analysed, other: Tally) -> bool:
    """Whether two tallies count one vote or match: a word next to one is next to the other
    ("voted 6-3" / "voted 5-4"), or the evidence's clause says most of the claim's about the
    same subject, however the passing is worded ("the bid scraped through 7-5" / "the motion
    backing the bid was carried by eleven votes to one"), or one date stands beside both
    ("adopted the levy by a 7-2 margin in May 2019" / "the by-law was carried in a 5-4 vote in
    May 2019"). Tallies dated apart are two votes, even on one thing."""
    mine, theirs = (tally.start, tally.end), (other.start, other.end)
    our_dates, their_dates = _dates_beside(claim, tally), _dates_beside(evidence, other)
    dated_alike = any(a.stated_by(b) for a in our_dates for b in their_dates)
    if our_dates and their_dates and not dated_alike:
        return False
    if anchored(claim, mine, evidence, theirs, 4):
        return True
    if (
        subject_stated(claim, evidence)
        and local_coverage(claim, mine, evidence, theirs) >= SAME_EVENT_UNGOVERNED
    ):
        return True
    # One date for both is one vote when the sentence names some of the claim's subject
    # ("the council"), whatever else the claim's opening holds.
    return dated_alike and any(evidence.has_word(t) for t in subject_words(claim))


_DATE_REACH = 30
"""Characters between a tally and the date of its vote ("a 5-4 vote in October 2022")."""


def _dates_beside(analysed: Analysed, tally: Tally) -> list[DateMention]:
    return [
        d
        for d in analysed.dates
        if 0 <= d.start - tally.end <= _DATE_REACH or 0 <= tally.start - d.end <= _DATE_REACH
    ]


def find(claim: Analysed, evidence: Analysed) -> list[Finding]:
    theirs = find_tallies(evidence)
    if not theirs:
        return []
    findings = []
    for tally in find_tallies(claim):
        # The evidence states this tally; a voter against states no count ("among those
        # voting against" leaves "seven votes to two" untold).
        if any(not tally.differs(o) for o in theirs if tally.dissent or not o.dissent):
            continue
        # "Every Labour councillor supported it" tells of a group within the body, unless the
        # sentence names the group too ("every Orby councillor" / "Orby council voted 9-2").
        if not all(evidence.has_word(t) for t in voter_group(claim, tally)):
            continue
        for other in theirs:
            if tally.differs(other) and _same_vote(claim, tally, evidence, other):
                findings.append(
                    Finding(ConflictKind.TALLY, (tally.start, tally.end), tally.text, other.text)
                )
                break
    return findings


RULE = Rule("tallies", ConflictKind.TALLY, find, EXAMPLES, order=0)
