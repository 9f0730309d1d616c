"""The files an index holds: how to recognise each unchanged, and where its sentences are.

Three files in the index folder:

- ``meta.json``: the format version, the sources as given, and the text columns: each file's
  name, and the keys and SHA-1 digests of all files, each as one string (only an update or a
  stale index needs them one by one);
- ``files.bin``: the number columns as native 64-bit integers, each ``n`` long, one after the
  other: size, modification time (ns), first sentence, sentence count;
- ``stamps.bin``: what ``sources.source_stamps`` gives while no file has changed, keys and
  stamps in the order it finds them, as bytes (see ``encode_stamps``).

Every command that uses an index first tells whether the sources changed. Comparing the bytes of
the stamps found with ``stamps.bin`` answers that without parsing the table or hashing a key;
only when they differ (a change, or a folder listed in another order) are the stamps compared
file by file. The table itself is read as a command opens the index: integers read from bytes
and keys kept in one string cost a fresh process a fraction of what they cost as JSON lists.
"""

from __future__ import annotations

import json
from array import array
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from itertools import chain
from pathlib import Path

META = "meta.json"
NUMBERS = "files.bin"
STAMPS = "stamps.bin"
_SEPARATOR = "\0"  # never in a path
_DIGEST = 40  # hexadecimal characters of a SHA-1
_INTEGERS = 4  # size, modification time, first sentence, sentence count


@dataclass(frozen=True)
class FileEntry:
    """One indexed file: how to recognise it unchanged, and where its sentences are."""

    key: str
    """The absolute path, links of the given folder resolved (``SourceFile.key``)."""
    name: str
    size: int
    mtime_ns: int
    sha1: str
    first: int
    count: int


@dataclass(frozen=True)
class FileTable:
    """The indexed files as columns, in store order (faster to read and compare than records)."""

    joined_keys: str
    """Every file's key (``SourceFile.key``), separated by NUL characters."""
    names: list[str]
    digests: str
    """Every file's SHA-1, 40 hexadecimal characters each, in order."""
    sizes: Sequence[int]
    mtimes: Sequence[int]
    firsts: Sequence[int]
    counts: Sequence[int]

    @cached_property
    def keys(self) -> list[str]:
        return self.joined_keys.split(_SEPARATOR) if self.joined_keys else []

    def stamps(self) -> dict[str, tuple[int, int]]:
        """``(size, modification time)`` by key, as ``sources.source_stamps`` gives them."""
        return dict(zip(self.keys, zip(self.sizes, self.mtimes, strict=True), strict=True))

    def entries(self) -> list[FileEntry]:
        digests = [self.digests[n : n + _DIGEST] for n in range(0, len(self.digests), _DIGEST)]
        return [
            FileEntry(*row)
            for row in zip(
                self.keys,
                self.names,
                self.sizes,
                self.mtimes,
                digests,
                self.firsts,
                self.counts,
                strict=True,
            )
        ]


def write_table(
    folder: Path, version: int, specs: Sequence[str], entries: Sequence[FileEntry]
) -> None:
    """Write the table of ``entries``, in store order, into the index being built in ``folder``."""
    numbers = array("q")
    for column in ("size", "mtime_ns", "first", "count"):
        numbers.extend(getattr(e, column) for e in entries)
    with (folder / NUMBERS).open("wb") as handle:
        numbers.tofile(handle)
    files = {
        "key": _SEPARATOR.join(e.key for e in entries),
        "name": [e.name for e in entries],
        "sha1": "".join(e.sha1 for e in entries),
    }
    meta = {"version": version, "specs": list(specs), "files": files}
    (folder / META).write_text(json.dumps(meta), encoding="utf-8")


def read_table(folder: Path, version: int) -> FileTable | None:
    """The table of the index in ``folder``; ``None`` when it is missing, damaged or of another
    format version."""
    try:
        data = json.loads((folder / META).read_text(encoding="utf-8"))
        if data.get("version") != version:
            return None
        files = data["files"]
        keys, names, digests = files["key"], files["name"], files["sha1"]
        numbers = array("q", (folder / NUMBERS).read_bytes())
        if not (isinstance(keys, str) and isinstance(names, list) and isinstance(digests, str)):
            return None
        n = len(names)
        if not (
            keys.count(_SEPARATOR) == max(n - 1, 0)
            and len(digests) == n * _DIGEST
            and len(numbers) == n * _INTEGERS
        ):
            return None
        sizes, mtimes, firsts, counts = (numbers[k * n : (k + 1) * n] for k in range(_INTEGERS))
        return FileTable(keys, names, digests, sizes, mtimes, firsts, counts)
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return None


def encode_stamps(version: int, stamps: Mapping[str, tuple[int, int]]) -> bytes:
    """Keys and ``(size, modification time)`` stamps, in their order, as bytes, under a header
    naming the format version and the number of files (so that the bytes read back one way)."""
    head = f"factcheck stamps {version} {len(stamps)}\n".encode()
    keys = _SEPARATOR.join(stamps).encode("utf-8", "surrogatepass")
    return head + keys + array("q", chain.from_iterable(stamps.values())).tobytes()


def write_stamps(folder: Path, version: int, stamps: Mapping[str, tuple[int, int]]) -> None:
    (folder / STAMPS).write_bytes(encode_stamps(version, stamps))


def stamps_unchanged(folder: Path, version: int, stamps: Mapping[str, tuple[int, int]]) -> bool:
    """Whether ``stamps`` are, in the same order, those the index in ``folder`` recorded."""
    try:
        return (folder / STAMPS).read_bytes() == encode_stamps(version, stamps)
    except OSError:
        return False
