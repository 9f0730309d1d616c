"""What a judgement shows: citations with the matched words, conflicts with where they are said,
and the candidates considered (for ``--explain``)."""

from __future__ import annotations

from ..language.analysis import Analysed, analyse
from ..models import Candidate, Citation, Conflict
from .coverage import Scored


def _matched_words(claim: Analysed, evidence: Analysed) -> tuple[str, ...]:
    words = []
    for token in evidence.content:
        if claim.has_word(token):
            words.append(token.surface)
    return tuple(dict.fromkeys(words))


def citations(scored: Scored, claim: Analysed, score: float | None = None) -> tuple[Citation, ...]:
    score = scored.coverage if score is None else score
    return tuple(
        Citation.of(s, score * 100, _matched_words(claim, analyse(s.text)))
        for s in scored.sentences
    )


def conflicts(scored: Scored) -> tuple[Conflict, ...]:
    """The conflicts to show, each once: two sentences read together may find a conflict that
    one of them found alone too."""
    return tuple(
        dict.fromkeys(
            Conflict(
                f.kind, f.claim_text, f.source_text, *where_said(scored, f.source_text), f.relation
            )
            for f in scored.findings
        )
    )


def where_said(scored: Scored, source_text: str) -> tuple[str, int]:
    """The source and line of the sentence that says ``source_text``: of two read together,
    the one where it begins in their joined text."""
    at = scored.evidence.text.find(source_text) if len(scored.sentences) > 1 else -1
    said = scored.sentences[sum(1 for b in scored.evidence.breaks if b <= at) if at > 0 else 0]
    return said.source, said.line


def candidate_record(scored: Scored) -> Candidate:
    return Candidate(
        sentences=scored.sentences,
        retrieval_score=round(scored.retrieval, 3),
        coverage=round(scored.coverage, 3),
        missing=scored.missing,
        conflicts=conflicts(scored),
    )
