"""Direction: one side says a thing went one way, the other the other way, or did not move.

Kinds of opposition the word-pair rule cannot see:

- the small words of direction it passes over as stopwords: "over budget" / "within budget",
  "ahead of schedule" / "behind schedule", "more passengers" / "fewer passengers", "before the
  parade" / "after the parade", "went up" / "went down";
- a change against no change: "raised its rate" / "kept its rate unchanged", "fares rose" /
  "fares stayed flat";
- done when due against done late: "opened on schedule" / "opened three months late";
- a time told back from now against one told forward, of the same act: "opened its new
  boathouse last month" / "will open its new boathouse next spring";
- one side of a vote against the other: "voted for the merger" / "voted against the merger",
  "in favour of" / "voted against", "backed the merger" / "spoke against it" / "was against
  it", said of the same subject and, where both name it, the same motion;
- a place against outside it: "located outside of Ostland" / "located in Hesketh, Ostland", when
  "outside" says where the subject is (after a copula or a verb of place), not where an act
  happened ("spread outside Ostland" may be true beside "spread in Ostland").

As for antonyms, the two words must stand in the same slot (a word next to one is next to the
other, or the same amount follows both: "above the £2 million" / "below the £2 million"), and a
word negated on one side only agrees with its opposite ("not over budget").
"""

from __future__ import annotations

import re

from ...language.analysis import Analysed, per_text
from ...language.calendar import FROM_NOW, told_from_now
from ...language.lexicon import (
    CHANGE_VERBS,
    DIRECTION_WORDS,
    LATE_WORDS,
    NO_CHANGE_PHRASES,
    NO_CHANGE_WORDS,
    ON_TIME_PHRASES,
    PLACING_ADVERBS,
    PLACING_STEMS,
    TIME_WORDS,
)
from ...language.negation import is_negated
from ...language.opposites import (
    amount_after,
    movements,
    opposed,
    same_amount_after,
    stems_of,
)
from ...language.quantities import NumberMention
from ...language.sides import FAVOUR, motion_of, sides_taken
from ...language.text import Token, stem
from ...models import ConflictKind
from ..findings import Example, Finding, Rule
from ..slots import anchored, said_in, same_amount_before, side_taken_alike, subject_stated

