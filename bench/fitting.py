"""What bench/fit_confidence.py and bench/generalisation.py share: every labelled set read and
its claims' candidates retrieved once, thresholds fitted over several sets, the confidence
model fitted by logistic regression, and the scores both scripts print.

Candidates are retrieved and scored once per claim (``consider``); every refit only repeats
the final decision (``decide``, and its parts'), so fitting seven times over costs little
more than one run.
"""

from __future__ import annotations

import hashlib
import json
import math
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


from factcheck.api import load_sources  # noqa: E402
from factcheck.corpus.collection import Corpus  # noqa: E402
from factcheck.evaluation.scoring import (  # noqa: E402
    CONTRADICT_GRID,
    SUPPORT_GRID,
    best_fuzzy_scores,
    load_set,
    scores,
)
from factcheck.evaluation.split import Half, half_of  # noqa: E402
from factcheck.judge.candidates import Considered, consider, part_finder  # noqa: E402
from factcheck.judge.confidence import SIGNALS, Model, signals_of  # noqa: E402
from factcheck.judge.decision import judge_considered  # noqa: E402
from factcheck.judge.thresholds import Thresholds  # noqa: E402
from factcheck.models import Claim, Judgement, Verdict  # noqa: E402
from factcheck.run import collector  # noqa: E402

DEFAULT_EVAL = ROOT.parent / "shared" / "eval"
SYNTHETIC = frozenset({"fever"})
"""Sets built by editing sentences rather than written by people: left out of "natural"."""
CONTRADICTED = Verdict.CONTRADICTED.value


@dataclass
class SetData:
    """One labelled set, its claims considered once."""

    name: str
    considered: list[Considered]
    gold: list[str]
    halves: list[Half]
    fuzzy: list[float]
    """Best rapidfuzz token_set_ratio of each claim against its sources (the floor)."""
    evidence: dict[str, list[dict]]
    corpus: Corpus
    consider_part: Callable[[Claim], Considered]
    """What was found for each part of a claim that joins several facts, found once."""

    @property
    def natural(self) -> bool:
        return self.name not in SYNTHETIC

    def half(self, half: Half) -> list[int]:
        return [i for i, h in enumerate(self.halves) if h is half]


def set_names(eval_dir: Path, only: Sequence[str] | None = None) -> list[str]:
    return (
        list(only)
        if only
        else sorted(p.name for p in eval_dir.iterdir() if (p / "claims.jsonl").is_file())
    )


def prepare(
    eval_dir: Path,
    names: Sequence[str],
    base: Thresholds,
    limit: int | None = None,
    floor: bool = True,
) -> list[SetData]:
    """Every set read, and its claims' candidates retrieved and scored once; with ``floor``,
    also each claim's best rapidfuzz score over all its sources (slow on a large corpus)."""
    prepared = []
    for name in names:
        started = time.perf_counter()
        labelled = load_set(eval_dir / name)
        claims = labelled.claims[:limit] if limit else labelled.claims
        corpus = load_sources([labelled.sources])
        with collector.paused():
            considered = [consider(c, corpus, base) for c in claims]
        fuzzy = _floor_scores(eval_dir / name, claims, corpus) if floor else []
        prepared.append(
            SetData(
                name,
                considered,
                [c.label or "" for c in claims],
                [half_of(c.id) for c in claims],
                fuzzy,
                labelled.evidence,
                corpus,
                part_finder(corpus, base),
            )
        )
        print(
            f"  {name}: {len(claims)} claims considered in {time.perf_counter() - started:.0f} s",
            file=sys.stderr,
            flush=True,
        )
    return prepared


CACHE = ROOT / "bench" / ".cache"
"""Floor scores already computed, by a key of everything they depend on (git-ignored)."""


def _floor_scores(folder: Path, claims: Sequence, corpus) -> list[float]:
    """Each claim's best rapidfuzz ``token_set_ratio`` against its sources (all of them when it
    names none): minutes on a large open corpus, so kept on disk under a key made of exactly
    what the scores depend on: the claims, the sources each names, and the sentences' texts."""
    key = hashlib.sha256()
    for claim in claims:
        key.update(f"{claim.text}\x00{'|'.join(claim.sources)}\n".encode())
    key.update(repr(sorted(corpus.doc_ranges.items())).encode())
    for i in range(len(corpus)):
        key.update(corpus.match_text(i).encode())
        key.update(b"\n")
    cached = CACHE / f"floor-{folder.name}-{key.hexdigest()[:16]}.json"
    if cached.is_file():
        return json.loads(cached.read_text(encoding="utf-8"))
    scores_ = best_fuzzy_scores(claims, corpus)
    CACHE.mkdir(exist_ok=True)
    cached.write_text(json.dumps(scores_), encoding="utf-8")
    return scores_


