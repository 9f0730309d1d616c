"""A claim's atomic parts: the facts a compound sentence joins, each one a claim of its own.

Only where it is safe, without a parser:

- clauses joined by a semicolon, or by ", and" / ", but" / "while" / "whereas" when what
  follows has a verb and a short subject of its own ("Police were called, but the crowd
  left");
- predicates sharing one subject ("The council approved the budget and cut library hours"):
  the second is given the subject again ("The council cut library hours"), and the "was" of a
  passive it continues ("was shown in May and given a release": "It was given a release");
- a relative clause that adds a fact ("The bridge, which opened in 1932, spans the river"):
  "The bridge spans the river" / "The bridge opened in 1932";
- a noun phrase beside a name that adds a fact ("Ada Varn, a chemist, founded the firm":
  "Ada Varn founded the firm" / "Ada Varn is a chemist"; "... at the Marrow Hall, the oldest
  theatre of the town.": "The Marrow Hall is the oldest theatre of the town");
- a list of figures ("The school has 300 pupils, 20 teachers and 4 buses").

Nothing is split inside quotation marks or brackets, and "and" between names ("Procter and
Gamble", "Turkey and Qatar") never splits: a predicate must follow it. Nor do verbs sharing
what follows ("was written and directed by"), a participle after a bare comma ("the film,
titled ..."), a clause whose subject is "this" or "that" pointing back ("but this is no
proof"), "not only ... but", or what follows an open "which" clause. A split that would leave
a part without a verb or with fewer than ``MIN_PART_WORDS`` words is not made.

Participle clauses (", carrying 40 crew") are not split: whose participle it is (the
subject's, or the whole event's: ", causing floods") cannot be told without a parser, and on
the tune halves of the labelled sets the guess was wrong more often than right.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import AUXILIARIES, IRREGULAR_PAST, LINKING_ADVERBS, MONTHS, STOPWORDS, WEEKDAYS

MIN_PART_WORDS = 3
"""Fewest words a part may have."""
MAX_PARTS = 4

_WORD = re.compile(r"\d+(?:[.,]\d+)*|[^\W_]+(?:['’.-][^\W_]+)*")
_PROTECTED = re.compile(r'"[^"]*"|“[^”]*”|‘[^’]*’(?!\w)|\([^)]*\)|\[[^\]]*\]')
_DETERMINERS = frozenset(
    "the a an his her its their our my your this that these those some any no every each".split()
)
_PRONOUNS = frozenset("he she it they we i you there".split())
_SUBJECT_PRONOUNS = frozenset("he she it they we i".split())
_PREPOSITIONS = frozenset("in on at by for from to of with after before during since until".split())
_NUMBER_WORDS = frozenset(
    "two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty "
    "hundred dozen".split()
)


@dataclass(frozen=True)
class ClaimPart:
    """One fact of a compound claim."""

    text: str
    """The part as a sentence of its own (its subject repeated where it shares one)."""
    start: int
    """Where the part's own words begin in the claim."""
    end: int


def _words(text: str, offset: int = 0) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start() + offset, m.end() + offset) for m in _WORD.finditer(text)]


def _is_verb(word: str, previous: str | None) -> bool:
    lower = word.lower()
    if lower in AUXILIARIES or lower in IRREGULAR_PAST:
        return not word[:1].isupper() or previous is None
    if len(lower) >= 5 and lower.endswith("ed") and lower.isalpha() and not word[:1].isupper():
        return previous is None or previous.lower() not in _DETERMINERS
    return False


def _protected(claim: str) -> list[tuple[int, int]]:
    return [m.span() for m in _PROTECTED.finditer(claim)]


def _free(at: int, protected: list[tuple[int, int]]) -> bool:
    return not any(a <= at < b for a, b in protected)


def _first_verb(text: str, offset: int = 0) -> int | None:
    """Offset of the first verb of ``text`` (after at least one word), if any."""
    words = _words(text, offset)
    for n, (word, start, _) in enumerate(words):
        if n and _is_verb(word, words[n - 1][0]):
            return start
        if n and words[0][0].lower() in _SUBJECT_PRONOUNS and word.lower() not in LINKING_ADVERBS:
            # After "She" (and an adverb, "She still bowls"), the verb, whatever its form.
            return start
    return None


def _predicate_start(claim: str, after: int) -> int | None:
    """Where a predicate begins at ``after``: a verb, maybe behind linking adverbs or a short
    phrase of time or place ("and in 1988 became"); None when a subject comes first."""
    words = _words(claim[after:], after)[:6]
    previous = None
    for n, (word, start, _) in enumerate(words):
        lower = word.lower()
        if _is_verb(word, previous) and (n == 0 or previous is not None):
            return start
        if n and "," in claim[words[n - 1][2] : start]:
            return None  # a fronted phrase ("on 12 May 2009, the firm ..."): a subject follows
        if n == 0 and lower in _PREPOSITIONS:
            previous = word
            continue
        if lower in LINKING_ADVERBS or (previous is not None and previous.lower() in _PREPOSITIONS):
            previous = word
            continue
        if previous is not None and (word[:1].isdigit() or word[:1].isupper()):
            previous = word  # the rest of a phrase of time or place: "in March 2019"
            continue
        return None
    return None