EXAMPLES = (
    Example(
        "The pier repairs are ahead of schedule.", "The pier repairs are behind schedule.", True
    ),
    Example("The new library came in over budget.", "The new library came in within budget.", True),
    Example("The tram carried more riders in May.", "The tram carried fewer riders in May.", True),
    Example(
        "The stage was built before the parade.", "The stage was built after the parade.", True
    ),
    Example("Flood levels went up overnight.", "Flood levels went down overnight.", True),
    Example("Flood levels went up overnight.", "Flood levels fell overnight.", True),
    Example("Flood levels dropped overnight.", "Flood levels went up overnight.", True),
    Example("Flood levels went up overnight.", "Rail fares fell overnight.", False),
    # A time told from now, back on one side and forward on the other.
    Example(
        "The Vell rowing club opened its new boathouse last month.",
        "The Vell rowing club will open its new boathouse next spring.",
        True,
    ),
    Example(
        "The Vell rowing club opened its new boathouse last month.",
        "The Vell rowing club will hold its autumn regatta next spring.",
        False,
    ),
    # A count against the past one way, a change of it the other.
    Example(
        "The Vell depot handled fewer parcels this spring than a year before.",
        "The Vell depot handled 9,800 parcels this spring, up from 9,100 a year before.",
        True,
    ),
    Example(
        "The Vell depot handled more parcels this spring than a year before.",
        "The Vell depot handled 9,800 parcels this spring, 4 per cent fewer than a year before.",
        True,
    ),
    Example(
        "The Vell depot handled fewer parcels this spring than a year before.",
        "The Vell depot handled 9,800 letters this spring, up from 9,100 a year before.",
        False,
    ),
    # "up" or "down" before the amount moved.
    Example("Mill orders rose by 8 per cent.", "Mill orders were down by 8 per cent.", True),
    Example(
        "Mill orders rose by 8 per cent.",
        "Mill orders were up by 8 per cent, and costs were down by 2 per cent.",
        False,
    ),
    # The same amount before both.
    Example(
        "The Orrin lifeboat crew had 61 volunteers in May, 14 fewer than twelve months before.",
        "The Orrin lifeboat crew had 61 volunteers in May, 14 more than a year earlier.",
        True,
    ),
    # The same amount after both, past an aside on one side.
    Example(
        "Cases of sheep theft went up by 8 per cent to 412.",
        "Sheep theft, the commonest rural crime, fell by 8 per cent to 412 cases.",
        True,
    ),
    Example(
        "Cases of sheep theft went up by 8 per cent to 412.",
        "Sheep theft rose by 8 per cent to 412 cases, and fuel prices fell by 8 per cent.",
        False,
    ),
    Example(
        "The mint raised its coin prices in June.",
        "The mint kept its coin prices unchanged in June.",
        True,
    ),
    Example("Bus fares stayed flat in 2019.", "Bus fares rose in 2019.", True),
    Example(
        "The Quarry Anglers voted for the new pier.",
        "The Quarry Anglers voted against the new pier.",
        True,
    ),
    Example(
        "Two wardens said they would vote in favour of the levy.",
        "Two wardens said they would vote against.",
        True,
    ),
    Example(
        "The Ossel ramblers objected to the hotel plan.",
        "The Ossel ramblers backed the hotel plan.",
        True,
    ),
    Example(
        "The Ossel ramblers backed the hotel plan, though their secretary voted against it.",
        "The Ossel ramblers backed the hotel plan.",
        False,
    ),
    # Another motion, and a vote not cast against ("did not vote for") are no other side.
    Example(
        "The Quarry Anglers voted for the new pier.",
        "The Quarry Anglers voted against the night fishing ban.",
        False,
    ),
    Example(
        "The Quarry Anglers voted against the new pier.",
        "The Quarry Anglers did not vote for the new pier.",
        False,
    ),
    # Either side of one amount; not a span of time.
    Example(
        "Tarn glaciers have been shrinking over the past 30 years.",
        "Will Tarn glaciers be gone within 30 years?",
        False,
    ),
    Example(
        "The Orby lido fund will end the year above the £2 million its trustees set as a floor.",
        "The Orby lido fund will end the year at £1.7 million, below the £2 million floor its"
        " trustees set.",
        True,
    ),
    # A name is no change ("Cedar Falls"), nor is "the same" that picks out a period.
    Example(
        "Orders at Lintel stayed flat in the spring.",
        "Lintel, the Cedar Falls printer, reported its spring orders.",
        False,
    ),
    Example(
        "Orders at Lintel rose last spring.",
        "Orders at Lintel were counted over the same three months.",
        False,
    ),
    Example("The pier repairs are not over budget.", "The pier repairs are within budget.", False),
    Example(
        "The pier repairs are ahead of schedule.", "The pier repairs are ahead of schedule.", False
    ),
    Example(
        "Bus fares rose in 2019.", "Bus fares rose in 2019, while rail fares stayed flat.", False
    ),
    # The word beside the change belongs to the claim's other clause.
    Example(
        "Harbour staff will stay at 40 wardens, while the lifeboat crew gains six volunteers.",
        "The plan adds six volunteers but leaves the number of harbour wardens unchanged at 40.",
        False,
    ),
    Example(
        "The choir sang before the mayor spoke.",
        "After the concert the mayor spoke about the harbour.",
        False,
    ),
    Example(
        "More people came to the fair.", "The fair had rides for more people than ever.", False
    ),
    Example(
        "The Varn Works is located outside of Ostland.",
        "The Varn Works is a kiln maker located in Hesketh, Tessa County, Ostland.",
        True,
    ),
    Example(
        "Hollin Isle lies outside the Marrow Sound.", "Hollin Isle is in the Marrow Sound.", True
    ),
    Example(
        "The blight has spread outside Ostland.", "The blight spread in Ostland in May.", False
    ),
    Example("Hollin Isle lies outside the Marrow Sound.", "Hollin Isle is outside the bay.", False),
    Example(
        "The Tolly footbridge reopened on schedule.",
        "The Tolly footbridge reopened five weeks late.",
        True,
    ),
    Example(
        "The Tolly footbridge reopened two weeks late.",
        "The Tolly footbridge reopened on time, the council said.",
        True,
    ),
    Example(
        "The Tolly footbridge reopened on schedule.",
        "The Tolly footbridge reopened in late May.",
        False,
    ),
    Example(
        "The Tolly footbridge reopened on schedule.",
        "The Tolly footbridge was named after the late mayor Ena Tolly.",
        False,
    ),
    Example(
        "The Tolly footbridge reopened on schedule.",
        "The Tolly footbridge reopened late May, as planned.",
        False,
    ),
    # What went "up from" a value is a count of its size, not one said in between.
    Example(
        "Fewer anglers entered the Tarrow open this year than last, its organiser said.",
        "The Tarrow open attracted 212 anglers across three venues, up from 170 last year, its "
        "organiser said.",
        True,
    ),
    # "before" and "after" conflict only when they order the same event.
    Example(
        "Nia Brook had sold 40 raffle tickets before the fire alarm sounded.",
        "Stallholder Nia Brook was helped out of the hall after the fire alarm sounded.",
        False,
    ),
    Example(
        "The Tarn planning appeal will not be decided until after the bypass opens.",
        "The Tarn planning appeal will be decided in June, before the bypass opens.",
        True,
    ),
    # Two bounds conflict only when no count meets both; a bound is no comparison.
    Example(
        "At its busiest in the 1990s the Tarrow ropeworks had fewer than 200 staff.",
        "At its busiest in the 1990s the Tarrow ropeworks had more than 450 staff.",
        True,
    ),
    Example(
        "At its busiest in the 1990s the Tarrow ropeworks had fewer than 200 staff.",
        "At its busiest in the 1990s the Tarrow ropeworks had more than 150 staff.",
        False,
    ),
    Example(
        "Fewer walkers used the Hobb ferry path this spring than a year earlier.",
        "More than 2,000 walkers signed a letter about the Hobb ferry path this spring.",
        False,
    ),
    # "Flat" inside another word ("inflation") says nothing stayed as it was.
    Example(
        "Allowing for inflation, Vell farm wages showed a clear rise in 2023.",
        "Allowing for inflation, Vell farm wages were flat in 2023.",
        True,
    ),
)

