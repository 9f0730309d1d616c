"""Numbers: a different quantity of the same thing ("13,000 members" vs "30,000 members"), or
another place in the same ranking ("the largest lake" vs "the third largest lake").

Values are parsed before comparing, so "two-and-a-half years" equals "2.5 years" and "1.2 million"
equals "1,200,000". Two numbers are compared only when they count the same unit (the noun that
follows), or are both ordinals of it ("second round" vs "third round", "fifth album" vs "fourth
studio album", "fourth-largest port" vs "third-largest port"). An unranked superlative ("the
tallest tower") is the first place: a sentence that ranks the same thing lower refutes it.

Two numbers are rivals only when they measure the same thing: the word governing the claim's
number is near the sentence's, both count a whole (not "12 new cases" against "30 cases") and
both a total or both a rate ("per year"). A range is told less precisely, not contradicted, by a
value inside it. A rival given with another quantity on each side that the other does not state
("fell 20% over two seasons" / "fell 8% over three seasons") is two measurements: it is shown,
but does not decide.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from decimal import Decimal
from itertools import pairwise

from ...language.analysis import Analysed, per_text
from ...language.lexicon import (
    APPROXIMATE,
    LOWER_BOUNDS,
    PART_COUNT_WORDS,
    PLAIN_SUPERLATIVES,
    RATE_ADVERBS,
    RATE_PERIODS,
    UPPER_BOUNDS,
)
from ...language.opposites import tells_movement
from ...language.quantities import (
    COMPARED_WITH,
    MORE_THAN_HALF,
    NumberMention,
    change_ends,
    ends_given,
    given_as_an_end,
    is_change,
    within_tenth,
)
from ...language.tallies import find_tallies
from ...language.text import SYNONYMS, Token
from ...models import ConflictKind
from ..findings import Example, Finding, Rule
from ..slots import dated_apart, governed_alike, opens_window, said_in, same_slot

EXAMPLES = (
    # Each sum with what it is for: the claim's sum told for another use is no support, and
    # one told for the claim's use is no conflict with the sum told before it.
    Example(
        "The Orrin trust has offered £300,000 to repair the chapel roof at Hobb Abbey.",
        "The Orrin trust has offered £1.2 million towards repairing the chapel roof at Hobb "
        "Abbey, and £300,000 to resurface the abbey car park.",
        True,
    ),
    Example(
        "The Orrin trust has offered £300,000 to resurface the car park at Hobb Abbey.",
        "The Orrin trust has offered £1.2 million towards repairing the chapel roof at Hobb "
        "Abbey, and £300,000 to resurface the abbey car park.",
        False,
    ),
    # A change told the other way round: the same two values, swapped.
    Example(
        "Wool sales at the Orby mart went from 4,100 bales to 5,300 bales.",
        "Wool sales at the Orby mart fell from 5,300 bales to 4,100 bales.",
        True,
    ),
    # The claim's value of another unit beside a rival of the claim's.
    Example(
        "The Orby mart is three miles from the ring road.",
        "The Orby mart, which sells for three farms, is nine miles from the ring road.",
        True,
    ),
    # A difference of two values the sentence gives is stated by it.
    Example(
        "The Vell trust lifted its museum fund by £15,000 a year.",
        "The Vell trust's museum fund went from £40,000 to £55,000 a year.",
        False,
    ),
    Example(
        "Turnout in Oswy was 2.5 percentage points below the county figure.",
        "Turnout in Oswy was 61.5 per cent, against a county figure of 64 per cent.",
        False,
    ),
    Example(
        "Turnout in Oswy was 4.5 percentage points below the county figure.",
        "Turnout in Oswy was 61.5 per cent, against a county figure of 64 per cent.",
        True,
    ),
    # The claim's value is in the sentence, but of something else; its own slot holds another.
    Example(
        "The refit of the Orla ferry will cost £4.5 million.",
        "The Orla ferry refit will cost £7 million, of which £4.5 million comes from the county.",
        True,
    ),
    Example(
        "The county will pay £4.5 million towards the Orla ferry refit.",
        "The Orla ferry refit will cost £7 million, of which £4.5 million comes from the county.",
        False,
    ),
    Example("The choir had 1,300 members in 2008.", "The choir had 3,000 members in 2008.", True),
    Example("She trained for three years.", "She trained for two-and-a-half years.", True),
    Example("Bread prices rose 30 percent.", "Bread prices rose 25%.", True),
    # Two words for one movement govern one value.
    Example(
        "Exports of Tarn wool dropped 10 percent in May.",
        "Exports of Tarn wool fell 4 percent in May.",
        True,
    ),
    Example("It was the third lap of the race.", "It was the second lap of the race.", True),
    Example("She trained for 2.5 years.", "She trained for two-and-a-half years.", False),
    Example("The region has 1.2 million sheep.", "The region has 1,200,000 sheep.", False),
    Example("Four boats sank.", "The gale hit 20 harbours; four boats sank.", False),
    Example("Four boats sank.", "The gale hit 20 harbours.", False),
    Example(
        "The potter retired at the age of 71.",
        "The potter retired last spring at the age of 64 after a long career.",
        True,
    ),
    Example("She ran 5 races in 3 weeks.", "She ran 5 races and fell 2 times.", False),
    Example("Of the 60 hives, 14 hives failed.", "All 60 hives were inspected.", False),
    Example("He planted 12 trees in 30 days.", "He planted 30 trees in 30 days.", True),
    Example("The fair drew about 40 thousand people.", "The fair drew 41 thousand people.", False),
    Example("The fair drew about 40 thousand people.", "The fair drew 60 thousand people.", True),
    Example("Half of the pupils walk to school.", "80 percent of the pupils walk to school.", True),
    Example(
        "Half of the pupils walk to school.", "50 percent of the pupils walk to school.", False
    ),
    Example("A third of the wells ran dry.", "Two thirds of the wells ran dry.", True),
    Example(
        "Tenants at Brenn Court face a one-third rent rise.",
        "Tenants at Brenn Court face a rent rise of a quarter from May.",
        True,
    ),
    # A share of a round amount is one value, not a share of a whole.
    Example("The lottery drew half a million players.", "The lottery drew 500,000 players.", False),
    Example("The lottery drew half a million players.", "The lottery drew 800,000 players.", True),
    Example("The canal shut for a year and a half.", "The canal shut for 18 months.", False),
    Example("The canal shut for a year and a half.", "The canal shut for 30 months.", True),
    Example("The jury voted 10-2 to acquit.", "The jury voted 11-1 to acquit.", False),
    Example("Turnout rose by 3 per cent.", "Turnout rose by 3 percentage points.", True),
    Example("More than half of the flats are empty.", "70 percent of the flats are empty.", False),
    Example("Less than half of the flats are empty.", "70 percent of the flats are empty.", True),
    Example("The fleet has over 40 boats.", "The fleet has 52 boats.", False),
    Example("Turnout rose by 3 percentage points.", "Turnout rose 3 points.", False),
    Example("Protein KX-4 binds zinc.", "Protein KX-9 binds zinc.", False),
    Example("The kiln fires at 900 to 1,100 degrees.", "The kiln fires at 1,000 degrees.", False),
    Example("The kiln fires at 1,000 degrees.", "The kiln fires at 1,200 to 1,400 degrees.", True),
    Example("The clinic saw 80 patients.", "The clinic saw 25 new patients.", False),
    Example(
        "80% of pupils with bikes at the school will join the club.",
        "Among pupils with bikes at the school, the absence rate was 30%.",
        False,
    ),
    Example("The clinic saw 80 patients.", "The clinic saw 25 patients.", True),
    # The other side of a comparison is another thing's value.
    Example(
        "Riders on the Orby line waited an average of 14 minutes.",
        "Riders on the Orby line waited an average of 9 minutes, compared with 14 minutes on"
        " the Wyke line.",
        True,
    ),
    Example(
        "Riders on the Orby line waited 9 minutes, against 14 minutes on the Wyke line.",
        "Riders on the Orby line waited an average of 9 minutes, compared with 14 minutes on"
        " the Wyke line.",
        False,
    ),
    # A count of part of a whole counts what the whole counts.
    Example(
        "Four of Vell's nine village halls will close.",
        "Vell will close three of its nine village halls next year.",
        True,
    ),
    Example(
        "The glacier lost 3 trillion tonnes of ice.",
        "The glacier lost 200 billion tonnes of ice per year.",
        False,
    ),
    Example("The pump moves 40 litres a minute.", "The pump moves 60 litres a minute.", True),
    Example(
        "The ferry carried 40 cars in 2019.",
        "In 2019 the ferry was refitted; 65 cars were scrapped at the port.",
        False,
    ),
    Example(
        "The bakery sold 300 loaves on Friday.",
        "On Friday the village bakery sold 450 loaves.",
        True,
    ),
    Example(
        "Tarrow Lake is the largest lake in Vessland.",
        "Tarrow Lake is the third largest lake in Vessland.",
        True,
    ),
    Example(
        "The Marsby tower is the second tallest building in Ostland.",
        "The Marsby tower is the tallest building in Ostland.",
        True,
    ),
    Example(
        "Glimmer Road is the fifth album by the Tinmen.",
        "Glimmer Road is the fourth studio album by the Tinmen.",
        True,
    ),
    Example(
        "Vell is the fourth-largest port in Ostland.",
        "Vell is the third-largest port in Ostland.",
        True,
    ),
    Example(
        "Tarrow Lake is one of the largest lakes in Vessland.",
        "Tarrow Lake is the third largest lake in Vessland.",
        False,
    ),
    Example(
        "Ada Marr was the first woman mayor of Vell.",
        "Ada Marr was the second mayor of Vell.",
        False,
    ),
    Example(
        "Tarrow Lake is the largest lake in Vessland.",
        "Tarrow Lake is the largest lake in Vessland and the third largest in the region.",
        False,
    ),
    # "from A to B" is one change: both values of another change do not state it.
    Example(
        "In Wyke the share of homes on mains gas went from 40% to 71%.",
        "The share of homes on mains gas went from 44% to 71% in Orby, and from 40% to 46%"
        " in Wyke.",
        True,
    ),
    Example(
        "In Wyke the share of homes on mains gas went from 40% to 46%.",
        "The share of homes on mains gas went from 44% to 71% in Orby, and from 40% to 46%"
        " in Wyke.",
        False,
    ),
    # ... and the size of a change is the gap between its two values.
    Example(
        "Average queues at the Orby crossing fell by 12 minutes.",
        "Average queues at the Orby crossing fell from 31 minutes at peak times to 19.",
        False,
    ),
)


def _same_word_before(
    claim: Analysed, number: NumberMention, evidence: Analysed, other: NumberMention
) -> bool:
    before_claim = [t for t in claim.content if t.end <= number.start][-1:]
    before_evidence = [t for t in evidence.content if t.end <= other.start][-1:]
    return bool(before_claim and before_evidence and said_in(before_claim[0], before_evidence[:1]))


def _in_code(analysed: Analysed, number: NumberMention) -> bool:
    """A number that is part of a name or code ("IL-6", "CD11b", "B-52"): no quantity."""
    text = analysed.text
    before = text[max(0, number.start - 2) : number.start]
    after = text[number.end : number.end + 1]
    return (
        (len(before) == 2 and before[1] == "-" and before[0].isalpha() and before[0].isupper())
        or (before[-1:].isalpha() and before[-1:].isupper())
        or (after.isalpha() and not number.unit)
    )


def _outside_tallies(analysed: Analysed) -> list[NumberMention]:
    """The numbers not part of a vote or score (the tallies rule compares those) nor of a code."""
    tallies = find_tallies(analysed)
    return [
        n
        for n in analysed.numbers
        if not any(t.start <= n.start < t.end for t in tallies) and not _in_code(analysed, n)
    ]


def _hedged(analysed: Analysed, number: NumberMention) -> bool:
    """ "about 40", "roughly 400", "an estimated 3,000": the number is approximate."""
    words = analysed.text[max(0, number.start - 20) : number.start].lower().split()[-2:]
    return any(w.strip(",") in APPROXIMATE for w in words)


def _near(claim: Analysed, number: NumberMention, evidence: Analysed, other: NumberMention) -> bool:
    """Approximate numbers within a tenth of each other are the same quantity."""
    if not (_hedged(claim, number) or _hedged(evidence, other)):
        return False
    return within_tenth((number.low + number.high) / 2, (other.low + other.high) / 2)


def _ranges_meet(a: NumberMention, b: NumberMention) -> bool:
    """One side gives a range the other's value or range falls in or overlaps: "from 2 to 5
    years" / "4 years" is a less precise telling of one quantity, not another quantity."""
    ranged = a.low != a.high or b.low != b.high
    return ranged and a.low <= b.high and b.low <= a.high


