"""What a newcomer and a CI system expect of the command line: the same formats and options on
every command, output that escapes what it carries, plain words, honest exit codes."""

from __future__ import annotations

import contextlib
import csv
import functools
import io
import json
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from factcheck.models import Citation, Claim, Conflict, ConflictKind, Judgement, Report, Verdict
from factcheck.render import RENDERERS, OutputFormat, RenderContext, render

ROOT = Path(__file__).resolve().parent.parent
SOURCE = "The ferry to Osk sails at 9 o'clock.\nThe harbour master of Osk is Lene Vark.\n"


def _sources(tmp_path: Path) -> Path:
    src = tmp_path / "src"
    src.mkdir(exist_ok=True)
    (src / "harbour.txt").write_text(SOURCE)
    return src


# --- the same formats and options on every command ---------------------------------------------


@pytest.mark.parametrize("fmt", [f.value for f in OutputFormat])
def test_every_command_writes_every_format(tmp_path, run_cli, fmt):
    src = str(_sources(tmp_path))
    (tmp_path / "claims.txt").write_text("The harbour master of Osk is Lene Vark.\n")
    (tmp_path / "draft.md").write_text("The harbour master of Osk is Lene Vark.\n")
    for args in (
        ("verify", "The harbour master of Osk is Lene Vark."),
        ("check", "claims.txt"),
        ("article", "draft.md"),
    ):
        result = run_cli(*args, "-s", src, "--format", fmt)
        assert result.code == 0, (args, fmt, result.err)
        assert result.out.strip(), (args, fmt)


def test_version_and_exit_codes_in_help(run_cli):
    from factcheck import __version__

    version = run_cli("--version")
    assert version.code == 0 and version.out.strip() == f"factcheck {__version__}"
    assert "3 internal error" in " ".join(run_cli("--help").out.split())


def test_help_lists_commands_in_the_order_a_user_needs_them(run_cli):
    out = run_cli("--help").out
    order = [out.index(f"│ {name} ") for name in ("verify", "check", "article", "index", "eval")]
    assert order == sorted(order)


def test_each_command_is_described_in_one_unbroken_line_of_the_help(run_cli, monkeypatch):
    monkeypatch.setenv("COLUMNS", "400")  # wide enough that rich wraps nothing
    out = run_cli("--help").out
    panel = [line for line in out[out.index("Commands") :].splitlines() if line.startswith("│")]
    names = ("verify", "check", "article", "index", "config", "sources", "eval")
    assert len(panel) == len(names), "\n".join(panel)
    assert [line.split()[1] for line in panel] == list(names)


def test_counts_are_singular_for_one(tmp_path, run_cli):
    result = run_cli(
        "verify", "The harbour master of Osk is Lene Vark.", "-s", str(_sources(tmp_path))
    )
    assert "1 claim:" in result.err and "1 claims" not in result.err


# --- colour, width and progress --------------------------------------------------------------------


def _table(tmp_path, run_cli, monkeypatch, *extra: str, env: dict | None = None, columns=60):
    """The table of one claim, run in this process with the terminal's width and environment
    set as a shell would (rich reads both when the command makes its console)."""
    monkeypatch.setenv("COLUMNS", str(columns))
    for name, value in (env or {}).items():
        monkeypatch.setenv(name, value)
    result = run_cli(
        "verify",
        "The harbour master of Osk is Lene Vark.",
        "-s",
        str(_sources(tmp_path)),
        "--format",
        "table",
        *extra,
    )
    assert result.code == 0, result.err
    return result.out


def test_color_always_never_and_no_color(tmp_path, run_cli, monkeypatch):
    table = functools.partial(_table, tmp_path, run_cli, monkeypatch)
    assert "\x1b[" in table("--color", "always", env={"NO_COLOR": ""})
    assert "\x1b[" not in table("--color", "never", env={"NO_COLOR": ""})
    assert "\x1b[" not in table(env={"NO_COLOR": "1"})


def test_the_table_fits_the_terminal_width(tmp_path, run_cli, monkeypatch):
    out = _table(tmp_path, run_cli, monkeypatch, columns=60)
    assert out and max(len(line) for line in out.splitlines()) <= 60
    wide = _table(tmp_path, run_cli, monkeypatch, columns=200)
    assert max(len(line) for line in wide.splitlines()) > 60


# --- escaping in every format -----------------------------------------------------------------------