_SIDES = tuple((frozenset(a), frozenset(b)) for a, b in DIRECTION_WORDS)
_CHANGE_STEMS = frozenset(stem(w) for w in CHANGE_VERBS)


def _opposite_words(word: str) -> frozenset[str]:
    found: frozenset[str] = frozenset()
    for a, b in _SIDES:
        if word in a:
            found |= b
        elif word in b:
            found |= a
    return found | _ACROSS.get(word, frozenset())


# A count against the past one way, a change the other ("fewer calls than a year ago" / "61
# calls, up from 44"): "up" and "down" oppose "fewer" and "more" only as a change (see
# ``_as_change``).
_ACROSS = {
    "up": frozenset({"fewer", "less"}),
    "down": frozenset({"more"}),
    "more": frozenset({"down"}),
    "fewer": frozenset({"up"}),
    "less": frozenset({"up"}),
}


def _as_change(analysed: Analysed, i: int) -> bool:
    """ "up" or "down" at ``i`` tells a change: "up from 44", "down by 6%", "up 4%"."""
    tokens = analysed.tokens
    if i + 1 >= len(tokens):
        return False
    following = tokens[i + 1]
    return following.lower in ("from", "by") or following.is_number


def _counted_before(analysed: Analysed, i: int) -> str | None:
    """What a comparison at ``i`` with no noun of its own bears on ("4 per cent more than a
    year earlier", "up from 44"): the unit of the nearest count before it in the sentence,
    passing over shares and the amount of the change itself ("handled 98,400 parcels, 4 per
    cent more than ..." bears on parcels)."""
    tokens = analysed.tokens
    following = tokens[i + 1] if i + 1 < len(tokens) else None
    compares = following is None or following.lower in ("than", "from", "by")
    if not compares and not (tokens[i].lower in ("up", "down") and following.is_number):
        return None
    # "more than 40 staff" bounds the count after it; it compares nothing with the past.
    bound = following is not None and following.lower == "than" and i + 2 < len(tokens)
    if bound and tokens[i + 2].is_number:
        return None
    before = [
        n
        for n in analysed.numbers
        if n.end <= tokens[i].start
        and n.unit is not None
        and n.unit != "percent"
        and not analysed.crosses_break(n.end, tokens[i].start)
    ]
    # "212 anglers across three venues, up from 170": the count that went up from 170 is
    # one of its size, not the three venues said between.
    start = (
        amount_after(analysed, tokens[i])
        if following is not None and following.lower == "from"
        else None
    )
    if start is not None and start.low > 0:
        before = [n for n in before if _of_a_size(n, start)] or before
    return before[-1].unit if before else None


