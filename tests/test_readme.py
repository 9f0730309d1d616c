"""The README's walk-through of factcheck in CI runs as printed, in a fresh copy of the
repository's demo files: each command's output lines and exit codes are the ones shown."""

from __future__ import annotations

import os
import re
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# Where the walk-through was run (the clone's folder), as it appears in the printed output.
PRINTED_FOLDER = "/tmp/fresh"
# Lines that set up the clone, run here by copying the files instead.
SET_UP = ("git clone ", "python3 -m venv ")
END = "@@factcheck-readme-end@@"


def _section(title: str) -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    start = text.index(f"\n## {title}\n")
    end = text.find("\n## ", start + 1)
    return text[start : end if end > 0 else None]


def _commands(section: str) -> list[tuple[str, list[str]]]:
    """Each ``$ command`` of the section's console blocks, with the lines printed under it."""
    commands: list[tuple[str, list[str]]] = []
    for block in re.findall(r"```console\n(.*?)```", section, re.S):
        for line in block.splitlines():
            if line.startswith("$ "):
                commands.append((line[2:], []))
            elif commands:
                commands[-1][1].append(line)
    return [(c, printed) for c, printed in commands if not c.startswith(SET_UP)]


def _fresh_clone(folder: Path) -> None:
    for part in ("seeds", "drafts"):
        shutil.copytree(ROOT / part, folder / part)
    shutil.copy(ROOT / "pyproject.toml", folder / "pyproject.toml")
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.invalid", "-C", str(folder)]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "."], check=True)
    subprocess.run([*git, "commit", "-q", "-m", "clone"], check=True)


@pytest.mark.skipif(shutil.which("git") is None, reason="the walk-through uses git")
def test_the_ci_walk_through_runs_as_printed(tmp_path):
    folder = tmp_path / "fresh"
    folder.mkdir()
    _fresh_clone(folder)
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    command = bin_dir / "factcheck"  # as `pip install .` puts it on the PATH
    command.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m factcheck "$@"\n')
    command.chmod(command.stat().st_mode | stat.S_IEXEC)
    commands = _commands(_section("Using factcheck in CI"))
    assert len(commands) > 10
    # One shell, as a reader types them: `echo $?` says what the command before it returned.
    script = "".join(f"{c}\n__status=$?; echo {END}; (exit $__status)\n" for c, _ in commands)
    env = {
        **os.environ,
        "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}",
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "COLUMNS": "100",
    }
    env.pop("CI", None)
    ran = subprocess.run(
        ["bash", "-c", f"exec 2>&1\n{script}"],
        cwd=folder,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    outputs = ran.stdout.split(f"{END}\n")
    assert len(outputs) == len(commands) + 1, ran.stdout
    for (command_line, printed), output in zip(commands, outputs, strict=False):
        got = {line.rstrip() for line in output.splitlines()}
        shown = [line.replace(PRINTED_FOLDER, str(folder)) for line in printed]
        missing = [line for line in shown if line != "..." and line not in got]
        assert not missing, f"$ {command_line}\nprinted but not output: {missing}\noutput: {got}"
        if "..." not in printed:  # "..." marks output cut in the README
            assert len(got - {""}) == len({line for line in shown if line}), (
                f"$ {command_line}\noutput not printed: {got - set(shown)}"
            )
