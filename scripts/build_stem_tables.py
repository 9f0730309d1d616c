"""Write the stem tables a check reads, derived from the word tables of the lexicon.

    python scripts/build_stem_tables.py [--out FOLDER]

``opposite-stems.tsv`` holds each stem and the stems of its opposites (from ``opposites.tsv``
and the lexicon's own pairs); ``irregular-stems.tsv`` each irregular form and its base's stem
(from ``irregular.tsv``). Stemming the twelve thousand words of those tables took a process's
first claim a few hundredths of a second; these are read in one pass. Run this after changing
the word tables, the lexicon's pairs, stopwords or synonyms, or the stemmer: a test fails until
the tables are current. The output is sorted, so the same input gives the same files.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck.language.opposites import (  # noqa: E402  (the package of this checkout)
    IRREGULAR_STEMS,
    OPPOSITE_STEMS,
    derive_antonyms,
    derive_irregular,
)

HEADER = (
    "# Derived from WordNet 3.0 (Princeton University) by scripts/build_stem_tables.py; "
    "licence in WORDNET-LICENSE.\n"
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=ROOT / "factcheck/language/lexicon/data", type=Path)
    out = parser.parse_args().out
    opposites = derive_antonyms()
    lines = [f"{stem}\t{' '.join(sorted(opposites[stem]))}\n" for stem in sorted(opposites)]
    (out / OPPOSITE_STEMS).write_text(
        HEADER + "# stem\tstems of its opposites\n" + "".join(lines), "utf-8"
    )
    irregular = derive_irregular()
    lines = [f"{form}\t{irregular[form]}\n" for form in sorted(irregular)]
    (out / IRREGULAR_STEMS).write_text(
        HEADER + "# form\tstem of its base\n" + "".join(lines), "utf-8"
    )
    print(f"{len(opposites):,} stems with opposites, {len(irregular):,} irregular forms -> {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
