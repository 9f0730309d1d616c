"""A persistent index of a source collection, so large collections are read once.

``factcheck index SOURCES...`` reads the sources, splits them into sentences and saves a folder
in the user's cache directory (``$XDG_CACHE_HOME/factcheck`` or the platform's), never inside the
sources, unless ``--index PATH`` says where. The folder holds the table of the files indexed,
with size, modification time and SHA-1 (see ``filetable``), the sentence store (see ``store``)
and the tantivy term index (``terms/``). Running it again re-reads only files whose content
changed, adds new files and drops deleted ones. The other commands use the index when one exists
for the same sources and every file is unchanged (size and modification time); otherwise they
say it is stale and read the sources. Opening an index maps its files: nothing is loaded until a
claim asks for it.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError, working_on
from ..ingest.formats import Warn, read_bytes
from ..ingest.sources import (
    no_text,
    read_split,
    skip_unreadable,
    source_files,
    source_stamps,
    stamp,
)
from ..language.text import normalize_many
from ..parallel import ordered_map
from .collection import Corpus
from .disk_store import (
    BLOCKS,
    OFFSETS,
    ROWS,
    TEXTS,
    DamagedStore,
    DiskStore,
    Encoded,
    StoreWriter,
    encode,
)
from .filetable import (
    DIGESTS,
    KEYS,
    MANIFEST,
    META,
    NUMBERS,
    STAMPS,
    UNREAD,
    FileEntry,
    FileTable,
    Layout,
    find_damage,
    read_layout,
    read_marker,
    read_table,
    stamps_unchanged,
    write_manifest,
    write_marker,
    write_stamps,
    write_table,
)
from .terms import TermIndex, index_words

FORMAT_VERSION = 9
TERMS = "terms"
_OWN_FILES = frozenset(
    {MANIFEST, META, NUMBERS, KEYS, DIGESTS, STAMPS, TEXTS, OFFSETS, ROWS, BLOCKS, TERMS}
)
"""Everything an index folder holds: a folder holding anything else is not replaced."""


@dataclass(frozen=True)
class IndexStats:
    """What an index build or update did."""

    path: Path
    files: int
    sentences: int
    read: int
    """Files read this time (new or changed)."""
    reused: int
    dropped: int
    seconds: float
    size_bytes: int
    skipped: int = 0
    """Files found but not indexed (not text, cannot be decoded); read again by an update."""


def cache_dir() -> Path:
    """Where indexes live unless ``--index`` says otherwise."""
    base = os.environ.get("XDG_CACHE_HOME")
    if base:
        return Path(base) / "factcheck"
    if sys.platform.startswith("linux"):
        return Path.home() / ".cache" / "factcheck"  # the XDG default, as platformdirs has it
    import platformdirs

    return Path(platformdirs.user_cache_dir("factcheck"))


def default_index_path(specs: Sequence[str | Path]) -> Path:
    """The index folder for a set of source paths (resolved, so any working folder finds it)."""
    import hashlib  # here, as a command given ``--index`` never needs it

    key = "\n".join(sorted(str(Path(s).resolve()) for s in specs))
    return cache_dir() / f"{hashlib.sha1(key.encode()).hexdigest()[:16]}.index"


def _store(path: Path, layout: Layout) -> DiskStore:
    return DiskStore(path, layout.names, layout.firsts, layout.counts)


def _open(path: Path, layout: Layout) -> Corpus:
    # The term index is checked whole: tantivy reads it itself, where a flipped bit gives wrong
    # scores or a panic, and its Python binding has no check of its own (about 14 MB of the
    # 210 MB of a million sentences). The store's large files are checked block by block as
    # they are read.
    damage = find_damage(path, FORMAT_VERSION, thorough=False, whole=(TERMS,))
    if damage:
        reason = next(iter(damage.values()))
        raise InputError(path, f"the index is damaged ({reason}); run `factcheck index` again")
    try:
        return Corpus(_store(path, layout), TermIndex.open(path / TERMS))
    except ValueError as error:  # a damaged store, or tantivy's complaint about its files
        raise InputError(
            path, f"the index is damaged ({error}); run `factcheck index` again"
        ) from None
    except BaseException as error:  # a panic in tantivy's Rust code is no Exception
        if isinstance(error, (KeyboardInterrupt, SystemExit, MemoryError)):
            raise
        raise InputError(
            path, f"the index is damaged ({type(error).__name__}); run `factcheck index` again"
        ) from None


def _refuse_foreign(path: Path) -> None:
    """Never replace something that is not provably a factcheck index: it may be the user's.
    An index is replaced only when it carries factcheck's manifest (or is an index of an
    earlier format, every file of which has an index file's name) and holds nothing else; an
    empty folder is used as it is."""
    if not os.path.lexists(path):
        return
    if path.is_symlink() or not path.is_dir():
        raise InputError(
            path,
            "exists and is not a factcheck index; nothing was changed (choose another --index path)",
        )
    entries = set(os.listdir(path))
    if not entries:
        return
    if read_marker(path) is None and not _earlier_index(path, entries):
        raise InputError(
            path,
            "exists and is not a factcheck index (no factcheck manifest in it); nothing was "
            "changed (choose another --index path)",
        )
    foreign = sorted(entries - _OWN_FILES)
    if foreign:
        shown = ", ".join(foreign[:3]) + (", ..." if len(foreign) > 3 else "")
        raise InputError(
            path,
            f"holds files that are not the index's ({shown}); nothing was changed (move them "
            "out, or choose another --index path)",
        )


def _earlier_index(path: Path, entries: set[str]) -> bool:
    """An index written by an earlier version, before indexes carried a manifest: only an
    index's files, and a metadata file naming an earlier format version."""
    import json

    if not entries <= _OWN_FILES or META not in entries:
        return False
    try:
        version = json.loads((path / META).read_text(encoding="utf-8")).get("version")
    except (OSError, ValueError, AttributeError):
        return False
    return isinstance(version, int) and 0 < version < FORMAT_VERSION


