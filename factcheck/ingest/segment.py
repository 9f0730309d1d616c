"""Split text into sentence spans.

Rules-based, so it is fast and deterministic. It handles the things news and papers contain:
abbreviations ("Dr.", "U.S.", "e.g."), initials ("J. P. Morgan"), decimals ("3.5"), lines
without final punctuation (headlines, list items) and a headline glued to the text before it
("Related PostsSecond Round of Talks" -> "Related Posts" | "Second Round of Talks").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from ..language.lexicon import ABBREVIATIONS

# Sentence-final punctuation (and closing quotes or brackets) before the next sentence's start.
# It starts only at the first mark of a run: from each mark of "......" it would scan the rest.
_BOUNDARY = re.compile(r"""(?<![.!?])[.!?]+["'”’)\]]*(?=\s+["'“‘(\[]*[A-Z0-9])""")
# A lower-case word run glued to a capitalised word: "PostsSecond". The match is the capital,
# with four lower-case letters before it: tried only at capitals, not at every lower-case letter
# as ``[a-z]{4}(?=[A-Z][a-z]+\b)`` would be, for the same places three times faster.
_GLUED = re.compile(r"[A-Z](?<=[a-z]{4}[A-Z])(?=[a-z]+\b)")
_WORD = re.compile(r"\S+")


_LONGEST_ABBREVIATION = max(map(len, ABBREVIATIONS))
_INITIALS = re.compile(r"(?:[a-z]\.)*[a-z]")
_OPENER = re.compile(r"""[(\["'“‘]""")
_LONGEST_WORD = 40


def _ends_with_abbreviation(text: str, dot: int) -> bool:
    """True when the full stop at ``dot`` closes an abbreviation or an initial, not a sentence."""
    # The word before the dot, after any opening bracket or quote; no abbreviation is longer
    # than the window, so a long line is never scanned back to its start.
    window = text[max(0, dot - _LONGEST_WORD) : dot]
    if not window or window[-1].isspace():
        return False
    word = window.rsplit(None, 1)[-1]
    if not word.isalpha():
        word = _OPENER.split(word)[-1]
    word = word.lower()
    if word in ABBREVIATIONS:
        return True
    # Initials and dotted acronyms: "J.", "U.S", "a.m".
    return _INITIALS.fullmatch(word) is not None


def _glued_headline_splits(line: str) -> list[int]:
    """Offsets inside ``line`` where a title-case headline is glued to the word before it."""
    splits = []
    for m in _GLUED.finditer(line):
        at = m.start()
        # Only the last five characters matter: a long line is not searched back to its start.
        word_start = line.rfind(" ", max(0, at - 5), at) + 1 or max(0, at - 5)
        if at - word_start < 5:
            continue
        following = _WORD.findall(line, at, at + 200)[1:4]  # the next few words
        capitalised = sum(1 for w in following if w[:1].isupper())
        if len(following) >= 2 and capitalised >= 2:
            splits.append(at)
    return splits


def _split_block(text: str, offset: int) -> list[tuple[int, int]]:
    """Sentence spans inside one block of running text (no paragraph breaks)."""
    cuts = [0]
    for m in _BOUNDARY.finditer(text):
        start, end = m.span()
        if (
            end - start == 1
            and text[start] == "."
            # No abbreviation or initial ends in a digit, a bracket or a quote: "in 2021."
            and text[start - 1 : start].isalpha()
            # A word of letters longer than any abbreviation ends a sentence: the usual case.
            and not (
                start > _LONGEST_ABBREVIATION
                and text[start - _LONGEST_ABBREVIATION - 1 : start].isalpha()
            )
            and _ends_with_abbreviation(text, start)
        ):
            continue
        cuts.append(end)
    glued = _glued_headline_splits(text)
    if glued:
        cuts = sorted({*cuts, *glued})
    cuts.append(len(text))
    spans = []
    for a, b in itertools.pairwise(cuts):
        piece = text[a:b]
        rest = piece.lstrip()
        if rest:
            lead = a + offset + len(piece) - len(rest)
            spans.append((lead, lead + len(rest.rstrip())))
    return spans


def _is_hard_wrapped(lines: list[str]) -> bool:
    """Text wrapped at a fixed width (e-mail, plain-text papers) continues sentences across lines."""
    lengths = [len(line) for line in lines if line.strip()]
    if len(lengths) < 4:
        return False
    wrapped = sum(1 for n in lengths if 55 <= n <= 100)
    return max(lengths) <= 120 and wrapped >= 0.6 * len(lengths)


def _blocks(text: str) -> Iterator[tuple[int, int]]:
    """Spans of blocks that sentences never cross: lines, or paragraphs in hard-wrapped text."""
    lines = text.split("\n")
    wrapped = _is_hard_wrapped(lines)
    pos = 0
    block_start: int | None = None
    for line in lines:
        line_end = pos + len(line)
        if not line.strip():
            if block_start is not None:
                yield block_start, pos - 1
                block_start = None
        else:
            if block_start is None:
                block_start = pos
            if not wrapped:
                yield block_start, line_end
                block_start = None
        pos = line_end + 1
    if block_start is not None:
        yield block_start, len(text)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` character spans of the sentences of ``text``, in order.

    ``text[start:end]`` is the sentence exactly as written, with surrounding space trimmed.
    """
    spans: list[tuple[int, int]] = []
    for a, b in _blocks(text):
        spans.extend(_split_block(text[a:b], a))
    return spans