# A source sentence and a claim carrying everything an output could act on.
HOSTILE = (
    '=HYPERLINK("x") \x1b]8;;http://x\x07link\x1b]8;;\x07 \x1b[31mred [/x] [bold]'
    " <img src=x onerror=alert(1)> ![i](http://x/i.png) @everyone %0A::error ::x, \u202e"
    " \x00\x0b"
)


def _hostile_report() -> Report:
    name = "we\nird,na:me\udcff.md"
    claim = Claim(HOSTILE, id="-1", origin=name, line=1, column=1, end_line=1, end_column=5)
    citation = Citation(name, 2, 0, 10, HOSTILE, 80.0)
    conflict = Conflict(ConflictKind.ENTITY, "a\nb", "c\rd", name, 2)
    judgements = (
        Judgement(claim, Verdict.CONTRADICTED, 80.0, (citation,), (conflict,), reason="r\x1b[0m"),
        Judgement(claim, Verdict.UNMENTIONED, 10.0, (citation,), ()),
    )
    return Report(judgements)


# The HTML page escapes with its template engine, and is tested with it.
@pytest.mark.parametrize("fmt", [f for f in OutputFormat if f is not OutputFormat.HTML])
def test_no_format_lets_through_what_it_carries(fmt, tmp_path):
    report = _hostile_report()
    context = RenderContext(root=tmp_path, source_paths={})
    out = render(report, fmt, context=context)
    out.encode("utf-8")  # every output is valid UTF-8 (no lone surrogate)
    if fmt in (OutputFormat.JSON, OutputFormat.SARIF):
        json.loads(out)
    elif fmt is OutputFormat.JSONL:
        assert all(json.loads(line) for line in out.splitlines())
    else:
        assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out
    if fmt is OutputFormat.JUNIT:
        ElementTree.fromstring(out.encode())  # XML 1.0: no control characters
    if fmt is OutputFormat.GITHUB:
        commands = [line for line in out.splitlines() if line.startswith("::")]
        assert len(commands) == 2  # a name or a message never starts another command
        assert all(line.startswith(("::error file=", "::warning file=")) for line in commands)
        assert "file=we\\nird%2Cna%3Ame\\xff.md," in commands[0]
    if fmt is OutputFormat.CSV:
        rows = list(csv.reader(io.StringIO(out)))
        for row in rows[1:]:
            assert all(not cell.startswith(("=", "+", "-", "@")) for cell in row)
    if fmt is OutputFormat.MARKDOWN:
        assert "\\<img" in out and "<img" not in out.replace("\\<img", "")
        assert "![" not in out and "@everyone" not in out


def test_rich_markup_in_a_claim_is_text(tmp_path, run_cli):
    result = run_cli(
        "verify",
        "The harbour [/x] master [bold]of Osk is Lene Vark.",
        "-s",
        str(_sources(tmp_path)),
        "--format",
        "table",
    )
    assert result.code == 0 and "[/x]" in result.out