def _part_words(analysed: Analysed, number: NumberMention) -> frozenset[str]:
    """The words right after a count that make it a part or a change of a whole: "12 new
    cases" -> {"new"}."""
    words = analysed.text[number.end : number.end + 30].lower().split()[:2]
    return frozenset(w for w in words if w in PART_COUNT_WORDS)


_RATE = re.compile(
    r"\s*(?:[\w-]+\s+){0,3}?(?:(?:per|a|an|each|every)\s+(?:"
    + "|".join(sorted(RATE_PERIODS))
    + r")\b|(?:"
    + "|".join(sorted(RATE_ADVERBS))
    + r")\b|/)",
    re.I,
)
"""After a quantity, what makes it a rate: "3 mm per year", "200 tonnes of ice a day"."""


def _rate(analysed: Analysed, number: NumberMention) -> bool:
    """A rate ("3 mm per year", "200 tonnes a day"), not a total."""
    return bool(_RATE.match(analysed.text[number.end : number.end + 40]))


# Words that may stand between a movement and its amount: "rose by", "fell by almost", "up by
# more than", "a rise of about".
_CHANGE_LEAD = APPROXIMATE | frozenset("by of just than more less over under".split())


def _change_amount(analysed: Analysed, number: NumberMention) -> bool:
    """The amount of a change ("rose by 400 tonnes", "fell 12%", "sales up 9 per cent", "a
    rise of 5%"), not the level it reached: the word of the movement stands just before it,
    with only "by", "of" or a hedge between, or just after it ("a 6 per cent rise")."""
    tokens = analysed.tokens
    k, after = analysed.token_at(number.start), analysed.token_at(number.end)
    # "a 6 per cent rise", "a 5% pay rise": the movement just after the amount.
    if any(tells_movement(t) for t in tokens[after : after + 2]):
        return True
    for j in range(k - 1, max(-1, k - 6), -1):
        word = tokens[j]
        if tells_movement(word) or word.lower in ("up", "down"):
            return True
        if word.lower not in _CHANGE_LEAD:
            return False
    return False


