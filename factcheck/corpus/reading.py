"""Read a source collection into a corpus in memory, on every core when it has many files."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from ..ingest.formats import Warn
from ..ingest.sources import SourceFile, no_text, read_split, source_files
from ..parallel import ordered_map
from .collection import Corpus
from .memory import MemoryStore, SourceText, term_rows
from .terms import TermIndex

# Below this many files, a process pool costs more than it saves.
MIN_PARALLEL_FILES = 64


def _read(file: SourceFile) -> tuple[SourceText | None, list[str]]:
    """One file, read, split and analysed; warnings are returned, as a worker cannot print."""
    warnings: list[str] = []
    split = read_split(Path(file.path), file.direct, warnings.append)
    if split is None:
        return None, warnings
    return SourceText.of_split(file.name, file.path, split), warnings


def read_corpus(specs: Sequence[str | Path], warn: Warn | None = None) -> Corpus:
    """Every source named by ``specs`` (files, folders, globs), in order, as a Corpus.

    The term index is built while files are still being read on the other cores.
    """
    read: list[SourceText] = []
    # Readers start before the term index does: see ``ordered_map``.
    results = ordered_map(_read, source_files(specs, warn), min_items=MIN_PARALLEL_FILES)

    def sources() -> Iterator[SourceText]:
        for source, warnings in results:
            for message in warnings:
                if warn:
                    warn(message)
            if source is not None:
                read.append(source)
                yield source

    try:
        terms = TermIndex.build(term_rows(sources()))
    finally:
        results.close()
    if not any(source.count for source in read):
        raise no_text(specs)
    return Corpus(MemoryStore(read), terms)
