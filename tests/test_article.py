"""Drafted articles: which sentences are claims, suppression, CI formats, exit codes, --diff."""

from __future__ import annotations

import hashlib
import json
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest

from factcheck.ingest.drafts import parse_draft

from .conftest import ROOT, SEEDS

DRAFTS = ROOT / "drafts"
CLEAN = DRAFTS / "istanbul-talks.md"
ERRORS = DRAFTS / "istanbul-talks-errors.md"
SARIF_SCHEMA = Path(__file__).parent / "data" / "sarif-schema-2.1.0.json"
PLANTED = [7, 8, 10, 11, 12, 13, 14]  # one line per planted contradiction


def test_only_prose_sentences_are_claims():
    text = (
        "---\ntitle: The talks ended on May 1, 2020\n---\n"
        "# Talks in Oslo ended on May 2, 2020\n\n"
        "The talks in Oslo ended on May 3, 2020. Did they end on May 4, 2020?\n\n"
        "> The talks ended on May 5, 2020, a critic said.\n\n"
        "- Officials from Norway signed the accord on [May 6](https://x.org/May-7-2020).\n\n"
        "```\nThe talks ended on May 8, 2020.\n```\n\n"
        "<div>The talks ended on May 9, 2020.</div>\n\n"
        "Use `ended on May 10, 2020` in code. ![Talks ended May 11, 2020](a.png)\n"
    )
    draft = parse_draft("d.md", text)
    assert [(c.line, c.column, c.text) for c in draft.claims] == [
        (6, 1, "The talks in Oslo ended on May 3, 2020."),
        (10, 3, "Officials from Norway signed the accord on May 6."),
    ]
    with_all = parse_draft("d.md", text, include_quotes=True, include_questions=True)
    assert len(with_all.claims) == 4


def test_opinions_hedges_and_transitions_are_skipped_and_counted():
    draft = parse_draft(
        "d.md", "We think the plan is good. However, more later. It may rain in Oslo on Monday.\n"
    )
    assert draft.claims == () and draft.skipped == 3


def test_suppression_comments():
    text = (
        "<!-- factcheck-disable-next-line -->\nOslo hosted the talks in 2020.\n\n"
        "Bergen hosted the talks in 2021.\n\n"
        "<!-- factcheck off -->\nTromso hosted the talks in 2022.\n\nAlta hosted them in 2023.\n"
        "<!-- factcheck on -->\nNarvik hosted the talks in 2024.\n"
    )
    draft = parse_draft("d.md", text)
    assert [c.text.split()[0] for c in draft.claims] == ["Bergen", "Narvik"]
    assert draft.suppressed == 3


def test_plain_text_drafts_keep_line_and_column():
    draft = parse_draft(
        "d.txt",
        "Intro line without facts here.\n\n  Oslo hosted the talks in 2020.\n",
        markdown=False,
    )
    (claim,) = draft.claims
    assert (claim.line, claim.column, claim.end_line, claim.end_column) == (3, 3, 3, 33)


def test_clean_draft_passes(run_cli):
    result = run_cli("article", str(CLEAN), "--sources", str(SEEDS))
    assert result.code == 0, result.out
    assert result.out.splitlines()[-1].startswith("1 draft, 5 sentences checked: 5 supported")


def test_planted_errors_are_flagged_on_their_lines(run_cli):
    result = run_cli("article", str(ERRORS), "--sources", str(SEEDS))
    assert result.code == 1
    flagged = [line for line in result.out.splitlines() if ": contradicted: " in line]
    assert [int(line.split(":")[1]) for line in flagged] == PLANTED
    assert all(line.startswith(f"{ERRORS}:") for line in flagged)
    assert '(source says "' in flagged[0]
    assert f"{ERRORS}:16:1: unmentioned: India won the cricket world cup in 2011." in result.out


@pytest.mark.parametrize(
    ("policy", "code"), [("never", 0), ("unmentioned", 1), ("contradicted", 1)]
)
def test_fail_on(run_cli, policy, code):
    assert run_cli("article", str(ERRORS), "-s", str(SEEDS), "--fail-on", policy).code == code


