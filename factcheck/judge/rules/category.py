"""Category: the claim says its subject *is* one kind of thing, the evidence another.

"Tarnby is a cookbook" against "Tarnby is a Danish radio drama series": the head noun of what
follows "is / was / are / were" differs, and the claim's noun appears nowhere in the evidence.
With the same head noun, the word that sorts it may differ: "a bronze bell" against "a cast iron
bell" (a word that grades rather than sorts, "a famous bell", is no other sort). The evidence
must name the claim's subject or refer to it with a pronoun, so that both sentences describe
the same thing.
"""

from __future__ import annotations

import re

from ...language.analysis import Analysed, per_text
from ...language.lexicon import GENERIC_NOUNS, GRADING_WORDS, PHRASE_END_WORDS, SUBJECT_PRONOUNS
from ...language.text import Token
from ...language.wordforms import said_in_another_form
from ...models import ConflictKind
from ..findings import Example, Finding, Rule

EXAMPLES = (
    Example(
        "Glimmerfall is a film.", "Glimmerfall is an American comedy web television series.", True
    ),
    Example(
        "Marrowby is a politician in Ostland.",
        "Marrowby is the capital of Vell province in Ostland.",
        True,
    ),
    Example("The Tinmen were a football club.", "The Tinmen were an English rock band.", True),
    Example("Mara Fell is a singer.", "Mara Fell is an Ostland harpist and singer.", False),
    Example("Mara Fell is a singer.", "Mara Fell was a singer and songwriter.", False),
    Example("Glimmerfall is a film.", "Vossen is a Canadian actor.", False),
    Example("Tarrow is an animal.", "Tarrow is a three-legged horse.", False),
    Example("Marigold is a movie.", "Marigold is a 2004 family movie starring Ina Roth.", False),
    Example("The plan is a success.", "The plan is not a success.", False),
    Example("Carrowmore is only a cookbook.", "Carrowmore is a 2009 Irish radio play.", True),
    Example("Tova Lind is a US diplomat.", "Tova Lind is an American glassblower.", True),
    # The same kind of thing, but another sort of it.
    Example("The Tollmoor Bell is a bronze bell.", "The Tollmoor Bell is a cast iron bell.", True),
    Example("Vessa Hall is a stone chapel.", "Vessa Hall is a 1902 Ostland timber chapel.", True),
    Example("Vessa Hall is a timber chapel.", "Vessa Hall is a 1902 painted timber chapel.", False),
    Example("Vessa Hall is a famous chapel.", "Vessa Hall is a 1902 timber chapel.", False),
    Example("Mount Vell is a high peak.", "Mount Vell is the highest peak of the range.", False),
    Example("Ada Rusk is a writer.", "Ada Rusk is an Ostland songwriter and singer.", False),
    Example("Ada Rusk is an active chess player.", "Ada Rusk is a retired chess player.", True),
)

_COPULA = re.compile(
    r"\b(?:is|was|are|were)\s+(?:(?:also|still|once|now|currently|formerly|only|solely|exclusively|merely|just)\s+)?"
    r"(?:a|an|the|one of the)\s+(?P<phrase>[^,;:.()]+)",
    re.I,
)


@per_text
def _head_nouns(analysed: Analysed) -> tuple[tuple[str, int, int, int], ...]:
    """The last word of each "is a ..." complement, before any preposition or clause."""
    heads = []
    for m in _COPULA.finditer(analysed.text):
        words = list(re.finditer(r"[\w'-]+", m.group("phrase")))
        kept = []
        for w in words:
            # "US" and "IT" in capitals are names ("a US senator"), not "us" and "it".
            word = w.group(0)
            if word.lower() in PHRASE_END_WORDS and not (len(word) > 1 and word.isupper()):
                break
            kept.append(w)
        if kept:
            last = kept[-1]
            start = m.start("phrase") + last.start()
            heads.append((last.group(0), start, start + len(last.group(0)), m.start()))
    return tuple(heads)


def _subject_shared(claim: Analysed, evidence: Analysed, copula_at: int) -> bool:
    subject = [t for t in claim.content if t.end <= copula_at]
    if not subject:
        return False
    if all(evidence.has_word(t) for t in subject):
        return True
    return any(t.lower in SUBJECT_PRONOUNS for t in evidence.tokens[:3])


def _word_before(analysed: Analysed, start: int) -> Token | None:
    """The word right before the word at ``start``, with only a space between."""
    index = next((i for i, t in enumerate(analysed.tokens) if t.start == start), 0)
    if index == 0 or analysed.gap_before(index) != " ":
        return None
    return analysed.tokens[index - 1]


def _sorting(word: Token | None) -> bool:
    """A word before a noun that says which kind of it ("a bronze bell", "a timber chapel"): a
    lower-case content word, not a number or a grading word ("a famous bell" says how known,
    not which kind)."""
    return not (
        word is None
        or word.is_stop
        or word.is_number
        or word.capitalised
        or word.lower in GRADING_WORDS
    )


def _other_kind(
    claim: Analysed, evidence: Analysed, head: Token, evidence_heads: tuple
) -> Finding | None:
    """Both call the subject the same kind of thing, but the claim a sort of it the sentence
    does not say, where the sentence names another sort: "a bronze bell" / "a cast iron bell",
    "an active tennis player" / "a retired tennis player" (past a sorting word both say)."""
    for word, start, _, _ in evidence_heads:
        if word.lower() != head.lower:
            continue
        ours, theirs = _word_before(claim, head.start), _word_before(evidence, start)
        if ours is not None and theirs is not None and ours.stem == theirs.stem:
            ours, theirs = _word_before(claim, ours.start), _word_before(evidence, theirs.start)
        if not (_sorting(ours) and _sorting(theirs)):
            continue
        assert ours is not None and theirs is not None
        if evidence.has_word(ours) or said_in_another_form(ours, evidence):
            return None
        if not claim.has_word(theirs):
            return Finding(
                ConflictKind.CATEGORY, (ours.start, ours.end), ours.surface, theirs.surface
            )
    return None


def _compound_of(head: Token, evidence: Analysed) -> bool:
    """Whether the evidence names a kind of the claim's thing by a closed compound ending in
    its word: "screenwriter" and "songwriter" are writers, "sailboat" a boat."""
    return len(head.lower) >= 4 and any(
        len(t.lower) > len(head.lower) + 2 and t.lower.endswith(head.lower)
        for t in evidence.content
    )


def find(claim: Analysed, evidence: Analysed) -> list[Finding]:
    claim_heads = _head_nouns(claim)
    if not claim_heads:
        return []
    evidence_heads = _head_nouns(evidence)
    if not evidence_heads:
        return []
    findings = []
    for word, start, end, copula in claim_heads[:1]:
        token = next((t for t in claim.tokens if t.start == start), None)
        if token is None or token.is_stop or token.lower in GENERIC_NOUNS:
            continue
        if not _subject_shared(claim, evidence, copula):
            continue
        if re.search(r"\bnot\b|n't\b", claim.text[:start], re.I):
            continue
        if _compound_of(token, evidence):
            continue  # "a screenwriter" is a writer
        if evidence.has_word(token):
            other = _other_kind(claim, evidence, token, evidence_heads)
            if other is not None:
                findings.append(other)
            continue
        others = [h for h in evidence_heads if h[0].lower() != word.lower()]
        if others:
            findings.append(Finding(ConflictKind.CATEGORY, (start, end), word, others[0][0]))
    return findings


RULE = Rule("category", ConflictKind.CATEGORY, find, EXAMPLES, order=7)
