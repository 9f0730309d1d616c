"""How the verdicts hold on claims nobody tuned on; rewrites the accuracy table in README.md.

    python bench/generalisation.py [--eval-dir ../shared/eval] [--sets ...] [--limit N] [--no-readme]

Two measures per labelled set, both scored with the gold-label macro-F1 of ``factcheck eval``:
- check half: the shipped thresholds and confidence model, on the half of the set never used for
  fitting or reading errors;
- leave-one-set-out: thresholds and confidence model fitted on the tune halves of the other
  sets only, scored on this set's check half: how the fitting does on a kind of text it has
  never seen.
Beside them the floor: the plain rapidfuzz checker ("best sentence scores >= T: supported, else
unmentioned") with T fitted on the set's tune half, scored on its check half. And the gate:
precision and recall of "contradicted" at the default (every contradicted verdict fails a run)
and counting only verdicts at or above the CI ``--min-confidence``, and the share of WiCE claims
(which has no contradicted gold) called contradicted.
"""

from __future__ import annotations

import argparse
import platform
import re
import sys
from dataclasses import replace
from pathlib import Path

from fitting import (
    CONTRADICTED,
    DEFAULT_EVAL,
    ROOT,
    SetData,
    choose_ci_threshold,
    contradicted_at,
    examples,
    fit_model,
    fmt,
    fuzzy_floor,
    macro_f1,
    prepare,
    probabilities,
    reliability,
    set_names,
)

from factcheck.evaluation.scoring import CONTRADICT_GRID, SUPPORT_GRID
from factcheck.evaluation.split import Half
from factcheck.judge.confidence import ci_min_confidence, shipped_model
from factcheck.judge.thresholds import Thresholds

