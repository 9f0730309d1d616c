"""Exclusive claims: "only X" against a sentence that names X with another beside it.

"Dara Venn is only a potter" against "Dara Venn is a potter and weaver": the sentence says
she is more than the claim allows, so the restriction is false. So does a sentence that fills
the restricted slot with another name: "refereed only by Dane Kessel" against "refereed by Mira
Tonks" (see :func:`~factcheck.language.exclusive.other_filler`). A sentence that says she is a
potter and nothing of the restriction ("sole", "only", "exclusively") neither confirms nor
refutes it: the finding then does not decide, but keeps the sentence from supporting the claim.
"""

from __future__ import annotations

from ...language.analysis import Analysed
from ...language.exclusive import listed_with, other_filler, restrictions, says_exclusive
from ...models import ConflictKind
from ..coverage import refers_back
from ..findings import Example, Finding, Rule
from ..slots import said_in, subject_stated

EXAMPLES = (
    Example("Dara Venn is only a potter.", "Dara Venn is a Welsh potter and weaver.", True),
    Example(
        "The Kettle Street trio only plays jazz.",
        "The Kettle Street trio plays folk, jazz and blues in small clubs.",
        True,
    ),
    Example("Dara Venn is only a potter.", "Dara Venn is the sole potter of the guild.", False),
    Example("Only 40 seats were sold.", "40 seats and 12 boxes were sold.", False),
    Example("Dara Venn is the only potter in Marsby.", "Dara Venn and Ola Brisk make pots.", False),
    Example(
        "The mill not only grinds oats but also bakes bread.",
        "The mill grinds oats and barley.",
        False,
    ),
    Example(
        "The ferry runs only twice a week.", "The ferry runs twice a week and on Sundays.", False
    ),
    Example(
        "The Orla Cup is refereed only by Dane Kessel.",
        "The Orla Cup is refereed by umpire Mira Tonks.",
        True,
    ),
    Example(
        "The Brassfield Quartet is only managed by Lantern Artists.",
        "The Brassfield Quartet is managed by Ostrow Music.",
        True,
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
        span = restriction.span
        if pair is not None and subject_stated(claim, evidence):
            said, other = pair
            findings.append(
                Finding(
                    ConflictKind.EXCLUSIVE,
                    span,
                    claim.text[span[0] : span[1]],
                    evidence.text[min(said.start, other.start) : max(said.end, other.end)],
                )
            )
        elif (filled := other_filler(claim, restriction, evidence)) is not None and (
            subject_stated(claim, evidence) or refers_back(evidence)
        ):
            # The sentence puts something else where the claim allows only its own words.
            findings.append(
                Finding(
                    ConflictKind.EXCLUSIVE,
                    span,
                    claim.text[span[0] : span[1]],
                    evidence.text[filled.anchor.start : filled.filler.end],
                )
            )
        # Nothing here says it is the one thing: no support for the restriction. (Behind a
        # refutation above this adds nothing; it stays when another rule's finding on the
        # restricted words takes the place of the refutation.)
        cue = restriction.cue
        findings.append(
            Finding(ConflictKind.EXCLUSIVE, (cue.start, cue.end), cue.surface, "", deciding=False)
        )
    return findings


RULE = Rule("exclusive", ConflictKind.EXCLUSIVE, find, EXAMPLES, order=9)
