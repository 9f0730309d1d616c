"""Places in a ranking: ordinals with the words they rank, and unranked superlatives. Every
sentence here is made up for this file (invented lakes, towers, ports and bands)."""

from __future__ import annotations

import pytest

from factcheck import ConflictKind, Verdict, check_one
from factcheck.corpus.collection import Corpus
from factcheck.ingest.sources import document_from_text
from factcheck.judge.rules.numbers import find as find_numbers_conflicts
from factcheck.language.analysis import analyse
from factcheck.language.quantities import find_numbers


def test_an_ordinal_joined_by_a_hyphen_ranks_the_word_after_it():
    (ordinal,) = find_numbers("Vell is the third-largest port in Ostland.")
    assert (ordinal.low, ordinal.unit, ordinal.ordinal) == (3, "largest", True)


@pytest.mark.parametrize(
    ("claim", "source", "parts"),
    [
        (
            "Tarrow Lake is the largest lake in Vessland.",
            "Tarrow Lake is the third largest lake in Vessland.",
            ("the largest", "third largest"),
        ),
        (
            "The Marsby tower is the second tallest building in Ostland.",
            "The Marsby tower is the tallest building in Ostland.",
            ("second", "the tallest"),
        ),
        (
            "Glimmer Road is the fifth album by the Tinmen.",
            "Glimmer Road is the fourth studio album by the Tinmen.",
            ("fifth", "fourth"),
        ),
        (
            "Vell is the fourth-largest port in Ostland.",
            "Vell is the third-largest port in Ostland.",
            ("fourth", "third"),
        ),
    ],
)
def test_another_place_in_the_same_ranking_conflicts(claim, source, parts):
    findings = find_numbers_conflicts(analyse(claim), analyse(source))
    assert [(f.kind, f.claim_text, f.source_text) for f in findings] == [
        (ConflictKind.NUMBER, *parts)
    ]


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        # "one of the largest" is no first place.
        (
            "Tarrow Lake is one of the largest lakes in Vessland.",
            "Tarrow Lake is the third largest lake in Vessland.",
        ),
        # The first woman mayor may well be the second mayor.
        ("Ada Marr was the first woman mayor of Vell.", "Ada Marr was the second mayor of Vell."),
        # The sentence gives the claim's place too, beside another ranking.
        (
            "Tarrow Lake is the largest lake in Vessland.",
            "Tarrow Lake is the largest lake in Vessland and the third largest in the region.",
        ),
        # Another subject's place.
        (
            "Mount Tarrow is the highest peak in Vessland.",
            "Brim Fell is the second highest peak in Vessland.",
        ),
    ],
)
def test_no_conflict_of_ranks(claim, source):
    assert find_numbers_conflicts(analyse(claim), analyse(source)) == []


def test_a_lower_place_contradicts_a_first_place_end_to_end():
    corpus = Corpus.from_documents(
        [document_from_text("a.txt", "Tarrow Lake is the third largest lake in Vessland.")]
    )
    judgement = check_one("Tarrow Lake is the largest lake in Vessland.", corpus)
    assert judgement.verdict is Verdict.CONTRADICTED