def _clean_leftovers(path: Path) -> None:
    """Remove what builds of ``path`` that were killed left behind: ``.building-PID`` and
    ``.old-PID`` folders of processes no longer running that carry factcheck's marker (or are
    empty). Anything else is left alone."""
    import shutil

    try:
        siblings = list(os.scandir(path.parent))
    except OSError:
        return
    for entry in siblings:
        stem, _, pid = entry.name.rpartition("-")
        if stem not in (f"{path.name}.building", f"{path.name}.old") or not pid.isdigit():
            continue
        if int(pid) != os.getpid() and _running(int(pid)):
            continue  # another build of the same index, under way
        folder = Path(entry.path)
        if entry.is_dir(follow_symlinks=False) and (
            read_marker(folder) is not None or not any(folder.iterdir())
        ):
            shutil.rmtree(folder, ignore_errors=True)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # someone else's process
    return True


@dataclass(frozen=True)
class _Job:
    """A source file to index, and what the previous index knew of it."""

    key: str
    path: str
    name: str
    direct: bool
    size: int
    mtime_ns: int
    known: FileEntry | None


@dataclass
class _ReadFile:
    """What reading one file gave: its sentences ready to store, or that it is unchanged."""

    sha1: str
    unchanged: bool = False
    skipped: bool = False
    encoded: Encoded | None = None
    words: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _read_file(job: _Job) -> _ReadFile:
    """Read, split and analyse one file (in a worker process for large collections)."""
    with working_on(f"indexing {job.path}"):
        return _read_one(job)


def _read_one(job: _Job) -> _ReadFile:
    import hashlib

    path = Path(job.path)
    result = _ReadFile("")
    try:
        raw = read_bytes(path)  # once, for its digest and its text
    except InputError as error:
        skip_unreadable(error, job.direct, result.warnings.append)
        result.skipped = True
        return result
    result.sha1 = hashlib.sha1(raw).hexdigest()
    if job.known is not None and job.known.sha1 == result.sha1 and job.known.name == job.name:
        result.unchanged = True  # touched, same content
        return result
    split = read_split(path, job.direct, result.warnings.append, raw)
    if split is None:
        result.skipped = True
        return result
    texts = [split.text[a:b] for _, a, b, _ in split.spans]
    plains = (
        texts if split.plain is split.text else [split.plain[a:b] for _, a, b, _ in split.spans]
    )
    matches = normalize_many(plains)
    result.words = index_words(matches)
    result.encoded = encode(split.spans, texts, plains, matches)
    return result


# Below this many files to read, a process pool costs more than it saves.
_MIN_PARALLEL_FILES = 64


