"""Outcomes: the side a sentence says lost is the one the claim says won, or the other way.

A contest has one winner: "Corran Town won the shield, beating Alder Vale" makes "Alder Vale
won the shield" false, and so does "Alder Vale lost to Corran Town". Winners are the names just
before a verb of winning ("won", "beat", "defeated"); losers the names just after a verb of
beating ("beating Alder Vale"), before a verb of losing ("Alder Vale lost") or before "was
beaten by"; after a win the sentence tells, the one it names "ahead of", "in front of" or
"clear of" lost (past words that tell who: "clear of the defending champion Ada Lund"), and
"was won by" names the winner after it. A claim that someone won something
must name the same contest ("the shield") as the sentence, so that a lost semi-final does not
refute a won league.

A title or prize has one holder too: "Corran Town won the Harrow Shield" against "Alder Vale won
the Harrow Shield", and "Ada Lund was elected captain of the eight" against "Ivo Penn was
elected captain of the eight". Two winners conflict only when the sentence says every word of the
claim's prize or title, definite ("the shield", "best actress", "captain of the eight"; not "a
medal", nor "named in the squad"), and never names the claim's winner; and they decide only
when both sides date the event alike, or neither does (a prize given each year has a holder
each year).
"""

from __future__ import annotations

from dataclasses import dataclass

from ...language.analysis import Analysed, per_text
from ...language.lexicon import (
    BEATEN_PARTICIPLES,
    BEATING_VERBS,
    CLAUSE_BREAKS,
    KNOCKING_VERBS,
    LOSING_VERBS,
    RELATION_PREPOSITIONS,
    WINNING_VERBS,
)
from ...language.names import same_name
from ...language.text import Token
from ...models import ConflictKind
from ..findings import Example, Finding, Rule
from ..slots import dated_apart, said_in

EXAMPLES = (
    Example(
        "Alder Vale won the Harrow Shield final.",
        "Corran Town won the Harrow Shield final, beating Alder Vale 2-1.",
        True,
    ),
    Example(
        "Alder Vale beat Corran Town in the semi-final.",
        "Corran Town beat Alder Vale in the semi-final.",
        True,
    ),
    Example(
        "Alder Vale won the regional chess title.",
        "Alder Vale lost to Corran Town in the final of the regional chess title.",
        True,
    ),
    # The winner after "was won by"; the one finishing behind lost.
    Example(
        "Ada Lund was beaten by Ivo Penn in the hill race.",
        "The hill race was won by Ada Lund.",
        True,
    ),
    Example(
        "Ivo Penn won the sculls final.",
        "Ada Lund won the sculls final, a length clear of Ivo Penn.",
        True,
    ),
    # Past the words telling who the one behind is.
    Example(
        "Mia Lund won the Orrin sculls.",
        "Ada Lund won the Orrin sculls, clear of the defending champion Mia Lund.",
        True,
    ),
    Example(
        "Corran Town won the Tarrow Cup.",
        "Alder Vale won the league well ahead of schedule for the Tarrow Cup.",
        False,
    ),
    # A team's letter is part of its name; "pipping" and "edging out" beat.
    Example("Corran A beat Alder Vale in the cup.", "Alder Vale beat Corran A in the cup.", True),
    Example(
        "Alder Vale won the harbour shield, edging out Corran Town.",
        "Corran Town won the harbour shield, pipping Alder Vale.",
        True,
    ),
    Example(
        "Marta Quill won the mayoral election.",
        "Marta Quill was beaten by Ivo Penn in the mayoral election.",
        True,
    ),
    # The winner named before a relative clause.
    Example(
        "Alder Vale were beaten by Corran Town in both league meetings.",
        "Alder Vale, who beat Corran Town twice in the league, start as favourites.",
        True,
    ),
    # The loser named before an aside.
    Example(
        "Alder Vale beat Corran Town in the semi-final.",
        "Alder Vale, who had led the table all season, lost to Corran Town in the semi-final.",
        True,
    ),
    Example(
        "Ada Lund won the single sculls.",
        "Ada Lund, whose crew lost to Corran in the fours, won the single sculls.",
        False,
    ),
    Example(
        "Alder Vale won the Harrow Shield final.",
        "Alder Vale won the Harrow Shield final, beating Corran Town 2-1.",
        False,
    ),
    # One prize, two winners.
    Example(
        "Alder Vale won the Harrow Shield.",
        "Corran Town won the Harrow Shield for a third year.",
        True,
    ),
    Example(
        "Ada Lund was elected captain of the rowing eight.",
        "Penn was elected captain of the rowing eight by the club's members.",
        True,
    ),
    # Prizes of which there are many, and places in a team, have more than one holder.
    Example("Ada Lund won a bronze medal.", "Ivo Penn won a bronze medal.", False),
    Example("Ada Lund was named in the squad.", "Ivo Penn was named in the squad.", False),
    Example("Ada Lund was named as a witness.", "Ivo Penn was named as a witness.", False),
    Example("Ada Lund was named after her aunt.", "Ivo Penn was named after her aunt.", False),
    # Another year's winner: shown, but it does not decide (the claim gives no year).
    Example(
        "Alder Vale won the Harrow Shield.",
        "Corran Town won the Harrow Shield in 2019.",
        True,
    ),
    # The sentence names the claim's winner too: its two winners may be of different years.
    Example(
        "Alder Vale won the Harrow Shield.",
        "Corran Town won the Harrow Shield in 2019, and Alder Vale in 2021.",
        False,
    ),
    # Another contest: a lost semi-final says nothing of the league.
    Example(
        "Alder Vale won the league.",
        "Alder Vale lost to Corran Town in the cup semi-final.",
        False,
    ),
    Example(
        "Alder Vale beat Corran Town in the semi-final.",
        "Alder Vale beat Corran Town 3-0 in the semi-final.",
        False,
    ),
    # A draw has no winner.
    Example(
        "Alder Vale beat Corran Town in their last league match.",
        "In their last league match, Alder Vale and Corran Town drew 2-2.",
        True,
    ),
    Example(
        "Alder Vale drew with Corran Town on Saturday.",
        "Corran Town beat Alder Vale 3-1 on Saturday.",
        True,
    ),
    Example(
        "Alder Vale drew 1-1 with Corran Town on Saturday.",
        "Alder Vale and Corran Town drew 1-1 on Saturday.",
        False,
    ),
    # A draw with another side says nothing of this match.
    Example(
        "Alder Vale beat Corran Town on Saturday.",
        "Alder Vale drew with Pell Rovers on Saturday.",
        False,
    ),
    Example(
        "Alder Vale beat Corran Town in the semi-final.",
        "Alder Vale beat Corran Town in the semi-final but lost to Pell Rovers in the final.",
        False,
    ),
)

