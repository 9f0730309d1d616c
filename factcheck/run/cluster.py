"""Judge a batch of claims on a Dask cluster, results in input order.

The claims are cut into partitions (a few per worker, so that a fast worker takes more), each
judged by one task on a worker that opens the corpus from its location (``CorpusLocation``:
the same database collection and generation, or paths all workers can see) once per process.
Results are taken partition by partition in input order and yielded as they come, so output
can start before the last partition is judged. Each partition is one task whose result is
read once: when a worker is lost, the scheduler runs its unfinished tasks again elsewhere, so
a claim is never lost nor judged into the output twice.

``address`` names a running scheduler (``tcp://host:8786``); without one, ``workers`` local
worker processes are started for the run.
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from typing import Any

from ..corpus.collection import Corpus
from ..corpus.location import CorpusLocation
from ..errors import ConfigError, InputError
from ..judge.decision import judge_claim
from ..judge.rules import all_rules
from ..judge.thresholds import Thresholds
from ..models import Claim, Judgement
from . import collector

ENVIRONMENT = "FACTCHECK_CLUSTER"
# Partitions per worker: several, so that the work evens out, few, as each costs a round trip.
PARTS_PER_WORKER = 4
MAX_PARTITION = 500

# The corpora a worker process has opened, by location: opened once, used by every task.
_opened: dict[CorpusLocation, Corpus] = {}


def _distributed() -> Any:
    try:
        import distributed
    except ImportError:
        raise ConfigError(
            None, "judging on a cluster needs Dask: pip install 'factcheck[cluster]'"
        ) from None
    return distributed


def judge_partition(
    location: CorpusLocation, thresholds: Thresholds, candidates: bool, claims: Sequence[Claim]
) -> list[Judgement]:
    """One partition's judgements, in order (runs on a worker)."""
    corpus = _opened.get(location)
    if corpus is None:
        corpus = _opened[location] = location.open()
        all_rules()
    with collector.paused():
        return [judge_claim(claim, corpus, thresholds, candidates) for claim in claims]


def partitions(claims: Sequence[Claim], workers: int, size: int | None = None) -> list[list[Claim]]:
    """Consecutive slices of the claims: ``size`` each, else a few per worker."""
    if size is None:
        size = min(MAX_PARTITION, math.ceil(len(claims) / (max(1, workers) * PARTS_PER_WORKER)))
    size = max(1, size)
    return [list(claims[i : i + size]) for i in range(0, len(claims), size)]


def judge_on_cluster(
    claims: Sequence[Claim],
    location: CorpusLocation,
    thresholds: Thresholds,
    *,
    address: str | None = None,
    workers: int | None = None,
    candidates: bool = False,
    partition_size: int | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Iterator[Judgement]:
    """Every claim's judgement, in input order, judged on the cluster at ``address`` or on
    ``workers`` local worker processes (see the module's notes)."""
    distributed = _distributed()
    with ExitStack() as stack:
        client = stack.enter_context(_client(distributed, address, workers))
        count = len(client.scheduler_info().get("workers", {})) or workers or 1
        run = uuid.uuid4().hex[:12]
        futures = [
            client.submit(
                judge_partition,
                location,
                thresholds,
                candidates,
                part,
                key=f"factcheck-judge-{run}-{k}",
                pure=False,
            )
            for k, part in enumerate(partitions(claims, count, partition_size))
        ]
        done = 0
        for future in futures:
            judgements = future.result()
            future.release()
            done += len(judgements)
            if progress:
                progress(done, len(claims))
            yield from judgements


@contextmanager
def _client(distributed: Any, address: str | None, workers: int | None) -> Iterator[Any]:
    """A client of the scheduler at ``address``, or of a local cluster started for the run."""
    if address:
        try:
            client = distributed.Client(address, timeout="20s")
        except OSError as error:
            raise InputError(address, f"cannot reach the Dask scheduler: {error}") from None
        with client:
            yield client
        return
    with local_cluster(max(1, workers or 1)) as (_, client):
        yield client


@contextmanager
def local_cluster(workers: int) -> Iterator[tuple[Any, Any]]:
    """A Dask cluster of ``workers`` single-threaded worker processes on this machine, and a
    client of it; both closed on leaving."""
    import logging

    import distributed

    with (
        distributed.LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=":0",
            silence_logs=logging.ERROR,
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        yield cluster, client
