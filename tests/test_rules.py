"""Every conflict rule fires on its must-fire examples and stays quiet on the others."""

from __future__ import annotations

import importlib

import pytest

from factcheck.judge.rules import all_rules, negation
from factcheck.judge.rules.numbers import changes_told_backwards
from factcheck.language.analysis import analyse, join

CASES = [
    pytest.param(name, example, id=f"{name}-{'fires' if example.fires else 'quiet'}-{n}")
    for name, rule in all_rules().items()
    for n, example in enumerate(rule.examples)
]


@pytest.mark.parametrize(("rule", "example"), CASES)
def test_rule_example(rule, example):
    findings = all_rules()[rule].find(analyse(example.claim), analyse(example.evidence))
    assert bool(findings) == example.fires, findings


@pytest.mark.parametrize("name", sorted(all_rules()))
def test_every_rule_has_examples_both_ways(name):
    rule = all_rules()[name]
    module = importlib.import_module(rule.find.__module__)
    assert module.__doc__, f"rule {name} needs a docstring saying what it catches"
    assert any(e.fires for e in rule.examples), f"rule {name} has no must-fire example"
    assert any(not e.fires for e in rule.examples), f"rule {name} has no must-not-fire example"


def test_conflict_names_the_exact_parts():
    from factcheck.judge.rules.dates import find

    (finding,) = find(
        analyse("The lease was signed on March 14."), analyse("It was signed on March 16.")
    )
    assert (finding.claim_text, finding.source_text) == ("March 14", "March 16")


def test_negated_antonym_agrees_with_the_claim():
    from factcheck.judge.rules import find_conflicts

    assert not find_conflicts(analyse("The strike did not end."), analyse("The strike continued."))


def test_a_denial_does_not_reach_into_the_next_sentence_of_a_pair():
    headline = analyse("# Paintings in the museum's store that have never been catalogued")
    pair = join((headline, analyse("The remains of a mural were found in a cellar.")))
    claim = analyse("The remains of a mural were found in a cellar.")
    # The same words as one text: "never been catalogued The remains" would deny "remains".
    assert negation.find(claim, analyse(pair.text))
    assert negation.find(claim, pair) == []


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("Entries to the Pell quiz rose to 318 from 265.", [(265, 318)]),
        ("The Pell quiz drew 318 teams over two nights, up from 265.", [(265, 318)]),
        ("The Pell quiz raised £1,900, compared with £2,300 last year.", [(2300, 1900)]),
        ("The Pell quiz raised £1,900, compared with £2,300 at the Orby quiz.", []),
        ("The Pell choir sang to 240 people from 12 villages.", []),
        ("The Pell choir collected 300 coats from 12 schools.", []),
    ],
)
def test_a_change_told_new_value_first_is_read_in_order(text, told):
    found = [(a.low, b.low) for a, b in changes_told_backwards(analyse(text))]
    assert found == told