def _more_than_half(number: NumberMention) -> bool:
    """ "most of", "the majority of": a share of more than half, said in words."""
    return " ".join(number.text.lower().split()) in MORE_THAN_HALF


def _bound(analysed: Analysed, number: NumberMention) -> int:
    """1 for a lower bound ("more than 40", "most of"), -1 for an upper one ("under 40"), else
    0."""
    before = " " + analysed.text[max(0, number.start - 16) : number.start].lower().rstrip()
    if before.endswith(tuple(" " + w for w in LOWER_BOUNDS)) or _more_than_half(number):
        return 1
    if before.endswith(tuple(" " + w for w in UPPER_BOUNDS)) and not _MOVED_UP_TO.search(before):
        return -1
    return 0


# "will go up to £48", "shot up to 40": where a rise ends, not a bound.
_MOVED_UP_TO = re.compile(
    r"\b(?:go|goes|going|gone|went|move[sd]?|moving|shot|jump(?:s|ed)?)\s+up\s+to$"
)


_OVER_A_TIME = re.compile(r"\b(?:over|under)\s+(?:the\s+)?$", re.I)
_TIME_SPANS = frozenset({"year", "month", "week", "day", "hour", "minute"})


def _over_a_time(analysed: Analysed, number: NumberMention) -> bool:
    """ "over" or "under" before a stretch of time, which may tell when rather than bound it
    ("extracted over 22 years")."""
    return number.unit in _TIME_SPANS and bool(
        _OVER_A_TIME.search(analysed.text, max(0, number.start - 12), number.start)
    )


def _within_bound(
    claim: Analysed, number: NumberMention, evidence: Analysed, other: NumberMention
) -> bool:
    """One side gives a bound the other's value keeps: "more than half" / "80 per cent"; not
    a bound of the same kind ("at least 600" / "at least 6,000": two figures, not one)."""
    if _bound(claim, number) == _bound(evidence, other) != 0 and not (
        _over_a_time(claim, number) or _over_a_time(evidence, other)
    ):
        # "most of" against another lower bound ("more than 90 per cent") is no rival figure.
        return _more_than_half(number) != _more_than_half(other)
    for side, bounded, value in ((claim, number, other), (evidence, other, number)):
        bound = _bound(side, bounded)
        if bound == 1 and value.low >= bounded.high:
            return True
        if bound == -1 and value.high <= bounded.low:
            return True
    return False


_SHARES = {"percent", "percentag"}  # "3 per cent", "3 percentage points"


def _difference_stated(
    analysed: Analysed, number: NumberMention, theirs: list[NumberMention]
) -> bool:
    """The evidence gives two values whose difference is the claim's: "raised its grant by
    £15,000" / "from £40,000 to £55,000"; "2.5 points below" / "61.5 per cent, against 64 per
    cent"."""

    def counts_alike(other: NumberMention) -> bool:
        return other.unit == number.unit or _points_and_percent(number, other)

    # Each change "from A to B" (also "from £40,000 to £55,000", read as one range; and "fell
    # from 31 minutes at peak times to 19", whose unit is said once, of the first value), or
    # told new value first ("318 teams, up from 271").
    told = changes(analysed) + changes_told_backwards(analysed)
    gaps = [abs(a.low - b.low) for a, b in told if counts_alike(a) or counts_alike(b)]
    gaps += [
        abs(a.low - b.low)
        for i, a in enumerate(theirs)
        for b in theirs[i + 1 :]
        if a.low == a.high and b.low == b.high and a.unit == b.unit and counts_alike(a)
    ]
    return number.low == number.high and any(_close_enough(gap, number) for gap in gaps if gap > 0)


_DIFFERENCE_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+){0,2}?(?:more|fewer|less|higher|lower)\s+than\b", re.I
)
_DIFFERENCE_BEFORE = re.compile(r"\bby\s+(?:about\s+|around\s+|some\s+)?[$£€]?$", re.I)


