"""Measure whole-process speed and peak memory of factcheck on generated corpora.

    python bench/speed.py [--sizes 100000 200000] [--index-size 1000000] [--claims 1000]
                          [--work DIR] [--python PATH] [--readme]

Each run is a fresh `python -m factcheck` process, timed from outside. "Cold" runs read, split
and index the sources in the process; "indexed" runs use an index built first by
`factcheck index` (its build is timed too). Peak memory is the largest resident set of the
process or of any worker it started. Corpora and claims come from bench/generate.py, so the
same arguments give the same files. ``--python`` runs factcheck with another interpreter, such
as a virtual environment's with factcheck installed as a user installs it (``pip install .``).
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from generate import generated  # bench/ is on the path of a bench script

ROOT = Path(__file__).resolve().parent.parent
SEED_CLAIM = "The ceasefire accord was first obtained in Doha on October 18-19, 2025."
CORPUS_CLAIM = "Maria Lopez said the bridge in Oslo would cost 12 million dollars."


PYTHON = sys.executable
WORK = Path.cwd()
# As installed by pip, factcheck's modules are compiled once; a setting that stops Python from
# caching bytecode would add that compilation to every run measured here.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def run(args: list[str]) -> tuple[float, float]:
    """Seconds and peak resident memory (MB) of one factcheck process."""
    start = time.perf_counter()
    child = subprocess.Popen(
        [PYTHON, "-m", "factcheck", *args],
        cwd=WORK,  # not the source tree, so that the installed factcheck is the one measured
        env=ENV,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise SystemExit(f"factcheck {' '.join(args)} failed")
    return seconds, usage.ru_maxrss / 1024


def best_of(times: int, args: list[str]) -> tuple[float, float]:
    run(args)  # a first run compiles and caches what the others then load
    runs = [run(args) for _ in range(times)]
    return min(s for s, _ in runs), max(m for _, m in runs)


def corpus(work: Path, size: int, claims: int) -> Path:
    return generated(work / f"corpus-{size}", size, claims)


ROWS: list[str] = []
START, END = "<!-- speed:start -->", "<!-- speed:end -->"


def row(case: str, seconds: float, peak: float, claims: int | None = None) -> None:
    rate = f"{claims / seconds:,.0f}" if claims else ""
    ROWS.append(f"| {case} | {seconds:.2f} | {rate} | {peak:,.0f} |")
    print(ROWS[-1], flush=True)


def rewrite_readme() -> None:
    """Put the table just measured between the speed markers of README.md."""
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    if START not in text or END not in text:
        raise SystemExit("README.md has no speed markers")
    table = "\n".join(["| case | seconds | claims/s | peak MB |", "|---|---|---|---|", *ROWS])
    head, rest = text.split(START, 1)
    readme.write_text(f"{head}{START}\n{table}\n{END}{rest.split(END, 1)[1]}", encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[100_000, 200_000])
    parser.add_argument("--index-size", type=int, default=1_000_000)
    parser.add_argument("--claims", type=int, default=1_000)
    parser.add_argument("--work", type=Path, default=None)
    parser.add_argument("--python", default=sys.executable, help="interpreter to run factcheck")
    parser.add_argument("--readme", action="store_true", help="rewrite the table in README.md")
    args = parser.parse_args()
    global PYTHON, WORK
    PYTHON = args.python
    work = args.work or Path(tempfile.mkdtemp(prefix="factcheck-bench-"))
    work.mkdir(parents=True, exist_ok=True)  # the processes run in it
    WORK = work
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    )
    print("| case | seconds | claims/s | peak MB |")
    print("|---|---|---|---|")
    seconds, peak = best_of(5, ["verify", SEED_CLAIM])
    row("`verify`, 1 claim on the seeds (best of 5)", seconds, peak)
    batch = ["--format", "jsonl", "--fail-on", "never"]
    for size in args.sizes:
        folder = corpus(work, size, args.claims)
        sources = ["--sources", str(folder / "sources")]
        seconds, peak = best_of(3, ["check", str(folder / "claims.txt"), *sources, *batch])
        row(
            f"{args.claims:,} claims against {size:,} sentences, cold (best of 3)",
            seconds,
            peak,
            args.claims,
        )
    if args.index_size:
        size = args.index_size
        folder = corpus(work, size, args.claims)
        index = work / f"index-{size}"
        shutil.rmtree(index, ignore_errors=True)  # time a whole build, not an update
        sources = ["--sources", str(folder / "sources"), "--index", str(index)]
        seconds, peak = run(["index", str(folder / "sources"), "--index", str(index)])
        megabytes = sum(f.stat().st_size for f in index.rglob("*") if f.is_file()) / 1e6
        row(f"`index` of {size:,} sentences ({megabytes:,.0f} MB on disk)", seconds, peak)
        seconds, peak = best_of(3, ["verify", CORPUS_CLAIM, *sources, "--format", "json"])
        row(f"1 claim against {size:,} sentences, indexed (best of 3)", seconds, peak)
        seconds, peak = run(["check", str(folder / "claims.txt"), *sources, *batch])
        row(
            f"{args.claims:,} claims against {size:,} sentences, indexed",
            seconds,
            peak,
            args.claims,
        )
    if args.readme:
        rewrite_readme()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