START, END = "<!-- accuracy:start -->", "<!-- accuracy:end -->"
TARGET = 0.85
"""As in bench/fit_confidence.py: the precision the CI bar is chosen to reach on tune halves."""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL)
    parser.add_argument("--sets", nargs="*", help="set names (default: every folder)")
    parser.add_argument("--limit", type=int, default=None, help="only the first N claims of each")
    parser.add_argument("--no-readme", action="store_true", help="print only")
    args = parser.parse_args()
    if not args.eval_dir.is_dir():
        print(f"no labelled sets at {args.eval_dir}; nothing to measure", file=sys.stderr)
        return 0
    base = Thresholds()
    names = set_names(args.eval_dir, args.sets)
    print(f"reading {len(names)} sets", file=sys.stderr)
    sets = prepare(args.eval_dir, names, base, args.limit)

    # Each set's tune-half macro-F1 at every grid point, computed once: a fold's fit is then
    # the best mean over its training sets.
    grid = [replace(base, support=s, contradict=c) for s in SUPPORT_GRID for c in CONTRADICT_GRID]
    tune_f1 = {s.name: [macro_f1(s, t, s.half(Half.TUNE)) for t in grid] for s in sets}

    def fitted(training: list[SetData]) -> Thresholds:
        def key(i: int) -> tuple[float, float]:
            mean = sum(tune_f1[s.name][i] for s in training) / len(training)
            t = grid[i]
            return round(mean, 6), -abs(t.support - base.support) - abs(
                t.contradict - base.contradict
            )

        return grid[max(range(len(grid)), key=key)]

    everything = fitted(sets)
    thresholds_line = (
        f"Fitted on the tune halves of all {len(sets)} sets (each counting once), the thresholds "
        f"would be support {everything.support}, contradict {everything.contradict} (shipped: "
        f"{base.support}, {base.contradict})."
    )
    print(thresholds_line)

    shipped, shipped_bar = shipped_model(), ci_min_confidence()
    rows = []
    wice_line = ""
    natural_check: list = []
    natural_probs: list[float] = []
    natural_gold = 0
    for held in sets:
        others = [s for s in sets if s is not held]
        check_rows = held.half(Half.CHECK)
        gold_contradicted = sum(held.gold[i] == CONTRADICTED for i in check_rows)
        # The shipped thresholds and model.
        check = examples(held, base, Half.CHECK)
        probs = probabilities(shipped, check)
        check_f1 = macro_f1(held, base, check_rows)
        p0, r0, n0 = contradicted_at(check, probs, 0.0, gold_contradicted)
        p1, r1, n1 = contradicted_at(check, probs, shipped_bar, gold_contradicted)
        ece = reliability(probs, [e.right for e in check])[0]
        if held.natural:
            natural_check += check
            natural_probs += probs
            natural_gold += gold_contradicted
        # Leave this set out: fit on the others' tune halves.
        loso_f1 = loso_p = loso_r = loso_ece = None
        loso_bar = None
        if others:
            t = fitted(others)
            print(
                f"  without {held.name}: support {t.support}, contradict {t.contradict}",
                file=sys.stderr,
            )
            train = [e for s in others for e in examples(s, t, Half.TUNE)]
            model = fit_model(train)
            natural = [e for e in train if e.natural]
            loso_bar, _ = choose_ci_threshold(natural, probabilities(model, natural), TARGET)
            held_check = examples(held, t, Half.CHECK)
            loso_f1 = macro_f1(held, t, check_rows)
            held_probs = probabilities(model, held_check)
            loso_p, loso_r, _ = contradicted_at(held_check, held_probs, loso_bar, gold_contradicted)
            loso_ece = reliability(held_probs, [e.right for e in held_check])[0]
        _, floor, threshold = fuzzy_floor(held)
        row = (
            f"| {held.name} | {len(check_rows)} | **{check_f1:.3f}** | {fmt(loso_f1, 3)} | "
            f"{floor:.3f} (T={threshold}) | {fmt(p0)} / {fmt(r0)} | {fmt(p1)} / {fmt(r1)} | "
            f"{fmt(loso_p)} / {fmt(loso_r)} | {ece:.3f} | {fmt(loso_ece, 3)} |"
        )
        print(row, flush=True)
        rows.append(row)
        if gold_contradicted == 0:
            wice_line += (
                f"On {held.name}, which has no contradicted claims, {n0 / len(check_rows):.1%} of "
                f"the check half is called contradicted, {n1 / len(check_rows):.1%} with "
                f"confidence >= {shipped_bar}. "
            )
    p0, r0, n0 = contradicted_at(natural_check, natural_probs, 0.0, natural_gold)
    p1, r1, n1 = contradicted_at(natural_check, natural_probs, shipped_bar, natural_gold)
    natural_line = (
        f"Natural sets (all but FEVER) together: contradicted precision / recall {fmt(p0)} / "
        f"{fmt(r0)} ({n0} called), {fmt(p1)} / {fmt(r1)} ({n1} called) at confidence >= "
        f"{shipped_bar}."
    )
    print(natural_line)
    print(wice_line)
    kinds = sorted({k for e in natural_check for k in e.kinds})
    kind_rows = []
    for kind in kinds:
        fired = [e for e in natural_check if e.verdict == CONTRADICTED and kind in e.kinds]
        right = sum(e.right for e in fired)
        precision = right / len(fired) if fired else None
        kind_rows.append(f"| {kind} | {len(fired)} | {right} | {fmt(precision)} |")
    kind_table = "\n".join(
        [
            "| conflict kind | contradicted verdicts citing it | right | precision |",
            "|---|---|---|---|",
            *kind_rows,
        ]
    )
    print(kind_table)
    table = "\n".join(
        [
            "| set | check claims | macro-F1, check half | macro-F1, leave-one-set-out | "
            "rapidfuzz floor, check half | contradicted P / R | "
            f"contradicted P / R, confidence >= {shipped_bar} | same, leave-one-set-out | "
            "calibration error | same, leave-one-set-out |",
            "|---|---|---|---|---|---|---|---|---|---|",
            *rows,
            "",
            natural_line + " " + wice_line.strip(),
            "",
            thresholds_line,
            "",
            "Precision of each kind of conflict on the check halves of the natural sets:",
            "",
            kind_table,
            "",
            f"Measured by `python bench/generalisation.py` on {platform.machine()}, Python "
            f"{platform.python_version()}.",
        ]
    )
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    if not args.no_readme and START in text and END in text and not args.sets and not args.limit:
        text = re.sub(
            re.escape(START) + ".*?" + re.escape(END),
            lambda _: f"{START}\n{table}\n{END}",
            text,
            flags=re.S,
        )
        readme.write_text(text, encoding="utf-8")
        print("README.md updated", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
