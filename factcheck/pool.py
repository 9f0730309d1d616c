"""Map a function over many items on every core, results in input order.

Worker processes are forked, so what the function reads (a corpus of hundreds of megabytes)
is shared copy-on-write instead of being pickled to each worker. Workers ignore Ctrl-C: the
parent receives it, stops the pool and reports the interruption once. Where ``fork`` does not
exist, or the work is small, the map runs in this process: same results, in the same order.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Callable, Iterator, Sequence
from typing import TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")


def available_cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _start_worker() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def ordered_map(
    function: Callable[[Item], Result],
    items: Sequence[Item],
    *,
    min_items: int,
    workers: int | None = None,
    chunksize: int = 4,
    batch: int = 256,
) -> Iterator[Result]:
    """``map(function, items)``, on ``workers`` processes (default: every core) when there are
    at least ``min_items`` items. At most ``batch`` items are in flight, which bounds the
    results waiting in memory when the consumer is the slower side."""
    workers = workers or available_cores()
    if workers < 2 or len(items) < min_items:
        yield from map(function, items)
        return
    import multiprocessing  # imported only for large jobs: it costs start-up time

    if "fork" not in multiprocessing.get_all_start_methods():
        yield from map(function, items)
        return
    with multiprocessing.get_context("fork").Pool(workers, initializer=_start_worker) as pool:
        for at in range(0, len(items), batch):
            yield from pool.imap(function, items[at : at + batch], chunksize=chunksize)