def _of_a_size(count: NumberMention, start: NumberMention) -> bool:
    """A count and the value it changed from are within a factor of ten of each other."""
    return count.low > 0 and max(count.low, start.low) <= 10 * min(count.low, start.low)


def _share_of(analysed: Analysed, i: int) -> bool:
    """ "most of the donors", "least of all": how many of a group, no direction."""
    tokens = analysed.tokens
    return (
        tokens[i].lower in ("most", "least") and i + 1 < len(tokens) and tokens[i + 1].lower == "of"
    )


def _bound_at(analysed: Analysed, i: int) -> NumberMention | None:
    """The count the word at ``i`` bounds: "more than 300 families", "fewer than 12 boats"
    (a bound, no comparison with the past); None when it bounds none."""
    tokens = analysed.tokens
    if not (i + 2 < len(tokens) and tokens[i + 1].lower == "than" and tokens[i + 2].is_number):
        return None
    start = tokens[i + 2].start
    return next((n for n in analysed.numbers if n.start == start), None)


def _bounds_apart(claim: Analysed, i: int, evidence: Analysed, j: int) -> bool:
    """Both words bound a count, or neither does; two bounds conflict only when nothing meets
    both ("fewer than 400 staff" / "more than 600 staff"; not "more than 300 staff")."""
    ours, theirs = _bound_at(claim, i), _bound_at(evidence, j)
    if ours is None or theirs is None:
        return ours is None and theirs is None
    if ours.unit != theirs.unit:
        return False
    upper, lower = (theirs, ours) if claim.tokens[i].lower in _LOWER_BOUNDING else (ours, theirs)
    return upper.high <= lower.low


_LOWER_BOUNDING = frozenset({"more", "greater", "higher", "larger", "bigger"})


def _direction(claim: Analysed, evidence: Analysed) -> list[Finding]:
    findings = []
    for i, token in enumerate(claim.tokens):
        opposite = _opposite_words(token.lower)
        if not opposite or token.lower in evidence.lowers or _share_of(claim, i):
            continue
        for j, other in enumerate(evidence.tokens):
            if (
                other.lower not in opposite
                or other.lower in claim.lowers
                or _share_of(evidence, j)
                or not _bounds_apart(claim, i, evidence, j)
            ):
                continue
            if is_negated(claim, i) != is_negated(evidence, j):
                continue
            if other.lower in _ACROSS.get(token.lower, ()) and not (
                _as_change(claim, i) or _as_change(evidence, j)
            ):
                continue  # "set up" / "fewer": only a change of a count opposes a comparison
            if _converse(claim, i, evidence, j) or _converse(evidence, j, claim, i):
                continue  # "ahead of Nell Brack" / "with Nell Brack two minutes behind"
            if token.lower in _ORDERING and not _same_event_ordered(claim, i, evidence, j):
                continue  # "sold 40 tickets before the alarm" / "was helped out after the alarm"
            if _same_head(claim, token, evidence, other) or same_amount_before(
                claim, i, evidence, j
            ):
                findings.append(_finding(token, other))
                break
    return findings


_ORDERING = frozenset({"before", "after"})
_EVENT_WORDS = 3
"""Content words of the event a "before" or "after" orders, read on each side (names aside:
the one who acted may act in both events)."""


