"""Negation: which words a negator governs ("did not sign the treaty" denies "sign").

A negator ("not", "no", "never", "didn't", "failed to", "denied", ...) reverses the words that
follow it up to the end of the clause; "not only ... but also" and "no more than" are not
negations, and a capitalised negator inside a title ("No Place Like Home") is part of a name.
"""

from __future__ import annotations

import re

from .analysis import Analysed, per_text
from .lexicon import (
    ABSENCE_PREFIXES,
    CLAUSE_BREAKS,
    DIRECTING,
    EXCEPTING_AFTER,
    EXCEPTING_WORDS,
    EXPECTING,
    INTENDING,
    NEGATING_BEFORE,
    NEGATING_VERBS,
    NEGATORS,
    NOT_NEGATING_AFTER,
    POSSESSIVE_ENDINGS,
    REFUSING_PHRASES,
    REFUSING_STEMS,
    ZERO_NOT_NEGATING_AFTER,
)
from .opposites import stems_of
from .text import Token

_SCOPE = 6
_NONE_OF_SCOPE = 10
_NOT_UNTIL = frozenset({"until", "till", "untill"})


def _is_negator(token: Token, following: Token | None) -> bool:
    lower = token.lower
    if lower in NEGATING_BEFORE:
        return following is not None and following.lower in NEGATING_BEFORE[lower]
    if lower.endswith("n't") or lower in NEGATORS:
        nxt = following.lower if following else ""
        if lower == "no" and nxt[:1].isdigit():
            return False  # "No 2", "no. 1": a rank, not a denial
        return nxt not in NOT_NEGATING_AFTER.get(lower, ())
    return lower in NEGATING_VERBS or token.stem in NEGATING_VERBS


def _in_title(analysed: Analysed, i: int) -> bool:
    """A capitalised negator inside a sentence is part of a name or title ("I Owe You Nothing",
    "No Place Like Home"), not a denial."""
    tokens = analysed.tokens
    token = tokens[i]
    if not token.surface[:1].isupper() or token.surface.isupper():
        return False
    # A quoted Title Case run is a title too: '"Never Be Like You"'.
    following = tokens[i + 1] if i + 1 < len(tokens) else None
    before = analysed.text[tokens[i - 1].end if i else 0 : token.start]
    if '"' in before and following is not None and following.capitalised:
        return True
    return i > 0 and not any(ch in before for ch in '.!?:;"(')


# A word can only be a negator if it is one of these or ends in "n't" (see _is_negator).
_NEGATOR_WORDS = NEGATORS | NEGATING_VERBS | frozenset(NEGATING_BEFORE)


def _zero_quantifier(analysed: Analysed, i: int) -> bool:
    """ "zero" before a noun, as "no" ("won zero awards"); not a value ("fell to zero"), a
    compound ("zero-emission") or a target ("net zero emissions")."""
    tokens = analysed.tokens
    if tokens[i].lower != "zero" or i + 1 >= len(tokens):
        return False
    following = tokens[i + 1]
    if analysed.gap_before(i + 1) != " ":
        return False
    if i and tokens[i - 1].lower in ZERO_NOT_NEGATING_AFTER:
        return False
    return following.lower.isalpha() and not following.is_stop


_SUPPOSING = frozenset({"if", "unless", "whether"})
_SUPPOSING_FIRST = frozenset({"had", "were"})
_SUPPOSING_REACH = 8
_SUPPOSED_OUTCOME = frozenset({"would", "could", "might"})


def _supposed(analysed: Analysed, i: int) -> bool:
    """The negator at ``i`` is in a clause of supposing: "if the board does not act", "had he
    not pleaded guilty", "were it not for the grant"."""
    tokens = analysed.tokens
    # "without the grant, the museum would close": a case supposed, as "if ... not" is.
    if tokens[i].lower == "without" and any(t.lower in _SUPPOSED_OUTCOME for t in tokens[i + 1 :]):
        return True
    for k in range(i - 1, max(-1, i - 1 - _SUPPOSING_REACH), -1):
        if tokens[k].lower in _SUPPOSING:
            return True
        if k == 0 and tokens[k].lower in _SUPPOSING_FIRST:
            return True
        if analysed.closes_phrase(k) or tokens[k].lower in CLAUSE_BREAKS:
            return False
    return False


