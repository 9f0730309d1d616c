"""Show that `factcheck check` streams: memory stays flat however long the claims file is.

    python bench/streaming.py [--lines 10000 100000 1000000] [--formats jsonl csv]
                              [--max-seconds S] [--work DIR] [--python PATH] [--readme]

Writes claims files of each number of lines (invented news-like sentences from
bench/generate.py, the same seed giving the same files), checks each against the bundled seeds
with `--format jsonl` and `--format csv`, the results going to a file, and prints for each run
the time, the claims per second and the peak resident memory of the process (or of any worker
it started), and the resident memory of the process when the first 10,000 results had been
written and at the end. Results are written as each batch of claims is decided, so memory
should not grow with the number of lines. The script fails when a finished run's output does
not hold one result per claim. ``--max-seconds`` stops a run that takes longer (a million
claims on a slow or busy machine), and reports how far it got.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import sentence

ROOT = Path(__file__).resolve().parent.parent
START, END = "<!-- streaming:start -->", "<!-- streaming:end -->"


def claims_file(work: Path, lines: int) -> Path:
    path = work / f"claims-{lines}.txt"
    if not path.exists():
        rng = random.Random(lines)
        with path.open("w", encoding="utf-8") as out:
            for _ in range(lines):
                out.write(sentence(rng) + "\n")
    return path


def resident_mb(pid: int) -> float:
    """The resident memory of a running process, MB (0 once it has ended)."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


@dataclass
class Run:
    seconds: float
    peak: float
    """The largest resident memory of the process or any of its workers, MB."""
    early: float
    """The process's resident memory when 10,000 results had been written, MB."""
    late: float
    """Its resident memory when last seen running, MB."""
    lines: int
    finished: bool


def run(python: str, work: Path, claims: Path, fmt: str, max_seconds: float) -> Run:
    """Check ``claims``, watching the output grow and the process's memory once a second."""
    output = work / f"{claims.stem}.{fmt}"
    lines = 0
    early = late = 0.0
    with output.open("wb") as out, output.open("rb") as written:
        start = time.perf_counter()
        child = subprocess.Popen(
            [
                python,
                "-m",
                "factcheck",
                "check",
                str(claims),
                "--sources",
                str(ROOT / "seeds"),
                "--format",
                fmt,
                "--fail-on",
                "never",
            ],
            cwd=work,
            stdout=out,
            stderr=subprocess.DEVNULL,
        )
        finished = True
        while True:
            pid, status, usage = os.wait4(child.pid, os.WNOHANG)
            lines += sum(chunk.count(b"\n") for chunk in iter(lambda: written.read(1 << 20), b""))
            if pid:
                break
            late = resident_mb(child.pid) or late
            if not early and lines >= 10_000:
                early = late
            if time.perf_counter() - start > max_seconds:
                child.kill()
                finished = False
            time.sleep(1)
        seconds = time.perf_counter() - start
    output.unlink()
    if finished and os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"factcheck check {claims} --format {fmt} failed")
    return Run(seconds, usage.ru_maxrss / 1024, early, late, lines, finished)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, nargs="*", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--formats", nargs="*", default=["jsonl", "csv"])
    parser.add_argument("--max-seconds", type=float, default=float("inf"))
    parser.add_argument("--work", type=Path, default=None)
    parser.add_argument("--python", default=sys.executable, help="interpreter to run factcheck")
    parser.add_argument("--readme", action="store_true", help="rewrite the table in README.md")
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="factcheck-streaming-"))
    work.mkdir(parents=True, exist_ok=True)
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    )
    rows = [
        "| claims in the file | format | results written | seconds | claims/s | peak MB "
        "| MB at 10,000 results | MB at the end |",
        "|---|---|---|---|---|---|---|---|",
    ]
    print(*rows, sep="\n")
    for lines in args.lines:
        claims = claims_file(work, lines)
        for fmt in args.formats:
            done = run(args.python, work, claims, fmt, args.max_seconds)
            results = done.lines - (fmt == "csv")  # a header line
            if done.finished and results != lines:
                raise SystemExit(f"{fmt}: {results:,} results written for {lines:,} claims")
            stopped = "" if done.finished else f" (stopped after {done.seconds:.0f} s)"
            early = f"{done.early:,.0f}" if done.early else ""
            rows.append(
                f"| {lines:,} | {fmt} | {results:,}{stopped} | {done.seconds:.0f} "
                f"| {results / done.seconds:,.0f} | {done.peak:,.0f} | {early} | {done.late:,.0f} |"
            )
            print(rows[-1], flush=True)
    if args.readme:
        readme = ROOT / "README.md"
        text = readme.read_text(encoding="utf-8")
        if START not in text or END not in text:
            raise SystemExit("README.md has no streaming markers")
        head, rest = text.split(START, 1)
        table = "\n".join(rows)
        readme.write_text(f"{head}{START}\n{table}\n{END}{rest.split(END, 1)[1]}", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
