"""Numbers and dates in text, parsed into values that compare properly.

"October 18-19" equals "October 18 and 19"; "25 to 28" is not "25 to 30"; "two-and-a-half"
equals "2.5"; "13,000" equals "13000"; "1.2 million" equals "1,200,000".
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cache, cached_property
from typing import NamedTuple

from .lexicon import (
    AMBIGUOUS_MONTHS,
    BEFORE_A_WHOLE,
    MONTHS,
    NOT_UNITS,
    NUMBER_WORDS,
    ORDINAL_WORDS,
    SCALE_WORDS,
    SHORT_UNITS,
    STOPWORDS,
    UNIT_SPELLINGS,
    WEEKDAYS,
)
from .text import stem

_MONTH = r"(?P<{name}>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<{name}>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<{name}>1\d{{3}}|20\d{{2}})"
_JOIN = r"\s*(?:-|to|and|through|until|till|/)\s*"


def _g(pattern: str, **names: str) -> str:
    return pattern.format(**names)


class _Pattern:
    """A pattern compiled two ways. ``lowered``, without re.I, is for ASCII text lower-cased:
    it finds the same matches at the same places several times faster, as without re.I the
    engine skips straight to where a match can start. ``any_case``, as written, is for other
    text (some other letters match an ASCII one under re.I, as the Kelvin sign does "k"), and
    is compiled only when first needed: most texts are ASCII, and compiling takes a while."""

    def __init__(self, source: str, flags: int = 0) -> None:
        # Escapes (``\b``, ``\D``) and named groups (``(?P<``) are not letters matched.
        if any(c.isupper() for c in re.sub(r"\\.|\(\?P", "", source)):
            raise ValueError(f"a pattern with upper-case letters: {source}")
        self._source, self._flags = source, flags
        self.lowered = re.compile(source, flags & ~re.I)

    @cached_property
    def any_case(self) -> re.Pattern[str]:
        return re.compile(self._source, self._flags)


_MONTH_FIRST = _Pattern(
    r"\b"
    + _g(_MONTH, name="m")
    + r"\s+"
    + _g(_DAY, name="d1")
    + r"(?:"
    + _JOIN
    + _g(_DAY, name="d2")
    + r")?(?!\d)(?:,?\s+"
    + _g(_YEAR, name="y")
    + r")?\b",
    re.I,
)
_DAY_FIRST = _Pattern(
    r"\b"
    + _g(_DAY, name="d1")
    + r"(?:"
    + _JOIN
    + _g(_DAY, name="d2")
    + r")?\s+(?:of\s+)?"
    + _g(_MONTH, name="m")
    + r"(?:,?\s+"
    + _g(_YEAR, name="y")
    + r")?\b",
    re.I,
)
_MONTH_YEAR = _Pattern(
    r"\b" + _g(_MONTH, name="m") + r",?\s+(?:of\s+)?" + _g(_YEAR, name="y") + r"\b", re.I
)
_YEAR_ALONE = _Pattern(r"(?<![\d,.$£€])\b" + _g(_YEAR, name="y") + r"\b(?![,.]\d|\s*%)", re.I)
_DECADE = _Pattern(r"\b(?:(?:early|mid|late)-?\s*)?(?P<y>1\d{2}0|20\d0)'?s\b", re.I)
_WEEKDAY = _Pattern(r"\b(?P<w>" + "|".join(WEEKDAYS) + r")s?\b", re.I)
_MONTH_ALONE = _Pattern(
    r"\b(?:in|during|since|until|by|from|early|late|mid-?|this|next|last)\s+"
    + _g(_MONTH, name="m")
    + r"\b",
    re.I,
)

# What follows the first month of a span of months: "to June", "until June", "- June".
_MONTH_SPAN_END = re.compile(
    r"\s*(?:-|–|to|until|till|through)\s*" + _g(_MONTH, name="m") + r"\b", re.I
)

_DATE_PATTERNS = (
    _MONTH_FIRST,
    _DAY_FIRST,
    _MONTH_YEAR,
    _MONTH_ALONE,
    _YEAR_ALONE,
    _DECADE,
    _WEEKDAY,
)
_DATE_PATTERNS_LOWERED = tuple(p.lowered for p in _DATE_PATTERNS)


@cache
def _date_patterns_any_case() -> tuple[re.Pattern[str], ...]:
    return tuple(p.any_case for p in _DATE_PATTERNS)


def _least(words: Iterable[str]) -> tuple[str, ...]:
    """The words that contain none of the others: a text that says none of these says none."""
    words = set(words)
    return tuple(sorted(w for w in words if not any(o != w and o in w for o in words)))


_DIGIT = re.compile(r"\d")
_MONTH_HINTS = _least(m[:3] for m in MONTHS)
_WEEKDAY_HINTS = _least(WEEKDAYS)
_NUMBER_HINTS = _least(NUMBER_WORDS)
_ORDINAL_HINTS = _least(ORDINAL_WORDS)
_FRACTION_HINTS = ("half", "halves", "third", "quarter", "fifth", "tenth")


class _Hints(NamedTuple):
    """Cheap tests of what a text lacks, to skip the patterns that need it (most sentences
    have no date, and scanning for one costs several times more than these)."""

    digit: bool
    lowered: str | None
    """The text lower-cased when it is ASCII (where that is what ``re.I`` compares), else
    ``None``: then every word may be there."""

    @classmethod
    def of(cls, text: str) -> _Hints:
        return cls(_DIGIT.search(text) is not None, text.lower() if text.isascii() else None)

    def says_any(self, words: tuple[str, ...]) -> bool:
        lowered = self.lowered
        return lowered is None or any(w in lowered for w in words)


@dataclass(frozen=True)
class DateMention:
    """A calendar reference; fields not stated are ``None``."""

    text: str
    start: int
    end: int
    year: int | None = None
    month: int | None = None
    days: tuple[int, int] | None = None
    weekday: int | None = None
    decade: int | None = None
    """First year of a decade named as such ("the 1970s"); a year implies its decade."""

    def fields(self) -> dict[str, object]:
        decade = self.decade if self.year is None else self.year // 10 * 10
        found = {
            "decade": decade,
            "year": self.year,
            "month": self.month,
            "days": self.days,
            "weekday": self.weekday,
        }
        return {k: v for k, v in found.items() if v is not None}

    def compare(self, other: DateMention) -> tuple[int, int]:
        """(fields both state and agree on, fields both state and disagree on)."""
        a, b = self.fields(), other.fields()
        shared = a.keys() & b.keys()
        agree = sum(1 for k in shared if a[k] == b[k])
        return agree, len(shared) - agree

    def within(self, other: DateMention) -> bool:
        """This date's day falls in ``other``'s span of days, in a month and year it does not
        contradict ("May 19" within "May 11-22"): consistent, though not said. A span is not
        within another ("October 25 to 28" differs from "October 25 to 30")."""
        if self.days is None or other.days is None or self.days[0] != self.days[1]:
            return False
        mine, theirs = self.fields(), other.fields()
        if any(theirs[k] != v for k, v in mine.items() if k != "days" and k in theirs):
            return False
        return other.days[0] <= self.days[0] <= other.days[1]

    def stated_by(self, other: DateMention) -> bool:
        """``other`` says this date: they share a field and disagree on none ("2019" and
        "4 June 2019"; "October 18-19" and "18 and 19 October")."""
        agree, disagree = self.compare(other)
        return agree > 0 and disagree == 0


def _days(d1: str | None, d2: str | None) -> tuple[int, int] | None:
    if d1 is None:
        return None
    a = int(d1)
    b = int(d2) if d2 else a
    if not (1 <= a <= 31 and 1 <= b <= 31) or b < a:
        return None
    return (a, b)


class _Taken:
    """The spans of a text already read as a date or a number, in order. Whether a new span
    meets one of them is looked up beside its place, not against all of them, so that a text
    of many numbers is read in time near linear in its length."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        for start, end in sorted(spans):
            if self._ends and start < self._ends[-1]:
                self._ends[-1] = max(self._ends[-1], end)  # spans that meet are one
            else:
                self._starts.append(start)
                self._ends.append(end)

    def free(self, start: int, end: int) -> bool:
        """No span taken meets ``start``..``end``: the one that starts last before ``end``
        ends by ``start`` (taken spans never meet, so it ends last of them)."""
        i = bisect_left(self._starts, end)
        return i == 0 or self._ends[i - 1] <= start

    def take(self, start: int, end: int) -> None:
        """Take a span that is free."""
        i = bisect_left(self._starts, start)
        self._starts.insert(i, start)
        self._ends.insert(i, end)