def gives_difference(claim: Analysed, number: NumberMention, evidence: Analysed) -> bool:
    """The claim's value is told as a difference ("47 more than last year", "rose by £1,500")
    and the evidence gives two values it is the difference of ("318, up from 271"); or it is a
    margin or a count apiece of a score the evidence gives ("by a margin of five votes" /
    "voted by 21 to 16")."""
    told = _DIFFERENCE_AFTER.match(claim.text, number.end) or _DIFFERENCE_BEFORE.search(
        claim.text, max(0, number.start - 16), number.start
    )
    return (
        told is not None and _difference_stated(evidence, number, list(evidence.numbers))
    ) or _told_by_tally(claim, number, evidence)


def _close_enough(gap: float, number: NumberMention) -> bool:
    """Equal but for the rounding of a difference worked out from two written values: within
    half a unit of the value's last written digit, and within 0.5% of it ("41.02" is not
    "41.06")."""
    value = number.low
    return abs(gap - value) <= min(0.005 * max(abs(gap), abs(value)), _half_last_digit(number))


_DECIMALS = re.compile(r"\d[\d,]*(?:\.(\d+))?")


def _half_last_digit(number: NumberMention) -> float:
    """Half the unit of the last digit written: 0.005 for "41.06", 0.05 million for "£1.2m";
    the whole value's worth for a number in words."""
    written = _DECIMALS.search(number.text)
    if written is None:
        return abs(number.low)
    decimals = len(written.group(1) or "")
    shown = float(written.group(0).replace(",", ""))
    scale = number.low / shown if shown else 1.0
    return 0.5 * 10.0**-decimals * abs(scale)


def _points_and_percent(a: NumberMention, b: NumberMention) -> bool:
    """One is a share in per cent, the other a change in percentage points: a rise "by 3
    percentage points" (from 10% to 13%) is not a rise "by 3 per cent" (from 10% to 10.3%)."""
    return a.unit != b.unit and {a.unit, b.unit} == _SHARES


_RANKED_WORDS = 3
"""Words after an ordinal that say what it ranks ("fourth [studio album]")."""


def _ranked(analysed: Analysed, number: NumberMention) -> list[str]:
    """Stems of the words an ordinal ranks, up to a function word or punctuation: "fourth
    studio album by ..." ranks "studio album"."""
    tokens = analysed.tokens
    after = [k for k, t in enumerate(tokens) if t.start >= number.end][:_RANKED_WORDS]
    words = []
    for k in after:
        if tokens[k].is_stop or (words and analysed.closes_phrase(k)):
            break
        words.append(tokens[k].stem)
    return words


def _ranks_alike(number: NumberMention, evidence: Analysed, other: NumberMention) -> bool:
    """Two ordinals of the same thing, where the evidence names it more closely: "fifth album"
    against "fourth studio album" (the ranking a reference work counts by). Not the other way
    round: "the first woman mayor" is not refuted by "the second mayor"."""
    return (
        number.ordinal
        and other.ordinal
        and number.unit is not None
        and number.unit in _ranked(evidence, other)
    )


_FIRMLY = frozenset({"single", "very", "outright"})


def _superlatives(analysed: Analysed) -> list[Token]:
    """Unranked superlatives: "the largest", "the most", not "the third largest" nor "one of
    the largest"."""
    tokens = analysed.tokens
    found = []
    for k, t in enumerate(tokens[1:], start=1):
        if not (t.lower in PLAIN_SUPERLATIVES or (t.lower.endswith("est") and len(t.lower) > 5)):
            continue
        # "the single largest", "the very best": one place, said more firmly.
        before = k - 2 if k >= 2 and tokens[k - 1].lower in _FIRMLY else k - 1
        if tokens[before].lower != "the" or (before >= 2 and tokens[before - 2].lower == "one"):
            continue
        if any(n.ordinal and n.end <= t.start <= n.end + 1 for n in analysed.numbers):
            continue
        found.append(t)
    return found


def _rank_findings(claim: Analysed, evidence: Analysed) -> list[Finding]:
    """The top of a ranking against a lower place in it: "the largest country" against "the
    fourth largest country", and the other way round."""
    findings = []
    # A place the evidence also gives ("the largest lake ..., the third largest in ...") is
    # stated, whatever else it ranks.
    tops = {word.stem for word in _superlatives(evidence)}
    pairs = [
        (word, other, True)
        for word in _superlatives(claim)
        if word.stem not in tops
        for other in evidence.numbers
        if other.ordinal and other.low >= 2 and other.unit == word.stem
    ] + [
        (word, number, False)
        for number in claim.numbers
        if number.ordinal
        and number.low >= 2
        and not any(number.stated_by(n) and n.unit == number.unit for n in evidence.numbers)
        for word in _superlatives(evidence)
        if number.unit == word.stem
    ]
    for word, ranked, top_in_claim in pairs:
        if top_in_claim:
            claim_span, evidence_span = (word.start, word.end), (ranked.start, ranked.end)
            said = (f"the {word.surface}", f"{ranked.text} {word.surface}")
        else:
            claim_span, evidence_span = (ranked.start, ranked.end), (word.start, word.end)
            said = (ranked.text, f"the {word.surface}")
        if any(f.claim_span == claim_span for f in findings):
            continue
        if same_slot(claim, claim_span, evidence, evidence_span):
            findings.append(Finding(ConflictKind.NUMBER, claim_span, *said))
    return findings


def _measured_apart(
    claim: Analysed, number: NumberMention, evidence: Analysed, other: NumberMention
) -> bool:
    """Each side gives the rival values with another quantity the other side does not state:
    "fell 20% after two years" / "fell 12% after six months" are two measurements (another time
    point, dose or group), not rival values of one."""
    ours = [n for n in _outside_tallies(claim) if n is not number]
    theirs = [n for n in _outside_tallies(evidence) if n is not other]
    return any(not any(n.stated_by(t) for t in theirs) for n in ours) and any(
        not any(t.stated_by(n) for n in ours) for t in theirs
    )


