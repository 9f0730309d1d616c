"""Whether two mentions name the same person or thing.

"B", "Mr B" and "Ahmad B" are one person; so are "Yusuf" and "Yousef", or "Mohammed" and
"Muhammad" (transliterations), and "UN" and "United Nations". "Ana Brisk" and "Ola Brisk"
are not: both give a first name, and the first names differ. A surname alone matches any full
name ending in it, since a text names a person in full once and by the surname afterwards.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz import fuzz

from .lexicon.roles import HONORIFICS, NAME_CONNECTORS

_WORD = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)*")
_VOWELS = re.compile(r"[aeiouy]+")
_REPEATS = re.compile(r"(.)\1+")


def name_words(name: str) -> tuple[str, ...]:
    """The words of a name that identify it: lower-case, without accents, honorifics,
    connectors or a possessive ending ("Mr. Ahmad B's" -> ("ahmad", "b"), "Niño" -> ("nino",))."""
    if not name.isascii():
        name = "".join(
            c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)
        )
    words = []
    for match in _WORD.finditer(name):
        word = match.group().lower()
        if word.endswith("'s"):
            word = word[:-2]
        word = word.replace("'", "")
        if word and word not in HONORIFICS and word not in NAME_CONNECTORS:
            words.append(word)
    return tuple(words)


def _skeleton(word: str) -> str:
    """The consonants of a word, doubled letters once: "muhammad" and "mohammed" -> "mhmd"."""
    return _REPEATS.sub(r"\1", _VOWELS.sub("", word))


@lru_cache(maxsize=65_536)
def same_word(a: str, b: str) -> bool:
    """Two words of names spelled alike: equal, a near spelling, a transliteration, or an
    initial standing for the word ("A" / "Ahmad")."""
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[:1] == b[:1]
    if min(len(a), len(b)) < 4:
        return False
    ratio = fuzz.ratio(a, b)
    if ratio >= 80 and abs(len(a) - len(b)) <= 1:
        return True  # one letter changed, added or dropped ("Ostrov" / "Ostrow")
    skeleton = _skeleton(a)
    return ratio >= 70 and len(skeleton) >= 3 and skeleton == _skeleton(b)


def _initials(words: tuple[str, ...]) -> str:
    return "".join(w[0] for w in words)


@lru_cache(maxsize=65_536)
def same_name(a: str, b: str) -> bool:
    """Whether two mentions name the same person or thing (see the module's examples)."""
    wa, wb = name_words(a), name_words(b)
    if not wa or not wb:
        return False
    short, long = sorted((wa, wb), key=len)
    if len(short) == 1 and len(long) > 1 and len(short[0]) > 1 and short[0] == _initials(long):
        return True  # "UN" / "United Nations"
    if len(short) == len(long):
        return all(same_word(x, y) for x, y in zip(short, long, strict=True))
    if len(short) == 1:
        # A surname alone ("B" for "Ahmad B"), or the single name a text uses for a person.
        word = short[0]
        return any(w == word or (len(w) > 1 < len(word) and same_word(word, w)) for w in long)
    # Every word of the shorter form, in order, in the longer one ("Ahmad B" / "Ahmad Karim B"),
    # and the last word (the surname) among them.
    if not same_word(short[-1], long[-1]):
        return False
    k = 0
    for word in long:
        if k < len(short) and same_word(short[k], word):
            k += 1
    return k == len(short)