@per_text
def _negators(analysed: Analysed) -> tuple[int, ...]:
    """Indices of the negators (title words included)."""
    tokens = analysed.tokens
    return tuple(
        i
        for i, token in enumerate(tokens)
        if (
            (
                (
                    token.lower in _NEGATOR_WORDS
                    or token.stem in NEGATING_VERBS
                    or token.lower.endswith("n't")
                )
                and _is_negator(token, tokens[i + 1] if i + 1 < len(tokens) else None)
            )
            or _zero_quantifier(analysed, i)
            or (token.lower in EXCEPTING_WORDS and i > 0 and tokens[i - 1].lower in EXCEPTING_AFTER)
        )
    )


def _dated(analysed: Analysed, j: int) -> bool:
    """A date follows the word at ``j`` ("before 2027", "before May")."""
    nxt = analysed.tokens[j + 1].start if j + 1 < len(analysed.tokens) else -1
    return any(d.start <= nxt < d.end for d in analysed.dates)


def _says_when(analysed: Analysed, scope: list[int]) -> bool:
    """A word of the scope tells when rather than whether: "until", or "before" a date."""
    tokens = analysed.tokens
    return any(
        tokens[j].lower in _NOT_UNTIL or (tokens[j].lower == "before" and _dated(analysed, j))
        for j in scope
    )


# Adverbs of time in a denial say when, not what is denied.
_TIME_ADVERBS = frozenset(
    {"currently", "presently", "now", "still", "already", "immediately", "initially", "again"}
)

_DIRECTED_REACH = 5
"""Words before a "not to" within which a verb of telling others what to do governs it."""


def _directed(analysed: Analysed, i: int) -> bool:
    """The "not" at ``i`` opens what someone was told or urged to do: "warned walkers not to
    cross the weir", "asked members not to park on the green"."""
    tokens = analysed.tokens
    if tokens[i].lower != "not" or i + 1 >= len(tokens) or tokens[i + 1].lower != "to":
        return False
    for k in range(i - 1, max(-1, i - 1 - _DIRECTED_REACH), -1):
        if analysed.closes_phrase(k + 1):
            return False  # "..., not to be outdone"
        if tokens[k].lower in DIRECTING:
            return True
    return False


_TIME_CLAUSE_WORDS = frozenset({"before", "after", "when", "since"})


def _opens_time_clause(analysed: Analysed, j: int) -> bool:
    """ "before announcing", "after hearing": a clause of time with its verb in "-ing", which
    the denial before it does not reach ("no revote after a tie vote" still denies the whole)."""
    tokens = analysed.tokens
    return (
        tokens[j].lower in _TIME_CLAUSE_WORDS
        and j + 1 < len(tokens)
        and tokens[j + 1].lower.endswith("ing")
        and len(tokens[j + 1].lower) > 5
    )


@per_text
def _scopes(analysed: Analysed) -> tuple[tuple[int, ...], ...]:
    """For each negator, the indices (into ``analysed.tokens``) of the words it governs."""
    tokens = analysed.tokens
    scopes = []
    for i in _negators(analysed):
        if _in_title(analysed, i):
            continue
        # "not yet": the adverb, not the "yet" that opens a clause.
        start = i + 1 if i + 1 < len(tokens) and tokens[i + 1].lower == "yet" else i
        scope = list(analysed.clause_after(start, _SCOPE))
        # "not reopen until May" says when it reopens, not that it does not; so does "not
        # due to open before 2027".
        if _says_when(analysed, scope):
            scope = []
        # "none of the club's six coaches will lose their posts": the group named first, what
        # is denied of it after, through the verb (up to a "before 2030" that says when).
        elif tokens[i].lower == "none" and i + 1 < len(tokens) and tokens[i + 1].lower == "of":
            longer = list(analysed.clause_after(start, _NONE_OF_SCOPE))
            until = next((k for k, j in enumerate(longer) if _says_when(analysed, [j])), None)
            scope = longer[:until]
        # "did not consult them before publishing its timetable": the time clause is not denied.
        cut = next((k for k, j in enumerate(scope) if _opens_time_clause(analysed, j)), None)
        if cut is not None:
            scope = scope[:cut]
        scopes.append(tuple(scope))
    return tuple(scopes)


