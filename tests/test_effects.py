"""Reading findings as (factor, direction, outcome, certainty), and comparing them.

Every sentence here is made up for this file (invented remedies, trials and towns).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck import Verdict, check_one, load_sources
from factcheck.judge.rules import effects
from factcheck.language.analysis import analyse
from factcheck.language.effects import Certainty, Direction, read_effects


def _effects(text: str) -> list[tuple[str, str, list[str], list[str]]]:
    return [
        (
            e.direction.value,
            e.certainty.value,
            [t.lower for t in e.outcome],
            [t.lower for t in e.factor],
        )
        for e in read_effects(analyse(text))
    ]


def test_a_stated_effect_names_its_factor_and_outcome():
    assert _effects("Daily rowing lowers resting heart rate.") == [
        ("down", "stated", ["resting", "heart", "rate"], ["daily", "rowing"])
    ]


def test_in_the_passive_the_outcome_comes_first():
    ((direction, _, outcome, factor),) = _effects("Resting heart rate was lowered by rowing.")
    assert (direction, outcome, factor) == ("down", ["resting", "heart", "rate"], ["rowing"])


def test_a_denied_effect_is_no_effect_of_that_direction():
    (effect,) = read_effects(analyse("Quince syrup did not shorten the coughs."))
    assert (effect.direction, effect.denied) == (Direction.NONE, Direction.DOWN)


def test_a_question_states_nothing():
    (effect,) = read_effects(analyse("Can quince syrup shorten coughs?"))
    assert effect.certainty is Certainty.UNKNOWN


def test_a_hedge_makes_an_effect_possible():
    (effect,) = read_effects(analyse("Quince syrup may shorten coughs."))
    assert effect.certainty is Certainty.HEDGED


def test_a_modifier_at_the_start_is_not_the_effect():
    # "Reduced sleep" names the factor; "raises" is what the sentence says happens.
    assert [d for d, *_ in _effects("Reduced sleep raises appetite in teenagers.")] == ["up"]


def test_a_direction_word_joined_by_a_hyphen_is_a_modifier():
    assert _effects("The team ran a double-blind trial of the ointment.") == []


def test_a_causal_verb_takes_its_direction_from_the_next_word():
    assert [d for d, *_ in _effects("Frost causes reduced yields of pears.")] == ["down"]


@pytest.mark.parametrize(
    "claim, evidence",
    [
        (
            "Quince syrup shortens coughs in children.",
            "In the Ardley trial, quince syrup did not shorten coughs in children.",
        ),
        (
            "Heavy use of the Pellam app affects sleep quality.",
            "The survey found no link between use of the Pellam app and sleep quality.",
        ),
        (
            "Sea swimming lowers the risk of chest infections.",
            "Among the Tolver swimmers, sea swimming was associated with an increase in "
            "chest infections.",
        ),
        (
            "Morning light therapy worsens migraine in adults.",
            "Morning light therapy improved migraine in adults in the Hesketh study.",
        ),
    ],
)
def test_opposite_findings_conflict(claim, evidence):
    assert effects.find(analyse(claim), analyse(evidence))


@pytest.mark.parametrize(
    "claim, evidence",
    [
        # Another outcome measured the same way.
        (
            "Sea swimming lowers the risk of chest infections.",
            "Sea swimming raised the risk of ear infections.",
        ),
        # Another factor with the same outcome.
        (
            "Sea swimming lowers the risk of chest infections.",
            "Smoking raised the risk of chest infections in the same group.",
        ),
        # A denial of the other direction agrees.
        (
            "Quince syrup shortens coughs.",
            "Quince syrup did not lengthen coughs in the trial.",
        ),
        # The evidence says the claim too, whatever else it says.
        (
            "Quince syrup raises the risk of rashes.",
            "Quince syrup lowered the risk of coughs but raised the risk of rashes.",
        ),
        # A question asks, it does not state.
        ("Can sea swimming raise the risk of chest infections?", "Sea swimming lowers it."),
    ],
)
def test_findings_that_do_not_conflict(claim, evidence):
    assert effects.find(analyse(claim), analyse(evidence)) == []


def _judge(tmp_path: Path, sentence: str, claim: str):
    source = tmp_path / "study.txt"
    source.write_text(
        "The Brackley clinic enrolled adults from three villages. " + sentence + "\n",
        encoding="utf-8",
    )
    return check_one(claim, load_sources([source]))


def test_a_denied_finding_contradicts_the_claim(tmp_path):
    judgement = _judge(
        tmp_path,
        "In the Brackley trial, nettle tea did not lower blood pressure in adults.",
        "Nettle tea lowers blood pressure in adults.",
    )
    assert judgement.verdict is Verdict.CONTRADICTED
    assert [c.kind for c in judgement.conflicts] == ["finding"]


def test_a_condition_states_no_finding():
    effect = read_effects(analyse("If the town halved its salt intake, fewer people fell ill."))[0]
    assert effect.certainty is Certainty.UNKNOWN


def test_less_likely_is_a_direction_not_a_hedge():
    (effect,) = read_effects(
        analyse("Cyclists in the Orme survey were less likely to catch colds.")
    )
    assert (effect.direction, effect.certainty) == (Direction.DOWN, Certainty.STATED)
