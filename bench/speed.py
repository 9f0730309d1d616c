"""Measure whole-process speed and peak memory of factcheck on generated corpora.

    python bench/speed.py [--sizes 10000 100000] [--claims 1000] [--work DIR]

Each run is a fresh `python -m factcheck` process (cold: reading, splitting and indexing
included), timed from outside; peak memory is the child's maximum resident set size.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(args: list[str]) -> tuple[float, float]:
    """Seconds and peak resident memory (MB) of one factcheck process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "factcheck", *args],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        check=False,
    )
    seconds = time.perf_counter() - start
    peak = max(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, before) / 1024
    return seconds, peak


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[10_000, 100_000])
    parser.add_argument("--claims", type=int, default=1_000)
    parser.add_argument("--work", type=Path, default=None)
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="factcheck-bench-"))
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    )
    print("| case | seconds | claims/s | peak MB |")
    print("|---|---|---|---|")
    seconds = min(
        run(["verify", "The ceasefire accord was first obtained in Doha on October 18-19, 2025."])[
            0
        ]
        for _ in range(5)
    )
    print(f"| verify 1 claim on the seeds (best of 5) | {seconds:.2f} | | |")
    for size in args.sizes:
        folder = work / f"corpus-{size}"
        if not folder.exists():
            subprocess.run(
                [
                    sys.executable,
                    str(ROOT / "bench" / "generate.py"),
                    str(folder),
                    "--sentences",
                    str(size),
                    "--claims",
                    str(args.claims),
                ],
                check=True,
                stdout=subprocess.DEVNULL,
            )
        seconds, peak = run(
            [
                "check",
                str(folder / "claims.txt"),
                "--sources",
                str(folder / "sources"),
                "--format",
                "jsonl",
                "--fail-on",
                "never",
            ]
        )
        print(
            f"| {args.claims:,} claims against {size:,} sentences, cold | {seconds:.2f} | {args.claims / seconds:,.0f} | {peak:,.0f} |"
        )
        seconds, peak = run(
            [
                "verify",
                "Maria Lopez said the bridge in Oslo would cost 12 million dollars.",
                "--sources",
                str(folder / "sources"),
                "--format",
                "json",
            ]
        )
        print(f"| 1 claim against {size:,} sentences, cold | {seconds:.2f} | | {peak:,.0f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
