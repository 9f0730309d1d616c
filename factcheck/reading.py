"""Read a source collection into analysed documents, on every core when it has many files."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from .corpus import AnalysedDocument, Corpus, MemoryStore
from .formats import Warn
from .pool import ordered_map
from .retrieval import TermIndex
from .sources import SourceFile, read_document, require_text, source_files

# Below this many files, a process pool costs more than it saves.
MIN_PARALLEL_FILES = 64


def _read(file: SourceFile) -> tuple[AnalysedDocument | None, list[str]]:
    """One file, read, split and analysed; warnings are returned, as a worker cannot print."""
    warnings: list[str] = []
    document = read_document(Path(file.path), file.name, file.direct, warnings.append)
    return (AnalysedDocument.of(document) if document else None), warnings


def read_corpus(specs: Sequence[str | Path], warn: Warn | None = None) -> Corpus:
    """Every source named by ``specs`` (files, folders, globs), in order, as a Corpus.

    The term index is built while files are still being read on the other cores.
    """
    analysed: list[AnalysedDocument] = []
    # Readers start before the term index does: see ``ordered_map``.
    results = ordered_map(_read, source_files(specs, warn), min_items=MIN_PARALLEL_FILES)

    def rows() -> Iterator[tuple[int, str, list[str]]]:
        position = 0
        for item, warnings in results:
            for message in warnings:
                if warn:
                    warn(message)
            if item is None:
                continue
            analysed.append(item)
            yield position, item.document.name, item.words
            position += len(item.words)

    try:
        terms = TermIndex.build(rows())
    finally:
        results.close()
    require_text([a.document for a in analysed], specs)
    return Corpus(MemoryStore(analysed), terms)
