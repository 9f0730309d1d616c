"""A persistent index of a source collection, so large collections are read once.

``factcheck index SOURCES...`` reads the sources, splits them into sentences and saves a folder
in the user's cache directory (``$XDG_CACHE_HOME/factcheck`` or the platform's), never inside the
sources, unless ``--index PATH`` says where. The folder holds ``meta.json`` (the files indexed,
with size, modification time and SHA-1), the sentence store (see ``store``) and the tantivy term
index (``terms/``). Running it again re-reads only files whose content changed, adds new files
and drops deleted ones. The other commands use the index when one exists for the same sources
and every file is unchanged (size and modification time); otherwise they say it is stale and read
the sources. Opening an index maps its files: nothing is loaded until a claim asks for it.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, fields
from functools import lru_cache
from pathlib import Path

from .corpus import Corpus
from .errors import InputError
from .formats import Warn
from .retrieval import TermIndex, index_terms
from .sources import read_document, source_files
from .store import DiskStore, StoreWriter
from .text import normalize_many

FORMAT_VERSION = 2
META = "meta.json"
TERMS = "terms"


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


@dataclass(frozen=True)
class FileEntry:
    """One indexed file: how to recognise it unchanged, and where its sentences are."""

    key: str
    """The absolute path."""
    name: str
    size: int
    mtime_ns: int
    sha1: str
    first: int
    count: int


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
    key = "\n".join(sorted(str(Path(s).resolve()) for s in specs))
    return cache_dir() / f"{hashlib.sha1(key.encode()).hexdigest()[:16]}.index"


Columns = dict[str, list]
"""The indexed files as columns, one list per ``FileEntry`` field: faster to read than records."""
_COLUMNS = tuple(f.name for f in fields(FileEntry))


def _read_meta(path: Path) -> Columns | None:
    try:
        meta = path / META
        return _read_meta_cached(meta, meta.stat().st_mtime_ns)
    except OSError:
        return None


@lru_cache(maxsize=4)
def _read_meta_cached(meta: Path, _mtime_ns: int) -> Columns | None:
    """Read once per run: the staleness check and the opening of the index share it."""
    try:
        data = json.loads(meta.read_text(encoding="utf-8"))
        if data.get("version") != FORMAT_VERSION:
            return None
        columns = data["files"]
        if not all(len(columns[c]) == len(columns["key"]) for c in _COLUMNS):
            return None
        return columns
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return None


def _entries(columns: Columns) -> list[FileEntry]:
    return [FileEntry(*row) for row in zip(*(columns[c] for c in _COLUMNS), strict=True)]


def _stat(path: str) -> tuple[int, int]:
    info = os.stat(path)
    return info.st_size, info.st_mtime_ns


def _open(path: Path, columns: Columns) -> Corpus:
    names = columns["name"]
    ranges = {
        name: (first, first + count)
        for name, first, count in zip(names, columns["first"], columns["count"], strict=True)
    }
    return Corpus(DiskStore(path, names, ranges), TermIndex.open(path / TERMS))


def _refuse_foreign(path: Path) -> None:
    """Never replace something that is not a factcheck index: it may be the user's."""
    if path.exists() and not (path.is_dir() and (path / META).is_file()):
        raise InputError(path, "exists and is not a factcheck index; choose another --index path")


