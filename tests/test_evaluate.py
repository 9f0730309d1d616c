"""Scoring against labels: metrics on known predictions, and `factcheck eval` on a tiny set."""

from __future__ import annotations

import json

import pytest

from factcheck.evaluation.scoring import scores


def test_scores_on_known_predictions():
    gold = ["supported", "supported", "unmentioned", "unmentioned"]
    predicted = ["supported", "unmentioned", "unmentioned", "contradicted"]
    accuracy, macro, labels = scores(gold, predicted)
    by_label = {s.label: s for s in labels}
    assert accuracy == 0.5
    assert by_label["supported"].precision == 1.0 and by_label["supported"].recall == 0.5
    assert by_label["unmentioned"].f1 == pytest.approx(0.5)
    # "contradicted" is absent from the gold labels: not averaged, but its false alarm counts.
    assert by_label["contradicted"].support == 0
    assert macro == pytest.approx((2 / 3 + 0.5) / 2)


@pytest.fixture
def tiny_set(tmp_path):
    root = tmp_path / "tiny"
    (root / "sources").mkdir(parents=True)
    (root / "sources" / "a.txt").write_text(
        "The Harbour Bridge reopened to traffic on March 3, 2024.\nIt carries 40,000 cars a day.\n"
    )
    records = [
        {
            "id": "s",
            "claim": "The Harbour Bridge reopened on March 3, 2024.",
            "label": "supported",
            "evidence": [
                {
                    "source": "a.txt",
                    "sentence": "The Harbour Bridge reopened to traffic on March 3, 2024.",
                }
            ],
        },
        {
            "id": "c",
            "claim": "The Harbour Bridge reopened on March 9, 2024.",
            "label": "contradicted",
        },
        {"id": "u", "claim": "The bridge was designed by Ada Lovelace.", "label": "unmentioned"},
        {"id": "x", "claim": "The bridge carries 40,000 cars a day.", "label": "contradicted"},
    ]
    (root / "claims.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records))
    return root


def test_eval_command_json(tiny_set, run_cli):
    result = run_cli("eval", str(tiny_set), "--format", "json", "--errors", "2", "--baselines")
    assert result.code == 0, result.err
    report = json.loads(result.out)
    assert report["n"] == 4
    assert report["accuracy"] == 0.75
    assert report["confusion"]["contradicted"]["supported"] == 1
    assert report["evidence_recall"] == 1.0
    assert [e["id"] for e in report["errors"]] == ["x"]
    assert {r["kind"]: r["fired"] for r in report["rules"]}["date"] == 1
    assert report["baselines"]["majority_macro_f1"] > 0


def test_eval_table_and_limit(tiny_set, run_cli):
    result = run_cli("eval", str(tiny_set), "--limit", "2")
    assert result.code == 0 and "tiny: 2 claims" in result.out and "macro-F1" in result.out


def test_eval_bad_input(tmp_path, run_cli):
    assert run_cli("eval", str(tmp_path / "missing")).code == 2
    (tmp_path / "c.jsonl").write_text('{"claim": "x", "label": "maybe"}\n')
    result = run_cli("eval", str(tmp_path / "c.jsonl"), "--sources", str(tmp_path))
    assert result.code == 2 and "c.jsonl:1: label must be one of" in result.err


def test_fit_finds_thresholds_and_writes_them_only_when_asked(tiny_set, run_cli, tmp_path):
    result = run_cli("eval", str(tiny_set), "--fit", "--format", "json")
    assert result.code == 0, result.err
    found = json.loads(result.out)
    assert found["macro_f1"] >= found["current_macro_f1"]
    assert len(found["grid"]) == 64
    out = tmp_path / "fitted.toml"
    assert run_cli("eval", str(tiny_set), "--fit", "--fit-out", str(out)).code == 0
    assert "[thresholds]" in out.read_text()
    refused = run_cli("eval", str(tiny_set), "--fit", "--fit-out", str(out))
    assert refused.code == 2 and "add --force" in refused.err
    assert run_cli("eval", str(tiny_set), "--fit", "--fit-out", str(out), "--force").code == 0


def test_fitted_file_is_read_as_configuration(tiny_set, run_cli, tmp_path):
    (tmp_path / ".factcheck.toml").write_text("[thresholds]\nsupport = 0.9\ncontradict = 0.7\n")
    config = run_cli("config").out
    assert "thresholds.support = 0.9" in config and ".factcheck.toml" in config


def test_the_split_is_fixed_by_claim_id_and_near_even():
    from factcheck.evaluation.split import Half, half_of

    halves = [half_of(f"claim-{n}") for n in range(2000)]
    assert halves == [half_of(f"claim-{n}") for n in range(2000)]
    assert 900 < halves.count(Half.TUNE) < 1100
    assert half_of("claim-1") is half_of("claim-1")


def test_a_set_keeps_only_the_claims_of_the_half_asked_for(tmp_path):
    from factcheck.evaluation.scoring import load_set
    from factcheck.evaluation.split import Half, half_of

    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "a.txt").write_text("The ferry to Lundvik leaves at noon.\n")
    lines = [
        json.dumps({"id": f"f{n}", "claim": "The ferry leaves at noon.", "label": "supported"})
        for n in range(40)
    ]
    (tmp_path / "claims.jsonl").write_text("\n".join(lines) + "\n")
    labelled = load_set(tmp_path)
    tune, check = labelled.only(Half.TUNE), labelled.only(Half.CHECK)
    assert len(tune.claims) + len(check.claims) == 40
    assert all(half_of(c.id) is Half.CHECK for c in check.claims)
    assert labelled.only(None) is labelled