@per_text
def _scope_of(analysed: Analysed) -> dict[int, tuple[int, ...]]:
    """Each negator (outside titles) with the indices of the words it governs."""
    live = [i for i in _negators(analysed) if not _in_title(analysed, i)]
    return dict(zip(live, _scopes(analysed), strict=True))


def governed_by(analysed: Analysed, negator: int) -> tuple[int, ...]:
    """The indices of the words the negator at token ``negator`` governs (none if that token
    is no negator)."""
    return _scope_of(analysed).get(negator, ())


@per_text
def denied_tokens(analysed: Analysed) -> frozenset[int]:
    """Indices of the words a denial governs ("did not reduce", "failed to improve"): negated
    words, less those only said to be missing ("in the absence of X", "lacking X")."""
    return frozenset(
        j
        for i, scope in _scope_of(analysed).items()
        if not analysed.tokens[i].lower.startswith(ABSENCE_PREFIXES)
        for j in scope
    )


@per_text
def negated_tokens(analysed: Analysed) -> frozenset[int]:
    """Indices of the words inside some negator's scope."""
    return frozenset(j for scope in _scopes(analysed) for j in scope)


_SETTING_ASIDE = frozenset({"rather", "instead"})


@per_text
def _owners(analysed: Analysed) -> frozenset[int]:
    """Indices of the words of a name in the possessive: "Ivo" and "Marr's" in "Ivo Marr's appeal"."""
    tokens = analysed.tokens
    owners: set[int] = set()
    for k, token in enumerate(tokens):
        if token.capitalised and token.surface.lower().endswith(POSSESSIVE_ENDINGS):
            j = k
            # Back over the name's words; a word already an owner ends it, so that each word
            # is passed once however many names in the possessive follow one another.
            while (
                j >= 0
                and tokens[j].capitalised
                and (j == k or (analysed.gap_before(j + 1) == " " and j not in owners))
            ):
                owners.add(j)
                j -= 1
    return frozenset(owners)


@per_text
def _heads(analysed: Analysed) -> tuple[int, ...]:
    """The first two content words each negator governs: what is actually denied.

    "hasn't fined Marsh or Tolland" denies "fined"; the later words only say whom.
    """
    content = set(analysed.content)
    heads = []
    tokens = analysed.tokens
    owners = _owners(analysed)
    for negator, scope in _scope_of(analysed).items():
        # Numbers and years count too: "not released in 2002" denies "2002"; an adverb of
        # time does not ("is not currently open on Sundays" denies no "current timetable").
        said = [
            j
            for j in scope
            if (tokens[j] in content or tokens[j].is_number)
            and tokens[j].lower not in _TIME_ADVERBS
        ]
        # "no plans to close the mill" denies the closing: a word of intending or trying only
        # carries what follows it ("plans to open a shop" is not denied by it).
        if said and tokens[said[0]].lower in INTENDING:
            said = said[1:]
        # "did not expect to reach the final" denies the expecting only; "no complaints
        # about the food", the complaints: not what they are about.
        elif said and (
            tokens[said[0]].lower in EXPECTING or _none_of_a_thing_about(tokens, negator, said[0])
        ):
            said = said[:1]
        # "was rejected by the panel": the panel did the rejecting; what was rejected is the
        # subject before it.
        if tokens[negator].stem in NEGATING_VERBS and _next_is(tokens, negator, "by"):
            said = []
        # "rejected Ivo Marr's appeal" denies the appeal: a name owning it only says whose.
        said = [j for j in said if j not in owners]
        # "a pear rather than an apple entry": one word set against another, in a slot
        # both share; a value so set aside is one replaced ("30 minutes instead of 20").
        if tokens[negator].lower in _SETTING_ASIDE:
            said = [] if said and tokens[said[0]].is_number else said[:1]
        heads.extend(said[:2])
    return tuple(heads)


_ABOUT = frozenset({"about", "over", "regarding", "concerning", "from"})


