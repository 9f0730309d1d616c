"""Who did what, in which role: relation slots read from a claim or a sentence.

A slot is a relation ("led by", "mediated by", "held in", or a person's role), what it is about
(its subject: "the delegation", "the talks", or the person whose role it is) and what fills it
("Haji Najib"; "Turkey and Qatar"; "Deputy Minister of Interior"). It is read by patterns over
the tokens, in the forms news copy uses:

- agent phrases: "the talks were mediated by X and Y", "a delegation led by X",
  "under the mediation of X", and the active "X led the delegation", "X will host the summit";
- places: "the summit was held in X" (one place: an exclusive slot);
- roles: titles before names ("Defence Minister B", "Qatar's foreign minister B"), appositives
  ("B, the interior minister,", "B, spokesperson for the ministry,"), and "B is the minister of X".

An exclusive slot has one filler (who led, who hosted, where it was held); an open slot holds a
list (who mediated, who signed, who attended). :func:`compare` judges a claim's slots against a
sentence's: stated, conflicting, or not stated, and never from words alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from functools import lru_cache

from .analysis import Analysed, per_text
from .calendar import WEEKDAY_NAMES
from .lexicon import MONTHS, STOPWORDS, TITLES
from .lexicon.roles import (
    AUXILIARIES,
    INCLUDE_FORMS,
    NAME_CONNECTORS,
    OFFICES,
    PLACE_VERBS,
    RELATION_BASE_FORMS,
    RELATION_FORMS,
    UNIQUE_OFFICES,
)
from .names import same_name
from .text import SYNONYMS, Token, shared_prefix_match, stem

ROLE = "role"
INCLUDES = "includes"
HELD_IN = "held in"
_DETERMINERS = frozenset("the a an".split())
# Words that may open the object of an active relation ("chaired this year's jury").
_OBJECT_OPENERS = _DETERMINERS | frozenset("this that these those its their his her our".split())
_MAX_MEMBERS = 6
_MAX_PHRASE = 8
_MAX_SUBJECT = 5
_COPULAS = frozenset("is was are were remains remained became becomes".split())
_PRONOUNS = frozenset("he she they it we".split())
_SERVING = frozenset("served serves serving acted acts worked works".split())
_LIST_WORDS = frozenset({"and", "&"})
_ORG_WORDS = frozenset("of for".split())


@dataclass(frozen=True)
class Filler:
    """One member of a slot: a name, a role, or both ("Velmora's Finance Minister Ada Korrin")."""

    start: int
    """Index of its first token."""
    end: int
    """Index past its last token."""
    name: tuple[Token, ...]
    """The capitalised words naming who or what it is ("Ada Korrin"), if any."""
    role: tuple[Token, ...]
    """The words of its role or office ("Velmora's", "Finance", "Minister"), if any."""


@dataclass(frozen=True)
class Slot:
    relation: str
    """What the slot says: "led by", "mediated by", "held in" ... or "role"."""
    exclusive: bool
    subject: tuple[Token, ...]
    """What the relation is about: the event's words, or for a role the person's name."""
    fillers: tuple[Filler, ...]
    cue: tuple[int, int]
    """Character span of the words that state the relation ("led by", or the role itself)."""
    wide: bool = False
    """The subject is every word before the relation ("talks held in X under the mediation of
    Y"): the claim's subject must be among them."""


class Outcome(str, Enum):
    STATED = "stated"
    CONFLICT = "conflict"
    UNSTATED = "unstated"
    """The sentence says the relation or the filler, but not the two together."""


@dataclass(frozen=True)
class Judged:
    """A claim slot against the sentence: the outcome, and for a conflict the fillers at odds."""

    slot: Slot
    outcome: Outcome
    label: str
    """The relation as the output names it ("led by", "role of Haji Najib")."""
    claim_span: tuple[int, int] = (0, 0)
    claim_text: str = ""
    source_text: str = ""
    unstated: tuple[tuple[int, int], ...] = ()
    """Character spans of the claim's words the sentence does not state in this relation."""
    compared: bool = True
    """The sentence has a slot to compare with; False when it only lacks the relation."""


# ---------------------------------------------------------------- reading phrases off tokens


def _joined(a: Analysed, i: int) -> bool:
    """Whether token ``i`` follows token ``i - 1`` with only a space or a hyphen between, or
    the full stop of an initial ("George A. Romero")."""
    gap = a.gap_before(i)
    if gap in ("", " ", "-"):
        return True
    before = a.tokens[i - 1].surface
    return gap in (".", ". ") and len(before) == 1 and before.isupper()


def _gap(a: Analysed, i: int) -> str:
    return a.gap_before(i).strip()


@per_text
def _in_quantity(a: Analysed) -> frozenset[int]:
    """Indices of tokens inside a date or a number: those are not names."""
    spans = [(m.start, m.end) for m in (*a.dates, *a.numbers)]
    if not spans:
        return frozenset()
    return frozenset(i for i, t in enumerate(a.tokens) if any(s <= t.start < e for s, e in spans))


def _stop(t: Token) -> bool:
    """A function word; by its form, since some stems of content words are stems of stopwords
    too ("accord" / "according")."""
    return t.lower in STOPWORDS


def _title(t: Token) -> bool:
    return t.lower in TITLES or t.lower in OFFICES


def _possessive(t: Token) -> bool:
    return t.lower.endswith("'s") and len(t.lower) > 2


def _member_end(a: Analysed, i: int) -> int:
    """Past the end of a name or role phrase starting at token ``i`` ("Haji Najib", "Qatar's
    foreign minister", "the Ministry of Foreign Affairs"), or ``i`` when none starts there."""
    tokens, quantity = a.tokens, _in_quantity(a)
    j = i
    while j < len(tokens) and j - i < _MAX_PHRASE:
        t = tokens[j]
        if j > i and not _joined(a, j):
            break
        if j in quantity or t.is_number:
            break
        if (
            (t.capitalised and (not _stop(t) or t.lower in TITLES or len(t.surface) == 1))
            or _title(t)
            or (_possessive(t) and j + 1 < len(tokens))
            or (
                t.lower in NAME_CONNECTORS
                and j > i
                and j + 1 < len(tokens)
                and tokens[j + 1].capitalised
                and _joined(a, j + 1)
            )
        ):
            j += 1
        else:
            break
    # A phrase ends on a name or an office word, never on a connector, nor on a possessive
    # unless that ends a name ("President Ann B's daughter": Ann B).
    while j > i and (
        tokens[j - 1].lower in NAME_CONNECTORS
        or (_possessive(tokens[j - 1]) and (j - 1 == i or _title(tokens[j - 2])))
    ):
        j -= 1
    if j > i and not any(tokens[k].capitalised or _title(tokens[k]) for k in range(i, j)):
        return i
    return j


def _filler(a: Analysed, i: int, j: int) -> Filler:
    """Split a phrase into its role words (up to the last title) and the name after them."""
    tokens = a.tokens[i:j]
    last_title = max(
        (k for k, t in enumerate(tokens[:-1]) if _title(t) or _possessive(t)),
        default=len(tokens) - 1 if tokens and _title(tokens[-1]) else -1,
    )
    if tokens and _title(tokens[-1]):
        last_title = len(tokens) - 1
    if any(t.lower in NAME_CONNECTORS for t in tokens[last_title + 1 : last_title + 2]):
        return Filler(i, j, (), tuple(tokens))  # "minister of Austria": an office, no person
    name = tuple(t for t in tokens[last_title + 1 :] if t.capitalised)
    role = tuple(tokens[: last_title + 1])
    if name and not role and any(t.lower in OFFICES for t in name):
        return Filler(i, j, (), name)  # all-capitals role words ("MINISTER")
    return Filler(i, j, name, role)


def _members(a: Analysed, i: int) -> tuple[Filler, ...]:
    """The list of names starting at token ``i``: "Turkey and Qatar", "X, Y and Z", "the
    interior minister". An appositive after a comma ("X, Deputy Minister of ...") ends it."""
    tokens = a.tokens
    members: list[Filler] = []
    while i < len(tokens) and len(members) < _MAX_MEMBERS:
        determined = tokens[i].lower in _DETERMINERS and i + 1 < len(tokens) and _joined(a, i + 1)
        if determined:
            i += 1
        j = _member_end(a, i)
        if j == i:
            # An office with lower-case words before it: "the club treasurer".
            j = _role_end(a, i)
        if j > i:
            filler = _filler(a, i, j)
        elif determined:
            # "the retired architect Bram Ellery"
            filler, j = _described_name(a, i)
            if j == i:
                break
        else:
            break
        if not filler.name:
            filler, j = _named_in_apposition(a, filler)
        members.append(filler)
        if j >= len(tokens):
            break
        gap = _gap(a, j)
        if (gap == "" and tokens[j].lower in _LIST_WORDS) or (
            gap == "," and tokens[j].lower in _LIST_WORDS
        ):
            i = j + 1
        elif gap == "," and tokens[j].capitalised and not _title(tokens[j]):
            # "X, Y and Z": a list only if an "and" follows before the clause ends.
            end = _member_end(a, j)
            if (end < len(tokens) and tokens[end].lower in _LIST_WORDS) or (
                end < len(tokens) and _gap(a, end) == "," and tokens[end].capitalised
            ):
                i = j
            else:
                break
        else:
            break
    return tuple(members)


def _described_name(a: Analysed, i: int) -> tuple[Filler, int]:
    """A name after a few lower-case words that describe who it is: "the retired architect Bram
    Ellery" is Bram Ellery. Returns the filler and the index past it (``i`` when none)."""
    tokens, j = a.tokens, i
    while (
        j < len(tokens)
        and j - i < 3
        and not tokens[j].capitalised
        and not _stop(tokens[j])
        and not tokens[j].is_number
        and (j == i or _joined(a, j))
    ):
        j += 1
    if j == i or j >= len(tokens) or not _joined(a, j):
        return Filler(i, i, (), ()), i
    person = _person_at(a, j)
    if person is None:
        return Filler(i, i, (), ()), i
    return Filler(i, person.end, person.name, (*tokens[i:j], *person.role)), person.end


def _person_at(a: Analysed, j: int) -> Filler | None:
    """The name phrase starting at token ``j`` when it names someone ("Councillor Ines
    Marlow"), else none."""
    end = _member_end(a, j)
    person = _filler(a, j, end) if end > j else None
    return person if person is not None and person.name else None


def _named_in_apposition(a: Analysed, office: Filler) -> tuple[Filler, int]:
    """An office followed by the name of who holds it, between commas or at the clause's end:
    "the club secretary, Ines Marlow, who ..." is Ines Marlow in that office. Returns the
    filler and the index past it (the office alone when no name follows)."""
    tokens, j = a.tokens, office.end
    if j >= len(tokens) or _gap(a, j) != "," or not tokens[j].capitalised:
        return office, j
    person = _person_at(a, j)
    if person is None:
        return office, j
    end = person.end
    # "the chair, Ada Korrin and Tomas Brenner": a list of members, not one named office.
    if end < len(tokens) and _gap(a, end) in ("", ",") and tokens[end].lower in _LIST_WORDS:
        return office, j
    if end < len(tokens) and _gap(a, end) not in (",", ".", ";", ""):
        return office, j
    return Filler(office.start, end, person.name, office.role + person.role), end


def _member_list_before(a: Analysed, k: int) -> tuple[Filler, ...]:
    """The list of names that ends just before token ``k`` ("Turkey and Qatar" mediated)."""
    tokens = a.tokens
    start = k
    while start > 0:
        t = tokens[start - 1]
        gap = a.text[t.end : tokens[start].start].strip() if start < len(tokens) else ""
        if gap not in ("", ",", "-") and not (start < len(tokens) and _joined(a, start)):
            break
        if (
            t.capitalised
            or _title(t)
            or _possessive(t)
            or t.lower in _LIST_WORDS
            or (t.lower in NAME_CONNECTORS and start < k)
        ):
            start -= 1
        else:
            break
    while start < k and (
        tokens[start].lower in _LIST_WORDS or tokens[start].lower in NAME_CONNECTORS
    ):
        start += 1
    # Read forward from each possible start; the first list that ends at ``k`` is the subject.
    for s in range(start, k):
        members = _members(a, s)
        if members and members[-1].end == k:
            return members
    return ()


def _subject_before(a: Analysed, k: int) -> tuple[Token, ...]:
    """What a passive relation at token ``k`` is about: the words before it ("the talks were
    [mediated]", "a delegation [led]"); after a parenthesis, the clause's first words."""
    tokens, quantity = a.tokens, _in_quantity(a)
    j = k
    while j > 0 and tokens[j - 1].lower in AUXILIARIES and _joined(a, j):
        j -= 1
    words: list[Token] = []
    while j > 0 and len(words) < 3 and _joined(a, j):
        t = tokens[j - 1]
        if _stop(t) and t.lower != "of":
            break
        if j - 1 not in quantity and not _stop(t):
            words.append(t)
        j -= 1
    if words:
        while j > 0 and _joined(a, j) and not _stop(tokens[j - 1]):
            j -= 1
        # "Grey Harbour is a 2010 rowing documentary directed by X": the documentary is Grey Harbour.
        return _copula_subject(a, j) + tuple(reversed(words))
    # "The sessions held from 25 to 30 May, were attended by ...": the clause's first words.
    begin = max((b for b in a.breaks if b <= tokens[k].start), default=0)
    first = [
        t
        for n, t in enumerate(tokens[:k])
        if t.start >= begin and not _stop(t) and n not in quantity
    ]
    return tuple(first[:3])


def _copula_subject(a: Analysed, j: int) -> tuple[Token, ...]:
    """The subject of "<subject> is a|an|the <phrase>" when the phrase starts at token ``j``
    (a parenthesis after the subject skipped): what the phrase describes. Empty when no copula
    opens the phrase or the subject is more than a short name."""
    tokens = a.tokens
    if j < 2 or tokens[j - 1].lower not in _DETERMINERS or tokens[j - 2].lower not in _COPULAS:
        return ()
    copula = tokens[j - 2]
    begin = max((b for b in a.breaks if b <= copula.start), default=0)
    depth, words = 0, []
    for t in tokens[: j - 2]:
        if t.start < begin:
            continue
        gap = a.text[max(begin, t.start - 3) : t.start]
        depth += gap.count("(") - gap.count(")")
        if depth <= 0 and not _stop(t):
            words.append(t)
    tail = a.text[tokens[j - 3].end : copula.start] if j > 2 else ""
    if depth + tail.count("(") - tail.count(")") > 0 or not words or len(words) > _MAX_SUBJECT:
        return ()
    return tuple(words)


def _words_before(a: Analysed, k: int) -> tuple[Token, ...]:
    """The content words of the sentence before token ``k`` (a nominal relation's subject)."""
    begin = max((b for b in a.breaks if b <= a.tokens[k].start), default=0)
    quantity = _in_quantity(a)
    return tuple(
        t
        for n, t in enumerate(a.tokens[:k])
        if t.start >= begin and not _stop(t) and n not in quantity
    )[-12:]


def _object_after(a: Analysed, k: int) -> tuple[Token, ...]:
    """What an active relation at token ``k`` acts on ("led [the union delegation]")."""
    tokens = a.tokens
    words: list[Token] = []
    j = k + 1
    # "presided over the jury": the particle belongs to the verb.
    if j < len(tokens) and tokens[j].lower == "over" and _joined(a, j):
        j += 1
    while j < len(tokens) and len(words) < 3 and _joined(a, j):
        t = tokens[j]
        if _stop(t):
            if words or t.lower not in _OBJECT_OPENERS:
                break
        else:
            words.append(t)
        j += 1
    return tuple(words)


# ---------------------------------------------------------------- the slots of a text

_TRIGGERS = frozenset(
    {*RELATION_FORMS, *RELATION_BASE_FORMS, *OFFICES, *PLACE_VERBS, *INCLUDE_FORMS}
)


def _agent_slots(a: Analysed) -> list[Slot]:
    tokens = a.tokens
    slots: list[Slot] = []
    for k, t in enumerate(tokens):
        form = RELATION_FORMS.get(t.lower)
        base = RELATION_BASE_FORMS.get(t.lower)
        if form is None and base is None:
            continue
        label, exclusive = form if form is not None else RELATION_FORMS[base]  # type: ignore[index]
        nxt = tokens[k + 1].lower if k + 1 < len(tokens) else ""
        # Passive or nominal: "mediated by X", "the mediation of X", "under the leadership of X".
        nominal = nxt == "of" and t.lower.endswith(("ion", "ship"))
        if form is not None and (nxt == "by" or nominal):
            if k + 2 < len(tokens) and _joined(a, k + 1) and _joined(a, k + 2):
                members = _members(a, k + 2)
                if members:
                    cue = (t.start, tokens[k + 1].end)
                    subject = _words_before(a, k) if nominal else _subject_before(a, k)
                    slots.append(Slot(label, exclusive, subject, members, cue, nominal))
            continue
        # Active: "X led the delegation", "X and Y will mediate the talks".
        j = k
        while j > 0 and tokens[j - 1].lower in AUXILIARIES and _joined(a, j):
            j -= 1
        if base is not None and j == k:
            continue  # a bare "lead" or "host" is as often a noun
        if j == 0:
            continue
        if not _joined(a, j):
            # "X, the transport minister, will lead ...": the name before the appositive.
            if _gap(a, j) != ",":
                continue
            j = next((m for m in range(j - 1, max(j - 10, 0), -1) if _gap(a, m) == ","), 0)
            if j == 0:
                continue
        members = _member_list_before(a, j)
        if not members and tokens[j - 1].lower in _PRONOUNS:
            # "She signed the treaty": who she is, the coverage works out from the document.
            members = (Filler(j - 1, j, (), ()),)
        obj = _object_after(a, k)
        if members and obj and not any(o.capitalised and o.lower in _LIST_WORDS for o in obj):
            slots.append(Slot(label, exclusive, obj, members, (t.start, t.end)))
    return slots


def _member_slots(a: Analysed) -> list[Slot]:
    """ "the delegation will include X and Y": who is among the members (an open slot)."""
    tokens = a.tokens
    slots = []
    for k, t in enumerate(tokens):
        if t.lower not in INCLUDE_FORMS or k + 1 >= len(tokens) or not _joined(a, k + 1):
            continue
        members = _members(a, k + 1)
        if members:
            subject = _subject_before(a, k)
            slots.append(Slot(INCLUDES, False, subject, members, (t.start, t.end)))
    return slots


def _place_slots(a: Analysed) -> list[Slot]:
    """ "held in X", "took place in X", also after a date ("held on May 3 in X")."""
    tokens, quantity = a.tokens, _in_quantity(a)
    slots = []
    for k, t in enumerate(tokens):
        if t.lower not in PLACE_VERBS:
            continue
        j = k + 1
        if t.lower == "took":
            if j >= len(tokens) or tokens[j].lower != "place":
                continue
            j += 1
        # Skip a date or time between the verb and the place ("on October 18 and 19").
        while (
            j < len(tokens)
            and j - k < 10
            and (
                j in quantity or tokens[j].lower in ("on", "from", "to", "between", "and", "until")
            )
        ):
            j += 1
        if j + 1 >= len(tokens) or tokens[j].lower not in ("in", "at"):
            continue
        members = _members(a, j + 1)
        if members and all(m.name for m in members):
            subject = _subject_before(a, k)
            slots.append(Slot(HELD_IN, True, subject, members[:1], (t.start, tokens[j].end)))
    return slots


def _role_end(a: Analysed, i: int) -> int:
    """Past the end of a role phrase at ``i`` ("Deputy Minister of Interior", "spokesperson for
    Velmora's Ministry of Trade", "the union's spokesman"), or ``i``: the words
    before "of" / "for" must include an office."""
    tokens, start = a.tokens, i
    if i < len(tokens) and tokens[i].lower in _DETERMINERS:
        i += 1
    # Lower-case words may qualify the office ("the transport minister", "its deputy chair").
    while (
        i < len(tokens)
        and i - start < 4
        and not tokens[i].capitalised
        and not _stop(tokens[i])
        and tokens[i].lower not in OFFICES
        and not tokens[i].is_number
        and i + 1 < len(tokens)
        and _joined(a, i + 1)
    ):
        i += 1
    j = _member_end(a, i)
    if j == i or not any(tokens[n].lower in OFFICES for n in range(i, j)):
        return start
    if _filler(a, i, j).name:
        return start  # names someone else ("the president John B's daughter")
    if (
        j + 1 < len(tokens)
        and tokens[j].lower in _ORG_WORDS
        and _joined(a, j)
        and _joined(a, j + 1)
    ):
        k = j + 1
        if tokens[k].lower in _DETERMINERS and k + 1 < len(tokens) and _joined(a, k + 1):
            k += 1
        org = _member_end(a, k)
        # "spokesperson for the ministry", "coach of the national team": lower-case nouns.
        while (
            org < len(tokens)
            and org - k < 3
            and not _stop(tokens[org])
            and not tokens[org].is_number
            and (org == k or _joined(a, org))
        ):
            org += 1
        if org > k:
            j = org
    return j


def _role_slot(a: Analysed, person: Filler, i: int, j: int, cue_end: int) -> Slot:
    role = tuple(t for t in a.tokens[i:j] if not _stop(t))
    cue = (a.tokens[i].start, a.tokens[cue_end - 1].end)
    return Slot(ROLE, False, person.name, (Filler(i, j, person.name, role),), cue)


def _role_slots(a: Analysed) -> list[Slot]:
    tokens = a.tokens
    slots: list[Slot] = []
    i = 0
    while i < len(tokens):
        j = _member_end(a, i)
        if j == i:
            i += 1
            continue
        phrase = _filler(a, i, j)
        if phrase.name and phrase.role and any(t.lower in OFFICES for t in phrase.role):
            # A title before a name: "Defence Minister B", "Qatar's foreign minister B".
            slots.append(
                Slot(
                    ROLE, False, phrase.name, (phrase,), (phrase.role[0].start, phrase.role[-1].end)
                )
            )
        elif phrase.name and not phrase.role and j < len(tokens):
            # An appositive ("B, the interior minister,") or a copula ("B is the minister of X").
            k = None
            if _gap(a, j) == ",":
                k = j
            elif tokens[j].lower in _COPULAS and _joined(a, j) and j + 1 < len(tokens):
                k = j + 1
            elif (
                tokens[j].lower in _SERVING
                and j + 2 < len(tokens)
                and tokens[j + 1].lower == "as"
                and _joined(a, j + 1)
            ):
                k = j + 2
            if k is not None:
                end = _role_end(a, k)
                if end > k:
                    slots.append(_role_slot(a, phrase, k, end, end))
                    i = end
                    continue
        i = j
    return slots


@per_text
def slots(a: Analysed) -> tuple[Slot, ...]:
    """Every relation slot of a text (worked out once per text)."""
    if a.lowers.isdisjoint(_TRIGGERS):
        return ()  # most sentences: no word that could start a slot
    return tuple(_agent_slots(a) + _member_slots(a) + _place_slots(a) + _role_slots(a))


# ---------------------------------------------------------------- judging a claim's slots


def _said(token: Token, tokens: tuple[Token, ...] | list[Token]) -> bool:
    synonyms = SYNONYMS.get(token.stem, frozenset())
    return any(
        t.stem == token.stem or t.stem in synonyms or shared_prefix_match(t.lower, token.lower)
        for t in tokens
    )


def _words(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    return tuple(t for t in tokens if not _stop(t))


def _name_text(tokens: tuple[Token, ...]) -> str:
    text = " ".join(t.surface for t in tokens)
    return text[:-2] if text.endswith("'s") else text


def _roles_of(a: Analysed, name: tuple[Token, ...]) -> tuple[Token, ...]:
    """Every role word a text gives the person ``name`` ("B, the interior minister" ...)."""
    text = _name_text(name)
    return tuple(
        t
        for s in slots(a)
        if s.relation == ROLE and same_name(_name_text(s.subject), text)
        for t in s.fillers[0].role
    )


class _Same(Enum):
    YES = 1
    NO = 2
    UNKNOWN = 3


def _same_filler(claim: Analysed, f: Filler, evidence: Analysed, g: Filler) -> _Same:
    """Whether two fillers name the same one: by name when both have one; a role against a
    name by the roles the text gives that name ("the interior minister" / "B, ... Minister of
    Interior"); two roles by their words."""
    if f.name and g.name:
        return _Same.YES if same_name(_name_text(f.name), _name_text(g.name)) else _Same.NO
    ours = _words(f.role) if not f.name else _words(f.role) + _roles_of(claim, f.name)
    theirs = _words(g.role) + (_roles_of(evidence, g.name) if g.name else ())
    if ours and theirs and all(_said(t, theirs) for t in _words(f.role) or ours):
        return _Same.YES
    if f.name or g.name:
        return _Same.UNKNOWN  # a role against a name the text gives no role
    if any(not _said(t, ours) for t in theirs) and any(not _said(t, theirs) for t in ours):
        return _Same.NO
    return _Same.UNKNOWN


def _same_subject(claim: Analysed, slot: Slot, evidence: Analysed, other: Slot) -> bool:
    """Whether two slots are about the same thing: the claim's head word is among the
    sentence's subject words (or the other way), and no name qualifying it differs
    ("Velmora's delegation" is not "the Ostland delegation")."""
    ours, theirs = slot.subject, other.subject
    if not ours or not theirs:
        return False
    if not (_said(ours[-1], theirs) or (not other.wide and _said(theirs[-1], ours))):
        return False
    # A day or month before the head ("Tuesday's meeting") says when, not which thing.
    named = [t for t in ours[:-1] if t.capitalised and t.stem not in _CALENDAR_STEMS]
    return all(evidence.has_word(t) for t in named)


# Stemmed as tokens are ("January's" -> "januari"); whole month names only, not "Mar" or "Jan".
_CALENDAR_STEMS = frozenset(
    stem(name.lower())
    for name in (*WEEKDAY_NAMES, *MONTHS)
    if len(name) > 4 or name in ("may", "june", "july")
)


def _named_after(evidence: Analysed, fillers: tuple[Filler, ...], f: Filler) -> bool:
    after = [t for g in fillers for t in evidence.tokens[g.end : g.end + 6]]
    return all(_said(t, after) for t in f.name)


def _span(a: Analysed, f: Filler) -> tuple[int, int]:
    return a.tokens[f.start].start, a.tokens[f.end - 1].end


def _name_span(a: Analysed, f: Filler) -> tuple[int, int]:
    """The span of a filler's name, or of the whole filler when it is a role alone."""
    return (f.name[0].start, f.name[-1].end) if f.name else _span(a, f)


def filler_spans(claim: Analysed, evidence: Analysed) -> tuple[tuple[int, int], ...]:
    """Spans of the claim's slot fillers that the sentence speaks to in the same relation or
    role: what fills them is this layer's to judge, not a word-by-word comparison's."""
    return tuple(
        span
        for judged in compare(claim, evidence)
        if judged.compared
        for span in (
            *(_span(claim, f) for f in judged.slot.fillers),
            judged.slot.cue,
        )
    )


def cue_words(a: Analysed) -> frozenset[int]:
    """Starts of the tokens that state a relation ("led", "mediated", "hosted")."""
    return frozenset(s.cue[0] for s in slots(a) if s.relation != ROLE)


def _shown(a: Analysed, fillers: list[Filler]) -> str:
    """The fillers as the output shows them: their names when they have them ("Ada Kiel", not
    "Malta's foreign minister Ada Kiel"), else their words."""
    if all(f.name for f in fillers):
        return a.text[_name_span(a, fillers[0])[0] : _name_span(a, fillers[-1])[1]]
    return _text(a, fillers)


def _text(a: Analysed, fillers: list[Filler]) -> str:
    if not fillers:
        return ""
    return a.text[a.tokens[fillers[0].start].start : a.tokens[fillers[-1].end - 1].end]


def _judge_agent(claim: Analysed, slot: Slot, evidence: Analysed) -> Judged | None:
    rivals = [
        s
        for s in slots(evidence)
        if s.relation == slot.relation and _same_subject(claim, slot, evidence, s)
    ]
    if rivals and all(any(not g.name and not g.role for g in s.fillers) for s in rivals):
        return None  # a pronoun fills the sentence's slot: left to the words
    if not rivals:
        # The sentence puts the same thing in another relation ("X will accompany the
        # delegation" for "X will lead the delegation"): it does not state the claim's, and
        # its fillers are no rivals of the claim's. A filler it names there is not stated.
        others = [
            s
            for s in slots(evidence)
            if s.relation not in (slot.relation, ROLE) and _same_subject(claim, slot, evidence, s)
        ]
        if not others:
            return None
        named = [
            f
            for f in slot.fillers
            if any(
                _same_filler(claim, f, evidence, g) is _Same.YES for s in others for g in s.fillers
            )
        ]
        spans = (slot.cue, *(_name_span(claim, f) for f in named))
        return Judged(slot, Outcome.UNSTATED, slot.relation, unstated=spans)
    for rival in rivals:
        extra = [
            f
            for f in slot.fillers
            if not any(_same_filler(claim, f, evidence, g) is _Same.YES for g in rival.fillers)
        ]
        if not extra:
            return Judged(slot, Outcome.STATED, slot.relation)
    rival = rivals[0]
    extra = [
        f
        for f in slot.fillers
        if not any(_same_filler(claim, f, evidence, g) is _Same.YES for g in rival.fillers)
    ]
    missed = [
        g
        for g in rival.fillers
        if not any(_same_filler(claim, f, evidence, g) is _Same.YES for f in slot.fillers)
    ]
    different = [
        f
        for f in extra
        if all(_same_filler(claim, f, evidence, g) is _Same.NO for g in rival.fillers)
        # A place named just after the sentence's may hold it ("in Lindhaven, Corvale").
        and not (slot.relation == HELD_IN and _named_after(evidence, rival.fillers, f))
    ]
    unstated = tuple(_name_span(claim, f) for f in extra)
    # One filler (who led): another one is a conflict. A list (who mediated): a member the
    # source does not list is a conflict only when the claim gives a list of its own that
    # replaces one of the source's rather than adds to it.
    replaces = len(slot.fillers) >= max(2, len(rival.fillers))
    if different and missed and (slot.exclusive or replaces):
        return Judged(
            slot,
            Outcome.CONFLICT,
            slot.relation,
            (_name_span(claim, different[0])[0], _name_span(claim, different[-1])[1]),
            _shown(claim, different),
            _shown(evidence, missed),
            unstated,
        )
    return Judged(slot, Outcome.UNSTATED, slot.relation, unstated=(*unstated, slot.cue))


def _differing(a: Analysed, words: tuple[Token, ...], other: tuple[Token, ...]) -> list[Token]:
    return [t for t in words if not _said(t, other)]


def _judge_role(claim: Analysed, slot: Slot, evidence: Analysed) -> Judged | None:
    person = _name_text(slot.subject)
    ours = _words(slot.fillers[0].role)
    label = f"role of {person}"
    theirs_all: list[Token] = []
    for s in slots(evidence):
        if s.relation != ROLE:
            continue
        theirs = _words(s.fillers[0].role)
        if same_name(_name_text(s.subject), person):
            theirs_all.extend(theirs)
            continue
        # The same office held by someone else: "Qatar's foreign minister A" / "... B".
        unique = any(t.lower in UNIQUE_OFFICES for t in ours)
        qualified = [
            t for t in ours if t.capitalised and t.lower not in OFFICES and t.lower not in TITLES
        ]
        if (
            unique
            and qualified
            and not _differing(claim, ours, theirs)
            and not _differing(evidence, theirs, ours)
            and not same_name(_name_text(s.subject), person)
        ):
            office = claim.text[slot.cue[0] : slot.cue[1]]
            return Judged(
                slot,
                Outcome.CONFLICT,
                office,
                (slot.subject[0].start, slot.subject[-1].end),
                person,
                _name_text(s.subject),
                ((slot.subject[0].start, slot.subject[-1].end),),
            )
    if not theirs_all:
        # A sentence that gives the person no role may still say it in a form not read here
        # ("... who has served twice as prime minister"): left to the words.
        return None
    theirs_t = tuple(theirs_all)
    ours_only = _differing(claim, ours, theirs_t)
    if not ours_only:
        return Judged(slot, Outcome.STATED, label)
    theirs_only = _differing(evidence, theirs_t, ours)
    if theirs_only:
        # Report the words that differ, in their order on each side: the offices when they
        # differ ("coach" vs "captain"), else what qualifies them ("Foreign" vs "Defense").
        offices = (
            [t for t in ours_only if t.lower in OFFICES],
            [t for t in theirs_only if t.lower in OFFICES],
        )
        shown_ours, shown_theirs = offices if all(offices) else (ours_only, theirs_only)
        return Judged(
            slot,
            Outcome.CONFLICT,
            label,
            (shown_ours[0].start, shown_ours[-1].end),
            claim.text[shown_ours[0].start : shown_ours[-1].end],
            evidence.text[shown_theirs[0].start : shown_theirs[-1].end],
        )
    # The sentence gives the person a role with fewer words than the claim's: what it lacks is
    # left to the words (it may say them elsewhere in the sentence).
    return Judged(slot, Outcome.UNSTATED, label)


@per_text
def _names(a: Analysed) -> tuple[tuple[Token, ...], ...]:
    """Runs of capitalised words (the names a text mentions)."""
    runs: list[tuple[Token, ...]] = []
    run: list[Token] = []
    for i, t in enumerate(a.tokens):
        if t.capitalised and not _stop(t) and (not run or _joined(a, i)):
            run.append(t)
        else:
            if run:
                runs.append(tuple(run))
            run = [t] if t.capitalised and not _stop(t) else []
    if run:
        runs.append(tuple(run))
    return tuple(runs)


def _named_by_noun(claim: Analysed, slot: Slot, evidence: Analysed) -> bool:
    """Whether the sentence names the relation by a noun of the same stem ("as the mediators,
    X and Y ..." for "X and Y mediated"): a form the patterns do not read, so left to words."""
    cue = next((t for t in claim.tokens if t.start == slot.cue[0]), None)
    return cue is not None and any(
        t.stem == cue.stem and t.lower not in RELATION_FORMS and t.lower not in RELATION_BASE_FORMS
        for t in evidence.tokens
    )


@lru_cache(maxsize=16)
def compare(claim: Analysed, evidence: Analysed) -> tuple[Judged, ...]:
    """Each claim slot the sentence speaks to: stated, in conflict, or not stated by it
    (worked out once per pair for the rule and the coverage)."""
    ours = slots(claim)
    if not ours:
        return ()
    stated = {s.relation for s in slots(evidence)}
    judged = []
    for slot in ours:
        result = (
            _judge_role(claim, slot, evidence)
            if slot.relation == ROLE
            else _judge_agent(claim, slot, evidence)
        )
        if (
            result is None
            and slot.relation not in stated
            and slot.relation not in (ROLE, HELD_IN)
            and not _named_by_noun(claim, slot, evidence)
        ):
            # The sentence states no such relation at all: its word for it, if any, means
            # something else there ("could lead to unrest" is not "will lead the delegation").
            result = Judged(
                slot, Outcome.UNSTATED, slot.relation, unstated=(slot.cue,), compared=False
            )
        if result is not None:
            judged.append(result)
    return tuple(judged)


def unstated_spans(claim: Analysed, evidence: Analysed) -> tuple[tuple[int, int], ...]:
    """Spans of the claim's words that the sentence names, but not in the claim's relation:
    they are not covered by it ("A will accompany the delegation" does not say A leads it)."""
    return tuple(span for judged in compare(claim, evidence) for span in judged.unstated)
