"""Unsettled: the evidence says nobody knows ("no clear evidence that zinc shortens colds",
"it is unclear whether ...", "failed to show that ..."), of the words it shares with the claim.

Such a sentence neither supports the claim "zinc shortens colds" nor contradicts it, however
many words they share: the finding is *neutral*, and the sentence is left out of the verdict.
"""

from __future__ import annotations

from ...language.analysis import Analysed
from ...language.effects import says_unknown
from ...language.lexicon import SAID_KNOWN
from ...models import ConflictKind
from ..findings import Example, Finding, Rule

EXAMPLES = (
    Example(
        "Zinc lozenges shorten colds.",
        "There is no clear evidence that zinc lozenges shorten colds.",
        True,
    ),
    Example(
        "Blue light keeps teenagers awake.",
        "It is unclear whether blue light keeps teenagers awake.",
        True,
    ),
    Example(
        "The new gel heals burns faster.",
        "The trial failed to show that the new gel heals burns faster.",
        True,
    ),
    Example(
        "Zinc lozenges shorten colds.",
        "Zinc lozenges shorten colds, though there is no evidence on flu.",
        False,
    ),
    Example("Zinc lozenges shorten colds.", "Zinc lozenges shorten colds by a day.", False),
    # A claim that says it is known is denied by "not confirmed", not left open.
    Example(
        "Inspectors have confirmed that the mill caused the river pollution.",
        "It has not yet been confirmed whether the river pollution is linked to the mill.",
        False,
    ),
)


def find(claim: Analysed, evidence: Analysed) -> list[Finding]:
    """The evidence says nobody knows, of the words it shares with the claim."""
    at = says_unknown(evidence)
    if at is None:
        return []
    if any(t.lower in SAID_KNOWN for t in claim.tokens):
        return []  # the claim says it is known: the negation rule weighs the denial
    shared = [t for t in evidence.content if claim.has_word(t)]
    after = [t for t in shared if t.start > at]
    if not shared or len(after) * 2 < len(shared):
        return []
    span = (claim.content[0].start, claim.content[-1].end) if claim.content else (0, 0)
    said = evidence.text[at : after[-1].end]
    return [Finding(ConflictKind.UNSETTLED, span, claim.text[span[0] : span[1]], said)]


RULE = Rule("unsettled", ConflictKind.UNSETTLED, find, EXAMPLES, order=0, neutral=True)
