"""Confidence: the shipped model, the number on every verdict, and the --min-confidence gate."""

from __future__ import annotations

import json
import math

import pytest

from factcheck import load_sources
from factcheck.api import check
from factcheck.judge.confidence import (
    SIGNALS,
    ci_min_confidence,
    confidence,
    model_from,
    shipped_document,
    shipped_model,
)
from factcheck.models import Claim, Judgement, Report, Verdict

HARBOUR = (
    "The Velmora harbour ferry began service in 1974.\n"
    "It carries about 300 passengers between the two quays.\n"
    "The ferry does not run in January.\n"
)
CONTRADICTED_CLAIM = "The Velmora harbour ferry began service in 1981."


@pytest.fixture
def harbour(isolated):
    (isolated / "docs").mkdir()
    (isolated / "docs" / "harbour.txt").write_text(HARBOUR, encoding="utf-8")
    return isolated / "docs"


def test_the_shipped_model_loads_with_named_weights_for_every_verdict():
    document = shipped_document()
    assert set(document["models"]) == {v.value for v in Verdict}
    for model in document["models"].values():
        assert math.isfinite(model["intercept"])
        assert set(model["weights"]) <= set(SIGNALS), "a weight names no known signal"
    assert 0.0 <= ci_min_confidence() <= 1.0


def test_every_verdict_carries_a_rounded_confidence_from_0_to_1(harbour):
    corpus = load_sources([harbour])
    claims = [
        Claim("The Velmora harbour ferry began service in 1974.", "a"),
        Claim(CONTRADICTED_CLAIM, "b"),
        Claim("The Velmora ferry is painted green.", "c"),
        Claim("Glass whales sing at dawn?", "d"),
    ]
    report = check(claims, corpus)
    assert [j.verdict for j in report.judgements][:2] == [Verdict.SUPPORTED, Verdict.CONTRADICTED]
    for j in report.judgements:
        assert 0.0 <= j.confidence <= 1.0
        assert j.confidence == round(j.confidence, 2)


def test_confidence_is_deterministic(harbour):
    corpus = load_sources([harbour])
    claims = [Claim(CONTRADICTED_CLAIM, "b"), Claim("The ferry does not run in July.", "e")]
    first = [j.confidence for j in check(claims, corpus).judgements]
    again = [j.confidence for j in check(claims, load_sources([harbour])).judgements]
    assert first == again


def _signals(**values: float) -> dict[str, float]:
    signals = dict.fromkeys(SIGNALS, 0.0)
    signals.update(values)
    return signals


def test_support_is_surer_the_more_of_the_claim_it_covers():
    rising = [
        confidence(
            _signals(support_coverage=c, best_coverage=c, fuzzy=c, parts=math.log1p(8)),
            Verdict.SUPPORTED,
        )
        for c in (0.6, 0.7, 0.8, 0.9, 1.0)
    ]
    assert rising == sorted(rising) and rising[0] < rising[-1]


def test_a_contradiction_is_surer_the_more_the_conflicting_sentence_is_about_the_claim():
    rising = [
        confidence(
            _signals(
                conflict_aboutness=a,
                conflict_coverage=0.8 * a,
                best_coverage=0.8 * a,
                fuzzy=0.8,
                conflicts=1.0,
                kind_negation=1.0,
                parts=math.log1p(8),
            ),
            Verdict.CONTRADICTED,
        )
        for a in (0.5, 0.7, 0.9, 1.0)
    ]
    assert rising == sorted(rising) and rising[0] < rising[-1]


def test_unmentioned_is_surer_the_less_of_the_claim_any_sentence_covers():
    falling = [
        confidence(
            _signals(best_coverage=c, support_coverage=c, fuzzy=c, parts=math.log1p(8)),
            Verdict.UNMENTIONED,
        )
        for c in (0.1, 0.3, 0.5)
    ]
    assert falling == sorted(falling, reverse=True) and falling[0] > falling[-1]


def test_a_model_is_a_plain_dot_product_and_ignores_unknown_signals():
    model = model_from(
        {
            "models": {
                "supported": {"intercept": 0.0, "weights": {"support_coverage": 2.0}},
                "contradicted": {"intercept": -1.0, "weights": {}},
                "unmentioned": {"intercept": 1.0, "weights": {}},
            }
        }
    )
    assert confidence({"support_coverage": 0.5, "novel": 9.0}, Verdict.SUPPORTED, model) == round(
        1 / (1 + math.exp(-1.0)), 2
    )
    assert confidence({}, Verdict.CONTRADICTED, model) == round(1 / (1 + math.exp(1.0)), 2)
    assert shipped_model() is shipped_model()


