"""A quotation checked word for word against the sources, and against who said it.

Found verbatim (under the normalisation of ``language.quotes``) and given to the same speaker,
or to nobody in particular: supported. Found with words changed, added or dropped: contradicted,
with the words that differ. Found verbatim but given to someone else: contradicted
(misattributed), citing the sentence with the source's speaker. Not found: unmentioned.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..corpus.collection import Corpus
from ..language.align import opcodes
from ..language.lexicon import STOPWORDS
from ..language.quotes import (
    INSERTION,
    MAX_INSERTION,
    MAX_OMISSION,
    OMISSION,
    Quotation,
    pattern_of,
    same_speaker,
    speaker_of,
    with_speaker_named,
    words_of,
)
from ..language.text import normalize
from ..models import Citation, Claim, Conflict, ConflictKind, Part, Sentence, Verdict

CANDIDATES = 12
"""Sentences retrieved for a quotation (each read with its neighbours)."""
NEAR_MISS = 0.75
"""Least share of a quotation's words a source passage must have, in order, to be the same
quotation with words changed (below it, the passage is about something else)."""
MAX_CHANGED = 3
"""Most words that may differ, on either side, in the one stretch where a quotation differs
from its source passage for it to be the same quotation misquoted; two stretches or more
that differ make a paraphrase, not a misquotation."""
MIN_NEAR_MISS_WORDS = 5
"""A quotation shorter than this is too short to tell a misquotation from another phrase."""


@dataclass(frozen=True)
class _Window:
    """Sentences of one document read together, as words, with the sentence of each word."""

    sentences: tuple[Sentence, ...]
    words: tuple[str, ...]
    owner: tuple[int, ...]
    """For each word, the position of its sentence in ``sentences``."""


def _windows(corpus: Corpus, claim: Claim, quote: Quotation) -> list[_Window]:
    words = [w for w in quote.words if w not in STOPWORDS] or list(quote.words)
    hits = corpus.search(normalize(quote.text), words, claim.sources, CANDIDATES)
    seen: set[tuple[int, ...]] = set()
    windows = []
    for hit in hits:
        source = corpus.sentence(hit.index).source
        lo, hi = corpus.doc_ranges[source]
        span = tuple(range(max(lo, hit.index - 1), min(hi, hit.index + 2)))
        if span in seen:
            continue
        seen.add(span)
        sentences = tuple(corpus.sentence(i) for i in span)
        text_words: list[str] = []
        owner: list[int] = []
        for n, sentence in enumerate(sentences):
            found = words_of(sentence.text)
            text_words.extend(found)
            owner.extend([n] * len(found))
        windows.append(_Window(sentences, tuple(text_words), tuple(owner)))
    return windows


def _regex(pattern: list[str | int]) -> re.Pattern[str]:
    pieces = []
    for item in pattern:
        if item == OMISSION:
            pieces.append(rf"(?: \S+){{0,{MAX_OMISSION}}}?")
        elif item == INSERTION:
            pieces.append(rf"(?: \S+){{0,{MAX_INSERTION}}}?")
        else:
            pieces.append(" " + re.escape(str(item)))
    return re.compile("".join(pieces) + "(?= )")


def _verbatim(pattern: list[str | int], window: _Window) -> tuple[int, int] | None:
    """First and last word of the window that the quotation matches verbatim, if it does."""
    joined = " " + " ".join(window.words) + " "
    m = _regex(pattern).search(joined)
    if m is None:
        return None
    first = joined.count(" ", 0, m.start() + 1) - 1
    last = joined.count(" ", 0, m.end()) - 1
    return first, max(first, last)


def _differences(
    quote: tuple[str, ...], window: _Window, gaps: frozenset[int] = frozenset()
) -> tuple[int, list[tuple[str, str]], tuple[int, int], int]:
    """How many of the quotation's words the window has in order, the stretches that differ
    (quotation's words, source's words, with a word of context), where in the window, and the
    most words that differ on either side of one stretch."""
    ops = opcodes(quote, window.words)
    equal = [o for o in ops if o[0] == "equal"]
    if not equal:
        return 0, [], (0, 0), 0
    matched = sum(o[2] - o[1] for o in equal)
    first = ops.index(equal[0])
    last = ops.index(equal[-1])
    inner = list(ops[first : last + 1])
    # Words of the quotation before the first match or after the last are changed or added.
    if first > 0 and ops[first - 1][0] in ("replace", "delete"):
        op = ops[first - 1]
        if op[0] == "replace":
            inner.insert(0, ("replace", op[1], op[2], max(op[3], op[4] - (op[2] - op[1])), op[4]))
        else:
            inner.insert(0, op)
    if last + 1 < len(ops) and ops[last + 1][0] in ("replace", "delete"):
        op = ops[last + 1]
        if op[0] == "replace":
            inner.append(("replace", op[1], op[2], op[3], min(op[4], op[3] + (op[2] - op[1]))))
        else:
            inner.append(op)
    diffs = []
    changed = 0
    for tag, i1, i2, j1, j2 in inner:
        if tag == "equal" or (tag == "insert" and i1 in gaps):
            continue  # words the quotation leaves out where it says so ("...", "[...]")
        changed = max(changed, i2 - i1, j2 - j1)
        # One word of context either side, so that "not" reads "will not raise".
        a = quote[max(0, i1 - 1) : i2 + 1]
        b = window.words[max(0, j1 - 1) : j2 + 1] if j1 > 0 or j2 > 0 else ()
        diffs.append((" ".join(a), " ".join(b)))
    return matched, diffs, (inner[0][3], max(inner[0][3], inner[-1][4] - 1)), changed


def _cited(window: _Window, first: int, last: int) -> tuple[Sentence, ...]:
    owners = sorted({window.owner[first], window.owner[min(last, len(window.owner) - 1)]})
    return tuple(window.sentences[n] for n in range(owners[0], owners[-1] + 1))


def _citations(sentences: tuple[Sentence, ...], score: float) -> tuple[Citation, ...]:
    return tuple(Citation.of(s, score) for s in sentences)


def _speaker(window: _Window, sentences: tuple[Sentence, ...]) -> str | None:
    """Who the source gives the quoted sentences to: the name they give, or, for "he said",
    the speaker the sentence before them names ("Ada Korrin said the rate was fair. '...,'
    she said.")."""
    text = " ".join(s.text for s in sentences)
    at = window.sentences.index(sentences[0])
    if at > 0:
        text = with_speaker_named(text, window.sentences[at - 1].text)
    return speaker_of(text)


def judge_quotation(quote: Quotation, claim: Claim, corpus: Corpus) -> Part:
    """The verdict on one quotation of ``claim``."""
    pattern = pattern_of(quote.text)
    words = quote.words
    windows = _windows(corpus, claim, quote)

    def part(verdict: Verdict, reason: str, citations=(), conflicts=()) -> Part:
        return Part(
            quote.text,
            quote.start,
            quote.end,
            verdict,
            reason,
            tuple(citations),
            tuple(conflicts),
            "quotation",
        )

    for window in windows:
        found = _verbatim(pattern, window)
        if found is None:
            continue
        sentences = _cited(window, *found)
        said_by = _speaker(window, sentences)
        if quote.speaker and said_by and not same_speaker(quote.speaker, said_by):
            return part(
                Verdict.CONTRADICTED,
                f"misattributed: the source gives these words to {said_by}, not {quote.speaker}",
                _citations(sentences, 100.0),
                [
                    Conflict(
                        ConflictKind.SPEAKER,
                        quote.speaker,
                        said_by,
                        sentences[0].source,
                        sentences[0].line,
                    )
                ],
            )
        who = f", said by {said_by}" if said_by else ""
        return part(Verdict.SUPPORTED, f"quoted verbatim{who}", _citations(sentences, 100.0))
    best: tuple[int, list[tuple[str, str]], _Window, tuple[int, int], int] | None = None
    # Where the quotation marks an omission or an insertion: the source may have words there.
    gaps = frozenset(
        sum(1 for item in pattern[:k] if isinstance(item, str))
        for k, item in enumerate(pattern)
        if not isinstance(item, str)
    )
    for window in windows:
        matched, diffs, where, changed = _differences(words, window, gaps)
        if diffs and (best is None or matched > best[0]):
            best = (matched, diffs, window, where, changed)
    if (
        best is not None
        and len(words) >= MIN_NEAR_MISS_WORDS
        and best[0] >= NEAR_MISS * len(words)
        and len(best[1]) == 1
        and best[4] <= MAX_CHANGED
    ):
        matched, diffs, window, where, _ = best
        sentences = _cited(window, *where)
        shown = "; ".join(f"{a!r} vs {b!r}" for a, b in diffs)
        return part(
            Verdict.CONTRADICTED,
            f"not verbatim: {shown}",
            _citations(sentences, round(100 * matched / len(words), 1)),
            [
                Conflict(ConflictKind.QUOTATION, a, b, sentences[0].source, sentences[0].line)
                for a, b in diffs
            ],
        )
    return part(Verdict.UNMENTIONED, "the quoted words are not in the sources")
