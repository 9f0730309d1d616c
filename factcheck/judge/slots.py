"""Where a claim and a sentence say things in the same slot: word alignment, neighbours, clauses.

The rules share these so that "the same slot" means one thing across them: two mentions are
comparable when a word next to one is also next to the other, and two texts are aligned word
by word on their stems.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from ..language.align import opcodes
from ..language.analysis import Analysed, per_text
from ..language.text import SYNONYMS, Token, shared_prefix_match


def _neighbours(analysed: Analysed, span: tuple[int, int], window: int) -> list[Token]:
    """Content words within ``window`` content words either side of ``span``."""
    before = [t for t in analysed.content if t.end <= span[0]][-window:]
    after = [t for t in analysed.content if t.start >= span[1]][:window]
    return before + after


def anchored(
    claim: Analysed,
    claim_span: tuple[int, int],
    evidence: Analysed,
    evidence_span: tuple[int, int],
    window: int = 3,
) -> bool:
    """Whether two mentions stand in the same slot: some word next to the claim's mention is
    also next to the evidence's ("signed on March 3" / "signed on March 5"). A date or number
    elsewhere in the sentence, about another event, is not comparable."""
    near_evidence = _neighbours(evidence, evidence_span, window)
    near_claim = _neighbours(claim, claim_span, window)
    if not any(said_in(t, near_evidence) for t in near_claim):
        return False
    # Each side puts the mention in a place of its own ("talks in Istanbul from October 25" /
    # "talks held on October 18 and 19 in Doha"): two events, not one.
    ours = [t for t in near_claim if _placed(claim, t) and not said_in(t, near_evidence)]
    theirs = [t for t in near_evidence if _placed(evidence, t) and not claim.has_word(t)]
    return not (ours and theirs)


def _placed(analysed: Analysed, token: Token) -> bool:
    """A capitalised word after "in" or "at": a place ("in Doha", "at Wembley")."""
    return token.capitalised and analysed.text.endswith((" in ", " at "), 0, token.start)


def said_in(token: Token, tokens: list[Token]) -> bool:
    """Whether one of ``tokens`` says ``token``: same stem, a synonym or a derivational variant."""
    synonyms = SYNONYMS.get(token.stem, frozenset())
    return any(
        t.stem == token.stem or t.stem in synonyms or shared_prefix_match(t.lower, token.lower)
        for t in tokens
    )


def unsaid(
    side: Analysed, other: Analysed, indices: range, wanted: Callable[[int, Token], bool]
) -> list[Token]:
    """Tokens of ``side`` at ``indices`` that ``wanted`` accepts and ``other`` does not say."""
    return [
        side.tokens[i]
        for i in indices
        if wanted(i, side.tokens[i]) and not other.has_word(side.tokens[i])
    ]


Opcode = tuple[str, int, int, int, int]


@per_text
def _stem_sequence(analysed: Analysed) -> list[str]:
    return [t.stem for t in analysed.tokens]


@lru_cache(maxsize=16)
def aligned(claim: Analysed, evidence: Analysed) -> tuple[Opcode, ...]:
    """The two texts aligned word by word on stems (difflib's opcodes), for the rules that
    compare what stands in the same slot; worked out once per pair for all of them."""
    return tuple(opcodes(_stem_sequence(claim), _stem_sequence(evidence)))


def clause_end(analysed: Analysed, start: int, end: int) -> int:
    """``end``, or earlier where punctuation between two tokens closes the phrase."""
    for k in range(start + 1, end):
        gap = analysed.text[analysed.tokens[k - 1].end : analysed.tokens[k].start]
        if any(ch in gap for ch in ",;:.()"):
            return k
    return end
