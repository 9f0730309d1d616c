"""Measure the shared PostgreSQL index and judging on a Dask cluster.

    python bench/database.py [--url postgresql://USER@HOST/postgres] [--work DIR]
                             [--eval-dir ../shared/eval] [--parts equal speed concurrent cluster]
                             [--python PATH] [--readme]

Without ``--url`` a throwaway PostgreSQL server is started from the installed binaries (as the
tests do). Each part creates its own database on the server.

- ``equal``: verdicts, scores, citations and conflicts from the database equal those from the
  sources read locally, on the seeds and on every labelled set in ``--eval-dir``; every
  difference is listed.
- ``speed``: 1 claim against 1,000,000 sentences in the database, warm (whole process, best
  of 5), and 1,000 claims, against the same sentences in a local index.
- ``concurrent``: 8 `check` processes at once and one `index --to` update meanwhile; all must
  succeed and print the same results.
- ``cluster``: 10,000 claims judged on one and on two local Dask workers (the corpus read from
  the database), and a run in which a worker is killed midway.

Corpora and claims come from bench/generate.py. The timed commands are fresh
`python -m factcheck` processes; ``--python`` runs them with another interpreter, such as a
virtual environment's with factcheck installed as a user installs it
(``pip install '.[postgres]'``: its modules compiled, no editable-install hook). ``--readme``
rewrites the measured table in README.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generate import generated  # noqa: E402  (bench/ is on the path of a bench script)

from factcheck import check, load_sources  # noqa: E402
from factcheck.corpus.location import CorpusLocation  # noqa: E402
from factcheck.corpus.postgres import build_database_index, open_database  # noqa: E402
from factcheck.ingest.claims import read_claims  # noqa: E402
from factcheck.judge.thresholds import Thresholds  # noqa: E402
from factcheck.models import Claim  # noqa: E402

START, END = "<!-- database:start -->", "<!-- database:end -->"
ROWS: list[str] = []
PYTHON = sys.executable


def row(case: str, value: str, note: str = "") -> None:
    line = f"| {case} | {value} | {note} |"
    ROWS.append(line)
    print(line, flush=True)


def new_database(admin_url: str, name: str) -> str:
    """A fresh database ``name`` on the server; its URL."""
    import psycopg

    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        conn.execute(f"CREATE DATABASE {name}")
    base, _, query = admin_url.partition("?")
    return f"{base.rsplit('/', 1)[0]}/{name}" + (f"?{query}" if query else "")


def with_collection(url: str, name: str) -> str:
    return f"{url}{'&' if '?' in url else '?'}collection={name}"


def summary(judgement) -> tuple:
    return (
        judgement.claim.id,
        judgement.verdict.value,
        round(judgement.score, 6),
        tuple((c.source, c.line, c.start, c.end) for c in judgement.citations),
        tuple((k.kind.value, k.claim_text, k.source_text) for k in judgement.conflicts),
    )


def equal(admin_url: str, eval_dir: Path) -> None:
    url = new_database(admin_url, "bench_equal")
    sets = [("seeds", read_claims(str(ROOT / "claims" / "seeds.jsonl")), ROOT / "seeds")]
    if eval_dir.is_dir():
        from factcheck.evaluation.scoring import load_set

        for folder in sorted(p for p in eval_dir.iterdir() if (p / "claims.jsonl").is_file()):
            labelled = load_set(folder)
            sets.append((folder.name, labelled.claims, labelled.sources))
    total = differ = 0
    for name, claims, sources in sets:
        target = with_collection(url, name.replace("-", "_"))
        build_database_index([sources], target)
        shared = open_database(target)
        local = [
            summary(j) for j in check(claims, load_sources([sources]), workers=None).judgements
        ]
        remote = [summary(j) for j in check(claims, shared, workers=None).judgements]
        differences = [(a, b) for a, b in zip(local, remote, strict=True) if a != b]
        total += len(claims)
        differ += len(differences)
        row(
            f"verdicts equal to the local ones: {name}",
            f"{len(claims) - len(differences):,} / {len(claims):,}",
        )
        for a, b in differences[:10]:
            print(f"    local: {a}\n    database: {b}", flush=True)
    row("verdicts equal, all sets", f"{total - differ:,} / {total:,}")


def timed(args: list[str], env: dict | None = None) -> tuple[float, subprocess.CompletedProcess]:
    start = time.perf_counter()
    done = subprocess.run(
        [PYTHON, "-m", "factcheck", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        cwd=tempfile.gettempdir(),
    )
    seconds = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise SystemExit(f"factcheck {' '.join(args)} failed: {done.stderr[-500:]}")
    return seconds, done


def corpus(work: Path, sentences: int, claims: int) -> Path:
    return generated(work / f"corpus-{sentences}-{claims}", sentences, claims)


def speed(admin_url: str, work: Path, size: int) -> str:
    folder = corpus(work, size, 1_000)
    url = new_database(admin_url, "bench_speed")
    seconds, _ = timed(["index", str(folder / "sources"), "--to", url])
    row(f"`index --to` of {size:,} sentences", f"{seconds:.1f} s")
    seconds, _ = timed(["index", str(folder / "sources"), "--to", url])
    row("`index --to` again, nothing changed", f"{seconds:.1f} s")
    claim = (folder / "claims.txt").read_text().splitlines()[0]
    timed(["verify", claim, "--index", url])  # warm the server's cache
    best = min(timed(["verify", claim, "--index", url])[0] for _ in range(5))
    row(f"1 claim against {size:,} sentences in the database, warm (best of 5)", f"{best:.2f} s")
    # The same without the process's start-up: opening the collection (a connection, its
    # files) and checking the claim, in a process that has imported factcheck.
    seconds = []
    for _ in range(5):
        start = time.perf_counter()
        check([claim], open_database(url), workers=1)
        seconds.append(time.perf_counter() - start)
    row(
        f"1 claim against {size:,} sentences in the database: opening it and checking, "
        "without start-up (best of 5)",
        f"{min(seconds):.2f} s",
    )
    claims = str(folder / "claims.txt")
    index = work / f"local-{size}.index"
    if not index.exists():
        timed(["index", str(folder / "sources"), "--index", str(index)])
    local_one = ["verify", claim, "--sources", str(folder / "sources"), "--index", str(index)]
    timed(local_one)
    best = min(timed(local_one)[0] for _ in range(5))
    row(f"1 claim against {size:,} sentences in a local index, warm (best of 5)", f"{best:.2f} s")
    seconds = []
    for _ in range(5):
        start = time.perf_counter()
        check(
            [claim], CorpusLocation.of_sources([folder / "sources"], str(index)).open(), workers=1
        )
        seconds.append(time.perf_counter() - start)
    row(
        f"1 claim against {size:,} sentences in a local index: opening it and checking, "
        "without start-up (best of 5)",
        f"{min(seconds):.2f} s",
    )
    local_runs = [
        timed(
            [
                "check",
                claims,
                "--sources",
                str(folder / "sources"),
                "--index",
                str(index),
                "--format",
                "jsonl",
            ]
        )
        for _ in range(2)
    ]
    shared_runs = [timed(["check", claims, "--index", url, "--format", "jsonl"]) for _ in range(2)]
    local = min(seconds for seconds, _ in local_runs)
    shared = min(seconds for seconds, _ in shared_runs)
    import json

    def verdicts(done: subprocess.CompletedProcess) -> list[tuple]:
        records = [json.loads(line) for line in done.stdout.splitlines() if line.strip()]
        return [
            (r["id"], r["verdict"], [(c["source"], c["line"]) for c in r["citations"]])
            for r in records
        ]

    same = sum(
        a == b for a, b in zip(verdicts(local_runs[0][1]), verdicts(shared_runs[0][1]), strict=True)
    )
    row(
        f"1,000 claims against {size:,} sentences: verdicts and citations equal to the local index's",
        f"{same:,} / 1,000",
    )
    whole = sum(
        a == b
        for a, b in zip(
            local_runs[0][1].stdout.splitlines(), shared_runs[0][1].stdout.splitlines(), strict=True
        )
    )
    row("... and their whole JSON records (confidence too)", f"{whole:,} / 1,000")
    row(f"1,000 claims against {size:,} sentences, local index (best of 2)", f"{local:.2f} s")
    row(
        f"1,000 claims against {size:,} sentences, database (best of 2)",
        f"{shared:.2f} s",
        f"{shared / local:.1f}x the local index",
    )
    corpus_ = open_database(url)
    exact = corpus_.terms
    for text in (folder / "claims.txt").read_text().splitlines()[:100]:
        check([text], corpus_)
    row(
        "searches whose ranking is provably the local index's",
        f"{exact.exact_searches:,} / {exact.searches:,}",
    )
    # The sentences BM25 ranks first (the fuzzy pass's pool), from each index.
    from factcheck.corpus.collection import FUZZY_POOL
    from factcheck.judge.candidates import _quantity_terms
    from factcheck.language.analysis import analyse

    local_corpus = CorpusLocation.of_sources([folder / "sources"], str(index)).open()
    alike = 0
    texts = (folder / "claims.txt").read_text().splitlines()
    for text in texts:
        analysed = analyse(text)
        words = [t.lower for t in analysed.content] + _quantity_terms(analysed)
        ours = corpus_.terms.search(words, [], FUZZY_POOL)
        alike += list(ours) == list(local_corpus.terms.search(words, [], FUZZY_POOL))
    row(
        f"of the 1,000 claims, the {FUZZY_POOL} sentences BM25 ranks first are the local index's",
        f"{alike:,} / {len(texts):,}",
    )
    return url


def concurrent(admin_url: str, work: Path) -> None:
    folder = corpus(work, 100_000, 200)
    url = new_database(admin_url, "bench_concurrent")
    timed(["index", str(folder / "sources"), "--to", url])
    claims = str(folder / "claims.txt")
    _, reference = timed(["check", claims, "--index", url, "--format", "jsonl"])
    extra = folder / "sources" / "zz-added.txt"
    extra.write_text("The Vellmar ferry council met on a Tuesday to discuss the harbour lights.\n")
    outputs: list[subprocess.CompletedProcess] = []
    errors: list[str] = []

    def one(args: list[str]) -> None:
        try:
            outputs.append(timed(args)[1])
        except SystemExit as error:
            errors.append(str(error))

    threads = [
        threading.Thread(target=one, args=(["check", claims, "--index", url, "--format", "jsonl"],))
        for _ in range(8)
    ]
    updater = threading.Thread(target=one, args=(["index", str(folder / "sources"), "--to", url],))
    start = time.perf_counter()
    for t in [*threads[:4], updater, *threads[4:]]:
        t.start()
    for t in [*threads, updater]:
        t.join()
    seconds = time.perf_counter() - start
    extra.unlink()
    checks = [o for o in outputs if o.args[3] == "check"]
    same = sum(1 for o in checks if o.stdout == reference.stdout)
    row(
        "8 concurrent `check` runs (200 claims, 100,000 sentences) + 1 `index --to` update",
        f"{len(errors)} errors, {same} / 8 identical to a lone run",
        f"{seconds:.1f} s in all",
    )


def cluster(work: Path) -> None:
    from factcheck.run.cluster import judge_on_cluster, local_cluster

    folder = corpus(work, 100_000, 10_000)
    # The workers read a local index all of them see: judging alone is measured, not the
    # database sharing this machine's cores.
    index = work / "cluster-100000.index"
    timed(["index", str(folder / "sources"), "--index", str(index)])
    claims = [
        Claim(t, id=str(n))
        for n, t in enumerate((folder / "claims.txt").read_text().splitlines(), 1)
    ]
    location = CorpusLocation.of_sources([folder / "sources"], str(index))
    times = {}
    for workers in (1, 2):
        with local_cluster(workers) as (local, _):
            # Each worker opens the collection once: warmed on a few claims first.
            list(
                judge_on_cluster(
                    claims[: 4 * workers],
                    location,
                    Thresholds(),
                    address=local.scheduler_address,
                    partition_size=1,
                )
            )
            start = time.perf_counter()
            results = list(
                judge_on_cluster(claims, location, Thresholds(), address=local.scheduler_address)
            )
            times[workers] = time.perf_counter() - start
            assert [j.claim.id for j in results] == [c.id for c in claims]
        row(
            f"10,000 claims on {workers} Dask worker(s), 100,000 sentences",
            f"{times[workers]:.1f} s",
            f"{len(claims) / times[workers]:,.0f} claims/s",
        )
    row("speed-up of two workers over one", f"{times[1] / times[2]:.2f}x")
    with local_cluster(2) as (local, client):
        pids = sorted(client.run(os.getpid).values())
        reference = {
            j.claim.id: summary(j)
            for j in check(claims[:2000], location.open(), workers=None).judgements
        }
        results = judge_on_cluster(
            claims[:2000],
            location,
            Thresholds(),
            address=local.scheduler_address,
            partition_size=50,
        )
        got = [next(results)]
        os.kill(pids[0], signal.SIGKILL)
        got.extend(results)
        counts = Counter(j.claim.id for j in got)
        once = sum(1 for c in claims[:2000] if counts[c.id] == 1)
        same = sum(1 for j in got if reference[j.claim.id] == summary(j))
        row(
            "a worker killed midway through 2,000 claims",
            f"{once:,} / 2,000 judged exactly once, {same:,} equal to a serial run",
            f"{len(got):,} results",
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="an administrator URL of a PostgreSQL server")
    parser.add_argument(
        "--work", type=Path, default=Path(tempfile.gettempdir()) / "factcheck-bench"
    )
    parser.add_argument("--eval-dir", type=Path, default=ROOT.parent / "shared" / "eval")
    parser.add_argument("--size", type=int, default=1_000_000)
    parser.add_argument("--parts", nargs="*", default=["equal", "speed", "concurrent", "cluster"])
    parser.add_argument("--python", default=sys.executable, help="interpreter to run factcheck")
    parser.add_argument("--readme", action="store_true")
    args = parser.parse_args()
    global PYTHON
    PYTHON = args.python
    args.work.mkdir(parents=True, exist_ok=True)
    server = None
    admin_url = args.url
    if admin_url is None:
        sys.path.insert(0, str(ROOT / "tests"))
        from services import PostgresServer, postgres_bindir

        bindir = postgres_bindir()
        if bindir is None:
            raise SystemExit("no PostgreSQL binaries; give --url")
        server = PostgresServer(bindir)
        server.start()
        admin_url = server.url()
    try:
        load = os.getloadavg()[0]
        if "equal" in args.parts:
            equal(admin_url, args.eval_dir)
        if "speed" in args.parts:
            speed(admin_url, args.work, args.size)
        if "concurrent" in args.parts:
            concurrent(admin_url, args.work)
        if "cluster" in args.parts:
            cluster(args.work)
        cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
        installed = "" if sys.executable == PYTHON else " --python ..."
        note = (
            f"Measured by `python bench/database.py{installed}` on {platform.machine()} with "
            f"{cores} cores, "
            f"Python {platform.python_version()}, PostgreSQL on the same machine (load average "
            f"{load:.1f} at the start, {os.getloadavg()[0]:.1f} at the end)."
        )
        print(note)
        table = "\n".join(["| case | result | note |", "|---|---|---|", *ROWS, "", note])
        readme = ROOT / "README.md"
        text = readme.read_text(encoding="utf-8")
        if args.readme and START in text and END in text:
            text = re.sub(
                re.escape(START) + ".*?" + re.escape(END),
                f"{START}\n{table}\n{END}",
                text,
                flags=re.S,
            )
            readme.write_text(text, encoding="utf-8")
    finally:
        if server is not None:
            server.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
