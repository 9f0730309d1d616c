"""Words of a claim that frame or hedge what it says rather than state it.

"Studies have shown that the glaze cracks in frost" states what "The glaze cracks in frost"
states; so does "The glaze possibly cracks in frost", as far as a source can confirm it. Who
reports a finding, and how surely, is not what a sentence of the source has to repeat.
"""

from __future__ import annotations

import re

from .analysis import Analysed, per_text
from .lexicon import (
    APPROXIMATE,
    HEDGE_VERBS,
    HEDGE_WORDS,
    REPORTER_MODIFIERS,
    REPORTERS,
    REPORTING_VERBS,
)
from .text import Token


def _any(words: list[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_REPORTER = rf"(?:(?:{_any(REPORTER_MODIFIERS)})\s+)*(?:{_any(REPORTERS)})"
# "Studies have shown that", "Experts say", "There is growing evidence that"; not "Studies have
# not shown", which denies what follows, nor "There is no evidence".
_OPENING = re.compile(
    rf"^\W*(?:{_REPORTER}\s+(?:(?:has|have|had)\s+(?:also\s+)?)?(?:{_any(REPORTING_VERBS)})"
    rf"|there(?:\s+is|\s+are|'s)\s+(?:(?:an?|some|growing|strong|new|good|clear|mounting|"
    rf"increasing)\s+)*(?:evidence|data|research|proof)(?=\s+(?:that|showing|suggesting)\b))"
    rf"(?:\s+that)?\b",
    re.I,
)
# "..., a new study says.", "..., researchers found."
_CLOSING = re.compile(rf",\s*(?:{_REPORTER})\s+(?:{_any(REPORTING_VERBS)})\W*$", re.I)


@per_text
def framing_spans(analysed: Analysed) -> tuple[tuple[int, int], ...]:
    """Spans of the reporting frame ("Research shows that") and the hedges ("possibly",
    "appears to") of a claim: words no source sentence needs to say for it to state the claim."""
    text = analysed.text
    spans = [m.span() for pattern in (_OPENING, _CLOSING) if (m := pattern.search(text))]
    tokens = analysed.tokens
    for i, token in enumerate(tokens):
        following = tokens[i + 1].lower if i + 1 < len(tokens) else ""
        if (
            token.lower in HEDGE_WORDS
            or (token.lower in HEDGE_VERBS and following == "to")
            or _rounds_a_figure(analysed, token)
        ):
            spans.append((token.start, token.end))
    return tuple(spans)


def _rounds_a_figure(analysed: Analysed, token: Token) -> bool:
    """ "Roughly" in "roughly 4,000 households": how exact the figure is, which the numbers rule
    weighs, not a word of what the claim states."""
    return token.lower in APPROXIMATE and any(
        token.end < n.start <= token.end + _BEFORE_A_FIGURE for n in analysed.numbers
    )


_BEFORE_A_FIGURE = 2
"""Characters between a word of rounding and the figure it rounds: a space, or a space and a
currency sign ("nearly £4m")."""
