"""Direction: one side says a thing went one way, the other the other way, or did not move.

Two kinds of opposition the word-pair rule cannot see:

- the small words of direction it passes over as stopwords: "over budget" / "within budget",
  "ahead of schedule" / "behind schedule", "more passengers" / "fewer passengers", "before the
  parade" / "after the parade", "went up" / "went down";
- a change against no change: "raised its rate" / "kept its rate unchanged", "fares rose" /
  "fares stayed flat".

As for antonyms, the two words must stand in the same slot (a word next to one is next to the
other), and a word negated on one side only agrees with its opposite ("not over budget").
"""

from __future__ import annotations

from ...language.analysis import Analysed, per_text
from ...language.lexicon import (
    CHANGE_VERBS,
    DIRECTION_WORDS,
    NO_CHANGE_PHRASES,
    NO_CHANGE_WORDS,
    TIME_WORDS,
)
from ...language.negation import is_negated
from ...language.opposites import stems_of
from ...language.text import Token, stem
from ...models import ConflictKind
from ..findings import Example, Finding, Rule
from ..slots import anchored, said_in

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
    Example(
        "The mint raised its coin prices in June.",
        "The mint kept its coin prices unchanged in June.",
        True,
    ),
    Example("Bus fares stayed flat in 2019.", "Bus fares rose in 2019.", True),
    Example("The pier repairs are not over budget.", "The pier repairs are within budget.", False),
    Example(
        "The pier repairs are ahead of schedule.", "The pier repairs are ahead of schedule.", False
    ),
    Example(
        "Bus fares rose in 2019.", "Bus fares rose in 2019, while rail fares stayed flat.", False
    ),
    Example(
        "The choir sang before the mayor spoke.",
        "After the concert the mayor spoke about the harbour.",
        False,
    ),
    Example(
        "More people came to the fair.", "The fair had rides for more people than ever.", False
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
    return found


def _direction(claim: Analysed, evidence: Analysed) -> list[Finding]:
    findings = []
    for i, token in enumerate(claim.tokens):
        opposite = _opposite_words(token.lower)
        if not opposite or token.lower in evidence.lowers:
            continue
        for j, other in enumerate(evidence.tokens):
            if other.lower not in opposite or other.lower in claim.lowers:
                continue
            if is_negated(claim, i) != is_negated(evidence, j):
                continue
            if _same_head(claim, token, evidence, other):
                findings.append(_finding(token, other))
                break
    return findings


def _next_word(analysed: Analysed, token: Token, step: int) -> Token | None:
    """The content word just after (``step`` 1) or before (-1) ``token``."""
    words = analysed.content if step > 0 else analysed.content[::-1]
    return next((t for t in words if (t.start - token.start) * step > 0), None)


def _same_head(claim: Analysed, token: Token, evidence: Analysed, other: Token) -> bool:
    """The two direction words bear on the same thing: the next content word is the same
    ("ahead of schedule" / "behind schedule"), or, when one side has none, the one before
    ("prices went up" / "prices went down")."""
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
    """Indices of the words saying a quantity changed."""
    return tuple(
        i
        for i, t in enumerate(analysed.tokens)
        if any(s in _CHANGE_STEMS for s in stems_of(t)) and not is_negated(analysed, i)
    )


@per_text
def _no_changes(analysed: Analysed) -> tuple[tuple[int, int], ...]:
    """Spans (start, end offsets) of the words saying a quantity stayed as it was."""
    spans = [
        (t.start, t.end)
        for i, t in enumerate(analysed.tokens)
        if t.lower in NO_CHANGE_WORDS and not is_negated(analysed, i)
    ]
    lowered = analysed.text.lower()
    for phrase in NO_CHANGE_PHRASES:
        at = lowered.find(phrase)
        while at >= 0:
            end = at + len(phrase)
            if (at == 0 or not lowered[at - 1].isalnum()) and (
                end == len(lowered) or not lowered[end].isalnum()
            ):
                spans.append((at, end))
            at = lowered.find(phrase, end)
    return tuple(spans)


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
            if said.lower() in changed.text.lower():
                continue  # both say it stayed as it was
            if not anchored(changed, (token.start, token.end), unchanged, span):
                continue
            if claim_is_changed:
                findings.append(
                    Finding(ConflictKind.DIRECTION, (token.start, token.end), token.surface, said)
                )
            else:
                findings.append(Finding(ConflictKind.DIRECTION, span, said, token.surface))
            return findings
    return findings


def _finding(token: Token, other: Token) -> Finding:
    return Finding(ConflictKind.DIRECTION, (token.start, token.end), token.surface, other.surface)


def find(claim: Analysed, evidence: Analysed) -> list[Finding]:
    return (
        _direction(claim, evidence)
        + _change_against_none(claim, evidence, True)
        + _change_against_none(evidence, claim, False)
    )


RULE = Rule("directions", ConflictKind.DIRECTION, find, EXAMPLES, order=4)
