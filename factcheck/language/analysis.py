"""What a claim or a sentence says, in a form the rules compare: content words, numbers, dates."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache, wraps
from itertools import accumulate
from typing import TypeVar

from rapidfuzz import fuzz, process

from .lexicon import AUXILIARIES, CLAUSE_BREAKS
from .quantities import DateMention, NumberMention, find_dates, find_numbers
from .text import SYNONYMS, Token, negative_prefixed, plain, shared_prefix_match, tokenize

PHRASE_BREAKS = ",;:.()"
"""Punctuation between two words that ends the phrase before it."""


@dataclass(frozen=True, eq=False)
class Analysed:
    """A text broken into the parts the judgement works on."""

    text: str
    """The text with plain quotes and dashes, case kept; spans below index into it."""
    tokens: tuple[Token, ...]
    dates: tuple[DateMention, ...]
    numbers: tuple[NumberMention, ...]
    breaks: tuple[int, ...] = ()
    """Where each sentence after the first begins, when several are read together."""

    def crosses_break(self, start: int, end: int) -> bool:
        """Whether the stretch of text from ``start`` to ``end`` spans two sentences."""
        return any(start <= b <= end for b in self.breaks)

    def token_at(self, offset: int) -> int:
        """The index of the first token starting at or after ``offset`` (the number of tokens
        when none does): where a mention found in the text stands among the words."""
        return bisect_left(self.tokens, offset, key=lambda t: t.start)

    def gap_before(self, i: int) -> str:
        """The text between token ``i - 1`` and token ``i`` (spaces, punctuation)."""
        return self.text[self.tokens[i - 1].end : self.tokens[i].start]

    def closes_phrase(self, i: int) -> bool:
        """Whether punctuation between token ``i - 1`` and token ``i`` ends the phrase before
        it ("the mayor, who ...", "in 2019; rents ...")."""
        return any(ch in PHRASE_BREAKS for ch in self.gap_before(i))

    def clause_after(self, i: int, limit: int) -> tuple[int, ...]:
        """The indices of the words after token ``i`` to the end of its clause (a mark, a word
        that opens another clause, or the next sentence read with it), at most ``limit``."""
        tokens = self.tokens
        words = []
        for j in range(i + 1, min(len(tokens), i + 1 + limit)):
            if (
                self.closes_phrase(j)
                or (tokens[j].lower in CLAUSE_BREAKS and not self._adverb_yet(j))
                or self.crosses_break(tokens[j - 1].end, tokens[j].start)
            ):
                break
            words.append(j)
        return tuple(words)

    def _adverb_yet(self, j: int) -> bool:
        """ "yet" after an auxiliary ("none had yet raced on the river", "has yet to sail") is the
        adverb, which opens no clause."""
        tokens = self.tokens
        return tokens[j].lower == "yet" and j > 0 and tokens[j - 1].lower in AUXILIARIES

    def aside_end(self, start: int, limit: int) -> int | None:
        """For words set off by a comma before token ``start`` ("Ada Vell, the mill's head
        brewer, said"): the index of the token after the closing comma, or the number of
        tokens when the sentence ends first; None when another mark ends them or they run to
        ``limit`` words. A possessive's apostrophe ("the Mills' head") is no mark."""
        if start >= len(self.tokens) or self.gap_before(start).strip() != ",":
            return None
        for k in range(start + 1, len(self.tokens)):
            if k - start >= limit:
                return None
            gap = self.gap_before(k).strip().strip("'’")
            if gap:
                return k if gap == "," else None
        return len(self.tokens)

    @cached_property
    def content(self) -> tuple[Token, ...]:
        """Tokens that carry meaning: not stopwords, not inside a number or date."""
        quantities = _union(sorted((m.start, m.end) for m in (*self.dates, *self.numbers)))
        starts = [a for a, _ in quantities]

        def in_quantity(position: int) -> bool:
            k = bisect_right(starts, position) - 1
            return k >= 0 and position < quantities[k][1]

        return tuple(
            t
            for t in self.tokens
            if not t.is_stop
            and t.lower not in {"%", "$", "£", "€"}
            and not in_quantity(t.start)
            and not (t.is_number and len(t.lower) == 1)
        )

    @cached_property
    def content_set(self) -> frozenset[Token]:
        """``content`` as a set, for asking whether a token is one."""
        return frozenset(self.content)

    @cached_property
    def stems(self) -> frozenset[str]:
        return frozenset(t.stem for t in self.tokens)

    @cached_property
    def lowers(self) -> frozenset[str]:
        return frozenset(t.lower for t in self.tokens)

    @cached_property
    def long_words(self) -> tuple[str, ...]:
        return tuple(
            sorted({t.lower for t in self.tokens if len(t.lower) >= 5 and t.lower.isalpha()})
        )

    @cached_property
    def by_prefix(self) -> dict[str, tuple[str, ...]]:
        groups: dict[str, list[str]] = {}
        for word in self.long_words:
            groups.setdefault(word[:5], []).append(word)
        return {k: tuple(v) for k, v in groups.items()}

    @cached_property
    def _said(self) -> dict[Token, bool]:
        return {}

    def has_word(self, token: Token) -> bool:
        """Whether ``token`` (from another text) is said here: same stem, synonym or variant.

        Memoised: the rules and the coverage ask about the same claim words again and again."""
        said = self._said.get(token)
        if said is None:
            said = self._said[token] = self._has_word(token)
        return said

    def _has_word(self, token: Token) -> bool:
        if token.stem in self.stems or token.lower in self.lowers:
            return True
        # Plural of an abbreviation or code: "RVDs" / "RVD", "MMPs" / "MMP".
        word = token.lower
        if (
            token.surface[:1].isupper()
            and len(word) >= 3
            and ((word.endswith("s") and word[:-1] in self.lowers) or word + "s" in self.lowers)
        ):
            return True
        if SYNONYMS.get(token.stem, frozenset()) & self.stems:
            return True
        word = token.lower
        if len(word) >= 5 and word.isalpha():
            if any(shared_prefix_match(word, w) for w in self.by_prefix.get(word[:5], ())):
                return True
            # Spelling variants and transliterations: "Yusuf" / "Yousef"; but "inactive" is
            # no variant of "active", it is its opposite.
            if len(word) >= 6:
                # All close words at once: one call into rapidfuzz, not a generator step each.
                close = process.extract(
                    word, self.long_words, scorer=fuzz.ratio, score_cutoff=85, limit=None
                )
                if any(not negative_prefixed(word, variant) for variant, _, _ in close):
                    return True
        return False

    def span_text(self, start: int, end: int) -> str:
        return self.text[start:end]

    @cached_property
    def _derived(self) -> dict[Callable[[Analysed], object], object]:
        return {}


Value = TypeVar("Value")


def per_text(function: Callable[[Analysed], Value]) -> Callable[[Analysed], Value]:
    """``function`` of an Analysed, worked out once per text and kept with it.

    The rules derive the same things from the claim for each of its candidates, and from a
    sentence for each claim it is a candidate of; kept on the Analysed, they live as long as it.
    """

    @wraps(function)
    def once(analysed: Analysed) -> Value:
        derived = analysed._derived
        if function in derived:
            return derived[function]  # type: ignore[return-value]
        value = derived[function] = function(analysed)
        return value

    return once


@lru_cache(maxsize=50_000)
def analyse(text: str) -> Analysed:
    """Analyse ``text`` (memoised: sentences are compared with many claims)."""
    plain_text = plain(text)
    dates = find_dates(plain_text)
    numbers = find_numbers(plain_text, dates)
    return Analysed(plain_text, tuple(tokenize(plain_text)), tuple(dates), tuple(numbers))


def join(parts: tuple[Analysed, ...]) -> Analysed:
    """One Analysed for several sentences read together (for claims that need two)."""
    if len(parts) == 1:
        return parts[0]
    text = " ".join(p.text for p in parts)
    joined = analyse(text)
    if joined.text != text:
        return joined  # normalising moved the seams (it never does for analysed texts)
    # Each part after the first starts one space after the end of the one before.
    breaks = tuple(accumulate(len(p.text) + 1 for p in parts[:-1]))
    return replace(joined, breaks=breaks)


def _union(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans merged where they overlap, so that a position falls in one at most: a
    token is looked up among a sentence's quantities in time logarithmic in their number."""
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged
