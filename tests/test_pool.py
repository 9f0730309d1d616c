"""The process pool: input order, errors raised in the parent, no worker left behind."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from factcheck.parallel import ordered_map


def _square(n: int) -> int:
    return n * n


def _fail_on_seven(n: int) -> int:
    if n == 7:
        raise ValueError(f"cannot take {n}")
    return n


def _pid(_: int) -> int:
    return os.getpid()


def test_results_come_in_input_order_from_several_processes():
    assert list(ordered_map(_square, range(50), min_items=2, workers=3)) == [
        n * n for n in range(50)
    ]
    assert len(set(ordered_map(_pid, range(6), min_items=2, workers=2)) - {os.getpid()}) == 2


def test_small_work_stays_in_this_process():
    assert set(ordered_map(_pid, range(5), min_items=10, workers=2)) == {os.getpid()}


def _children() -> set[int]:
    """This process's children, zombies included. Other tests may leave a long-lived helper
    (a multiprocessing resource tracker, a server), so the pool is judged by what it adds."""
    found: set[int] = set()
    for task in Path(f"/proc/{os.getpid()}/task").iterdir():
        try:
            listed = (task / "children").read_text()
        except FileNotFoundError:
            continue  # a thread that ended between the listing and the read has no children
        found.update(int(pid) for pid in listed.split())
    return found


needs_proc = pytest.mark.skipif(
    not Path("/proc/self/task").is_dir(), reason="reads children from /proc"
)


@needs_proc
def test_an_error_in_a_worker_is_raised_in_the_parent_and_workers_are_reaped():
    before = _children()
    with pytest.raises(ValueError, match="cannot take 7"):
        list(ordered_map(_fail_on_seven, range(40), min_items=2, workers=2))
    assert _children() <= before  # no worker left, not even a zombie


@needs_proc
def test_stopping_early_stops_the_workers():
    before = _children()
    results = ordered_map(_square, range(100_000), min_items=2, workers=2)
    assert next(results) == 0
    assert len(_children() - before) == 2
    results.close()
    assert _children() <= before