def find_dates(text: str) -> list[DateMention]:
    """Dates in ``text``, longest reading first; spans never overlap."""
    found: list[DateMention] = []
    taken = _Taken()
    free, take = taken.free, taken.take

    def add(m: re.Match[str], **fields: object) -> None:
        start, end = m.span()
        if free(start, end):
            take(start, end)
            found.append(DateMention(text[start:end], start, end, **fields))  # type: ignore[arg-type]

    hints = _Hints.of(text)
    # Matched in the lower-cased text when it is ASCII (see ``_Pattern``): what a match
    # says is read from ``text`` at the same place, where case matters.
    scanned = text if hints.lowered is None else hints.lowered
    month_first, day_first, month_year, month_alone, year_alone, decade, weekday = (
        _date_patterns_any_case() if hints.lowered is None else _DATE_PATTERNS_LOWERED
    )
    month = hints.says_any(_MONTH_HINTS)
    for pattern in (month_first, day_first) if month and hints.digit else ():
        for m in pattern.finditer(scanned):
            days = _days(m.group("d1"), m.group("d2"))
            if days is None:
                continue
            month_word = m.group("m").casefold()
            if month_word in AMBIGUOUS_MONTHS and not text[m.start("m")].isupper():
                continue
            if month_word in MONTHS:
                year = int(m.group("y")) if m.group("y") else None
                add(m, year=year, month=MONTHS[month_word], days=days)
    for m in month_year.finditer(scanned) if month and hints.digit else ():
        if (word := m.group("m").casefold()) in MONTHS:
            add(m, year=int(m.group("y")), month=MONTHS[word])
    span_end = -1
    for m in month_alone.finditer(scanned) if month else ():
        word = m.group("m").casefold()
        if word in AMBIGUOUS_MONTHS and not text[m.start("m")].isupper():
            continue
        # "from March to June", "from March until June" name a span of months: neither month.
        if m.start() < span_end:
            continue
        if then := _MONTH_SPAN_END.match(scanned, m.end()):
            span_end = then.end()
            continue
        if word in MONTHS:
            add(m, month=MONTHS[word])
    for m in year_alone.finditer(scanned) if hints.digit else ():
        add(m, year=int(m.group("y")))
    for m in decade.finditer(scanned) if hints.digit else ():
        add(m, decade=int(m.group("y")))
    for m in weekday.finditer(scanned) if hints.says_any(_WEEKDAY_HINTS) else ():
        # Case-insensitive matching takes letters that fold to ASCII ones ("ſ" for "s"):
        # looked up folded, and passed over if the word still is not a known one.
        if (word := m.group("w").casefold()) in WEEKDAYS:
            add(m, weekday=WEEKDAYS[word])
    for m in _DAY_ALONE.finditer(scanned) if hints.digit else ():
        day = int(m.group("d"))
        if 1 <= day <= 31:
            add(m, days=(day, day))
    found.sort(key=lambda d: d.start)
    return _spans_joined(text, found)


