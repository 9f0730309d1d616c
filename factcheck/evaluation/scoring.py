"""Score the checker on labelled claims: accuracy, macro-F1, per-label scores, evidence recall.

Macro-F1 averages the per-label F1 over the labels that occur in the gold labels of the set
(FEVER has no ``unmentioned`` claims, so its macro-F1 is over ``supported`` and
``contradicted``); predictions of a label the set lacks still count as errors.
"""

from __future__ import annotations

import json
import re
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from rapidfuzz import fuzz, process

from ..api import load_sources
from ..corpus.collection import Corpus
from ..errors import InputError
from ..ingest.claims import read_claims
from ..judge.candidates import consider, part_finder
from ..judge.decision import judge_claim, judge_considered
from ..judge.thresholds import Thresholds
from ..models import Claim, ConflictKind, Judgement, Verdict
from ..run import collector
from .split import Half, half_of

LABELS = tuple(v.value for v in Verdict)
EVIDENCE_MATCH = 90
"""rapidfuzz ``ratio`` at which a cited sentence counts as a gold evidence sentence."""


@dataclass(frozen=True)
class LabelScore:
    label: str
    precision: float
    recall: float
    f1: float
    support: int


@dataclass(frozen=True)
class RuleScore:
    kind: str
    fired: int
    """Claims judged contradicted with this kind of conflict among the reasons."""
    correct: int
    """Of those, how many are contradicted in the gold labels."""


@dataclass(frozen=True)
class CurvePoint:
    """Contradicted verdicts counted only from a confidence bar up (``--min-confidence``)."""

    min_confidence: float
    called: int
    """Contradicted verdicts with at least this confidence."""
    precision: float | None
    """Share of them contradicted in the gold labels (None when there are none)."""
    recall: float | None
    """Share of the gold contradicted claims among them (None when the set has none)."""


CURVE_BARS = tuple(round(b / 20, 2) for b in range(20))
"""The ``--min-confidence`` values the precision / recall curve is printed at."""


@dataclass(frozen=True)
class Mistake:
    claim: Claim
    gold: str
    judgement: Judgement


@dataclass(frozen=True)
class EvalResult:
    name: str
    n: int
    accuracy: float
    macro_f1: float
    labels: tuple[LabelScore, ...]
    confusion: dict[str, dict[str, int]]
    """gold label -> predicted label -> count."""
    evidence_recall: float | None
    """Share of claims with gold evidence where a citation matches a gold sentence."""
    rules: tuple[RuleScore, ...]
    curve: tuple[CurvePoint, ...]
    """Contradicted precision and recall against the ``--min-confidence`` bar."""
    calibration_error: float
    """Expected calibration error of the confidence: the mean gap, over ten confidence bins
    weighted by size, between the mean confidence and the share of verdicts that are right."""
    claims_per_second: float
    seconds: float
    mistakes: tuple[Mistake, ...] = field(default=(), repr=False)