def build_index(
    specs: Sequence[str | Path], index_path: Path | None = None, warn: Warn | None = None
) -> tuple[Corpus, IndexStats]:
    """Build or update the index of ``specs``; returns the indexed corpus and what was done.

    Files whose size and modification time are unchanged are copied from the previous index
    without being opened; others are read (on every core), and copied too when their content
    turns out unchanged.
    """
    import shutil

    started = time.perf_counter()
    path = index_path or default_index_path(specs)
    _refuse_foreign(path)
    _clean_leftovers(path)
    previous_table = read_table(path, FORMAT_VERSION) if path.exists() else None
    damage = find_damage(path, FORMAT_VERSION, thorough=True) if previous_table else {}
    if damage:
        if warn:
            warn(f"the index {path} is damaged ({next(iter(damage.values()))}); rebuilding it")
        if set(damage) - {TERMS}:
            previous_table = None  # only an intact store is copied from
    old = None
    if previous_table:
        try:
            old = _store(path, previous_table)
        except DamagedStore:
            previous_table = None  # rebuilt from the sources, as if new
    previous = {e.key: e for e in previous_table.entries()} if previous_table else {}
    copy_now: dict[str, FileEntry] = {}
    jobs: list[_Job] = []
    # The files' stamps as the freshness check finds them, and in its order (see ``staleness``).
    found = source_stamps(specs)
    walked = found.as_dict()
    for file, name, direct, key in source_files(specs, warn):
        size, mtime = walked[key] if key in walked else stamp(file)
        known = previous.get(key) if old is not None else None
        if (
            known is not None
            and known.sha1 != UNREAD  # a file skipped last time is read (and warned about) again
            and (known.size, known.mtime_ns, known.name) == (size, mtime, name)
        ):
            copy_now[key] = known
        jobs.append(_Job(key, file, name, direct, size, mtime, known))
    to_read = [job for job in jobs if job.key not in copy_now]
    if (
        previous_table is not None
        and not damage
        and not to_read
        and [j.key for j in jobs] == previous_table.keys
        and [j.name for j in jobs] == previous_table.names
        and stamps_unchanged(path, FORMAT_VERSION, found.keys, found.numbers)
    ):
        # Nothing changed since the index was built: it stands as it is, not rebuilt.
        try:
            return _unchanged(path, previous_table, started)
        except InputError:
            pass  # its term index is damaged: rebuilt below

    building = path.with_name(f"{path.name}.building-{os.getpid()}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        building.mkdir()
    except FileExistsError:  # not factcheck's, or ``_clean_leftovers`` had removed it
        if not path.parent.is_dir():
            raise InputError(path.parent, "is not a folder; the index cannot go here") from None
        raise InputError(
            building, "exists and is not factcheck's; move it out of the way"
        ) from None
    except OSError as error:  # a read-only place, a path through a file
        raise _cannot_write(path, error) from None
    write_marker(building, FORMAT_VERSION)
    entries: list[FileEntry] = []
    read = 0
    # Readers start before the term index does: see ``ordered_map``.
    results = ordered_map(_read_file, to_read, min_items=_MIN_PARALLEL_FILES)
    try:
        writer = StoreWriter(building)

        def rows() -> Iterator[tuple[int, str, list[str]]]:
            nonlocal read
            for job in jobs:
                first = len(writer)
                known = copy_now.get(job.key)
                sha1 = known.sha1 if known else ""
                if known is None:
                    result = next(results)
                    for message in result.warnings:
                        if warn:
                            warn(message)
                    if result.skipped:
                        if job.size >= 0:
                            # Recorded without sentences, so that the freshness check does not
                            # count it as added for ever; an update reads it again, and warns.
                            entries.append(
                                FileEntry(
                                    job.key, job.name, job.size, job.mtime_ns, UNREAD, first, 0
                                )
                            )
                        continue
                    sha1 = result.sha1
                    if result.unchanged:
                        known = job.known
                    else:
                        assert result.encoded is not None
                        writer.add(result.encoded)
                        read += 1
                        yield first, job.name, result.words
                if known is not None:
                    # Unchanged content: copied from the previous index, not read or split again.
                    assert old is not None  # only a previous index knows files
                    lo, hi = known.first, known.first + known.count
                    writer.copy(old, lo, hi)
                    matches = old.match_texts_of(range(lo, hi))
                    yield first, job.name, index_words(matches)
                count = len(writer) - first
                entries.append(
                    FileEntry(job.key, job.name, job.size, job.mtime_ns, sha1, first, count)
                )

        (building / TERMS).mkdir()
        TermIndex.build(rows(), building / TERMS)
        writer.close()
        if len(writer) == 0:
            raise no_text(specs)
        write_table(building, FORMAT_VERSION, [str(s) for s in specs], entries)
        ordered = _stamps_in_walk_order(walked, entries)
        if ordered is not None:
            write_stamps(building, FORMAT_VERSION, ordered)
        write_manifest(building, FORMAT_VERSION)
        old = None  # release the old folder's mappings before replacing it
        _replace(building, path)
    except OSError as error:  # a full disk: the old index, if any, stays as it was
        raise _cannot_write(path, error) from None
    finally:
        results.close()
        shutil.rmtree(building, ignore_errors=True)
    layout = read_layout(path, FORMAT_VERSION)
    assert layout is not None  # just written
    corpus = _open(path, layout)
    skipped = sum(1 for e in entries if e.sha1 == UNREAD)
    stats = IndexStats(
        path,
        len(entries) - skipped,
        len(corpus),
        read,
        len(entries) - skipped - read,
        len(set(previous) - {e.key for e in entries}),
        time.perf_counter() - started,
        _size_on_disk(path),
        skipped,
    )
    return corpus, stats


def _cannot_write(path: Path, error: OSError) -> InputError:
    return InputError(path, f"cannot write the index here: {error.strerror or error}")


def _unchanged(path: Path, table: FileTable, started: float) -> tuple[Corpus, IndexStats]:
    """The index as it stands, with what an update that had nothing to do did."""
    corpus = _open(path, table)
    files = len(table.keys)
    stats = IndexStats(
        path,
        files,
        len(corpus),
        read=0,
        reused=files,
        dropped=0,
        seconds=time.perf_counter() - started,
        size_bytes=_size_on_disk(path),
    )
    return corpus, stats


def _size_on_disk(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def _stamps_in_walk_order(
    walked: dict[str, tuple[int, int]], entries: Sequence[FileEntry]
) -> dict[str, tuple[int, int]] | None:
    """The stamps of the files indexed, as they were when read, in the order the freshness
    check found the files (``walked``): what it sees while nothing has changed. A file found
    and not indexed (skipped) is left out, so that the check sees it as a change; when an
    indexed file was not found by that walk, there is no such order (``None``)."""
    indexed = {e.key: (e.size, e.mtime_ns) for e in entries}
    ordered = {key: indexed[key] for key in walked if key in indexed}
    return ordered if len(ordered) == len(indexed) else None


def _replace(new: Path, path: Path) -> None:
    """Put the finished folder in place; a reader never sees a half-written index."""
    import shutil

    retired = path.with_name(f"{path.name}.old-{os.getpid()}")
    if path.exists():
        path.rename(retired)
    new.rename(path)
    shutil.rmtree(retired, ignore_errors=True)


def staleness(
    specs: Sequence[str | Path], index_path: Path | None = None
) -> tuple[Path, str | None]:
    """The index folder for ``specs`` and why it cannot be used (``None`` when it can).

    The stamps found are first compared, as bytes, with those the index recorded in the same
    order; only when they differ is the table read and each file's stamp looked up, so that a
    folder listed in another order is still fresh and a change is named."""
    path = index_path or default_index_path(specs)
    if not path.exists():
        return path, "no index"
    found = source_stamps(specs)
    if stamps_unchanged(path, FORMAT_VERSION, found.keys, found.numbers):
        return path, None
    current = found.as_dict()
    table = read_table(path, FORMAT_VERSION)
    if table is None:
        return path, "unreadable or from another version"
    known = table.stamps()
    changed = sum(1 for key, stamp in current.items() if key in known and known[key] != stamp)
    added = len(current.keys() - known.keys())
    deleted = len(known.keys() - current.keys())
    if changed or added or deleted:
        return path, f"{changed} changed, {added} added, {deleted} deleted since it was built"
    return path, None


def load_index(specs: Sequence[str | Path], index_path: Path | None = None) -> Corpus:
    """The indexed corpus for ``specs``; call only when ``staleness`` found nothing wrong."""
    path = index_path or default_index_path(specs)
    layout = read_layout(path, FORMAT_VERSION)
    if layout is None:
        raise InputError(path, "the index cannot be read; run `factcheck index` again")
    return _open(path, layout)
