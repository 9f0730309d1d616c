"""Read a source collection into analysed documents, on every core when it has many files."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from .corpus import AnalysedDocument
from .formats import Warn
from .pool import ordered_map
from .sources import SourceFile, read_document, require_text, source_files

# Below this many files, a process pool costs more than it saves.
MIN_PARALLEL_FILES = 64


def _read(file: SourceFile) -> tuple[AnalysedDocument | None, list[str]]:
    """One file, read, split and analysed; warnings are returned, as a worker cannot print."""
    warnings: list[str] = []
    document = read_document(Path(file.path), file.name, file.direct, warnings.append)
    return (AnalysedDocument.of(document) if document else None), warnings


def read_analysed(specs: Sequence[str | Path], warn: Warn | None = None) -> list[AnalysedDocument]:
    """Every source named by ``specs`` (files, folders, globs), in order."""
    analysed = []
    files = source_files(specs, warn)
    for item, warnings in ordered_map(_read, files, min_items=MIN_PARALLEL_FILES):
        for message in warnings:
            if warn:
                warn(message)
        if item is not None:
            analysed.append(item)
    require_text([a.document for a in analysed], specs)
    return analysed
