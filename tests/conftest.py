"""Shared fixtures. Tests never read the user's configuration, home or the network."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from factcheck import load_sources
from factcheck.corpus.collection import Corpus
from factcheck.ingest.sources import document_from_text

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
CLAIMS = ROOT / "claims"


def damage(path: Path, data: bytes) -> None:
    """Give an index file new, damaged bytes as a new file moved over it: a command run earlier
    in this test process may still have the old file mapped, and a mapping whose file is cut
    short in place faults when it is read."""
    scratch = path.with_name(path.name + ".damaged")
    scratch.write_bytes(data)
    os.replace(scratch, path)


def corpus_of(**docs: str) -> Corpus:
    """A corpus of the given documents, by file name, read from text rather than disk."""
    return Corpus.from_documents([document_from_text(name, text) for name, text in docs.items()])


@pytest.fixture(autouse=True)
def isolated(tmp_path, monkeypatch):
    """Run every test in an empty folder with a fixed terminal and no colour."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "120")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / ".cache"))
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    return tmp_path


@pytest.fixture(scope="session", autouse=True)
def command_line_built_once():
    """typer builds the click command tree from the commands' signatures on every call of the
    app (once per process in real use, but a few seconds over the tests' hundreds of in-process
    runs); they share one tree, built here as the first call would build it."""
    import typer.main

    from factcheck.cli import load_commands

    app = load_commands()

    build = typer.main.get_command
    built = build(app)

    def get_command(typer_app):
        return built if typer_app is app else build(typer_app)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(typer.main, "get_command", get_command)
        yield


@pytest.fixture(scope="session")
def seeds_corpus():
    return load_sources([SEEDS])


class CliResult:
    def __init__(self, code: int, out: str, err: str) -> None:
        self.code, self.out, self.err = code, out, err


@pytest.fixture
def run_cli(capsys, monkeypatch):
    """Run ``factcheck ARGS`` in-process through the real entry point; returns code, stdout, stderr."""
    from factcheck.cli import main

    def run(*args: str, stdin: str | None = None) -> CliResult:
        monkeypatch.setattr(sys, "argv", ["factcheck", *args])
        if stdin is not None:
            import io

            monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        code = 0
        try:
            main()
        except SystemExit as exc:
            code = int(exc.code or 0)
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return run
