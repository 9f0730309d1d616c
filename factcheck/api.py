"""The library entry points: load sources once, check many claims, get typed results."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from .corpus import Corpus
from .judge import Thresholds, judge_claim
from .models import Claim, Judgement, Report
from .sources import load_documents


def load_sources(paths: Sequence[str | Path], warn: Callable[[str], None] | None = None) -> Corpus:
    """Read source files, folders or globs into a searchable Corpus.

    ``warn`` receives one line per file skipped (unsupported, unreadable, not UTF-8, empty).
    """
    return Corpus(load_documents(paths, warn))


def _as_claims(claims: Iterable[str | Claim]) -> list[Claim]:
    out = []
    for n, claim in enumerate(claims, start=1):
        out.append(claim if isinstance(claim, Claim) else Claim(text=claim, id=str(n)))
    return out


def check(
    claims: Iterable[str | Claim],
    sources: Corpus | Sequence[str | Path],
    thresholds: Thresholds | None = None,
) -> Report:
    """Check each claim against the sources; prints nothing, returns a Report in claim order.

    >>> report = check(["The talks were held in Istanbul."], ["seeds/"])  # doctest: +SKIP
    >>> report.judgements[0].verdict  # doctest: +SKIP
    <Verdict.SUPPORTED: 'supported'>
    """
    corpus = sources if isinstance(sources, Corpus) else load_sources(sources)
    thresholds = thresholds or Thresholds()
    return Report(tuple(judge_claim(c, corpus, thresholds) for c in _as_claims(claims)))


def check_one(claim: str | Claim, sources: Corpus | Sequence[str | Path]) -> Judgement:
    """Check a single claim."""
    return check([claim], sources).judgements[0]
