"""Antonyms: the evidence uses the opposite word in the claim's slot ("continue" vs "end").

The pairs come from WordNet and a short list of direction words (see
``factcheck.language.opposites``), in any form ("rose" / "fell"). The two words must stand in
the same slot (a word next to one is next to the other), so an opposite said of something else
in the sentence is no conflict. A negated antonym agrees with the claim ("did not end" =
"continued"), so negation on exactly one side cancels the conflict.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...language.analysis import Analysed, per_text
from ...language.calendar import told_from_now
from ...language.lexicon import (
    BEATING_VERBS,
    LEFT_AS_IT_IS,
    LOOKALIKE_PREFIXED,
    MONTHS,
    TIME_WORDS,
)
from ...language.negation import is_negated, negated_tokens
from ...language.opposites import (
    moved_alike,
    moved_by_same_amount,
    opposites_of,
    said_of_other_amounts,
    same_amount_after,
    stems_of,
)
from ...language.sides import sides_taken
from ...language.text import NEGATIVE_PREFIXES, Token, stem
from ...language.wordforms import written_as_one
from ...models import ConflictKind
from ..findings import Example, Finding, Rule
from ..slots import (
    amounts_beside,
    anchored,
    said_at,
    said_in,
    same_amount_before,
    side_taken_alike,
)

EXAMPLES = (
    # "far" of a distance has an opposite; "so far" and "far more" tell none.
    Example("The Orby ferry stops far from the town.", "The Orby ferry stops near the town.", True),
    Example(
        "Takings at the Orby kiosk have so far held up well this summer.",
        "Takings at the Orby kiosk near the pier have held up well this summer.",
        False,
    ),
    # The claim's word said there of another amount, and the claim's amount after its opposite.
    Example(
        "Heating costs at the Brannock lido have fallen by about a quarter since 2020.",
        "Visitor numbers at the Brannock lido have fallen by 9 per cent since 2020, while "
        "heating costs have risen by roughly a quarter.",
        True,
    ),
    Example(
        "Heating costs at the Brannock lido have risen by about a quarter since 2020.",
        "Visitor numbers at the Brannock lido have fallen by 9 per cent since 2020, while "
        "heating costs have risen by roughly a quarter.",
        False,
    ),
    Example(
        "The two ferry firms agreed to end their joint timetable.",
        "The two ferry firms agreed to continue their joint timetable.",
        True,
    ),
    Example(
        "The Oswy ferry crew will stay at the harbour.",
        "The Oswy ferry crew will leave the harbour.",
        True,
    ),
    # The sentence tells the claim's movement of the same thing in a word of its own: its
    # opposite is of something else ("profit slid" / "profit shrank"; "turnover climbed").
    Example(
        "The Tessel bakery's profit shrank this winter even as its turnover grew.",
        "This winter the Tessel bakery's turnover climbed by a tenth, though its profit slid.",
        False,
    ),
    # A denied opposite agrees, in a clause of supposing too.
    Example(
        "If the gap in the harbour budget stays open, the board may borrow £2m.",
        "If the gap in the harbour budget cannot be closed, the board could borrow £2m.",
        False,
    ),
    # "little" before no noun is an amount, not a size.
    Example(
        "The Quay Larks hoped for a bigger crowd at their last home game.",
        "The Quay Larks goalkeeper had little to do at their last home game, watched by a crowd"
        " of 300.",
        False,
    ),
    Example(
        "The Quay Larks play in a bigger stadium this season.",
        "The Quay Larks play in a little stadium this season.",
        True,
    ),
    # Opening hours are a time, not an act of opening.
    Example(
        "The Quay Street museum closes for the winter in November.",
        "The Quay Street museum shortens its opening hours for the winter in November.",
        False,
    ),
    # To defeat a side is to win; a defeat is a loss.
    Example(
        "The Brenn Otters came back from 10-3 down to defeat the Quay Larks 21-17.",
        "The Brenn Otters reached the final after a 21-17 win away at the Quay Larks.",
        False,
    ),
    Example(
        "The Brenn Otters won their away match at Quay Park.",
        "The Brenn Otters suffered a heavy defeat in their away match at Quay Park.",
        True,
    ),
    # To leave a thing as it is lets it stay.
    Example(
        "Fares on the Oswy ferry will stay at £4.",
        "The new budget leaves fares on the Oswy ferry unchanged at £4.",
        False,
    ),
    Example(
        "Bicycle thefts increased in Tarnby last year.",
        "Bicycle thefts decreased in Tarnby last year.",
        True,
    ),
    Example(
        "Ticket prices at the lido rose in May.", "Ticket prices at the lido fell in May.", True
    ),
    Example(
        "The reviewers were unhappy with the draft.",
        "The reviewers were happy with the draft.",
        True,
    ),
    Example("The guards will remain at the gate.", "The guards will withdraw from the gate.", True),
    Example(
        "The Ostrava choir won the regional contest.",
        "The Ostrava choir lost the regional contest.",
        True,
    ),
    Example("The harbour was closed all week.", "The harbour was open all week.", True),
    Example("The festival did not end.", "The festival continued.", False),
    # "the end of June" is a time, not an ending.
    Example(
        "The new kiln began firing early.",
        "Sales to the end of June were flat, and the new kiln was firing by May, ahead of plan.",
        False,
    ),
    Example("The scheme was not legal.", "The scheme was illegal.", False),
    Example("She is an inactive member.", "She is an active member of the society.", True),
    Example(
        "The first edition was unofficial.", "The first official edition came out in spring.", True
    ),
    Example("The survey overestimates rainfall.", "The survey may underestimate rainfall.", True),
    Example("The enzyme deactivates the pump.", "The enzyme acts by activating the pump.", True),
    Example("The enzyme activates the pump.", "The enzyme activates the pump.", False),
    Example(
        "Zinc supports wound healing.", "Zinc strengthens wound healing in the elderly.", False
    ),
    Example("Rents rose in 2020.", "Rents rose in 2020 after wages fell in 2019.", False),
    # The same amount before both words: the same change, one way and the other.
    Example(
        "Dorrit Foods shares ended the session 2% higher after the trading update.",
        "Shares in Dorrit Foods closed 2% lower on the news.",
        True,
    ),
    # The sentence tells the claim's movement by the claim's amount in its own word: the
    # opposite in it is about something else.
    Example(
        "Wool sales at the Orby mart climbed 6 per cent in May.",
        "The Orby mart reported a sharp fall in its fees in May, though wool sales rose by 6 per"
        " cent.",
        False,
    ),
    # The claim's amount beside the opposite word; its own word said of another amount.
    Example(
        "The Orla bakery made a £40,000 profit last year.",
        "The Orla bakery made a loss of £40,000 last year, after a profit of £9,000 the year"
        " before.",
        True,
    ),
    Example(
        "The Orla bakery made a £40,000 profit last year.",
        "The Orla bakery made a profit of £40,000 last year, after a loss of £9,000 the year"
        " before.",
        False,
    ),
    # A level against a change the other way; the claim's word said of something else.
    Example(
        "Sales of the Orla kettle were 4% higher than a year before.",
        "Sales of the Orla kettle fell by 4% on the year, which its maker, Tarrant Appliances,"
        " put down to higher steel prices.",
        True,
    ),
    Example(
        "Rents rose in the old town.",
        "The bridge tolls fell, and rents rose in the old town.",
        False,
    ),
    Example("The gallery will play the tapes.", "The gallery will display the tapes.", False),
    # A word with opposites of its own is no prefixed form: "inland" is not "in" + "land".
    Example(
        "The survey counted birds on inland lakes.",
        "Land birds were counted on the upland lakes by the survey.",
        False,
    ),
    # The claim's word written as one with the next ("prounion"): said, whatever else is.
    Example(
        "The rally drew pro-union speakers from the docks.",
        "The rally drew prounion speakers from the docks, and anti-union pickets gathered outside.",
        False,
    ),
    Example("He voted for the party all his life.", "He devoted his life to the party.", False),
    Example("She discovered the mural in 1990.", "She covered the mural in 1990.", False),
    Example(
        "The band Bad Weather sold a million records.",
        "The band Good Weather sold a million records.",
        False,
    ),
    # The claim says both directions: of two things, each is read in its own place.
    Example(
        "Shares in Greyholt Mills climbed 6% on Monday even though its annual profits fell short.",
        "Shares in Greyholt Mills fell 6% on Monday.",
        True,
    ),
    Example(
        "Greyholt Mills shares have dropped by a tenth this year, while the wider market has risen.",
        "Greyholt Mills shares have fallen 10% this year, against a 2% rise in the wider market.",
        False,
    ),
)


_PREFIXES = NEGATIVE_PREFIXES
_ONE_SLOT = 4
"""A claim of this many content words or fewer ("Folklore excludes jokes") says one thing: its
opposite anywhere in the sentence is in its slot."""
_LOOKALIKE_STEMS = frozenset(stem(w) for w in LOOKALIKE_PREFIXED)


def _prefixed_opposites(word: str) -> set[str]:
    """Words that are ``word`` with a negative prefix added or removed ("happy"/"unhappy")."""
    if not word.isalpha():
        return set()
    forms = {p + word for p in _PREFIXES} | {p + "-" + word for p in _PREFIXES}
    for p in _PREFIXES:
        if word.startswith(p) and len(word) - len(p) >= 4:
            forms.add(word[len(p) :].lstrip("-"))
    if len(word) < 4:
        return set()
    return {f for f in forms if stem(f) not in _LOOKALIKE_STEMS}


def _reversed_stems(word: str) -> set[str]:
    """Stems of ``word`` with a reversing prefix swapped, added or removed: "overestimate" /
    "underestimate", "deactivate" / "activate" (the rest long enough to be a word of its own)."""
    if not word.isalpha():
        return set()
    forms = set()
    for a, b in (("over", "under"), ("under", "over")):
        if word.startswith(a) and len(word) - len(a) >= 5:
            forms.add(b + word[len(a) :])
    if word.startswith("de") and len(word) >= 7:
        forms.add(word[2:])
    elif len(word) >= 5:
        forms.add("de" + word)
    return {stem(f) for f in forms} - _LOOKALIKE_STEMS


@dataclass(frozen=True)
class _Word:
    """A word of the claim and the forms that would be its opposite."""

    index: int
    token: Token
    antonyms: frozenset[str]
    reversed: frozenset[str]
    prefixed: frozenset[str]


@per_text
def evidence_stems(evidence: Analysed) -> frozenset[str]:
    """The evidence's stems, with the base of each irregular form ("fell" also as "fall")."""
    return frozenset(s for t in evidence.tokens for s in stems_of(t))


