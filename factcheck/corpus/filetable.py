"""The files an index holds: how to recognise each unchanged, and where its sentences are.

Five files in the index folder, each file's entries in store order:

- ``meta.json``: the format version, the sources as given, and each file's name;
- ``files.bin``: native 64-bit integers, four columns ``n`` long one after the other: size,
  modification time (ns), first sentence, sentence count;
- ``keys.bin``: each file's key (``SourceFile.key``), UTF-8, separated by NUL bytes;
- ``sha1.bin``: each file's SHA-1, 20 bytes;
- ``stamps.bin``: what ``sources.source_stamps`` finds while no file has changed, keys and
  stamps in the order it finds them, as bytes (see ``encode_stamps``).

Every command that uses an index first tells whether the sources changed. Comparing the bytes of
the stamps found with ``stamps.bin`` answers that without reading the table or hashing a key;
only when they differ (a change, or a folder listed in another order) are the stamps compared
file by file. Opening the index then reads only the names and the numbers (``Layout``); keys and
digests are read by an update, or to name what changed.
"""

from __future__ import annotations

import json
from array import array
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import chain
from pathlib import Path

META = "meta.json"
NUMBERS = "files.bin"
KEYS = "keys.bin"
DIGESTS = "sha1.bin"
STAMPS = "stamps.bin"
_SEPARATOR = "\0"  # never in a path
_DIGEST = 20  # bytes of a SHA-1
UNREAD = "0" * (2 * _DIGEST)
"""The digest recorded for a file found but not indexed (not text, cannot be decoded)."""
_INTEGERS = 4  # size, modification time, first sentence, sentence count
_PATHS = "surrogatepass"  # a path that is not UTF-8 still encodes, and decodes back


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
class Layout:
    """What opening an index needs: each file's name, stamps and sentence range, as columns."""

    names: list[str]
    sizes: Sequence[int]
    mtimes: Sequence[int]
    firsts: Sequence[int]
    counts: Sequence[int]


@dataclass(frozen=True)
class FileTable(Layout):
    """The whole table, as an update needs it."""

    keys: list[str]
    digests: list[str]
    """Hexadecimal SHA-1 of each file."""

    def stamps(self) -> dict[str, tuple[int, int]]:
        """``(size, modification time)`` by key, as ``sources.Stamps.as_dict`` gives them."""
        return dict(zip(self.keys, zip(self.sizes, self.mtimes, strict=True), strict=True))

    def entries(self) -> list[FileEntry]:
        return [
            FileEntry(*row)
            for row in zip(
                self.keys,
                self.names,
                self.sizes,
                self.mtimes,
                self.digests,
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
    keys = _SEPARATOR.join(e.key for e in entries)
    (folder / KEYS).write_bytes(keys.encode("utf-8", _PATHS))
    (folder / DIGESTS).write_bytes(b"".join(bytes.fromhex(e.sha1) for e in entries))
    meta = {"version": version, "specs": list(specs), "names": [e.name for e in entries]}
    (folder / META).write_text(json.dumps(meta), encoding="utf-8")


def read_layout(folder: Path, version: int) -> Layout | None:
    """The names and numbers of the index in ``folder``; ``None`` when they are missing,
    damaged or of another format version."""
    try:
        meta = json.loads((folder / META).read_text(encoding="utf-8"))
        if meta.get("version") != version or not isinstance(meta["names"], list):
            return None
        names = meta["names"]
        n = len(names)
        numbers = array("q", (folder / NUMBERS).read_bytes())
        if len(numbers) != n * _INTEGERS:
            return None
        sizes, mtimes, firsts, counts = (numbers[k * n : (k + 1) * n] for k in range(_INTEGERS))
        return Layout(names, sizes, mtimes, firsts, counts)
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return None


def read_table(folder: Path, version: int) -> FileTable | None:
    """The whole table of the index in ``folder``; ``None`` when any of it is missing, damaged
    or of another format version."""
    layout = read_layout(folder, version)
    if layout is None:
        return None
    try:
        joined = (folder / KEYS).read_bytes().decode("utf-8", _PATHS)
        digests = (folder / DIGESTS).read_bytes()
    except (OSError, ValueError):
        return None
    n = len(layout.names)
    keys = joined.split(_SEPARATOR) if n else []
    if len(keys) != n or len(digests) != n * _DIGEST:
        return None
    hexes = [digests[k : k + _DIGEST].hex() for k in range(0, len(digests), _DIGEST)]
    return FileTable(
        layout.names, layout.sizes, layout.mtimes, layout.firsts, layout.counts, keys, hexes
    )


def encode_stamps(version: int, keys: Sequence[str], numbers: array) -> bytes:
    """Keys and their stamps (size and modification time of each, one after the other in
    ``numbers``), in their order, as bytes, under a header naming the format version and the
    number of files (so that the bytes read back one way)."""
    head = f"factcheck stamps {version} {len(keys)}\n".encode()
    return head + _SEPARATOR.join(keys).encode("utf-8", _PATHS) + numbers.tobytes()


def write_stamps(folder: Path, version: int, stamps: Mapping[str, tuple[int, int]]) -> None:
    numbers = array("q", chain.from_iterable(stamps.values()))
    (folder / STAMPS).write_bytes(encode_stamps(version, list(stamps), numbers))


def stamps_unchanged(folder: Path, version: int, keys: Sequence[str], numbers: array) -> bool:
    """Whether ``keys`` and ``numbers`` (see ``encode_stamps``) are, in the same order, what the
    index in ``folder`` recorded."""
    try:
        return (folder / STAMPS).read_bytes() == encode_stamps(version, keys, numbers)
    except OSError:
        return False