def test_a_report_knows_which_contradictions_are_under_the_bar():
    claim = Claim("x", "1")
    sure = Judgement(claim, Verdict.CONTRADICTED, 90.0, confidence=0.9)
    unsure = Judgement(claim, Verdict.CONTRADICTED, 90.0, confidence=0.4)
    supported = Judgement(claim, Verdict.SUPPORTED, 90.0, confidence=0.1)
    report = Report((sure, unsure, supported), min_confidence=0.5)
    assert [report.is_below(j) for j in report.judgements] == [False, True, False]
    assert report.below_bar() == 1


def _contradiction(run_cli, *extra: str) -> tuple[int, dict]:
    result = run_cli("verify", CONTRADICTED_CLAIM, "--sources", "docs", "--format", "json", *extra)
    return result.code, json.loads(result.out)


def test_min_confidence_gates_the_exit_code(run_cli, harbour):
    code, document = _contradiction(run_cli)
    record = document["results"][0]
    assert code == 1 and record["verdict"] == "contradicted"
    assert "below_min_confidence" not in record
    sure = record["confidence"]
    code, document = _contradiction(run_cli, "--min-confidence", str(sure))
    assert code == 1 and "below_min_confidence" not in document["results"][0]
    if sure < 1.0:
        bar = str(round(sure + 0.01, 2))
        code, document = _contradiction(run_cli, "--min-confidence", bar)
        assert code == 0
        assert document["results"][0]["verdict"] == "contradicted"
        assert document["results"][0]["below_min_confidence"] is True
        assert document["summary"]["below_min_confidence"] == 1


def test_min_confidence_out_of_range_is_a_usage_error(run_cli, harbour):
    result = run_cli("verify", CONTRADICTED_CLAIM, "--sources", "docs", "--min-confidence", "1.5")
    assert result.code == 2


@pytest.mark.parametrize("value", ["1.5", "-0.1", '"high"', "true"])
def test_config_min_confidence_is_validated(run_cli, harbour, isolated, value):
    (isolated / "pyproject.toml").write_text(
        f'[tool.factcheck]\nsources = ["docs"]\nmin-confidence = {value}\n'
    )
    result = run_cli("verify", CONTRADICTED_CLAIM)
    assert result.code == 2
    assert "pyproject.toml" in result.err and "'min-confidence' must be a number from 0 to 1" in (
        result.err
    )


def test_config_min_confidence_applies_and_the_flag_overrides_it(run_cli, harbour, isolated):
    (isolated / "pyproject.toml").write_text(
        '[tool.factcheck]\nsources = ["docs"]\nmin-confidence = 1.0\n'
    )
    result = run_cli("verify", CONTRADICTED_CLAIM, "--format", "json")
    record = json.loads(result.out)["results"][0]
    assert record["verdict"] == "contradicted"
    assert result.code == (1 if record["confidence"] >= 1.0 else 0)
    assert run_cli("verify", CONTRADICTED_CLAIM, "--min-confidence", "0").code == 1
    assert "min-confidence = 1.0" in run_cli("config").out


def test_article_formats_carry_the_confidence_and_the_bar(run_cli, harbour, isolated):
    (isolated / "draft.md").write_text(f"# Ferries\n\n{CONTRADICTED_CLAIM}\n")
    sarif = json.loads(run_cli("article", "draft.md", "-s", "docs", "--format", "sarif").out)
    result = sarif["runs"][0]["results"][0]
    sure = result["properties"]["confidence"]
    assert 0.0 <= sure <= 1.0 and result["properties"]["belowMinConfidence"] is False
    assert result["level"] == "error"
    if sure < 1.0:
        bar = str(round(sure + 0.01, 2))
        gated = run_cli("article", "draft.md", "-s", "docs", "-f", "sarif", "--min-confidence", bar)
        assert gated.code == 0
        result = json.loads(gated.out)["runs"][0]["results"][0]
        assert result["level"] == "warning" and result["properties"]["belowMinConfidence"] is True
        junit = run_cli("article", "draft.md", "-s", "docs", "-f", "junit", "--min-confidence", bar)
        assert 'failures="0"' in junit.out and "below" in junit.out
        text = run_cli("article", "draft.md", "-s", "docs", "--min-confidence", bar)
        assert f"; confidence {sure:.2f}, below {float(bar):.2f})" in text.out
        assert text.code == 0


def test_min_confidence_ci_is_the_bar_stored_with_the_model(run_cli, harbour, isolated):
    code, document = _contradiction(run_cli, "--min-confidence", "ci")
    record = document["results"][0]
    assert code == (1 if record["confidence"] >= ci_min_confidence() else 0)
    assert record.get("below_min_confidence", False) is (record["confidence"] < ci_min_confidence())
    bad = run_cli("verify", CONTRADICTED_CLAIM, "--sources", "docs", "--min-confidence", "high")
    assert bad.code == 2 and "--min-confidence must be a number from 0 to 1 or ci" in bad.err