def judgements(data: SetData, t: Thresholds, rows: Sequence[int]) -> list[Judgement]:
    """The verdicts ``factcheck eval`` gives under ``t``: the whole claim's, combined with its
    parts' when it joins several facts or quotes someone."""
    with collector.paused():
        return [
            judge_considered(
                data.considered[i],
                data.corpus,
                t,
                candidates=False,
                consider_part=data.consider_part,
            )
            for i in rows
        ]


def macro_f1(data: SetData, t: Thresholds, rows: Sequence[int]) -> float:
    predicted = [j.verdict.value for j in judgements(data, t, rows)]
    return scores([data.gold[i] for i in rows], predicted)[1]


def fit_thresholds(sets: Sequence[SetData], base: Thresholds) -> Thresholds:
    """The ``support`` x ``contradict`` grid point with the best mean macro-F1 over the tune
    halves of ``sets`` (each set counts once, whatever its size); ties go to ``base``."""
    best: tuple[float, float, Thresholds] | None = None
    for support in SUPPORT_GRID:
        for contradict in CONTRADICT_GRID:
            t = replace(base, support=support, contradict=contradict)
            mean = sum(macro_f1(s, t, s.half(Half.TUNE)) for s in sets) / len(sets)
            distance = abs(support - base.support) + abs(contradict - base.contradict)
            key = (round(mean, 6), -distance)
            if best is None or key > best[:2]:
                best = (*key, t)
    assert best is not None
    return best[2]


def fuzzy_floor(data: SetData) -> tuple[float, float, int]:
    """The plain rapidfuzz checker ("best sentence >= T: supported, else unmentioned"), T fitted
    on the tune half: (tune macro-F1, check macro-F1, T)."""
    tune, check = data.half(Half.TUNE), data.half(Half.CHECK)

    def macro(rows: list[int], threshold: int) -> float:
        predicted = [
            Verdict.SUPPORTED.value if data.fuzzy[i] >= threshold else Verdict.UNMENTIONED.value
            for i in rows
        ]
        return scores([data.gold[i] for i in rows], predicted)[1]

    tuned, threshold = max((macro(tune, t), t) for t in range(0, 101, 2))
    return tuned, macro(check, threshold), threshold


@dataclass(frozen=True)
class Example:
    """One judged claim, as the confidence model sees it."""

    set_name: str
    natural: bool
    verdict: str
    gold: str
    signals: dict[str, float]
    kinds: frozenset[str] = frozenset()
    """Kinds of conflict the judgement cites."""

    @property
    def right(self) -> bool:
        return self.verdict == self.gold


def examples(data: SetData, t: Thresholds, half: Half) -> list[Example]:
    rows = data.half(half)
    out = []
    for i, j in zip(rows, judgements(data, t, rows), strict=True):
        out.append(
            Example(
                data.name,
                data.natural,
                j.verdict.value,
                data.gold[i],
                signals_of(data.considered[i], j, t),
                frozenset(c.kind.value for c in j.conflicts),
            )
        )
    return out


C = 0.5
"""Inverse strength of the L2 penalty on the standardised signals."""


