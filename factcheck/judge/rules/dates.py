"""Dates: a different day, month, year or weekday for the same event.

Ranges compare as ranges: "May 3-4" equals "May 3 and 4"; "May 3 to 8" is not "May 3 to 10";
a day within the evidence's span ("June 12" in "June 8-15") is no conflict.
A date the evidence states less precisely ("in 2025") is no conflict, nor is a date the evidence
places elsewhere than the claim does ("in Lyon from May 3" / "on April 20 in Ghent").
"""

from __future__ import annotations

from ...language.analysis import Analysed
from ...models import ConflictKind
from ..findings import Example, Finding, Rule
from ..slots import same_slot

EXAMPLES = (
    Example(
        "The lease was signed on March 14, 2021.",
        "The lease was signed on March 16, 2021.",
        True,
    ),
    Example("The fair ran from May 3 to 8.", "The fair ran from May 3 to 10.", True),
    Example("The market opened on Tuesday.", "The market opened on Thursday.", True),
    Example("The painter was born in 1911.", "The painter was born on 2 July 1912.", True),
    Example("The fair ran on May 3-4.", "The fair ran on May 3 and 4.", False),
    Example("The bylaw passed in 2017.", "The bylaw passed on 9 April 2017.", False),
    Example("The race was on June 12, 2014.", "The race was on June 8-15, 2014.", False),
    Example("The bylaw passed in April 2017.", "The bylaw was argued over for months.", False),
    Example(
        "The fair in Lyon ran from May 3 to 8.",
        "The fair in Lyon follows a fair held on April 20 and 21 in Ghent.",
        False,
    ),
    Example(
        "The lease was signed on March 14, 2021.",
        "The lease was signed on March 16, 2021 in Ghent.",
        True,
    ),
    Example(
        "The club won the shield in 2016.",
        "The club won the shield this year, after a final lost in 2015 to Ayr.",
        False,
    ),
    Example(
        "In 2011, Marek said he would enter the race in 2014.",
        "Marek made his entry official by paying the fee for the race in 2014.",
        False,
    ),
    Example(
        "The gallery opened in 1990.",
        "The gallery was founded in 1987 and opened in 1990 after a long delay.",
        False,
    ),
    Example("The gallery opened in 1990.", "The gallery was renovated in 1987.", False),
    Example("The gallery opened in 1990.", "The gallery opened its doors in 1987.", True),
    Example(
        "The ferry service began in May 2004.",
        "Harbour traffic doubled in 2009, when the new quay opened.",
        False,
    ),
)


def find(claim: Analysed, evidence: Analysed) -> list[Finding]:
    findings = []
    for date in claim.dates:
        if any(date.stated_by(other) or date.within(other) for other in evidence.dates):
            continue
        # An evidence date that is exactly another date of the claim is accounted for: "in 2011
        # he said he would race in 2014" against "entered the race in 2014" has no rival for 2011.
        rivals = [
            other
            for other in evidence.dates
            if not any(
                mine.stated_by(other) or mine.within(other)
                for mine in claim.dates
                if mine is not date
            )
        ]
        scored = [(date.compare(other), other) for other in rivals]
        clashing = [
            (agree, -disagree, other)
            for (agree, disagree), other in scored
            if disagree
            and same_slot(claim, (date.start, date.end), evidence, (other.start, other.end))
        ]
        if not clashing:
            continue
        _, _, best = max(clashing, key=lambda item: (item[0], item[1]))
        findings.append(Finding(ConflictKind.DATE, (date.start, date.end), date.text, best.text))
    return findings


RULE = Rule("dates", ConflictKind.DATE, find, EXAMPLES, order=1)
