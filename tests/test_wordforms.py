"""Other forms of a word count as saying it: comparatives, derivations, and compounds written
as one word or two."""

from __future__ import annotations

import pytest

from factcheck import Verdict, check_one
from factcheck.judge.coverage import claim_parts, is_covered
from factcheck.language.analysis import analyse
from factcheck.language.wordforms import joined_spans, roots, said_in_another_form

from .conftest import corpus_of


@pytest.mark.parametrize(
    ("claim_word", "sentence"),
    [
        ("high", "The tide at Quarrow Cove was higher than the pier."),
        ("bigger", "A big kite flew over the dunes."),
        ("thinner", "The glaze on the thin cups cracked."),
        ("safe", "Inspectors praised the safety of the rope bridge."),
        ("grow", "The growth of the moss slowed in winter."),
        ("healthy", "The orchard's health worried the growers."),
    ],
)
def test_another_form_of_a_word_says_it(claim_word, sentence):
    assert said_in_another_form(analyse(claim_word).tokens[0], analyse(sentence))


@pytest.mark.parametrize(
    ("claim_word", "sentence"),
    [
        ("harmless", "The beetle can harm the wheat."),
        ("quilt", "The quarry closed in spring."),
        ("icy", "The ice cream van stopped."),
    ],
)
def test_unrelated_or_opposite_words_are_not_forms_of_each_other(claim_word, sentence):
    assert not said_in_another_form(analyse(claim_word).tokens[0], analyse(sentence))


def test_a_root_keeps_four_letters_at_least():
    assert roots("healthi") == {"health"}
    assert roots("hotter") == {"hott", "hot"}
    assert roots("icier") == set()  # "ici" is too short to trust


def test_compound_written_as_one_word_or_two():
    claim = analyse("The town's e-mail list and its post office reopened.")
    evidence = analyse("The postoffice and the email list of the town reopened.")
    joined = {claim.text[a:b] for a, b in joined_spans(claim, evidence)}
    assert {"e", "mail", "post", "office"} <= joined
    one_word = analyse("The ferry's timetable changed.")
    two_words = analyse("The time table of the ferry changed.")
    assert {one_word.text[a:b] for a, b in joined_spans(one_word, two_words)} == {"timetable"}


def test_neighbours_not_written_together_are_not_a_compound():
    claim = analyse("The post office reopened.")
    evidence = analyse("The post was delivered; the office reopened.")
    assert not {claim.text[a:b] for a, b in joined_spans(claim, evidence)} & {"post", "office"}


def test_a_comparative_in_the_source_supports_the_claim():
    corpus = corpus_of(
        a="Rainfall on the Quellmoor plateau was higher in 1931 than in any year since."
    )
    j = check_one("Rainfall on the Quellmoor plateau was high in 1931.", corpus)
    assert j.verdict is Verdict.SUPPORTED and "covers 100%" in j.reason, j.reason


def test_a_name_is_said_only_as_written():
    # "hilly" derives from "hill", but "Hill" as a name is said only by the name.
    claim = analyse("The Hill family sold the farm.")
    evidence = analyse("The hilly farm was sold by the family.")
    corpus = corpus_of(a=evidence.text)
    parts = {p.text: p for p in claim_parts(claim, corpus)}
    assert parts["Hill"].name
    assert not is_covered(parts["Hill"], claim, evidence, lambda _: False)
    assert is_covered(parts["farm"], claim, evidence, lambda _: False)
    assert said_in_another_form(analyse("hill").tokens[0], evidence)
