"""Acronyms: "myeloid-derived suppressor cells" on one side, "MDSCs" on the other.

Papers and reports define a term once and then use its initials. A word run of one text whose
initials spell an acronym of the other text says the same thing.
"""

from __future__ import annotations

import re

from .analysis import Analysed, per_text

_ACRONYM = re.compile(r"^[A-Za-z]*[A-Z][A-Za-z0-9]*$")


def _acronym_letters(surface: str) -> str | None:
    """The initials an acronym stands for ("MDSCs" -> "mdsc", "G-CSF" handled as "CSF")."""
    # Three capitals at least: most words, in lower case or capitalised, fail at once.
    if len(surface) < 3 or surface[1:].islower() or not _ACRONYM.match(surface):
        return None
    letters = surface[:-1] if surface.endswith("s") and surface[:-1].isupper() else surface
    if sum(c.isupper() for c in letters) < 3 or sum(c.islower() for c in letters) > 1:
        return None
    return letters.lower() if letters.isalpha() else None


@per_text
def _acronyms(analysed: Analysed) -> frozenset[str]:
    """The initials of every acronym of a text."""
    return frozenset(a for t in analysed.tokens if (a := _acronym_letters(t.surface)))


# Small words a name's initials pass over: "Office for National Statistics" is the ONS.
_SKIPPED = frozenset({"and", "of", "for", "the"})


@per_text
def _initials(analysed: Analysed) -> tuple[str, tuple[int, ...]]:
    """The first letters of the text's words, less the small words inside names, and the index
    of the token each letter comes from."""
    kept = [i for i, t in enumerate(analysed.tokens) if t.lower not in _SKIPPED]
    return "".join(analysed.tokens[i].lower[0] for i in kept), tuple(kept)


def expansions(acronyms_of: Analysed, words_of: Analysed) -> set[int]:
    """Indices of the tokens of ``words_of`` that spell out an acronym found in ``acronyms_of``."""
    wanted = _acronyms(acronyms_of)
    if not wanted:
        return set()
    initials, index = _initials(words_of)
    found: set[int] = set()
    for letters in wanted:
        start = initials.find(letters)
        while start != -1:
            found.update(index[start : start + len(letters)])
            start = initials.find(letters, start + 1)
    return found


def covered_by_acronyms(claim: Analysed, evidence: Analysed) -> set[tuple[int, int]]:
    """Spans of claim tokens the evidence states through an acronym, either way round."""
    spans = {(claim.tokens[i].start, claim.tokens[i].end) for i in expansions(evidence, claim)}
    expanded = expansions(claim, evidence)
    if expanded:
        spelled = "".join(evidence.tokens[i].lower[0] for i in sorted(expanded))
        for token in claim.tokens:
            letters = _acronym_letters(token.surface)
            if letters and letters in spelled:
                spans.add((token.start, token.end))
    return spans
