"""Polarity: one side says a thing happened, the other that it did not.

A negator ("not", "no", "never", "didn't", "failed to", "denied", ...) reverses the words that
follow it up to the end of the clause. The rule fires when words the claim and the evidence
share are negated on one side only: "the unions did not agree to extend the strike" against
"the unions agreed to extend the strike". A denied opposite agrees ("did not reject" /
"approved"). "Not only ... but also" is not a negation.
"""

from __future__ import annotations

from ...language.analysis import Analysed
from ...language.negation import (
    absence_only,
    negated_shared,
    negated_tokens,
    negator_indices,
    negator_start,
    refusal_only,
    says_absence,
    says_refusal,
    supposed_denial,
)
from ...language.opposites import opposed
from ...models import ConflictKind
from ..findings import Example, Finding, Rule
from ..slots import anchored, said_at, said_in

EXAMPLES = (
    # A lack and a shortage are one state, not a denial of it.
    Example(
        "Delays came from a lack of beds in the Tarn care homes.",
        "Ward staff blamed a shortage of beds in the Tarn care homes.",
        False,
    ),
    Example(
        "The two unions did not agree to extend the strike.",
        "The two unions agreed to extend the strike.",
        True,
    ),
    Example(
        "The builder made a firm promise to finish the roof.",
        "No firm promise was made by the builder to finish the roof.",
        True,
    ),
    Example("The mayor attended the launch.", "The mayor never attended the launch.", True),
    # A denied plan denies the act planned, not every plan.
    Example(
        "The Orby trust plans to close the walled garden.",
        "The Orby trust has no plans to close the walled garden.",
        True,
    ),
    Example(
        "The Orby trust plans to introduce cheaper tickets for students this summer.",
        "The Orby trust has no intention of cutting how many gardens it opens this summer.",
        False,
    ),
    Example(
        "The Orby trust intends to merge its two cafés this summer.",
        "The Orby trust stated there were no plans for shutting the walled garden this summer.",
        False,
    ),
    Example("The bakery failed to pay its rent.", "The bakery paid its rent on time.", True),
    Example(
        "The landlord accepted a longer tenancy.",
        "The landlord not only accepted a longer tenancy but also paid for a new roof.",
        False,
    ),
    Example(
        "Both clubs agreed on a transfer fee.",
        "Both clubs agreed on a transfer fee, but no promise was made on wages.",
        False,
    ),
    Example("The plan was not approved.", "The plan was not approved by the board.", False),
    Example(
        "The board did not reject the housing plan.", "The board approved the housing plan.", False
    ),
    # An opposite said of something else is no denied opposite.
    Example(
        "The Orby captain said her side never had a winning lead.",
        "The Orby captain took the defeat calmly, saying her side had thrown away a winning lead.",
        True,
    ),
    Example("He played as no 9 for the club.", "He played as No 9 for the club.", False),
    Example(
        'The film "Never Say Goodbye" starred Ines Ortel.',
        "The film starred Ines Ortel in the lead.",
        False,
    ),
    Example('She said: "Never again will I race."', "She will race again.", True),
    Example(
        "Lack of zinc in goats leads to poor horn growth.",
        "Zinc deficiency causes poor horn growth in goats.",
        False,
    ),
    Example("Goats lacking zinc grow slowly.", "Goats with zinc grow slowly.", True),
    Example(
        "The Tarn Rowing Club shunned the harbour league.",
        "The Tarn Rowing Club was formed from the harbour league.",
        True,
    ),
    # How often is not whether: "rarely" denies nothing.
    Example("The ferry rarely stopped at Vell.", "The ferry stopped at Vell in May.", False),
    Example("The mill declined to sell its land.", "The mill sold its land in 1990.", True),
    # "not ... until" says when, not whether.
    Example(
        "The Vell footbridge reopens in May.",
        "The Vell footbridge will not reopen until May.",
        False,
    ),
    # "not yet" denies what follows; "yet" there opens no clause.
    Example(
        "The Vell footbridge has opened to walkers.",
        "The Vell footbridge has not yet opened to walkers.",
        True,
    ),
    # The evidence says the claim word for word; its denial is about something else.
    Example(
        "The ferry company posted the new timetable on its website.",
        "The ferry company posted the new timetable on its website, with a reminder that"
        " drivers should not queue at the ferry gates overnight.",
        False,
    ),
    # One refusal, said with another verb.
    Example(
        "The Orrin ferry company's request for a bigger landing stage was turned down.",
        "The harbour board rejected the Orrin ferry company's request for a bigger landing stage.",
        False,
    ),
    Example(
        "The harbour board approved the Orrin ferry company's request for a bigger landing stage.",
        "The harbour board rejected the Orrin ferry company's request for a bigger landing stage.",
        True,
    ),
    # A clause of supposing denies nothing.
    Example(
        "Tomas Brell paid the harbour fine.",
        "Had Tomas Brell not paid the harbour fine, he would have lost his mooring.",
        False,
    ),
    Example(
        "The mooring fees will rise in May.",
        "If the harbour board does not step in, the mooring fees will rise in May.",
        False,
    ),
    Example(
        "Losing the harbour grant means the lifeboat shed will shut.",
        "Without the harbour grant the lifeboat shed would shut, the trust said.",
        False,
    ),
    # "declined" before anything but "to" is a fall, not a refusal.
    Example("Wool sales declined in May.", "Wool sales fell in May.", False),
)


