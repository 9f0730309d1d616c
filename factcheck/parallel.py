"""Map a function over many items on every core, results in input order.

Worker processes are forked, so what the function reads (a corpus of hundreds of megabytes)
is shared copy-on-write instead of being pickled to each worker. Worker ``k`` of ``n`` takes
items ``k, k + n, k + 2n, ...`` and streams its results through a pipe; the parent reads the
pipes in turn, so results come in input order and a worker that runs ahead blocks on its full
pipe instead of piling results up in memory. (``multiprocessing.Pool`` costs the parent a core's
worth of time handing results over at this rate.) Workers ignore Ctrl-C: the parent receives
it, stops them and reports the interruption once. Where ``fork`` does not exist, or the work is
small, the map runs in this process: same results, in the same order.
"""

from __future__ import annotations

import contextlib
import os
import signal
from collections.abc import Callable, Iterator, Sequence
from typing import BinaryIO, TypeVar

_PIPE_READ = 1 << 16  # bytes a Linux pipe holds by default
Item = TypeVar("Item")
Result = TypeVar("Result")


def available_cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _serve(function: Callable[[Item], Result], items: Sequence[Item], pipe: int) -> None:
    """A worker's life: map its share of the items into the pipe, then exit without running
    anything of the parent's (no ``finally`` of its stack, no ``atexit``)."""
    import pickle  # imported by the parent before it forks (see ``ordered_map``)

    code = 0
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        with os.fdopen(pipe, "wb") as out:
            for item in items:
                try:
                    reply = (True, function(item))
                except Exception as error:  # handed to the parent, raised there
                    reply = (False, error)
                pickle.dump(reply, out, protocol=pickle.HIGHEST_PROTOCOL)
    except BaseException:
        code = 1  # the parent stopped reading (it failed or was interrupted)
    finally:
        os._exit(code)


class Results(Iterator[Result]):
    """The results of ``ordered_map``, in input order. ``close()`` (or the end of the results,
    or an error) stops and reaps the workers; it is safe to call more than once."""

    def __init__(
        self, serial: Iterator[Result], pids: list[int], pipes: list[BinaryIO], count: int = 0
    ) -> None:
        self._serial = serial
        self._pids = pids
        self._pipes = pipes
        self._taken = 0
        self._count = count

    def __iter__(self) -> Results[Result]:
        return self

    def __next__(self) -> Result:
        if not self._pipes:
            return next(self._serial)
        if self._taken == self._count:
            self.close()
            raise StopIteration
        import pickle  # imported before the workers were forked (see ``ordered_map``)

        try:
            ok, value = pickle.load(self._pipes[self._taken % len(self._pipes)])
        except BaseException:
            self.close()
            raise
        self._taken += 1
        if not ok:
            self.close()
            raise value
        return value

    def close(self) -> None:
        _stop(self._pids, self._pipes)
        self._pids, self._pipes, self._serial = [], [], iter(())

    def __del__(self) -> None:
        self.close()


def ordered_map(
    function: Callable[[Item], Result],
    items: Sequence[Item],
    *,
    min_items: int,
    workers: int | None = None,
) -> Results[Result]:
    """``map(function, items)``, on ``workers`` processes (default: every core) when there are
    at least ``min_items`` items.

    The workers are forked here, before anything else starts threads (tantivy's indexing, for
    one): a forked child has only the forking thread, and must not depend on the others.
    """
    workers = min(workers or available_cores(), len(items))
    if workers < 2 or len(items) < min_items or not hasattr(os, "fork"):
        return Results(map(function, items), [], [])
    # Here, not at the top: a map run in this process (one claim) never needs it. Imported
    # before forking, so that each worker does not import it again.
    import pickle  # noqa: F401

    pids: list[int] = []
    pipes: list[BinaryIO] = []
    try:
        for k in range(workers):
            read_end, write_end = os.pipe()
            pid = os.fork()
            if pid == 0:
                os.close(read_end)
                for other in pipes:
                    other.close()
                _serve(function, items[k::workers], write_end)
            os.close(write_end)
            pids.append(pid)
            # A pipe's worth at a time: several results per read when a worker is ahead.
            pipes.append(os.fdopen(read_end, "rb", buffering=_PIPE_READ))
    except BaseException:
        _stop(pids, pipes)
        raise
    return Results(iter(()), pids, pipes, len(items))


def _stop(pids: list[int], pipes: list[BinaryIO]) -> None:
    for pipe in pipes:
        pipe.close()
    for pid in pids:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGTERM)  # one still running when the parent stopped early
        os.waitpid(pid, 0)
