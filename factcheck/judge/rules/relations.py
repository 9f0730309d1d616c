"""Relations: the same relation about the same thing, filled by someone else.

Claim and sentence are read as slots (see :mod:`factcheck.language.relations`): "the delegation
was led by A" against "a delegation led by B" is a conflict in the slot "led by" (A vs B);
"B, Minister of Finance" against "B, Minister of Health" one in B's role. A slot about another
thing ("the talks were led by B"), or a relation the sentence does not state ("A will accompany
the delegation"), is no conflict. An open slot (mediators, signatories, attendees) conflicts only
when the claim's list replaces one of the sentence's members; an extra member is not refuted.
"""

from __future__ import annotations

from ...language.analysis import Analysed
from ...language.relations import ROLE, Outcome, compare
from ...models import ConflictKind
from ..findings import Example, Finding, Rule

EXAMPLES = (
    Example(
        "The rowing club's delegation was led by Ines Marlow.",
        "Club secretary Ines Marlow said the delegation was led by Tomas Brenner.",
        True,
    ),
    Example(
        "The orchestra's tour was sponsored by Halvorsen Bank.",
        "The tour, sponsored by Halvorsen Bank and Rilke Foods, opens in May.",
        False,
    ),
    Example(
        "The summit was mediated by Norway and Chile.",
        "The summit was mediated by Norway and Ghana.",
        True,
    ),
    Example(
        "The summit was mediated by Norway, Ghana and Chile.",
        "The summit was mediated by Norway and Ghana.",
        False,
    ),
    Example(
        "Pia Kohler, the finance minister, opened the fair.",
        "Pia Kohler, the health minister, opened the fair.",
        True,
    ),
    Example(
        "The inquiry was chaired by Judge Amos Varga.",
        "The audit was chaired by Judge Lena Ostrow.",
        False,
    ),
    Example(
        "Malta's foreign minister Leo Brandt hosted the envoys.",
        "Malta's foreign minister Ada Kiel hosted the envoys.",
        True,
    ),
    Example("The film was directed by Ana Brisk.", "The film was directed by Ola Brisk.", True),
    # A day or month before the thing says when, not which thing.
    Example(
        "Ines Marlow chaired January's harbour board meeting.",
        "The harbour board meeting was chaired by Tomas Brenner.",
        True,
    ),
    Example(
        "Defense Minister Khalid Omar will lead the delegation.",
        "Foreign Minister Khalid Omar will lead the delegation.",
        True,
    ),
    Example(
        "The delegation was led by Sara Lind, Minister of Finance.",
        "The delegation was led by Sara Lind, Minister of Health.",
        True,
    ),
    Example(
        "Grey Harbour was directed by Ola Brandt.",
        "Grey Harbour is a 2010 rowing documentary directed by Ines Maro and written by Ola Brandt.",
        True,
    ),
    Example(
        "Ola Brandt directed Grey Harbour.",
        "Grey Harbour is a 2010 rowing documentary directed by Ines Maro, starring Ola Brandt.",
        True,
    ),
    Example(
        "Grey Harbour was directed by Ines Maro.",
        "Grey Harbour is a 2010 rowing documentary directed by Ines Maro and written by Ola Brandt.",
        False,
    ),
    Example(
        "Mr Varga chaired the inquiry.",
        "The inquiry was chaired by Amos Varga, a retired judge.",
        False,
    ),
)


def find(claim: Analysed, evidence: Analysed) -> list[Finding]:
    findings = []
    for judged in compare(claim, evidence):
        if judged.outcome is not Outcome.CONFLICT:
            continue
        kind = (
            ConflictKind.ROLE
            if judged.slot.relation == ROLE and judged.label.startswith("role of")
            else ConflictKind.ENTITY
        )
        findings.append(
            Finding(kind, judged.claim_span, judged.claim_text, judged.source_text, judged.label)
        )
    return findings


# Reported as the kinds they are (a person or thing, a role), named by their relation.
RULE = Rule("relations", ConflictKind.ENTITY, find, EXAMPLES, order=4)