def test_eval_reports_the_contradicted_curve_and_calibration(tiny_set, run_cli):
    from factcheck.evaluation.scoring import CURVE_BARS

    report = json.loads(run_cli("eval", str(tiny_set), "--format", "json").out)
    curve = report["curve"]
    assert [p["min_confidence"] for p in curve] == list(CURVE_BARS)
    called = [p["called"] for p in curve]
    assert called == sorted(called, reverse=True), "a higher bar never counts more verdicts"
    assert curve[0]["called"] == report["confusion"]["contradicted"]["contradicted"] + sum(
        report["confusion"][g]["contradicted"] for g in ("supported", "unmentioned")
    )
    assert 0.0 <= report["calibration_error"] <= 1.0
    table = run_cli("eval", str(tiny_set)).out
    assert "contradicted against --min-confidence" in table
    assert "confidence calibration error" in table


def test_calibration_error_on_known_confidences():
    from factcheck.evaluation.scoring import calibration_error

    assert calibration_error([0.9, 0.9, 0.1, 0.1], [True, True, False, False]) == pytest.approx(0.1)
    assert calibration_error([0.75, 0.75], [True, False]) == pytest.approx(0.25)


def test_fit_scores_the_verdicts_eval_gives_a_claim_of_two_facts(tmp_path):
    from factcheck.evaluation.scoring import evaluate, fit, load_set

    root = tmp_path / "two-facts"
    (root / "sources").mkdir(parents=True)
    (root / "sources" / "a.txt").write_text(
        "The harbour guards arrived at noon, and the smugglers left before they arrived.\n"
        "The Tollmoor ferry sails daily to Vell.\n"
    )
    records = [
        # One clause is said, the other not: the claim as a whole is not supported.
        ("The guards were paid, but the smugglers left before they arrived.", "unmentioned"),
        ("The Tollmoor ferry sails daily to Vell.", "supported"),
        ("The Marsby bakery sells rye bread.", "unmentioned"),
    ]
    (root / "claims.jsonl").write_text(
        "".join(
            json.dumps({"id": str(n), "claim": claim, "label": label}) + "\n"
            for n, (claim, label) in enumerate(records)
        )
    )
    labelled = load_set(root)
    assert evaluate(labelled).macro_f1 == 1.0
    assert fit(labelled).default_macro_f1 == 1.0
