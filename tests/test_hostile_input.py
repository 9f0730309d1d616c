"""Input a careless or hostile user could give: nothing of theirs is lost, nothing hangs, and
every problem is one line naming what it is about, never a traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import damage

MANIFEST = "manifest.json"  # the marker of an index folder

CLAIM = "The lighthouse at Varnek was painted red in 1911."
SOURCE = "The lighthouse at Varnek was painted red in 1911.\nIts keeper was Olma Tresk.\n"


def _sources(tmp_path: Path) -> Path:
    src = tmp_path / "src"
    src.mkdir()
    (src / "lighthouse.txt").write_text(SOURCE)
    return src


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


# --- the index folder: replaced only when provably factcheck's ------------------------------


def test_an_index_never_replaces_a_users_folder_that_has_a_meta_json(tmp_path, run_cli):
    src = _sources(tmp_path)
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "meta.json").write_text('{"my": "settings"}')
    (mine / "thesis.txt").write_text("three years of work")
    result = run_cli("index", str(src), "--index", str(mine))
    assert result.code == 2
    assert "not a factcheck index" in result.err and str(mine) in result.err
    assert sorted(p.name for p in mine.iterdir()) == ["meta.json", "thesis.txt"]
    assert (mine / "thesis.txt").read_text() == "three years of work"


def test_an_index_with_a_users_file_added_to_it_is_not_replaced(tmp_path, run_cli):
    src = _sources(tmp_path)
    index = tmp_path / "idx"
    assert run_cli("index", str(src), "--index", str(index)).code == 0
    (index / "notes.md").write_text("my notes")
    (src / "lighthouse.txt").write_text(SOURCE + "It was rebuilt in 1950.\n")
    result = run_cli("index", str(src), "--index", str(index))
    assert result.code == 2 and "notes.md" in result.err
    assert (index / "notes.md").read_text() == "my notes"


def test_an_empty_folder_and_an_index_of_an_earlier_format_are_used(tmp_path, run_cli):
    src = _sources(tmp_path)
    empty = tmp_path / "empty"
    empty.mkdir()
    assert run_cli("index", str(src), "--index", str(empty)).code == 0
    assert (empty / MANIFEST).is_file()
    # An index written before indexes had a manifest: its files only, an earlier version.
    (empty / MANIFEST).unlink()
    meta = json.loads((empty / "meta.json").read_text())
    (empty / "meta.json").write_text(json.dumps({**meta, "version": 7}))
    result = run_cli("index", str(src), "--index", str(empty))
    assert result.code == 0, result.err
    assert (empty / MANIFEST).is_file()


def test_a_file_given_as_index_path_is_left_alone(tmp_path, run_cli):
    src = _sources(tmp_path)
    target = tmp_path / "report.txt"
    target.write_text("keep me")
    assert run_cli("index", str(src), "--index", str(target)).code == 2
    assert target.read_text() == "keep me"


def test_leftovers_of_killed_builds_are_removed_and_nothing_else(tmp_path, run_cli):
    src = _sources(tmp_path)
    index = tmp_path / "idx"
    pid = _dead_pid()
    leftover = tmp_path / f"idx.building-{pid}"
    leftover.mkdir()
    (leftover / MANIFEST).write_text('{"format": "factcheck-index", "version": 8}')
    (leftover / "texts.bin").write_bytes(b"half")
    retired = tmp_path / f"idx.old-{pid}"
    retired.mkdir()
    (retired / MANIFEST).write_text('{"format": "factcheck-index", "version": 8}')
    not_ours = tmp_path / f"idx.building-{pid + 1}"
    not_ours.mkdir()
    (not_ours / "draft.md").write_text("mine")
    assert run_cli("index", str(src), "--index", str(index)).code == 0
    assert not leftover.exists() and not retired.exists()
    assert (not_ours / "draft.md").read_text() == "mine"


def test_an_index_that_cannot_be_written_is_exit_2_naming_where(tmp_path, run_cli, monkeypatch):
    src = _sources(tmp_path)
    report = tmp_path / "report.txt"
    report.write_text("keep me")
    through_a_file = run_cli("index", str(src), "--index", str(report / "idx"))
    assert through_a_file.code == 2 and str(report) in through_a_file.err
    assert "internal error" not in through_a_file.err and report.read_text() == "keep me"
    monkeypatch.setenv("XDG_CACHE_HOME", str(report))  # the cache folder is a file
    cache = run_cli("index", str(src))
    assert cache.code == 2 and "cannot write the index here" in cache.err


def test_a_full_disk_while_indexing_is_exit_2_and_keeps_the_old_index(
    tmp_path, run_cli, monkeypatch
):
    from factcheck.corpus import disk_store

    src = _sources(tmp_path)
    index = tmp_path / "idx"
    assert run_cli("index", str(src), "--index", str(index)).code == 0
    (src / "more.txt").write_text("The keeper's cottage was built in 1890.\n")

    def full(self):
        raise OSError(28, "No space left on device")

    close = disk_store.StoreWriter.close
    monkeypatch.setattr(disk_store.StoreWriter, "close", full)
    result = run_cli("index", str(src), "--index", str(index))
    assert result.code == 2 and "No space left on device" in result.err
    assert str(index) in result.err and "internal error" not in result.err
    assert not list(tmp_path.glob("idx.building-*"))
    monkeypatch.setattr(disk_store.StoreWriter, "close", close)
    still = run_cli("verify", CLAIM, "-s", str(src), "--index", str(index))
    assert still.code == 0 and "stale (0 changed, 1 added" in still.err


# --- damage is found, reported in a line, and repaired by `factcheck index` --------------------


def _flip_a_bit(path: Path, at: int) -> None:
    data = bytearray(path.read_bytes())
    data[at] ^= 0x20
    damage(path, bytes(data))


def test_a_flipped_bit_in_the_sentence_store_is_noticed_and_rebuilt(tmp_path, run_cli):
    src = _sources(tmp_path)
    index = tmp_path / "idx"
    run_cli("index", str(src), "--index", str(index))
    _flip_a_bit(index / "texts.bin", 10)
    result = run_cli("verify", CLAIM, "-s", str(src), "--index", str(index))
    assert result.code == 0 and json.loads(result.out)["verdict"] == "supported"
    assert "damaged" in result.err and "Traceback" not in result.err
    rebuilt = run_cli("index", str(src), "--index", str(index))
    assert rebuilt.code == 0 and "damaged" in rebuilt.err and "(1 read" in rebuilt.out
    again = run_cli("verify", CLAIM, "-s", str(src), "--index", str(index))
    assert "warning" not in again.err


def test_a_truncated_term_index_segment_is_no_panic(tmp_path, run_cli):
    src = _sources(tmp_path)
    index = tmp_path / "idx"
    run_cli("index", str(src), "--index", str(index))
    segment = max(
        (p for p in (index / "terms").iterdir() if p.is_file()), key=lambda p: p.stat().st_size
    )
    damage(segment, segment.read_bytes()[: segment.stat().st_size // 2])
    result = run_cli("verify", CLAIM, "-s", str(src), "--index", str(index))
    assert result.code == 0 and "damaged" in result.err
    assert "Traceback" not in result.err and "panic" not in result.err.lower()
    rebuilt = run_cli("index", str(src), "--index", str(index))
    assert rebuilt.code == 0 and "damaged" in rebuilt.err
    assert "warning" not in run_cli("verify", CLAIM, "-s", str(src), "--index", str(index)).err


def _store_with_many_blocks(folder: Path, sentences: list[str]) -> None:
    from factcheck.corpus.disk_store import StoreWriter, encode

    writer = StoreWriter(folder)
    at = 0
    spans = []
    for n, text in enumerate(sentences, start=1):
        spans.append((n, at, at + len(text), None))
        at += len(text) + 1
    writer.add(encode(spans, sentences, sentences, [t.lower() for t in sentences]))
    writer.close()


def test_a_flipped_bit_inside_a_large_store_file_is_found_when_its_block_is_read(tmp_path):
    from factcheck.corpus.disk_store import TEXTS, DamagedBlock, DiskStore
    from factcheck.corpus.filetable import find_damage, write_manifest

    # Over 4 MB of text: opening the index checks such a file by its size only.
    sentences = [f"Ferry number {n} left the harbour of Quillon at dawn." for n in range(90_000)]
    _store_with_many_blocks(tmp_path, sentences)
    write_manifest(tmp_path, 1)
    texts = tmp_path / TEXTS
    size = texts.stat().st_size
    assert size > 1 << 22
    _flip_a_bit(texts, size // 2)
    assert find_damage(tmp_path, 1, thorough=False) == {}  # cheap at open: sizes only
    assert "texts.bin" in find_damage(tmp_path, 1, thorough=True)
    store = DiskStore(tmp_path, ["ferries.txt"], [0], [len(sentences)])
    assert store.sentence(0).text == sentences[0]  # blocks far from the flip read as before
    assert store.match_text(len(sentences) - 1) == sentences[-1].lower()
    middle = next(
        i for i in range(len(sentences)) if store.offsets[3 * i + 3] > size // 2
    )  # the first sentence whose pieces reach the flipped byte
    with pytest.raises(DamagedBlock) as raised:
        store.sentence(middle)
    assert str(tmp_path) in str(raised.value) and "factcheck index" in str(raised.value)
    with pytest.raises(DamagedBlock):
        store.match_texts_of(range(middle - 5, middle + 5))


@pytest.mark.parametrize("damaged", ["texts.bin", "offsets.bin", "rows.bin"])
def test_a_damaged_block_met_while_checking_is_exit_2_naming_the_index(
    tmp_path, run_cli, monkeypatch, damaged
):
    import factcheck.corpus.disk_store as disk_store
    import factcheck.corpus.filetable as filetable

    # Small blocks, and every file treated as too large to check whole at open: the damage
    # is met only when a claim reads the sentences, as in a large index.
    monkeypatch.setattr(disk_store, "BLOCK", 64)
    monkeypatch.setattr(filetable, "_SMALL", 0)
    src = _sources(tmp_path)
    (src / "other.txt").write_text(
        "".join(f"The ferry number {n} sailed to Quillon.\n" for n in range(40))
    )
    index = tmp_path / "idx"
    assert run_cli("index", str(src), "--index", str(index)).code == 0
    assert (index / "blocks.bin").stat().st_size > 8 * 4 + 4 * 20  # many blocks
    path = index / damaged
    _flip_a_bit(path, path.stat().st_size // 2)
    result = run_cli("check", "-", "-s", str(src), "--index", str(index), stdin=CLAIM + "\n")
    assert result.code == 2, result.err
    assert str(index) in result.err and "factcheck index" in result.err
    assert damaged in result.err and "Traceback" not in result.err
    assert len(result.err.strip().splitlines()) == 1
    rebuilt = run_cli("index", str(src), "--index", str(index))
    assert rebuilt.code == 0 and "damaged" in rebuilt.err
    again = run_cli("check", "-", "-s", str(src), "--index", str(index), stdin=CLAIM + "\n")
    assert again.code == 0 and "warning" not in again.err and "damaged" not in again.err


def test_a_flipped_bit_in_a_large_term_index_file_is_found_at_open(tmp_path, run_cli, monkeypatch):
    import factcheck.corpus.filetable as filetable

    monkeypatch.setattr(filetable, "_SMALL", 0)  # every file large: only the term index is whole
    src = _sources(tmp_path)
    index = tmp_path / "idx"
    run_cli("index", str(src), "--index", str(index))
    postings = next((index / "terms").glob("*.idx"))
    _flip_a_bit(postings, postings.stat().st_size // 2)
    result = run_cli("verify", CLAIM, "-s", str(src), "--index", str(index))
    assert result.code == 0 and "damaged" in result.err and postings.name in result.err


# --- every input in time linear in its size ----------------------------------------------------

# Texts of about 100 KB on which a pattern that scans on from each of many starting points
# takes minutes: unclosed emphasis, tags, brackets and comments, runs of marks and blank lines.
_PATHOLOGICAL = {
    "emphasis": "*a ",
    "underscores": "_a ",
    "strike": "~~a ",
    "tags": "<a ",
    "images": "![a",
    "links": "[a",
    "link targets": "[a](",
    "brackets": "[",
    "comments": "<!--",
    "blank lines": "\n",
    "blank lines with spaces": " \n",
    "rules": "-\n",
    "full stops": ".",
    "exclamations": "!",
    "glued headlines": "aaaaAbcd-",
    "fences": "```\n",
}
_LINEAR_SCRIPT = """
import sys
from factcheck.ingest.drafts import parse_draft
from factcheck.ingest.sources import split_text
units = {units!r}
for name, unit in units.items():
    text = unit * (100_000 // len(unit))
    parse_draft("draft.md", text)
    split_text(text, "markdown")
    print(name, flush=True)
"""


def test_pathological_markdown_is_read_in_linear_time():
    """Each text is read in well under a second now; before, each took a minute or more. The
    subprocess's limit is generous (no timing is asserted, only that it ends)."""
    script = _LINEAR_SCRIPT.format(units=_PATHOLOGICAL)
    try:
        done = subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, timeout=90
        )
    except subprocess.TimeoutExpired as expired:
        finished = (expired.stdout or b"").decode().split("\n")
        pytest.fail(f"did not finish; done: {finished}")
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[:-1] == list(_PATHOLOGICAL)