# Between the two ends of a span of days: "3 June to 7 June", "Tuesday 9 June until Saturday 13
# June"; "and" only after "between" ("on 3 June and 7 June" is two days).
_SPAN_JOIN = re.compile(r"\s*(?:-|–|to|until|till|through)\s*", re.I)
_BETWEEN = re.compile(r"\bbetween\s+$", re.I)


def _spans_joined(text: str, found: list[DateMention]) -> list[DateMention]:
    """Two days of one month said as the ends of a span, each with its month (and perhaps its
    weekday), read as one span of days, as "3 to 7 June" is."""

    def weekday_only(d: DateMention) -> bool:
        return d.weekday is not None and d.days is None and d.month is None

    def adjacent(a: DateMention, b: DateMention) -> bool:
        return not text[a.end : b.start].strip(" ,")

    def one_day(d: DateMention) -> bool:
        return d.days is not None and d.days[0] == d.days[1] and d.month is not None

    out: list[DateMention] = []
    i = 0
    while i < len(found):
        start, k = found[i].start, i
        if weekday_only(found[k]) and k + 1 < len(found) and adjacent(found[k], found[k + 1]):
            k += 1
        first = found[k]
        end = k + 1
        if end < len(found) and weekday_only(found[end]):
            end += 1
        last = found[end] if end < len(found) else None
        joined = (
            last is not None
            and one_day(first)
            and one_day(last)
            and (end == k + 1 or adjacent(found[end - 1], last))
            and last.month == first.month
            and (last.year is None or first.year is None or last.year == first.year)
            and first.days[0] < last.days[0]
        )
        if joined:
            gap = text[first.end : found[k + 1].start]
            joined = _SPAN_JOIN.fullmatch(gap) is not None or (
                gap.strip().lower() == "and" and _BETWEEN.search(text, 0, start) is not None
            )
        if not joined:
            out.append(found[i])
            i += 1
            continue
        assert last is not None and first.days is not None and last.days is not None
        out.append(
            DateMention(
                text[start : last.end],
                start,
                last.end,
                year=last.year or first.year,
                month=first.month,
                days=(first.days[0], last.days[0]),
            )
        )
        i = end + 1
    return out


# "released on the 4th.": a day of the month named alone, where no noun follows the ordinal
# ("on the 4th floor" is no date) and no "of" ("the 4th of July" is read with its month).
_DAY_ALONE = re.compile(
    r"(?<=\bon the )(?P<d>\d{1,2})(?:st|nd|rd|th)\b(?!\s+of\b)"
    r"(?=\s*(?:[.,;:)]|$)|\s+(?:and|in|at|when|after|before|but|while|with|as|by)\b)",
    re.I,
)


@dataclass(frozen=True)
class NumberMention:
    """A quantity: a value or a range, and the word it counts (its unit) when there is one."""

    text: str
    start: int
    end: int
    low: float
    high: float
    unit: str | None
    ordinal: bool = False
    rounded: bool = False
    """A share said in words ("a third", "almost half"): a round figure, not an exact one."""
    part_of_whole: bool = False
    """A count of part of a counted whole ("three of its eleven libraries"): its unit is the
    whole's, and only a count of the same things states it."""

    def same_value(self, other: NumberMention) -> bool:
        if self.rounded or other.rounded:
            # "a fifth" is what a reporter writes for 19% or 21%.
            return within_tenth(self.low, other.low) and within_tenth(self.high, other.high)
        return _close(self.low, other.low) and _close(self.high, other.high)

    def stated_by(self, other: NumberMention) -> bool:
        """``other`` says this quantity: the same value, or a range that holds it ("27 days"
        within "25 to 30 days")."""
        return self.same_value(other) or (
            other.low != other.high and other.low <= self.low and self.high <= other.high
        )


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


def within_tenth(a: float, b: float) -> bool:
    """Whether two values are within a tenth of the larger: one round or approximate figure."""
    return abs(a - b) <= 0.1 * max(abs(a), abs(b))