@per_text
def _words_before(analysed: Analysed) -> dict[int, str | None]:
    """For each number (by where it starts), the stem of the word right before it ("cost" in
    "will cost about £7m"), past an approximating word; none when that word is a small one
    ("of which £4m"). One pass over the text for all its numbers."""
    found: dict[int, str | None] = {}
    tokens = analysed.tokens
    k = 0
    for number in sorted(analysed.numbers, key=lambda n: n.start):
        while k < len(tokens) and tokens[k].end <= number.start:
            k += 1
        before = tokens[max(0, k - 2) : k]
        if before and before[-1].lower in APPROXIMATE:
            before = before[:-1]
        usable = before and not before[-1].is_stop and not before[-1].is_number
        found[number.start] = before[-1].stem if usable else None
    return found


def _verb_before(analysed: Analysed, number: NumberMention) -> str | None:
    return _words_before(analysed).get(number.start)


_COMPARED = re.compile(rf"\b{COMPARED_WITH}\s+(?:about\s+)?$", re.I)


def _compared(analysed: Analysed, number: NumberMention) -> bool:
    """The value is the other side of a comparison: "9 minutes, compared with 14 minutes on the
    Wyke line"."""
    return bool(_COMPARED.search(analysed.text[max(0, number.start - 24) : number.start]))


def _said_of_another(
    claim: Analysed, number: NumberMention, evidence: Analysed, theirs: list[NumberMention]
) -> bool:
    """The evidence says the claim's value, but of something else: the other side of a
    comparison or change the claim does not make ("waited 14 minutes" against "waited 9 minutes,
    compared with 14 minutes on the Wyke line"); or the word right before it in the claim stands
    right before another value of its unit, and before none that states it ("cost £1.1m"
    against "cost £3.2m, of which £1.1m comes from a grant")."""
    stating = [o for o in theirs if number.stated_by(o)]
    if (
        stating
        and all(_compared(evidence, o) for o in stating)
        and not any(_compared(claim, mine) for mine in claim.numbers)
        and not changes(claim)
        and not changes_told_backwards(claim)
        and any(o.unit == number.unit and not _compared(evidence, o) for o in theirs)
    ):
        return True
    if _put_to_another_use(claim, number, evidence, theirs):
        return True
    if _put_to_its_use(claim, number, evidence, theirs):
        return False  # "offered £1.2m for the roof, and £300,000 for the car park"
    word = _verb_before(claim, number)
    if word is None or number.unit is None:
        return False
    return not any(
        number.stated_by(o) and _verb_before(evidence, o) == word for o in theirs
    ) and any(
        other.unit == number.unit
        and not number.stated_by(other)
        and _verb_before(evidence, other) == word
        for other in theirs
    )


_USE_REACH = 8
"""Words after a sum within which what it is for is told ("£300,000 to resurface the car
park")."""
_USE_SHARED = 2
"""Words of the claim's use a rival value's use must share to take the slot."""


_FOR = frozenset({"to", "for", "towards", "toward"})


def _use_of(analysed: Analysed, number: NumberMention) -> frozenset[str]:
    """What a sum of money is for, when told right after it: the stems of the content words
    from "to", "for" or "towards" up to the next value or the end of its clause ("£1.2
    million towards repairing the chapel roof"); none for any other value."""
    return _uses(analysed).get(number.start, frozenset())


@per_text
def _uses(analysed: Analysed) -> dict[int, frozenset[str]]:
    """What each sum of the text is for (see ``_use_of``), by where the sum starts: read once
    a text, as a sentence's sums are looked up for each value of each claim."""
    tokens = analysed.tokens
    content = analysed.content_set
    starts = sorted(n.start for n in analysed.numbers)
    uses = {}
    for number in analysed.numbers:
        at = analysed.token_at(number.end)
        while at < len(tokens) and tokens[at].start < number.end:
            at += 1
        if number.unit != "money" or at >= len(tokens) or tokens[at].lower not in _FOR:
            continue
        later = bisect_left(starts, number.end)
        stop = starts[later] if later < len(starts) else len(analysed.text)
        words = []
        for k in range(at, len(tokens)):
            token = tokens[k]
            if token.start >= stop or analysed.closes_phrase(k) or len(words) >= _USE_REACH:
                break
            if token in content and not token.is_number:
                words.append(token.stem)
        uses[number.start] = frozenset(words)
    return uses


def _put_to_its_use(
    claim: Analysed, number: NumberMention, evidence: Analysed, theirs: list[NumberMention]
) -> bool:
    """The evidence says the claim's value for the claim's use ("£300,000 to resurface the
    car park" / "and £300,000 to resurface the abbey car park")."""
    ours = _use_of(claim, number)
    return len(ours) >= _USE_SHARED and any(
        number.stated_by(o) and len(ours & _use_of(evidence, o)) >= _USE_SHARED for o in theirs
    )


def _put_to_another_use(
    claim: Analysed, number: NumberMention, evidence: Analysed, theirs: list[NumberMention]
) -> bool:
    """The evidence says the claim's value for another use, and another value of its unit for
    the claim's: "£300,000 to repair the chapel roof" against "£1.2 million towards repairing
    the chapel roof, and £300,000 to resurface the car park"."""
    if number.unit is None:
        return False
    ours = _use_of(claim, number)
    if len(ours) < _USE_SHARED:
        return False
    stating = [o for o in theirs if number.stated_by(o)]
    return (
        bool(stating)
        and all(not (ours & _use_of(evidence, o)) for o in stating)
        and any(
            other.unit == number.unit
            and not number.stated_by(other)
            and len(ours & _use_of(evidence, other)) >= _USE_SHARED
            for other in theirs
        )
    )


@per_text
def changes(analysed: Analysed) -> tuple[tuple[NumberMention, NumberMention], ...]:
    """Each change told as "from A to B" ("rose from 40% to 71%", "fell from 31 minutes at
    peak times to 19"): its two values, in order."""
    text = analysed.text
    numbers = sorted(analysed.numbers, key=lambda n: n.start)
    # "from 150 to 260" is read as one mention, a range; after "from" it is a change.
    ranged = tuple(ends for n in numbers if (ends := change_ends(text, n)) is not None)
    return ranged + tuple((a, b) for a, b in pairwise(numbers) if is_change(text, a, b))


