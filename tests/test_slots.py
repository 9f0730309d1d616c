"""The same slot of the same event: the helpers the value rules share, and which conflicts decide."""

from __future__ import annotations

import pytest

from factcheck import ConflictKind, Verdict, check_one
from factcheck.judge.rules import all_rules
from factcheck.judge.slots import (
    governed_alike,
    local_coverage,
    same_slot,
    subject_stated,
    subject_words,
)
from factcheck.language.analysis import analyse

from .conftest import corpus_of


def _first_value(text: str, value: str) -> tuple[int, int]:
    start = text.index(value)
    return start, start + len(value)


def _pair(claim: str, claim_value: str, evidence: str, evidence_value: str):
    c, e = analyse(claim), analyse(evidence)
    return c, _first_value(c.text, claim_value), e, _first_value(e.text, evidence_value)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The Hallam lighthouse was painted red in 1931.", ["Hallam", "lighthouse"]),
        ("Marit Osen Dahl won the rowing cup twice.", ["Marit", "Osen", "Dahl"]),
        ("In 1997, the orchard yielded a record crop.", ["orchard", "yielded"]),
        ("Less than half of the allotments are rented.", ["allotments"]),
        ("PORTNEY: The canal reopened on Monday.", ["canal", "reopened"]),
        ("In the last ten years of the survey, the lake froze twice.", ["lake", "froze"]),
        ("Pelham shares dropped sharply on Monday.", ["Pelham", "shares"]),
        ("Wool prices climbed in May.", ["Wool", "prices"]),
    ],
)
def test_the_subject_is_read_off_the_opening(claim, expected):
    assert [t.surface for t in subject_words(analyse(claim))] == expected


def test_a_subject_is_stated_by_its_word_or_a_pronoun_and_not_by_another_subject():
    claim = analyse("The Hallam lighthouse was painted red in 1931.")
    assert subject_stated(claim, analyse("Hallam's old lighthouse was painted white in 1950."))
    assert subject_stated(claim, analyse("It was painted white in 1950."))
    assert not subject_stated(claim, analyse("The harbour wall was painted white in 1950."))
    # Half the subject's words at least: a shared adjective is not the same subject.
    high_point = analyse("The last high point of the river came in 1822.")
    assert not subject_stated(high_point, analyse("The last ferry crossed in 1907."))
    assert not subject_stated(high_point, analyse("These floods came in 1907."))


def test_a_long_name_is_stated_by_its_own_noun():
    claim = analyse("The Orrin Valley Anglers Association voted to restock the weir pool.")
    assert subject_stated(claim, analyse("The association will restock the weir pool in May."))
    assert not subject_stated(claim, analyse("The council will restock the weir pool in May."))


def test_a_description_of_a_thing_known_by_a_name_states_a_named_subject():
    claim = analyse("Glimmer Road premiered in 2011.")
    assert subject_stated(claim, analyse("The film premiered in Vell in 2013."))
    # A study, a result, a patient: no name stands behind them.
    assert not subject_stated(claim, analyse("The study premiered in Vell in 2013."))
    # Nor behind "The film" as the object of another subject's verb.
    assert not subject_stated(claim, analyse("Critics premiered the film in Vell in 2013."))


def test_a_date_conflicts_in_a_sentence_that_calls_the_subject_by_its_kind():
    judgement = check_one(
        "Glimmer Road premiered in 2011.",
        corpus_of(**{"a.txt": "The film premiered in Vell in 2013, to mixed reviews."}),
    )
    assert judgement.verdict is Verdict.CONTRADICTED


def test_governing_words_tell_one_event_from_another():
    opened = _pair("The gallery opened in 1990.", "1990", "The gallery opened in 1987.", "1987")
    assert governed_alike(*opened)
    renovated = _pair(
        "The gallery opened in 1990.", "1990", "The gallery was renovated in 1987.", "1987"
    )
    assert not governed_alike(*renovated)
    # The verb may stand a few words off, past its object ("opened its doors on Friday").
    doors = _pair(
        "The market opened on Friday.",
        "Friday",
        "The market opened its doors to traders on Sunday.",
        "Sunday",
    )
    assert governed_alike(*doors)
    # An adverb says how, not what: the verb before it governs the value.
    adverb = _pair(
        "The kiosk will close permanently on 30 May.",
        "30 May",
        "The kiosk will close for good on 30 June.",
        "30 June",
    )
    assert governed_alike(*adverb)


def test_local_coverage_is_low_for_a_value_of_another_event():
    same = _pair(
        "The Tarrow bridge carried 900 cars a day.",
        "900",
        "The Tarrow bridge carried 1,400 cars a day.",
        "1,400",
    )
    assert local_coverage(*same) == 1.0
    other = _pair(
        "The Tarrow bridge carried 900 cars a day.",
        "900",
        "A survey of 1,400 cars found that most drivers were local.",
        "1,400",
    )
    assert local_coverage(*other) < 0.4
    assert not same_slot(*other)
    assert same_slot(*same)


def test_a_value_beyond_a_semicolon_belongs_to_another_clause():
    c, cs, e, es = _pair(
        "The choir toured 12 towns in spring.",
        "12",
        "The choir toured towns in spring; 30 of its singers were new.",
        "30",
    )
    assert local_coverage(c, cs, e, es) < 1.0
    assert not governed_alike(c, cs, e, es)