_WORD_NUMBER = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_ORDINAL = "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True))
_SCALE = "|".join(sorted(SCALE_WORDS, key=len, reverse=True))
_DIGITS = r"\d+(?:,\d{3})*(?:\.\d+)?|\.\d+"
# Units written short and joined to the number ("5km", "40kg", "70mph", "50MW"). Not a bare
# "m" (a million in "£5m"), nor "g" ("5G" names a network).
_JOINED_UNIT = "|".join(sorted(SHORT_UNITS, key=len, reverse=True))
_ONE = rf"(?:{_DIGITS}|(?:{_WORD_NUMBER})(?:[- ](?:{_WORD_NUMBER}))*(?:-and-a-half| and a half)?)"
_NUMBER_SOURCE = (
    rf"(?<![\w.])(?P<cur>[$£€])?(?P<a>{_ONE})(?:\s*(?P<sa>{_SCALE})\b)?"
    rf"(?:SECOND\s*(?P<join>-|to|and|or)\s*(?P<cur2>[$£€])?(?P<b>{_DIGITS})"
    rf"(?:\s*(?P<sb>{_SCALE})\b)?)?"
    rf"(?:(?P<pct>\s*(?:%|per ?cent\b|percent\b))|(?P<abbr>{_JOINED_UNIT}))?(?![\w])"
)
_NUMBER = _Pattern(_NUMBER_SOURCE.replace("SECOND", ""), re.I)
# The same, one value alone: the first of two joined by "and" with no "between" before them.
_NUMBER_ALONE = _Pattern(_NUMBER_SOURCE.replace("SECOND", "(?!)"), re.I)
# "half of", "a third of", "three quarters of": a share, compared as a percentage.
_FRACTION_WORDS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4}
_FRACTION_WORDS |= {"fifth": 5, "fifths": 5, "tenth": 10, "tenths": 10}
_FRACTION = _Pattern(
    r"(?<![\w.])(?:(?P<n>a|one|two|three|four|five|six|seven|eight|nine)[\s-]+"
    r"(?P<f>half|thirds?|quarters?|fifths?|tenths?)|(?P<h>half))(?=\s+(?:of|the|its|their)\b)",
    re.I,
)
# "half a million", "a quarter of a billion", "half a century": a share of a round amount, one
# plain value (not a share of a whole). A century and a decade count years.
_SHARE_OF_AMOUNT = _Pattern(
    r"(?<![\w.])(?:(?P<n>a|one|two|three)[\s-]+)?(?P<f>half|thirds?|quarters?)\s+(?:of\s+)?an?\s+"
    r"(?P<s>dozen|hundred|thousand|million|billion|trillion|century|decade)\b",
    re.I,
)
# "a year and a half", "a million and a half": one and a half of what the word counts.
_ONE_AND_A_HALF = _Pattern(r"(?<![\w.])(?:an?|one)\s+(?P<w>[a-z]+)\s+and\s+a\s+half\b", re.I)
_AMOUNTS = {**SCALE_WORDS, "dozen": 12.0, "hundred": 100.0}
_YEARS_IN = {"century": 100.0, "decade": 10.0}
# "shut for a decade", "a century ago": one of a count of years, a round figure.
_ONE_SPAN = _Pattern(r"(?<![\w.-])(?:an?|one)\s+(?P<s>decade|century)\b(?!-)", re.I)
# "a one-third reduction", "a two-thirds majority": a share said before what it is of.
_FRACTION_BEFORE = _Pattern(
    r"(?<![\w.])(?P<n>one|two|three|four|five|six|seven|eight|nine)-"
    r"(?P<f>half|thirds?|quarters?|fifths?|tenths?)(?=\s+[a-z])",
    re.I,
)
# "fell by a third", "cut by almost half": a change by a share of the whole.
_BY_WORDS = ("", "almost ", "nearly ", "about ", "around ", "roughly ", "more than ", "over ")
_CHANGE_NOUNS = ("reduction", "discount", "cut", "rise", "increase", "fall", "drop")
_FRACTION_BY = _Pattern(
    "(?:"
    + "|".join(f"(?<=\\bby {w})" for w in _BY_WORDS)
    # "a reduction of a quarter", "a rise of a third"
    + "".join(f"|(?<=\\b{noun} of )" for noun in _CHANGE_NOUNS)
    + r")(?:(?P<n>a|one|two|three|four|five|six|seven|eight|nine)[\s-]+"
    r"(?P<f>half|thirds?|quarters?|fifths?|tenths?)|(?P<h>half))"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:in|since|over|from|to|after|between|during|last|this|compared|"
    r"on|at|and|while|but|year|a|per|for)\b)",
    re.I,
)
# "a fall of nearly two-fifths": a hedged share of change (its value from "n" on).
_FRACTION_OF_HEDGED = _Pattern(
    r"\b(?:" + "|".join(_CHANGE_NOUNS) + r")\s+of\s+(?:almost|nearly|about|around|roughly"
    r"|more\s+than|over)\s+(?P<n>a|one|two|three|four|five|six|seven|eight|nine)[\s-]+"
    r"(?P<f>half|thirds?|quarters?|fifths?|tenths?)(?![\w-])",
    re.I,
)
# "one in three of the jobs", "1 in 4 adults", "four out of five": a share, compared as a
# percentage.
_ONE_IN = _Pattern(
    r"(?<![\w.,])(?P<a>one|two|three|four|five|six|seven|eight|nine|\d)\s+(?:in|out\s+of)\s+"
    r"(?P<b>two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|\d{1,3})"
    r"(?=\s+(?:of\b|people\b|children\b|men\b|women\b|[a-z]+s\b))",
    re.I,
)
_ORDINAL_RE = _Pattern(rf"\b(?P<o>{_ORDINAL}|\d+(?:st|nd|rd|th))\b", re.I)
_UNIT_WORD = re.compile(r"\s*(?:[a-z]+-)?(?P<u>[a-z][a-z-]*)", re.I)


