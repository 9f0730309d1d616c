"""Comparisons: a claim that one thing is more or less than another, against the two values
the evidence gives them.

"Fewer members voted in the spring than in the autumn" is refuted by "312 members voted in the
spring, compared with 240 in the autumn": the values say the spring had more. The claim's
comparative ("more", "fewer", "higher", "lower", ...) is read with its "than"; the evidence's
comparison is "A ..., compared with B" (or "against", "versus"). The two compare the same things
when a word after the claim's "than" stands by the evidence's B and not by its A ("than in the
autumn" / "240 in the autumn"). A "than" before a number or an amount is a threshold ("more
than 12 hours", "more than a third"), no comparison of two things.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from ...language.analysis import Analysed, per_text
from ...language.negation import is_negated
from ...language.quantities import COMPARED_WITH, NumberMention
from ...models import ConflictKind
from ..findings import Example, Finding, Rule

EXAMPLES = (
    Example(
        "Fewer members of the Orby choir sang in the spring concert than in the autumn one.",
        "312 members of the Orby choir sang in the spring concert, compared with 240 in the"
        " autumn.",
        True,
    ),
    Example(
        "Patients given the new dressing spent more days in hospital than those given the old.",
        "Patients given the new dressing stayed 4.1 days on average, against 5.3 days for those"
        " given the old one.",
        True,
    ),
    # The values agree with the comparative.
    Example(
        "More members of the Orby choir sang in the spring concert than in the autumn one.",
        "312 members of the Orby choir sang in the spring concert, compared with 240 in the"
        " autumn.",
        False,
    ),
    # A threshold, not a comparison of two things.
    Example(
        "Fewer than 300 members of the Orby choir sang in the spring concert.",
        "312 members of the Orby choir sang in the spring concert, compared with 240 in the"
        " autumn.",
        False,
    ),
    # What the claim compares with is not what the evidence compares with.
    Example(
        "Fewer members of the Orby choir sang in the spring concert than at the Vell festival.",
        "312 members of the Orby choir sang in the spring concert, compared with 240 in the"
        " autumn.",
        False,
    ),
)

_MORE = frozenset({"more", "higher", "greater", "larger", "bigger"})
_LESS = frozenset({"fewer", "less", "lower", "smaller"})
_THAN_WITHIN = 16
"""Words between a comparative and its "than" at most ("fewer days on average than")."""
_SIDE_WORDS = 8
"""Words after "than", or after the evidence's second value, that name what is compared."""
_COMPARED = re.compile(rf"\b{COMPARED_WITH}\s", re.I)
_SECOND_WITHIN = 30
"""Characters between "compared with" and its value at most ("an industry average of 7")."""
_FIRST_WITHIN = 90
"""Characters between the first value and "compared with" at most."""
_NUMBERS_BACK = 8
"""Values before "compared with" that may be its first at most."""
_THRESHOLD_WORDS = frozenset({"a", "an", "half", "double", "twice", "triple", "treble"})


def _named_after(analysed: Analysed, i: int) -> set[str]:
    """Stems of the words that are no stopwords in the clause after token ``i``."""
    return {
        analysed.tokens[j].stem
        for j in analysed.clause_after(i, _SIDE_WORDS)
        if not analysed.tokens[j].is_stop
    }


def _named_before(analysed: Analysed, i: int) -> set[str]:
    """Stems of the words that are no stopwords in the clause before token ``i`` (at most
    ``_SIDE_WORDS`` * 2 of them)."""
    k = i
    while k > 0 and k > i - 2 * _SIDE_WORDS and not analysed.closes_phrase(k):
        k -= 1
    return {t.stem for t in analysed.tokens[k:i] if not t.is_stop}


