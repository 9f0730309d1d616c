"""A sentence store on disk, written once in a stream and read back memory-mapped.

Three files in the index folder:

- ``texts.bin``: per sentence, its UTF-8 text as written, its plain text (markup blanked; empty
  when it equals the text) and its normalised text, one after the other;
- ``offsets.bin``: native 64-bit integers, where each of those pieces starts (3 per sentence, plus
  the end);
- ``rows.bin``: native 64-bit integers, 5 per sentence: line, start, end, position in its source,
  page (0 when none). Which source a sentence belongs to follows from the sources' sentence
  ranges, kept in the index's metadata.

- ``blocks.bin``: the CRC-32 of each block (``BLOCK`` bytes) of the three files above, under a
  header giving the block size and each file's number of blocks.

Opening costs nothing but the mapping; a sentence is decoded only when asked for, so a query on a
million sentences touches a few hundred of them. The files are too large to checksum whole each
time an index is opened, so each block is checked the first time anything in it is read: every
sentence returned has been checked, and a query pays for the few blocks it touches.
"""

from __future__ import annotations

import bisect
import mmap
import zlib
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from itertools import accumulate
from pathlib import Path

from ..errors import InputError
from ..models import Sentence

TEXTS, OFFSETS, ROWS, BLOCKS = "texts.bin", "offsets.bin", "rows.bin", "blocks.bin"
_ROW = 5
_PIECES = 3
_INTEGER = 8  # bytes of each number in offsets.bin and rows.bin
BLOCK = 1 << 14
"""Bytes checked at a time: small, so that a query checks little more than it reads (a few
hundred scattered sentences, some milliseconds in all), and large enough that the checksums
of a million sentences are a few hundred kilobytes, checked whole when the index is opened."""
_CHECKED = (TEXTS, OFFSETS, ROWS)


@dataclass(frozen=True)
class Encoded:
    """One source's sentences as the store writes them (prepared in a worker process, so that
    the process writing the store only appends bytes)."""

    texts: bytes
    lengths: array
    """Byte length of each piece: text, plain text (empty when the same), normalised text."""
    rows: bytes
    count: int


def encode(
    spans: Sequence[tuple[int, int, int, int | None]],
    texts: Sequence[str],
    plains: Sequence[str],
    matches: Sequence[str],
) -> Encoded:
    """The store's form of a source's sentences: their spans (line, start, end, page: see
    ``sources.Split``), texts, plain texts and normalised texts."""
    chunks = []
    for text, plain, match in zip(texts, plains, matches, strict=True):
        chunks.append(text.encode())
        chunks.append(b"" if plain == text else plain.encode())
        chunks.append(match.encode())
    rows = array("q")
    for n, (line, start, end, page) in enumerate(spans):
        rows.extend((line, start, end, n, page or 0))
    return Encoded(b"".join(chunks), array("q", map(len, chunks)), rows.tobytes(), len(spans))


class _BlockSums:
    """The CRC-32 of each ``block`` bytes of a stream, computed as it is written."""

    def __init__(self, block: int) -> None:
        self.block = block
        self.sums = array("I")
        self._crc = 0
        self._filled = 0

    def feed(self, data: bytes | memoryview) -> None:
        view = memoryview(data).cast("B")
        while view:
            part = view[: self.block - self._filled]
            self._crc = zlib.crc32(part, self._crc)
            self._filled += len(part)
            if self._filled == self.block:
                self.sums.append(self._crc)
                self._crc = self._filled = 0
            view = view[len(part) :]

    def close(self) -> array:
        if self._filled:
            self.sums.append(self._crc)
            self._crc = self._filled = 0
        return self.sums


class StoreWriter:
    """Appends sentences to a new store folder."""

    def __init__(self, folder: Path, block: int | None = None) -> None:
        self.folder = folder
        self._block = block or BLOCK
        self._text_sums = _BlockSums(self._block)
        # Sources arrive a few kilobytes at a time: written 64 KB at a time, not more, as larger
        # writes leave the text in larger pages of the system's cache, which a claim's look-ups
        # then map whole (and count as the process's memory).
        self._texts = (folder / TEXTS).open("wb", buffering=1 << 16)
        self._offsets = array("q", [0])
        self._rows = array("q")
        self._position = 0

    def __len__(self) -> int:
        return len(self._rows) // _ROW

    def add(self, encoded: Encoded) -> None:
        """Append one source's encoded sentences."""
        self._texts.write(encoded.texts)
        self._text_sums.feed(encoded.texts)
        ends = accumulate(encoded.lengths, initial=self._position)
        next(ends)
        self._offsets.extend(ends)
        self._position += len(encoded.texts)
        self._rows.frombytes(encoded.rows)

    def copy(self, store: DiskStore, lo: int, hi: int) -> None:
        """Append sentences ``lo`` to ``hi - 1`` of an existing store."""
        start, end = store.offsets[lo * _PIECES], store.offsets[hi * _PIECES]
        self._texts.write(store.texts[start:end])
        self._text_sums.feed(store.texts[start:end])
        shift = self._position - start
        self._offsets.extend(o + shift for o in store.offsets[lo * _PIECES + 1 : hi * _PIECES + 1])
        self._position += end - start
        self._rows.frombytes(store.rows[lo * _ROW : hi * _ROW].tobytes())

    def close(self) -> None:
        self._texts.close()
        with (self.folder / OFFSETS).open("wb") as handle:
            self._offsets.tofile(handle)
        with (self.folder / ROWS).open("wb") as handle:
            self._rows.tofile(handle)
        sums = [self._text_sums.close()]
        for numbers in (self._offsets, self._rows):
            block_sums = _BlockSums(self._block)
            block_sums.feed(numbers)
            sums.append(block_sums.close())
        head = array("q", [self._block, *map(len, sums)])
        with (self.folder / BLOCKS).open("wb") as handle:
            head.tofile(handle)
            for block_sums in sums:
                block_sums.tofile(handle)