_LEFT_REACH = 5
"""Tokens after "leave" within which the state it leaves a thing in stands."""


def _leaves_as_it_is(analysed: Analysed, i: int) -> bool:
    """ "leaves the fare unchanged": "leave" as letting a thing be, not as going away."""
    return "leav" in stems_of(analysed.tokens[i]) and any(
        t.lower in LEFT_AS_IT_IS for t in analysed.tokens[i + 1 : i + 1 + _LEFT_REACH]
    )


_PARTS_OF_TIME = frozenset({"end", "start", "beginning", "close", "middle", "turn"})
_BEFORE_TIME = frozenset({"the", "this", "that", "last", "next", "its", "each", "every"})


def _point_in_time(analysed: Analysed, i: int) -> bool:
    """ "the end of September", "the start of the season": a time, not an act of ending or
    starting (no opposite of "began")."""
    tokens = analysed.tokens
    if tokens[i].lower not in _PARTS_OF_TIME or i + 2 >= len(tokens) or tokens[i + 1].lower != "of":
        return False
    k = i + 2
    while k < len(tokens) - 1 and tokens[k].lower in _BEFORE_TIME:
        k += 1
    word = tokens[k]
    return (
        word.is_number
        or word.lower in TIME_WORDS
        or word.lower in MONTHS
        or any(d.start <= word.start < d.end for d in analysed.dates)
    )


