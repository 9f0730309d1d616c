"""Judging on a real Dask cluster of two worker processes (marked ``cluster``)."""

from __future__ import annotations

import os
import signal
import sys
from collections import Counter

import pytest

from factcheck import check, load_sources
from factcheck.corpus.location import CorpusLocation
from factcheck.errors import ConfigError
from factcheck.judge.thresholds import Thresholds
from factcheck.models import Claim
from factcheck.run.cluster import judge_on_cluster, partitions

from .conftest import CLAIMS, SEEDS
from .services import postgres_server, unavailable

pytestmark = pytest.mark.cluster


def _claims(times: int) -> list[Claim]:
    texts = [
        line
        for line in (CLAIMS / "seeds.txt").read_text().splitlines()
        if line.strip() and not line.startswith("#")
    ]
    return [Claim(text, id=f"c{n}") for n, text in enumerate(texts * times)]


def _summary(judgements):
    return [
        (j.claim.id, j.verdict, round(j.score, 6), [(c.source, c.line) for c in j.citations])
        for j in judgements
    ]


@pytest.fixture(scope="module")
def cluster():
    try:
        import distributed  # noqa: F401  (only whether it is installed)
    except ImportError:
        unavailable("Dask is not installed (pip install -e '.[test]')")
    from factcheck.run.cluster import local_cluster

    with local_cluster(2) as (local, client):
        client.wait_for_workers(2)
        yield local, client


@pytest.fixture(scope="module")
def serial():
    claims = _claims(12)
    return claims, _summary(check(claims, load_sources([SEEDS])).judgements)


def test_partitions_are_consecutive_and_cover_every_claim():
    claims = _claims(3)
    parts = partitions(claims, workers=2)
    assert [c for part in parts for c in part] == claims
    assert len(parts) == 8  # four per worker
    assert [len(p) for p in partitions(claims, 2, size=10)][:2] == [10, 10]


def test_two_workers_give_the_serial_verdicts_in_input_order(cluster, serial):
    local, _ = cluster
    claims, expected = serial
    location = CorpusLocation.of_sources([SEEDS])
    results = judge_on_cluster(
        claims, location, Thresholds(), address=local.scheduler_address, partition_size=7
    )
    assert _summary(results) == expected


def test_workers_read_the_same_postgresql_collection(cluster):
    pytest.importorskip("psycopg")
    from factcheck.corpus.postgres import build_database_index, open_database

    local, _ = cluster
    claims = _claims(4)
    with postgres_server() as server:
        url = server.url(server.new_database(), collection="seeds")
        build_database_index([SEEDS], url)
        corpus = open_database(url)
        location = CorpusLocation.of_database(url, corpus)
        assert location.generation == 1
        results = judge_on_cluster(
            claims, location, Thresholds(), address=local.scheduler_address, partition_size=9
        )
        assert _summary(results) == _summary(check(claims, load_sources([SEEDS])).judgements)


def test_a_lost_worker_costs_a_rerun_never_a_lost_or_doubled_claim(cluster, serial):
    local, client = cluster
    claims, expected = serial
    pids = client.run(os.getpid)
    location = CorpusLocation.of_sources([SEEDS])
    results = judge_on_cluster(
        claims, location, Thresholds(), address=local.scheduler_address, partition_size=3
    )
    got = [next(results)]
    victim = sorted(pids.values())[0]
    os.kill(victim, signal.SIGKILL)  # in the middle of the run: its tasks are lost with it
    got.extend(results)
    assert Counter(j.claim.id for j in got) == Counter(c.id for c in claims)
    assert _summary(got) == expected
    client.wait_for_workers(2, timeout=60)
    assert victim not in client.run(os.getpid).values()


@pytest.mark.parametrize("fmt", ["json", "jsonl"])  # jsonl streams out as partitions come in
def test_check_with_local_workers_prints_what_a_plain_check_prints(run_cli, tmp_path, fmt):
    claims = tmp_path / "claims.txt"
    claims.write_text("\n".join(c.text for c in _claims(2)) + "\n")
    plain = run_cli("check", str(claims), "--sources", str(SEEDS), "--format", fmt)
    spread = run_cli(
        "check", str(claims), "--sources", str(SEEDS), "--format", fmt, "--workers", "2"
    )
    assert spread.code == plain.code == 1
    assert spread.out == plain.out
    assert spread.err.splitlines()[-1] == plain.err.splitlines()[-1]  # the summary


def test_without_dask_the_error_says_what_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)
    with pytest.raises(ConfigError, match=r"factcheck\[cluster\]"):
        list(
            judge_on_cluster(
                _claims(1), CorpusLocation.of_sources([SEEDS]), Thresholds(), workers=2
            )
        )
