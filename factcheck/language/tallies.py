"""Vote and score tallies: "5-4", "5 to 4", "by five votes to four", "11-0", "unanimously",
"all nine members".

A tally is two counts (for and against, or one side's score and the other's) or a unanimous
vote. Two numbers joined by a dash are a tally only beside a word of voting or scoring ("voted
6-3", "won the final 3-1"); otherwise they are a range, which the number rules compare.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from .analysis import Analysed, per_text
from .lexicon import NUMBER_WORDS
from .quantities import count_value
from .text import Token

_COUNT = r"\d{1,3}|" + "|".join(
    sorted((w for w in NUMBER_WORDS if w not in {"half"}), key=len, reverse=True)
)
# Words that make two joined numbers a tally rather than a range.
_CONTEXT = re.compile(
    r"\b(?:vot\w*|ballot\w*|won|win|wins|winning|lost|lose|loses|beat\w*|defeat\w*|dr[ae]w|"
    r"scor\w*|final|match\w*|game|games|tie|ties|passed|pass|approv\w*|adopt\w*|reject\w*|"
    r"victor\w*|triumph\w*|thrash\w*|edged|overcame|overcome|"
    r"back\w*|ruled|ruling|margin|tally|verdict|jury|convict\w*|acquit\w*|decision|split|"
    r"guilty)\b"
)
# A word after two joined numbers that makes them a tally: "an 11-1 majority".
_CONTEXT_AFTER = re.compile(r"(?:majority|vote)\b")
_TO_HYPHENED = re.compile(rf"(?<![\w.,-])(?P<a>{_COUNT})-to-(?P<b>{_COUNT})(?=[-\s]+votes?\b)")
"""A tally said as one word before "vote": "a seven-to-four vote"."""
_DASHED = re.compile(
    rf"(?<![\w.,-])(?P<a>{_COUNT})\s*-\s*(?P<b>{_COUNT})(?![\w.,-]*\d)(?!\s*(?:%|per\s?cent))"
)
_TO = re.compile(
    rf"(?<![\w.,-])(?P<a>{_COUNT})(?P<votes>\s+(?:votes?|goals?|tries|wickets?))?"
    rf"(?P<units>\s+(?:frames?|sets?|games?|legs?|runs?|points?))?\s+to\s+"
    rf"(?P<b>{_COUNT})\b(?![.,]\d)(?!\s*(?:%|per\s?cent))"
)
# Who casts a vote, one of them ("every trustee") or all of them ("all nine trustees").
_VOTER_NOUNS = (
    "member judge justice juror councillor councilor director senator delegate minister voter"
    " governor trustee commissioner".split()
)
_VOTER = "(?:" + "|".join(_VOTER_NOUNS) + ")"
_VOTERS = "(?:" + "|".join(noun + "s" for noun in _VOTER_NOUNS) + ")"
_UNANIMOUS = re.compile(
    rf"\bunanimous(?:ly)?\b|\bwithout (?:a )?(?:single )?dissent\b|\ball (?P<n>{_COUNT}) "
    rf"(?:of (?:the |its |their )?)?{_VOTERS}\b"
    # "every councillor at the meeting supported the motion", "all the trustees voted for it":
    # each of a body on one side, told by the verb of voting after it in its clause.
    rf"|\b(?:every (?:single )?(?:[\w'-]+ ){{0,3}}?{_VOTER}"
    rf"|all (?:of )?(?:the |its |their )?(?:[\w'-]+ ){{0,3}}?{_VOTERS})\b"
    r"[^.;:,]{0,50}?\b(?:voted (?:for|in favour)|supported|backed|approved|endorsed)\b"
)


# One voter or more against: the vote was split, whatever its count ("Ada Wren voted against",
# "won on a split decision", "a majority verdict").
_DISSENT = re.compile(
    r"\b(?:(?:voted|votes|voting)\s+against|split\s+(?:decision|verdict|vote)|"
    r"majority\s+(?:decision|verdict))\b"
)

# A denial just before a word of one accord: "was not unanimous", "wasn't quite unanimous".
_DENIED_BEFORE = re.compile(r"(?:\bnot|\bnever|\w+n['\u2019]t)\s+(?:[a-z]+\s+)?$")

# A match with no goals or points on either side: "ended goalless" is a 0-0.
_NO_GOALS = re.compile(r"\b(?:goalless|scoreless|pointless draw)\b")


@dataclass(frozen=True)
class Tally:
    """A vote or score: the two counts as written, or a unanimous vote (``against`` 0)."""

    text: str
    start: int
    end: int
    counts: tuple[int, int] | None
    """(first, second) as written; None for "unanimously" without numbers, or a dissent."""
    dissent: bool = False
    """A vote told only by a voter against it ("voted against"): split, count untold."""

    @property
    def unanimous(self) -> bool:
        return not self.dissent and (self.counts is None or min(self.counts) == 0)

    def differs(self, other: Tally) -> bool:
        """Whether the two cannot be the same vote: different counts (in either order), or one
        unanimous and the other split (a voter against is split, of any count)."""
        if self.dissent or other.dissent:
            return self.unanimous or other.unanimous
        if self.unanimous or other.unanimous:
            return self.unanimous != other.unanimous
        assert self.counts is not None and other.counts is not None
        return sorted(self.counts) != sorted(other.counts)


def _count(word: str) -> int | None:
    if word.isdigit():
        return int(word)  # exact, however long
    value = count_value(word)
    return int(value) if value is not None and value == int(value) else None


def voter_group(analysed: Analysed, tally: Tally) -> list[Token]:
    """For a vote told by who cast it ("every Labour councillor present supported"), the words
    naming the group between "every" or "all" and its noun ("Labour"); empty otherwise."""
    lowered = tally.text.lower()
    if not lowered.startswith(("every ", "all ")):
        return []
    noun = _VOTER_NOUN.search(lowered)
    end = tally.start + (noun.start() if noun else 0)
    return [
        t
        for t in analysed.tokens
        if tally.start < t.start < end and not t.is_stop and t.lower != "single"
    ]


_VOTER_NOUN = re.compile(rf"\b(?:{_VOTERS}|{_VOTER})\b")


@per_text
def find_tallies(analysed: Analysed) -> tuple[Tally, ...]:
    """The tallies of a text, each once, in order."""
    text = analysed.text
    lowered = text.lower()
    found: list[Tally] = []

    # The spans taken so far, in order and apart: a new one is checked against its two
    # neighbours only, so that a text with many tallies is read in time near its length.
    starts: list[int] = []
    ends: list[int] = []

    def add(start: int, end: int, counts: tuple[int, int] | None, dissent: bool = False) -> None:
        k = bisect_left(starts, start)
        if (k and ends[k - 1] > start) or (k < len(starts) and starts[k] < end):
            return  # overlaps a tally already read
        starts.insert(k, start)
        ends.insert(k, end)
        found.append(Tally(text[start:end], start, end, counts, dissent))

    for m in _UNANIMOUS.finditer(lowered):
        # "The decision was not unanimous": a split vote.
        denied = _DENIED_BEFORE.search(lowered, max(0, m.start() - 24), m.start())
        if denied is None:
            add(m.start(), m.end(), None)
        else:
            add(denied.start(), m.end(), None, dissent=True)
    for m in _DISSENT.finditer(lowered):
        add(m.start(), m.end(), None, dissent=True)
    for m in _NO_GOALS.finditer(lowered):
        add(m.start(), m.end(), (0, 0))
    for m in _TO_HYPHENED.finditer(lowered):
        a, b = _count(m.group("a")), _count(m.group("b"))
        if a is not None and b is not None:
            add(m.start(), m.end(), (a, b))
    for pattern in (_TO, _DASHED):
        for m in pattern.finditer(lowered):
            a, b = _count(m.group("a")), _count(m.group("b"))
            if a is None or b is None:
                continue
            # "by five votes to four", "by a vote of 5 to 4", "voted 6-3", "voted by six to
            # two": a word of voting or scoring in the few words before, or "votes" between.
            before = lowered[max(0, m.start() - 40) : m.start()]
            votes = pattern is _TO and m.group("votes")
            # "by five frames to four" is a score where a word of winning comes before; "rose
            # 12 points to 345" and "from 21 points to 14" are changes.
            units = pattern is _TO and m.group("units")
            if (votes or units) and re.search(r"\bfrom\s*$", before):
                continue
            after = m.end() + 1
            if not (
                votes
                or _CONTEXT.search(before)
                or _CONTEXT.match(lowered, after)
                or _CONTEXT_AFTER.match(lowered, after)
            ):
                continue
            if (
                pattern is _TO
                and not votes
                and not units
                and not re.search(r"\b(?:vot\w*(?:\s+by)?|of|split)\s*$", before)
            ):
                continue  # "from 5 to 4" is a change, not a vote ("split six to two" is)
            add(m.start(), m.end(), (a, b))
    return tuple(sorted(found, key=lambda t: t.start))