_NAMED_BY_ITS_START_OR_END = TIME_WORDS | {"times", "date", "dates", "night", "ceremony", "stages"}


def _names_a_time(analysed: Analysed, i: int) -> bool:
    """ "opening hours", "closing date", "the opening ceremony": the name of a time, not an act
    of opening or closing."""
    tokens = analysed.tokens
    return (
        tokens[i].lower.endswith("ing")
        and i + 1 < len(tokens)
        and tokens[i + 1].lower in _NAMED_BY_ITS_START_OR_END
    )


def _beats_a_name(analysed: Analysed, i: int) -> bool:
    """ "to defeat Saltney", "defeated the Larks": an act of winning (the outcomes rule reads
    who beat whom), not the noun "defeat", a loss."""
    tokens = analysed.tokens
    k = i + 2 if i + 1 < len(tokens) and tokens[i + 1].lower == "the" else i + 1
    return tokens[i].lower in BEATING_VERBS and k < len(tokens) and tokens[k].capitalised


def _no_opposite_here(analysed: Analysed, i: int) -> bool:
    """The word at ``i`` has no opposite where it stands: a name ("Bad Company", "Black
    Canary"), "leave" in "leaves the fare unchanged", a point in time, the name of a time, a
    time told from now ("last year"), "last" as a verb, a win over a side, or "far" of no
    distance ("so far", "far more")."""
    return (
        (i > 0 and analysed.tokens[i].capitalised)
        or _leaves_as_it_is(analysed, i)
        or _point_in_time(analysed, i)
        or _names_a_time(analysed, i)
        or _beats_a_name(analysed, i)
        or _amount_of_nothing_named(analysed, i)
        or told_from_now(analysed, i)
        or _lasting(analysed, i)
        or _forward_of_an_idiom(analysed, i)
        or _far_of_no_distance(analysed, i)
    )