_CONFERRING = frozenset({"named", "elected", "appointed", "crowned", "voted"})
"""Verbs that give a title to the name before them ("was named player of the match")."""
_NOT_ONE_HOLDER = frozenset(
    {"a", "an", "one", "two", "three", "several", "many", "some", "his", "her", "their", "its"}
)
"""Words that, right after the verb, make the prize one of several ("won a medal")."""
_NOT_A_TITLE = frozenset({"after", "among", "against", "on", "into", "between", "alongside"})
"""Words after a verb of naming that make it no title ("named after her aunt")."""
_WON = frozenset({"won", "wins", "win"})
_TAKING = _WON | _CONFERRING
"""Verbs after which the one prize or title taken is named."""
_BEYOND_PRIZE = RELATION_PREPOSITIONS - {"of"}
"""Words that end a prize's name ("captain of the eight" goes on past "of", not past "in")."""
_PRIZE_REACH = 12
"""Tokens after the verb read as the prize or title ("the Harrow Shield for a third year")."""
_BE = frozenset({"was", "were", "is", "are", "been", "be"})
_BETWEEN = frozenset({"have", "has", "had", "finally", "narrowly", "comfortably", "easily"})
"""Words that may stand between a name and its verb ("Alder Vale narrowly won")."""
_CONTEST_WORDS = 4
"""Content words after "won" that name the contest."""
_ASIDE = 12
"""Words an aside between a name and its verb may run to ("X, who ..., lost")."""


@dataclass(frozen=True)
class _Side:
    name: tuple[Token, ...]
    verb: Token
    won: bool
    at: int
    """The index of the verb among the text's tokens."""


def _in_name(tokens: tuple[Token, ...], k: int) -> bool:
    """Token ``k`` can be a word of a name: capitalised and no small word, or a team's letter
    after one ("Alder Vale A", "Corran B")."""
    token = tokens[k]
    if token.capitalised and not token.is_stop:
        return True
    return (
        len(token.surface) == 1
        and token.surface.isupper()
        and k > 0
        and tokens[k - 1].capitalised
        and not tokens[k - 1].is_stop
    )