def test_a_text_of_many_numbers_is_read_in_linear_time():
    """About 400 KB of names and numbers ("Ada Lund, 12, ...") is read in well under a second;
    a check of each new number against every one before it took minutes. No timing is
    asserted, only that it ends within a generous limit."""
    script = (
        "from factcheck.language.analysis import analyse\n"
        "found = analyse('Ada Lund, 12, of Orby ' * 18_000).numbers\n"
        "print(len(found))\n"
    )
    assert _printed_in_time(script, "a text of many numbers") == "18000"


def test_a_long_list_of_values_joined_by_and_is_read_once():
    """A list of 20,000 values joined by "and" (about 190 KB) is taken apart once, not again
    from each of its values. No timing is asserted, only a generous limit."""
    script = (
        "from factcheck.language.quantities import find_numbers\n"
        "text = ' and '.join(f'£{n}' for n in range(1, 20_001))\n"
        "print(len(find_numbers(text)))\n"
    )
    assert _printed_in_time(script, "a long list of values") == "20000"


def test_the_words_of_a_sentence_of_many_sums_are_read_in_linear_time():
    """The content words of a 630 KB sentence of 16,000 sums ("£12 to mend the roof of hut
    12 and ...") are told from its quantities by lookup, in under two seconds, not by a scan
    of every quantity for each word (which took about two minutes)."""
    script = (
        "from factcheck.language.analysis import analyse\n"
        "text = ' and '.join(f'£{n} to mend the roof of hut {n}' for n in range(16_000))\n"
        "print(len(analyse(text).content))\n"
    )
    assert _printed_in_time(script, "a sentence of many sums") == "48000"


