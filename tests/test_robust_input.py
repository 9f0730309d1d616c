"""Whatever files people have: other formats, encodings, broken and hostile input."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys

import pytest

from factcheck import Verdict, check_one, load_sources
from factcheck.errors import InputError

from .conftest import ROOT, SEEDS
from .pdfmaker import write_pdf


def test_html_main_text_without_navigation(tmp_path):
    (tmp_path / "page.html").write_text(
        "<html><head><title>Bridge news</title><script>var tolls = 9;</script></head><body>"
        "<nav>Home | Sports | Tolls rise to 9 dollars</nav><article><h1>Bridge reopens</h1>"
        "<p>The <b>Harbour Bridge</b> reopened on <a href='/x'>Monday</a>. Traffic resumed.</p>"
        "<ul><li>Tolls stay at 4 dollars.</li></ul></article><footer>Copyright</footer></body></html>"
    )
    corpus = load_sources([tmp_path])
    texts = [s.text for s in corpus.sentences()]
    assert "The Harbour Bridge reopened on Monday." in texts
    assert not any("Home" in t or "var tolls" in t or "Copyright" in t for t in texts)
    j = check_one("Tolls rose to 9 dollars.", corpus)
    assert j.verdict is not Verdict.SUPPORTED


def test_pdf_citations_name_the_page(tmp_path):
    write_pdf(
        tmp_path / "report.pdf",
        ["The bridge opened in 1932.", "It carries 160,000 vehicles daily."],
    )
    j = check_one(
        "The bridge carries 150,000 vehicles daily.", load_sources([tmp_path / "report.pdf"])
    )
    assert j.verdict is Verdict.CONTRADICTED
    assert j.citations[-1].page == 2
    assert j.conflicts[0].source_text == "160,000"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("The café opened in 1990.".encode("utf-8-sig"), "The café opened in 1990."),
        ("The café opened in 1990.".encode("utf-16"), "The café opened in 1990."),
    ],
)
def test_unicode_encodings(tmp_path, data, expected):
    (tmp_path / "a.txt").write_bytes(data)
    assert load_sources([tmp_path / "a.txt"]).sentence(0).text == expected


def test_other_encodings_are_read_with_a_warning(tmp_path):
    (tmp_path / "a.txt").write_bytes("The café opened in Zürich.".encode("latin-1"))
    warnings: list[str] = []
    corpus = load_sources([tmp_path], warnings.append)
    assert corpus.sentence(0).text == "The café opened in Zürich."
    assert len(warnings) == 1 and "a.txt:1: not valid UTF-8" in warnings[0]


def test_junk_in_a_folder_is_skipped_with_one_warning_each(tmp_path):
    (tmp_path / "good.txt").write_text("The bridge opened in 1932.\n")
    (tmp_path / "blob.bin").write_bytes(bytes(range(256)))
    (tmp_path / "nul.txt").write_bytes(b"abc\x00def")
    (tmp_path / "empty.md").write_text("")
    (tmp_path / ".hidden.txt").write_text("Secret text.\n")
    (tmp_path / "__pycache__").mkdir()
    (tmp_path / "__pycache__" / "x.txt").write_text("Cached text.\n")
    warnings: list[str] = []
    corpus = load_sources([tmp_path], warnings.append)
    assert [d.name for d in corpus.store.documents if d.sentences] == ["good.txt"]
    assert len(warnings) == 3
    assert any("blob.bin: skipped" in w for w in warnings)
    assert any("NUL bytes" in w for w in warnings)


def test_a_file_named_directly_must_be_readable(tmp_path):
    (tmp_path / "nul.txt").write_bytes(b"abc\x00def")
    with pytest.raises(InputError, match=r"nul.txt:1: contains NUL bytes"):
        load_sources([tmp_path / "nul.txt"])


def test_unreadable_file(tmp_path, monkeypatch):
    from factcheck.ingest import formats

    target = tmp_path / "a.txt"
    target.write_text("x")
    original = formats._read_all

    def denied(path):  # as reading it would fail without root's rights
        if path.name == "a.txt":
            raise PermissionError(13, "Permission denied")
        return original(path)

    monkeypatch.setattr(formats, "_read_all", denied)
    with pytest.raises(InputError, match=r"a\.txt: permission denied"):
        load_sources([target])


def test_symlink_loop(tmp_path):
    os.symlink(tmp_path / "b", tmp_path / "a")
    os.symlink(tmp_path / "a", tmp_path / "b")
    with pytest.raises(InputError, match="looping symbolic link"):
        load_sources([tmp_path / "a"])


def test_empty_sources(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    with pytest.raises(InputError, match="no text found"):
        load_sources([tmp_path])
    with pytest.raises(InputError, match="no text found"):
        load_sources([tmp_path / "empty.txt"])


def test_a_five_megabyte_line_is_cut_into_readable_pieces(tmp_path):
    (tmp_path / "big.txt").write_text(("word " * 1_000_000).strip() + " The bridge opened in 1932")
    corpus = load_sources([tmp_path])
    assert max(len(s.text) for s in corpus.sentences()) <= 1_500
    doc = corpus.store.documents[0]
    assert all(doc.text[s.start : s.end] == s.text for s in corpus.sentences())


@pytest.mark.parametrize(
    ("claims_text", "message"),
    [
        ("", "no claims in this file"),
        ("\n# only a comment\n", "no claims in this file"),
        ("abc\x00def\n", "contains NUL bytes"),
    ],
)
def test_bad_claims_files(tmp_path, run_cli, claims_text, message):
    (tmp_path / "c.txt").write_text(claims_text)
    result = run_cli("check", "c.txt", "-s", str(SEEDS))
    assert result.code == 2 and message in result.err and "Traceback" not in result.err


def test_claims_path_is_a_folder(tmp_path, run_cli):
    result = run_cli("check", str(tmp_path), "-s", str(SEEDS))
    assert result.code == 2 and "is a folder" in result.err


def test_csv_without_claim_column(tmp_path, run_cli):
    (tmp_path / "c.csv").write_text("id,text\n1,hello\n")
    result = run_cli("check", "c.csv", "-s", str(SEEDS))
    assert result.code == 2 and "c.csv:1: no 'claim' column" in result.err


def test_overlong_claim_on_the_command_line(run_cli):
    result = run_cli("verify", "x" * 20_000, "-s", str(SEEDS))
    assert result.code == 2 and "20,000 characters" in result.err


def _cli(*args: str, **kwargs) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "factcheck", *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **kwargs,
    )


def _one_source(tmp_path) -> str:
    """A folder of one short document: many claims are judged against it in little time."""
    folder = tmp_path / "sources"
    folder.mkdir()
    (folder / "ferry.txt").write_text("The ferry to Varnek sails at nine on weekdays.\n")
    return str(folder)


def test_output_into_a_closed_pipe_is_quiet(tmp_path):
    from factcheck.run.batch import MIN_PARALLEL_CLAIMS

    # Enough claims to be judged on several cores, and results (over 100 kB for 250) that
    # overflow what the pipe and `head` take (64 kB and a little): the write meets the closed pipe.
    count = max(250, MIN_PARALLEL_CLAIMS)
    claims = tmp_path / "many.txt"
    claims.write_text(
        "".join(f"Claim {n} says the talks were held in Istanbul.\n" for n in range(count))
    )
    head = subprocess.run(
        f"{sys.executable} -m factcheck check {claims} -s {_one_source(tmp_path)} | head -1",
        shell=True,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert json.loads(head.stdout)["id"] == "1"
    assert "Traceback" not in head.stderr and "Error" not in head.stderr


def test_ctrl_c_exits_130_without_a_traceback(tmp_path):
    claims = tmp_path / "many.txt"
    claims.write_text(
        "".join(f"Claim {n} says the bridge carried {n} cars on Monday.\n" for n in range(20_000))
    )
    process = _cli("check", str(claims), "-s", _one_source(tmp_path))
    # Interrupted once it is judging (its first results are out), not while Python starts,
    # which on a busy machine can take longer than any fixed wait.
    assert process.stdout is not None and process.stdout.readline()
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 130
    assert "interrupted" in err and "Traceback" not in err


def test_sources_are_never_written(tmp_path, run_cli):
    (tmp_path / "a.md").write_text("# Title\n\nThe bridge opened in 1932.\n")
    before = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    run_cli("verify", "The bridge opened in 1932.", "-s", str(tmp_path))
    after = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    assert before == after
