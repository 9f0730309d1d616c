"""Calendar facts a text can get wrong by itself: a weekday that does not fall on its date, and a
range of dates that ends before it starts; and a time told from now ("last year", "next spring").

The dates come from ``quantities.find_dates``; this module only pairs them up and does the
calendar arithmetic (Python's proleptic Gregorian calendar).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from itertools import pairwise

from .analysis import Analysed
from .quantities import DateMention, find_dates

WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# What may stand between a weekday and its date: "Saturday, October 24", "Saturday 24 October",
# "Saturday the 24th of October"; and between a date and its weekday: "October 24 (Saturday)",
# "October 24, a Saturday".
_WEEKDAY_THEN_DATE = re.compile(r",?\s*(?:the\s+)?")
_DATE_THEN_WEEKDAY = re.compile(r"\s*(?:,\s*(?:a\s+)?|\(\s*(?:a\s+)?)")


@dataclass(frozen=True)
class DatedWeekday:
    """A weekday said of a date in the same breath ("Saturday, October 24")."""

    weekday: DateMention
    date: DateMention

    @property
    def span(self) -> tuple[int, int]:
        return min(self.weekday.start, self.date.start), max(self.weekday.end, self.date.end)


def dated_weekdays(text: str, dates: tuple[DateMention, ...] | None = None) -> list[DatedWeekday]:
    """Each weekday of ``text`` said right next to a date with a month and a single day."""
    found = list(find_dates(text) if dates is None else dates)
    pairs = []
    for first, second in pairwise(found):
        gap = text[first.end : second.start]
        if _is_weekday(first) and _is_day(second) and _WEEKDAY_THEN_DATE.fullmatch(gap):
            pairs.append(DatedWeekday(first, second))
        elif _is_day(first) and _is_weekday(second) and _DATE_THEN_WEEKDAY.fullmatch(gap):
            pairs.append(DatedWeekday(second, first))
    return pairs


def _is_weekday(mention: DateMention) -> bool:
    return mention.weekday is not None and mention.month is None


def _is_day(mention: DateMention) -> bool:
    return (
        mention.weekday is None
        and mention.month is not None
        and mention.days is not None
        and mention.days[0] == mention.days[1]
    )


def weekday_on(year: int, month: int, day: int) -> int | None:
    """The ISO weekday (Monday 1 ... Sunday 7) of a date, or None if there is no such date."""
    try:
        return date(year, month, day).isoweekday()
    except ValueError:
        return None


@dataclass(frozen=True)
class WrongWeekday:
    """A weekday that the date it is said of did not fall on, in ``year``."""

    said: DatedWeekday
    year: int
    actual: int
    """The ISO weekday the date fell on."""

    @property
    def explanation(self) -> str:
        d = self.said.date
        assert d.month is not None and d.days is not None and self.said.weekday.weekday is not None
        when = date(self.year, d.month, d.days[0])
        return (
            f"{when:%B} {when.day}, {self.year} was a {WEEKDAY_NAMES[self.actual - 1]}, "
            f"not a {WEEKDAY_NAMES[self.said.weekday.weekday - 1]}"
        )


def wrong_weekday(said: DatedWeekday, year: int | None) -> WrongWeekday | None:
    """The mismatch, when the date (in its own year, else ``year``) fell on another weekday."""
    d = said.date
    year = d.year if d.year is not None else year
    if year is None or d.month is None or d.days is None or said.weekday.weekday is None:
        return None
    actual = weekday_on(year, d.month, d.days[0])
    if actual is None or actual == said.weekday.weekday:
        return None
    return WrongWeekday(said, year, actual)


# "October 30-25" and "30-25 October": day ranges written backwards (the date parser reads
# neither as a range, so they are matched here).
_MONTH_WORD = r"[A-Z][a-z]+\.?"
_BACKWARD_DAYS = re.compile(
    rf"\b(?P<m1>{_MONTH_WORD})\s+(?P<a>[0-3]?\d)\s*(?:-|–|to|through|until|till)\s*(?P<b>[0-3]?\d)\b(?!\s*(?:%|per))"
    rf"|\b(?P<a2>[0-3]?\d)\s*(?:-|–|to|through|until|till)\s*(?P<b2>[0-3]?\d)\s+(?:of\s+)?(?P<m2>{_MONTH_WORD})"
)
_RANGE_JOIN = re.compile(r"\s*(?:-|–|to|through|until|till)\s*")


@dataclass(frozen=True)
class BackwardRange:
    """A range of dates whose end comes before its start."""

    text: str
    start: int
    end: int
    first: str
    last: str


def backward_ranges(text: str, dates: tuple[DateMention, ...] | None = None) -> list[BackwardRange]:
    """Ranges in ``text`` that end before they start: days within a month ("October 30-25")
    and two full dates joined by "from ... to" ("from May 3, 2024 to April 1, 2024"; years
    alone: "from 2021 to 2019"). A range whose ends lack a year may cross a new year
    ("December 28 to January 3"), so it is not judged."""
    from .lexicon import MONTHS

    found = []
    for m in _BACKWARD_DAYS.finditer(text):
        month = (m.group("m1") or m.group("m2")).rstrip(".").casefold()
        a, b = (m.group("a"), m.group("b")) if m.group("m1") else (m.group("a2"), m.group("b2"))
        if month not in MONTHS or not (1 <= int(b) < int(a) <= 31):
            continue
        first, last = (f"{m.group('m1')} {a}", b) if m.group("m1") else (a, f"{b} {m.group('m2')}")
        found.append(BackwardRange(m.group(0), m.start(), m.end(), first, last))
    mentions = list(find_dates(text) if dates is None else dates)
    for first, second in pairwise(mentions):
        gap = text[first.end : second.start]
        dashed = "-" in gap or "–" in gap
        if not _RANGE_JOIN.fullmatch(gap) or not (
            dashed or text[: first.start].rstrip().lower().endswith("from")
        ):
            continue
        if _before(second, first):
            found.append(
                BackwardRange(
                    text[first.start : second.end], first.start, second.end, first.text, second.text
                )
            )
    return sorted(found, key=lambda r: r.start)


def _before(a: DateMention, b: DateMention) -> bool:
    """Whether ``a`` is surely earlier than ``b``: both have a year, and they are compared only
    as precisely as both are stated ("March 2019" is not before "2019")."""
    if a.year is None or b.year is None or a.weekday is not None or b.weekday is not None:
        return False
    if a.month is None or b.month is None:
        return a.year < b.year
    if a.days is None or b.days is None:
        return (a.year, a.month) < (b.year, b.month)
    return (a.year, a.month, a.days[0]) < (b.year, b.month, b.days[0])


FROM_NOW = frozenset({"last", "next"})
_ONE_OF = frozenset({"the", "its", "his", "her", "their", "our", "my", "your", "this", "that"})
_CALENDAR_SPANS = frozenset(
    "year week month season summer winter spring autumn night weekend term".split()
)


def told_from_now(analysed: Analysed, i: int) -> bool:
    """Whether the word at ``i`` is the "last" or "next" of a time told from now ("last year",
    "next season"), not the last or first of a series ("its last season" is one)."""
    tokens = analysed.tokens
    return (
        tokens[i].lower in FROM_NOW
        and i + 1 < len(tokens)
        and tokens[i + 1].lower in _CALENDAR_SPANS
        and not (i > 0 and tokens[i - 1].lower in _ONE_OF)
    )
