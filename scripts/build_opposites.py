"""Build factcheck/language/lexicon/data/opposites.tsv from the WordNet 3.0 database.

    python scripts/build_opposites.py [--wordnet /usr/share/wordnet] [--out FOLDER]

It also writes irregular.tsv, WordNet's irregular verb and adjective forms ("rose" -> "rise",
"worse" -> "bad"), so that an opposite is found whatever form a sentence puts it in.

A development tool, run when the table should change; the checker only reads the table it
writes. The WordNet files come from the Debian package ``wordnet-base`` (or any WordNet 3.0
``dict/`` folder). What is kept, and why:

- direct antonyms (WordNet's ``!`` pointer) of adjectives, verbs, nouns and adverbs, between
  single words of three letters or more, where the sense is one of the first few of both words
  (a rare sense would oppose a word in a reading nobody means: "tender" as in "legal tender");
- with ``--similar`` only: adjectives "similar to" an antonym's head (``&``), paired with the
  opposite head only, when the heads' senses are both words' first and the similar word's first
  sense is that one and is seen in WordNet's sense-tagged texts ("scorching" against "cold"
  through "hot"). Off by default: on the tune halves of the labelled sets these 4,000 pairs
  found more false oppositions ("massive" legs / "small" waist) than true ones;
- derived forms (``+``) of both members of a direct pair, paired with each other
  ("strength" / "weakness" from "strong" / "weak"), unless one names the doer and the other
  the act ("buyer" / "sell": two sides of one sale);

and dropped: pairs whose members share a synset somewhere (then they are also synonyms), pairs
of a word with itself, and words with capitals, digits or spaces.

Each output line is ``word<TAB>opposite<TAB>part of speech<TAB>how it was found``, both ways
round; the table is sorted so that a rebuild from the same WordNet gives the same file.
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

POS_FILES = {"n": "noun", "v": "verb", "a": "adj", "r": "adv"}
MAX_RANK = 3
"""A word's sense must be among its first MAX_RANK senses (WordNet lists them by frequency)."""
MIN_LENGTH = 3


@dataclass(frozen=True)
class Pointer:
    symbol: str
    target: str  # "pos:offset"
    source_word: int  # 0: the whole synset
    target_word: int


@dataclass(frozen=True)
class Synset:
    key: str
    pos: str
    words: tuple[str, ...]
    pointers: tuple[Pointer, ...]


def _pos(symbol: str) -> str:
    return "a" if symbol == "s" else symbol


def read_synsets(folder: Path) -> dict[str, Synset]:
    synsets: dict[str, Synset] = {}
    for name in POS_FILES.values():
        for line in (folder / f"data.{name}").read_text(encoding="latin-1").splitlines():
            if line.startswith(" "):
                continue  # the licence header
            fields = line.split(" | ")[0].split()
            offset, ss_type = fields[0], fields[2]
            count = int(fields[3], 16)
            words = tuple(
                fields[4 + 2 * i].split("(")[0].lower() for i in range(count)
            )  # "(a)", "(p)": adjective position markers
            at = 4 + 2 * count
            n_pointers = int(fields[at])
            pointers = []
            for k in range(n_pointers):
                symbol, target, target_pos, st = fields[at + 1 + 4 * k : at + 5 + 4 * k]
                pointers.append(
                    Pointer(
                        symbol, f"{_pos(target_pos)}:{target}", int(st[:2], 16), int(st[2:], 16)
                    )
                )
            key = f"{_pos(ss_type)}:{offset}"
            synsets[key] = Synset(key, _pos(ss_type), words, tuple(pointers))
    return synsets


def read_ranks(folder: Path) -> tuple[dict[tuple[str, str], int], dict[tuple[str, str], int]]:
    """(word, synset key) -> the sense's rank among the word's senses of that part of speech;
    and (word, part of speech) -> how many of its senses were seen in WordNet's tagged texts."""
    ranks: dict[tuple[str, str], int] = {}
    tagged: dict[tuple[str, str], int] = {}
    for pos, name in POS_FILES.items():
        for line in (folder / f"index.{name}").read_text(encoding="latin-1").splitlines():
            if line.startswith(" "):
                continue
            fields = line.split()
            lemma, n_senses = fields[0], int(fields[2])
            tagged[(lemma.lower(), pos)] = int(fields[-n_senses - 1])
            for rank, offset in enumerate(fields[-n_senses:]):
                ranks[(lemma.lower(), f"{pos}:{offset}")] = rank
    return ranks, tagged


def usable(word: str) -> bool:
    return word.isascii() and word.isalpha() and len(word) >= MIN_LENGTH