def _name_ending(analysed: Analysed, end: int) -> tuple[Token, ...]:
    """The capitalised run that ends just before token ``end``; not past a comma or other mark
    ("Elsewhere, Alder Vale lost": Alder Vale)."""
    tokens = analysed.tokens
    k = end
    while k > 0 and _in_name(tokens, k - 1):
        k -= 1
        if analysed.closes_phrase(k):
            break
    return tokens[k:end]


def _subject_before(analysed: Analysed, i: int) -> tuple[Token, ...]:
    """The name that is the subject of the verb at token ``i``: the capitalised run just
    before it (past "has", "narrowly", ...), or before an aside that ends just before it
    ("Alder Vale, who had led the table all season, lost to Corran Town"), or that a relative
    clause opening just before it is about ("Alder Vale, who beat Corran Town")."""
    tokens = analysed.tokens
    verb = i
    while verb > 0 and tokens[verb - 1].lower in _BETWEEN:
        verb -= 1
    if name := _name_ending(analysed, verb):
        return name
    # "Alder Vale, who beat Corran Town twice": the name the relative clause is about.
    if verb >= 2 and tokens[verb - 1].lower == "who" and analysed.closes_phrase(verb - 1):
        return _name_ending(analysed, verb - 1)
    for start in range(max(1, verb - _ASIDE), verb):
        if tokens[start - 1].capitalised and analysed.aside_end(start, _ASIDE) == verb:
            return _name_ending(analysed, start)
    return ()


def _name_after(tokens: tuple[Token, ...], i: int) -> tuple[Token, ...]:
    """The capitalised run starting just after token ``i`` (past a "the")."""
    k = i + 1
    if k < len(tokens) and tokens[k].lower == "the":
        k += 1
    run: list[Token] = []
    while k < len(tokens) and _in_name(tokens, k):
        run.append(tokens[k])
        k += 1
    return tuple(run)


def _passive_subject(analysed: Analysed, i: int) -> tuple[Token, ...]:
    """The name before "was" or "were" and the participle at token ``i`` ("Ivo Penn was
    beaten", "Ada Lund was elected")."""
    if i == 0 or analysed.tokens[i - 1].lower not in _BE:
        return ()
    return _subject_before(analysed, i - 1)


def _knocked_out(tokens: tuple[Token, ...], i: int) -> tuple[Token, ...]:
    """The name a verb of knocking at ``i`` puts out of a contest: "knocked Alder Vale out",
    "knocked out Alder Vale"; nothing without the "out" ("knocked on the door")."""
    beaten = _name_after(tokens, i)
    the = 1 if i + 1 < len(tokens) and tokens[i + 1].lower == "the" else 0
    after = i + 1 + the + len(beaten)  # the word after the name _name_after read
    if beaten and after < len(tokens) and tokens[after].lower == "out":
        return beaten
    if i + 1 < len(tokens) and tokens[i + 1].lower == "out":
        return _name_after(tokens, i + 1)
    return ()


@per_text
def _sides(analysed: Analysed) -> tuple[_Side, ...]:
    """Who won and who lost, as the text says it."""
    tokens = analysed.tokens
    sides = []
    for i, token in enumerate(tokens):
        word = token.lower
        if word in WINNING_VERBS and (subject := _subject_before(analysed, i)):
            sides.append(_Side(subject, token, True, i))
        if word in _CONFERRING and (subject := _passive_subject(analysed, i)):
            sides.append(_Side(subject, token, True, i))
        if word in BEATING_VERBS and (beaten := _name_after(tokens, i)):
            sides.append(_Side(beaten, token, False, i))
        if word in KNOCKING_VERBS and (beaten := _knocked_out(tokens, i)):
            sides.append(_Side(beaten, token, False, i))
            if subject := _subject_before(analysed, i):
                sides.append(_Side(subject, token, True, i))
        if word in LOSING_VERBS and (subject := _subject_before(analysed, i)):
            sides.append(_Side(subject, token, False, i))
        if word in BEATEN_PARTICIPLES and (subject := _passive_subject(analysed, i)):
            sides.append(_Side(subject, token, False, i))
        # "the race was won by Ada Lund": the winner after "by".
        if (
            word in _WON
            and i > 0
            and tokens[i - 1].lower in _BE
            and i + 1 < len(tokens)
            and tokens[i + 1].lower == "by"
            and (winner := _name_after(tokens, i + 1))
        ):
            sides.append(_Side(winner, token, True, i))
        # "won the race, a minute ahead of Ivo Penn": after a win, the one finishing behind
        # lost.
        if (behind := _finished_behind(analysed, i)) and any(s.won for s in sides):
            sides.append(_Side(behind, token, False, i))
    return tuple(sides)


