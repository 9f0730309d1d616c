"""Words of opposite meaning, compared by stem whatever form a text puts them in.

The table comes from WordNet (lexicon/data/opposites.tsv, built by scripts/build_opposites.py)
and the few general direction words WordNet does not pair (``lexicon.ANTONYM_PAIRS``, and
every word of going up against every word of going down: ``lexicon.RISING``, ``FALLING``).
Irregular forms are read as their base ("rose" as "rise", "lost" as "lose";
lexicon/data/irregular.tsv).
A check reads both by stem, from tables derived from those (see ``derive_antonyms``).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from .analysis import Analysed, per_text
from .lexicon import (
    ANTONYM_PAIRS,
    APPROXIMATE,
    AUXILIARIES,
    FALLING,
    RISING,
    STOPWORDS,
    TIME_WORDS,
)
from .quantities import NumberMention
from .text import SYNONYMS, Token, stem, stem_many


def _rows(name: str) -> list[list[str]]:
    # Read beside this module, as importlib.resources would, without the cost of its first use.
    text = (Path(__file__).parent / "lexicon" / "data" / name).read_text("utf-8")
    return [line.split("\t") for line in text.splitlines() if line[:1] != "#"]


# The tables a check reads, by stem: derived from the word tables above by
# ``scripts/build_stem_tables.py`` (``derive_irregular`` and ``derive_antonyms``), so that a
# process's first claim does not stem twelve thousand words first. A test keeps them current.
IRREGULAR_STEMS = "irregular-stems.tsv"
OPPOSITE_STEMS = "opposite-stems.tsv"


def derive_irregular() -> dict[str, str]:
    """The stem of an irregular form's base, by the form, from ``irregular.tsv``."""
    rows = [(form, base) for form, base, *_ in _rows("irregular.tsv")]
    stems = stem_many([w for row in rows for w in row])
    return {form: stems[base] for form, base in rows if stems[form] != stems[base]}


def derive_antonyms() -> dict[str, frozenset[str]]:
    """Stem -> the stems of its opposites, both ways round, from ``opposites.tsv``,
    ``lexicon.ANTONYM_PAIRS`` and the rising and falling words. Pairs whose stems are the same
    or that the synonym list pairs ("large" / "big") are left out, as are stopwords."""
    pairs = [(a, b) for a, b, *_ in _rows("opposites.tsv")]
    pairs.extend(ANTONYM_PAIRS)
    pairs.extend((up, down) for up in sorted(RISING) for down in sorted(FALLING))
    stems = stem_many([w for pair in pairs for w in pair])
    table: dict[str, set[str]] = {}
    for a, b in pairs:
        if a in STOPWORDS or b in STOPWORDS:
            continue
        sa, sb = stems[a], stems[b]
        if sa == sb or sb in SYNONYMS.get(sa, ()):
            continue
        table.setdefault(sa, set()).add(sb)
        table.setdefault(sb, set()).add(sa)
    return {k: frozenset(v) for k, v in table.items()}


@cache
def irregular() -> dict[str, str]:
    """The stem of an irregular form's base, by the form: "rose" -> "rise"."""
    return {form: base for form, base in _rows(IRREGULAR_STEMS)}


@cache
def antonyms() -> dict[str, frozenset[str]]:
    """Stem -> the stems of its opposites, both ways round."""
    return {stem: frozenset(opposites.split(" ")) for stem, opposites in _rows(OPPOSITE_STEMS)}


def stems_of(token: Token) -> tuple[str, ...]:
    """The token's stem, and its base's when it is an irregular form ("the women's race":
    "woman")."""
    word = token.lower.removesuffix("'s").removesuffix("’s")
    base = irregular().get(word)
    if base is None and word.endswith("men"):
        base = word[:-3] + "man"  # as WordNet's own rule for nouns: "women", "chairmen"
    return (token.stem,) if base is None else (token.stem, base)


def opposites_of(token: Token) -> frozenset[str]:
    """Stems of the words opposite to ``token``."""
    table = antonyms()
    found: frozenset[str] = frozenset()
    for s in stems_of(token):
        found |= table.get(s, frozenset())
    return found


def opposed(a: Token, b: Token) -> bool:
    """Whether the two words are opposites, in any of their forms."""
    opposite = opposites_of(a)
    return any(s in opposite for s in stems_of(b))


_GOING = frozenset({"go", "goes", "went", "gone", "going"})
_RISING_STEMS = frozenset(stem(w) for w in RISING)
_FALLING_STEMS = frozenset(stem(w) for w in FALLING)


def moves_alike(a: Token, b: Token) -> bool:
    """Whether the two words tell the same movement ("dropped" / "fell", "climbed" / "rose")."""
    return any(
        stems.intersection(stems_of(a)) and stems.intersection(stems_of(b))
        for stems in (_RISING_STEMS, _FALLING_STEMS)
    )


def tells_movement(token: Token) -> bool:
    """Whether the word tells a rise or a fall ("dropped", "climbed", "cut")."""
    return bool(_MOVING_STEMS.intersection(stems_of(token)))


_MOVING_STEMS = _RISING_STEMS | _FALLING_STEMS