def _ordered_event(analysed: Analysed, i: int) -> list[Token]:
    """The event the "before" or "after" at ``i`` puts in time: the content words before it in
    its clause ("the choir sang before ..."), or, when it opens the sentence or clause, those
    after the comma that ends what it governs ("After the vote, the board resigned")."""
    tokens, content = analysed.tokens, analysed.content_set
    before: list[Token] = []
    for k in range(i - 1, -1, -1):
        # A comma just before it sets off a clause after the event ("was heard in May,
        # before the rule changed"); a later mark ends the event.
        if analysed.closes_phrase(k + 1) and k + 1 < i:
            break
        if tokens[k] in content and not tokens[k].capitalised:
            before.append(tokens[k])
    if before:
        return before[:_EVENT_WORDS]
    after = next((k for k in range(i + 1, len(tokens)) if analysed.closes_phrase(k)), None)
    if after is None:
        return []
    return [t for t in tokens[after:] if t in content and not t.capitalised][:_EVENT_WORDS]


def _same_event_ordered(claim: Analysed, i: int, evidence: Analysed, j: int) -> bool:
    """Both sides put the same event before or after the other: a word of the one ordered is
    said on both sides ("the choir sang before the mayor spoke" / "the choir sang after the
    mayor spoke"), not two events ordered around one ("sold 40 tickets before the alarm
    sounded" / "was helped out after the alarm sounded")."""
    theirs = _ordered_event(evidence, j)
    return any(said_in(t, theirs) for t in _ordered_event(claim, i))


def _went_against_moved(went: Analysed, moved: Analysed, claim_went: bool) -> list[Finding]:
    """ "Grants went up" against "grants fell": the phrase of going against a verb of the
    opposite movement, said of the same thing (the same word before both, or the same amount
    after both)."""
    findings = []
    for i, last, opposite in movements(went):
        phrase = went.tokens[i]
        # Phrases of the other side moving the other way ("went up" / "losing 8 per cent").
        other_way = {k for k, _, theirs in movements(moved) if theirs != opposite}
        for j, other in enumerate(moved.tokens):
            if not (opposite.intersection(stems_of(other)) or j in other_way):
                continue
            if is_negated(went, i) != is_negated(moved, j):
                continue
            ours, theirs = _next_word(went, phrase, -1), _next_word(moved, other, -1)
            same_thing = ours is not None and theirs is not None and said_in(ours, [theirs])
            # Or the same amount after both ("went up by 6%" / "..., the largest, fell by 6%"),
            # where the sentence tells no movement the claim's way.
            same_amount = same_amount_after(went, phrase, moved, other) and not any(
                opposed(t, other) for t in moved.tokens
            )
            if not (same_thing or same_amount):
                continue
            span = (phrase.start, went.tokens[last].end)
            said = went.text[span[0] : span[1]]
            findings.append(
                Finding(ConflictKind.DIRECTION, span, said, other.surface)
                if claim_went
                else Finding(ConflictKind.DIRECTION, (other.start, other.end), other.surface, said)
            )
            break
    return findings


def _next_word(analysed: Analysed, token: Token, step: int) -> Token | None:
    """The content word just after (``step`` 1) or before (-1) ``token``."""
    words = analysed.content if step > 0 else analysed.content[::-1]
    return next((t for t in words if (t.start - token.start) * step > 0), None)


def _same_head(claim: Analysed, token: Token, evidence: Analysed, other: Token) -> bool:
    """The two direction words bear on the same thing: the next content word is the same
    ("ahead of schedule" / "behind schedule"), or, when one side has none, the one before
    ("prices went up" / "prices went down"); or one compares a count with the past and the
    other's next word is what that count counts ("fewer parcels than a year ago" / "98,400
    parcels, up from 91,000")."""
    # "above the £6 million" / "below the £6 million level": one amount, either side of it.
    if same_amount_after(claim, token, evidence, other):
        return True
    for side, word, rival, rival_word in (
        (claim, token, evidence, other),
        (evidence, other, claim, token),
    ):
        counted = _counted_before(side, side.token_at(word.start))
        named = _next_word(rival, rival_word, 1)
        if counted is not None and named is not None and named.stem == counted:
            return True
    ours, theirs = _next_word(claim, token, 1), _next_word(evidence, other, 1)
    if ours is not None and theirs is not None:
        if ours.lower in TIME_WORDS:
            # "over the past ten years" / "within the last decade": spans of time, not
            # directions; "went up last year" / "went down last year": the verb decides.
            if token.lower not in {"up", "down"}:
                return False
        else:
            return said_in(ours, [theirs])
    ours, theirs = _next_word(claim, token, -1), _next_word(evidence, other, -1)
    return ours is not None and theirs is not None and said_in(ours, [theirs])


