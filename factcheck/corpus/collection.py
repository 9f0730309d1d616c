"""The loaded sources as one searchable collection of sentences.

A Corpus joins a sentence store (what each sentence says and where it stands: in memory for
sources read now, memory-mapped for an index) with a BM25 term index. Candidates for a claim
come from two passes: BM25 ranks sentences by the weight of the claim's words they contain, and
rapidfuzz adds the sentences closest as strings among BM25's best ``FUZZY_POOL`` (or among all
of them, in a small collection).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Protocol

from rapidfuzz import fuzz, process

from ..ingest.sources import Document
from ..language.text import TOKEN, stem
from ..models import Sentence
from .memory import MemoryStore, SourceText, term_rows
from .terms import TermIndex

# "... is a 2013 comedy film": what a source's opening sentence calls its subject, up to the
# first punctuation.
_DESCRIBED = re.compile(r"\b(?:is|was|are|were)\s+(?:an?|the)\s+(?P<phrase>[^,;:.()]+)", re.I)

# A year, and the end of a season written short after it ("2015-16", "1999/00"; dashes are
# plain in the matched text).
_YEAR = re.compile(r"\b(1\d{3}|20\d\d)(?:\s?[-/]\s?(\d\d)\b)?")

# Sentences the fuzzy pass compares per claim at most: beyond this, BM25 prefilters.
FUZZY_POOL = 250


@dataclass(frozen=True)
class Hit:
    """A sentence returned by retrieval and its scores."""

    index: int
    bm25: float
    fuzzy: float


class SentenceStore(Protocol):
    """Where the sentences of a corpus are kept, by position."""

    @property
    def doc_ranges(self) -> dict[str, tuple[int, int]]:
        """Each source name's sentences: positions ``lo`` to ``hi - 1``."""

    def __len__(self) -> int: ...
    def sentence(self, index: int) -> Sentence: ...
    def plain_text(self, index: int) -> str: ...
    def match_text(self, index: int) -> str: ...
    def match_texts_of(self, positions: Sequence[int]) -> list[str]: ...


