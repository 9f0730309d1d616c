"""Dates: a different day, month, year or weekday for the same event.

Ranges compare as ranges: "May 3-4" equals "May 3 and 4"; "May 3 to 8" is not "May 3 to 10";
a day within the evidence's span ("June 12" in "June 8-15") is no conflict. A day of the month named
alone ("held on the 9th") is compared with the day of a full date.
A date the evidence states less precisely ("in 2025") is no conflict, nor is a date the evidence
places elsewhere than the claim does ("in Lyon from May 3" / "on April 20 in Ghent").

Life dates in brackets after a name are read as what they are: "Ana Ruiz (born 3 May 1960)" and
"Ana Ruiz (3 May 1960 - 9 June 2005)" give a birth date and a death date, so a claim that she
was born in 2005 is compared with the birth date only, not found in the death date.
"""

from __future__ import annotations

import re
from itertools import pairwise

from ...language.analysis import Analysed, per_text
from ...language.quantities import DateMention
from ...models import ConflictKind
from ..findings import Example, Finding, Rule
from ..slots import (
    governed_past_a_name,
    opens_window,
    same_slot,
    starts_a_state,
    subject_stated,
)

EXAMPLES = (
    Example(
        "The lease was signed on March 14, 2021.",
        "The lease was signed on March 16, 2021.",
        True,
    ),
    Example("The fair ran from May 3 to 8.", "The fair ran from May 3 to 10.", True),
    Example("The market opened on Tuesday.", "The market opened on Thursday.", True),
    # One day has one weekday, whatever else each side tells of it.
    Example(
        "Quay tolls were raised on Friday 4 April.",
        "The harbour board met on Thursday 4 April to set its budget.",
        True,
    ),
    Example(
        "Quay tolls were raised on Friday 4 April.",
        "The harbour board met on Friday 4 April to set its budget.",
        False,
    ),
    Example(
        "Quay tolls were raised on Friday 4 April.",
        "The harbour board met on Thursday 3 April to set its budget.",
        False,
    ),
    Example("The painter was born in 1911.", "The painter was born on 2 July 1912.", True),
    Example(
        "The Vell regatta was held on the 9th.", "The Vell regatta was held on 7 May 2011.", True
    ),
    Example(
        "The Vell regatta was held on the 7th.", "The Vell regatta was held on 7 May 2011.", False
    ),
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
    Example("Iver Task was born in 1961.", "Iver Task (born 3 May 1960) is a potter.", True),
    Example(
        "Iver Task was born in 2005.", "Iver Task (3 May 1960 - 9 June 2005) was a potter.", True
    ),
    Example("Iver Task died in 1960.", "Iver Task (3 May 1960 - 9 June 2005) was a potter.", True),
    Example("Iver Task died in 2005.", "Iver Task (3 May 1960 - 9 June 2005) was a potter.", False),
    Example(
        "Iver Task was born in 1960.", "Iver Task (3 May 1960 - 9 June 2005) was a potter.", False
    ),
    Example(
        "The Orvik ferry was launched in 1998.",
        "The Orvik ferry was launched at the Halden Yard in 2001.",
        True,
    ),
    Example(
        "The Orvik ferry was launched in 1998.",
        "The Orvik ferry was refitted at the Halden Yard in 2001.",
        False,
    ),
    Example(
        "The ferry service began in May 2004.",
        "Harbour traffic doubled in 2009, when the new quay opened.",
        False,
    ),
)


_WEEKDAY_JOIN = re.compile(r",?\s*(?:the\s+)?")


def _weekdays_of_days(analysed: Analysed) -> list[tuple[DateMention, DateMention]]:
    """Each day of a month said with its weekday just before it ("Thursday 12 March",
    "Thursday, March 12", "Thursday the 12th"): (weekday, day)."""
    dates = analysed.dates
    return [
        (weekday, day)
        for weekday, day in pairwise(dates)
        if weekday.weekday is not None
        and day.days is not None
        and _WEEKDAY_JOIN.fullmatch(analysed.text, weekday.end, day.start)
    ]