@per_text
def _changes(analysed: Analysed) -> tuple[int, ...]:
    """Indices of the words saying a quantity changed (not names: "Cedar Falls", "Rising Sun")."""
    return tuple(
        i
        for i, t in enumerate(analysed.tokens)
        if any(s in _CHANGE_STEMS for s in stems_of(t))
        and not (i and t.capitalised)
        and not is_negated(analysed, i)
    )


@per_text
def _no_changes(analysed: Analysed) -> tuple[tuple[int, int], ...]:
    """Spans (start, end offsets) of the words saying a quantity stayed as it was."""
    spans = [
        (t.start, t.end)
        for i, t in enumerate(analysed.tokens)
        if t.lower in NO_CHANGE_WORDS and not is_negated(analysed, i)
    ]
    phrases = [
        span
        for span in _phrase_spans(analysed, NO_CHANGE_PHRASES)
        if not _names_a_like(analysed, span)
    ]
    return tuple(spans + phrases)


def _names_a_like(analysed: Analysed, span: tuple[int, int]) -> bool:
    """ "the same" before the thing it picks out ("in the same three months", "the same
    day"): which one, not that a quantity stayed as it was ("prices stayed the same")."""
    if not analysed.text[span[0] : span[1]].lower().endswith("same"):
        return False
    following = analysed.token_at(span[1])
    if following == len(analysed.tokens) or analysed.closes_phrase(following):
        return False
    return not analysed.tokens[following].is_stop


def _change_against_none(
    changed: Analysed, unchanged: Analysed, claim_is_changed: bool
) -> list[Finding]:
    findings = []
    for i in _changes(changed):
        token = changed.tokens[i]
        if unchanged.has_word(token):
            continue  # the other side says the change too, of this or something else
        for span in _no_changes(unchanged):
            said = unchanged.text[span[0] : span[1]]
            if re.search(rf"\b{re.escape(said.lower())}\b", changed.text.lower()):
                continue  # both say it stayed as it was (as a word: "inflation" is not "flat")
            if not anchored(changed, (token.start, token.end), unchanged, span, within_clause=True):
                continue
            if claim_is_changed:
                findings.append(
                    Finding(ConflictKind.DIRECTION, (token.start, token.end), token.surface, said)
                )
            else:
                findings.append(Finding(ConflictKind.DIRECTION, span, said, token.surface))
            return findings
    return findings


def _phrase_spans(analysed: Analysed, phrases: tuple[str, ...]) -> list[tuple[int, int]]:
    """Where each phrase stands in the text as whole words."""
    spans = []
    lowered = analysed.text.lower()
    for phrase in phrases:
        at = lowered.find(phrase)
        while at >= 0:
            end = at + len(phrase)
            if (at == 0 or not lowered[at - 1].isalnum()) and (
                end == len(lowered) or not lowered[end].isalnum()
            ):
                spans.append((at, end))
            at = lowered.find(phrase, end)
    return spans


@per_text
def _on_time(analysed: Analysed) -> tuple[tuple[int, int], ...]:
    """Spans of the words saying a thing was done when due."""
    return tuple(
        span
        for span in _phrase_spans(analysed, ON_TIME_PHRASES)
        if not any(
            is_negated(analysed, i)
            for i, t in enumerate(analysed.tokens)
            if span[0] <= t.start < span[1]
        )
    )


_BEFORE_LATE_AS_WHEN = frozenset({"the", "in", "his", "her", "their", "until", "from"})


