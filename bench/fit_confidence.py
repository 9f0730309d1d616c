"""Fit the confidence model on the tune halves of every labelled set and write it to
factcheck/judge/confidence.json; print its calibration on the check halves (and write it
into README.md).

    python bench/fit_confidence.py [--eval-dir ../shared/eval] [--dry-run] [--keep-model]

Needs the fitting extra (``pip install -e '.[fit]'``: scikit-learn). The verdicts are those of
the shipped thresholds; refit whenever the rules or thresholds change what is decided. The
``--min-confidence`` recommended for CI gates is chosen here too, on the tune halves of the
natural sets (all but FEVER): the lowest bar at which contradicted precision reaches
``--target`` and stays there. ``--keep-model`` reports the shipped model and bar on the current
verdicts without refitting them: for when a refit scores worse on the check halves than the
model it would replace.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from fitting import (
    DEFAULT_EVAL,
    ROOT,
    Example,
    SetData,
    choose_ci_threshold,
    contradicted_at,
    examples,
    fit_model,
    fmt,
    prepare,
    probabilities,
    reliability,
    set_names,
)

from factcheck.evaluation.split import Half
from factcheck.judge.confidence import MODEL_FILE, SIGNALS, model_from, shipped_document
from factcheck.judge.thresholds import Thresholds
from factcheck.models import Verdict

START, END = "<!-- confidence:start -->", "<!-- confidence:end -->"
TARGET = 0.85
"""Contradicted precision the CI bar must reach on the natural tune halves: above the 0.8
wanted on unseen text, since a bar chosen on one half loses a little on the other."""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL)
    parser.add_argument("--target", type=float, default=TARGET)
    parser.add_argument("--dry-run", action="store_true", help="print, do not write the model")
    parser.add_argument(
        "--keep-model",
        action="store_true",
        help="report the shipped model on the current verdicts; do not refit it",
    )
    args = parser.parse_args()
    if not args.eval_dir.is_dir():
        print(f"no labelled sets at {args.eval_dir}; nothing to fit", file=sys.stderr)
        return 1
    t = Thresholds()
    names = set_names(args.eval_dir)
    print(f"reading {len(names)} sets", file=sys.stderr)
    sets = prepare(args.eval_dir, names, t, floor=False)
    tune = [e for s in sets for e in examples(s, t, Half.TUNE)]
    if args.keep_model:
        shipped = shipped_document()
        model = model_from(shipped)
        bar, reached = shipped["ci_min_confidence"], shipped["ci_target_reached"]
        args.dry_run = True  # the model stays as it is; only the report is written
    else:
        model = fit_model(tune)
        natural_tune = [e for e in tune if e.natural]
        bar, reached = choose_ci_threshold(
            natural_tune, probabilities(model, natural_tune), args.target
        )

    document = {
        "about": (
            "P(verdict is right | signals): one logistic regression per verdict, "
            "p = 1 / (1 + exp(-(intercept + sum(weight * signal)))). "
            "Fitted by `python bench/fit_confidence.py` on the tune halves of the labelled sets."
        ),
        "fitted_on": {
            "sets": names,
            "half": Half.TUNE.value,
            "claims": len(tune),
            "thresholds": {"support": t.support, "contradict": t.contradict},
        },
        "ci_min_confidence": bar,
        "ci_target_precision": args.target,
        "ci_target_reached": reached,
        "signals": SIGNALS,
        "models": {
            v: {"intercept": model.intercepts[v], "weights": model.weights[v]}
            for v in model.intercepts
        },
    }
    out = ROOT / "factcheck" / "judge" / MODEL_FILE
    if not args.dry_run:
        out.write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {out.relative_to(ROOT)}", file=sys.stderr)

    print(f"\nfitted on {len(tune)} tune-half claims of {', '.join(names)}")
    check = [e for s in sets for e in examples(s, t, Half.CHECK)]
    report = _report(sets, check, probabilities(model, check), bar, reached, args.target)
    print(report)
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    if (args.keep_model or not args.dry_run) and START in text and END in text:
        text = re.sub(
            re.escape(START) + ".*?" + re.escape(END),
            lambda _: f"{START}\n{report}\n{END}",
            text,
            flags=re.S,
        )
        readme.write_text(text, encoding="utf-8")
        print("README.md updated", file=sys.stderr)
    if not args.dry_run:
        print(
            "the golden outputs carry confidences: refresh them with "
            "`FACTCHECK_UPDATE_GOLDEN=1 python -m pytest tests/test_golden.py`, then "
            "`python bench/generalisation.py` for the accuracy table",
            file=sys.stderr,
        )
    print("\nweights (raw signals):")
    for verdict, weights in model.weights.items():
        print(f"  {verdict}: intercept {model.intercepts[verdict]:+.3f}")
        for name, w in sorted(weights.items(), key=lambda kv: -abs(kv[1])):
            if w:
                print(f"    {name:22} {w:+.3f}")
    return 0


def _report(
    sets: list[SetData],
    check: list[Example],
    probs: list[float],
    bar: float,
    reached: bool,
    target: float,
) -> str:
    """The CI bar and the calibration on the check halves, as Markdown."""
    out = []
    natural_rows: list[Example] = []
    natural_probs: list[float] = []
    natural_gold = 0
    per_set = []
    for s in sets:
        rows = [(p, e) for p, e in zip(probs, check, strict=True) if e.set_name == s.name]
        ps, es = [p for p, _ in rows], [e for _, e in rows]
        gold = sum(s.gold[i] == Verdict.CONTRADICTED.value for i in s.half(Half.CHECK))
        p0, r0, _ = contradicted_at(es, ps, 0.0, gold)
        p1, r1, _ = contradicted_at(es, ps, bar, gold)
        ece = reliability(ps, [e.right for e in es])[0]
        per_set.append(f"| {s.name} | {ece:.3f} | {fmt(p0)} / {fmt(r0)} | {fmt(p1)} / {fmt(r1)} |")
        if s.natural:
            natural_rows += es
            natural_probs += ps
            natural_gold += gold
    p0, r0, n0 = contradicted_at(natural_rows, natural_probs, 0.0, natural_gold)
    p1, r1, n1 = contradicted_at(natural_rows, natural_probs, bar, natural_gold)
    how = (
        f"the lowest bar at which contradicted precision on the natural tune halves reaches {target}"
        if reached
        else f"no bar reaches contradicted precision {target} on the natural tune halves, so it is "
        "the most precise bar that keeps a tenth of their contradictions"
    )
    out.append(
        f"The stored CI bar (`--min-confidence ci`) is **{bar}**: {how}. On the check halves of "
        f"the natural sets, contradicted precision / recall is {fmt(p0)} / {fmt(r0)} with no bar "
        f"({n0} contradicted verdicts) and {fmt(p1)} / {fmt(r1)} at the CI bar ({n1})."
    )
    error, table = reliability(probs, [e.right for e in check])
    out += [
        "",
        f"Calibration on the check halves of all sets ({len(check)} claims; expected calibration "
        f"error {error:.3f}):",
        "",
        "| confidence | mean confidence | share right | verdicts |",
        "|---|---|---|---|",
    ]
    out += [
        f"| {low:.1f}-{low + 0.1:.1f} | {mean:.2f} | {share:.2f} | {n} |"
        for low, mean, share, n in table
    ]
    out += ["", "| verdict | verdicts | calibration error | mean confidence | share right |"]
    out.append("|---|---|---|---|---|")
    for verdict in Verdict:
        rows = [(p, e) for p, e in zip(probs, check, strict=True) if e.verdict == verdict.value]
        if rows:
            ece = reliability([p for p, _ in rows], [e.right for _, e in rows])[0]
            mean = sum(p for p, _ in rows) / len(rows)
            share = sum(e.right for _, e in rows) / len(rows)
            out.append(f"| {verdict.value} | {len(rows)} | {ece:.3f} | {mean:.2f} | {share:.2f} |")
    out += [
        "",
        f"| set, check half | calibration error | contradicted P / R | same, confidence >= {bar} |",
        "|---|---|---|---|",
        *per_set,
        "",
        "Written by `python bench/fit_confidence.py`.",
    ]
    return "\n".join(out)


if __name__ == "__main__":
    raise SystemExit(main())