def _printed_in_time(script: str, what: str) -> str:
    """What ``script`` prints, run in a fresh interpreter within a generous limit (a limit,
    not a timing: a quadratic reading of the input takes minutes)."""
    try:
        done = subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"{what} was not read in time")
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_an_over_long_sentence_in_a_draft_is_reported_not_checked(tmp_path, run_cli):
    draft = tmp_path / "draft.md"
    sentence = "The keeper of the lighthouse at Varnek painted it red in 1911 " * 2_100
    draft.write_text(f"{sentence}.\n\nThe lighthouse at Varnek was painted red in 1911.\n")
    result = run_cli("article", str(draft), "-s", str(_sources(tmp_path)))
    assert result.code == 0
    assert f"{draft}:1: a sentence longer than 2,000 characters; not checked" in result.err
    assert "1 too long to check" in result.out


# --- special files and links: regular files only, links only inside the sources ---------------


# Runs each command through the real entry point, in turn, in one process of its own: a command
# that hangs on a special file fails the test at the time limit instead of stopping the run, and
# what each finished command said shows where it stopped.
_COMMANDS_SCRIPT = """
import io, json, sys
from factcheck.cli import main
for argv in json.loads(sys.argv[1]):
    sys.argv = ["factcheck", *argv]
    sys.stdout, sys.stderr = io.StringIO(), io.StringIO()
    try:
        main()
        code = 0
    except SystemExit as exit:
        code = exit.code if isinstance(exit.code, int) else 1
    said = {"code": code, "out": sys.stdout.getvalue(), "err": sys.stderr.getvalue()}
    sys.stdout, sys.stderr = sys.__stdout__, sys.__stderr__
    print(json.dumps(said), flush=True)
"""


