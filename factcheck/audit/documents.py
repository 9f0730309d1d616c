"""What one document states as values: its dates and quantities, and the year it is set in."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ..corpus.collection import Corpus
from ..language.analysis import analyse
from ..language.lexicon import MONTHS
from ..language.quantities import DateMention, NumberMention

_DIGITS = re.compile(r"\d+")
_WORD = re.compile(r"[^\W\d_]+")
_PIECES = re.compile(r"\d+|[^\W\d_]+")


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
    """What a sentence stating a value must contain (one word of each group): its first number
    ("18" of "October 18-19, 2025"), else its first word ("saturday"); and for a date with a
    month, one of the month's names ("oct", "october")."""
    found = _DIGITS.search(value.text) or _WORD.search(value.text.lower())
    keys = [(found.group(0),)] if found else []
    if isinstance(value, DateMention) and value.month is not None:
        keys.append(tuple(name for name, month in MONTHS.items() if month == value.month))
    return keys


class Documents:
    """The corpus's documents: which one a sentence belongs to, and whether one states a value
    (the words of each document are indexed when it is first asked about)."""

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus
        ranges = sorted((lo, name) for name, (lo, hi) in corpus.doc_ranges.items() if hi > lo)
        self._firsts = [lo for lo, _ in ranges]
        self._names = [name for _, name in ranges]
        self._words: dict[str, dict[str, frozenset[int]]] = {}

    def of(self, position: int) -> str:
        """The name of the document of the sentence at ``position``."""
        return self._names[bisect.bisect_right(self._firsts, position) - 1]

    def _words_at(self, name: str) -> dict[str, frozenset[int]]:
        """Each number and word of the document's normalised sentences, and where it is."""
        found = self._words.get(name)
        if found is None:
            where: dict[str, set[int]] = {}
            lo, hi = self.corpus.doc_ranges[name]
            for position in range(lo, hi):
                for word in _PIECES.findall(self.corpus.match_text(position)):
                    where.setdefault(word, set()).add(position)
            found = self._words[name] = {w: frozenset(p) for w, p in where.items()}
        return found

    def _may_state(self, name: str, keys: list[tuple[str, ...]]) -> list[int]:
        """The positions of the document's sentences with a word of each group of keys."""
        words = self._words_at(name)
        lo, hi = self.corpus.doc_ranges[name]
        found: set[int] = set(range(lo, hi))
        for group in keys:
            found &= set().union(*(words.get(key, ()) for key in group))
        return sorted(found)

    def states_date(self, name: str, other: DateMention) -> bool:
        """Whether some date of document ``name`` says all that ``other`` says, and nothing
        else about it ("October 18-19, 2025" says "October 18 and 19"). Only the sentences
        that may say it are read."""
        wanted = other.fields().items()
        for position in self._may_state(name, _keys(other)):
            dates = analyse(self.corpus.plain_text(position)).dates
            if any(wanted <= d.fields().items() for d in dates):
                return True
        return False

    def states_number(self, name: str, other: NumberMention) -> bool:
        """Whether document ``name`` gives the same quantity of the same thing somewhere."""
        for position in self._may_state(name, _keys(other)):
            numbers = analyse(self.corpus.plain_text(position)).numbers
            if any(n.unit == other.unit and n.same_value(other) for n in numbers):
                return True
        return False