_FAR_IDIOMS_BEFORE = frozenset({"so", "thus", "by", "as", "insofar"})
_FAR_DEGREE_AFTER = frozenset(
    "more less fewer better worse greater higher lower larger smaller too exceeded".split()
)


def _far_of_no_distance(analysed: Analysed, i: int) -> bool:
    """ "far" that tells no distance: "so far" (until now), "by far", "as far as", and "far"
    before a comparison ("far more than", "far too few"), which says by how much."""
    tokens = analysed.tokens
    if tokens[i].lower != "far":
        return False
    if i > 0 and tokens[i - 1].lower in _FAR_IDIOMS_BEFORE:
        return True
    following = tokens[i + 1].lower if i + 1 < len(tokens) else ""
    return following in _FAR_DEGREE_AFTER or following.endswith("er")


_IDIOMS_WITH_FORWARD = frozenset(
    "put puts putting come comes came coming look looks looked looking going".split()
)
"""Verbs with which "forward" makes an idiom of no direction: "put forward a motion" proposes
it, "came forward" volunteers, "look forward to" awaits, "going forward" means from now. Not
"brought forward", which moves a date earlier, against "put back"."""


def _forward_of_an_idiom(analysed: Analysed, i: int) -> bool:
    tokens = analysed.tokens
    return tokens[i].lower == "forward" and i > 0 and tokens[i - 1].lower in _IDIOMS_WITH_FORWARD


_VERB_BEFORE = frozenset({"to", "will", "would", "could", "may", "might", "should", "can", "must"})


def _lasting(analysed: Analysed, i: int) -> bool:
    """ "last" as a verb ("expected to last fifty years", "will last"): no opposite of "first"."""
    tokens = analysed.tokens
    return tokens[i].lower == "last" and i > 0 and tokens[i - 1].lower in _VERB_BEFORE


def _amount_of_nothing_named(analysed: Analysed, i: int) -> bool:
    """ "little" standing for an amount, not a size: "had little to do", "little of the
    money", "did little" (no noun after it)."""
    tokens = analysed.tokens
    if tokens[i].lower != "little":
        return False
    following = tokens[i + 1] if i + 1 < len(tokens) else None
    return following is None or following.is_stop or analysed.closes_phrase(i + 1)


@per_text
def _words(claim: Analysed) -> tuple[_Word, ...]:
    words = []
    for i, token in enumerate(claim.tokens):
        if token.is_stop or _no_opposite_here(claim, i):
            continue
        # A word that only looks prefixed ("display") has no prefixed or reversed opposite.
        lookalike = token.stem in _LOOKALIKE_STEMS
        antonyms = opposites_of(token)
        words.append(
            _Word(
                i,
                token,
                antonyms,
                frozenset() if lookalike else frozenset(_reversed_stems(token.lower)),
                # A word whose opposites the word list knows is read by them alone: "inland"
                # is the opposite of "coastal", not "in" + "land".
                frozenset()
                if lookalike or antonyms
                else frozenset(_prefixed_opposites(token.lower)),
            )
        )
    return tuple(words)