_AHEAD = frozenset({"ahead", "front", "clear"})


def _finished_behind(analysed: Analysed, i: int) -> tuple[Token, ...]:
    """The name after "ahead of", "in front of" or "clear of" at token ``i``: after a win
    told before it in the sentence, the one the winner finished before."""
    tokens = analysed.tokens
    if tokens[i].lower not in _AHEAD or i + 1 >= len(tokens) or tokens[i + 1].lower != "of":
        return ()
    if tokens[i].lower == "front" and (i == 0 or tokens[i - 1].lower != "in"):
        return ()
    # Past a few small words that tell who the one behind is: "ahead of her sister Mia Lund",
    # "clear of the defending champion Ada Lund".
    for k in range(i + 1, min(len(tokens) - 1, i + 1 + _DESCRIBED_REACH)):
        if k > i + 1 and (
            analysed.closes_phrase(k) or (tokens[k].is_stop and tokens[k].lower not in _OWNING)
        ):
            return ()  # "ahead of schedule for the Tarrow Cup": no one described
        if name := _name_after(tokens, k):
            return name
        if tokens[k + 1].capitalised and tokens[k + 1].lower != "the":
            return ()
    return ()


_OWNING = frozenset({"the", "her", "his", "their", "its"})


_DESCRIBED_REACH = 4
"""Words after "ahead of" within which the name of the one behind starts."""


_DREW = frozenset({"drew", "drawn", "tied"})


@per_text
def _draws(analysed: Analysed) -> tuple[tuple[tuple[Token, ...], tuple[Token, ...], Token], ...]:
    """The two sides of each drawn match the text tells, with the verb: "Alder Vale and Corran
    Town drew 2-2", "Alder Vale drew 1-1 with Corran Town"."""
    tokens = analysed.tokens
    found = []
    for i, token in enumerate(tokens):
        if token.lower not in _DREW or not (second := _subject_before(analysed, i)):
            continue
        before = analysed.token_at(second[0].start)
        if before >= 2 and tokens[before - 1].lower == "the":
            before -= 1
        if before >= 2 and tokens[before - 1].lower == "and":
            # "Alder Vale and Corran Town drew"
            if first := _name_ending(analysed, before - 1):
                found.append((first, second, token))
            continue
        # "Alder Vale drew 1-1 with Corran Town": past a score to "with".
        k = i + 1
        while k < len(tokens) and k <= i + 4 and tokens[k].lower != "with":
            k += 1
        if k < len(tokens) and tokens[k].lower == "with" and (other := _name_after(tokens, k)):
            found.append((second, other, token))
    return tuple(found)


def _draw_against_result(claim: Analysed, evidence: Analysed) -> list[Finding]:
    """A match one side says was drawn and the other says one side won: the same two sides."""
    for drawn, decided, claim_drew in (
        (_draws(evidence), _sides(claim), False),
        (_draws(claim), _sides(evidence), True),
    ):
        for first, second, verb in drawn:
            winners = [s for s in decided if s.won and s.verb.lower not in _TAKING]
            losers = [s for s in decided if not s.won]
            for won in winners:
                for lost in losers:
                    if abs(lost.at - won.at) > 1:
                        continue  # one verb of winning and its beaten side
                    pair = (won.name, lost.name)
                    if not any(
                        _same_name(pair[0], a) and _same_name(pair[1], b)
                        for a, b in ((first, second), (second, first))
                    ):
                        continue
                    side = first if claim_drew else won.name
                    span = (side[0].start, side[-1].end)
                    said = (
                        f"{won.verb.surface} " + " ".join(t.surface for t in lost.name)
                        if claim_drew
                        else f"{verb.surface} with "
                        + " ".join(
                            t.surface for t in (second if _same_name(first, won.name) else first)
                        )
                    )
                    return _role(claim, span, said, "drew" if claim_drew else "won")
    return []


def _role(claim: Analysed, span: tuple[int, int], said: str, relation: str) -> list[Finding]:
    """The finding of a side given the other result: the claim's side against what the
    sentence says."""
    return [
        Finding(ConflictKind.ROLE, span, claim.text[span[0] : span[1]], said, relation=relation)
    ]


