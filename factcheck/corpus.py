"""The loaded sources as one searchable collection of sentences.

Candidates are found in two passes over whole arrays, never pair by pair in Python: BM25 over
word stems (numpy ``bincount`` over an inverted index) ranks every sentence by the weight of the
claim's words it contains, and rapidfuzz ``process.cdist`` adds the sentences closest as strings.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz, process

from .models import Sentence
from .sources import Document
from .text import STOPWORDS, TOKEN, normalize, stem

_K1 = 1.2
_B = 0.75
# Sentences the fuzzy pass compares per claim at most: beyond this, BM25 prefilters.
FUZZY_POOL = 500


@dataclass(frozen=True)
class Hit:
    """A sentence returned by retrieval and its scores."""

    index: int
    bm25: float
    fuzzy: float


class Corpus:
    """Every sentence of every document, with a BM25 index over word stems."""

    def __init__(self, documents: Sequence[Document]) -> None:
        self.documents = list(documents)
        self.sentences: list[Sentence] = []
        self.match_texts: list[str] = []
        self.doc_ranges: dict[str, tuple[int, int]] = {}
        for doc in self.documents:
            first = len(self.sentences)
            for sentence in doc.sentences:
                self.sentences.append(sentence)
                self.match_texts.append(normalize(doc.plain[sentence.start : sentence.end]))
            self.doc_ranges[doc.name] = (first, len(self.sentences))
        self._build_index()

    def __len__(self) -> int:
        return len(self.sentences)

    def plain_text(self, index: int) -> str:
        """The matched text of sentence ``index`` (markup blanked, case kept)."""
        sentence = self.sentences[index]
        doc = self.documents[self._doc_index(index)]
        return doc.plain[sentence.start : sentence.end]

    def _doc_index(self, index: int) -> int:
        return int(np.searchsorted(self._doc_starts, index, side="right") - 1)

    def _build_index(self) -> None:
        vocabulary: dict[str, int] = {}
        term_ids: list[int] = []
        sentence_ids: list[int] = []
        counts: list[int] = []
        lengths = np.zeros(len(self.sentences), dtype=np.float64)
        for i, text in enumerate(self.match_texts):
            bag: dict[int, int] = {}
            # Words only, no Token objects: this loop runs over every word of every source.
            for word in TOKEN.findall(text):
                if word in STOPWORDS:
                    continue
                term = vocabulary.setdefault(stem(word), len(vocabulary))
                bag[term] = bag.get(term, 0) + 1
            lengths[i] = sum(bag.values())
            for term, count in bag.items():
                term_ids.append(term)
                sentence_ids.append(i)
                counts.append(count)
        self.vocabulary = vocabulary
        n = max(1, len(self.sentences))
        terms = np.asarray(term_ids, dtype=np.int64)
        order = np.argsort(terms, kind="stable")
        self._post_sentences = np.asarray(sentence_ids, dtype=np.int64)[order]
        tf = np.asarray(counts, dtype=np.float64)[order]
        avg = lengths.mean() if len(lengths) else 1.0
        norm = _K1 * (1 - _B + _B * lengths[self._post_sentences] / max(avg, 1e-9))
        self._post_weights = tf * (_K1 + 1) / (tf + norm)
        df = np.bincount(terms, minlength=len(vocabulary)) if len(terms) else np.zeros(0)
        self._indptr = np.concatenate(([0], np.cumsum(df))).astype(np.int64)
        self._idf = np.log(1 + (n - df + 0.5) / (df + 0.5))
        self.max_idf = float(math.log(1 + (n + 0.5) / 0.5))
        self._doc_starts = np.asarray([lo for lo, _ in self.doc_ranges.values()], dtype=np.int64)

    def idf(self, word_stem: str) -> float:
        """Inverse document frequency of a stem; unseen stems get the largest value."""
        term = self.vocabulary.get(word_stem)
        return self.max_idf if term is None else float(self._idf[term])

    def allowed(self, names: Sequence[str]) -> np.ndarray | None:
        """Indices of the sentences of the named documents (``None`` when all are allowed)."""
        if not names:
            return None
        parts = [np.arange(*self.doc_ranges[name]) for name in names if name in self.doc_ranges]
        return np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64)

    def bm25(self, stems: Sequence[str]) -> np.ndarray:
        """BM25 score of every sentence for a bag of query stems."""
        ids, weights = [], []
        for word_stem in set(stems):
            term = self.vocabulary.get(word_stem)
            if term is None:
                continue
            lo, hi = self._indptr[term], self._indptr[term + 1]
            ids.append(self._post_sentences[lo:hi])
            weights.append(self._post_weights[lo:hi] * self._idf[term])
        if not ids:
            return np.zeros(len(self.sentences))
        return np.bincount(
            np.concatenate(ids), weights=np.concatenate(weights), minlength=len(self.sentences)
        )

    def search(
        self, query: str, stems: Sequence[str], allowed: np.ndarray | None, k: int
    ) -> list[Hit]:
        """The ``k`` best sentences by BM25, joined with the best few by fuzzy similarity.

        On a large pool the fuzzy pass reranks only BM25's best ``FUZZY_POOL`` sentences.
        """
        scores = self.bm25(stems)
        pool = np.arange(len(self.sentences)) if allowed is None else allowed
        if len(pool) == 0:
            return []
        if len(pool) > FUZZY_POOL:
            pool = pool[np.argpartition(-scores[pool], FUZZY_POOL)[:FUZZY_POOL]]
        ranked = pool[np.argsort(-scores[pool], kind="stable")]
        chosen = dict.fromkeys(int(i) for i in ranked[:k] if scores[i] > 0)
        texts = [self.match_texts[i] for i in ranked]
        fuzzy = process.cdist([query], texts, scorer=fuzz.token_set_ratio, workers=1)[0]
        for i in ranked[np.argsort(-fuzzy, kind="stable")[: max(3, k // 3)]]:
            chosen.setdefault(int(i))
        fuzzy_of = dict(zip(ranked.tolist(), fuzzy.tolist(), strict=True))
        return [Hit(i, float(scores[i]), float(fuzzy_of[i])) for i in chosen]