def count_value(word: str) -> float | None:
    """The value of a count written as one word, in digits or a number word ("3", "three",
    "half"); none for another word. Lower-cased words only."""
    if word.isdigit():
        return float(word)
    value = NUMBER_WORDS.get(word)
    return None if value is None else float(value)


def _word_value(text: str) -> float | None:
    text = text.lower()
    half = 0.0
    for suffix in ("-and-a-half", " and a half"):
        if text.endswith(suffix):
            text, half = text[: -len(suffix)], 0.5
    if re.fullmatch(_DIGITS, text):
        return float(text.replace(",", "")) + half
    total, current = 0.0, 0.0
    for part in re.split(r"[- ]", text):
        if part not in NUMBER_WORDS:
            return None
        value = NUMBER_WORDS[part]
        if part in ("hundred", "dozen", "half") and current:
            current *= value  # "two hundred", "two dozen", "one-half"
        else:
            current += value
    total += current
    return total + half


# After a number, words that end its phrase: what follows them is not what it counts ("12,950
# in the previous year", "10,950 the year before", "5m last year").
_NO_UNIT_AFTER = frozenset(
    "in on at to from by for with since after before during until under than and or as the"
    " while when compared against last this next each every ago earlier later but so"
    # A movement or a span after it: "fell from 9,320 down to 7,410", "by 320 between May ...".
    " up down between within over"
    # A verb or a relative after the number: "9 were injured", "the 40 who came".
    " is are was were be been being has have had will would could can may might must should"
    " who which that whom whose".split()
)


_POSSESSOR = re.compile(
    r"(?:\s+(?:the|this|last|next|its|their|his|her|our))?\s+[a-z]+['’]s\b", re.I
)


def _past_verb(word: str) -> bool:
    """A past form by its ending ("turned", "attended"), not a noun that ends alike ("hundred",
    "seabed", "watershed"; the short ones, "bed", "speed", "seed", are under six letters)."""
    return len(word) >= 6 and word.endswith("ed") and not word.endswith(("dred", "bed", "shed"))


# Units a number joins by a hyphen to make an adjective ("a nine-day hearing", "a 14-week
# trial", "a four-bedroom farmhouse"), which count as "nine days" and "14 weeks" do; an age
# ("a 19-year-old") is left out, as are other joined words ("a 30-strong choir").
_JOINED_UNIT = re.compile(
    r"-(?P<u>second|minute|hour|day|night|week|fortnight|month|year|decade|century"
    r"|mile|metre|meter|kilometre|kilometer|yard|foot|inch|acre|hectare|storey|story"
    r"|bed|bedroom|seat|room|lane|point|game|match|race)\b(?!-old)",
    re.I,
)


def _unit_after(text: str, end: int) -> str | None:
    joined = _JOINED_UNIT.match(text, end)
    if joined:
        return stem(joined.group("u").lower())
    pos = end
    for k in range(3):
        m = _UNIT_WORD.match(text, pos)
        if not m:
            return None
        word = m.group("u").lower()
        # "the" ends it only right after the number: "3 of the members" counts members.
        if word in _NO_UNIT_AFTER and (k == 0 or word != "the"):
            return None
        if _past_verb(word):
            # "12 qualified nurses" counts nurses; "421 turned out", "3,000 attended" tell what
            # they did, not what they are.
            after = _UNIT_WORD.match(text, m.end())
            if after is None or after.group("u").lower() in STOPWORDS:
                return None
            pos = m.end()
            continue
        if word not in NOT_UNITS:
            return stem(word)
        pos = m.end()
        # "32 of this year's launches", "9 of the club's boats": the possessor is not the unit.
        if word == "of" and (owner := _POSSESSOR.match(text, pos)):
            pos = owner.end()
    return None


_MOST_OF = re.compile(
    # Not "made the most of the day", nor a margin ("a majority of three votes", "of 12").
    r"(?<!the )\b(?:most|the majority|a majority)\s+of(?=\s+[a-z])"
    rf"(?!\s+(?:{_WORD_NUMBER}|more|less|fewer|over|under|about|around|nearly|almost|just|some"
    r"|at)\b)",
    re.I,
)
"""A share of more than half told in words, which ``MORE_THAN_HALF`` marks as a lower bound."""
MORE_THAN_HALF = ("most of", "the majority of", "a majority of")


_HALVING = re.compile(r"\bhalv(?:e|es|ed|ing)\b", re.I)


