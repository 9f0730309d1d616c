"""Certainty: one side says an act is settled, the other that it is only being weighed.

"The rowing club has lodged an appeal against the ban" is not what "the rowing club is
considering an appeal against the ban" says: the second says the appeal is not made yet. The
rule fires when at least two words a settling word governs on one side ("has decided to close
the Arle depot") are governed by a weighing word on the other ("would consider closing the Arle
depot"), and that side does not also say them settled. An act weighed on both sides, or
settled on both, agrees.
"""

from __future__ import annotations

from ...language.analysis import Analysed
from ...language.certainty import (
    settled_tokens,
    settling_words,
    weighed_tokens,
    weighing_words,
)
from ...language.lexicon import SETTLING, TIME_WORDS
from ...language.text import Token
from ...models import ConflictKind
from ..findings import Example, Finding, Rule
from ..slots import said_in

EXAMPLES = (
    Example(
        "The rowing club has lodged an appeal against the regatta ban.",
        "The rowing club said it was considering an appeal against the regatta ban.",
        True,
    ),
    Example(
        "Orley council has decided to close the Arle bus depot next spring.",
        "Orley council said it would consider closing the Arle bus depot, but no date was set.",
        True,
    ),
    Example(
        "The trust confirmed that entry charges at Fenmoor gardens will rise by a pound.",
        "The trust is expected to raise entry charges at Fenmoor gardens by a pound.",
        True,
    ),
    # An adverb between the auxiliary and "proposed".
    Example(
        "The Orby trust has approved a £2 million repair scheme for the west pier.",
        "The Orby trust has also proposed a £2 million repair scheme for the west pier.",
        True,
    ),
    # A clause long in hyphened words.
    Example(
        "The Pell board has already granted final sign-off to the town's £3 million two-year"
        " sea-wall repair scheme.",
        "The Pell board has also proposed a £3 million sea-wall repair scheme over two years.",
        True,
    ),
    # A hope or an aim is not yet done.
    Example(
        "The Orby museum has already won a heritage grant for its roof repairs.",
        "The Orby museum hopes to win a heritage grant for its roof repairs next year.",
        True,
    ),
    # Weighed on one side, settled on the other, the other way round.
    Example(
        "The bakery is weighing a move of its ovens to the Tolvey estate.",
        "The bakery has already moved its ovens to the Tolvey estate.",
        True,
    ),
    # Put forward, not decided: a proposal, a consultation, "has proposed".
    Example(
        "The Garth ferry company has decided to drop its Sunday crossing to Imber.",
        "The Garth ferry company is consulting on a proposal to drop its Sunday crossing to Imber.",
        True,
    ),
    Example(
        "The parish board approved closing the Wexcombe reading room in May.",
        "The parish board has proposed closing the Wexcombe reading room in May.",
        True,
    ),
    # "put forward" proposes; "the go-ahead" approves.
    Example(
        "The Orby trust gave its go-ahead to flats on part of the walled garden.",
        "The Orby trust put forward a scheme for flats on part of the walled garden.",
        True,
    ),
    # An agreement settles what follows it.
    Example(
        "The Tarn harbour board has agreed to build a second slipway.",
        "The Tarn harbour board is considering building a second slipway.",
        True,
    ),
    # Confirming that an act is weighed settles only that.
    Example(
        "The guild has decided to move the craft fair to Tolvey next summer.",
        "The guild confirmed it was considering a move of the craft fair to Tolvey next summer.",
        True,
    ),
    # "The proposed closure" names the act whatever became of it.
    Example(
        "The parish board approved the closure of the Wexcombe reading room.",
        "The parish board approved the proposed closure of the Wexcombe reading room.",
        False,
    ),
    # Weighed on both sides.
    Example(
        "The rowing club is considering an appeal against the regatta ban.",
        "The rowing club may appeal against the regatta ban, its captain said.",
        False,
    ),
    # Settled on both sides.
    Example(
        "The rowing club has lodged an appeal against the regatta ban.",
        "The rowing club lodged an appeal against the regatta ban on Monday.",
        False,
    ),
    # What was weighed was later settled, in the same sentence.
    Example(
        "The rowing club has lodged an appeal against the regatta ban.",
        "The rowing club, which had been considering an appeal against the regatta ban, lodged"
        " it on Monday.",
        False,
    ),
    # A denied settling word settles nothing.
    Example(
        "The council has not decided whether to close the Arle bus depot.",
        "The council would consider closing the Arle bus depot.",
        False,
    ),
    # To consider a thing as something is to regard it so.
    Example(
        "The panel has confirmed the old mill is a listed landmark.",
        "Walkers would consider the old mill as a landmark of the valley.",
        False,
    ),
    # One shared word is too little to be one act.
    Example(
        "The club has signed a new goalkeeper.",
        "The club is considering a new kit sponsor.",
        False,
    ),
)