@per_text
def _late(analysed: Analysed) -> tuple[int, ...]:
    """Indices of the words saying a thing was done after it was due."""
    tokens = analysed.tokens
    spans = [(m.start, m.end) for m in (*analysed.dates, *analysed.numbers)]

    def dated(k: int) -> bool:
        return k < len(tokens) and any(a <= tokens[k].start < b for a, b in spans)

    return tuple(
        i
        for i, t in enumerate(tokens)
        if t.lower in LATE_WORDS
        and not is_negated(analysed, i)
        # "late May", "the late mayor", "in late 2020": when or who, not overdue.
        and not (dated(i) or dated(i + 1))
        and not (i and tokens[i - 1].lower in _BEFORE_LATE_AS_WHEN)
    )


def _on_time_against_late(on_time: Analysed, late: Analysed, claim_on_time: bool) -> list[Finding]:
    for span in _on_time(on_time):
        for j in _late(late):
            other = late.tokens[j]
            if on_time.has_word(other):
                continue  # both speak of lateness
            if not anchored(on_time, span, late, (other.start, other.end)):
                continue
            said = on_time.text[span[0] : span[1]]
            if claim_on_time:
                return [Finding(ConflictKind.DIRECTION, span, said, other.surface)]
            return [Finding(ConflictKind.DIRECTION, (other.start, other.end), other.surface, said)]
    return []


_BEHIND_REACH = 6
"""Words before "behind" among which the one behind is named ("Nell Brack two minutes behind")."""


def _converse(ahead: Analysed, i: int, behind: Analysed, j: int) -> bool:
    """ "ahead of Nell Brack" at ``i`` and "Nell Brack ... behind" at ``j``: one order told
    from each end, not two."""
    tokens, others = ahead.tokens, behind.tokens
    if tokens[i].lower != "ahead" or others[j].lower != "behind":
        return False
    if i + 2 >= len(tokens) or tokens[i + 1].lower != "of" or not tokens[i + 2].capitalised:
        return False
    name = tokens[i + 2]
    return any(t.stem == name.stem for t in others[max(0, j - _BEHIND_REACH) : j])


def _finding(token: Token, other: Token) -> Finding:
    return Finding(ConflictKind.DIRECTION, (token.start, token.end), token.surface, other.surface)


_INSIDE = frozenset({"in", "inside", "within"})
_PLACE_RUN = 6
"""Words of a place after "in" read as one: "in Hesketh, Varn County, Ostland"."""


def _places(analysed: Analysed, i: int) -> bool:
    """Whether "outside" at ``i`` says where the subject is: a copula or a verb of place
    before it ("is outside", "based only outside"), not an act ("spread outside")."""
    k = i - 1
    while k >= 0 and analysed.tokens[k].lower in PLACING_ADVERBS:
        k -= 1
    return k >= 0 and (
        analysed.tokens[k].lower in PLACING_STEMS or analysed.tokens[k].stem in PLACING_STEMS
    )


def _place_after(analysed: Analysed, j: int) -> list[Token]:
    """The content words of the place named after "in" at ``j``: the next one, and the names
    that run on from it through commas ("Hesketh, Varn County, Ostland")."""
    tokens = analysed.tokens
    content = set(analysed.content)
    words: list[Token] = []
    for k in range(j + 1, min(len(tokens), j + 1 + _PLACE_RUN)):
        token = tokens[k]
        if token not in content:
            if words or not token.is_stop:
                break
            continue  # "in the Ostland hills": the article before the place
        if words and not (token.capitalised and analysed.gap_before(k).strip() in ("", ",")):
            break
        words.append(token)
    return words


def _outside_against_in(claim: Analysed, evidence: Analysed) -> list[Finding]:
    """ "located outside of Ostland" against "located in Hesketh, Ostland": the sentence puts the
    subject in the place the claim puts it outside of."""
    if "outside" in evidence.lowers:
        return []
    findings = []
    for i, token in enumerate(claim.tokens):
        if token.lower != "outside" or is_negated(claim, i) or not _places(claim, i):
            continue
        place = _next_word(claim, token, 1)
        if place is None:
            continue
        for j, other in enumerate(evidence.tokens):
            if other.lower not in _INSIDE or is_negated(evidence, j):
                continue
            there = _place_after(evidence, j)
            if said_in(place, there) and subject_stated(claim, evidence):
                findings.append(
                    Finding(
                        ConflictKind.DIRECTION,
                        (token.start, place.end),
                        claim.text[token.start : place.end],
                        evidence.text[other.start : there[-1].end],
                    )
                )
                break
    return findings