# A change told new value first: "rose to 318 from 265", "318 members, up from 265", "£1.9m,
# compared with £2.3m last year". The second value is the earlier one.
_TO_BEFORE = re.compile(r"\bto\s+(?:about\s+|around\s+|roughly\s+|an estimated\s+)?[$£€]?$", re.I)
_BACK_FROM = re.compile(r"(?:\b(?P<up>up|down))?\s*\bfrom\s+(?:about\s+|around\s+)?[$£€]?$", re.I)
_BACK_COMPARED = re.compile(r"\bcompared (?:with|to)\s+(?:about\s+|around\s+)?[$£€]?$", re.I)
_EARLIER = re.compile(
    r"[^.;:!?()\d]{0,25}?\b(?:last year|the (?:year|season|month) before|the previous"
    r" (?:year|season|month)|a (?:year|season|month) earlier|in (?:19|20)\d\d)\b",
    re.I,
)
_BACK_REACH = 60
_CLAUSE_BREAK = re.compile(r"[.;:!?()]")


@per_text
def changes_told_backwards(analysed: Analysed) -> tuple[tuple[NumberMention, NumberMention], ...]:
    """Each change told with its new value first, as (earlier, later): "went to 318 from 265",
    "318 members, up from 265", "£1.9m, compared with £2.3m last year". The later value is
    the first of the clause before the earlier one, unless one there counts the earlier's unit
    ("6,200 visitors over two days, up from 5,100 visitors")."""
    text = analysed.text
    numbers = sorted(analysed.numbers, key=lambda n: n.start)
    found = []
    for k, earlier in enumerate(numbers):
        back = _BACK_FROM.search(text, max(0, earlier.start - 30), earlier.start)
        compared = _BACK_COMPARED.search(text, max(0, earlier.start - 30), earlier.start)
        if earlier.ordinal or not (
            (back is not None and back.end() == earlier.start)
            or (compared is not None and _EARLIER.match(text, earlier.end))
        ):
            continue
        # Back from the earlier value, no further than the reach: linear in a long text.
        near = []
        for n in reversed(numbers[:k]):
            if earlier.start - n.end > _BACK_REACH:
                break
            near.append(n)
        before = [
            n
            for n in reversed(near)
            if not n.ordinal
            and n.low == n.high
            and not _CLAUSE_BREAK.search(text, n.end, earlier.start)
        ]
        if not before:
            continue
        later = next(
            (n for n in before if n.unit is not None and n.unit == earlier.unit), before[0]
        )
        # "sang to 240 people from 12 villages": two counts of two things.
        if None not in (earlier.unit, later.unit) and later.unit != earlier.unit:
            continue
        # "to 318 from 265" needs its "to"; "318, from 265" alone is no change.
        if (
            back is not None
            and not back.group("up")
            and not _TO_BEFORE.search(text, 0, later.start)
        ):
            continue
        found.append((earlier, later))
    return tuple(found)


def _change_findings(claim: Analysed, evidence: Analysed) -> list[Finding]:
    """A change of the claim against the same change the other way round, told "from A to B"
    or new value first on either side ("fell to 5,100 from 6,200" / "6,200, up from 5,100");
    and a change "from A to B" against one "from A to B" of the evidence that starts or ends at
    the same value but not at the other: the claim's pair is not stated by values the evidence
    gives of two different changes ("from 44% to 71%, and from 40% to 46%")."""
    theirs = changes(evidence)
    # Every way the evidence tells a change, for the same change told the other way round.
    every = theirs + changes_told_backwards(evidence)
    findings = []
    told_forwards = changes(claim)
    for a, b in told_forwards + changes_told_backwards(claim):
        if any(a.stated_by(x) and b.stated_by(y) for x, y in every):
            continue
        # The same change the other way round ("from £2.4m to £3.1m" / "from £3.1m to £2.4m"),
        # else, for a change the claim tells "from A to B", the one told so that starts where
        # the claim's does, else the one that ends there.
        reversed_change = (
            (x, y) for x, y in every if a.stated_by(y) and b.stated_by(x) and not a.same_value(b)
        )
        rival = next(reversed_change, None)
        if rival is None and (a, b) in told_forwards:
            rival = next(
                (
                    (x, y)
                    for x, y in sorted(theirs, key=lambda pair: not a.stated_by(pair[0]))
                    if a.stated_by(x) != b.stated_by(y)
                ),
                None,
            )
        if rival is None:
            continue
        x, y = rival
        start, end = min(a.start, b.start), max(a.end, b.end)
        their_start, their_end = min(x.start, y.start), max(x.end, y.end)
        findings.append(
            Finding(
                ConflictKind.NUMBER,
                (start, end),
                claim.text[start:end],
                evidence.text[their_start:their_end],
                deciding=not dated_apart(claim, evidence),
            )
        )
    return findings


def _same_unit(a: NumberMention, b: NumberMention) -> bool:
    """One unit, or two words for it ("260 staff" / "260 employees")."""
    return a.unit == b.unit or (a.unit is not None and b.unit in SYNONYMS.get(a.unit, ()))


# A count of what came of a number of tries: "9 doubles from 14 attempts", "6 wins out of 8".
_OUT_OF = re.compile(r"\s+[a-z]+\s+(?:from|out\s+of)\s+(?=\S*\d|[a-z]+\s)", re.I)


def _same_whole(
    claim: Analysed, number: NumberMention, evidence: Analysed, other: NumberMention
) -> bool:
    """Both are counts of part of a whole, and the wholes are the same number."""

    def whole(side: Analysed, part: NumberMention) -> NumberMention | None:
        return next((n for n in side.numbers if n.start > part.end), None)

    if not (other.part_of_whole or _OUT_OF.match(evidence.text, other.end)):
        return False
    mine, theirs = whole(claim, number), whole(evidence, other)
    return (
        mine is not None
        and theirs is not None
        and mine.same_value(theirs)
        # "900 fans from 14 clubs" is no part of the 14.
        and other.high <= theirs.low
    )