def build(folder: Path, similar: bool = False) -> list[tuple[str, str, str, str]]:
    synsets = read_synsets(folder)
    ranks, tagged = read_ranks(folder)
    together: dict[str, set[str]] = defaultdict(set)
    for synset in synsets.values():
        for word in synset.words:
            together[word].update(synset.words)

    def common(word: str, key: str, limit: int = MAX_RANK) -> bool:
        return ranks.get((word, key), limit) < limit

    def seen_first(word: str, key: str) -> bool:
        """The word's first sense, and one seen in tagged text (not a rare word)."""
        return ranks.get((word, key)) == 0 and tagged.get((word, key[0]), 0) > 0

    found: dict[tuple[str, str, str], str] = {}

    def add(a: str, b: str, pos: str, how: str) -> None:
        if a == b or not (usable(a) and usable(b)) or b in together[a]:
            return
        for x, y in ((a, b), (b, a)):
            found.setdefault((x, y, pos), how)

    for synset in synsets.values():
        for p in synset.pointers:
            if p.symbol != "!" or p.source_word == 0:
                continue
            other = synsets[p.target]
            a = synset.words[p.source_word - 1]
            b = other.words[p.target_word - 1]
            if not (common(a, synset.key) and common(b, other.key)):
                continue
            add(a, b, synset.pos, "antonym")
            # The derived forms of both, opposed to each other.
            derived_a = _derived(synsets, synset, p.source_word)
            derived_b = _derived(synsets, other, p.target_word)
            for (pos_a, da), (pos_b, db) in ((x, y) for x in derived_a for y in derived_b):
                # One who does a thing against the doing of its opposite ("buyer" / "sell")
                # names two sides of one act, not opposites: both or neither are the doers.
                if pos_a == pos_b and _doer(da, a) == _doer(db, b):
                    add(da, db, pos_a, "derived")
            # Adjectives similar to one head, against the other head, when that head's sense
            # is the first of both head words.
            if (
                similar
                and synset.pos == "a"
                and common(a, synset.key, 1)
                and common(b, other.key, 1)
            ):
                for similar in (q for q in synset.pointers if q.symbol == "&"):
                    satellite = synsets[similar.target]
                    for word in satellite.words:
                        if seen_first(word, satellite.key):
                            add(word, b, "a", "similar")
    return sorted((a, b, pos, how) for (a, b, pos), how in found.items())


def _doer(derived: str, word: str) -> bool:
    """Whether ``derived`` names one who does what ``word`` says ("buyer" of "buy", "seller"
    of "sell", "actor" of "act")."""
    stem = word[:-1] if word.endswith("e") else word
    return derived != word and derived.startswith(stem) and derived.endswith(("er", "or"))


def _derived(synsets: dict[str, Synset], synset: Synset, word: int) -> list[tuple[str, str]]:
    out = []
    for p in synset.pointers:
        if p.symbol == "+" and p.source_word == word:
            target = synsets[p.target]
            out.append((target.pos, target.words[p.target_word - 1]))
    return out


def irregular(folder: Path) -> list[tuple[str, str]]:
    """(form, base) from WordNet's exception lists of verbs and adjectives: single words."""
    rows = set()
    for name in ("verb", "adj"):
        for line in (folder / f"{name}.exc").read_text(encoding="latin-1").splitlines():
            form, *bases = line.split()
            for base in bases[:1]:  # the first base: "left" -> "leave", not also "left"
                if usable(form) and usable(base) and form != base:
                    rows.add((form, base))
    return sorted(rows)


def main() -> int:
    root = Path(__file__).resolve().parent.parent
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wordnet", default="/usr/share/wordnet", type=Path)
    parser.add_argument("--out", default=root / "factcheck/language/lexicon/data", type=Path)
    parser.add_argument(
        "--similar", action="store_true", help="also pair adjectives similar to an antonym"
    )
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    origin = (
        "# Derived from WordNet 3.0 (Princeton University) by scripts/build_opposites.py;"
        " licence in WORDNET-LICENSE.\n"
    )
    tables = {
        "opposites.tsv": (
            "# word\topposite\tpart of speech\thow found\n",
            build(args.wordnet, args.similar),
        ),
        "irregular.tsv": ("# form\tbase form\n", irregular(args.wordnet)),
    }
    for name, (columns, rows) in tables.items():
        text = origin + columns + "".join("\t".join(r) + "\n" for r in rows)
        (args.out / name).write_text(text, encoding="utf-8")
        print(f"{len(rows)} rows written to {args.out / name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