def _voted_against(claim: Analysed, evidence: Analysed) -> list[Finding]:
    """ "will vote for the takeover" against "said it would vote against", "backed the
    levy" against "spoke against the levy": the other side of a vote, by the claim's
    subject, on the same motion where both sides name one. A verb of siding needs the motion
    named on both sides; a sentence that also tells the claim's side on that motion (one
    member for, another against) is left to the other rules."""
    theirs = sides_taken(evidence)
    for i, side, first in sides_taken(claim):
        if side_taken_alike(claim, i, side, evidence):
            continue  # one member for, another against: who took which is for other rules
        ours = motion_of(claim, i)
        for j, their_side, their_first in theirs:
            if side == their_side or is_negated(claim, i) != is_negated(evidence, j):
                continue
            motion = motion_of(evidence, j)
            if ours is not None and motion is not None and not said_in(ours, [motion]):
                continue  # a vote on another motion
            verbs = first == i or their_first == j
            if verbs and (ours is None or motion is None):
                continue
            if subject_stated(claim, evidence):
                start, end = _vote_phrase(claim, i, first)
                said = evidence.text[slice(*_vote_phrase(evidence, j, their_first))]
                return [Finding(ConflictKind.DIRECTION, (start, end), claim.text[start:end], said)]
    return []


def _vote_phrase(analysed: Analysed, i: int, first: int) -> tuple[int, int]:
    """Where the phrase of the side taken at ``i`` is: "vote for", "in favour of",
    "backed"."""
    tokens = analysed.tokens
    last = i + 1 if tokens[i].lower in FAVOUR else i
    return tokens[first].start, tokens[last].end


_FROM_NOW = {"last": "next", "next": "last"}


@per_text
def _told_from_now(analysed: Analysed) -> tuple[tuple[int, str], ...]:
    """Each "last" or "next" of a time told from now ("last week", "next spring"), with its
    word: back or forward from now, not "the last meeting"."""
    if FROM_NOW.isdisjoint(analysed.lowers):
        return ()
    return tuple(
        (i, token.lower) for i, token in enumerate(analysed.tokens) if told_from_now(analysed, i)
    )


def _past_against_future(claim: Analysed, evidence: Analysed) -> list[Finding]:
    """ "opened its boathouse last month" / "will open its boathouse next spring": the same
    act told before now on one side, after it on the other, by the word just before both."""
    theirs = _told_from_now(evidence)
    if not theirs:
        return []
    findings = []
    for i, word in _told_from_now(claim):
        if word in evidence.lowers and _FROM_NOW[word] in claim.lowers:
            continue
        ours = _next_word(claim, claim.tokens[i], -1)
        for j, other in theirs:
            if other != _FROM_NOW[word] or is_negated(claim, i) != is_negated(evidence, j):
                continue
            before = _next_word(evidence, evidence.tokens[j], -1)
            if ours is not None and before is not None and said_in(ours, [before]):
                span = (claim.tokens[i].start, claim.tokens[i + 1].end)
                said = evidence.text[evidence.tokens[j].start : evidence.tokens[j + 1].end]
                findings.append(
                    Finding(ConflictKind.DIRECTION, span, claim.text[span[0] : span[1]], said)
                )
                break
    return findings


def find(claim: Analysed, evidence: Analysed) -> list[Finding]:
    return (
        _direction(claim, evidence)
        + _past_against_future(claim, evidence)
        + _went_against_moved(claim, evidence, True)
        + _went_against_moved(evidence, claim, False)
        + _outside_against_in(claim, evidence)
        + _voted_against(claim, evidence)
        + _change_against_none(claim, evidence, True)
        + _change_against_none(evidence, claim, False)
        + _on_time_against_late(claim, evidence, True)
        + _on_time_against_late(evidence, claim, False)
    )


RULE = Rule("directions", ConflictKind.DIRECTION, find, EXAMPLES, order=4)