def _factcheck(*commands: tuple[str, ...], cwd: Path, timeout: float = 60) -> list[dict]:
    """What each factcheck command (its arguments) returned: code, out and err."""
    try:
        done = subprocess.run(
            [sys.executable, "-c", _COMMANDS_SCRIPT, json.dumps(commands)],
            cwd=cwd,
            capture_output=True,
            text=True,
            timeout=timeout,
            stdin=subprocess.DEVNULL,
        )
    except subprocess.TimeoutExpired as expired:
        finished = len((expired.stdout or b"").splitlines())  # bytes, whatever ``text`` says
        pytest.fail(f"did not finish: {commands[finished:] or 'the process'}")
    assert done.returncode == 0, done.stderr
    said = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(said) == len(commands), done.stderr
    return said


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_pipes_devices_and_links_out_of_the_sources_are_skipped_with_a_warning(tmp_path):
    src = _sources(tmp_path)
    os.mkfifo(src / "pipe.txt")
    (src / "zero.txt").symlink_to("/dev/zero")
    outside = tmp_path / "private"
    outside.mkdir()
    (outside / "diary.txt").write_text("The keeper Olma Tresk was born in Lund in 1870.\n")
    (src / "diary.txt").symlink_to(outside / "diary.txt")
    (src / "inside.txt").symlink_to(src / "lighthouse.txt")
    result, index, indexed = _factcheck(
        ("verify", "Olma Tresk was born in Lund in 1870.", CLAIM, "-s", "src"),
        # The index and its freshness check agree on what is read.
        ("index", "src", "--index", "idx"),
        ("verify", CLAIM, "-s", "src", "--index", "idx"),
        cwd=tmp_path,
    )
    assert result["code"] == 0, result["err"]
    verdicts = [json.loads(line)["verdict"] for line in result["out"].splitlines()]
    assert verdicts == ["unmentioned", "supported"]  # the diary outside was not read
    err = result["err"]
    assert "pipe.txt: skipped (a named pipe, not a regular file)" in err
    assert "zero.txt: skipped (a link to /dev/zero, outside the sources)" in err
    assert f"diary.txt: skipped (a link to {outside.resolve() / 'diary.txt'}, outside" in err
    assert "inside.txt" not in err
    assert index["code"] == 0, index["err"]
    assert indexed["code"] == 0 and "stale" not in indexed["err"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_pipe_named_directly_is_an_error_not_a_hang(tmp_path):
    os.mkfifo(tmp_path / "claims.txt")
    os.mkfifo(tmp_path / "draft.md")
    (tmp_path / "zero.txt").symlink_to("/dev/zero")
    _sources(tmp_path)
    commands = (
        ("verify", CLAIM, "-s", "zero.txt"),
        ("verify", CLAIM, "-s", "claims.txt"),
        ("article", "draft.md", "-s", "src"),
        ("check", "claims.txt", "-s", "src"),
    )
    for args, result in zip(commands, _factcheck(*commands, cwd=tmp_path), strict=True):
        assert result["code"] == 2, (args, result["err"])
        assert "not a regular file" in result["err"] and "Traceback" not in result["err"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_drafts_in_a_folder_that_cannot_be_read_are_named_not_passed_over(tmp_path, run_cli):
    src = _sources(tmp_path)
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    (drafts / "post.md").write_text(CLAIM + "\n")
    os.mkfifo(drafts / "pipe.md")
    (drafts / "zero.md").symlink_to("/dev/zero")
    (drafts / "gone.md").symlink_to(drafts / "nowhere.md")
    (drafts / "folder.md").mkdir()
    result = run_cli("article", str(drafts), "-s", str(src))
    assert result.code == 0 and "1 draft, 1 sentence checked" in result.err + result.out
    assert "pipe.md: skipped (a named pipe, not a regular file)" in result.err
    assert "zero.md: skipped (a device, not a regular file)" in result.err
    assert "gone.md: skipped (a broken or looping symbolic link)" in result.err
    assert "folder.md" not in result.err


# --- PDFs that cannot be read: skipped with a warning, the rest checked ------------------------


def test_encrypted_and_damaged_pdfs_are_skipped_and_the_rest_checked(tmp_path, run_cli):
    import re

    from pypdf import PdfWriter

    from .pdfmaker import write_pdf

    src = _sources(tmp_path)
    plain = tmp_path / "plain.pdf"
    write_pdf(plain, ["The harbour at Varnek froze in 1929."])
    writer = PdfWriter(clone_from=plain)
    writer.encrypt(user_password="secret", algorithm="RC4-128")
    writer.write(src / "locked.pdf")
    locked = (src / "locked.pdf").read_bytes()
    # An AES-256 file, which pypdf opens only with another package installed.
    aes = re.sub(rb"/R \d", b"/R 6", re.sub(rb"/V \d", b"/V 5", locked))
    (src / "aes.pdf").write_bytes(aes)
    whole = plain.read_bytes()
    (src / "cut.pdf").write_bytes(whole[: len(whole) // 2])
    (src / "looped.pdf").write_bytes(whole.replace(b"/Kids [", b"/Kids [2 0 R "))
    result = run_cli("verify", CLAIM, "-s", str(src))
    assert result.code == 0 and json.loads(result.out)["verdict"] == "supported"
    for name in ("locked.pdf", "aes.pdf", "cut.pdf", "looped.pdf"):
        assert f"{name}: is" in result.err and "skipped" in result.err, name
    assert "encrypted" in result.err and "internal error" not in result.err
    named = run_cli("verify", CLAIM, "-s", str(src / "aes.pdf"))
    assert named.code == 2 and "aes.pdf: is an encrypted PDF" in named.err


# --- a gate that cannot be fooled ----------------------------------------------------------------


def _git(repo: Path, *args: str) -> None:
    subprocess.run(
        ["git", *args],
        cwd=repo,
        check=True,
        capture_output=True,
        env={**os.environ, "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"},
    )


@pytest.mark.parametrize(
    "setting",
    [
        ("attributes", "*.md -diff\n"),
        ("attributes", "*.md diff=upper\n"),
        ("config", "color.ui", "always"),
        ("config", "diff.external", "true"),
        ("config", "core.quotepath", "on"),
    ],
)
def test_diff_checks_the_changed_lines_whatever_git_is_told(
    tmp_path, run_cli, monkeypatch, setting
):
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", os.devnull)
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    repo = tmp_path / "repo"
    repo.mkdir()
    _git(repo, "init", "-q")
    _git(repo, "config", "user.email", "desk@example.org")
    _git(repo, "config", "user.name", "Desk")
    _git(repo, "config", "diff.upper.textconv", "tr a-z A-Z")
    draft = repo / "brief é.md"
    draft.write_text("# Varnek\n\nThe lighthouse at Varnek was painted red in 1911.\n")
    if setting[0] == "attributes":
        (repo / ".gitattributes").write_text(setting[1])
    else:
        _git(repo, "config", setting[1], setting[2])
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-m", "draft")
    draft.write_text(
        "# Varnek\n\nThe lighthouse at Varnek was painted red in 1911.\n\n"
        "The lighthouse at Varnek was painted red in 1931.\n"
    )
    result = run_cli("article", str(draft), "-s", str(_sources(tmp_path)), "--diff", "HEAD")
    assert result.code == 1, result.err
    assert ":5:1: contradicted" in result.out and "1 sentence checked" in result.out


def test_diff_without_git_is_an_error_not_a_pass(tmp_path, run_cli, monkeypatch):
    draft = tmp_path / "draft.md"
    draft.write_text("The lighthouse at Varnek was painted red in 1931.\n")
    monkeypatch.setenv("PATH", str(tmp_path / "nowhere"))
    result = run_cli("article", str(draft), "-s", str(_sources(tmp_path)), "--diff", "HEAD")
    assert result.code == 2 and "--diff needs git" in result.err


def test_article_without_sources_is_an_error_not_a_demo_run(tmp_path, run_cli):
    draft = tmp_path / "draft.md"
    draft.write_text("The lighthouse at Varnek was painted red in 1931.\n")
    result = run_cli("article", str(draft))
    assert result.code == 2
    assert "no sources: pass --sources or set [tool.factcheck] sources" in result.err
    assert result.out == ""


def test_verify_and_check_fall_back_to_the_demo_articles_and_say_so_in_one_line(run_cli):
    result = run_cli("verify", "Turkey and Qatar mediated the talks.")
    notes = [line for line in result.err.splitlines() if "note" in line]
    assert len(notes) == 1 and "demo articles shipped with factcheck" in notes[0]
    assert result.code in (0, 1) and json.loads(result.out)["verdict"] != "unmentioned"
    checked = run_cli("check", "-", stdin="Turkey and Qatar mediated the talks.\n")
    assert sum("note" in line for line in checked.err.splitlines()) == 1


def test_a_draft_of_front_matter_only_warns_and_can_fail(tmp_path, run_cli):
    draft = tmp_path / "draft.md"
    draft.write_text("---\ntitle: The lighthouse at Varnek was painted red in 1931.\n---\n")
    src = str(_sources(tmp_path))
    result = run_cli("article", str(draft), "-s", src)
    assert result.code == 0
    assert f"{draft}: 0 sentences checked" in result.err
    strict = run_cli("article", str(draft), "-s", src, "--fail-on", "contradicted,nothing-checked")
    assert strict.code == 1
    wrong = run_cli("article", str(draft), "-s", src, "--fail-on", "never,nothing-checked")
    assert wrong.code == 2 and "--fail-on" in wrong.err


# --- long claims files are read as they are checked -----------------------------------------------


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("c.txt", "# notes\nThe mill opened in 1874.\n\nIt closed in 1901.\n", ["2", "4"]),
        (
            "c.jsonl",
            '{"claim": "The mill opened.", "id": "m"}\n{"claim": "It closed."}\n',
            ["m", "2"],
        ),
        ("c.csv", "id,claim\nm,The mill opened.\n,It closed.\n", ["m", "3"]),
    ],
)
def test_a_large_claims_file_is_read_line_by_line(tmp_path, monkeypatch, name, text, expected):
    from factcheck.ingest import claims

    monkeypatch.setattr(claims, "_READ_WHOLE", 0)  # every file counts as large
    path = tmp_path / name
    path.write_text(text)
    read = claims.iter_claims(path)
    assert next(read).id == expected[0]  # the first claim before the rest is read
    assert [c.id for c in read] == expected[1:]


def test_a_large_claims_file_that_is_not_utf8_names_the_line(tmp_path, monkeypatch):
    from factcheck.errors import InputError
    from factcheck.ingest import claims

    monkeypatch.setattr(claims, "_READ_WHOLE", 0)
    path = tmp_path / "c.txt"
    path.write_bytes(b"The mill opened.\n" * 3 + b"It closed in \xff1901.\n")
    with pytest.raises(InputError, match=r"c\.txt:4: not valid UTF-8"):
        list(claims.iter_claims(path))


def test_warnings_show_a_file_name_with_escapes_on_one_line(tmp_path, run_cli):
    src = _sources(tmp_path)
    (src / "odd\nname\x1b[31m.csv").write_text("x")
    result = run_cli("verify", CLAIM, "-s", str(src))
    warning = [line for line in result.err.splitlines() if "warning" in line]
    assert len(warning) == 1 and "odd\\nname\\x1b[31m.csv: skipped" in warning[0]