def accounts_for(
    claim: Analysed, number: NumberMention, evidence: Analysed, theirs: list[NumberMention]
) -> bool:
    """Whether the evidence gives the claim's value: the same value or a range holding it, an
    approximate figure near it, a bound it keeps, or two values whose difference it is; not a
    value said of something else ("cost £3.2m, of which £1.1m comes from a grant" against
    "cost £1.1m"), which leaves the slot to the value in it. ``theirs``: the evidence's
    numbers outside tallies."""
    said_elsewhere = _said_of_another(claim, number, evidence, theirs)
    return (
        any(
            (
                number.stated_by(other)
                and not _points_and_percent(number, other)
                and not said_elsewhere
                # "heat 4" names a heat: no "4 points".
                and not (number.unit is not None and _label(evidence, other))
                and not _of_another_unit(number, other, theirs)
                # "four of its nine halls" is not stated by a "four-hour meeting"; "nine of
                # the 15 recitals" is by "nine of the 15 concerts".
                and (
                    _same_unit(other, number)
                    or not number.part_of_whole
                    or _same_whole(claim, number, evidence, other)
                )
            )
            or (
                other.unit == number.unit
                and (
                    _near(claim, number, evidence, other)
                    or _ranges_meet(number, other)
                    or _within_bound(claim, number, evidence, other)
                )
            )
            for other in theirs
        )
        or _difference_stated(evidence, number, theirs)
        # "from 9,320 down to 7,410" / "from 9,320 to 7,410", read as one range.
        or (not said_elsewhere and given_as_an_end(evidence.text, number, theirs))
        or _told_by_tally(claim, number, evidence)
        or _told_by_difference(number, theirs, evidence)
        or (_more_than_half(number) and _MOST_ALONE.search(evidence.text) is not None)
    )


# "and most travel by car": "most" standing for most of those just named, a share of more than
# half; not "the most", "at most", nor "most likely" or "most of" (read as a share already).
_MOST_ALONE = re.compile(
    r"(?<!\bthe )(?<!\bat )\bmost\b(?! of\b)"
    r"(?!\s+(?:likely|recently|notably|importantly|probably|famously|commonly)\b)",
    re.I,
)


_MORE_THAN = re.compile(r"\s*(?P<w>more|fewer|less|higher|lower)\s+than\b", re.I)
_WITHIN_CLAUSE = 60
"""Characters between a value and the difference told after it at most."""


def _told_by_difference(
    number: NumberMention, theirs: list[NumberMention], evidence: Analysed
) -> bool:
    """The value the evidence gives as another less a difference: "14 wardens, five more than it
    had in 2021" gives the 9 of 2021; "40 stalls, six fewer than last year" gives 46."""
    text = evidence.text
    ordered = sorted(theirs, key=lambda n: n.start)
    for k in range(1, len(ordered)):
        value, difference = ordered[k - 1], ordered[k]
        said = _MORE_THAN.match(text, difference.end)
        between = text[value.end : difference.start]
        if not said or len(between) > _WITHIN_CLAUSE or any(c in between for c in ".;:"):
            continue
        sign = -1 if said.group("w").lower() in ("more", "higher") else 1
        exact = value.low == value.high and difference.low == difference.high
        if exact and number.low == number.high == value.low + sign * difference.low:
            return True
    return False


def _of_another_unit(
    number: NumberMention, other: NumberMention, theirs: list[NumberMention]
) -> bool:
    """The evidence gives the claim's value of another unit, and another value of the claim's:
    "the two villages" does not give "two miles" beside "eight miles away"."""
    return (
        number.unit is not None
        and other.unit is not None
        and not _same_unit(other, number)
        and any(_same_unit(t, number) and not number.stated_by(t) for t in theirs)
    )


_MARGIN_BEFORE = re.compile(
    r"\b(?:by|(?:majority|margin|lead)\s+of)\s+(?:a\s+margin\s+of\s+)?$", re.I
)
_APIECE_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?(?:apiece|each)\b", re.I)


_SCORED_IN = frozenset({"goal", "point", "vote", "run", "tri", "wicket", "seat", "game", "shot"})
"""What a score counts, as numbers carry it (by stem): a margin of anything else ("rose by 4
per cent") is no difference of a score."""


def _told_by_tally(claim: Analysed, number: NumberMention, evidence: Analysed) -> bool:
    """A margin is the difference of a score ("beat them by four goals" / "won 58-54"), and a
    count apiece both counts of one ("level on 28 goals apiece" / "28-28 at half-time")."""
    if number.low != number.high or (number.unit is not None and number.unit not in _SCORED_IN):
        return False
    scores = [t.counts for t in find_tallies(evidence) if t.counts is not None]
    if not scores:
        return False
    if _MARGIN_BEFORE.search(claim.text, 0, number.start):
        return any(abs(a - b) == number.low for a, b in scores)
    if _APIECE_AFTER.match(claim.text, number.end):
        return any(a == b == number.low for a, b in scores)
    return False


def tally_given(claim: Analysed, number: NumberMention, evidence: Analysed) -> bool:
    """The number is a count of a vote or score of the claim that the evidence gives with the
    same counts, in any form ("by six frames to three" / "won 6-3")."""
    mine = [
        t.counts
        for t in find_tallies(claim)
        if t.counts is not None and t.start <= number.start < t.end
    ]
    return bool(mine) and any(t.counts == mine[0] for t in find_tallies(evidence))


def unaccounted(claim: Analysed, evidences: list[Analysed]) -> list[NumberMention]:
    """The claim's figures that none of ``evidences`` gives (see ``accounts_for``): a claim
    that the sources confirm except for its figure is not confirmed. Not a rank ("the third"),
    a vote or score (the tallies rule reads those), a number inside a name ("Route 9"), a time
    of day, a decade, a ratio or a count of times; nor a value worked out from the evidence's
    (see ``_worked_out``)."""
    found = [(evidence, _outside_tallies(evidence)) for evidence in evidences]
    return [
        number
        for number in _outside_tallies(claim)
        if not number.ordinal
        and not _in_name(claim, number)
        and number.text.lower() not in _NOT_FIGURES
        and not _NO_FIGURE_AFTER.match(claim.text, number.end)
        and not any(
            accounts_for(claim, number, e, theirs)
            or _worked_out(number, theirs)
            or _one_of_its_unit(number, e)
            or _given_as_tally(number, e)
            for e, theirs in found
        )
        # A change "from 31 to 48" whose values the evidence gives apart, in one sentence or two
        # ("48 breakdowns, against 31 in the winter before").
        and not ends_given(claim.text, number, (o for _, theirs in found for o in theirs))
    ]


def _given_as_tally(number: NumberMention, evidence: Analysed) -> bool:
    """A score the claim writes with no word of winning beside it ("took the penalty contest 3-1"),
    read as two numbers, that the evidence gives as a score ("won the penalty contest 3-1")."""
    counts = (number.low, number.high)
    return number.low != number.high and any(
        t.counts is not None and tuple(map(float, t.counts)) == counts
        for t in find_tallies(evidence)
    )