def _none_of_a_thing_about(tokens: list[Token], negator: int, first: int) -> bool:
    """ "no complaints about the food", "no objections from neighbours": a "no" before the
    thing there is none of and what it is about or whom it is from (but "no link with the
    mill" denies the link to the mill)."""
    return (
        tokens[negator].lower == "no"
        and first + 1 < len(tokens)
        and tokens[first + 1].lower in _ABOUT
    )


def _next_is(tokens: list[Token], i: int, word: str) -> bool:
    return i + 1 < len(tokens) and tokens[i + 1].lower == word


@per_text
def _negated_stems(analysed: Analysed) -> frozenset[str]:
    """Stems of the negated words, with the base of an irregular form ("sold": "sell")."""
    return frozenset(s for j in negated_tokens(analysed) for s in stems_of(analysed.tokens[j]))


def negated_shared(side: Analysed, other: Analysed) -> list[int]:
    """Denied words of ``side`` that ``other`` also says, without denying them."""
    other_negated_stems = _negated_stems(other)
    content = side.content_set
    # A denial the other side makes too, of any word it governs, is said alike: "none of its
    # mills will be shut" / "will not shut any of its mills".
    denied_alike = {
        j
        for scope in _scopes(side)
        if any(
            s in other_negated_stems
            for k in scope
            if side.tokens[k] in content
            for s in stems_of(side.tokens[k])
        )
        for j in scope
    }
    # "warned walkers not to cross the weir" tells what they were told, not what they did: it
    # denies only what the other side says someone was told or asked to do.
    directed = (
        frozenset()
        if not DIRECTING.isdisjoint(other.lowers)
        else {j for n, scope in _scope_of(side).items() if _directed(side, n) for j in scope}
    )
    return [
        i
        for i in _heads(side)
        if i not in denied_alike
        and i not in directed
        and other.has_word(side.tokens[i])
        and side.tokens[i].stem not in other_negated_stems
    ]


def supposed_denial(analysed: Analysed, i: int) -> bool:
    """Whether the word at ``i`` is denied only in a clause of supposing, which asserts
    nothing ("had he not paid the fine" says neither that he paid nor that he did not)."""
    governing = [n for n, scope in _scope_of(analysed).items() if i in scope]
    return bool(governing) and all(_supposed(analysed, n) for n in governing)


def denies_alike(side: Analysed, other: Analysed) -> bool:
    """``other`` denies what ``side`` denies: one of the words a denial of ``side`` is about
    (see ``_heads``) is denied in ``other`` too ("was not convinced by the case for the
    defence" / "said she was 'not convinced' by it")."""
    other_negated_stems = _negated_stems(other)
    return any(s in other_negated_stems for i in _heads(side) for s in stems_of(side.tokens[i]))


@per_text
def refusal_only(analysed: Analysed) -> bool:
    """Every negator here is a verb of turning a thing down ("rejected", "refused")."""
    negators = negator_indices(analysed)
    return bool(negators) and all(analysed.tokens[i].stem in REFUSING_STEMS for i in negators)


_REFUSING = re.compile(r"\b(?:" + "|".join(REFUSING_PHRASES) + ")")


@per_text
def says_refusal(analysed: Analysed) -> bool:
    """The text says a thing was turned down, in any of the words for it."""
    return bool(_REFUSING.search(analysed.text.lower()))


@per_text
def absence_only(analysed: Analysed) -> bool:
    """Every negator here says a thing is missing ("lacking X", "in the absence of X")."""
    negators = _negators(analysed)
    return bool(negators) and all(
        analysed.tokens[i].lower.startswith(ABSENCE_PREFIXES) for i in negators
    )


@per_text
def says_absence(analysed: Analysed) -> bool:
    return any(t.lower.startswith(ABSENCE_PREFIXES) for t in analysed.tokens)


def negator_indices(analysed: Analysed) -> tuple[int, ...]:
    """Indices of the negators outside titles."""
    return tuple(_scope_of(analysed))


def negator_start(analysed: Analysed, first_hit: int) -> int:
    """Start offset of the negator governing token ``first_hit``."""
    negators = _negators(analysed)
    for j in range(first_hit - 1, max(-1, first_hit - _SCOPE - 1), -1):
        if j in negators:
            return analysed.tokens[j].start
    return analysed.tokens[first_hit].start


def is_negated(analysed: Analysed, token_index: int) -> bool:
    return token_index in negated_tokens(analysed)
