"""Text normalisation, tokens and stems: the common ground claims and sources are compared on."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

import Stemmer

from .lexicon import NEGATIVE_PREFIXES, STOPWORDS, SYNONYM_PAIRS

_STEMMER = Stemmer.Stemmer("english")

# Penn Treebank escapes and spacing, as found in tokenised corpora ("-LRB- 1936 -RRB-"). Some
# come with pieces that every match contains: a text holding none of them is left as it is,
# which ``in`` tells several times faster than the pattern (most texts are not tokenised).
_PTB: tuple[tuple[re.Pattern[str], str, tuple[str, ...]], ...] = (
    (re.compile(r"-LRB-|-LSB-|-LCB-"), "(", ()),
    (re.compile(r"-RRB-|-RSB-|-RCB-"), ")", ()),
    (re.compile(r"``|''"), '"', ("``", "''")),
    (re.compile(r" (?=(?:'s|n't|'re|'ve|'ll|'d|'m)\b)"), "", ("'",)),
    (re.compile(r" ([,.;:!?%)])"), r"\1", ()),
    (re.compile(r"([($]) "), r"\1", ("( ", "$ ")),
)
_QUOTES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": " - ",
        "\u2015": " - ",
        "\u2212": "-",
        "\u00a0": " ",
        "\u00ad": "",
    }
)


def normalize(text: str) -> str:
    """Lower-case, Unicode-normalised text with plain quotes, dashes and single spaces.

    Used only for matching; what is quoted back to the user is always the original text.
    Idempotent: ``normalize(normalize(x)) == normalize(x)``.
    """
    return _untokenise(_plain_spaced(text)).lower()


# What ``str.split`` takes for spaces in ASCII text, but the space itself.
_ASCII_SPACES = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f"


def _squeeze(text: str) -> str:
    """Single spaces, none at the ends (``split`` is several times faster than a regex, and
    looking for what it would change faster still)."""
    if (
        text.isascii()
        and "  " not in text
        and text[:1] != " "
        and text[-1:] != " "
        and not any(space in text for space in _ASCII_SPACES)
    ):
        return text
    return " ".join(text.split())


def _plain_spaced(text: str) -> str:
    """NFKC text with plain quotes and dashes, single spaces, none at the ends."""
    if not text.isascii():  # ASCII is its own NFKC form, and has no fancy quote or dash
        text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    return _squeeze(text)


def _untokenise(text: str) -> str:
    """Penn Treebank escapes and spacing undone in a ``_plain_spaced`` text. The result needs no
    second squeeze: no step adds a space, and a space removed had no other beside it."""
    for pattern, replacement, pieces in _PTB:
        if not pieces or any(piece in text for piece in pieces):
            text = pattern.sub(replacement, text)
    return text


def normalize_many(texts: Sequence[str]) -> list[str]:
    """``[normalize(t) for t in texts]``, a hundred times fewer regex calls on large inputs.

    The texts are normalised joined by a NUL character, which no step changes or crosses, so each
    piece comes out as if alone (a NUL inside a text reads as a space, as in matching).
    """
    if not texts:
        return []
    joined = "\x00".join(texts)
    if joined.count("\x00") >= len(texts):  # a text holds a NUL of its own: it reads as a space
        joined = "\x00".join(t.replace("\x00", " ") for t in texts)
    text = _untokenise(_plain_spaced(joined)).lower()
    if "\x00 " in text or " \x00" in text:  # a text that starts or ends with a space now
        return [piece.strip() for piece in text.split("\x00")]
    return text.split("\x00")


# Words, numbers with separators and decimals ("13,000", "2.5"), hyphenated and apostrophe forms.
TOKEN = re.compile(r"[^\W_]+(?:[.,'][^\W_]+)*(?:'s)?|%|\$|£|€")
# TOKEN's matches in an ASCII text, found a third faster: letters and digits as ranges rather
# than a Unicode class (the final "'s" of TOKEN is one more round of its loop).
ASCII_TOKEN = re.compile(r"[%$]|[a-zA-Z0-9]+(?:[.,'][a-zA-Z0-9]+)*")


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Snowball stem of a lower-case word (numbers and symbols are returned unchanged)."""
    if word.endswith("'s") and len(word) > 2:
        word = word[:-2]  # possessive: "Keller's" is "Keller"
    if not word.isalpha():
        return word.replace(",", "") if word[:1].isdigit() else word
    return _STEMMER.stemWord(word)


def stem_many(words: Sequence[str]) -> dict[str, str]:
    """Stems of many plain lower-case words at once (one call into the stemmer: a word table
    is read in milliseconds rather than word by word)."""
    unique = list(dict.fromkeys(words))
    return dict(zip(unique, _STEMMER.stemWords(unique), strict=True))


def _pair_map(pairs: tuple[tuple[str, str], ...]) -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = {}
    for a, b in pairs:
        sa, sb = stem(a), stem(b)
        table.setdefault(sa, set()).add(sb)
        table.setdefault(sb, set()).add(sa)
    return {k: frozenset(v) for k, v in table.items()}


SYNONYMS = _pair_map(SYNONYM_PAIRS)


class Token(NamedTuple):
    """A word of a text: its form as written, lower-cased form, stem and position.

    A named tuple rather than a dataclass: texts are cut into millions of these, and a tuple is
    made, compared and hashed several times faster."""

    surface: str
    lower: str
    stem: str
    start: int
    end: int
    capitalised: bool

    @property
    def is_stop(self) -> bool:
        # The word as written, not its stem: "quite" is a stopword, "quit" is not.
        return self.lower in STOPWORDS

    @property
    def is_number(self) -> bool:
        return self.lower[:1].isdigit()


_new_tuple = tuple.__new__


def tokenize(text: str) -> list[Token]:
    """Tokens of ``text`` (already normalised or not); offsets index into ``text``."""
    tokens = []
    for m in TOKEN.finditer(text):
        surface = m.group()
        lower = surface.lower()
        start, end = m.span()
        # Made as the tuple it is: ``Token(...)`` would run the named tuple's ``__new__`` in
        # Python, a fifth of the cost of tokenising, for every word.
        fields = (surface, lower, stem(lower), start, end, surface[:1].isupper())
        tokens.append(_new_tuple(Token, fields))
    return tokens


def plain(text: str) -> str:
    """Unicode-normalised text with plain quotes and dashes, case kept (for entity detection)."""
    return _untokenise(_plain_spaced(text))


def negative_prefixed(a: str, b: str) -> bool:
    """One word is the other with a negative prefix: "active"/"inactive", "official"/"unofficial"."""
    short, long = sorted((a, b), key=len)
    return any(long in (p + short, p + "-" + short) for p in NEGATIVE_PREFIXES)


def shared_prefix_match(a: str, b: str) -> bool:
    """Derivational variants of one word: "extension"/"extend", "continuation"/"continue"."""
    if a == b:
        return True
    # Five shared letters at least (below): most pairs differ in the first five, cheaply seen.
    if a[:5] != b[:5] or not (a.isalpha() and b.isalpha()):
        return False
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n >= 5 and n >= 0.7 * min(len(a), len(b))
