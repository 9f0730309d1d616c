"""BM25 over sentence word stems, kept by tantivy (a Rust search engine).

Each sentence is one tantivy document holding its words (factcheck's word pattern), of which
tantivy drops the stopwords and stems the rest in Rust (Snowball English, as the rest of
factcheck); its source name (to restrict a claim to its own sources); and its position in the
corpus. Claim words go through the same analysis, so both sides meet on the same terms.
(tantivy's own regular-expression tokenizer is several times slower than Python's ``re`` at
splitting the words; dropping stopwords is the other way round.) The index lives in memory for
sources read now, or in a folder for a persistent index, which is memory-mapped on open: a query over a million sentences reads only the posting
lists of the claim's words. tantivy's BM25 is the classic one (k1 1.2, b 0.75).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path

import tantivy

from ..language.text import ASCII_TOKEN, STOPWORDS, TOKEN

_WORDS, _SOURCE, _ID = "words", "source", "id"
_ANALYZER = "factcheck"
# tantivy's indexing memory per writer thread; its minimum is 15 MB.
_WRITER_HEAP = 64_000_000

# Words arrive split and lower-case (``index_words``); tantivy drops stopwords and stems the rest.
ANALYZER = (
    tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.whitespace())
    .filter(tantivy.Filter.custom_stopword(sorted(STOPWORDS)))
    .filter(tantivy.Filter.stemmer("english"))
    .build()
)


def _schema() -> tantivy.Schema:
    builder = tantivy.SchemaBuilder()
    builder.add_text_field(_WORDS, stored=False, tokenizer_name=_ANALYZER, index_option="freq")
    builder.add_text_field(_SOURCE, stored=False, tokenizer_name="raw", index_option="basic")
    builder.add_integer_field(_ID, stored=False, indexed=False, fast=True)
    return builder.build()


def index_words(match_texts: Sequence[str]) -> list[str]:
    """For each normalised sentence, its words joined by spaces (``ANALYZER`` drops the
    stopwords)."""
    find, find_ascii = TOKEN.findall, ASCII_TOKEN.findall
    return [" ".join((find_ascii if t.isascii() else find)(t)) for t in match_texts]


@lru_cache(maxsize=100_000)
def _terms_of(word: str) -> tuple[str, ...]:
    """The index terms of a lower-case word (a stopword has none), kept: claims say the same
    words again and again, and each costs a call into tantivy."""
    return () if word in STOPWORDS else tuple(ANALYZER.analyze(word))


def terms(words: Iterable[str]) -> list[str]:
    """The index terms of some lower-case words (a stopword has none)."""
    return [term for word in words for term in _terms_of(word)]


class TermIndex:
    """BM25 search over sentences' stems, optionally restricted to some sources."""

    def __init__(self, index: tantivy.Index) -> None:
        index.register_tokenizer(_ANALYZER, ANALYZER)  # not stored with the index
        self._index = index
        self._schema = index.schema
        self._searcher = index.searcher()
        self.size = self._searcher.num_docs
        self.max_idf = math.log(1 + (self.size + 0.5) / 0.5)
        self._idf: dict[str, float] = {}

    @classmethod
    def build(
        cls, sources: Iterable[tuple[int, str, Sequence[str]]], folder: Path | None = None
    ) -> TermIndex:
        """Index each source's sentences, given as ``(first sentence id, source name,
        index_words)`` (ids follow on), in memory or in ``folder``."""
        schema = _schema()
        index = tantivy.Index(schema, path=str(folder)) if folder else tantivy.Index(schema)
        index.register_tokenizer(_ANALYZER, ANALYZER)
        # One thread keeps documents in insertion order in a single segment per flush.
        writer = index.writer(heap_size=_WRITER_HEAP, num_threads=1)
        add, new_document = writer.add_document, tantivy.Document
        for first, source, sentences in sources:
            for sentence_id, words in enumerate(sentences, first):
                # Filled field by field: a fifth less work than from keyword arguments.
                document = new_document()
                document.add_text(_WORDS, words)
                document.add_text(_SOURCE, source)
                document.add_integer(_ID, sentence_id)
                add(document)
        writer.commit()
        writer.wait_merging_threads()
        index.reload()
        return cls(index)

    @classmethod
    def open(cls, folder: Path) -> TermIndex:
        return cls(tantivy.Index.open(str(folder)))

    def doc_freq(self, word: str) -> float:
        """How many sentences have the word's term (from its IDF, which is kept)."""
        return (self.size + 1) / math.exp(self.idf(word)) - 0.5

    def idf(self, word: str) -> float:
        """Inverse document frequency of a word's term; unseen words get the largest value.
        Kept for each word asked about, as the index does not change."""
        value = self._idf.get(word)
        if value is None:
            found = terms([word])
            df = self._searcher.doc_freq(_WORDS, found[0]) if found else 0
            value = self._idf[word] = math.log(1 + (self.size - df + 0.5) / (df + 0.5))
        return value

    def idfs(self, words: Sequence[str]) -> list[float]:
        """``idf`` of each word."""
        return [self.idf(word) for word in words]

    def search(
        self,
        words: Sequence[str],
        sources: Sequence[str],
        limit: int,
        exclude: Sequence[str] = (),
    ) -> dict[int, float]:
        """Up to ``limit`` sentence ids and their BM25 for the claim's ``words``, best first,
        score above zero only.

        ``sources`` (when not empty) restricts the search to those source names, and
        ``exclude`` leaves those source names out, without changing the scores.
        """
        clauses = [
            (tantivy.Occur.Should, tantivy.Query.term_query(self._schema, _WORDS, term))
            for term in sorted(set(terms(words)))
        ]
        if not clauses or limit <= 0:
            return {}
        query = tantivy.Query.boolean_query(clauses)
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
        if exclude:
            query = tantivy.Query.boolean_query(
                [(tantivy.Occur.Must, query)]
                + [
                    (tantivy.Occur.MustNot, tantivy.Query.term_query(self._schema, _SOURCE, name))
                    for name in sorted(set(exclude))
                ]
            )
        hits = self._searcher.search(query, limit, count=False).hits
        ids = self._searcher.fast_field_values(_ID, [address for _, address in hits])
        # Equal scores in corpus order, so that results never depend on segment layout.
        ranked = sorted(zip([-score for score, _ in hits], ids, strict=True))
        return {i: -negative for negative, i in ranked}