_SAME_SLOT = 3
"""Content words either side within which the claim's word, said by the evidence too, is said
of the same thing (the window for an opposite is wider: it is a conflict only if anchored)."""


def _said_at(token: Token, tokens: tuple[Token, ...]) -> list[int]:
    """Where ``tokens`` say ``token``: as :func:`said_at`, or in another form of an irregular
    verb ("risen" and "rise")."""
    found = said_at(token, tokens)
    forms = set(stems_of(token))
    return found + [j for j, t in enumerate(tokens) if j not in found and forms & set(stems_of(t))]


def _said_in_slot(
    claim: Analysed, token: Token, evidence: Analysed, window: int = _SAME_SLOT
) -> bool:
    """Whether the evidence says ``token`` in the claim's slot for it (a word within
    ``window`` of one is within it of the other)."""
    span = (token.start, token.end)
    tokens = evidence.tokens
    return any(
        anchored(claim, span, evidence, (tokens[j].start, tokens[j].end), window=window)
        for j in _said_at(token, tokens)
    )


_OWN_OPPOSITE = 2
"""When the claim says both directions, the content words either side within which its own use
of the sentence's word is said of the same thing, and within which its other word must stand
in the sentence's slot to conflict: tighter than ``_SAME_SLOT``, as such a claim mostly says
the two of two things side by side."""


def _movement_said(claim: Analysed, i: int, evidence: Analysed) -> bool:
    """The evidence tells the claim's movement by the claim's amount, in its own word ("climbed
    7.4%" / "rose by 7.4%"): an opposite elsewhere in it is said of something else."""
    return moved_by_same_amount(claim, claim.tokens[i], evidence, negated_tokens(evidence))


def movement_told(claim: Analysed, span: tuple[int, int], evidence: Analysed) -> bool:
    """Whether the evidence tells the movement the claim says within ``span`` by the claim's
    amount (see ``_movement_said``)."""
    return any(
        span[0] <= t.start < span[1] and _movement_said(claim, i, evidence)
        for i, t in enumerate(claim.tokens)
    )


def _amount_moved(claim: Analysed, i: int, evidence: Analysed) -> frozenset[str]:
    """The amounts beside the claim's word at ``i``, when the evidence never says that word
    with them: "a £1.4m profit" against "a loss of £1.4m, after a profit of £220,000" says
    the claim's word of another amount. Empty when the claim gives its word no amount, or the
    evidence says it with the claim's."""
    mine = amounts_beside(claim, i)
    if not mine:
        return frozenset()
    token = claim.tokens[i]
    if any(amounts_beside(evidence, j) & mine for j in _said_at(token, evidence.tokens)):
        return frozenset()
    return mine


_CONVERSES = frozenset({"buy", "sell", "lend", "borrow", "import", "export"})
"""Verbs of one exchange seen from either party: the opposite of the seller's word is the
buyer's, so they disagree only when said of the same party."""
_PASSIVE_BEFORE = frozenset({"was", "were", "been", "being", "be", "is", "are"})
_ROLE_AFTER = frozenset({"from", "to"})
_ROLE_REACH = 5
"""Tokens after the verb within which "from" or "to" names the other party."""
_AGENT_REACH = 8
"""Tokens before the other side's verb within which its doer is named."""


def _converse(token: Token) -> bool:
    return any(s in _CONVERSES for s in stems_of(token))


def _roles_turned(side: Analysed, i: int, other: Analysed, j: int) -> bool:
    """``side`` tells the exchange at ``i`` in the passive ("shares were sold"), or names after
    "from" or "to" the party that ``other`` makes the doer of its verb at ``j`` ("bought from
    a rowing club" / "the rowing club sold"): one exchange, seen from each party."""
    tokens = side.tokens
    if i > 0 and tokens[i - 1].lower in _PASSIVE_BEFORE:
        return True
    after = tokens[i + 1 : i + 1 + _ROLE_REACH]
    k = next((n for n, t in enumerate(after) if t.lower in _ROLE_AFTER), None)
    if k is None:
        return False
    at = i + 2 + k  # the first word after "from" or "to"
    party = [t for t in tokens[at : at + _ROLE_REACH] if not t.is_stop][:2]
    doer = other.tokens[max(0, j - _AGENT_REACH) : j]
    return bool(party) and all(said_in(t, doer) for t in party)