@per_text
def movements(analysed: Analysed) -> tuple[tuple[int, int, frozenset[str]], ...]:
    """Each "went up" / "go down" of the text, whose small word carries the direction, and each
    "up" / "down" before the amount it moved ("demand down by 6 per cent", "sales were up 4%"):
    the indices of the phrase's first and last word, and the stems of the words of the
    opposite movement ("fell", "cut" against "went up")."""
    tokens = analysed.tokens
    found = []
    for i in range(len(tokens) - 1):
        word, following = tokens[i].lower, tokens[i + 1].lower
        if word in _GOING and following in ("up", "down"):
            found.append((i, i + 1, _FALLING_STEMS if following == "up" else _RISING_STEMS))
        elif word in ("up", "down") and i > 0 and tokens[i - 1].lower not in _GOING:
            amount = i + 2 if following == "by" and i + 2 < len(tokens) else i + 1
            if (
                amount < len(tokens)
                and tokens[amount].lower in APPROXIMATE
                and amount + 1 < len(tokens)
            ):
                amount += 1
            if tokens[amount].is_number:
                found.append((i, i, _FALLING_STEMS if word == "up" else _RISING_STEMS))
        elif word in _LOSING and _share_follows(analysed, i + 1):
            # "the ferry lost about 6 per cent of its riders": a fall, as "gained 6%" is
            # a rise. Not "lost 3 matches" or "lost revenue": a loss, no movement.
            found.append((i, i, _RISING_STEMS))
    return tuple(found)


_LOSING = frozenset({"lose", "loses", "losing", "lost"})


def _share_follows(analysed: Analysed, k: int) -> bool:
    """Whether a share ("8 per cent", "a fifth") starts at token ``k``, after an approximation."""
    tokens = analysed.tokens
    if k < len(tokens) and tokens[k].lower in APPROXIMATE:
        k += 1
    if k >= len(tokens):
        return False
    start = tokens[k].start
    return any(n.start == start and n.unit == "percent" for n in analysed.numbers)


def movement_starts(analysed: Analysed) -> frozenset[int]:
    """Where the "went" of each "went up" / "go down" starts."""
    return frozenset(analysed.tokens[i].start for i, _, _ in movements(analysed))


def moved_alike(side: Analysed, j: int, other: Analysed) -> bool:
    """Whether ``other`` tells the movement at ``j`` of ``side`` in a word of its own, of the
    same thing: the word that moves is the same ("profit shrank" / "profit falling")."""
    token = side.tokens[j]
    mover = _mover(side, j)
    return (
        mover is not None
        and tells_movement(token)
        and any(
            moves_alike(token, t)
            and (theirs := _mover(other, k)) is not None
            and theirs.stem == mover.stem
            for k, t in enumerate(other.tokens)
        )
    )


def moved_by_same_amount(
    side: Analysed, token: Token, other: Analysed, denied: frozenset[int] = frozenset()
) -> bool:
    """Whether ``other`` tells the movement ``token`` tells in a word of its own, with the same
    amount right after both: one change ("slid from 40% to 25%" / "had dropped from 40 per
    cent to 25 per cent", "climbed by 7%" / "rose by 7 per cent"). ``denied``: indices of
    ``other``'s words to pass over (those a negator governs)."""
    if not (side.numbers and other.numbers and tells_movement(token)):
        return False
    ours = amount_after(side, token)
    if ours is None or ours.unit in TIME_WORDS:
        return False
    return any(
        j not in denied
        and moves_alike(token, t)
        and (theirs := amount_after(other, t)) is not None
        and theirs.unit == ours.unit
        and theirs.same_value(ours)
        for j, t in enumerate(other.tokens)
    )


AMOUNT_AFTER_REACH = 12
"""Characters after a word its amount may start within ("rose by 7.4%", "above the £6
million")."""


def amount_after(analysed: Analysed, token: Token) -> NumberMention | None:
    """The first amount said just after ``token``."""
    return next(
        (n for n in analysed.numbers if token.end <= n.start <= token.end + AMOUNT_AFTER_REACH),
        None,
    )


def same_amount_after(side: Analysed, token: Token, other: Analysed, other_token: Token) -> bool:
    """The same amount comes right after both words ("above the £6 million" / "below the £6
    million", "fell by a third" / "rose by about a third")."""
    ours, theirs = amount_after(side, token), amount_after(other, other_token)
    return (
        ours is not None
        and theirs is not None
        and ours.unit == theirs.unit
        # "over the past 30 years" / "within 30 years": spans of time, not two sides.
        and ours.unit not in TIME_WORDS
        and ours.same_value(theirs)
    )


def said_of_other_amounts(side: Analysed, token: Token, other: Analysed) -> bool:
    """Each time ``other`` says ``token``'s word, another amount follows it than follows
    ``token`` ("fallen by 9 per cent" / "fallen by about a quarter"): the word is said there of
    something else, and ``token``'s own amount may follow its opposite."""
    ours = amount_after(side, token)
    if ours is None:
        return False
    forms = set(stems_of(token))
    said = [t for t in other.tokens if forms.intersection(stems_of(t))]
    return bool(said) and all(
        (theirs := amount_after(other, t)) is not None and not theirs.same_value(ours) for t in said
    )


_MOVER_REACH = 3
"""Words before a movement within which what moved stands ("profit fell", "sales have
risen", "pre-tax profit sharply falling")."""


def _mover(analysed: Analysed, j: int) -> Token | None:
    """What moved: the nearest content word before the movement at ``j`` in its clause."""
    for k in range(j - 1, max(-1, j - 1 - _MOVER_REACH), -1):
        word = analysed.tokens[k]
        if analysed.gap_before(k + 1).strip(" ") not in ("", "-"):
            return None  # a comma or other stop ends the clause
        if word.lower in AUXILIARIES or word.lower.endswith("ly"):
            continue
        return None if word.is_stop or word.is_number else word
    return None