def test_the_draft_is_never_modified(run_cli):
    before = hashlib.sha256(ERRORS.read_bytes()).hexdigest()
    run_cli("article", str(ERRORS), "-s", str(SEEDS), "--format", "sarif")
    assert hashlib.sha256(ERRORS.read_bytes()).hexdigest() == before


def test_github_annotations(run_cli):
    out = run_cli("article", str(ERRORS), "-s", str(SEEDS), "--format", "github").out
    errors = [line for line in out.splitlines() if line.startswith("::error ")]
    assert len(errors) == len(PLANTED)
    assert errors[0].startswith(f"::error file={ERRORS},line=7,col=1,endLine=7,endColumn=")
    assert ",title=factcheck%3A contradicted::" in errors[0]
    assert any(line.startswith("::warning ") and "line=16" in line for line in out.splitlines())


def test_sarif_validates_against_the_official_schema(run_cli):
    out = run_cli("article", str(ERRORS), "-s", str(SEEDS), "--format", "sarif").out
    log = json.loads(out)
    jsonschema.validate(log, json.loads(SARIF_SCHEMA.read_text()))
    results = log["runs"][0]["results"]
    assert [
        r["locations"][0]["physicalLocation"]["region"]["startLine"]
        for r in results
        if r["level"] == "error"
    ] == PLANTED
    assert results[0]["relatedLocations"][0]["physicalLocation"]["artifactLocation"][
        "uri"
    ].endswith(".txt")


def test_json_results_carry_path_line_column(run_cli):
    document = json.loads(run_cli("article", str(ERRORS), "-s", str(SEEDS), "--format", "json").out)
    first = document["results"][0]
    assert (first["path"], first["line"], first["column"]) == (str(ERRORS), 7, 1)
    assert document["summary"]["suppressed"] == 1


def test_junit(run_cli):
    root = ET.fromstring(run_cli("article", str(ERRORS), "-s", str(SEEDS), "--format", "junit").out)
    assert root.get("tests") == "8" and root.get("failures") == str(len(PLANTED))


def test_markdown_and_table(run_cli):
    md = run_cli("article", str(ERRORS), "-s", str(SEEDS), "--format", "markdown").out
    assert md.startswith("## factcheck") and "| `" in md and "✘ contradicted" in md
    table = run_cli("article", str(CLEAN), "-s", str(SEEDS), "--format", "table").out
    assert "✔ supported" in table


def test_diff_checks_only_changed_lines(tmp_path, run_cli):
    def git(*args):
        subprocess.run(["git", *args], cwd=tmp_path, check=True, capture_output=True)

    git("init", "-q")
    git("config", "user.email", "t@example.org")
    git("config", "user.name", "t")
    draft = tmp_path / "post.md"
    draft.write_text("The talks were mediated by Turkey and Qatar.\n")
    git("add", ".")
    git("commit", "-qm", "first")
    draft.write_text(
        "The talks were mediated by Turkey and Qatar.\n\nThe talks were mediated by Iran and Qatar.\n"
    )
    result = run_cli("article", str(draft), "-s", str(SEEDS), "--diff", "HEAD", "--format", "json")
    results = json.loads(result.out)["results"]
    assert [r["line"] for r in results] == [3]
    assert run_cli("article", str(draft), "-s", str(SEEDS), "--diff", "no-such-rev").code == 2


def test_diff_outside_git(tmp_path, run_cli):
    (tmp_path / "post.md").write_text("The talks were mediated by Turkey and Qatar.\n")
    result = run_cli("article", str(tmp_path / "post.md"), "-s", str(SEEDS), "--diff", "HEAD")
    assert result.code == 2 and "git repository" in result.err


def test_drafts_from_a_folder_with_config(tmp_path, run_cli):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.md").write_text("The talks were mediated by Iran and Qatar.\n")
    (tmp_path / "docs" / "skip.md").write_text("The talks were mediated by Iran and Qatar.\n")
    (tmp_path / ".factcheck.toml").write_text(f'sources = ["{SEEDS}"]\nexclude = ["skip.md"]\n')
    result = run_cli("article", "docs")
    assert (
        result.code == 1 and "a.md:1:1: contradicted" in result.out and "skip.md" not in result.out
    )
    config = run_cli("config").out
    assert "exclude = ['skip.md']" in config and ".factcheck.toml" in config
