"""The library entry points: open sources once, check many claims, get typed results."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from .corpus.collection import Corpus
from .corpus.opening import open_sources
from .corpus.reading import read_corpus
from .judge.thresholds import Thresholds
from .models import Claim, Judgement, Report
from .run.batch import judge_all


def load_sources(paths: Sequence[str | Path], warn: Callable[[str], None] | None = None) -> Corpus:
    """Read source files, folders or globs into a searchable Corpus (on every core when they
    are many files).

    ``warn`` receives one line per file skipped (unsupported, unreadable, not UTF-8, empty).
    """
    return read_corpus(paths, warn)


def _as_claims(claims: Iterable[str | Claim]) -> list[Claim]:
    out = []
    for n, claim in enumerate(claims, start=1):
        out.append(claim if isinstance(claim, Claim) else Claim(text=claim, id=str(n)))
    return out


def check(
    claims: Iterable[str | Claim],
    sources: Corpus | Sequence[str | Path],
    thresholds: Thresholds | None = None,
    workers: int | None = 1,
    progress: Callable[[int, int], None] | None = None,
    candidates: bool = True,
) -> Report:
    """Check each claim against the sources; prints nothing, returns a Report in claim order.

    ``workers``: processes to judge with (``None``: every core; batches of a few hundred
    claims or more only). ``progress(done, total)`` is called after each claim.
    ``candidates``: keep every sentence considered on each judgement (``Judgement.candidates``,
    what ``--explain`` shows); without them a judgement is a sixth of the size, and comes back
    from a worker process several times faster.

    >>> report = check(["The talks were held in Istanbul."], ["seeds/"])  # doctest: +SKIP
    >>> report.judgements[0].verdict  # doctest: +SKIP
    <Verdict.SUPPORTED: 'supported'>
    """
    corpus = sources if isinstance(sources, Corpus) else load_sources(sources)
    thresholds = thresholds or Thresholds()
    judgements = judge_all(_as_claims(claims), corpus, thresholds, workers, progress, candidates)
    return Report(tuple(judgements))


def verify(claim: str | Claim, sources: Corpus | Sequence[str | Path]) -> Judgement:
    """Check a single claim."""
    return check([claim], sources).judgements[0]


check_one = verify  # the earlier name, kept for existing callers


__all__ = ["check", "check_one", "load_sources", "open_sources", "verify"]