def _weekday_findings(claim: Analysed, evidence: Analysed) -> list[Finding]:
    """A day the evidence gives with another weekday than the claim's ("Thursday 12 March" /
    "Wednesday 12 March"): one day has one weekday, whatever event each side dates by it."""
    findings = []
    theirs = _weekdays_of_days(evidence)
    for weekday, day in _weekdays_of_days(claim):
        other = next(
            (w for w, d in theirs if day.stated_by(d) and w.weekday != weekday.weekday), None
        )
        if other is not None:
            span = (weekday.start, weekday.end)
            findings.append(Finding(ConflictKind.DATE, span, weekday.text, other.text))
    return findings


_SPAN_DASH = re.compile(r"\s*(?:-{1,2}|\u2013|\u2014|to)\s*")
_BORN_BEFORE = re.compile(r"\bborn\s+(?:on\s+|in\s+)?$", re.I)
_EVENT_BEFORE = re.compile(r"\b(?P<event>born|birth|died|death)\b(?:\s+\w+){0,2}\s*$", re.I)


def _in_bracket(text: str, at: int) -> bool:
    return text.rfind("(", 0, at) > text.rfind(")", 0, at)


@per_text
def _life_dates(analysed: Analysed) -> dict[str, DateMention]:
    """The birth and death dates of a bracket after a name: "(born 3 May 1960)", "(3 May 1960
    - 9 June 2005)"."""
    text, dates = analysed.text, analysed.dates
    for n, first in enumerate(dates):
        if not _in_bracket(text, first.start):
            continue
        if _BORN_BEFORE.search(text, 0, first.start):
            return {"birth": first}
        second = dates[n + 1] if n + 1 < len(dates) else None
        if second is not None and _SPAN_DASH.fullmatch(text, first.end, second.start):
            return {"birth": first, "death": second}
    return {}


def _event(claim: Analysed, date: DateMention) -> str | None:
    """Whether the claim dates a birth or a death: "was born in 1961", "died on 4 May"."""
    m = _EVENT_BEFORE.search(claim.text, 0, date.start)
    if m is None:
        return None
    return "birth" if m.group("event").lower() in ("born", "birth") else "death"


def _life_date_finding(
    claim: Analysed, evidence: Analysed, date: DateMention, known: DateMention
) -> Finding | None:
    """For a claim's date of birth or death and the evidence's life date of that event: the
    finding (None when they agree)."""
    if date.stated_by(known) or date.within(known):
        return None
    if not date.compare(known)[1] or not subject_stated(claim, evidence):
        return None
    return Finding(ConflictKind.DATE, (date.start, date.end), date.text, known.text)


def find(claim: Analysed, evidence: Analysed) -> list[Finding]:
    findings = _weekday_findings(claim, evidence)
    for date in claim.dates:
        if any(f.claim_span == (date.start, date.end) for f in findings):
            continue
        known = _life_dates(evidence).get(_event(claim, date) or "")
        if known is not None:
            life = _life_date_finding(claim, evidence, date, known)
            if life is not None:
                findings.append(life)
            continue
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
            and (
                same_slot(claim, (date.start, date.end), evidence, (other.start, other.end))
                or (
                    subject_stated(claim, evidence)
                    and governed_past_a_name(
                        claim, (date.start, date.end), evidence, (other.start, other.end)
                    )
                )
            )
        ]
        if not clashing:
            continue
        _, _, best = max(clashing, key=lambda item: (item[0], item[1]))
        findings.append(
            Finding(
                ConflictKind.DATE,
                (date.start, date.end),
                date.text,
                best.text,
                # "since 1970" / "since 1900": two windows on one trend, no rival dates; a
                # month is the start of one event ("closed since March 2021").
                deciding=not (
                    (
                        (
                            opens_window(claim, (date.start, date.end))
                            and not starts_a_state(claim, (date.start, date.end))
                        )
                        or (
                            opens_window(evidence, (best.start, best.end))
                            and not starts_a_state(evidence, (best.start, best.end))
                        )
                    )
                    and date.month is None
                    and best.month is None
                ),
            )
        )
    return findings


RULE = Rule("dates", ConflictKind.DATE, find, EXAMPLES, order=1)