def _has_verb(text: str) -> bool:
    if _first_verb(text) is not None:
        return True
    words = _words(text)
    return any(_is_verb(w, words[n - 1][0] if n else None) for n, (w, _, _) in enumerate(words))


def _enough(text: str) -> bool:
    words = _words(text)
    content = [w for w, _, _ in words if w.lower() not in STOPWORDS]
    return len(words) >= MIN_PART_WORDS and len(content) >= 2


def _sentence(text: str) -> str:
    text = text.strip(" ,;:")
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


_CLAUSE_JOINS = re.compile(
    r";\s+(?:and\s+|but\s+)?|,\s+(?:and|but|while|whereas|yet)\s+|\s+(?:but|while|whereas)\s+"
)
_AND = re.compile(r",?\s+and\s+")
_COMMA = re.compile(r",\s+")
MAX_SUBJECT_WORDS = 10
"""Most words a clause's own subject may have: a longer stretch before the first verb is a
list or a phrase, not a subject ("..., and novelists from over a dozen countries ... told")."""


def _clause_subject(text: str) -> bool:
    """Whether ``text`` (what comes before a clause's first verb) ends in a subject: short,
    after any fronted phrase ("after the race, he ..."), no "that" clause ("but that ..."), and
    not "this" or "that" alone, which points back at the clause before ("but this is no
    proof"): such a clause says nothing on its own."""
    words = [w.lower() for w, _, _ in _words(_subject(text.strip(" ,").rsplit(",", 1)[-1]))]
    return (
        0 < len(words) <= MAX_SUBJECT_WORDS
        and words[0] not in _COMPLEMENTIZERS
        and words != ["this"]
        and words != ["that"]
    )


_COMPLEMENTIZERS = frozenset("that whether if not".split())
_BE = frozenset("is are was were".split())
_PARTICIPLES = frozenset(
    """
    been begun born borne broken chosen done drawn driven eaten fallen flown forgotten
    forgiven frozen given gone grown hidden known ridden risen seen shaken shown spoken stolen
    sworn taken thrown torn woken worn written undertaken overseen withdrawn
    """.split()
)
"""Past participles that are not also past tenses: after "and" they continue a passive
("was shown in May and given a release"), so they take its "was"."""


def _list_goes_on(claim: str, after: int, end: int) -> bool:
    """Whether an "and" joining a predicate follows: a bare comma joins predicates only in a
    list of them ("hired 40 sailors, bought two ships and opened a route")."""
    return any(
        _predicate_start(claim, m.end()) == m.end() for m in _AND.finditer(claim, after, end)
    )


def _split_clauses(
    claim: str, start: int, end: int, subject: str, borrowed: bool = False
) -> list[ClaimPart] | None:
    """Split ``claim[start:end]`` at its first safe join, and what follows recursively.
    ``borrowed``: the stretch is a predicate whose subject is ``subject``, said earlier."""
    protected = _protected(claim)
    segment = claim[start:end]
    joins = sorted(
        {
            (start + m.start(), -len(m.group()), start + m.end(), pattern)
            for pattern in (_CLAUSE_JOINS, _AND, _COMMA)
            for m in pattern.finditer(segment)
        },
        key=lambda j: (j[0], j[1]),
    )
    for at, _, after, pattern in joins:
        if not _free(at, protected):
            continue
        if pattern is _COMMA and (
            _predicate_start(claim, after) != after
            or claim[after:].split(" ", 1)[0].lower() in AUXILIARIES
        ):
            # A bare comma joins predicates only in a list ("hired ..., bought ..."); before
            # "were" it closes a phrase of the subject ("the sessions held in May, were ...").
            continue
        semicolon = ";" in claim[at:after]
        left, right = claim[start:at], claim[after:end]
        if not _has_verb(left) or not _enough(left) or not _enough(right):
            continue
        if not semicolon and re.search(r",\s+(?:which|who)\s", left):
            continue  # a relative clause is still open: what follows may be its own predicate
        if re.search(r"\bnot only\b", left, re.IGNORECASE):
            continue  # "not only ..., but ..." is one statement
        if not semicolon and _predicate_start(claim, after) is not None:
            next_subject, next_borrowed = subject, True  # "... and cut library hours"
            last = _words(left)[-2:]
            if "," not in claim[at:after] and _is_verb(
                last[-1][0], last[-2][0] if len(last) == 2 else None
            ):
                continue  # verbs sharing what follows: "was written and directed by ..."
            if pattern is _COMMA and not _list_goes_on(claim, after, end):
                continue  # a bare comma before a participle ("the film, titled ...")
            passive = _passive(left, right)
            if passive is None:
                continue  # "being diagnosed ... and sent ...": one participle phrase
            if _SUBORDINATE.search(left.split(",")[-1]):
                continue  # "went ahead after officials inspected ... and declared ...": whose?
            next_subject = f"{subject} {passive}".strip()
        elif (
            pattern is _CLAUSE_JOINS
            and (verb := _first_verb(right, after)) is not None
            and _clause_subject(claim[after:verb])
        ):
            next_subject, next_borrowed = _subject(claim[after:verb]), False  # own subject
        else:
            continue
        rest = _split_clauses(claim, after, end, next_subject, next_borrowed) or [
            ClaimPart(_sentence(_with(next_subject, right, next_borrowed)), after, end)
        ]
        first = ClaimPart(_sentence(_with(subject, left, borrowed)), start, at)
        return [first, *rest]
    return None


