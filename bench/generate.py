"""Generate a reproducible synthetic corpus and claims for speed benchmarks.

    python bench/generate.py OUT_DIR --sentences 100000 --claims 1000 [--seed 7]

Writes OUT_DIR/sources/doc-NNNNN.txt (about 50 sentences each: names, places, numbers and
dates in news-like sentences) and OUT_DIR/claims.txt: a third copied from the corpus, a third
with one number or date changed, a third unrelated. The same seed gives the same files.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

FIRST = (
    "Maria Ahmed Chen Olga Tomas Aisha Pedro Ingrid Kofi Hana Ravi Elena Jonas Fatima Liam".split()
)
LAST = (
    "Lopez Khan Novak Berg Okafor Tanaka Silva Weber Haddad Moreau Patel Ivanova Costa Lund".split()
)
PLACES = "Oslo Lagos Lima Hanoi Porto Quito Dakar Riga Perth Tunis Cusco Split Bergen Goa".split()
ORGS = "council ministry union league agency committee board court bank university".split()
VERBS = (
    "approved rejected announced opened closed signed extended suspended funded reviewed".split()
)
THINGS = "budget bridge treaty plan hospital museum railway contract reform festival".split()
MONTHS = (
    "January February March April May June July August September October November December".split()
)


def sentence(rng: random.Random) -> str:
    who = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    where = rng.choice(PLACES)
    date = f"{rng.choice(MONTHS)} {rng.randint(1, 28)}, {rng.randint(1990, 2025)}"
    number = f"{rng.randint(2, 900):,}"
    pattern = rng.randrange(4)
    if pattern == 0:
        return f"The {where} {rng.choice(ORGS)} {rng.choice(VERBS)} the {rng.choice(THINGS)} on {date}."
    if pattern == 1:
        return (
            f"{who} said the {rng.choice(THINGS)} in {where} would cost {number} million dollars."
        )
    if pattern == 2:
        return (
            f"About {number} people attended the {rng.choice(THINGS)} opening in {where} on {date}."
        )
    return f"{who}, head of the {where} {rng.choice(ORGS)}, {rng.choice(VERBS)} the {rng.choice(THINGS)}."


def generate(out: Path, sentences: int, claims: int, per_doc: int = 50, seed: int = 7) -> str:
    """Write the corpus and claims under ``out``; a line saying what was written."""
    rng = random.Random(seed)
    sources = out / "sources"
    sources.mkdir(parents=True, exist_ok=True)
    corpus: list[str] = []
    for doc in range(0, sentences, per_doc):
        lines = [sentence(rng) for _ in range(min(per_doc, sentences - doc))]
        corpus.extend(lines)
        (sources / f"doc-{doc // per_doc:05d}.txt").write_text(" ".join(lines) + "\n")
    written = []
    for n in range(claims):
        kind = n % 3
        if kind == 0:
            written.append(rng.choice(corpus))
        elif kind == 1:
            original = rng.choice(corpus)
            written.append(
                original.replace("on ", "on ", 1).replace(",", "", 0).replace("2", "3", 1)
            )
        else:
            written.append(
                f"{rng.choice(FIRST)} {rng.choice(LAST)} won the chess title in {rng.choice(PLACES)}."
            )
    # The claims are written last, so a folder that has them is complete.
    (out / "claims.txt").write_text("\n".join(written) + "\n")
    files = len(list(sources.iterdir()))
    return f"{len(corpus):,} sentences in {files:,} files, {len(written):,} claims -> {out}"


def generated(folder: Path, sentences: int, claims: int) -> Path:
    """``folder`` holding the corpus and claims of these sizes, generated unless already there
    (the benches keep them between runs)."""
    if not (folder / "claims.txt").exists():
        generate(folder, sentences, claims)
    return folder


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--sentences", type=int, default=100_000)
    parser.add_argument("--claims", type=int, default=1_000)
    parser.add_argument("--per-doc", type=int, default=50)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    print(generate(args.out, args.sentences, args.claims, args.per_doc, args.seed))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
