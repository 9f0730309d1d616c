"""How likely a verdict is to be right: a small logistic model over signals the checker computed.

The rules and thresholds decide the verdict; this module says how far to trust it. For each
verdict there is one logistic regression, ``P(the verdict is right | signals)``, fitted by
``bench/fit_confidence.py`` on the tune halves of the labelled sets and stored as named weights
in ``confidence.json`` next to this file. One model per verdict rather than one over the three
gold labels, because the question asked is "is this verdict right", and the same signal means
opposite things under different verdicts: a high coverage makes "supported" likelier to be right
and "unmentioned" likelier to be wrong.

At run time the model is a dot product in plain Python; a signal the file has no weight for
counts for nothing, so an older file still loads when a rule is added.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from ..models import ConflictKind, Judgement, Verdict
from .deciding import advisory, is_clean
from .deciding import deciding as deciding_findings
from .rules import neutral_kinds
from .slots import conflict_context, subject_stated

if TYPE_CHECKING:
    from .candidates import Considered
    from .thresholds import Thresholds

MODEL_FILE = "confidence.json"
DIGITS = 2
"""Confidence is rounded to this many decimals: finer is noise, and output stays stable."""

MAX_COUNT = 3
"""Counts of documents and conflicts are capped here: the fourth adds little."""

SIGNALS: dict[str, str] = {
    "support_coverage": "coverage of the claim by the best candidate without a deciding conflict (0-1)",
    "conflict_aboutness": "aboutness of the conflicting candidate most about the claim (0-1; 0 if none)",
    "conflict_coverage": "coverage of that conflicting candidate (0-1)",
    "best_coverage": "coverage of the best candidate of any kind (0-1)",
    "fuzzy": "rapidfuzz token_set_ratio of the claim and the deciding evidence (0-1)",
    "conflicts": f"conflicts found in the conflicting candidate (capped at {MAX_COUNT})",
    **{
        f"kind_{kind.value}": f"the conflicting candidate has a {kind.value} conflict (0/1)"
        for kind in ConflictKind
    },
    "support_documents": f"documents with a conflict-free candidate covering at least the support threshold (capped at {MAX_COUNT})",
    "conflict_documents": f"documents with a conflicting candidate at least as about the claim as the contradict threshold (capped at {MAX_COUNT})",
    "disputed": "the sources disagree with each other (0/1)",
    "pair": "the deciding evidence is two sentences read together (0/1)",
    "retrieval_rank": "1 / (1 + rank) of the deciding sentence among those retrieved, by BM25",
    "retrieved": "sentences retrieved for the claim, as a share of the most retrieved",
    "parts": "parts of the claim (content words, numbers, dates), log(1 + n)",
    "no_candidates": "no source sentence shares a word with the claim (0/1)",
    "subject_stated": "the deciding evidence names the claim's subject or refers to it by a pronoun (0/1)",
    "conflict_context": "of the conflicting candidate's deciding conflicts, the least share of the words around the claim's part that the evidence says around its own (0-1; 0 if none)",
    "conflict_kinds": f"distinct kinds of deciding conflict in the conflicting candidate (capped at {MAX_COUNT})",
    "advisory": "the deciding evidence has a conflict of a kind that does not decide (0/1)",
    "question": "the claim is a question (0/1)",
}
"""Every signal the models may weigh, with its meaning (the model file repeats these)."""


@dataclass(frozen=True)
class Model:
    """One logistic regression per verdict: an intercept and named weights."""

    intercepts: dict[str, float]
    weights: dict[str, dict[str, float]]

    def probability(self, verdict: Verdict, signals: dict[str, float]) -> float:
        weights = self.weights.get(verdict.value, {})
        z = self.intercepts.get(verdict.value, 0.0)
        for name, value in signals.items():
            z += weights.get(name, 0.0) * value
        return 1.0 / (1.0 + math.exp(-z)) if z >= -700 else 0.0


def model_from(document: dict) -> Model:
    """The model in a parsed ``confidence.json``."""
    models = document["models"]
    return Model(
        intercepts={v: float(m["intercept"]) for v, m in models.items()},
        weights={v: {k: float(w) for k, w in m["weights"].items()} for v, m in models.items()},
    )


@cache
def shipped_document() -> dict:
    """The model file shipped in the package, parsed once per process."""
    # Read beside this module (as importlib.resources would for an installed package, without
    # the hundredth of a second its first use costs a short run).
    text = Path(__file__).with_name(MODEL_FILE).read_text(encoding="utf-8")
    return json.loads(text)


@cache
def shipped_model() -> Model:
    return model_from(shipped_document())


def ci_min_confidence() -> float:
    """The ``--min-confidence`` chosen for CI gates when the model was fitted."""
    return float(shipped_document()["ci_min_confidence"])


def confidence(signals: dict[str, float], verdict: Verdict, model: Model | None = None) -> float:
    """The probability, rounded, that ``verdict`` is right given ``signals``."""
    p = (model or shipped_model()).probability(verdict, signals)
    return round(p, DIGITS)


def signals_of(considered: Considered, judgement: Judgement, t: Thresholds) -> dict[str, float]:
    """The signals of one judgement, from everything found for its claim."""
    values = dict.fromkeys(SIGNALS, 0.0)
    analysed = considered.analysed
    values["parts"] = math.log1p(
        len(analysed.content) + len(analysed.dates) + len(analysed.numbers)
    )
    values["question"] = float(analysed.text.rstrip().endswith("?"))
    # As in the decision: a sentence that says nobody knows takes no side.
    scored = [
        s for s in considered.scored if not any(f.kind in neutral_kinds() for f in s.findings)
    ]
    if not scored:
        values["no_candidates"] = 1.0
        return values
    clean = [s for s in scored if is_clean(s)]
    conflicting = [s for s in scored if deciding_findings(s)]
    support = max(clean, key=lambda s: (s.coverage, -len(s.sentences)), default=None)
    against = max(
        conflicting, key=lambda s: (s.aboutness, s.coverage, -len(s.sentences)), default=None
    )
    if support is not None:
        values["support_coverage"] = support.coverage
    if against is not None:
        values["conflict_aboutness"] = against.aboutness
        values["conflict_coverage"] = against.coverage
        values["conflicts"] = float(min(MAX_COUNT, len(against.findings)))
        for finding in against.findings:
            values[f"kind_{finding.kind.value}"] = 1.0
        decisive = deciding_findings(against)
        values["conflict_kinds"] = float(min(MAX_COUNT, len({f.kind for f in decisive})))
        values["conflict_context"] = min(
            conflict_context(analysed, f.claim_span, against.evidence, f.source_text)
            for f in decisive
        )
    best = max(scored, key=lambda s: (s.coverage, s.retrieval))
    values["best_coverage"] = best.coverage
    values["support_documents"] = float(
        min(MAX_COUNT, len({s.sentences[0].source for s in clean if s.coverage >= t.support}))
    )
    values["conflict_documents"] = float(
        min(
            MAX_COUNT,
            len({s.sentences[0].source for s in conflicting if s.aboutness >= t.contradict}),
        )
    )
    values["disputed"] = float(judgement.disputed)
    deciding = {
        Verdict.SUPPORTED: support,
        Verdict.CONTRADICTED: against,
    }.get(judgement.verdict) or best
    values["pair"] = float(len(deciding.sentences) > 1)
    values["subject_stated"] = float(subject_stated(analysed, deciding.evidence))
    values["advisory"] = float(bool(advisory(deciding)))
    singles = sorted((s for s in scored if len(s.sentences) == 1), key=lambda s: -s.retrieval)
    first = deciding.sentences[0]
    rank = next((i for i, s in enumerate(singles) if s.sentences[0] == first), len(singles))
    values["retrieval_rank"] = 1.0 / (1 + rank)
    values["retrieved"] = len(singles) / max(t.candidates, 1)
    evidence = " ".join(s.text for s in deciding.sentences)
    values["fuzzy"] = fuzz.token_set_ratio(analysed.text.lower(), evidence.lower()) / 100
    return values
