"""Dates: a different day, month, year or weekday for the same event.

Ranges compare as ranges: "October 18-19" equals "October 18 and 19"; "October 25 to 28" is not
"October 25 to 30"; a day within the evidence's span ("May 19" in "May 11-22") is no conflict.
A date the evidence states less precisely ("in 2025") is no conflict, nor is a date the evidence
places elsewhere than the claim does ("in Istanbul from October 25" / "on October 18 in Doha").
"""

from __future__ import annotations

from ...language.analysis import Analysed
from ...models import ConflictKind
from ..findings import Example, Finding, Rule
from ..slots import anchored

EXAMPLES = (
    Example(
        "The accord was signed on October 28, 2025.",
        "The accord was signed on October 30, 2025.",
        True,
    ),
    Example("Talks ran from October 25 to 28.", "Talks ran from October 25 to 30.", True),
    Example("The summit opened on Friday.", "The summit opened on Saturday.", True),
    Example("He was born in 1936.", "He was born on 28 March 1937.", True),
    Example("Talks were held on October 18-19.", "Talks were held on October 18 and 19.", False),
    Example("The law passed in 2019.", "The law passed on 4 June 2019.", False),
    Example("The festival was on May 19, 2016.", "The festival was on May 11-22, 2016.", False),
    Example("The law passed in June 2019.", "The law was debated for a long time.", False),
    Example(
        "The talks in Istanbul were held from October 25 to 30.",
        "The talks in Istanbul follow talks held on October 18 and 19 in Doha.",
        False,
    ),
    Example(
        "The accord was signed on October 28, 2025.",
        "The accord was signed on October 30, 2025 in Doha.",
        True,
    ),
    Example(
        "The team won the cup in 2019.",
        "The team won the cup this year, after a final lost in 2018 to Leeds.",
        False,
    ),
    Example(
        "In 2013, Gaetz announced he would run for the seat in 2016.",
        "Gaetz made his bid official by filing his paperwork to run in 2016.",
        False,
    ),
)


def find(claim: Analysed, evidence: Analysed) -> list[Finding]:
    findings = []
    for date in claim.dates:
        if any(date.stated_by(other) or date.within(other) for other in evidence.dates):
            continue
        # An evidence date that is exactly another date of the claim is accounted for: "in 2013
        # he announced a run in 2016" against "filed to run in 2016" has no rival for 2013.
        rivals = [
            other
            for other in evidence.dates
            if not any(mine.fields() == other.fields() for mine in claim.dates if mine is not date)
        ]
        scored = [(date.compare(other), other) for other in rivals]
        clashing = [
            (agree, -disagree, other)
            for (agree, disagree), other in scored
            if disagree
            and anchored(claim, (date.start, date.end), evidence, (other.start, other.end))
        ]
        if not clashing:
            continue
        _, _, best = max(clashing, key=lambda item: (item[0], item[1]))
        findings.append(Finding(ConflictKind.DATE, (date.start, date.end), date.text, best.text))
    return findings


RULE = Rule("dates", ConflictKind.DATE, find, EXAMPLES, order=1)
