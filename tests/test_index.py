"""The persistent index: where it lives, updates by content, staleness, same verdicts."""

from __future__ import annotations

import json
import os

import pytest

from factcheck.corpus.local_index import build_index, default_index_path, staleness

from .conftest import damage


def _write(folder, name, text):
    (folder / name).write_text(text)


def test_index_lives_in_the_cache_and_updates_only_changed_files(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    src = tmp_path / "src"
    src.mkdir()
    _write(src, "a.txt", "The bridge opened in 1932.\n")
    _write(src, "b.txt", "The tunnel opened in 1990.\n")
    _, first = build_index([src])
    assert first.path.parent == tmp_path / "cache" / "factcheck"
    assert (first.read, first.reused, first.dropped) == (2, 0, 0)
    assert not any(p.suffix == ".index" for p in src.iterdir())

    _write(src, "a.txt", "The bridge opened in 1933.\n")  # changed
    (src / "b.txt").unlink()  # deleted
    _write(src, "c.txt", "The ferry started in 2001.\n")  # added
    corpus, second = build_index([src])
    assert (second.read, second.reused, second.dropped) == (2, 0, 1)
    assert sorted(s.text for s in corpus.sentences()) == [
        "The bridge opened in 1933.",
        "The ferry started in 2001.",
    ]
    os.utime(src / "c.txt")  # touched, same content: reused without re-splitting
    _, third = build_index([src])
    assert (third.read, third.reused) == (0, 2)
    # Nothing changed at all: the index is left as it is, not written again.
    written = {p: p.stat().st_mtime_ns for p in third.path.rglob("*")}
    corpus, fourth = build_index([src])
    assert (fourth.read, fourth.reused, fourth.dropped) == (0, 2, 0)
    assert {p: p.stat().st_mtime_ns for p in fourth.path.rglob("*")} == written
    assert len(corpus) == 2


def test_staleness_names_what_changed(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    src = tmp_path / "src"
    src.mkdir()
    _write(src, "a.txt", "The bridge opened in 1932.\n")
    assert staleness([src])[1] == "no index"
    build_index([src])
    assert staleness([src]) == (default_index_path([src]), None)
    _write(src, "a.txt", "The bridge opened in 1932, in spring.\n")
    _write(src, "new.txt", "More text here.\n")
    assert staleness([src])[1] == "1 changed, 1 added, 0 deleted since it was built"


def test_commands_use_a_fresh_index_and_say_when_it_is_stale(tmp_path, run_cli):
    src = tmp_path / "src"
    src.mkdir()
    _write(src, "a.txt", "The museum opened in 1990.\n")
    index = tmp_path / "my.index"
    result = run_cli("index", str(src), "--index", str(index))
    assert result.code == 0 and "indexed 1 files, 1 sentences" in result.out and index.exists()
    fresh = run_cli("verify", "The museum opened in 1991.", "-s", str(src), "--index", str(index))
    assert json.loads(fresh.out)["verdict"] == "contradicted" and "stale" not in fresh.err
    _write(src, "a.txt", "The museum opened in 1991.\n")
    stale = run_cli("verify", "The museum opened in 1991.", "-s", str(src), "--index", str(index))
    assert "is stale (1 changed" in stale.err
    assert json.loads(stale.out)["verdict"] == "supported"  # read from the sources, not the index


def test_indexed_and_read_corpora_give_the_same_verdicts(tmp_path, run_cli):
    from .conftest import CLAIMS, SEEDS

    index = tmp_path / "seeds.index"
    run_cli("index", str(SEEDS), "--index", str(index))
    read = run_cli("check", str(CLAIMS / "seeds.jsonl"), "-s", str(SEEDS))
    indexed = run_cli("check", str(CLAIMS / "seeds.jsonl"), "-s", str(SEEDS), "--index", str(index))
    assert read.out == indexed.out


def _all_sentences(corpus):
    return [
        (corpus.sentence(i), corpus.plain_text(i), corpus.match_text(i)) for i in range(len(corpus))
    ]


def test_index_keeps_what_was_read_markup_pages_and_all(tmp_path):
    from factcheck import load_sources

    from .pdfmaker import write_pdf

    src = tmp_path / "src"
    src.mkdir()
    _write(src, "notes.md", "# The bridge\n\nThe **bridge** opened in [1932](http://x.org).\n")
    _write(src, "plain.txt", "The tunnel opened in 1990. It is 3 km long.\n")
    write_pdf(src / "report.pdf", ["The ferry started in 2001.", "It carries 500 cars a day."])
    indexed, stats = build_index([src], tmp_path / "idx")
    read = load_sources([src])
    assert stats.sentences == len(read) and _all_sentences(indexed) == _all_sentences(read)
    assert {s.page for s, _, _ in _all_sentences(indexed)} == {None, 1, 2}


def test_reading_many_files_on_every_core_gives_what_one_core_gives(tmp_path, monkeypatch):
    from factcheck import load_sources
    from factcheck.corpus import reading

    src = tmp_path / "src"
    src.mkdir()
    for n in range(12):
        _write(src, f"d{n:02}.txt", f"Report {n} says {n * 7} boats left Oslo on May {n + 1}.\n")
    _write(src, "bad.csv", "not a source\n")
    serial_warnings, parallel_warnings = [], []
    serial = load_sources([src], serial_warnings.append)
    monkeypatch.setattr(reading, "MIN_PARALLEL_FILES", 2)
    parallel = load_sources([src], parallel_warnings.append)
    assert _all_sentences(parallel) == _all_sentences(serial)
    assert parallel_warnings == serial_warnings and len(serial_warnings) == 1


def test_index_path_that_is_not_an_index_is_never_overwritten(tmp_path, run_cli):
    src = tmp_path / "src"
    src.mkdir()
    _write(src, "a.txt", "The museum opened in 1990.\n")
    mine = tmp_path / "notes.txt"
    mine.write_text("my notes\n")
    result = run_cli("index", str(src), "--index", str(mine))
    assert result.code == 2 and "is not a factcheck index" in result.err
    assert mine.read_text() == "my notes\n"


def test_the_same_folder_by_another_path_finds_the_index_fresh(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    _write(src, "a.txt", "The museum opened in 1990.\n")
    (tmp_path / "link").symlink_to(src)
    build_index([src], tmp_path / "idx")
    assert staleness([tmp_path / "link"], tmp_path / "idx")[1] is None


def test_errors_from_worker_processes_keep_file_and_line():
    import pickle

    from factcheck.errors import InputError

    error = pickle.loads(pickle.dumps(InputError("a.txt", "cannot be decoded", line=3)))
    assert (str(error), error.path, error.line) == ("a.txt:3: cannot be decoded", "a.txt", 3)


def test_the_freshness_check_sees_exactly_the_files_a_build_reads(tmp_path):
    from factcheck.ingest.sources import source_files, source_stamps

    src = tmp_path / "src"
    for name in ["a.txt", "b.MD", "c.csv", ".hidden.txt", "sub/x.html", "sub/.git/y.txt"]:
        (src / name).parent.mkdir(parents=True, exist_ok=True)
        (src / name).write_text("The museum opened in 1990.\n")
    (src / "sub" / "node_modules").mkdir()
    (src / "sub" / "node_modules" / "z.txt").write_text("x\n")
    (src / "linked").symlink_to(src / "sub")
    (tmp_path / "extra.txt").write_text("The bridge opened.\n")
    specs = [src, tmp_path / "extra.txt", str(src / "*.txt")]
    files = source_files(specs)
    assert set(source_stamps(specs).keys) == {f.key for f in files}
    names = {f.name for f in files}
    assert {"a.txt", "b.MD", "sub/x.html"} <= names
    assert not any(p in n for n in names for p in (".hidden", ".git", "node_modules", "linked"))


@pytest.mark.parametrize(
    ("damaged", "cut", "message", "rebuilt_from"),
    [
        # The sentence store, cut short: the file is read again.
        ("texts.bin", 3, "the index is damaged", "(1 read, 0 unchanged"),
        # The file table, one number short: the file is read again.
        ("files.bin", 8, "the index cannot be read", "(1 read, 0 unchanged"),
        # The term index: rebuilt from the stored sentences, the file not read again.
        ("terms/meta.json", 5, "the index is damaged", "(0 read, 1 unchanged"),
    ],
)
def test_a_damaged_index_is_reported_read_around_and_rebuilt(
    tmp_path, run_cli, damaged, cut, message, rebuilt_from
):
    src = tmp_path / "src"
    src.mkdir()
    _write(src, "a.txt", "The museum opened in 1990.\n")
    index = tmp_path / "idx"
    run_cli("index", str(src), "--index", str(index))
    path = index / damaged
    damage(path, path.read_bytes()[:-cut])
    result = run_cli("verify", "The museum opened in 1991.", "-s", str(src), "--index", str(index))
    assert result.code == 1 and json.loads(result.out)["verdict"] == "contradicted"
    assert message in result.err and "Traceback" not in result.err
    rebuilt = run_cli("index", str(src), "--index", str(index))
    assert rebuilt.code == 0 and rebuilt_from in rebuilt.out
    fresh = run_cli("verify", "The museum opened in 1991.", "-s", str(src), "--index", str(index))
    assert fresh.err.count("warning") == 0


def test_the_freshness_check_reads_the_stamps_in_any_order_and_without_the_recorded_ones(
    tmp_path,
):
    from factcheck.corpus.filetable import STAMPS, write_stamps
    from factcheck.corpus.local_index import FORMAT_VERSION
    from factcheck.ingest.sources import source_stamps

    src = tmp_path / "src"
    (src / "sub").mkdir(parents=True)
    for name in ["a.txt", "b.md", "sub/c.txt"]:
        _write(src, name, "The museum opened in 1990.\n")
    index = tmp_path / "idx"
    build_index([src], index)
    recorded = (index / STAMPS).read_bytes()
    stamps = source_stamps([src]).as_dict()
    write_stamps(index, FORMAT_VERSION, stamps)
    assert (index / STAMPS).read_bytes() == recorded
    assert staleness([src], index)[1] is None
    # Listed in another order (another file system, a rebuilt folder): compared file by file.
    write_stamps(index, FORMAT_VERSION, dict(reversed(stamps.items())))
    assert (index / STAMPS).read_bytes() != recorded
    assert staleness([src], index)[1] is None
    (index / STAMPS).unlink()
    assert staleness([src], index)[1] is None
    os.utime(src / "sub" / "c.txt", ns=(1, 1))  # same size and content, another time
    assert staleness([src], index)[1] == "1 changed, 0 added, 0 deleted since it was built"


def test_an_index_of_another_version_is_never_fresh(tmp_path, monkeypatch):
    from factcheck.corpus import local_index as index_module

    src = tmp_path / "src"
    src.mkdir()
    _write(src, "a.txt", "The museum opened in 1990.\n")
    build_index([src], tmp_path / "idx")
    monkeypatch.setattr(index_module, "FORMAT_VERSION", index_module.FORMAT_VERSION + 1)
    assert staleness([src], tmp_path / "idx")[1] == "unreadable or from another version"


def test_only_a_walk_that_found_every_indexed_file_gives_the_recorded_order():
    from factcheck.corpus.filetable import FileEntry
    from factcheck.corpus.local_index import _stamps_in_walk_order

    here = FileEntry("/s/a.txt", "a.txt", 27, 5, "0" * 40, 0, 1)
    other = FileEntry("/s/b.txt", "b.txt", 9, 5, "0" * 40, 1, 1)
    walked = {"/s/b.txt": (9, 5), "/s/skipped.txt": (1, 1), "/s/a.txt": (27, 5)}
    assert list(_stamps_in_walk_order(walked, [here, other]).items()) == [
        ("/s/b.txt", (9, 5)),
        ("/s/a.txt", (27, 5)),
    ]
    assert _stamps_in_walk_order({"/s/a.txt": (27, 5)}, [here, other]) is None


def test_a_file_gone_or_unreadable_when_read_is_skipped_with_a_warning(tmp_path):

    from factcheck.corpus.local_index import _Job, _read_file
    from factcheck.errors import InputError

    gone = str(tmp_path / "gone.txt")
    result = _read_file(_Job(gone, gone, "gone.txt", False, 0, 0, None))
    assert result.skipped and result.warnings == [f"{gone}: no such file: skipped"]
    with pytest.raises(InputError, match="no such file"):
        _read_file(_Job(gone, gone, "gone.txt", True, 0, 0, None))


def test_the_file_table_reads_back_what_was_written_any_path_included(tmp_path):
    from factcheck.corpus.filetable import KEYS, FileEntry, read_layout, read_table, write_table

    entries = [
        FileEntry("/s/a.txt", "a.txt", 27, 1_700_000_000_123_456_789, "ab" * 20, 0, 3),
        FileEntry("/s/caf\udce9.txt", "caf\udce9.txt", 9, 5, "0f" * 20, 3, 0),  # not UTF-8
        FileEntry("/s/d/b.md", "d/b.md", 0, 6, "9" * 40, 3, 2),
    ]
    write_table(tmp_path, 6, ["/s"], entries)
    table = read_table(tmp_path, 6)
    assert table is not None and table.entries() == entries
    layout = read_layout(tmp_path, 6)
    assert (
        layout is not None
        and list(layout.firsts) == [0, 3, 3]
        and layout.names[1] == "caf\udce9.txt"
    )
    assert read_table(tmp_path, 7) is None
    (tmp_path / KEYS).write_bytes(b"/s/a.txt")  # two keys missing
    assert read_table(tmp_path, 6) is None and read_layout(tmp_path, 6) is not None


def test_sources_named_twice_are_fresh_after_a_build(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    _write(src, "a.txt", "The museum opened in 1990.\n")
    _write(src, "b.txt", "The bridge opened in 1932.\n")
    specs = [src, src / "a.txt", str(src / "*.txt")]
    build_index(specs, tmp_path / "idx")
    assert staleness(specs, tmp_path / "idx")[1] is None
    _write(src, "a.txt", "The museum opened in 1991.\n")
    assert (
        staleness(specs, tmp_path / "idx")[1] == "1 changed, 0 added, 0 deleted since it was built"
    )


def test_a_file_gone_between_listing_and_reading_is_skipped_with_a_warning(tmp_path, monkeypatch):
    import factcheck.corpus.local_index as index_module
    from factcheck.ingest.sources import SourceFile, Stamps

    src = tmp_path / "src"
    src.mkdir()
    _write(src, "a.txt", "The museum opened in 1990.\n")
    gone = str(src / "gone.txt")
    listed = [*index_module.source_files([src]), SourceFile(gone, "gone.txt", False, gone)]
    monkeypatch.setattr(index_module, "source_files", lambda specs, warn=None: listed)
    monkeypatch.setattr(index_module, "source_stamps", lambda specs: Stamps())
    warnings: list[str] = []
    corpus, _ = build_index([src], tmp_path / "idx", warn=warnings.append)
    assert len(corpus) == 1
    assert any("gone.txt" in w and "no such file" in w for w in warnings)


def test_a_file_skipped_when_indexed_leaves_the_index_fresh_and_is_read_again_by_an_update(
    tmp_path,
):
    src = tmp_path / "src"
    src.mkdir()
    _write(src, "a.txt", "The bridge opened in 1932.\n")
    (src / "b.txt").write_bytes(b"\x00\x01 not text \x00")
    index = tmp_path / "idx"
    for _ in range(2):
        warnings: list[str] = []
        _, stats = build_index([src], index, warn=warnings.append)
        assert (stats.files, stats.skipped) == (1, 1)
        assert any("b.txt" in w and "skipped" in w for w in warnings)  # said on every update
        assert staleness([src], index) == (index, None)
    (src / "b.txt").unlink()
    assert staleness([src], index)[1] == "0 changed, 0 added, 1 deleted since it was built"


def test_a_named_file_gone_before_its_stamp_is_taken_reads_as_changed(tmp_path, monkeypatch):
    import factcheck.ingest.sources as sources

    gone = tmp_path / "gone.txt"
    listed = [sources.SourceFile(str(gone), "gone.txt", True, str(gone))]
    monkeypatch.setattr(sources, "source_files", lambda specs, warn=None: listed)
    found = sources.source_stamps([str(gone)])
    assert found.keys == [str(gone)] and list(found.numbers) == [-1, -1]


def test_library_users_get_the_index_or_read_policy_of_the_command_line(tmp_path):
    from factcheck import open_sources, verify
    from factcheck.corpus.disk_store import DiskStore

    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text("The glassworks in Marlow reopened in 1998.\n", encoding="utf-8")
    said: list[str] = []
    assert verify("The glassworks reopened in 1998.", open_sources([src], warn=said.append))
    assert said == []  # no index yet, nothing to say: the files are read
    build_index([src])
    corpus = open_sources([src], warn=said.append)
    assert said == [] and isinstance(corpus.store, DiskStore)
    (src / "a.txt").write_text("The glassworks in Marlow reopened in 1999.\n", encoding="utf-8")
    judgement = verify("The glassworks reopened in 1998.", open_sources([src], warn=said.append))
    assert "is stale (1 changed" in said[0]
    assert judgement.verdict == "contradicted"
