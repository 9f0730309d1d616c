"""Measure `factcheck sources` (the audit of a collection) on a generated corpus.

    python bench/sources.py [--size 100000] [--work DIR] [--python PATH] [--runs 1]

A fresh `python -m factcheck sources` process is timed from outside: wall seconds, the CPU
seconds of the process and its workers, and the peak memory of the largest. The corpus comes
from bench/generate.py (the same arguments give the same files): news-like sentences written
from a small vocabulary, so that nearly every sentence has look-alikes in other files, the
hardest case for the pairs' search and the most findings to judge. On a machine busy with other
work the wall time grows and the CPU time does not: both are printed.
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from generate import generated  # bench/ is on the path of a bench script

ROOT = Path(__file__).resolve().parent.parent


def corpus(work: Path, size: int) -> Path:
    return generated(work / f"corpus-{size}", size, 1) / "sources"


def run(python: str, sources: Path, work: Path) -> tuple[float, float, int]:
    """Wall seconds, peak MB and the number of findings of one audit."""
    out = work / "findings.jsonl"
    start = time.perf_counter()
    with out.open("w") as sink:
        child = subprocess.Popen(
            [python, "-m", "factcheck", "sources", str(sources), "--format", "jsonl"],
            cwd=work,
            stdout=sink,
            stderr=subprocess.DEVNULL,
        )
        _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise SystemExit("factcheck sources failed")
    with out.open() as lines:
        findings = sum(1 for _ in lines)
    return seconds, usage.ru_maxrss / 1024, findings


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--work", type=Path, default=None)
    parser.add_argument("--python", default=sys.executable, help="interpreter to run factcheck")
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="factcheck-bench-sources-"))
    sources = corpus(work, args.size)
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python "
        f"{platform.python_version()}, load average {os.getloadavg()[0]:.1f}"
    )
    for n in range(args.runs):
        # The CPU time of every process reaped, the audit's workers included (a process's
        # children's times count once it has waited for them).
        before = os.times()
        seconds, peak, findings = run(args.python, sources, work)
        after = os.times()
        cpu = (after.children_user - before.children_user) + (
            after.children_system - before.children_system
        )
        print(
            f"run {n + 1}: `factcheck sources` on {args.size:,} sentences: {seconds:.1f} s wall, "
            f"{cpu:.1f} s CPU (all processes), peak {peak:,.0f} MB, {findings:,} findings"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
