"""Exclusive claims: "only X" against a sentence that names X with another beside it.

"Dara Venn is only a painter" against "Dara Venn is a painter and sculptor": the sentence says
she is more than the claim allows, so the restriction is false. A sentence that says she is a
painter and nothing of the restriction ("sole", "only", "exclusively") neither confirms nor
refutes it: the finding then does not decide, but keeps the sentence from supporting the claim.
"""

from __future__ import annotations

from ...language.analysis import Analysed
from ...language.exclusive import listed_with, restrictions, says_exclusive
from ...models import ConflictKind
from ..findings import Example, Finding, Rule
from ..slots import said_in, subject_stated

EXAMPLES = (
    Example("Dara Venn is only a painter.", "Dara Venn is a Welsh painter and sculptor.", True),
    Example(
        "The Kettle Street trio only plays jazz.",
        "The Kettle Street trio plays folk, jazz and blues in small clubs.",
        True,
    ),
    Example("Dara Venn is only a painter.", "Dara Venn is the sole painter of the guild.", False),
    Example("Only 40 seats were sold.", "40 seats and 12 boxes were sold.", False),
    Example("Dara Venn is the only painter in Marsby.", "Dara Venn and Ola Brisk paint.", False),
    Example(
        "The mill not only grinds oats but also bakes bread.",
        "The mill grinds oats and barley.",
        False,
    ),
    Example(
        "The ferry runs only twice a week.", "The ferry runs twice a week and on Sundays.", False
    ),
)


def find(claim: Analysed, evidence: Analysed) -> list[Finding]:
    found = restrictions(claim)
    if not found or says_exclusive(evidence):
        return []
    findings = []
    for restriction in found:
        pair = next(
            (
                (token, other)
                for k, token in enumerate(evidence.tokens)
                if said_in(token, list(restriction.scope))
                and (other := listed_with(evidence, k, claim)) is not None
            ),
            None,
        )
        if pair is not None and subject_stated(claim, evidence):
            said, other = pair
            span = restriction.span
            findings.append(
                Finding(
                    ConflictKind.EXCLUSIVE,
                    span,
                    claim.text[span[0] : span[1]],
                    evidence.text[min(said.start, other.start) : max(said.end, other.end)],
                )
            )
        else:
            # Nothing here says it is the one thing: no support for the restriction.
            cue = restriction.cue
            findings.append(
                Finding(
                    ConflictKind.EXCLUSIVE,
                    (cue.start, cue.end),
                    cue.surface,
                    "",
                    deciding=False,
                )
            )
    return findings


RULE = Rule("exclusive", ConflictKind.EXCLUSIVE, find, EXAMPLES, order=9)