MIN_SHARED = 2
"""Words of one act both sides must say, names aside: one word alone ("the club") is no shared
act, and a place both name ("Arle") is no act at all."""


def _words(analysed: Analysed, indices: frozenset[int]) -> list[Token]:
    """The content words and numbers at ``indices``, less words of time: "next year" on both
    sides is no shared act."""
    content = analysed.content_set
    dated = {
        j
        for d in analysed.dates
        for j in range(analysed.token_at(d.start), analysed.token_at(d.end))
    }
    return [
        analysed.tokens[j]
        for j in sorted(indices)
        if (analysed.tokens[j] in content or analysed.tokens[j].is_number)
        and j not in dated
        and analysed.tokens[j].lower not in TIME_WORDS
    ]


def _shared_act(settled: Analysed, weighed: Analysed) -> list[Token]:
    """Words ``settled`` says are done that ``weighed`` only weighs (and never says done)."""
    # Most pairs have no settling word on one side or no weighing word on the other (a
    # "go-ahead" settles too: see ``settling_words``).
    if (
        SETTLING.isdisjoint(settled.lowers) and "ahead" not in settled.lowers
    ) or not weighing_words(weighed):
        return []
    if not settling_words(settled):
        return []
    # The weighing side says the same settling word itself: "had been considering an appeal,
    # lodged it on Monday".
    acts = {settled.tokens[i].stem for i in settling_words(settled)}
    if any(weighed.tokens[i].stem in acts for i in settling_words(weighed)):
        return []
    done = _words(settled, settled_tokens(settled) - weighed_tokens(settled))
    weighed_words = _words(weighed, weighed_tokens(weighed))
    # "confirmed it is considering an appeal" settles only that the appeal is weighed.
    also_done = _words(weighed, settled_tokens(weighed) - weighed_tokens(weighed))
    shared = [t for t in done if said_in(t, weighed_words) and not said_in(t, also_done)]
    return shared if sum(not t.capitalised for t in shared) >= MIN_SHARED else []


def _marker_span(analysed: Analysed, markers: tuple[int, ...], last: Token) -> tuple[int, int]:
    """From the marker nearest before ``last`` to ``last``."""
    before = [i for i in markers if analysed.tokens[i].start < last.start] or list(markers)
    k = before[-1]
    # "put forward", "go-ahead": the marker is the second word of two.
    if k > 0 and analysed.tokens[k].lower in ("forward", "ahead"):
        k -= 1
    return analysed.tokens[k].start, last.end


def find(claim: Analysed, evidence: Analysed) -> list[Finding]:
    if settled := _shared_act(claim, evidence):
        # The claim settles what the evidence weighs.
        span = _marker_span(claim, settling_words(claim), settled[-1])
        weighed = _words(evidence, weighed_tokens(evidence))
        said = [t for t in weighed if said_in(t, settled)] or weighed
        at = _marker_span(evidence, weighing_words(evidence), said[-1])
    elif settled := _shared_act(evidence, claim):
        # The claim weighs what the evidence settles.
        weighed = _words(claim, weighed_tokens(claim))
        said = [t for t in weighed if said_in(t, settled)] or weighed
        span = _marker_span(claim, weighing_words(claim), said[-1])
        at = _marker_span(evidence, settling_words(evidence), settled[-1])
    else:
        return []
    return [
        Finding(
            ConflictKind.CERTAINTY,
            span,
            claim.text[span[0] : span[1]],
            evidence.text[at[0] : at[1]],
        )
    ]


RULE = Rule("certainty", ConflictKind.CERTAINTY, find, EXAMPLES, order=6)