# A clause of its own opening inside the stretch before "and": the predicate after "and" may
# be that clause's ("after officials inspected the pitch and declared it fit").
_SUBORDINATE = re.compile(
    r"\S\s+(?:after|before|when|whenever|until|because|once|since|if|unless|although|though|while)"
    r"\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|his\s+|her\s+)?\w+\s+\w+",
    re.IGNORECASE,
)


def _passive(left: str, predicate: str) -> str | None:
    """What a borrowed predicate needs from the clause before it: "was " before a past
    participle continuing a passive ("It was shown ... and given a release"); nothing
    otherwise; None when the predicate continues a participle phrase ("being diagnosed ...
    and sent ...") rather than the clause."""
    before = [w.lower() for w, _, _ in _words(left)]
    if "being" in before[-8:]:
        return None
    first = predicate.split(" ", 1)[0].lower()
    if first in _PARTICIPLES:
        be = next((w for w in reversed(before) if w in _BE), None)
        if be is not None:
            return be + " "
    return ""


def _subject(text: str) -> str:
    """The words before a verb, without an adverb of time that belongs to the predicate
    ("She still bowls": "She")."""
    words = text.split()
    while len(words) > 1 and words[-1].lower() in LINKING_ADVERBS:
        words.pop()
    return " ".join(words)


def _with(subject: str, predicate: str, borrowed: bool) -> str:
    return f"{subject} {predicate.strip()}" if borrowed else predicate


def _antecedent(claim: str, comma: int) -> str | None:
    """The noun phrase just before ``comma``, back to a verb, a preposition or punctuation;
    None when there is none, or it is only a date or a figure ("in 1985, which ...", "to the
    end of June, its best quarter": what follows speaks of the whole clause)."""
    words = _words(claim[:comma])
    k = len(words)
    while k > 0 and not _is_verb(words[k - 1][0], words[k - 2][0] if k > 1 else None):
        if words[k - 1][0].lower() in _PREPOSITIONS and k < len(words):
            break
        if k < len(words) and any(ch in claim[words[k - 1][2] : words[k][1]] for ch in ',;:"“”('):
            break
        k -= 1
    if k == len(words) or not any(
        w[:1].isalpha() and w.lower() not in MONTHS and w.lower() not in WEEKDAYS
        for w, _, _ in words[k:]
    ):
        return None
    return claim[words[k][1] : comma]


_APPOSITION_OPENS = frozenset("a an the one his her its their".split())
_PARTICIPLE_WORDS = frozenset("being having".split())
MAX_APPOSITION_WORDS = 16
_LEADING_APPOSITION = re.compile(
    r"^(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}),\s+"
    r"(?P<what>(?:a|an|the|his|her|its|their)\s[^,;()\"“”]{3,120}),\s+"
)


def _finite(phrase: str) -> bool:
    """Whether a phrase has a verb of its own (an auxiliary, or "being" / "having" heading a
    clause): then it is no noun phrase. A participle describing the noun ("dedicated to",
    "based in") keeps it one."""
    return any(
        w.lower() in AUXILIARIES or w.lower() in _PARTICIPLE_WORDS for w, _, _ in _words(phrase)
    )