def find_numbers(text: str, dates: list[DateMention] | None = None) -> list[NumberMention]:
    """Quantities in ``text`` that are not part of a date."""
    dates = find_dates(text) if dates is None else dates
    taken = _Taken((d.start, d.end) for d in dates)
    free, take = taken.free, taken.take
    found: list[NumberMention] = []

    hints = _Hints.of(text)
    # As in ``find_dates``: ASCII text is matched lower-cased, and what is quoted read from it.
    scanned = text if hints.lowered is None else hints.lowered
    lowered = hints.lowered is not None
    fraction = _FRACTION.lowered if lowered else _FRACTION.any_case
    fraction_by = _FRACTION_BY.lowered if lowered else _FRACTION_BY.any_case
    before = _FRACTION_BEFORE.lowered if lowered else _FRACTION_BEFORE.any_case
    hedged = _FRACTION_OF_HEDGED.lowered if lowered else _FRACTION_OF_HEDGED.any_case
    fractions = (
        [
            *fraction.finditer(scanned),
            *fraction_by.finditer(scanned),
            *before.finditer(scanned),
            *hedged.finditer(scanned),
        ]
        if hints.says_any(_FRACTION_HINTS)
        else []
    )
    for m in _amounts_in_words(text, scanned, lowered, hints):
        if free(m.start, m.end):
            found.append(m)
            take(m.start, m.end)
    for m in fractions:
        # The share's own words: a hedged one's match opens with the change it is of.
        start = m.start("n") if m.group("n") is not None else m.start()
        if not free(start, m.end()):
            continue
        count = m.group("n")
        parts = 1 if count is None or count.lower() in {"a", "one"} else NUMBER_WORDS[count.lower()]
        share = 100 * parts / _FRACTION_WORDS[(m.group("f") or m.groupdict().get("h")).lower()]
        found.append(
            NumberMention(
                text[start : m.end()], start, m.end(), share, share, "percent", rounded=True
            )
        )
        take(start, m.end())
    # "halved", "to halve": a fall by half, a share of change as "cut by half" is.
    for m in _HALVING.finditer(scanned) if hints.says_any(("halv",)) else ():
        if free(m.start(), m.end()):
            found.append(
                NumberMention(text[m.start() : m.end()], m.start(), m.end(), 50.0, 50.0, "percent")
            )
            take(m.start(), m.end())
    # "most of the investors", "the majority of members": more than half of them.
    for m in _MOST_OF.finditer(text) if hints.says_any(("most", "majority")) else ():
        if free(m.start(), m.end()):
            found.append(
                NumberMention(text[m.start() : m.end()], m.start(), m.end(), 50.0, 50.0, "percent")
            )
            take(m.start(), m.end())
    one_span = _ONE_SPAN.lowered if lowered else _ONE_SPAN.any_case
    for m in one_span.finditer(scanned) if hints.says_any(("decade", "century")) else ():
        if free(m.start(), m.end()):
            years = _YEARS_IN[m.group("s").lower()]
            found.append(
                NumberMention(
                    text[m.start() : m.end()],
                    m.start(),
                    m.end(),
                    years,
                    years,
                    "year",
                    rounded=True,
                )
            )
            take(m.start(), m.end())
    one_in = _ONE_IN.lowered if lowered else _ONE_IN.any_case
    for m in one_in.finditer(scanned) if hints.says_any((" in ", " out of ")) else ():
        a, b = _word_value(m.group("a")), _word_value(m.group("b"))
        if not (a and b and a < b and free(m.start(), m.end())):
            continue
        share = 100 * a / b
        found.append(
            NumberMention(
                text[m.start() : m.end()], m.start(), m.end(), share, share, "percent", rounded=True
            )
        )
        take(m.start(), m.end())
    numbers = hints.digit or hints.says_any(_NUMBER_HINTS)
    number = _NUMBER.lowered if lowered else _NUMBER.any_case
    alone = _NUMBER_ALONE.lowered if lowered else _NUMBER_ALONE.any_case
    for m in _listed_apart(number, alone, scanned) if numbers else ():
        if not free(m.start(), m.end()):
            # "from 240 in 2022 to 610": not a range "2022 to 610", but a year and a value
            # ("2018-19" is a span of years).
            if (
                m.group("b") is None
                or not free(m.start("b"), m.end())
                or not any(c.isalpha() for c in scanned[m.end("a") : m.start("b")])
            ):
                continue
            second = number.match(scanned, m.start("b"))
            if second is None or not free(second.start(), second.end()):
                continue
            m = second
        a = _word_value(m.group("a"))
        if a is None:
            continue
        if m.group("a").lower() in {"one", "once", "single"} and not m.group("sa"):
            continue  # "one of the", "once again": rarely a quantity worth comparing
        scale_a = SCALE_WORDS.get((m.group("sa") or "").lower(), 1.0)
        b = _word_value(m.group("b")) if m.group("b") else None
        scale_b = SCALE_WORDS.get((m.group("sb") or "").lower(), scale_a)
        if b is not None and m.group("sa") is None and m.group("sb"):
            scale_a = scale_b
        if _race_distance(scanned, m, a):
            found.append(NumberMention(text[m.start() : m.end()], m.start(), m.end(), a, a, "metr"))
            take(m.start(), m.end())
            continue
        low = a * scale_a
        high = b * scale_b if b is not None else low
        if high < low:
            # "3-2" is a score, "2-3" a range; keep both as written.
            low, high = low, high
        unit = (
            "percent"
            if m.group("pct")
            else m.group("abbr").lower()
            if m.group("abbr")
            else _unit_after(text, m.end())
        )
        if m.group("cur") or m.group("cur2"):
            unit = "money"
        found.append(NumberMention(text[m.start() : m.end()], m.start(), m.end(), low, high, unit))
        take(m.start(), m.end())
    ordinals = hints.digit or hints.says_any(_ORDINAL_HINTS)
    ordinal = _ORDINAL_RE.lowered if lowered else _ORDINAL_RE.any_case
    for m in ordinal.finditer(scanned) if ordinals else ():
        if not free(m.start(), m.end()):
            continue
        word = m.group("o").lower()
        value = ORDINAL_WORDS.get(word)
        if value is None:
            value = int(re.sub(r"\D", "", word))
        # "third-largest": the ranked word follows the hyphen.
        after = m.end() + 1 if text[m.end() : m.end() + 1] == "-" else m.end()
        unit = _unit_after(text, after)
        found.append(
            NumberMention(text[m.start() : m.end()], m.start(), m.end(), value, value, unit, True)
        )
    found.sort(key=lambda n: n.start)
    found = [_as_age(text, n) for n in found]
    return _partitives(text, [_in_common_unit(n) for n in _units_said_once(text, found)])


