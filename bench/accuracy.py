"""Score factcheck on one half of every labelled set, with evidence recall and speed.

    python bench/accuracy.py [--eval-dir ../shared/eval] [--sets wice fever] [--limit N]

Each set is a folder in the format of the labelled sets (claims.jsonl + sources/). The table
compares factcheck with two baselines computed here: the majority label, and "best rapidfuzz
token_set_ratio sentence >= T means supported, else unmentioned" with T chosen on the scored
half itself (an upper bound for that floor). The README's accuracy table, with the floor fitted
on the tune half and leave-one-set-out figures, is written by bench/generalisation.py.
"""

from __future__ import annotations

import argparse
import platform
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck.api import load_sources  # noqa: E402
from factcheck.evaluation.scoring import evaluate, fuzzy_baseline, load_set, majority_baseline  # noqa: E402
from factcheck.evaluation.split import Half  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval-dir", default=str(ROOT.parent / "shared" / "eval"))
    parser.add_argument("--sets", nargs="*", help="set names (default: every folder)")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument(
        "--half",
        choices=[h.value for h in Half],
        default=Half.CHECK.value,
        help="which fixed half of each set to score (default: check, never tuned on)",
    )
    args = parser.parse_args()
    eval_dir = Path(args.eval_dir)
    if not eval_dir.is_dir():
        print(f"no labelled sets at {eval_dir}; nothing to measure", file=sys.stderr)
        return 0
    names = args.sets or sorted(
        p.name for p in eval_dir.iterdir() if (p / "claims.jsonl").is_file()
    )
    print(
        "| set | claims | accuracy | macro-F1 | majority baseline | rapidfuzz baseline "
        "| evidence recall | claims/s |\n|---|---|---|---|---|---|---|---|"
    )
    for name in names:
        labelled = load_set(eval_dir / name).only(Half(args.half))
        corpus = load_sources([labelled.sources])
        result = evaluate(labelled, corpus=corpus, limit=args.limit)
        if args.limit:
            labelled.claims[:] = labelled.claims[: args.limit]
        fuzzy, threshold = fuzzy_baseline(labelled, corpus)
        recall = "—" if result.evidence_recall is None else f"{result.evidence_recall:.2f}"
        print(
            f"| {name} | {result.n} | {result.accuracy:.3f} | **{result.macro_f1:.3f}** | "
            f"{majority_baseline(labelled):.3f} | {fuzzy:.3f} (T={threshold}) | {recall} | "
            f"{result.claims_per_second:,.0f} |",
            flush=True,
        )
    print(
        f"\n{args.half.capitalize()} halves. Measured by `python bench/accuracy.py` on "
        f"{platform.machine()} with {_cores()} cores, Python {platform.python_version()}."
    )
    return 0


def _cores() -> int:
    import os

    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


if __name__ == "__main__":
    raise SystemExit(main())
