"""The files an index holds: how to recognise each unchanged, and where its sentences are.

Six files in the index folder, each file's entries in store order:

- ``manifest.json``: the marker that proves the folder is a factcheck index (format name and
  version), and the size and CRC-32 of every other file of the index, so that damage (a file
  cut short, a flipped bit) is found before the index is trusted;

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
import mmap
import os
import zlib
from array import array
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import chain
from pathlib import Path

MANIFEST = "manifest.json"
FORMAT_NAME = "factcheck-index"
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


def write_marker(folder: Path, version: int) -> None:
    """Mark a folder being built as a factcheck index, before anything else is written in it,
    so that even a build cut short leaves a folder provably factcheck's."""
    (folder / MANIFEST).write_text(
        json.dumps({"format": FORMAT_NAME, "version": version}), encoding="utf-8"
    )


def read_marker(folder: Path) -> dict | None:
    """The manifest of ``folder`` when it is a factcheck index's, else ``None``."""
    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT_NAME:
        return None
    return manifest


def _files_under(folder: Path) -> list[str]:
    """Every file below ``folder`` but the manifest, as relative POSIX paths, sorted."""
    found = []
    for root, _, files in os.walk(folder):
        for name in files:
            relative = os.path.relpath(os.path.join(root, name), folder).replace(os.sep, "/")
            if relative != MANIFEST:
                found.append(relative)
    return sorted(found)


def _crc32(path: Path) -> int:
    with path.open("rb") as handle:
        if os.fstat(handle.fileno()).st_size == 0:
            return 0
        # Mapped rather than read: the bytes are checked where they lie, never copied.
        with mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as mapped:
            return zlib.crc32(mapped)


def write_manifest(folder: Path, version: int) -> None:
    """Record the size and CRC-32 of every file of the finished index in ``folder``."""
    files = {
        name: [(folder / name).stat().st_size, _crc32(folder / name)]
        for name in _files_under(folder)
    }
    manifest = {"format": FORMAT_NAME, "version": version, "files": files}
    (folder / MANIFEST).write_text(json.dumps(manifest, sort_keys=True), encoding="utf-8")


# Small files, read whole by every command that opens the index: checked byte for byte each time.
_SMALL = 1 << 22


def find_damage(
    folder: Path, version: int, thorough: bool, whole: Sequence[str] = ()
) -> dict[str, str]:
    """What is wrong with the index in ``folder``, by top-level file or folder (``terms`` for
    a file of the term index; ``*`` for the whole): empty when nothing is. Every file's size is
    compared with the manifest, and the checksums of small files and of every file below the
    folders ``whole`` names; ``thorough`` checks every byte of every file (``factcheck index``
    does, before it reuses anything). The large files of the sentence store are checked a block
    at a time as they are read (see ``disk_store``)."""
    manifest = read_marker(folder)
    if manifest is None or manifest.get("version") != version:
        return {"*": "it has no manifest of this format version"}
    recorded = manifest.get("files")
    if not isinstance(recorded, dict):
        return {"*": "its manifest lists no files"}
    damage: dict[str, str] = {}
    for name, entry in recorded.items():
        path = folder / name
        part = name.split("/", 1)[0]
        if not (isinstance(entry, list) and len(entry) == 2):
            return {"*": "its manifest is damaged"}
        try:
            size = path.stat().st_size
            if size != entry[0]:
                damage.setdefault(part, f"{name} has {size:,} bytes, not {entry[0]:,}")
            elif (thorough or size <= _SMALL or part in whole) and _crc32(path) != entry[1]:
                damage.setdefault(part, f"{name} does not match its checksum")
        except OSError:
            damage.setdefault(part, f"{name} cannot be read")
    return damage
