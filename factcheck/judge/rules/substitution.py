"""Substitution: another word in the claim's slot, with the same words on both sides of it.

"The Tollmoor Bell hangs in a stone tower" against "The Tollmoor Bell hangs in a timber tower":
aligned word by word, the two agree before and after the slot and differ inside it. Names are left to the
entities rule and antonyms to theirs; this rule covers other content words, so it demands
agreement on both sides of the slot, not just one.
"""

from __future__ import annotations

from ...language.analysis import Analysed, per_text
from ...language.lexicon import OUTCOME_VERBS, REFUSING_PHRASES
from ...language.opposites import movement_starts, moves_alike, opposed
from ...language.relations import cue_words
from ...language.text import Token
from ...models import ConflictKind
from ..findings import Example, Finding, Rule
from ..slots import SAME_EVENT, aligned, clause_end, local_coverage, subject_stated, unsaid

EXAMPLES = (
    Example(
        "The Tollmoor Bell hangs in a stone tower.",
        "The Tollmoor Bell hangs in a timber tower.",
        True,
    ),
    Example(
        "The cup is organized for the best rowing clubs.",
        "The cup is organized for the best sailing clubs in Ostland.",
        True,
    ),
    Example("The museum keeps modern art.", "The museum keeps modern and ancient art.", False),
    Example("The group met in the old town hall.", "The group met in the town hall.", False),
    Example("She won an award for her song.", "She won a prize for her song.", False),
    Example("They raised taxes last year.", "They cut taxes last year.", False),
    # Who won and how a thing moved are read by the outcomes and directions rules.
    Example(
        "Pellmoor knocked Yarrow United out of the cup.",
        "Pellmoor beat Yarrow United in the cup.",
        False,
    ),
    Example("The grant went up this year.", "The grant rose this year.", False),
    # Two words for one movement.
    Example(
        "Exports of Tarn wool dropped sharply in May.",
        "Exports of Tarn wool fell sharply in May.",
        False,
    ),
)

_MAX_SLOT = 3


def _content_ends(analysed: Analysed, indices: range) -> bool:
    content = analysed.content_set
    return any(analysed.tokens[k] in content for k in indices)


@per_text
def _common_words(analysed: Analysed) -> tuple[Token, ...]:
    """The content words that can stand in a slot: not names (the entities rule's)."""
    return tuple(t for t in analysed.content if not t.capitalised)


def _unsaid_word(side: Analysed, other: Analysed) -> bool:
    return any(not other.has_word(t) for t in _common_words(side))


def _refusing(analysed: Analysed, words: list[Token]) -> bool:
    """The slot's words are a refusal ("rejected", "voted down", "threw out")."""
    start, end = words[0].start, words[-1].end
    following = analysed.text[end : end + 6].lower()
    said = analysed.text[start:end].lower() + following
    return any(said.startswith(p) or f" {p}" in said for p in REFUSING_PHRASES)


def find(claim: Analysed, evidence: Analysed) -> list[Finding]:
    if not claim.tokens or not evidence.tokens:
        return []
    # Each side must have a word the other does not say; otherwise there is no need to align.
    if not _unsaid_word(claim, evidence) or not _unsaid_word(evidence, claim):
        return []
    opcodes = aligned(claim, evidence)
    claim_content = claim.content_set
    evidence_content = evidence.content_set
    findings = []
    for n, (op, i1, i2, j1, j2) in enumerate(opcodes):
        if op != "replace" or n == 0 or n + 1 == len(opcodes):
            continue
        before, after = opcodes[n - 1], opcodes[n + 1]
        if before[0] != "equal" or after[0] != "equal":
            continue
        if not (
            _content_ends(claim, range(before[1], before[2]))
            or _content_ends(claim, range(after[1], after[2]))
        ):
            continue
        if clause_end(claim, i1, i2) != i2 or clause_end(evidence, j1, j2) != j2:
            continue  # the slot spans a clause boundary: not one phrase
        if i2 - i1 > _MAX_SLOT or j2 - j1 > _MAX_SLOT:
            continue
        ours = unsaid(
            claim, evidence, range(i1, i2), lambda _, t: t in claim_content and not t.capitalised
        )
        theirs = unsaid(
            evidence, claim, range(j1, j2), lambda _, t: t in evidence_content and not t.capitalised
        )
        if not ours or not theirs:
            continue
        if ours[0].start in cue_words(claim) and theirs[0].start in cue_words(evidence):
            continue  # another relation ("hosted by" / "mediated by") is not a conflict
        if ours[0].lower in OUTCOME_VERBS and theirs[0].lower in OUTCOME_VERBS:
            continue  # "knocked X out" / "beat X": the outcomes rule compares who won
        if ours[0].start in movement_starts(claim) or theirs[0].start in movement_starts(evidence):
            continue  # "went up" / "rose": the directions rule compares them
        if any(opposed(o, t) for o in ours for t in theirs):
            continue  # the antonyms rule reports these, with their negation handling
        if any(moves_alike(o, t) for o in ours for t in theirs):
            continue  # "dropped" / "fell": one movement in two words
        if _refusing(claim, ours) and _refusing(evidence, theirs):
            continue  # "voted down" / "rejected": one refusal in two words
        findings.append(
            Finding(
                ConflictKind.TERM,
                (ours[0].start, ours[-1].end),
                claim.text[ours[0].start : ours[-1].end],
                evidence.text[theirs[0].start : theirs[-1].end],
                # Decides only where the sentence is about the claim's subject and says the
                # words around the slot: the same frame said of another subject or event is
                # no refutation.
                deciding=subject_stated(claim, evidence)
                and local_coverage(
                    claim,
                    (ours[0].start, ours[-1].end),
                    evidence,
                    (theirs[0].start, theirs[-1].end),
                )
                >= SAME_EVENT,
            )
        )
    return findings


RULE = Rule("substitution", ConflictKind.TERM, find, EXAMPLES, order=8, weak=True)