def _normalise_ws(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def scores(
    gold: Sequence[str], predicted: Sequence[str]
) -> tuple[float, float, tuple[LabelScore, ...]]:
    """Accuracy, macro-F1 over the gold labels present, and every label's scores."""
    n = len(gold)
    accuracy = sum(g == p for g, p in zip(gold, predicted, strict=True)) / n if n else 0.0
    per_label = []
    for label in LABELS:
        tp = sum(g == label and p == label for g, p in zip(gold, predicted, strict=True))
        fp = sum(g != label and p == label for g, p in zip(gold, predicted, strict=True))
        fn = sum(g == label and p != label for g, p in zip(gold, predicted, strict=True))
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        per_label.append(LabelScore(label, precision, recall, f1, tp + fn))
    present = [s for s in per_label if s.support]
    macro = sum(s.f1 for s in present) / len(present) if present else 0.0
    return accuracy, macro, tuple(per_label)


def evidence_hit(judgement: Judgement, gold: Sequence[dict]) -> bool:
    """Whether some cited sentence matches some gold evidence sentence almost entirely."""
    golds = [_normalise_ws(g.get("sentence", "")) for g in gold]
    return any(
        process.extractOne(
            _normalise_ws(c.sentence), golds, scorer=fuzz.ratio, score_cutoff=EVIDENCE_MATCH
        )
        for c in judgement.citations
    )


@dataclass(frozen=True)
class LabelledSet:
    name: str
    claims: list[Claim]
    evidence: dict[str, list[dict]]
    sources: Path

    def only(self, half: Half | None) -> LabelledSet:
        """The claims of one half of the set (all of them for ``None``)."""
        if half is None:
            return self
        kept = [c for c in self.claims if half_of(c.id) is half]
        return LabelledSet(self.name, kept, self.evidence, self.sources)


def load_set(path: str | Path, sources: str | Path | None = None) -> LabelledSet:
    """A set folder (``claims.jsonl`` and ``sources/``), or a labelled claims file and its sources."""
    path = Path(path)
    if path.is_dir():
        claims_file, sources = path / "claims.jsonl", Path(sources) if sources else path / "sources"
        if not claims_file.is_file():
            raise InputError(path, "no claims.jsonl in this folder")
    else:
        claims_file = path
        if sources is None:
            raise InputError(path, "give --sources for a labelled claims file")
        sources = Path(sources)
    claims = read_claims(claims_file)
    unlabelled = [c for c in claims if c.label not in LABELS]
    if unlabelled:
        c = unlabelled[0]
        raise InputError(claims_file, f"label must be one of {', '.join(LABELS)}", line=c.line)
    evidence: dict[str, list[dict]] = {}
    if claims_file.suffix.lower() in {".jsonl", ".ndjson"}:
        for line in claims_file.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                if record.get("evidence"):
                    evidence[str(record.get("id"))] = record["evidence"]
    name = path.name if path.is_dir() else path.stem
    return LabelledSet(name, claims, evidence, sources)


def evaluate(
    labelled: LabelledSet,
    thresholds: Thresholds | None = None,
    corpus: Corpus | None = None,
    limit: int | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> EvalResult:
    """Check every claim of the set and score the verdicts against the labels."""
    thresholds = thresholds or Thresholds()
    claims = labelled.claims[:limit] if limit else labelled.claims
    corpus = corpus or load_sources([labelled.sources])
    started = time.perf_counter()
    judgements = []
    with collector.paused():
        for n, claim in enumerate(claims, start=1):
            judgements.append(judge_claim(claim, corpus, thresholds))
            if progress:
                progress(n, len(claims))
    seconds = time.perf_counter() - started
    gold = [c.label or "" for c in claims]
    predicted = [j.verdict.value for j in judgements]
    accuracy, macro, per_label = scores(gold, predicted)
    confusion = {g: {p: 0 for p in LABELS} for g in LABELS}
    for g, p in zip(gold, predicted, strict=True):
        confusion[g][p] += 1
    with_evidence = [
        (c, j) for c, j in zip(claims, judgements, strict=True) if labelled.evidence.get(c.id)
    ]
    recall = (
        sum(evidence_hit(j, labelled.evidence[c.id]) for c, j in with_evidence) / len(with_evidence)
        if with_evidence
        else None
    )
    fired: Counter[str] = Counter()
    right: Counter[str] = Counter()
    for g, j in zip(gold, judgements, strict=True):
        if j.verdict is Verdict.CONTRADICTED:
            for kind in {c.kind.value for c in j.conflicts}:
                fired[kind] += 1
                right[kind] += g == Verdict.CONTRADICTED.value
    rules = tuple(RuleScore(k.value, fired[k.value], right[k.value]) for k in ConflictKind)
    curve = contradicted_curve(gold, judgements)
    calibration = calibration_error(
        [j.confidence for j in judgements],
        [g == j.verdict.value for g, j in zip(gold, judgements, strict=True)],
    )
    mistakes = tuple(
        Mistake(c, g, j)
        for c, g, j in zip(claims, gold, judgements, strict=True)
        if g != j.verdict.value
    )
    return EvalResult(
        name=labelled.name,
        n=len(claims),
        accuracy=accuracy,
        macro_f1=macro,
        labels=per_label,
        confusion=confusion,
        evidence_recall=recall,
        rules=rules,
        claims_per_second=len(claims) / seconds if seconds > 0 else 0.0,
        seconds=seconds,
        curve=curve,
        calibration_error=calibration,
        mistakes=mistakes,
    )


def contradicted_curve(
    gold: Sequence[str], judgements: Sequence[Judgement], bars: Sequence[float] = CURVE_BARS
) -> tuple[CurvePoint, ...]:
    """Precision and recall of "contradicted" counting only verdicts at or above each bar."""
    wanted = Verdict.CONTRADICTED.value
    gold_count = sum(g == wanted for g in gold)
    points = []
    for bar in bars:
        called = [
            g
            for g, j in zip(gold, judgements, strict=True)
            if j.verdict is Verdict.CONTRADICTED and j.confidence >= bar
        ]
        right = sum(g == wanted for g in called)
        points.append(
            CurvePoint(
                bar,
                len(called),
                right / len(called) if called else None,
                right / gold_count if gold_count else None,
            )
        )
    return tuple(points)


def calibration_error(confidences: Sequence[float], right: Sequence[bool], bins: int = 10) -> float:
    """Expected calibration error: per confidence bin, |mean confidence - share right|,
    weighted by the bin's share of the verdicts."""
    if not confidences:
        return 0.0
    grouped: dict[int, list[tuple[float, bool]]] = {}
    for p, r in zip(confidences, right, strict=True):
        grouped.setdefault(min(int(p * bins), bins - 1), []).append((p, r))
    return sum(
        abs(sum(p for p, _ in group) / len(group) - sum(r for _, r in group) / len(group))
        * len(group)
        for group in grouped.values()
    ) / len(confidences)


def majority_baseline(labelled: LabelledSet) -> float:
    """Macro-F1 of always answering the most frequent gold label."""
    gold = [c.label or "" for c in labelled.claims]
    most = Counter(gold).most_common(1)[0][0] if gold else Verdict.UNMENTIONED.value
    return scores(gold, [most] * len(gold))[1]


def best_fuzzy_scores(claims: Sequence[Claim], corpus: Corpus) -> list[float]:
    """Each claim's best rapidfuzz ``token_set_ratio`` (0-100) against the sentences of its
    sources (all of them when it names none)."""
    best_scores = []
    for claim in claims:
        texts = [corpus.match_text(i) for i in corpus.positions(claim.sources)]
        best = (
            process.extractOne(claim.text.lower(), texts, scorer=fuzz.token_set_ratio)
            if texts
            else None
        )
        best_scores.append(best[1] if best else 0.0)
    return best_scores


def fuzzy_baseline(labelled: LabelledSet, corpus: Corpus) -> tuple[float, int]:
    """Macro-F1 (and the threshold T) of "best token_set_ratio sentence >= T means supported,
    else unmentioned", with T chosen on the set itself, as the plainest rapidfuzz checker."""
    gold = [c.label or "" for c in labelled.claims]
    best_scores = best_fuzzy_scores(labelled.claims, corpus)
    results = []
    for threshold in range(0, 101, 2):
        predicted = [
            Verdict.SUPPORTED.value if s >= threshold else Verdict.UNMENTIONED.value
            for s in best_scores
        ]
        results.append((scores(gold, predicted)[1], threshold))
    return max(results)


@dataclass(frozen=True)
class Fit:
    thresholds: Thresholds
    macro_f1: float
    default_macro_f1: float
    grid: tuple[tuple[float, float, float], ...]
    """(support, contradict, macro-F1) for every point tried."""


SUPPORT_GRID = (0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8)
CONTRADICT_GRID = (0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7)


def fit(
    labelled: LabelledSet,
    base: Thresholds | None = None,
    corpus: Corpus | None = None,
    limit: int | None = None,
) -> Fit:
    """Search ``support`` x ``contradict`` for the best macro-F1 on a labelled set.

    Candidates are retrieved and scored once (with ``base``), those of a claim's parts too; only
    the final decision is repeated per grid point, so a fit costs little more than one
    evaluation, and scores the verdicts ``evaluate`` gives. Ties go to the point closest to
    ``base``.
    """
    base = base or Thresholds()
    claims = labelled.claims[:limit] if limit else labelled.claims
    corpus = corpus or load_sources([labelled.sources])
    gold = [c.label or "" for c in claims]
    consider_part = part_finder(corpus, base)

    def macro(t: Thresholds) -> float:
        predicted = [
            judge_considered(c, corpus, t, candidates=False, consider_part=consider_part)
            for c in considered
        ]
        return scores(gold, [j.verdict.value for j in predicted])[1]

    grid = []
    with collector.paused():
        considered = [consider(claim, corpus, base) for claim in claims]
        for support in SUPPORT_GRID:
            for contradict in CONTRADICT_GRID:
                t = replace(base, support=support, contradict=contradict)
                grid.append((support, contradict, macro(t)))
        default = macro(base)
    best = max(
        grid,
        key=lambda g: (round(g[2], 6), -abs(g[0] - base.support) - abs(g[1] - base.contradict)),
    )
    return Fit(replace(base, support=best[0], contradict=best[1]), best[2], default, tuple(grid))
