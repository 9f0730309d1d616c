"""The sentences of other documents each sentence is compared with: the term index searched with
the sentence's words, never every pair.

A BM25 query reads the postings of every word it has, so on a collection whose words are all
common (a hundred thousand sentences written from a small vocabulary) each query reads tens of
thousands and costs milliseconds. Such a query is answered instead from an index of the pairs
of the corpus's sentences' rarest words, built once in one pass: the sentences that share the
most of its rarest pairs, closest as strings first. A query whose postings are few (any
collection of ordinary size, and rare words in a large one) goes to BM25, as a claim's does.
"""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Callable
from itertools import combinations

from rapidfuzz import fuzz, process

from ..corpus.collection import Corpus
from ..corpus.terms import terms
from ..language.text import TOKEN

RETRIEVED = 2
"""Sentences of other documents compared with each sentence."""
POSTINGS_BUDGET = 20_000
"""Postings a BM25 query may read (about a millisecond); beyond, the pair index answers."""
RAREST = 4
"""Rarest words of a sentence whose pairs index it."""
COMMON_PAIR = 300
"""A pair of words shared by more sentences than this says too little to rank by."""
SHORTLIST = 20
"""Sentences sharing the most pairs that are then ranked by string similarity."""


class Candidates:
    """Finds, for a sentence of the corpus, the sentences of other documents to compare it with."""

    def __init__(self, corpus: Corpus, document_of: Callable[[int], str]) -> None:
        self.corpus = corpus
        self.document_of = document_of
        self._pairs: dict[tuple[str, str], list[int]] | None = None

    def _rarest(self, position: int) -> list[str]:
        """The sentence's rarest index terms, rarest first."""
        words = {}
        for word in TOKEN.findall(self.corpus.match_text(position)):
            for term in terms([word.lower()]):
                words.setdefault(term, word.lower())
        ranked = sorted(words.items(), key=lambda item: (-self.corpus.idf(item[1]), item[0]))
        return [term for term, _ in ranked[:RAREST]]

    @property
    def pairs(self) -> dict[tuple[str, str], list[int]]:
        """Each pair of rare words and the sentences it is among the rarest of (built on first
        use, in one pass over the corpus)."""
        if self._pairs is None:
            index: dict[tuple[str, str], list[int]] = {}
            for position in range(len(self.corpus)):
                for key in combinations(sorted(self._rarest(position)), 2):
                    index.setdefault(key, []).append(position)
            self._pairs = index
        return self._pairs

    def prepare(self) -> None:
        """Build what the queries will need before workers fork, so that they share it: the
        pair index, for a corpus large enough that a query may read too many postings."""
        if len(self.corpus) > POSTINGS_BUDGET // RAREST:
            self.pairs  # noqa: B018  (built here, once)

    def of(self, position: int, words: list[str]) -> list[int]:
        """The positions of the sentences of other documents to compare sentence ``position``
        (whose content words are ``words``) with, best first."""
        own = self.document_of(position)
        postings = sum(self.corpus.terms.doc_freq(w) for w in set(words))
        if postings <= POSTINGS_BUDGET or self._pairs is None:
            return list(self.corpus.terms.search(words, (), RETRIEVED, exclude=(own,)))
        shared: Counter[int] = Counter()
        for key in combinations(sorted(self._rarest(position)), 2):
            sharing = self._pairs.get(key, ())
            if len(sharing) <= COMMON_PAIR:
                shared.update(sharing)
        # Most pairs shared first (equal counts in corpus order), of other documents only.
        lo, hi = self.corpus.doc_ranges[own]
        best = heapq.nsmallest(
            SHORTLIST,
            ((-count, p) for p, count in shared.items() if not lo <= p < hi),
        )
        ranked = [p for _, p in best]
        if not ranked:
            return list(self.corpus.terms.search(words, (), RETRIEVED, exclude=(own,)))
        closest = process.extract(
            self.corpus.match_text(position),
            self.corpus.store.match_texts_of(ranked),
            scorer=fuzz.token_set_ratio,
            limit=RETRIEVED,
        )
        return [ranked[n] for _, _, n in closest]