def _same_name(a: tuple[Token, ...], b: tuple[Token, ...]) -> bool:
    return same_name(" ".join(t.surface for t in a), " ".join(t.surface for t in b))


def _contest_named(claim: Analysed, side: _Side, evidence: Analysed) -> bool:
    """For "X won <contest>": the evidence names the contest too. Other verbs ("beat Y") name
    the other side, which the evidence's outcome already matched."""
    if side.verb.lower not in _WON:
        return True
    after = [t for t in claim.content if t.start > side.verb.end][:_CONTEST_WORDS]
    return not after or any(evidence.has_word(t) for t in after)


def _prize(analysed: Analysed, side: _Side) -> list[Token]:
    """The words (not the small ones) of the one prize or title a winner took ("the Harrow
    Shield", "player of the match"), up to the end of its clause; none when the verb is not
    one of winning a thing or being given a title, or when what follows has several holders
    ("a medal", "in the squad")."""
    if side.verb.lower not in _TAKING:
        return []
    tokens = analysed.tokens
    i = side.at + 1
    if i >= len(tokens) or analysed.crosses_break(side.verb.end, tokens[i].start):
        return []
    if tokens[i].lower == "as" and i + 1 < len(tokens):
        i += 1  # "named as the new coach"
    first = tokens[i].lower
    if first in _NOT_ONE_HOLDER or first in _NOT_A_TITLE or first in _BEYOND_PRIZE:
        return []
    words = []
    for k in range(i, min(len(tokens), i + _PRIZE_REACH)):
        if k > i and (
            analysed.crosses_break(tokens[k - 1].end, tokens[k].start)
            or tokens[k].lower in CLAUSE_BREAKS
            or tokens[k].lower in _BEYOND_PRIZE
        ):
            break
        if not tokens[k].is_stop:  # numbers too: "captain of the rowing eight"
            words.append(tokens[k])
    return words


def _other_holder(
    claim: Analysed, ours: _Side, evidence: Analysed, theirs: tuple[_Side, ...]
) -> tuple[_Side, list[Token]] | None:
    """The side to which the sentence gives the claim's prize or title, every word of it,
    with the prize as the sentence words it; none if the sentence names the claim's winner."""
    prize = _prize(claim, ours)
    if not ours.won or not prize or any(evidence.has_word(t) for t in ours.name):
        return None
    for other in theirs:
        if not other.won or _same_name(ours.name, other.name):
            continue
        taken = _prize(evidence, other)
        if taken and all(any(said_in(t, [o]) for o in taken) for t in prize):
            return other, taken
    return None


def find(claim: Analysed, evidence: Analysed) -> list[Finding]:
    if (_draws(claim) or _draws(evidence)) and (drawn := _draw_against_result(claim, evidence)):
        return drawn
    theirs = _sides(evidence)
    if not theirs:
        return []
    for ours in _sides(claim):
        if any(s.won == ours.won and _same_name(s.name, ours.name) for s in theirs):
            continue  # the sentence also says the claim's outcome (of this or another round)
        span = (ours.name[0].start, ours.name[-1].end)
        if (held := _other_holder(claim, ours, evidence, theirs)) is not None:
            holder, taken = held
            return [
                Finding(
                    ConflictKind.ROLE,
                    span,
                    claim.text[span[0] : span[1]],
                    " ".join(t.surface for t in holder.name),
                    # "named player of the match", as the sentence words it
                    relation=evidence.text[holder.verb.start : taken[-1].end],
                    # A prize given each year has a holder each year: only a sentence dated
                    # as the claim is (or neither dated) speaks of the same one.
                    deciding=not (
                        dated_apart(claim, evidence) or bool(claim.dates) != bool(evidence.dates)
                    ),
                )
            ]
        for other in theirs:
            if other.won == ours.won or not _same_name(ours.name, other.name):
                continue
            if not _contest_named(claim, ours, evidence):
                continue
            rival = next(
                (
                    s.name
                    for s in theirs
                    if s.won != other.won and not _same_name(s.name, ours.name)
                ),
                None,
            )
            said = (
                " ".join(t.surface for t in rival)
                if rival
                else f"{other.verb.surface} " + " ".join(t.surface for t in other.name)
            )
            return _role(claim, span, said, "won" if ours.won else "lost")
    return []


RULE = Rule("outcomes", ConflictKind.ROLE, find, EXAMPLES, order=4)
