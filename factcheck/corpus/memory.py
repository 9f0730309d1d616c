"""The sentences of sources read now, kept compactly in memory.

A source read in a worker process crosses to the parent as a few strings, lists of strings and
an array of numbers (a ``SourceText``), not as a ``Sentence`` object per sentence: unpickling a
hundred thousand objects cost the parent more than reading the files cost the workers. The
store makes a ``Sentence`` only when one is asked for (a claim's dozen candidates and its
citations), from the source's text and the sentence's numbers.
"""

from __future__ import annotations

import bisect
from array import array
from collections.abc import Iterable, Iterator, Sequence
from functools import cached_property
from pathlib import Path
from typing import NamedTuple

from ..ingest.sources import Document, Span, Split
from ..language.text import normalize_many
from ..models import Sentence
from .terms import index_words

# Numbers kept per sentence: line, start, end, page (-1 when the source has no pages).
_ROW = 4


class SourceText(NamedTuple):
    """One source, split into sentences, with what matching needs of each sentence."""

    name: str
    path: str
    text: str
    """The decoded text; each sentence is ``text[start:end]``."""
    plain: str
    """``text`` with markup blanked out (the same object when there is no markup)."""
    rows: array
    """``_ROW`` numbers per sentence: line, start, end, page (-1: none)."""
    match_texts: list[str]
    """Each sentence's normalised text, as fuzzy matching sees it."""
    words: list[str]
    """Each sentence's words, as the term index takes them (``index_words``)."""

    @property
    def count(self) -> int:
        return len(self.match_texts)

    @classmethod
    def of_split(cls, name: str, path: str, split: Split) -> SourceText:
        return cls._of(name, path, split.text, split.plain, split.spans)

    @classmethod
    def of_document(cls, document: Document) -> SourceText:
        spans = [(s.line, s.start, s.end, s.page) for s in document.sentences]
        return cls._of(document.name, str(document.path), document.text, document.plain, spans)

    @classmethod
    def _of(cls, name: str, path: str, text: str, plain: str, spans: Sequence[Span]) -> SourceText:
        matches = normalize_many([plain[a:b] for _, a, b, _ in spans])
        rows = array("q")
        for line, start, end, page in spans:
            rows.extend((line, start, end, -1 if page is None else page))
        return cls(name, path, text, plain, rows, matches, index_words(matches))


def term_rows(sources: Iterable[SourceText]) -> Iterator[tuple[int, str, list[str]]]:
    """``(first position, name, words of each sentence)`` of each source, as
    ``TermIndex.build`` takes them; sources are taken one at a time, as they come."""
    first = 0
    for source in sources:
        yield first, source.name, source.words
        first += source.count


class MemoryStore:
    """The sentences of sources read now, by position, sources one after the other."""

    def __init__(self, sources: Sequence[SourceText]) -> None:
        self._names: list[str] = []
        self._paths: list[str] = []
        self._texts: list[str] = []
        self._plains: list[str] = []
        self._firsts: list[int] = []
        self._rows = array("q")
        self.match_texts: list[str] = []
        self.doc_ranges: dict[str, tuple[int, int]] = {}
        for source in sources:
            first = len(self.match_texts)
            self._names.append(source.name)
            self._paths.append(source.path)
            self._texts.append(source.text)
            self._plains.append(source.plain)
            self._firsts.append(first)
            self._rows.extend(source.rows)
            self.match_texts.extend(source.match_texts)
            self.doc_ranges[source.name] = (first, len(self.match_texts))

    def __len__(self) -> int:
        return len(self.match_texts)

    def _source_of(self, index: int) -> int:
        # The last source starting at or before ``index``: a source without sentences starts
        # where the next one does, and comes before it, so it is never the one found.
        return bisect.bisect_right(self._firsts, index) - 1

    def sentence(self, index: int) -> Sentence:
        k = self._source_of(index)
        at = index * _ROW
        line, start, end, page = self._rows[at : at + _ROW]
        return Sentence(
            self._names[k],
            line,
            start,
            end,
            self._texts[k][start:end],
            index=index - self._firsts[k],
            page=None if page < 0 else page,
        )

    def plain_text(self, index: int) -> str:
        k = self._source_of(index)
        at = index * _ROW
        return self._plains[k][self._rows[at + 1] : self._rows[at + 2]]

    def match_text(self, index: int) -> str:
        return self.match_texts[index]

    def match_texts_of(self, positions: Sequence[int]) -> list[str]:
        texts = self.match_texts
        return [texts[i] for i in positions]

    @cached_property
    def documents(self) -> list[Document]:
        """Every source as a Document, sentences and all (made on first use)."""
        out = []
        for k, name in enumerate(self._names):
            lo = self._firsts[k]
            hi = self._firsts[k + 1] if k + 1 < len(self._firsts) else len(self)
            sentences = tuple(self.sentence(i) for i in range(lo, hi))
            out.append(
                Document(name, Path(self._paths[k]), self._texts[k], self._plains[k], sentences)
            )
        return out
