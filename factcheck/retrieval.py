"""BM25 over sentence word stems, kept by tantivy (a Rust search engine).

Each sentence is one tantivy document holding its stems (analysed here, so claims and sources
share one analysis), its source name (to restrict a claim to its own sources) and its position in
the corpus. The index lives in memory for sources read now, or in a folder for a persistent
index, which is memory-mapped on open: a query over a million sentences reads only the posting
lists of the claim's words. tantivy's BM25 is the classic one (k1 1.2, b 0.75).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from pathlib import Path

import tantivy

from .text import STOPWORDS, TOKEN, stem

_STEMS, _SOURCE, _ID = "stems", "source", "id"
# tantivy's indexing memory per writer thread; its minimum is 15 MB.
_WRITER_HEAP = 64_000_000


def _schema() -> tantivy.Schema:
    builder = tantivy.SchemaBuilder()
    builder.add_text_field(_STEMS, stored=False, tokenizer_name="whitespace", index_option="freq")
    builder.add_text_field(_SOURCE, stored=False, tokenizer_name="raw", index_option="basic")
    builder.add_integer_field(_ID, stored=False, indexed=False, fast=True)
    return builder.build()


def index_terms(match_texts: Sequence[str]) -> list[str]:
    """For each (normalised) sentence, its content-word stems joined by spaces."""
    words = TOKEN.findall
    return [" ".join([stem(w) for w in words(text) if w not in STOPWORDS]) for text in match_texts]


class TermIndex:
    """BM25 search over sentences' stems, optionally restricted to some sources."""

    def __init__(self, index: tantivy.Index) -> None:
        self._index = index
        self._schema = index.schema
        self._searcher = index.searcher()
        self.size = self._searcher.num_docs
        self.max_idf = math.log(1 + (self.size + 0.5) / 0.5)

    @classmethod
    def build(cls, rows: Iterable[tuple[int, str, str]], folder: Path | None = None) -> TermIndex:
        """Index ``(sentence id, source name, stems)`` rows, in memory or in ``folder``."""
        schema = _schema()
        index = tantivy.Index(schema, path=str(folder)) if folder else tantivy.Index(schema)
        # One thread keeps documents in insertion order in a single segment per flush.
        writer = index.writer(heap_size=_WRITER_HEAP, num_threads=1)
        for sentence_id, source, stems in rows:
            writer.add_document(tantivy.Document(stems=stems, source=source, id=sentence_id))
        writer.commit()
        writer.wait_merging_threads()
        index.reload()
        return cls(index)

    @classmethod
    def open(cls, folder: Path) -> TermIndex:
        return cls(tantivy.Index.open(str(folder)))

    def idf(self, word_stem: str) -> float:
        """Inverse document frequency of a stem; unseen stems get the largest value."""
        df = self._searcher.doc_freq(_STEMS, word_stem)
        return math.log(1 + (self.size - df + 0.5) / (df + 0.5))

    def search(
        self, stems: Sequence[str], sources: Sequence[str], limit: int
    ) -> list[tuple[int, float]]:
        """Up to ``limit`` ``(sentence id, BM25)`` pairs, best first, score above zero only.

        ``sources`` (when not empty) restricts the search to those source names without
        changing the scores.
        """
        terms = [
            (tantivy.Occur.Should, tantivy.Query.term_query(self._schema, _STEMS, s))
            for s in sorted(set(stems))
        ]
        if not terms or limit <= 0:
            return []
        query = tantivy.Query.boolean_query(terms)
        if sources:
            within = tantivy.Query.boolean_query(
                [
                    (tantivy.Occur.Should, tantivy.Query.term_query(self._schema, _SOURCE, name))
                    for name in sorted(set(sources))
                ]
            )
            query = tantivy.Query.boolean_query(
                [
                    (tantivy.Occur.Must, tantivy.Query.const_score_query(within, 0.0)),
                    (tantivy.Occur.Must, query),
                ]
            )
        hits = self._searcher.search(query, limit, count=False).hits
        ids = self._searcher.fast_field_values(_ID, [address for _, address in hits])
        # Equal scores in corpus order, so that results never depend on segment layout.
        return sorted(
            ((int(i), float(score)) for (score, _), i in zip(hits, ids, strict=True)),
            key=lambda pair: (-pair[1], pair[0]),
        )
