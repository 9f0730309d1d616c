"""Judge many claims on every core, results in input order.

Worker processes are forked, so the corpus (often hundreds of megabytes of sentences and index)
is shared copy-on-write instead of being pickled to each worker. Judging is deterministic, so
the results are identical to a serial run. Workers ignore Ctrl-C: the parent receives it, stops
the pool and reports the interruption once.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Callable, Iterator, Sequence

from .corpus import Corpus
from .judge import Thresholds, judge_claim
from .models import Claim, Judgement

# Below this many claims a pool costs more than it saves.
MIN_PARALLEL_CLAIMS = 200
_shared: tuple[Corpus, Thresholds] | None = None


def available_cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _can_fork() -> bool:
    import multiprocessing  # imported only for batches: it costs start-up time

    return "fork" in multiprocessing.get_all_start_methods()


def _start_worker() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _judge(claim: Claim) -> Judgement:
    assert _shared is not None
    corpus, thresholds = _shared
    return judge_claim(claim, corpus, thresholds)


def judge_all(
    claims: Sequence[Claim],
    corpus: Corpus,
    thresholds: Thresholds,
    workers: int | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> list[Judgement]:
    """Every claim's judgement, in order; ``workers`` defaults to the cores available."""
    workers = workers or available_cores()
    if workers < 2 or len(claims) < MIN_PARALLEL_CLAIMS or not _can_fork():
        serial = (judge_claim(c, corpus, thresholds) for c in claims)
        return _collect(serial, len(claims), progress)
    global _shared
    _shared = (corpus, thresholds)
    try:
        import multiprocessing

        context = multiprocessing.get_context("fork")
        with context.Pool(workers, initializer=_start_worker) as pool:
            return _collect(pool.imap(_judge, claims, chunksize=8), len(claims), progress)
    finally:
        _shared = None


def _collect(
    results: Iterator[Judgement], total: int, progress: Callable[[int, int], None] | None
) -> list[Judgement]:
    out = []
    for n, judgement in enumerate(results, start=1):
        out.append(judgement)
        if progress:
            progress(n, total)
    return out