def _one_of_its_unit(number: NumberMention, evidence: Analysed) -> bool:
    """One of the larger unit a count of time is compared in, which the evidence names
    without a number: "the twelve months to November" / "the year to November", "sixty minutes" /
    "an hour"."""
    return (
        number.low == number.high == 1.0
        and number.unit in _UNITS_OF_TIME
        and any(t.stem == number.unit for t in evidence.tokens)
    )


_UNITS_OF_TIME = frozenset({"year", "hour"})


# A bare "half" ("in the second half", "half-time"; "half a million" and "a year and a half"
# are read whole), words of how many times ("twice as much", "double the cost") and a halving
# ("halved", which "fell from 240 to 120" says as well as "fell by half"). ("once"
# and "single" are never read as numbers at all.)
_NOT_FIGURES = frozenset(
    {"half", "twice", "thrice", "double", "triple", "halve", "halves", "halved", "halving"}
)
# After the number, what makes it no figure to confirm: a time of day ("3 pm", "10.30am",
# "9:15"), a decade ("the 90's", "the nineteen nineties") or a ratio ("three times as many",
# "a ten-fold rise").
_NO_FIGURE_AFTER = re.compile(
    r"\s*(?:[ap]\.?m\b\.?|[.:]\d\d)|'?s\b|[\s-]+(?:twen|thir|for|fif|six|seven|eigh|nine)ties\b"
    r"|[\s-]*(?:times|fold)\b",
    re.I,
)


def _worked_out(number: NumberMention, theirs: list[NumberMention]) -> bool:
    """The claim's value rounds one of the evidence's: fewer significant digits, within 5%
    ("nearly 2,000" for 1,960, "£1.2bn" for £1.24bn)."""
    value = number.low
    return number.low == number.high and any(
        o.low == o.high
        and _digits(value) < _digits(o.low)
        and abs(value - o.low) <= 0.05 * abs(o.low)
        for o in theirs
    )


def _digits(value: float) -> int:
    """Significant digits of a value: 2000 has one, 1960 three, 1.24 billion three."""
    return len(Decimal(str(value)).normalize().as_tuple().digits)


_LABELLED = frozenset(
    """heat race lap round hole stage game leg junction platform gate bay pitch court table
    route flight ward block plot level tier division grade room page chapter exit""".split()
)


def _label(analysed: Analysed, number: NumberMention) -> bool:
    """A number that names one of a series, with no unit after it: "heat 4", "junction 9",
    "platform 2"."""
    k = analysed.token_at(number.start)
    return (
        number.unit is None
        and not number.ordinal
        and 0 < k < len(analysed.tokens)
        and analysed.gap_before(k) == " "
        and analysed.tokens[k - 1].lower in _LABELLED
    )


def _in_name(analysed: Analysed, number: NumberMention) -> bool:
    """A number that is part of a name: after a capitalised word other than the sentence's
    first ("Route 9", "Apollo 11"), or joined to a word by a hyphen ("Kestrel-7", "covid-19").
    Wider than ``_in_code``, which ``_outside_tallies`` already leaves out and which the rule's
    conflicts rely on: a figure only needs confirming when it is surely a quantity."""
    tokens = analysed.tokens
    k = analysed.token_at(number.start)
    if k == len(tokens) or k == 0:
        return False
    if analysed.gap_before(k) == "-" and tokens[k - 1].lower.isalpha():
        return True
    return tokens[k - 1].capitalised and k > 1


def find(claim: Analysed, evidence: Analysed) -> list[Finding]:
    findings = []
    theirs = _outside_tallies(evidence)
    for number in _outside_tallies(claim):
        if accounts_for(claim, number, evidence, theirs):
            continue
        parts, rate, change = (
            _part_words(claim, number),
            _rate(claim, number),
            _change_amount(claim, number),
        )
        rivals = [
            other
            for other in theirs
            # A number that states another of the claim's is accounted for.
            if not any(
                mine.stated_by(other) and mine.unit == other.unit
                for mine in claim.numbers
                if mine is not number
            )
            and other.ordinal == number.ordinal
            # "30 cases" / "12 new cases": the whole and a part of it.
            and parts == _part_words(evidence, other)
            # "lost 3 trillion tonnes" / "lost 200 billion tonnes a year": a total and a rate.
            and rate == _rate(evidence, other)
            # "increased by 400 tonnes" / "landed 8,400 tonnes": a change and a level.
            and change == _change_amount(evidence, other)
            # Same unit; or, where one side names none, the same word just before both
            # ("at the age of 71." / "at the age of 64 after ...").
            and (
                # One unit, or two words for it ("260 staff" / "300 employees").
                (number.unit is not None and _same_unit(number, other))
                # "260 of the 600 shopkeepers" / "140 of the town's 600 traders".
                or (number.part_of_whole and _same_whole(claim, number, evidence, other))
                or _ranks_alike(number, evidence, other)
                or _points_and_percent(number, other)
                or (
                    (number.unit is None or other.unit is None)
                    and _same_word_before(claim, number, evidence, other)
                )
            )
            and same_slot(claim, (number.start, number.end), evidence, (other.start, other.end))
            and governed_alike(
                claim, (number.start, number.end), evidence, (other.start, other.end)
            )
        ]
        if rivals:
            other = rivals[0]
            findings.append(
                Finding(
                    ConflictKind.NUMBER,
                    (number.start, number.end),
                    number.text,
                    other.text,
                    # "the past 35 years" / "the past 50 years": two windows, no rival counts.
                    deciding=not (
                        dated_apart(claim, evidence)
                        or _measured_apart(claim, number, evidence, other)
                        or opens_window(claim, (number.start, number.end))
                        or opens_window(evidence, (other.start, other.end))
                    ),
                )
            )
    taken = [f.claim_span for f in findings]
    findings += [f for f in _change_findings(claim, evidence) if f.claim_span not in taken]
    taken = [f.claim_span for f in findings]
    return findings + [f for f in _rank_findings(claim, evidence) if f.claim_span not in taken]


RULE = Rule("numbers", ConflictKind.NUMBER, find, EXAMPLES, order=2)
