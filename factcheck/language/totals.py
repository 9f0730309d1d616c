"""A total that its own parts contradict, both given in one sentence.

"A total of 120 people were hurt: 50 adults and 60 children" adds up to 110, not 120. The parts
are a list of two or more quantities joined by commas and a final "and" (or "plus"); the total
stands just before the list ("a total of 120 ...: ..."; "Of the 300 seats, ...") or just after
it ("..., a total of 14"; "..., 14 people in all"). A total named as such ("a total of", "in
all", "altogether", "combined", "totalling") must equal the sum; a whole that only introduces
the list ("Of the 300 seats, ...", "120 people: ...") may be broken down in part, so only parts
exceeding it are a contradiction. Approximate quantities ("about 120", "more than 50") are
never added up.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .quantities import NumberMention, find_numbers

# Between two parts of a list: the first part's words, then a comma or "and"/"plus".
_PART_GAP = re.compile(r"[^\d,;:.()]{0,40}?(?P<sep>,\s*(?:and\s+|plus\s+)?|\s+(?:and|plus)\s+)")
_APPROXIMATE = re.compile(
    r"(?:about|around|nearly|almost|roughly|approximately|some|over|more than|less than|"
    r"fewer than|at least|up to|under|close to|an estimated|estimated|~)\s*$",
    re.I,
)
_NAMED_TOTAL = re.compile(r"\b(?:total(?:l?ing)?|in all|altogether|combined|all told)\b", re.I)
_BEFORE_LIST = re.compile(r"[^\d.;]{0,60}?(?::|,|\(|—| - )\s*(?:of (?:whom|which|them),?\s*)?")
_AFTER_LIST = re.compile(
    r"[^\d.;]{0,40}?(?:,|\(|—|;| - )\s*(?:for |making |or |to )?(?:a |the )?(?:total (?:of )?|combined )?"
)


@dataclass(frozen=True)
class WrongTotal:
    """A stated total and the parts that do not add up to it."""

    total: NumberMention
    parts: tuple[NumberMention, ...]
    named: bool
    """The total is named as one ("a total of", "in all"): it must equal the sum, not only
    be at least it."""

    @property
    def sum(self) -> float:
        return sum(p.low for p in self.parts)

    @property
    def explanation(self) -> str:
        added = " + ".join(_plain(p.low) for p in self.parts)
        return f"{added} = {_plain(self.sum)}, not {_plain(self.total.low)}"


def _plain(value: float) -> str:
    return f"{value:,.0f}" if value == int(value) else f"{value:,}"


def _countable(text: str, n: NumberMention) -> bool:
    return not n.ordinal and n.low == n.high and not _APPROXIMATE.search(text[: n.start])


def _lists(text: str, numbers: list[NumberMention]) -> list[tuple[int, int]]:
    """(first, last) indices into ``numbers`` of each list of two or more parts ending in "and"."""
    found = []
    i = 0
    while i < len(numbers) - 1:
        j = i
        last_sep = ""
        while j < len(numbers) - 1:
            m = _PART_GAP.fullmatch(text, numbers[j].end, numbers[j + 1].start)
            if not m:
                break
            last_sep = m.group("sep")
            j += 1
            if "and" in last_sep or "plus" in last_sep:
                break
        if j > i and ("and" in last_sep or "plus" in last_sep):
            found.append((i, j))
            i = j + 1
        else:
            i = max(j, i + 1)
    return found


def wrong_totals(text: str, numbers: list[NumberMention] | None = None) -> list[WrongTotal]:
    """Totals in ``text`` that their listed parts contradict (``numbers``: its quantities, when
    already found)."""
    numbers = find_numbers(text) if numbers is None else numbers
    found = []
    spans = _lists(text, numbers)
    # The whole may read as the list's first item ("Of the 300 seats, 120 went to ..."): the
    # list without it is tried too.
    spans += [(first + 1, last) for first, last in spans if last - first >= 2]
    for first, last in spans:
        parts = tuple(numbers[first : last + 1])
        if not all(_countable(text, p) for p in parts):
            continue
        candidates = []
        if first > 0 and _BEFORE_LIST.fullmatch(text, numbers[first - 1].end, parts[0].start):
            total = numbers[first - 1]
            cue = text[max(0, total.start - 14) : parts[0].start]
            candidates.append((total, bool(_NAMED_TOTAL.search(cue))))
        if last + 1 < len(numbers) and _AFTER_LIST.fullmatch(
            text, parts[-1].end, numbers[last + 1].start
        ):
            total = numbers[last + 1]
            after = re.split(r"[,.;:()]", text[total.end : total.end + 40], maxsplit=1)[0]
            cue = text[parts[-1].end : total.start] + after
            candidates.append((total, bool(_NAMED_TOTAL.search(cue))))
        for total, named in candidates:
            if not _countable(text, total) or not _same_kind(total, parts):
                continue
            wrong = WrongTotal(total, parts, named)
            excess = wrong.sum - total.low
            if (named and abs(excess) > 1e-9 * max(1.0, total.low)) or excess > 1e-9:
                found.append(wrong)
    return found


def _same_kind(total: NumberMention, parts: tuple[NumberMention, ...]) -> bool:
    """Money adds to money and percentages to percentages; anything else to anything else."""
    special = {"money", "percent"}
    kind = total.unit if total.unit in special else None
    return all((p.unit if p.unit in special else None) == kind for p in parts)
