"""Quotations in a text: the quoted words, who the sentence says spoke them, and the normal
form in which a quotation is compared with a source.

A quotation is text between double quotes (straight ``"..."`` or curly ``“...”``) or curly
single quotes (``‘...’``), of at least ``MIN_QUOTE_WORDS`` words: shorter quoted phrases are
scare quotes or titles, not quotations. Its speaker is the name the sentence gives by a
reporting verb ("Mayor Ines Ruiz said", "said Ruiz", "Ruiz told reporters") or by "according
to Ruiz".

Normalisation (what "verbatim" means): quotes and dashes are made plain, letter case and
spacing are ignored, and so is punctuation between words; words are compared exactly
otherwise (no stems, no synonyms, so "will" never matches "will not"). In the quotation, an
ellipsis (``...``, ``…`` or ``[...]``) stands for words left out, and words in square brackets
are an editorial insertion: they stand for up to ``MAX_INSERTION`` words of the source, or none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import PRONOUNS, SPEECH_VERBS, TITLES
from .text import plain

MIN_QUOTE_WORDS = 4
"""Quoted spans shorter than this are scare quotes or titles, not quotations."""
MAX_INSERTION = 6
"""How many source words an editorial insertion ``[...]`` may stand for."""
MAX_OMISSION = 60
"""How many source words an ellipsis may stand for."""

# Double quotes straight or curly, and curly single quotes whose closing mark is not an
# apostrophe inside a word ("don’t"). Straight single quotes are apostrophes too often to count.
# A quotation opens before a word and closes after one, so that the words between two quoted
# phrases ("the "X" of the "Y"") are never taken for a quotation.
_QUOTED = re.compile(
    r'(?<!\w)"(?=\S)([^"\n]*?\S)"(?!\w)'
    r"|“(?=\S)([^”\n]*?\S)”"
    r"|(?<!\w)‘(?=\S)((?:[^’\n]|’(?=\w))*?\S)’(?!\w)"
)
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_ELLIPSIS = re.compile(r"\[\s*(?:\.\s*){3}\]|(?:\.\s*){3}|…")
_INSERTION = re.compile(r"\[[^\]]*\]")
# A name: capitalised words, with initials and the particles of surnames between them.
_NAME = r"(?:[A-Z][\w'’.-]*)(?:\s+(?:(?:de|da|del|van|von|der|bin|al|la|le)\s+)?[A-Z][\w'’.-]*)*"
_VERBS = "|".join(sorted(SPEECH_VERBS, key=len, reverse=True))
_SPOKESPEOPLE = "spokes(?:person|man|woman)|official|representative"
_SPEAKER_PATTERNS = (
    re.compile(rf"\b[Aa]ccording to (?:the )?(?P<name>{_NAME})"),
    # "Ada Korrin said", "Ada Korrin, the mayor, said", "the jury's chair, the potter Ada Korrin, said".
    # Not a participle before "as": "Ada Korrin, described as the organiser, denied it".
    re.compile(rf"(?P<name>{_NAME})(?:,[^,]{{1,60}},|,)?\s+(?:{_VERBS})\b(?!\s+as\b)"),
    re.compile(rf"\b(?:{_VERBS})\s+(?P<name>{_NAME})"),
    # "A Vell Water spokesperson said", "the Harbour Board official said": one known by a role
    # and the body it speaks for (a bare "a spokesperson" names nobody).
    re.compile(
        rf"\b(?P<name>(?:[Aa]n?|[Tt]he)\s+(?:[A-Z][\w'’.-]*\s+){{0,4}}(?:{_SPOKESPEOPLE}))"
        rf"(?:\s+for\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,3}})?,?\s+(?:{_VERBS})\b"
    ),
)


@dataclass(frozen=True)
class Quotation:
    """A quoted span of a sentence and the speaker the sentence names for it."""

    text: str
    """The quoted words as written, without the quote marks."""
    start: int
    """Offset of the quoted words in the sentence."""
    end: int
    speaker: str | None = None
    """The name the sentence gives the words to, as written; None when it names nobody."""

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(w for w in pattern_of(self.text) if isinstance(w, str))


def words_of(text: str) -> list[str]:
    """The words of ``text`` in their normal form for verbatim comparison."""
    return [w.replace("’", "'").lower() for w in _WORD.findall(plain(text))]


# A quotation's pattern: words, OMISSION (an ellipsis) and INSERTION (an editor's words).
OMISSION = 0
INSERTION = 1


def pattern_of(text: str) -> list[str | int]:
    """The quotation as a sequence of normalised words and gap markers."""
    out: list[str | int] = []
    pieces = re.split(rf"({_ELLIPSIS.pattern}|{_INSERTION.pattern})", text)
    for piece in pieces:
        if not piece:
            continue
        if _ELLIPSIS.fullmatch(piece):
            out.append(OMISSION)
        elif _INSERTION.fullmatch(piece):
            out.append(INSERTION)
        else:
            out.extend(words_of(piece))
    return out


def quotations(sentence: str, minimum: int = MIN_QUOTE_WORDS) -> list[Quotation]:
    """The quotations of ``sentence`` with at least ``minimum`` words, with their speaker."""
    found = []
    for m in _QUOTED.finditer(sentence):
        group = next(g for g in (1, 2, 3) if m.group(g) is not None)
        text = m.group(group)
        if len([w for w in pattern_of(text) if isinstance(w, str)]) < minimum or _title(text):
            continue
        found.append((text, m.start(group), m.end(group)))
    if not found:
        return []
    speaker = speaker_of(sentence)
    return [Quotation(text, start, end, speaker) for text, start, end in found]


def _title(text: str) -> bool:
    """Quoted words in title case are a title ("A Boat for the Long Winter"), not a quotation."""
    words = [w for w in _WORD.findall(text) if len(w) > 3]
    capitalised = [w for w in words if w[:1].isupper()]
    return (
        bool(words)
        and len(capitalised) >= 0.6 * len(words)
        and not text.rstrip().endswith((".", ",", "!", "?"))
    )


def speaker_of(sentence: str) -> str | None:
    """The name a sentence gives as the speaker of what it quotes, if any."""
    # The quoted words themselves are blanked so that a name inside them is nobody's speaker.
    outside = _QUOTED.sub(lambda m: " " * len(m.group()), sentence)
    for pattern in _SPEAKER_PATTERNS:
        for m in pattern.finditer(outside):
            name = _trim_name(m.group("name"))
            if name:
                return name
    return None


_PRONOUN_SPEAKER = re.compile(rf"\b(?:[Hh]e|[Ss]he)\s+(?:{_VERBS})\b|\b(?:{_VERBS})\s+(?:he|she)\b")


def speaks_by_pronoun(sentence: str) -> bool:
    """Whether the sentence gives what it quotes to "he" or "she" ("..., she said."): the
    person the sentence before it names."""
    return _pronoun_speaker(sentence) is not None


def _pronoun_speaker(sentence: str) -> re.Match[str] | None:
    outside = _QUOTED.sub(lambda m: " " * len(m.group()), sentence)
    return _PRONOUN_SPEAKER.search(outside)


def with_speaker_named(sentence: str, before: str) -> str:
    """``sentence`` with the "he" or "she" it gives its words to replaced by the speaker the
    sentence ``before`` it names ("'...,' she said." after "Ada Korrin said ..." reads
    "'...,' Ada Korrin said."); unchanged when either names nobody."""
    m = _pronoun_speaker(sentence)
    if m is None:
        return sentence
    name = speaker_of(before)
    if name is None:
        return sentence
    pronoun = re.search(r"\b(?:[Hh]e|[Ss]he)\b", m.group())
    assert pronoun is not None
    at = m.start() + pronoun.start()
    return sentence[:at] + name + sentence[at + len(pronoun.group()) :]


def _trim_name(name: str) -> str | None:
    """A speaker's name without a sentence-initial word that is no name, or None for a pronoun
    or a bare title ("He", "The Minister")."""
    words = name.rstrip(".,").split()
    while words and (words[0].lower() in {"the", "a", "an", "but", "and", "then", "as"}):
        words = words[1:]
    if not words or all(w.lower() in PRONOUNS or w.lower() in TITLES for w in words):
        return None
    return " ".join(words)


def same_speaker(a: str, b: str) -> bool:
    """Whether two names can be one person: they share a word that is not a title
    ("Mayor Ines Ruiz" / "Ruiz")."""

    def names(text: str) -> set[str]:
        return {w for w in words_of(text) if w not in TITLES and len(w) > 1}

    return bool(names(a) & names(b))


def unquoted(sentence: str) -> str:
    """``sentence`` with its quotations' words blanked (same length, offsets kept)."""
    return _QUOTED.sub(
        lambda m: m.group()[0] + " " * (len(m.group()) - 2) + m.group()[-1], sentence
    )
