"""A persistent index of a source collection, so large collections are read once.

``factcheck index SOURCES...`` reads the sources, splits them into sentences, builds the
retrieval index and saves all of it in the user's cache directory (``$XDG_CACHE_HOME/factcheck``
or the platform's), never inside the sources, unless ``--index PATH`` says where. Running it
again re-reads only files whose content changed (by SHA-1), adds new files and drops deleted
ones. The other commands use the index when one exists for the same sources and every file is
unchanged (size and modification time); otherwise they say it is stale and read the sources.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from .corpus import Corpus
from .errors import InputError
from .formats import Warn
from .sources import Document, expand_source_paths, read_document, require_text

FORMAT_VERSION = 1


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
class _Entry:
    name: str
    size: int
    mtime_ns: int
    sha1: str
    document: Document


def cache_dir() -> Path:
    """Where indexes live unless ``--index`` says otherwise."""
    base = os.environ.get("XDG_CACHE_HOME")
    if base:
        return Path(base) / "factcheck"
    import platformdirs

    return Path(platformdirs.user_cache_dir("factcheck"))


def default_index_path(specs: Sequence[str | Path]) -> Path:
    """The index file for a set of source paths (resolved, so any working folder finds it)."""
    key = "\n".join(sorted(str(Path(s).resolve()) for s in specs))
    return cache_dir() / f"{hashlib.sha1(key.encode()).hexdigest()[:16]}.index"


def _load(path: Path) -> dict | None:
    try:
        with path.open("rb") as handle:
            data = pickle.load(handle)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, ValueError):
        return None
    return data if isinstance(data, dict) and data.get("version") == FORMAT_VERSION else None


def _stat(path: Path) -> tuple[int, int]:
    info = path.stat()
    return info.st_size, info.st_mtime_ns


def build_index(
    specs: Sequence[str | Path], index_path: Path | None = None, warn: Warn | None = None
) -> tuple[Corpus, IndexStats]:
    """Build or update the index of ``specs``; returns the corpus and what was done."""
    started = time.perf_counter()
    path = index_path or default_index_path(specs)
    old = _load(path) if path.exists() else None
    previous: dict[str, _Entry] = old["entries"] if old else {}
    entries: dict[str, _Entry] = {}
    read = reused = 0
    for file, name, direct in expand_source_paths(specs, warn):
        key = str(file.resolve())
        size, mtime = _stat(file)
        known = previous.get(key)
        if (
            known is not None
            and known.name == name
            and (known.size, known.mtime_ns) == (size, mtime)
        ):
            entries[key] = known  # untouched since the last build: not even read
            reused += 1
            continue
        sha1 = hashlib.sha1(file.read_bytes()).hexdigest()
        if known is not None and known.sha1 == sha1 and known.name == name:
            entries[key] = _Entry(name, size, mtime, sha1, known.document)  # touched, same content
            reused += 1
            continue
        document = read_document(file, name, direct, warn)
        if document is None:
            continue
        entries[key] = _Entry(name, size, mtime, sha1, document)
        read += 1
    require_text([e.document for e in entries.values()], specs)
    corpus = Corpus([e.document for e in entries.values()])
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    with temporary.open("wb") as handle:
        pickle.dump(
            {
                "version": FORMAT_VERSION,
                "specs": [str(s) for s in specs],
                "entries": entries,
                "corpus": corpus,
            },
            handle,
            protocol=pickle.HIGHEST_PROTOCOL,
        )
    temporary.replace(path)  # never a half-written index
    dropped = len(set(previous) - set(entries))
    stats = IndexStats(
        path,
        len(entries),
        len(corpus),
        read,
        reused,
        dropped,
        time.perf_counter() - started,
        path.stat().st_size,
    )
    return corpus, stats


def staleness(
    specs: Sequence[str | Path], index_path: Path | None = None
) -> tuple[Path, str | None]:
    """The index file for ``specs`` and why it cannot be used (``None`` when it can)."""
    path = index_path or default_index_path(specs)
    if not path.exists():
        return path, "no index"
    data = _load(path)
    if data is None:
        return path, "unreadable or from another version"
    entries: dict[str, _Entry] = data["entries"]
    current = {str(f.resolve()): f for f, _, _ in expand_source_paths(specs)}
    changed = sum(
        1
        for key, f in current.items()
        if key in entries and _stat(f) != (entries[key].size, entries[key].mtime_ns)
    )
    added = len(set(current) - set(entries))
    deleted = len(set(entries) - set(current))
    if changed or added or deleted:
        return path, f"{changed} changed, {added} added, {deleted} deleted since it was built"
    return path, None


def load_index(specs: Sequence[str | Path], index_path: Path | None = None) -> Corpus:
    """The indexed corpus for ``specs``; call only when ``staleness`` found nothing wrong."""
    data = _load(index_path or default_index_path(specs))
    if data is None:
        raise InputError(index_path, "the index cannot be read; run `factcheck index` again")
    return data["corpus"]