def build_index(
    specs: Sequence[str | Path], index_path: Path | None = None, warn: Warn | None = None
) -> tuple[Corpus, IndexStats]:
    """Build or update the index of ``specs``; returns the indexed corpus and what was done."""
    started = time.perf_counter()
    path = index_path or default_index_path(specs)
    _refuse_foreign(path)
    previous_columns = _read_meta(path) if path.exists() else None
    previous = {e.key: e for e in _entries(previous_columns)} if previous_columns else {}
    old = _open(path, previous_columns) if previous_columns else None
    path.parent.mkdir(parents=True, exist_ok=True)
    building = path.with_name(f"{path.name}.building-{os.getpid()}")
    shutil.rmtree(building, ignore_errors=True)
    building.mkdir()
    try:
        writer = StoreWriter(building)
        entries: list[FileEntry] = []
        counts = {"read": 0, "reused": 0}

        cwd = os.getcwd()

        def rows() -> Iterator[tuple[int, str, str]]:
            for file_str, name, direct in source_files(specs, warn):
                key = file_str if os.path.isabs(file_str) else os.path.join(cwd, file_str)
                size, mtime = _stat(file_str)
                file = Path(file_str)
                known = previous.get(key)
                same_stat = known is not None and (known.size, known.mtime_ns) == (size, mtime)
                sha1 = known.sha1 if same_stat and known else _sha1(file)
                first = len(writer)
                if (
                    old is not None
                    and known is not None
                    and known.name == name
                    and known.sha1 == sha1
                ):
                    # Unchanged content (maybe touched): copied, not read or split again.
                    lo = known.first
                    writer.copy(old.store, lo, lo + known.count, len(entries))  # type: ignore[arg-type]
                    matches = [old.match_text(i) for i in range(lo, lo + known.count)]
                    counts["reused"] += 1
                else:
                    document = read_document(file, name, direct, warn)
                    if document is None:
                        continue
                    plains = [document.plain[s.start : s.end] for s in document.sentences]
                    matches = normalize_many(plains)
                    writer.add(len(entries), document.sentences, plains, matches)
                    counts["read"] += 1
                entries.append(FileEntry(key, name, size, mtime, sha1, first, len(matches)))
                for n, stems in enumerate(index_terms(matches)):
                    yield first + n, name, stems

        (building / TERMS).mkdir()
        TermIndex.build(rows(), building / TERMS)
        writer.close()
        if len(writer) == 0:
            where = ", ".join(map(str, specs))
            raise InputError(where, "no text found in the sources (.txt, .md, .html or .pdf)")
        meta = {"version": FORMAT_VERSION, "specs": [str(s) for s in specs]}
        meta["files"] = {c: [getattr(e, c) for e in entries] for c in _COLUMNS}
        (building / META).write_text(json.dumps(meta), encoding="utf-8")
        old = None  # release the old folder's mappings before replacing it
        _replace(building, path)
    finally:
        shutil.rmtree(building, ignore_errors=True)
    corpus = _open(path, _read_meta(path) or {})
    stats = IndexStats(
        path,
        len(entries),
        len(corpus),
        counts["read"],
        counts["reused"],
        len(set(previous) - {e.key for e in entries}),
        time.perf_counter() - started,
        sum(f.stat().st_size for f in path.rglob("*") if f.is_file()),
    )
    return corpus, stats


def _sha1(file: Path) -> str:
    digest = hashlib.sha1()
    with file.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _replace(new: Path, path: Path) -> None:
    """Put the finished folder in place; a reader never sees a half-written index."""
    retired = path.with_name(f"{path.name}.old-{os.getpid()}")
    if path.exists():
        path.rename(retired)
    new.rename(path)
    shutil.rmtree(retired, ignore_errors=True)


def staleness(
    specs: Sequence[str | Path], index_path: Path | None = None
) -> tuple[Path, str | None]:
    """The index folder for ``specs`` and why it cannot be used (``None`` when it can)."""
    path = index_path or default_index_path(specs)
    if not path.exists():
        return path, "no index"
    columns = _read_meta(path)
    if columns is None:
        return path, "unreadable or from another version"
    stamps = zip(columns["size"], columns["mtime_ns"], strict=True)
    known = dict(zip(columns["key"], stamps, strict=True))
    changed = added = 0
    cwd = os.getcwd()
    current = source_files(specs)
    for file, _, _ in current:
        stamp = known.get(file if os.path.isabs(file) else os.path.join(cwd, file))
        if stamp is None:
            added += 1
        elif _stat(file) != tuple(stamp):
            changed += 1
    deleted = len(known) - (len(current) - added)
    if changed or added or deleted:
        return path, f"{changed} changed, {added} added, {deleted} deleted since it was built"
    return path, None


def load_index(specs: Sequence[str | Path], index_path: Path | None = None) -> Corpus:
    """The indexed corpus for ``specs``; call only when ``staleness`` found nothing wrong."""
    path = index_path or default_index_path(specs)
    columns = _read_meta(path)
    if columns is None:
        raise InputError(path, "the index cannot be read; run `factcheck index` again")
    return _open(path, columns)
