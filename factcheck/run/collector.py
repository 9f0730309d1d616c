"""Python's cycle collector, paused while a batch of claims is judged.

Judging makes no reference cycles: reference counting frees everything it makes. Yet the
collector runs anyway, every few hundred allocations, and each full pass walks every sentence
analysis kept for reuse, so that over a batch it took a fifth of the judging time. Paused, it
costs nothing; forked workers inherit the pause, so neither do they write to the pages of the
shared corpus to mark objects. The tests check that judging leaves no cycles behind.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    """No automatic cycle collection inside the block; restored as it was after it."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
