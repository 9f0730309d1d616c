"""A sentence store on disk, written once in a stream and read back memory-mapped.

Three files in the index folder:

- ``texts.bin``: per sentence, its UTF-8 text as written, its plain text (markup blanked; empty
  when it equals the text) and its normalised text, one after the other;
- ``offsets.bin``: native 64-bit integers, where each of those pieces starts (3 per sentence, plus
  the end);
- ``rows.bin``: native 64-bit integers, 6 per sentence: source number, line, start, end, position
  in its source, page (0 when none).

Opening costs nothing but the mapping; a sentence is decoded only when asked for, so a query on a
million sentences touches a few hundred of them.
"""

from __future__ import annotations

import mmap
from array import array
from collections.abc import Sequence
from pathlib import Path

from .models import Sentence

TEXTS, OFFSETS, ROWS = "texts.bin", "offsets.bin", "rows.bin"
_ROW = 6
_PIECES = 3


class StoreWriter:
    """Appends sentences to a new store folder."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._texts = (folder / TEXTS).open("wb")
        self._offsets = array("q", [0])
        self._rows = array("q")
        self._position = 0

    def __len__(self) -> int:
        return len(self._rows) // _ROW

    def add(
        self,
        source_number: int,
        rows: Sequence[tuple[int, int, int, int, int]],
        pieces: Sequence[Sequence[str]],
    ) -> None:
        """Append one source's sentences: ``(line, start, end, position, page)`` rows and, per
        sentence, its text, plain text (``""`` when the same) and normalised text."""
        chunks = []
        position = self._position
        offsets = self._offsets
        for sentence_pieces in pieces:
            for piece in sentence_pieces:
                data = piece.encode()
                chunks.append(data)
                position += len(data)
                offsets.append(position)
        self._position = position
        for row in rows:
            self._rows.append(source_number)
            self._rows.extend(row)
        self._texts.write(b"".join(chunks))

    def copy(self, store: DiskStore, lo: int, hi: int, source_number: int) -> None:
        """Append sentences ``lo`` to ``hi - 1`` of an existing store, as source ``source_number``."""
        start, end = store.offsets[lo * _PIECES], store.offsets[hi * _PIECES]
        self._texts.write(store.texts[start:end])
        shift = self._position - start
        self._offsets.extend(o + shift for o in store.offsets[lo * _PIECES + 1 : hi * _PIECES + 1])
        self._position += end - start
        for i in range(lo, hi):
            row = store.rows[i * _ROW : (i + 1) * _ROW]
            self._rows.append(source_number)
            self._rows.extend(row[1:])

    def close(self) -> None:
        self._texts.close()
        with (self.folder / OFFSETS).open("wb") as handle:
            self._offsets.tofile(handle)
        with (self.folder / ROWS).open("wb") as handle:
            self._rows.tofile(handle)


def _map(path: Path) -> memoryview:
    with path.open("rb") as handle:
        if path.stat().st_size == 0:
            return memoryview(b"")
        return memoryview(mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ))


class DiskStore:
    """The sentences of an index folder, decoded on demand."""

    def __init__(self, folder: Path, names: Sequence[str], doc_ranges: dict[str, tuple[int, int]]):
        self.names = list(names)
        self.doc_ranges = doc_ranges
        self.texts = _map(folder / TEXTS)
        self.offsets = _map(folder / OFFSETS).cast("q")
        self.rows = _map(folder / ROWS).cast("q")

    def __len__(self) -> int:
        return len(self.rows) // _ROW

    def _piece(self, index: int, which: int) -> str:
        at = index * _PIECES + which
        return bytes(self.texts[self.offsets[at] : self.offsets[at + 1]]).decode()

    def sentence(self, index: int) -> Sentence:
        source, line, start, end, position, page = self.rows[index * _ROW : (index + 1) * _ROW]
        return Sentence(
            self.names[source],
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