def test_a_name_in_the_same_slot_decides_and_one_of_another_subject_does_not():
    corpus = corpus_of(
        notes=(
            "The Brisk Valley survey was led by Odile Ferrant after a wet spring.\n"
            "The Brisk Valley rally moved to Elmstead last year.\n"
        )
    )
    # A name read from a relation slot ("led by") is an exclusive slot: it decides.
    led = check_one("The Brisk Valley survey was led by Selma Aukett.", corpus)
    assert led.verdict is Verdict.CONTRADICTED
    assert led.conflicts[0].relation == "led by"
    moved = check_one("The Brisk Valley rally moved to Tarnby last year.", corpus)
    assert moved.verdict is Verdict.CONTRADICTED
    assert moved.conflicts[0].kind is ConflictKind.ENTITY
    # The same words around another subject's name: shown, but it does not decide.
    entities = all_rules()["entities"]
    found = entities.find(
        analyse("The Orrin harbour choir moved to Tarnby last year."),
        analyse("The Brisk Valley rally moved to Elmstead last year."),
    )
    assert found and not any(f.deciding for f in found)
    [finding] = entities.find(
        analyse("The Brisk Valley rally moved to Tarnby last year."),
        analyse("The Brisk Valley rally moved to Elmstead last year."),
    )
    assert finding.deciding


def test_a_word_swapped_in_the_same_slot_decides_and_one_of_another_subject_does_not():
    substitution = all_rules()["substitution"]
    [same] = substitution.find(
        analyse("The Quillon ferry is a diesel boat."),
        analyse("The Quillon ferry is a steam boat."),
    )
    assert same.deciding
    # Another subject's boat, in the same words: shown and weighed, but no contradiction.
    found = substitution.find(
        analyse("The Quillon ferry is a diesel boat."),
        analyse("The Marbeck tug is a steam boat."),
    )
    assert found and not any(f.deciding for f in found)


def test_a_weak_conflict_that_does_not_decide_still_lets_its_sentence_support():
    from factcheck.judge.coverage import Scored
    from factcheck.judge.deciding import is_clean
    from factcheck.judge.findings import Finding

    evidence = analyse("The Quillon ferry is a steam boat.")

    def scored(*findings: Finding) -> Scored:
        return Scored((), evidence, 1.0, 0.9, (), list(findings))

    term = Finding(ConflictKind.TERM, (23, 29), "diesel", "steam", deciding=False)
    entity = Finding(ConflictKind.ENTITY, (4, 11), "Quillon", "Marbeck", deciding=False)
    # A word swap it could not place weighs on confidence but keeps the sentence's support;
    # another name where the claim has one does not.
    assert is_clean(scored(term))
    assert not is_clean(scored(entity))
    assert not is_clean(scored(term, entity))


@pytest.mark.parametrize(
    ("rule", "claim", "evidence"),
    [
        (
            "dates",
            "Otter sightings on the Brell estuary have risen since 1992.",
            "Otter sightings on the Brell estuary have risen since 1971.",
        ),
        (
            "numbers",
            "Otter sightings on the Brell estuary rose over the past 12 years.",
            "Otter sightings on the Brell estuary rose over the past 40 years.",
        ),
    ],
)
def test_two_periods_of_observation_are_shown_but_do_not_decide(rule, claim, evidence):
    found = all_rules()[rule].find(analyse(claim), analyse(evidence))
    assert found and not any(f.deciding for f in found)


@pytest.mark.parametrize(
    ("rule", "claim", "evidence"),
    [
        (
            "dates",
            "The Brell estuary footbridge opened in 1992.",
            "The Brell estuary footbridge opened in 1971.",
        ),
        (
            "numbers",
            "The Brell estuary footbridge took 12 years to build.",
            "The Brell estuary footbridge took 40 years to build.",
        ),
        # "since" with no change told gives when a state began, one date.
        (
            "dates",
            "The Brell ferry has sailed from Quay Row since 1994.",
            "The Brell ferry, which has sailed from Quay Row since 1984, is for sale.",
        ),
    ],
)
def test_the_date_or_count_of_one_event_decides(rule, claim, evidence):
    [finding] = all_rules()[rule].find(analyse(claim), analyse(evidence))
    assert finding.deciding


def test_a_window_on_a_trend_is_no_contradiction():
    corpus = corpus_of(notes="Otter sightings on the Brell estuary have risen since 1971.\n")
    judgement = check_one("Otter sightings on the Brell estuary have risen since 1992.", corpus)
    assert judgement.verdict is not Verdict.CONTRADICTED


@pytest.mark.parametrize(
    ("rule", "claim", "evidence"),
    [
        (
            "entities",
            "In 2019 the Tolland chess club moved to Harwick Hall for its winter league.",
            "In 2016 the Tolland chess club moved to Ostley Hall for its winter league.",
        ),
        (
            "numbers",
            "In 2019 the Tolland chess club had 48 members in its winter league.",
            "In 2016 the Tolland chess club had 31 members in its winter league.",
        ),
    ],
)
def test_a_name_or_count_of_another_dated_event_does_not_decide(rule, claim, evidence):
    found = all_rules()[rule].find(analyse(claim), analyse(evidence))
    assert found and not any(f.deciding for f in found)
    # The same year: one event, and the rival decides.
    same_year = all_rules()[rule].find(analyse(claim), analyse(evidence.replace("2016", "2019")))
    assert same_year and all(f.deciding for f in same_year)


def test_a_count_measured_under_other_conditions_does_not_decide():
    numbers = all_rules()["numbers"]
    # Each side gives its value with another quantity the other does not state (another time
    # point): two measurements, shown and weighed but not deciding.
    found = numbers.find(
        analyse("Pear yields in the Orvel valley fell 20% over two seasons."),
        analyse("Pear yields in the Orvel valley fell 8% over three seasons."),
    )
    assert found and not any(f.deciding for f in found)
    # The same conditions: the rival value decides.
    [same] = numbers.find(
        analyse("Pear yields in the Orvel valley fell 20% over two seasons."),
        analyse("Pear yields in the Orvel valley fell 8% over two seasons."),
    )
    assert same.deciding
