"""The command line: end-to-end cases from data files, formats, exit codes, errors."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck.render import RENDERERS, OutputFormat

from .conftest import CLAIMS, ROOT, SEEDS

CASES = sorted((Path(__file__).parent / "cases").glob("*.json"))


@pytest.mark.parametrize("case_file", CASES, ids=lambda p: p.stem)
def test_end_to_end_case(case_file, run_cli):
    case = json.loads(case_file.read_text())
    args = [a.replace("{seeds}", str(SEEDS)).replace("{claims}", str(CLAIMS)) for a in case["args"]]
    result = run_cli(*args, "--format", "jsonl")
    assert result.code == case["exit_code"], result.err
    verdicts = [json.loads(line)["verdict"] for line in result.out.splitlines()]
    assert verdicts == case["verdicts"]


def test_every_output_format_has_a_renderer():
    assert set(RENDERERS) == set(OutputFormat)


def test_json_schema(run_cli):
    result = run_cli(
        "verify", "The talks were mediated by Iran and Qatar.", "-s", str(SEEDS), "-f", "json"
    )
    document = json.loads(result.out)
    assert document["schema_version"] == 1
    assert document["summary"] == {
        "supported": 0,
        "contradicted": 1,
        "unmentioned": 0,
        "total": 1,
        "disputed": 0,
    }
    (r,) = document["results"]
    assert set(r) >= {"id", "claim", "verdict", "score", "citations", "conflicts", "disputed"}
    assert set(r["citations"][0]) >= {"source", "line", "start", "end", "sentence"}
    conflict = r["conflicts"][0]
    assert conflict["source"] in {c["source"] for c in r["citations"]}
    assert {k: v for k, v in conflict.items() if k not in {"source", "line"}} == {
        "kind": "entity",
        "relation": "mediated by",
        "claim_text": "Iran",
        "source_text": "Turkey",
    }
    assert result.code == 1


def test_csv_and_markdown(run_cli):
    result = run_cli("check", str(CLAIMS / "seeds.csv"), "-s", str(SEEDS), "-f", "csv")
    rows = list(csv.DictReader(io.StringIO(result.out)))
    assert [r["id"] for r in rows][:2] == ["doha-date", "doha-date-and"]
    assert all(r["verdict"] in {"supported", "contradicted", "unmentioned"} for r in rows)
    md = run_cli("check", str(CLAIMS / "seeds.csv"), "-s", str(SEEDS), "-f", "markdown").out
    assert md.startswith("| # | claim | verdict |") and "✘ contradicted" in md


def test_table_shows_verdict_symbol_citation_and_conflict(run_cli):
    result = run_cli(
        "verify",
        "The ceasefire accord was first obtained in Doha on October 28, 2025.",
        "-f",
        "table",
        "-s",
        str(SEEDS),
    )
    assert "✘ contradicted" in result.out
    assert "000_486078ff4a3b01fc.txt:15" in result.out
    assert "October 28, 2025 vs" in result.out
    assert "1 contradicted" in result.err


def test_explain_lists_candidates(run_cli):
    result = run_cli(
        "verify",
        "Turkey and Qatar mediated the talks.",
        "-s",
        str(SEEDS),
        "-f",
        "json",
        "--explain",
    )
    candidates = json.loads(result.out)["results"][0]["candidates"]
    assert len(candidates) > 1 and "coverage" in candidates[0]


def test_default_sources_are_local_seeds_then_packaged(run_cli, isolated):
    result = run_cli("verify", "Turkey and Qatar mediated the talks.")
    assert "shipped with factcheck" in result.err
    assert json.loads(result.out)["verdict"] == "supported"
    (isolated / "seeds").mkdir()
    (isolated / "seeds" / "x.txt").write_text("Qatar alone mediated the talks.\n")
    result = run_cli("verify", "Turkey and Qatar mediated the talks.")
    assert json.loads(result.out)["citations"][0]["source"] == "x.txt"


def test_config_sources_and_unknown_keys(run_cli, isolated):
    (isolated / "docs").mkdir()
    (isolated / "docs" / "a.txt").write_text("The museum opened in 1990.\n")
    (isolated / "pyproject.toml").write_text('[tool.factcheck]\nsources = ["docs"]\n')
    assert (
        json.loads(run_cli("verify", "The museum opened in 1991.").out)["verdict"] == "contradicted"
    )
    (isolated / "pyproject.toml").write_text('[tool.factcheck]\nsource = ["docs"]\n')
    result = run_cli("verify", "The museum opened in 1991.")
    assert result.code == 2 and "unknown key(s) in [tool.factcheck]: source" in result.err


def test_stdin_claims(run_cli):
    result = run_cli("check", "-", "-s", str(SEEDS), stdin="Turkey and Qatar mediated the talks.\n")
    assert json.loads(result.out)["verdict"] == "supported"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["verify", "x", "-s", "missing-folder"], "missing-folder: no such file or folder"),
        (["verify", "   "], "claim 1 is empty"),
        (["verify", "x", "-f", "yaml"], "Invalid value for '--format'"),
        (["check", "nope.txt"], "nope.txt: no such file"),
        (["verify", "x", "--fail-on", "always"], "--fail-on must be one of"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(args, message, run_cli):
    result = run_cli(*args)
    assert result.code == 2
    assert message in result.err
    assert len(result.err.strip().splitlines()) == 1
    assert "Traceback" not in result.err


def test_bad_jsonl_line_is_named(run_cli, isolated):
    (isolated / "c.jsonl").write_text('{"claim": "a"}\n{oops}\n')
    result = run_cli("check", "c.jsonl", "-s", str(SEEDS))
    assert result.code == 2 and "c.jsonl:2: invalid JSON" in result.err


def test_every_command_and_option_is_in_the_readme():
    import typer.main

    from factcheck.cli import load_commands

    app = load_commands()

    readme = (ROOT / "README.md").read_text()
    group = typer.main.get_command(app)
    for name, command in group.commands.items():
        assert f"factcheck {name}" in readme, f"command {name} is not documented"
        for param in command.params:
            for opt in getattr(param, "opts", []):
                if opt.startswith("--") and opt != "--help":
                    assert opt in readme, f"option {opt} of {name} is not documented"


def test_a_whole_process_writes_all_its_output_before_it_ends(tmp_path):
    from factcheck.run.batch import MIN_PARALLEL_CLAIMS

    count = MIN_PARALLEL_CLAIMS + 20  # judged by forked workers, which end with os._exit
    claims = tmp_path / "many.txt"
    claims.write_text(
        "".join(f"Claim {n} says the talks were held in Istanbul.\n" for n in range(count))
    )
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "ferry.txt").write_text("The ferry to Varnek sails at nine on weekdays.\n")
    out = tmp_path / "out.jsonl"
    command = [sys.executable, "-m", "factcheck", "check", str(claims), "-s", str(sources)]
    with out.open("w") as handle:
        done = subprocess.run(
            [*command, "--fail-on", "never"], stdout=handle, stderr=subprocess.PIPE, timeout=120
        )
    assert done.returncode == 0 and f"{count} claims".encode() in done.stderr
    assert [json.loads(line)["id"] for line in out.read_text().splitlines()] == [
        str(n) for n in range(1, count + 1)
    ]
    bad = subprocess.run([*command, "--fail-on", "maybe"], capture_output=True, text=True)
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1 and "--fail-on" in bad.stderr


def test_python_dash_m_works():
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "factcheck",
            "verify",
            "Turkey and Qatar mediated the talks.",
            "-s",
            str(SEEDS),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert result.returncode == 0 and json.loads(result.stdout)["verdict"] == "supported"
