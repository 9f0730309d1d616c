"""Judge many claims on every core, results in input order.

Judging is deterministic, so the results are identical to a serial run (see ``factcheck.parallel``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..corpus.collection import Corpus
from ..judge.decision import judge_claim
from ..judge.rules import all_rules
from ..judge.thresholds import Thresholds
from ..models import Claim, Judgement
from ..parallel import ordered_map
from . import collector

# Below this many claims a pool costs more than it saves.
MIN_PARALLEL_CLAIMS = 200
# What forked workers judge against, and whether judgements keep their candidates: set before
# the pool starts, so they inherit it.
_shared: tuple[Corpus, Thresholds, bool] | None = None


def _judge(claim: Claim) -> Judgement:
    assert _shared is not None
    corpus, thresholds, candidates = _shared
    return judge_claim(claim, corpus, thresholds, candidates)


def judge_all(
    claims: Sequence[Claim],
    corpus: Corpus,
    thresholds: Thresholds,
    workers: int | None = None,
    progress: Callable[[int, int], None] | None = None,
    candidates: bool = True,
) -> list[Judgement]:
    """Every claim's judgement, in order; ``workers`` defaults to the cores available.
    ``candidates``: keep each judgement's candidates (see ``api.check``)."""
    global _shared
    _shared = (corpus, thresholds, candidates)  # set before the workers fork, so they inherit it
    all_rules()  # imports the rules' modules once, here, rather than in each worker
    try:
        with collector.paused():
            results = ordered_map(_judge, claims, min_items=MIN_PARALLEL_CLAIMS, workers=workers)
            out = []
            for n, judgement in enumerate(results, start=1):
                out.append(judgement)
                if progress:
                    progress(n, len(claims))
            return out
    finally:
        _shared = None