class Corpus:
    """Every sentence of every source, searchable by words and by string similarity."""

    def __init__(self, store: SentenceStore, terms: TermIndex) -> None:
        self.store = store
        self.terms = terms
        self.max_idf = terms.max_idf
        self._stems_of: dict[str, frozenset[str]] = {}
        self._lead_kinds: dict[str, frozenset[str]] = {}
        self._years_of: dict[str, frozenset[int]] = {}

    @classmethod
    def from_documents(cls, documents: Sequence[Document]) -> Corpus:
        sources = [SourceText.of_document(d) for d in documents]
        return cls(MemoryStore(sources), TermIndex.build(term_rows(sources)))

    def __len__(self) -> int:
        return len(self.store)

    @property
    def doc_ranges(self) -> dict[str, tuple[int, int]]:
        """Each source name's sentences: positions ``lo`` to ``hi - 1``."""
        return self.store.doc_ranges

    def sentence(self, index: int) -> Sentence:
        return self.store.sentence(index)

    def sentences(self) -> Iterator[Sentence]:
        """Every sentence, in order."""
        return (self.store.sentence(i) for i in range(len(self.store)))

    def plain_text(self, index: int) -> str:
        """The matched text of sentence ``index`` (markup blanked, case kept)."""
        return self.store.plain_text(index)

    def match_text(self, index: int) -> str:
        """The normalised text of sentence ``index``, as fuzzy matching sees it."""
        return self.store.match_text(index)

    def idf(self, word: str) -> float:
        """Inverse document frequency of a (lower-case) word's stem."""
        return self.terms.idf(word)

    def idfs(self, words: Sequence[str]) -> list[float]:
        """``idf`` of each word (a database corpus fetches their frequencies together)."""
        return self.terms.idfs(words)

    def names_stem(self, source: str, word_stem: str) -> bool:
        """Whether the source named ``source`` says a word of stem ``word_stem`` anywhere."""
        stems = self._stems_of.get(source)
        if stems is None:
            lo, hi = self.doc_ranges.get(source, (0, 0))
            texts = self.store.match_texts_of(range(lo, hi))
            stems = frozenset(stem(w) for text in texts for w in TOKEN.findall(text))
            self._stems_of[source] = stems
        return word_stem in stems

    def names_year(self, source: str, year: int) -> bool:
        """Whether the source named ``source`` gives the year anywhere, as a year or as the end
        of a season ("2015-16" gives 2016)."""
        years = self._years_of.get(source)
        if years is None:
            lo, hi = self.doc_ranges.get(source, (0, 0))
            found: set[int] = set()
            for text in self.store.match_texts_of(range(lo, hi)):
                for match in _YEAR.finditer(text):
                    first = int(match.group(1))
                    found.add(first)
                    # Only the year after: "2016-02-03" is a date, not a season.
                    if match.group(2) and int(match.group(2)) == (first + 1) % 100:
                        found.add(first + 1)
            years = self._years_of[source] = frozenset(found)
        return year in years

    def calls_subject(self, source: str, word_stem: str) -> bool:
        """Whether the opening sentence of ``source`` calls its subject a thing of stem
        ``word_stem``: "Glimmerfall is a 2013 comedy film ..." calls it a film (and a comedy),
        so that a later "The film ..." of that source speaks of Glimmerfall."""
        kinds = self._lead_kinds.get(source)
        if kinds is None:
            lo, hi = self.doc_ranges.get(source, (0, 0))
            lead = self.store.plain_text(lo) if hi > lo else ""
            found = _DESCRIBED.search(lead)
            words = TOKEN.findall(found.group("phrase")) if found else []
            kinds = self._lead_kinds[source] = frozenset(stem(w.lower()) for w in words)
        return word_stem in kinds

    def positions(self, sources: Sequence[str] = ()) -> list[int]:
        """Positions of the sentences of the named sources (all sentences when none named)."""
        if not sources:
            return list(range(len(self)))
        return [
            i
            for name in dict.fromkeys(sources)
            if name in self.doc_ranges
            for i in range(*self.doc_ranges[name])
        ]

    def _pool_size(self, sources: Sequence[str]) -> int:
        if not sources:
            return len(self)
        return sum(
            hi - lo
            for name in set(sources)
            if name in self.doc_ranges
            for lo, hi in [self.doc_ranges[name]]
        )

    def search(self, query: str, words: Sequence[str], sources: Sequence[str], k: int) -> list[Hit]:
        """The ``k`` best sentences by BM25 over ``words``, joined with the best few by fuzzy
        similarity to ``query``.

        ``sources`` restricts the search to those source names (all when empty).
        """
        size = self._pool_size(sources)
        if size == 0:
            return []
        bm25 = self.terms.search(words, sources, min(size, FUZZY_POOL))
        if size <= FUZZY_POOL:
            # A small pool is compared whole: sentences sharing no stem may still be closest.
            pool = sorted(self.positions(sources), key=lambda i: (-bm25.get(i, 0.0), i))
        else:
            pool = list(bm25)
        chosen = dict.fromkeys(i for i in pool[:k] if bm25.get(i, 0.0) > 0)
        # Best by string similarity; equal scores keep BM25's order.
        closest = process.extract(
            query,
            self.store.match_texts_of(pool),
            scorer=fuzz.token_set_ratio,
            limit=max(3, k // 3),
        )
        fuzzy = {pool[n]: score for _, score, n in closest}
        for _, _, n in closest:
            chosen.setdefault(pool[n])
        return [
            Hit(
                i,
                bm25.get(i, 0.0),
                fuzzy[i] if i in fuzzy else fuzz.token_set_ratio(query, self.match_text(i)),
            )
            for i in chosen
        ]
