"""Category: the claim says its subject *is* one kind of thing, the evidence another.

"Flaked is a film" against "Flaked is an American comedy web television series": the head noun
of what follows "is / was / are / were" differs, and the claim's noun appears nowhere in the
evidence. The evidence must name the claim's subject or refer to it with a pronoun, so that
both sentences describe the same thing.
"""

from __future__ import annotations

import re

from ...language.analysis import Analysed, per_text
from ...language.lexicon import GENERIC_NOUNS, PHRASE_END_WORDS, SUBJECT_PRONOUNS
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
    Example("Mara Fell is a singer.", "Mara Fell is an American actress and singer.", False),
    Example("Mara Fell is a singer.", "Mara Fell was a singer and songwriter.", False),
    Example("Glimmerfall is a film.", "Vossen is a Canadian actor.", False),
    Example("Tarrow is an animal.", "Tarrow is a three-legged horse.", False),
    Example("Marigold is a movie.", "Marigold is a 2004 family movie starring Ina Roth.", False),
    Example("The plan is a success.", "The plan is not a success.", False),
    Example("Carrowmore is only a novel.", "Carrowmore is a 2009 Irish drama film.", True),
    Example("Tova Lind is a US senator.", "Tova Lind is an American stage actress.", True),
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
        if (
            token is None
            or token.is_stop
            or token.lower in GENERIC_NOUNS
            or evidence.has_word(token)
        ):
            continue
        if not _subject_shared(claim, evidence, copula):
            continue
        if re.search(r"\bnot\b|n't\b", claim.text[:start], re.I):
            continue
        others = [h for h in evidence_heads if h[0].lower() != word.lower()]
        if others:
            findings.append(Finding(ConflictKind.CATEGORY, (start, end), word, others[0][0]))
    return findings


RULE = Rule("category", ConflictKind.CATEGORY, find, EXAMPLES, order=7)