def _listed_apart(
    number: re.Pattern[str], alone: re.Pattern[str], scanned: str
) -> Iterator[re.Match[str]]:
    """The matches of ``number`` in ``scanned``, each two values joined by "and" with no
    "between" before them taken apart: "£40 and £25" lists two fees, "between 20 and 30"
    is one range."""
    done = 0  # where the last value yielded ends: a list is read once, not from each value
    for m in number.finditer(scanned):
        if m.start() < done:
            continue
        while m.group("join") == "and" and not _BETWEEN.search(
            scanned, max(0, m.start() - 24), m.start()
        ):
            first = alone.match(scanned, m.start())
            second = number.match(scanned, m.start("cur2") if m.group("cur2") else m.start("b"))
            if first is None or second is None:
                break
            yield first
            m = second
        done = m.end()
        yield m


_YEARS_OLD = re.compile(r"(?:\s+|-)years?(?:\s+|-)old\b", re.I)


def _as_age(text: str, number: NumberMention) -> NumberMention:
    """A count of years followed by "old" is someone's age, not a length of time: "was 14
    years old" is no rival of "for eleven years"; so is a bare number set off by commas after
    a name ("Nell Garrow, 19, said"), a newspaper's way of giving an age."""
    if number.ordinal or number.low != number.high:
        return number
    if number.unit == "year" and _YEARS_OLD.match(text, number.end):
        return replace(number, unit="age")
    if (
        number.unit is None
        and number.low.is_integer()
        and 0 < number.low < 120
        and _after_a_name(text, number.start)
        and _BEFORE_A_COMMA.match(text, number.end)
    ):
        return replace(number, unit="age")
    return number


def _after_a_name(text: str, start: int) -> bool:
    """Whether a capitalised word and a comma stand just before ``start`` ("Nell Garrow, ").
    Read back from ``start`` over only those characters, so that a text of many numbers is
    read in time linear in its length."""
    k = start
    while k > 0 and text[k - 1].isspace():
        k -= 1
    if k == 0 or text[k - 1] != ",":
        return False
    end = k - 1
    k = end
    while k > 0 and (text[k - 1].isalnum() or text[k - 1] in "_'’-"):
        k -= 1
    word = text[k:end]
    return len(word) > 1 and "A" <= word[0] <= "Z" and "a" <= word[1] <= "z"


_BEFORE_A_COMMA = re.compile(r"\s*,")


_RACE_AFTER = re.compile(
    r"\s+(?:final|heats?|race|title|record|run|sprint|hurdles|relay|steeplechase|freestyle|track"
    r"|laps?|pool|backstroke|breaststroke|butterfly|medley|individual)\b",
    re.I,
)
_RACE_BEFORE = re.compile(r"\b(?:men|women|boys|girls)'s?\s+$|\bunder-\d+\s+$", re.I)


def _race_distance(scanned: str, m: re.Match[str], value: float) -> bool:
    """ "the men's 1500m", "the 400m final": metres of a race, not millions."""
    return (
        (m.group("sa") or "").lower() == "m"
        and not (m.group("cur") or m.group("b"))
        and value == int(value)
        and value >= 50
        and bool(
            _RACE_AFTER.match(scanned, m.end())
            or _RACE_BEFORE.search(scanned, max(0, m.start() - 16), m.start())
        )
    )


_FROM = re.compile(r"\bfrom\s+(?:about\s+|around\s+|roughly\s+)?[$£€]?$", re.I)
_TO = re.compile(r"^[^.;:!?()]{0,40}?\bto\s+(?:about\s+|around\s+|roughly\s+)?[$£€]?$", re.I)


def opens_change(text: str, number: NumberMention) -> bool:
    """Whether the number is the first value of a change told as "from A to B"."""
    return _FROM.search(text[max(0, number.start - 20) : number.start]) is not None


def change_ends(text: str, number: NumberMention) -> tuple[NumberMention, NumberMention] | None:
    """For "from 150 to 260", which is read as one mention (a range), the change's two values in
    order; None for a mention that opens no change."""
    if number.low == number.high or not opens_change(text, number):
        return None
    return replace(number, high=number.low), replace(number, low=number.high)


def ends_given(text: str, number: NumberMention, others: Iterable[NumberMention]) -> bool:
    """Whether ``number`` opens a change "from A to B" (read as one range) whose two values
    are each among ``others``, given apart ("grew from 34 to 51 singers" / "51 singers, up from
    34"). Whether the change goes the same way is not asked here."""
    ends = change_ends(text, number)
    if ends is None:
        return False
    given = list(others)
    return all(any(end.stated_by(other) for other in given) for end in ends)


