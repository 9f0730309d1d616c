"""Restrictions: "only X", "solely", "exclusively". Every sentence here is made up for this file
(invented potters, mills, ferries and clubs)."""

from __future__ import annotations

import pytest

from factcheck import ConflictKind, Verdict, check_one
from factcheck.corpus.collection import Corpus
from factcheck.ingest.sources import document_from_text
from factcheck.judge.rules.exclusive import find as find_exclusive
from factcheck.language.analysis import analyse
from factcheck.language.exclusive import listed_with, other_filler, restrictions, says_exclusive


def corpus_of(text: str) -> Corpus:
    return Corpus.from_documents([document_from_text("a.txt", text)])


@pytest.mark.parametrize(
    ("text", "restricted"),
    [
        ("Dara Venn is only a potter.", ["potter"]),
        ("The Kettle Street trio plays solely jazz standards.", ["jazz", "standards"]),
        ("The mill is run exclusively by volunteers.", ["volunteers"]),
        ("The Hollin ferry only stops in Marsby, then turns back.", ["stops", "Marsby"]),
    ],
)
def test_a_restriction_bears_on_the_words_after_it(text, restricted):
    (restriction,) = restrictions(analyse(text))
    assert [t.surface for t in restriction.scope] == restricted


@pytest.mark.parametrize(
    "text",
    [
        "Only 40 seats were sold for the opening night.",
        "The ferry runs only twice a week.",
        "Dara Venn is the only potter in Marsby.",
        "The mill not only grinds oats but also bakes bread.",
        "The club won only a few of its matches.",
        "We Only Sail at Dawn is a film about the ferry.",
        "The pier opened only recently.",
    ],
)
def test_only_of_amount_time_or_a_title_restricts_nothing(text):
    assert restrictions(analyse(text)) == ()


def test_a_word_of_the_sentence_can_make_something_the_one_thing():
    assert says_exclusive(analyse("Dara Venn is the sole owner of the gallery."))
    assert says_exclusive(analyse("The bridge was funded entirely by the town."))
    assert not says_exclusive(analyse("The mill not only grinds oats but bakes bread."))
    assert not says_exclusive(analyse("The mill grinds oats."))


@pytest.mark.parametrize(
    ("text", "word", "other"),
    [
        ("Dara Venn is a potter and weaver.", "potter", "weaver"),
        ("Dara Venn is a weaver and potter.", "potter", "weaver"),
        ("The trio plays folk, jazz and blues.", "jazz", "blues"),
        ("The trio plays jazz, swing , and blues at night.", "jazz", "swing"),
    ],
)
def test_a_word_listed_with_another(text, word, other):
    analysed = analyse(text)
    index = next(i for i, t in enumerate(analysed.tokens) if t.lower == word)
    found = listed_with(analysed, index, analyse(f"The trio only plays {word}."))
    assert found is not None and found.lower == other


def test_an_aside_after_a_comma_is_no_list():
    analysed = analyse("The mill grinds oats, built in 1820 and restored in 1990.")
    index = next(i for i, t in enumerate(analysed.tokens) if t.lower == "oats")
    assert listed_with(analysed, index, analyse("The mill only grinds oats.")) is None


def test_a_sentence_silent_on_the_restriction_neither_supports_nor_refutes_it():
    findings = find_exclusive(
        analyse("The Hollin mill only grinds oats."), analyse("The Hollin mill grinds oats.")
    )
    assert [(f.kind, f.claim_text, f.deciding) for f in findings] == [
        (ConflictKind.EXCLUSIVE, "only", False)
    ]


def test_another_member_beside_the_restricted_one_refutes_it():
    findings = find_exclusive(
        analyse("Dara Venn is only a potter."),
        analyse("Dara Venn is a Welsh potter and weaver."),
    )
    # (The restriction's cue is also reported as unconfirmed; behind the refutation, which
    # covers it, the registry keeps the refutation alone.)
    assert [(f.claim_text, f.source_text, f.deciding) for f in findings if f.deciding] == [
        ("only a potter", "potter and weaver", True)
    ]


def test_another_subjects_list_does_not_refute_the_restriction():
    findings = find_exclusive(
        analyse("Dara Venn is only a potter."), analyse("Ola Brisk is a potter and weaver.")
    )
    assert findings and not any(f.deciding for f in findings)


@pytest.mark.parametrize(
    ("claim", "source", "verdict"),
    [
        (
            "Dara Venn is only a potter.",
            "Dara Venn is a Welsh potter and weaver who lives in Marsby.",
            Verdict.CONTRADICTED,
        ),
        (
            "The Kettle Street trio only plays jazz.",
            "The Kettle Street trio plays folk, jazz and blues in small clubs.",
            Verdict.CONTRADICTED,
        ),
        (
            "The Hollin mill only grinds oats.",
            "The Hollin mill grinds oats for the farms of the valley.",
            Verdict.UNMENTIONED,
        ),
        (
            "The Hollin mill only grinds oats.",
            "The Hollin mill grinds only oats for the farms of the valley.",
            Verdict.SUPPORTED,
        ),
        (
            "Only 40 seats were sold for the Marsby recital.",
            "40 seats were sold for the Marsby recital.",
            Verdict.SUPPORTED,
        ),
    ],
)
def test_restricted_claims_end_to_end(claim, source, verdict):
    assert check_one(claim, corpus_of(source)).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "source", "filled"),
    [
        (
            "The Orla Cup is refereed only by Dane Kessel.",
            "The Orla Cup is refereed by umpire Mira Tonks and Pell Avery.",
            "refereed by umpire",
        ),
        (
            "The Brassfield Quartet is only managed by Lantern Artists.",
            "The Brassfield Quartet is managed by its own firm, Ostrow Music.",
            "managed by its own firm",
        ),
        (
            "The Tarrow Ballet only tours in Vessland.",
            "The Tarrow Ballet tours in Ostland each spring.",
            "tours in Ostland",
        ),
    ],
)
def test_another_name_in_the_restricted_slot_refutes_it(claim, source, filled):
    findings = [f for f in find_exclusive(analyse(claim), analyse(source)) if f.deciding]
    assert [f.source_text for f in findings] == [filled]


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        # No name on either side: common nouns nest ("only herbs" / "mint").
        ("The Hollin garden only grows herbs.", "The Hollin garden grows mint."),
        # A limit of ability, not one thing in a slot.
        ("The Hollin tonic can only be sold by Vell Pharmacy.", "It is sold by Marrow Stores."),
        # The slot word is followed by something else than the claim's joining word.
        ("The Orla Cup is refereed only by Dane Kessel.", "The Orla Cup is refereed in Marsby."),
        # The claim's own filler is said: the list test decides, not this one.
        ("The Orla Cup is refereed only by Dane Kessel.", "It is refereed by Dane Kessel."),
    ],
)
def test_no_other_filler(claim, source):
    assert other_filler(analyse(claim), restrictions(analyse(claim))[0], analyse(source)) is None


def test_another_name_in_the_slot_contradicts_end_to_end():
    judgement = check_one(
        "The Orla Cup is refereed only by Dane Kessel.",
        corpus_of("The Orla Cup is a quiz show. The show is refereed by umpire Mira Tonks."),
    )
    assert judgement.verdict is Verdict.CONTRADICTED
    assert [c.kind for c in judgement.conflicts] == [ConflictKind.EXCLUSIVE]
