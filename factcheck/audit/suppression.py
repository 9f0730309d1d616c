"""Suppression comments in Markdown sources, as in drafts: ``<!-- factcheck-disable-next-line -->``
leaves the next line's sentences out of the audit, ``<!-- factcheck off -->`` ...
``<!-- factcheck on -->`` a passage."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from ..ingest.drafts import suppressed_lines
from ..ingest.formats import read_text_file
from ..ingest.sources import source_files

MARKDOWN = (".md", ".markdown")


def suppressed_in_sources(specs: Sequence[str | Path]) -> dict[str, set[int]]:
    """The suppressed lines of each Markdown source named by ``specs``, by source name (only
    sources with a suppression comment are listed)."""
    found: dict[str, set[int]] = {}
    for file in source_files(specs):
        if not file.path.lower().endswith(MARKDOWN):
            continue
        text = read_text_file(Path(file.path))
        if "factcheck" not in text:
            continue
        lines = suppressed_lines(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
        if lines:
            found[file.name] = lines
    return found
