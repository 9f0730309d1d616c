"""What one document states as values: its dates and quantities, and the year it is set in."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..corpus.collection import Corpus
from ..language.analysis import analyse
from ..language.lexicon import MONTHS
from ..language.quantities import DateMention, NumberMention

_DIGITS = re.compile(r"\d+")
_WORD = re.compile(r"[^\W\d_]{3}")


@dataclass(frozen=True, eq=False)
class DocumentFacts:
    """The dates and quantities of every sentence of one document, with their positions."""

    name: str
    dates: tuple[tuple[int, DateMention], ...]
    numbers: tuple[tuple[int, NumberMention], ...]

    @property
    def year(self) -> int | None:
        """The one year that every date of the document with a month and a year gives (a
        dateline, "October 25 to 30, 2025"), or None when there is none or several."""
        years = {d.year for _, d in self.dates if d.year is not None and d.month is not None}
        return years.pop() if len(years) == 1 else None

    def dated_in(self, year: int, month: int | None) -> int | None:
        """The position of the sentence whose date gives ``year``, in ``month`` if one does."""
        dated = [(p, d) for p, d in self.dates if d.year == year and d.month is not None]
        same_month = [p for p, d in dated if d.month == month]
        return (same_month or [p for p, _ in dated] or [None])[0]


def document_facts(corpus: Corpus, name: str) -> DocumentFacts:
    lo, hi = corpus.doc_ranges[name]
    dates: list[tuple[int, DateMention]] = []
    numbers: list[tuple[int, NumberMention]] = []
    for position in range(lo, hi):
        analysed = analyse(corpus.plain_text(position))
        dates.extend((position, d) for d in analysed.dates)
        numbers.extend((position, n) for n in analysed.numbers)
    return DocumentFacts(name, tuple(dates), tuple(numbers))


def _keys(value: DateMention | NumberMention) -> list[tuple[str, ...]]:
    """What a sentence stating a value must contain (one of each group): its first number
    ("18" of "October 18-19, 2025"), else the first three letters of its first word ("sat" of
    "Saturday"); and for a date with a month, one of the month's names."""
    found = _DIGITS.search(value.text) or _WORD.search(value.text)
    keys = [(found.group(0).lower(),)] if found else []
    if isinstance(value, DateMention) and value.month is not None:
        keys.append(tuple(name for name, month in MONTHS.items() if month == value.month))
    return keys


def _may_state(corpus: Corpus, position: int, keys: list[tuple[str, ...]]) -> bool:
    text = corpus.match_text(position)  # lower case, as the keys are
    return all(any(key in text for key in group) for group in keys)


def states_date(corpus: Corpus, name: str, other: DateMention) -> bool:
    """Whether some date of document ``name`` says all that ``other`` says, and nothing else
    about it ("October 18-19, 2025" says "October 18 and 19"). Only the sentences that may say
    it are read."""
    wanted = other.fields().items()
    keys = _keys(other)
    lo, hi = corpus.doc_ranges[name]
    for position in range(lo, hi):
        if not _may_state(corpus, position, keys):
            continue
        if any(wanted <= d.fields().items() for d in analyse(corpus.plain_text(position)).dates):
            return True
    return False


def states_number(corpus: Corpus, name: str, other: NumberMention) -> bool:
    """Whether document ``name`` gives the same quantity of the same thing somewhere."""
    keys = _keys(other)
    lo, hi = corpus.doc_ranges[name]
    for position in range(lo, hi):
        if not _may_state(corpus, position, keys):
            continue
        numbers = analyse(corpus.plain_text(position)).numbers
        if any(n.unit == other.unit and n.same_value(other) for n in numbers):
            return True
    return False