def _appositive(claim: str) -> list[ClaimPart] | None:
    """A noun phrase beside a name that adds a fact about it: "Ada Varn, a chemist, founded
    the firm" (after the subject) or "... the Osk Herald, the oldest paper of the town."
    (closing the claim) / "Ada Varn is a chemist"."""
    protected = _protected(claim)
    lead = _LEADING_APPOSITION.match(claim)
    if lead and _predicate_start(claim, lead.end()) == lead.end() and not _finite(lead["what"]):
        main = f"{lead['name']} {claim[lead.end() :]}"
        fact = f"{lead['name']} is {lead['what']}"
        if _enough(main) and _enough(fact):
            return [
                ClaimPart(_sentence(main), 0, len(claim)),
                ClaimPart(_sentence(fact), lead.start("what"), lead.end("what")),
            ]
    body = claim.rstrip(" .")
    comma = body.rfind(", ")
    if comma == -1 or not _free(comma, protected):
        return None
    what = body[comma + 2 :]
    words = _words(what)
    if (
        not words
        or words[0][0] not in _APPOSITION_OPENS
        or len(words) > MAX_APPOSITION_WORDS
        or _finite(what)
        or not any(w.islower() and w not in STOPWORDS for w, _, _ in words)  # ", the Hague"
        or sum(w.lower() not in STOPWORDS for w, _, _ in words) < 2  # ", the novel": no fact
        or any(ch in what for ch in ',;"“”')
    ):
        return None
    antecedent = _antecedent(claim, comma)
    main = claim[:comma]
    if antecedent is None or not _has_verb(main) or not _enough(main):
        return None
    antecedent = antecedent.strip('"“” ')
    named = [w for w, _, _ in _words(antecedent) if w.lower() not in _DETERMINERS]
    if not named or not named[0][:1].isupper():
        return None  # "... to farmers, a grain loan": a list goes on, not a name
    return [
        ClaimPart(_sentence(main), 0, comma),
        ClaimPart(_sentence(f"{antecedent} is {what}"), comma + 2, len(body)),
    ]


def _relative(claim: str) -> list[ClaimPart] | None:
    """A non-restrictive relative clause that adds a fact: ", which opened in 1932,"."""
    protected = _protected(claim)
    relatives = list(re.finditer(r",\s+(which|who)\s+", claim))
    if len(relatives) > 1:
        return None  # clauses in a chain: which one each belongs to is not safe to tell
    for m in relatives:
        if not _free(m.start(), protected):
            continue
        close = claim.find(",", m.end())
        body_end = close if close != -1 else len(claim.rstrip(" ."))
        body = claim[m.end() : body_end]
        if _predicate_start(claim, m.end()) != m.end() or not _enough(body):
            continue
        antecedent = _antecedent(claim, m.start())
        if antecedent is None:
            continue
        rest = claim[close + 1 :].strip() if close != -1 else ""
        first = rest.split()[0].lower() if rest else ""
        if rest and (not rest[0].islower() or first in _DETERMINERS or first in _PRONOUNS):
            continue  # what follows the clause does not go on with the main one
        main = claim[: m.start()] + (" " + rest if rest else ".")
        if not _enough(main):
            continue
        return [
            ClaimPart(_sentence(main), 0, len(claim)),
            ClaimPart(_sentence(antecedent + " " + body), m.start(), body_end),
        ]
    return None


_FIGURE_ITEM = (
    r"(?:\d[\d,.]*%?|" + "|".join(sorted(_NUMBER_WORDS)) + r")(?:\s+(?!and\b)[a-z][\w-]*){1,3}"
)
_FIGURE_LIST = re.compile(
    rf"(?P<items>{_FIGURE_ITEM}(?:,\s+{_FIGURE_ITEM})*,?\s+and\s+{_FIGURE_ITEM})(?P<tail>[.]?)$"
)


def _figures(claim: str) -> list[ClaimPart] | None:
    """A list of figures closing the claim: one part per figure, with what comes before it."""
    text = claim.rstrip()
    m = _FIGURE_LIST.search(text)
    if m is None or not _free(m.start(), _protected(claim)):
        return None
    prefix = text[: m.start("items")]
    if not _has_verb(prefix) or not any(w.lower() not in STOPWORDS for w, _, _ in _words(prefix)):
        return None
    items = [
        i for i in re.finditer(_FIGURE_ITEM, m.group("items")) if i.group().split()[-1] != "and"
    ]
    if len(items) < 2:
        return None
    base = m.start("items")
    return [
        ClaimPart(_sentence(prefix + i.group()), base + i.start(), base + i.end()) for i in items
    ]


def _clauses(claim: str) -> list[ClaimPart] | None:
    verb = _first_verb(claim)
    subject = _subject(claim[:verb]) if verb is not None else ""
    return _split_clauses(claim, 0, len(claim), subject) if subject else None


def split_claim(claim: str) -> list[ClaimPart]:
    """The parts of ``claim``; one part (the claim itself) when it joins nothing safely."""
    whole = [ClaimPart(claim, 0, len(claim))]
    if len(claim) > 600:
        return whole
    parts = _figures(claim) or _relative(claim) or _appositive(claim) or _clauses(claim)
    if not parts or len(parts) < 2 or len(parts) > MAX_PARTS:
        return whole
    if not all(_enough(p.text) for p in parts):
        return whole
    return parts