def given_as_an_end(text: str, number: NumberMention, others: Iterable[NumberMention]) -> bool:
    """Whether ``number`` is one of the two values of a change "from A to B" among ``others``,
    which ``text`` reads as one range ("from 9,320 down to 7,410" / "from 9,320 to 7,410")."""
    return any(
        number.stated_by(end)
        for other in others
        if (ends := change_ends(text, other)) is not None
        for end in ends
    )


# Words that set a value against another: "9 minutes, compared with 14", "46% against 71%".
COMPARED_WITH = r"(?:compared (?:with|to)|against|versus|vs\.?)"


def is_change(text: str, a: NumberMention, b: NumberMention) -> bool:
    """Whether two numbers in a row are the values of a change "from A to B" ("rose from 40%
    to 71%", "fell from 31 minutes at peak times to 19")."""
    return (
        not a.ordinal
        and not b.ordinal
        and opens_change(text, a)
        and _TO.match(text[a.end : b.start]) is not None
    )


def _units_said_once(text: str, found: list[NumberMention]) -> list[NumberMention]:
    """The second value of a change counts what the first does when it names nothing itself
    ("from 31 minutes at peak times to 19": 19 minutes)."""
    out = list(found)
    for k in range(1, len(out)):
        a, b = out[k - 1], out[k]
        if b.unit is None and a.unit is not None and is_change(text, a, b):
            out[k] = replace(b, unit=a.unit)
    return out


# Units that say one thing in other words: money named after its currency sign or in words,
# and lengths of time counted in one unit ("18 months" is "a year and a half", "three decades"
# are 30 years).
_MONEY_WORDS = frozenset({"pound", "dollar", "euro", "quid"})
_IN_ONE_UNIT = {"month": ("year", 12.0), "minut": ("hour", 60.0), "decad": ("year", 0.1)}


def _in_common_unit(number: NumberMention) -> NumberMention:
    """The number in the unit it is compared in."""
    if number.unit in UNIT_SPELLINGS:
        number = replace(number, unit=UNIT_SPELLINGS[number.unit])
    if number.unit in _MONEY_WORDS:
        return replace(number, unit="money")
    if number.unit in _IN_ONE_UNIT and not number.ordinal:
        unit, per = _IN_ONE_UNIT[number.unit]
        return replace(number, low=number.low / per, high=number.high / per, unit=unit)
    return number


def _amounts_in_words(text: str, scanned: str, lowered: bool, hints: _Hints) -> list[NumberMention]:
    """Values said with a share of a round amount ("half a million people", "a quarter of a
    century") or with "and a half" after a word ("a year and a half", "a million and a half
    visitors"), which the plain patterns would read as a bare 0.5."""
    if not hints.says_any(_FRACTION_HINTS):
        return []
    out = []
    shares = _SHARE_OF_AMOUNT.lowered if lowered else _SHARE_OF_AMOUNT.any_case
    for m in shares.finditer(scanned):
        count = (m.group("n") or "a").lower()
        parts = 1 if count in {"a", "one"} else NUMBER_WORDS[count]
        amount = m.group("s").lower()
        value = (
            parts
            / _FRACTION_WORDS[m.group("f").lower()]
            * _YEARS_IN.get(amount, _AMOUNTS.get(amount, 1.0))
        )
        unit = "year" if amount in _YEARS_IN else _unit_after(text, m.end())
        out.append(NumberMention(text[m.start() : m.end()], m.start(), m.end(), value, value, unit))
    and_a_half = _ONE_AND_A_HALF.lowered if lowered else _ONE_AND_A_HALF.any_case
    for m in and_a_half.finditer(scanned):
        word = m.group("w").lower()
        if word in _AMOUNTS:
            value, unit = 1.5 * _AMOUNTS[word], _unit_after(text, m.end())
        elif word in NOT_UNITS or word in NUMBER_WORDS:
            continue
        else:
            value, unit = 1.5, stem(word)
        out.append(NumberMention(text[m.start() : m.end()], m.start(), m.end(), value, value, unit))
    return out


_PARTITIVE = re.compile(
    r"\s+of\s+(?:(?:" + "|".join(sorted(BEFORE_A_WHOLE)) + r")\s+)?(?:[\w-]+'s?\s+)?"
)
"""Between a count and the whole it is part of: "three of its eleven libraries",
"four of the 20 boats", "two of Vell's six ferries", "two of the firm's six ferries"."""


def _partitives(text: str, found: list[NumberMention]) -> list[NumberMention]:
    """A count of part of a counted whole counts what the whole counts: "three" in "three of
    its eleven libraries" counts libraries, so that "four of its eleven libraries" is another
    count of them."""
    out = list(found)
    for k in range(len(out) - 1):
        part, whole = out[k], out[k + 1]
        if part.ordinal or whole.ordinal or whole.unit is None or part.unit == "percent":
            continue
        # Only a few words apart: the gap is read by the pattern, so it must stay short.
        if whole.start - part.end < 40 and _PARTITIVE.fullmatch(text, part.end, whole.start):
            out[k] = replace(part, unit=whole.unit, part_of_whole=True)
    return out