@per_text
def _claim_comparisons(claim: Analysed) -> tuple[tuple[int, int, set[str], set[str]], ...]:
    """Each comparative of the claim with its "than": the comparative's index, its sign (1 for
    more, -1 for less), the stems of what is measured (the first word after the comparative,
    "fewer pupils", "less protein"; else the words before it, "road deaths were higher") and
    the stems of what it is compared with."""
    tokens = claim.tokens
    found = []
    for i, token in enumerate(tokens):
        sign = 1 if token.lower in _MORE else -1 if token.lower in _LESS else 0
        if not sign or is_negated(claim, i):
            continue
        for j in claim.clause_after(i, _THAN_WITHIN):
            word = tokens[j].lower
            if word in _MORE or word in _LESS:
                break  # the nearer comparative owns the "than"
            if word != "than":
                continue
            following = tokens[j + 1] if j + 1 < len(tokens) else None
            if following is None or following.is_number or following.lower in _THRESHOLD_WORDS:
                break
            if any(n.start == following.start for n in claim.numbers):
                break
            between = [tokens[k].stem for k in range(i + 1, j) if not tokens[k].is_stop]
            # "were higher than": what is measured is what the clause speaks of before it.
            measures = set(between[:1]) or _named_before(claim, i)
            if measures and (side := _named_after(claim, j)):
                found.append((i, sign, measures, side))
            break
    return tuple(found)


@per_text
def _evidence_comparisons(
    evidence: Analysed,
) -> tuple[tuple[NumberMention, NumberMention, set[str], set[str]], ...]:
    """Each "A ..., compared with B" of the evidence: the two values, and the stems of the
    words by B (between "compared with" and it, and after it in its clause) and of those
    before "compared with" back to A's clause."""
    text = evidence.text
    numbers = sorted(evidence.numbers, key=lambda n: n.start)
    starts = [n.start for n in numbers]
    found = []
    for m in _COMPARED.finditer(text):
        # Found by position, so that a long text with many comparisons stays linear.
        k = bisect_left(starts, m.end())
        second = numbers[k] if k < len(numbers) and starts[k] <= m.end() + _SECOND_WITHIN else None
        first = None
        for n in reversed(numbers[max(0, k - _NUMBERS_BACK) : bisect_left(starts, m.start())]):
            if n.end > m.start() or m.start() - n.end > _FIRST_WITHIN:
                continue
            if re.search(r"[.;:!?]", text[n.end : m.start()]):
                break
            # "over the back half of the winter" is no value.
            if not n.ordinal and n.text.lower() != "half":
                first = n
                break
        if first is None or second is None:
            continue
        if second.ordinal or first.low != first.high or second.low != second.high:
            continue
        if None not in (first.unit, second.unit) and first.unit != second.unit:
            continue
        at_second = evidence.token_at(second.end)
        by_second = _named_after(evidence, at_second - 1) | {
            t.stem
            for t in evidence.tokens[evidence.token_at(m.end()) : evidence.token_at(second.start)]
            if not t.is_stop
        }
        by_first = _named_before(evidence, evidence.token_at(first.start)) | {
            t.stem
            for t in evidence.tokens[evidence.token_at(first.start) : evidence.token_at(m.start())]
            if not t.is_stop
        }
        found.append((first, second, by_second, by_first))
    return tuple(found)


def find(claim: Analysed, evidence: Analysed) -> list[Finding]:
    theirs = _evidence_comparisons(evidence) if evidence.numbers else ()
    if not theirs:
        return []
    findings = []
    for i, sign, measures, compared_with in _claim_comparisons(claim):
        for first, second, by_second, by_first in theirs:
            if first.low == second.low:
                continue
            # The same measure: "fewer pupils" / "3 pupils", "less protein" / "protein content
            # was 12.8 per cent"; not a yield beside it.
            if not measures & (by_first | {first.unit, second.unit}):
                continue
            if not (compared_with & by_second) or compared_with & (by_first - by_second):
                continue
            if (first.low > second.low) != (sign > 0):
                token = claim.tokens[i]
                findings.append(
                    Finding(
                        ConflictKind.DIRECTION,
                        (token.start, token.end),
                        token.surface,
                        f"{first.text} against {second.text}",
                    )
                )
            break
    return findings


RULE = Rule("comparisons", ConflictKind.DIRECTION, find, EXAMPLES, order=4)