def fit_model(train: Sequence[Example]) -> Model:
    """One logistic regression per verdict, each set weighing as much as any other (so the
    largest set does not decide alone), on standardised signals; the weights are stored for
    the raw signals (the scaling folded in), so the run-time model is a plain dot product."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    names = list(SIGNALS)
    intercepts: dict[str, float] = {}
    weights: dict[str, dict[str, float]] = {}
    for verdict in (v.value for v in Verdict):
        chosen = [e for e in train if e.verdict == verdict]
        if not chosen:
            intercepts[verdict], weights[verdict] = 0.0, {}
            continue
        x = np.array([[e.signals[n] for n in names] for e in chosen], dtype=float)
        y = np.array([e.right for e in chosen], dtype=int)
        per_set = {s: sum(e.set_name == s for e in chosen) for s in {e.set_name for e in chosen}}
        w = np.array([len(chosen) / (len(per_set) * per_set[e.set_name]) for e in chosen])
        if len(set(y)) < 2:
            rate = float(y.mean())
            intercepts[verdict] = math.log((rate + 0.5) / (1.5 - rate))
            weights[verdict] = {}
            continue
        mean = x.mean(axis=0)
        scale = x.std(axis=0)
        scale[scale == 0] = 1.0
        model = LogisticRegression(C=C, max_iter=2000)
        model.fit((x - mean) / scale, y, sample_weight=w)
        raw = model.coef_[0] / scale
        intercepts[verdict] = round(float(model.intercept_[0] - (raw * mean).sum()), 4)
        weights[verdict] = {n: round(float(v), 4) for n, v in zip(names, raw, strict=True)}
    return Model(intercepts, weights)


def probabilities(model: Model, rows: Sequence[Example]) -> list[float]:
    return [model.probability(Verdict(e.verdict), e.signals) for e in rows]


def contradicted_at(
    rows: Sequence[Example], probs: Sequence[float], threshold: float, gold_contradicted: int
) -> tuple[float | None, float | None, int]:
    """Precision and recall of "contradicted" counting only verdicts with confidence
    >= ``threshold``; and how many such verdicts there are."""
    called = [
        e for e, p in zip(rows, probs, strict=True) if e.verdict == CONTRADICTED and p >= threshold
    ]
    right = sum(e.right for e in called)
    precision = right / len(called) if called else None
    recall = right / gold_contradicted if gold_contradicted else None
    return precision, recall, len(called)


MIN_CALLED = 10
"""Fewer contradicted verdicts than this above a bar say nothing about its precision."""
MIN_RECALL = 0.1
"""When no bar reaches the target precision, the fallback keeps at least this recall."""


def choose_ci_threshold(
    rows: Sequence[Example], probs: Sequence[float], target: float
) -> tuple[float, bool]:
    """The CI confidence bar, and whether it reaches ``target``.

    The lowest bar at which pooled contradicted precision reaches ``target`` and stays there
    at every higher bar with at least MIN_CALLED verdicts (so one lucky point does not choose
    it), while it still keeps MIN_RECALL of the contradicted claims. When no bar does, the most precise bar that keeps MIN_RECALL of the contradicted
    claims: a gate that can never fail would be no gate."""
    gold = sum(e.gold == CONTRADICTED for e in rows)
    bars = [round(b / 100, 2) for b in range(0, 100)]
    points = []
    for bar in bars:
        called = [
            e for e, p in zip(rows, probs, strict=True) if e.verdict == CONTRADICTED and p >= bar
        ]
        right = sum(e.right for e in called)
        precision = right / len(called) if len(called) >= MIN_CALLED else None
        points.append((bar, precision, right / gold if gold else 0.0))
    for i, (bar, _, recall) in enumerate(points):
        if recall < MIN_RECALL:
            break  # a bar that keeps less is no gate worth its precision
        later = [p for _, p, _ in points[i:] if p is not None]
        if later and min(later) >= target:
            return bar, True
    useful = [(p, -bar, bar) for bar, p, r in points if p is not None and r >= MIN_RECALL]
    return (max(useful)[2] if useful else 0.0), False


def reliability(
    probs: Sequence[float], right: Sequence[bool], bins: int = 10
) -> tuple[float, list[tuple[float, float, float, int]]]:
    """Expected calibration error and the reliability table: per confidence bin, the mean
    confidence, the share right and the count."""
    table = []
    error = 0.0
    n = len(probs)
    for b in range(bins):
        low, high = b / bins, (b + 1) / bins
        inside = [
            (p, r)
            for p, r in zip(probs, right, strict=True)
            if low <= p < high or (b == bins - 1 and p == 1.0)
        ]
        if not inside:
            continue
        mean = sum(p for p, _ in inside) / len(inside)
        share = sum(r for _, r in inside) / len(inside)
        table.append((low, mean, share, len(inside)))
        error += len(inside) / n * abs(mean - share)
    return error, table


def fmt(value: float | None, digits: int = 2) -> str:
    return "—" if value is None else f"{value:.{digits}f}"