def _denies_opposite(side: Analysed, other: Analysed) -> bool:
    """``side`` denies the opposite of a word ``other`` says ("did not reject" / "approved"):
    the two agree."""
    denied = [side.tokens[i] for i in negated_tokens(side)]
    # In the same slot: a word just beside one is just beside the other ("did not reject the
    # housing plan" / "approved the housing plan"), not an opposite said of something else
    # ("never had a winning lead" / "took the defeat calmly").
    return any(
        opposed(t, o) and anchored(side, (t.start, t.end), other, (o.start, o.end), window=1)
        for t in denied
        for o in other.content
        if not t.is_stop
    )


MIN_RUN = 3
"""A claim of fewer content words is said in order by chance too easily."""


def _said_plainly_in_order(claim: Analysed, evidence: Analysed) -> bool:
    """The evidence says every content word of the claim, in the claim's order, with no
    negator or denied word from the first to the last: it states the claim, and a denial
    elsewhere in it is about something else ("posted the timetable on its website, with a
    reminder not to queue at the ferry gates")."""
    words = claim.content
    if len(words) < MIN_RUN:
        return False
    tokens = evidence.tokens
    # Where each claim word is said, in order; the earliest place after the word before it.
    places = [said_at(word, tokens) for word in words]
    denials = sorted({*negated_tokens(evidence), *negator_indices(evidence)})
    for start in places[0]:
        at = start
        for found in places[1:]:
            at = next((j for j in found if j > at), -1)
            if at < 0:
                return False  # no later start can find the rest either
        if not any(start <= j <= at for j in denials):
            return True
    return False


def find(claim: Analysed, evidence: Analysed) -> list[Finding]:
    # One side lacks X, the other is X-deficient: the same state in other words.
    if (absence_only(claim) and says_absence(evidence)) or (
        absence_only(evidence) and says_absence(claim)
    ):
        return []
    if _denies_opposite(claim, evidence) or _denies_opposite(evidence, claim):
        return []
    # "rejected the appeal" / "the appeal was turned down": one refusal in other words.
    if (refusal_only(claim) and says_refusal(evidence)) or (
        refusal_only(evidence) and says_refusal(claim)
    ):
        return []
    # A denial in a clause of supposing asserts nothing to dispute.
    claim_hits = [i for i in negated_shared(claim, evidence) if not supposed_denial(claim, i)]
    if claim_hits:
        start = negator_start(claim, claim_hits[0])
        end = claim.tokens[claim_hits[-1]].end
        denied = [claim.tokens[i] for i in claim_hits]
        said = [t.surface for t in evidence.content if any(said_in(d, [t]) for d in denied)]
        return [
            Finding(
                ConflictKind.NEGATION,
                (start, end),
                claim.text[start:end],
                " ".join(dict.fromkeys(said)) or " ".join(t.surface for t in denied),
            )
        ]
    evidence_hits = [j for j in negated_shared(evidence, claim) if not supposed_denial(evidence, j)]
    if evidence_hits and _said_plainly_in_order(claim, evidence):
        return []
    denied = [evidence.tokens[i] for i in evidence_hits]
    claim_words = [t for t in claim.content if said_in(t, denied)]
    if not claim_words:
        return []
    start = negator_start(evidence, evidence_hits[0])
    end = evidence.tokens[evidence_hits[-1]].end
    span = (claim_words[0].start, claim_words[0].end)
    return [
        Finding(
            ConflictKind.NEGATION, span, claim.text[span[0] : span[1]], evidence.text[start:end]
        )
    ]


RULE = Rule("negation", ConflictKind.NEGATION, find, EXAMPLES, order=3)