def test_sarif_uris_resolve_from_the_repository_root(tmp_path, run_cli, monkeypatch):
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    src = _sources(tmp_path)
    (tmp_path / "posts").mkdir()
    draft = tmp_path / "posts" / "ferry note.md"
    draft.write_text("The harbour master of Osk is Jon Vark.\n")
    monkeypatch.chdir(tmp_path / "posts")
    result = run_cli("article", "ferry note.md", "-s", str(src), "--format", "sarif")
    log = json.loads(result.out)
    found = log["runs"][0]["results"][0]
    assert (
        found["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        == "posts/ferry%20note.md"
    )
    related = found["relatedLocations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert related == "src/harbour.txt"


def test_a_file_name_that_is_not_utf8_or_holds_a_newline_is_shown_escaped(tmp_path, run_cli):
    src = tmp_path / "src"
    src.mkdir()
    (src / "harbour.txt").write_text(SOURCE)
    odd = bytes(src) + b"/n\xffme\nx.txt"
    with open(odd, "w") as handle:
        handle.write("The harbour master of Osk is Lene Vark.\n")
    claim = "The harbour master of Osk is Ulf Vark."
    for fmt in ("table", "json", "github", "sarif", "junit"):
        # Captured as bytes and read back as UTF-8, as a whole process's output would be.
        result = run_cli("verify", claim, "-s", "src", "--format", fmt)
        assert result.code in (0, 1), (fmt, result.err)
        assert "Traceback" not in result.err and result.out
    # And once as a whole process, writing to a real pipe.
    done = subprocess.run(
        [sys.executable, "-m", "factcheck", "verify", claim, "-s", "src", "--format", "table"],
        cwd=tmp_path,
        capture_output=True,
        timeout=60,
    )
    assert done.returncode in (0, 1), done.stderr
    assert b"Traceback" not in done.stderr
    done.stdout.decode("utf-8")


# --- plain words -------------------------------------------------------------------------------------


def test_conflict_labels_are_plain_and_the_deciding_sentence_comes_first():
    from factcheck.render.evidence import conflict_label, evidence, ordered_citations

    date = Conflict(ConflictKind.DATE, "October 28", "October 30", "a.txt", 3)
    assert conflict_label(date) == "date: October 28 vs 30"
    other = Citation("b.txt", 9, 0, 5, "The fair opened in spring.", 90.0)
    deciding = Citation("a.txt", 3, 0, 5, "The fair opened on October 30.", 70.0)
    claim = Claim("The fair opened on October 28.", id="1")
    j = Judgement(claim, Verdict.CONTRADICTED, 70.0, (other, deciding), (date,))
    assert ordered_citations(j)[0] == deciding
    assert evidence(j).startswith('source says "The fair opened on October 30."')
    unmentioned = Judgement(claim, Verdict.UNMENTIONED, 10.0, (other,), ())
    assert "source says" not in evidence(unmentioned) and "closest" in evidence(unmentioned)


def test_every_format_has_a_renderer():
    assert set(RENDERERS) == set(OutputFormat)


# --- configuration and eval ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("table", "named"),
    [
        ("[tool.factcheck.thresholds]\nsupport = 1.5\n", "support"),
        ("[tool.factcheck.thresholds]\ncontradict = nan\n", "contradict"),
        ("[tool.factcheck.thresholds]\ncandidates = 0\n", "candidates"),
        ("[tool.factcheck]\nsource = ['x']\n", "source"),
        ("[tool.factcheck]\nfail-on = 'sometimes'\n", "fail-on"),
    ],
)
def test_invalid_settings_name_the_file_and_key(isolated, run_cli, table, named):
    (isolated / "pyproject.toml").write_text(table)
    result = run_cli("config")
    assert result.code == 2 and "pyproject.toml" in result.err and named in result.err


def test_config_shows_the_values_in_force(isolated, run_cli):
    (isolated / "pyproject.toml").write_text("[tool.factcheck]\nsources = ['src']\n")
    out = run_cli("config").out
    assert f"sources = ['{isolated / 'src'}']" in out and "pyproject.toml" in out
    assert "include = ['**/*.md'" in out


def test_eval_on_an_unlabelled_file_says_labels_are_missing(tmp_path, run_cli):
    (tmp_path / "claims.jsonl").write_text('{"claim": "The ferry to Osk sails at 9 o\'clock."}\n')
    result = run_cli("eval", "claims.jsonl", "-s", str(_sources(tmp_path)))
    assert result.code == 2 and "claims.jsonl:1: no label" in result.err


# --- honest exit codes ----------------------------------------------------------------------------


def test_an_internal_error_is_exit_3_naming_its_step_and_debug_shows_the_traceback(
    tmp_path, run_cli, monkeypatch
):
    from factcheck.ingest import segment

    def broken(text):
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(segment, "split_sentences", broken)
    monkeypatch.setattr("factcheck.ingest.sources.split_sentences", broken)
    src = _sources(tmp_path)
    result = run_cli("verify", "The ferry sails at 9.", "-s", str(src))
    assert result.code == 3
    assert "internal error while reading the source" in result.err and "harbour.txt" in result.err
    assert "Traceback" not in result.err and "--debug" in result.err
    debug = run_cli("verify", "The ferry sails at 9.", "-s", str(src), "--debug")
    assert debug.code == 3 and "Traceback" in debug.err and "ZeroDivisionError" in debug.err


def test_closed_stdout_and_stderr_give_no_traceback(tmp_path):
    src = str(_sources(tmp_path))
    base = [
        sys.executable,
        "-m",
        "factcheck",
        "verify",
        "The ferry to Osk sails at 9 o'clock.",
        "-s",
        src,
    ]
    closed_out = subprocess.run(
        base,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        timeout=60,
        preexec_fn=lambda: __import__("os").close(1),
    )
    assert closed_out.returncode == 2 and b"standard output is closed" in closed_out.stderr
    closed_err = subprocess.run(
        base,
        capture_output=False,
        stdout=subprocess.PIPE,
        timeout=60,
        preexec_fn=lambda: __import__("os").close(2),
    )
    assert closed_err.returncode == 0 and b"supported" in closed_err.stdout
    with open("/dev/full", "w") as full_disk:
        full = subprocess.run(
            [*base, "--format", "json"], stdout=full_disk, stderr=subprocess.PIPE, timeout=60
        )
    assert full.returncode == 2 and b"cannot write the results" in full.stderr
    assert b"Traceback" not in full.stderr


class _FullDisk(io.StringIO):
    """Standard output on a disk that is full: every write fails."""

    def write(self, text: str) -> int:
        raise OSError(28, "No space left on device")


@pytest.mark.parametrize(
    "command",
    [
        ["verify", "The ferry to Osk sails at 9 o'clock.", "--format", "table"],
        ["verify", "The ferry to Osk sails at 9 o'clock.", "--format", "markdown"],
        ["sources", "--fail-on", "--format", "table"],
        ["sources", "--fail-on", "--format", "json"],
        ["sources", "--fail-on", "--format", "markdown"],
        ["eval", "labelled.jsonl", "--format", "table"],
        ["eval", "labelled.jsonl", "--format", "json"],
    ],
)
def test_a_full_disk_is_exit_2_on_every_command_and_format(tmp_path, run_cli, monkeypatch, command):
    src = _sources(tmp_path)
    (tmp_path / "labelled.jsonl").write_text(
        '{"claim": "The ferry to Osk sails at 9 o\'clock.", "label": "supported"}\n'
    )
    where = [str(src)] if command[0] == "sources" else ["-s", str(src)]
    if command[0] == "sources":
        command = [command[0], *where, "--fail-on", "never", *command[2:]]
    else:
        command = [*command[:2], *where, *command[2:]]
    monkeypatch.setattr(sys, "stdout", _FullDisk())
    result = run_cli(*command)
    assert result.code == 2, result.err
    assert "cannot write the results: No space left on device" in result.err
    assert "internal error" not in result.err


def test_a_configuration_file_that_is_not_utf8_is_exit_2_naming_it(isolated, run_cli):
    (isolated / ".factcheck.toml").write_bytes("[tool.factcheck]\n".encode("utf-16"))
    result = run_cli("config")
    assert result.code == 2 and ".factcheck.toml" in result.err and "UTF-8" in result.err


def test_a_killed_worker_is_an_internal_error_not_an_interruption(tmp_path):
    """A worker killed mid-run (out of memory, an operator) leaves results missing: exit 3."""
    claims = tmp_path / "many.txt"
    claims.write_text("".join(f"The ferry number {n} sails to Osk at 9.\n" for n in range(3000)))
    script = (
        "import os, signal, sys\n"
        "from factcheck import parallel as pool\n"
        "real = pool._serve\n"
        "def dying(function, items, pipe):\n"
        "    if len(items) and os.getpid() % 1 == 0 and items[0].line == 2:\n"
        "        os.kill(os.getpid(), signal.SIGKILL)\n"
        "    real(function, items, pipe)\n"
        "pool._serve = dying\n"
        "sys.argv = ['factcheck', 'check', sys.argv[1], '-s', sys.argv[2], '--format', 'json']\n"
        "from factcheck.cli import run\n"
        "run()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(claims), str(_sources(tmp_path))],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 3, done.stderr
    assert "internal error while checking" in done.stderr and "Traceback" not in done.stderr


# --- a long claims file streams its results ---------------------------------------------------------


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_results_stream_out_before_the_claims_end(tmp_path, fmt):
    """Results of a batch appear while the claims are still being written: a claims file of
    millions of lines is never held whole (memory is measured in bench/, not here)."""
    import os
    import select

    src = str(_sources(tmp_path))
    process = subprocess.Popen(
        [sys.executable, "-m", "factcheck", "check", "-", "-s", src, "--format", fmt],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        lines = "".join(f"The ferry number {n} sails to Osk at 9.\n" for n in range(600))
        process.stdin.write(lines.encode())
        process.stdin.flush()
        ready, _, _ = select.select([process.stdout], [], [], 60)
        assert ready, "no result before the input ended"
        first = os.read(process.stdout.fileno(), 1 << 16).decode()
        assert first.strip()
        assert process.poll() is None  # still waiting for the rest of the claims
    finally:
        process.stdin.close()
        out = first + process.stdout.read().decode()
        process.wait(timeout=60)
    rows = out.strip().splitlines()
    assert len(rows) == 600 + (fmt == "csv")
    assert process.returncode == 0


# --- examples that run, versions that can be pinned -----------------------------------------------


def _help_examples() -> list[str]:
    import typer.main

    from factcheck.cli import load_commands

    app = load_commands()

    examples = []
    for command in typer.main.get_command(app).commands.values():
        for line in (command.help or "").splitlines():
            line = line.strip()
            if line.startswith(("factcheck ", "cat ")):
                examples.append(line)
    return examples


@pytest.mark.parametrize("example", _help_examples())
def test_every_help_example_runs_in_a_fresh_clone(example, run_cli, monkeypatch, tmp_path):
    import shlex

    monkeypatch.chdir(ROOT)
    words = shlex.split(example)
    stdin = None
    if words[0] == "cat":
        stdin = (ROOT / words[1]).read_text()
        words = words[3:]
    if ">" in words:
        words = words[: words.index(">")]
    words = [str(tmp_path / "index") if w == ".factcheck-index" else w for w in words]
    if "--output" in words:
        at = words.index("--output") + 1
        words[at] = str(tmp_path / words[at])
    result = run_cli(*words[1:], stdin=stdin)
    assert result.code in (0, 1), (example, result.err)


def test_the_readme_pins_the_version_pyproject_declares():
    import re

    import tomllib

    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    readme = (ROOT / "README.md").read_text()
    pinned = re.findall(r"(?:rev: |factcheck@)(v[0-9][^\s`)]*)", readme)
    assert pinned and set(pinned) == {f"v{version}"}


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")
@pytest.mark.parametrize("fmt", ["jsonl", "json"])
def test_progress_on_a_terminal_stderr_leaves_the_redirected_results_whole(tmp_path, fmt):
    import os
    import pty

    claims = tmp_path / "many.txt"
    claims.write_text("".join(f"The ferry number {n} sails to Osk at 9.\n" for n in range(120)))
    main, terminal = pty.openpty()
    out = tmp_path / "out"
    try:
        with out.open("w") as handle:
            done = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "factcheck",
                    "check",
                    str(claims),
                    "-s",
                    str(_sources(tmp_path)),
                    "--format",
                    fmt,
                ],
                stdout=handle,
                stderr=terminal,
                timeout=120,
            )
        os.close(terminal)
        shown = b""
        with contextlib.suppress(OSError):
            while chunk := os.read(main, 1 << 16):
                shown += chunk
    finally:
        os.close(main)
    assert done.returncode == 0
    text = out.read_text()
    results = text.splitlines() if fmt == "jsonl" else json.loads(text)["results"]
    assert len(results) == 120
    assert b"120 claims" in shown


def test_a_run_loads_only_the_command_it_invokes(tmp_path):
    script = (
        "import sys\n"
        "from factcheck.cli import load_commands\n"
        "import typer.main\n"
        "group = typer.main.get_command(load_commands(sys.argv[1:]))\n"
        "print(' '.join(group.commands))\n"
        "print(' '.join(sorted(m for m in sys.modules if m.startswith('factcheck.cli.'))))\n"
    )

    def loaded(*args: str) -> tuple[list[str], list[str]]:
        done = subprocess.run(
            [sys.executable, "-c", script, *args], capture_output=True, text=True, timeout=60
        )
        assert done.returncode == 0, done.stderr
        commands, modules = done.stdout.splitlines()
        return commands.split(), modules.split()

    commands, modules = loaded("verify", "The ferry runs daily.", "--format", "json")
    assert commands == ["verify", "check"]
    assert "factcheck.cli.eval_command" not in modules
    assert "factcheck.cli.sources_command" not in modules
    commands, _ = loaded("--help")
    assert commands == ["verify", "check", "article", "index", "config", "sources", "eval"]
    commands, _ = loaded("-h", "verify")
    assert len(commands) == 7
    commands, _ = loaded("verify", "--help")
    assert commands == ["verify", "check"]
    commands, _ = loaded("no-such-command")
    assert len(commands) == 7