def _side_said(claim: Analysed, i: int, evidence: Analysed) -> bool:
    """The claim's word at ``i`` takes a side on a motion ("opposed the letter") that the
    evidence takes too, in any words ("voted against the letter"): an opposite elsewhere in
    it ("said he backed its aims") is another side of another thing."""
    ours = [side for k, side, _ in sides_taken(claim) if k == i]
    return bool(ours) and side_taken_alike(claim, i, ours[0], evidence)


def find(claim: Analysed, evidence: Analysed) -> list[Finding]:
    findings = []
    stems, lowers = evidence.stems, evidence.lowers
    for word in _words(claim):
        i, token = word.index, word.token
        prefixed = word.prefixed & lowers
        # The opposites the evidence says (antonyms, or reversed forms), else nothing to compare.
        if not (word.antonyms & evidence_stems(evidence) or word.reversed & stems or prefixed):
            continue
        # The evidence says the claim's word too: no conflict, unless it says it of something
        # else ("profit fell by 12% ... on higher fuel costs" against "profit was 12% higher").
        if written_as_one(claim, i, evidence):
            continue  # "pro-union" said as "prounion": the claim's own word
        said_elsewhere = evidence.has_word(token) or bool(_said_at(token, evidence.tokens))
        moved = _amount_moved(claim, i, evidence)
        # Said there only with other amounts after it ("fell by 9 per cent" / "fell by a
        # third"): the claim's amount after the opposite word decides.
        other_amounts = said_elsewhere and said_of_other_amounts(claim, token, evidence)
        if (
            said_elsewhere
            and _said_in_slot(claim, token, evidence)
            and not (moved or other_amounts)
        ):
            continue
        if _movement_said(claim, i, evidence):
            continue
        if moved_alike(claim, i, evidence) and not other_amounts:
            continue
        if _side_said(claim, i, evidence):
            continue
        opposites = word.antonyms | (word.reversed & stems)
        for j, other in enumerate(evidence.tokens):
            if other.lower not in prefixed and not any(s in opposites for s in stems_of(other)):
                continue
            if _no_opposite_here(evidence, j):
                continue
            if other_amounts and not same_amount_after(claim, token, evidence, other):
                continue
            # The claim tells that movement too, in its own word, of what moves there
            # ("profit shrank" / "profit falling"): the opposite is not the claim's.
            if moved_alike(evidence, j, claim):
                continue
            # The claim says the opposite too, of the same thing ("sales rose while costs
            # fell" / "costs fell"); said of something else, it does not settle it ("shares
            # rose though profits fell" / "shares fell").
            if _said_at(other, claim.tokens) and (
                _said_in_slot(evidence, other, claim, window=_OWN_OPPOSITE)
                or not anchored(
                    claim,
                    (token.start, token.end),
                    evidence,
                    (other.start, other.end),
                    window=_OWN_OPPOSITE,
                )
            ):
                continue
            if is_negated(claim, i) != is_negated(evidence, j):
                continue
            # "sold it to the club" / "the club bought it from them": one sale seen from its
            # two sides, when either side tells it with the roles turned.
            if _converse(token) and (
                _roles_turned(claim, i, evidence, j) or _roles_turned(evidence, j, claim, i)
            ):
                continue
            if (
                (said_elsewhere or len(claim.content) > _ONE_SLOT)
                and not anchored(
                    claim, (token.start, token.end), evidence, (other.start, other.end)
                )
                and not same_amount_before(claim, i, evidence, j)
                and not (moved and amounts_beside(evidence, j) & moved)
                and not other_amounts
            ):
                continue  # an opposite said of something else
            findings.append(
                Finding(
                    ConflictKind.ANTONYM, (token.start, token.end), token.surface, other.surface
                )
            )
            break
    return findings


RULE = Rule("antonyms", ConflictKind.ANTONYM, find, EXAMPLES, order=4)