def _map(path: Path) -> memoryview:
    with path.open("rb") as handle:
        if path.stat().st_size == 0:
            return memoryview(b"")
        return memoryview(mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ))


class DamagedStore(ValueError):
    """The store's files are missing, cut short or do not match each other."""


class DamagedBlock(InputError):
    """A block of the store read back does not match its checksum: the index was changed or
    damaged after it was written. Met while a claim is judged, so a user error (exit 2) naming
    the index, rather than a verdict from damaged text."""


class _CheckedFile:
    """A mapped file whose blocks are checked against their CRC-32 when first read."""

    def __init__(self, folder: Path, name: str, data: memoryview, sums: memoryview, block: int):
        self._folder = folder
        self._name = name
        self._data = data
        self._sums = sums
        self._block = block
        self._checked = bytearray(len(sums))

    def check(self, start: int, end: int) -> None:
        """Check the blocks holding bytes ``start`` to ``end - 1`` (once each)."""
        if end <= start:
            return  # nothing read
        block, checked = self._block, self._checked
        first, last = start // block, (end - 1) // block
        if first == last and first < len(checked) and checked[first]:
            return  # the common case, kept short: it runs for every piece of text read
        for n in range(first, last + 1):
            if n >= len(checked) or not checked[n]:
                self._check_block(n)

    def _check_block(self, n: int) -> None:
        lo = n * self._block
        if n >= len(self._sums) or zlib.crc32(self._data[lo : lo + self._block]) != self._sums[n]:
            raise DamagedBlock(
                self._folder,
                f"the index is damaged ({self._name}: bytes {lo:,} to "
                f"{lo + self._block - 1:,} do not match their checksum); run `factcheck index` "
                "on the same sources to rebuild it",
            )
        self._checked[n] = 1


class DiskStore:
    """The sentences of an index folder, decoded on demand."""

    def __init__(
        self, folder: Path, names: Sequence[str], firsts: Sequence[int], counts: Sequence[int]
    ) -> None:
        """``names``, ``firsts`` and ``counts``: each source's name and sentence range, in store
        order (as the index's metadata lists them)."""
        self._names = names
        self._firsts = firsts
        self._counts = counts
        try:
            self.texts = _map(folder / TEXTS)
            self.offsets = _map(folder / OFFSETS).cast("q")
            self.rows = _map(folder / ROWS).cast("q")
            self._texts, self._offsets, self._rows = _checked_files(
                folder, (self.texts, self.offsets.cast("B"), self.rows.cast("B"))
            )
        except (OSError, TypeError, ValueError) as error:  # missing, or not whole numbers
            raise DamagedStore(f"{folder}: {error}") from None
        count = firsts[-1] + counts[-1] if firsts else 0
        if not (
            len(self.rows) == count * _ROW
            and len(self.offsets) == count * _PIECES + 1
            and self.offsets[-1] == len(self.texts)
        ):
            raise DamagedStore(f"{folder}: the sentence files do not match the index metadata")

    @cached_property
    def doc_ranges(self) -> dict[str, tuple[int, int]]:
        """Each source name's sentences, ``lo`` to ``hi - 1``: built on first use, as many
        checks never need it."""
        return {
            name: (first, first + count)
            for name, first, count in zip(self._names, self._firsts, self._counts, strict=True)
        }

    def __len__(self) -> int:
        return len(self.rows) // _ROW

    def _piece(self, index: int, which: int) -> str:
        at = index * _PIECES + which
        self._offsets.check(at * _INTEGER, (at + 2) * _INTEGER)
        start, end = self.offsets[at], self.offsets[at + 1]
        self._texts.check(start, end)
        return bytes(self.texts[start:end]).decode()

    def sentence(self, index: int) -> Sentence:
        self._rows.check(index * _ROW * _INTEGER, (index + 1) * _ROW * _INTEGER)
        line, start, end, position, page = self.rows[index * _ROW : (index + 1) * _ROW]
        return Sentence(
            # The last source starting at or before ``index``: sources without sentences start
            # where the next one does, and come before it, so they are never the one found.
            self._names[bisect.bisect_right(self._firsts, index) - 1],
            line,
            start,
            end,
            self._piece(index, 0),
            index=position,
            page=page or None,
        )

    def plain_text(self, index: int) -> str:
        return self._piece(index, 1) or self._piece(index, 0)

    def match_text(self, index: int) -> str:
        return self._piece(index, 2)

    def match_texts_of(self, positions: Sequence[int]) -> list[str]:
        return [self._piece(i, 2) for i in positions]


def _checked_files(
    folder: Path, files: tuple[memoryview, memoryview, memoryview]
) -> list[_CheckedFile]:
    """The store's three files, each with its blocks' checksums from ``blocks.bin``."""
    sums = _map(folder / BLOCKS)
    if len(sums) < 4 * _INTEGER:
        raise ValueError(f"{BLOCKS} is cut short")
    head = sums[: 4 * _INTEGER].cast("q")
    block, counts = head[0], head[1:]
    if block <= 0 or len(sums) != 4 * _INTEGER + 4 * sum(counts):
        raise ValueError("the block checksums do not match the store")
    checked = []
    at = 4 * _INTEGER
    for name, data, count in zip(_CHECKED, files, counts, strict=True):
        if count != -(-len(data) // block):
            raise ValueError(f"{name} does not have the size its block checksums say")
        checked.append(_CheckedFile(folder, name, data, sums[at : at + 4 * count].cast("I"), block))
        at += 4 * count
    return checked
