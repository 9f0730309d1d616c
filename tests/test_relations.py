"""Relation slots: who led, hosted, chaired, mediated, signed; roles; the same person by name.

Every sentence here is made up for these tests (a river commission, a chess federation, a
harbour festival, trade talks between invented or real countries), so that the rules are pinned
by what they must do in general, not by any document they will meet.
"""

from __future__ import annotations

import pytest

from factcheck import Verdict, check_one
from factcheck.corpus.collection import Corpus
from factcheck.judge.rules import find_conflicts
from factcheck.language.analysis import analyse
from factcheck.language.names import same_name
from factcheck.language.relations import Outcome, compare, slots

from .conftest import corpus_of

CONFLICT, STATED, UNSTATED, SILENT = "conflict", "stated", "unstated", "silent"

# (claim, sentence, what the relation layer makes of the claim's first slot it can judge,
#  and for a conflict the relation and the two fillers it names)
PAIRS = [
    # Exclusive slots, same subject: another filler is a conflict.
    (
        "The river commission's delegation was led by Ines Marlow.",
        "Commission secretary Ines Marlow said the delegation was led by Tomas Brenner.",
        CONFLICT,
        ("led by", "Ines Marlow", "Tomas Brenner"),
    ),
    (
        "Tomas Brenner led the delegation to Vienna.",
        "A delegation led by Ines Marlow arrived in Vienna on Monday.",
        CONFLICT,
        ("led by", "Tomas Brenner", "Ines Marlow"),
    ),
    (
        "The inquiry was chaired by Amos Varga.",
        "The inquiry, chaired by Lena Ostrow, reported in June.",
        CONFLICT,
        ("chaired by", "Amos Varga", "Lena Ostrow"),
    ),
    # The holder named after the office, between commas.
    (
        "Pella Strand chaired the harbour board's meeting.",
        "The harbour board's meeting was chaired by the deputy director, Osric Vane, who spoke first.",
        CONFLICT,
        ("chaired by", "Pella Strand", "Osric Vane"),
    ),
    (
        "The harbour board's meeting was chaired by Osric Vane.",
        "The harbour board's meeting was chaired by the deputy director, Osric Vane, who spoke first.",
        STATED,
        None,
    ),
    # Presiding is chairing; the holder named after words that describe them.
    (
        "The sculptor Wenna Tolley presided over this year's selection panel.",
        "The selection panel was chaired by the retired architect Dov Amsel and included the "
        "sculptor Wenna Tolley.",
        CONFLICT,
        ("chaired by", "Wenna Tolley", "Dov Amsel"),
    ),
    (
        "Dov Amsel presided over the selection panel.",
        "The selection panel was chaired by the retired architect Dov Amsel.",
        STATED,
        None,
    ),
    (
        "The gala dinner was hosted by Portugal.",
        "The gala dinner was hosted by Spain at the old palace.",
        CONFLICT,
        ("hosted by", "Portugal", "Spain"),
    ),
    (
        "The orchestra was directed by Clara Voss.",
        "Under a clear sky, the orchestra was directed by Henrik Aalto.",
        CONFLICT,
        ("directed by", "Clara Voss", "Henrik Aalto"),
    ),
    (
        "The chess federation's congress was held in Tallinn.",
        "The chess federation's congress was held in Riga last spring.",
        CONFLICT,
        ("held in", "Tallinn", "Riga"),
    ),
    (
        "The panel was moderated by Omar Haddad.",
        "The panel was moderated by Rania Saleh, a former editor.",
        CONFLICT,
        ("moderated by", "Omar Haddad", "Rania Saleh"),
    ),
    # Exclusive slots, the same filler said another way: stated.
    (
        "Mr Brenner led the delegation.",
        "The delegation was led by Tomas Brenner.",
        STATED,
        None,
    ),
    (
        "The inquiry was chaired by Lena Ostrov.",
        "The inquiry, chaired by Lena Ostrow, reported in June.",
        STATED,
        None,
    ),
    (
        "The delegation was led by Muhammad Karimi.",
        "A delegation led by Mohammed Karimi reached the border.",
        STATED,
        None,
    ),
    (
        "The talks were hosted by the UN.",
        "The talks were hosted by the United Nations in Geneva.",
        STATED,
        None,
    ),
    (
        "The delegation was led by the interior minister.",
        "The delegation was led by Dario Kell, Minister of the Interior, on Friday.",
        STATED,
        None,
    ),
    (
        "The summit was held in Lisbon.",
        "The summit was held in Lisbon, Portugal, in May.",
        STATED,
        None,
    ),
    (
        "The summit was held in Portugal.",
        "The summit was held in Lisbon, Portugal, in May.",
        SILENT,
        None,
    ),
    # Different subjects: no conflict, whatever the fillers.
    (
        "The inquiry was chaired by Amos Varga.",
        "The audit was chaired by Lena Ostrow.",
        SILENT,
        None,
    ),
    (
        "The trade delegation was led by Ines Marlow.",
        "The talks were led by Tomas Brenner.",
        SILENT,
        None,
    ),
    (
        "Norway's delegation was led by Ines Marlow.",
        "The Danish delegation was led by Tomas Brenner.",
        SILENT,
        None,
    ),
    # A relation the sentence does not state for this filler: not stated, no conflict.
    (
        "Tomas Brenner will lead the delegation.",
        "Tomas Brenner will accompany the delegation to Oslo.",
        UNSTATED,
        None,
    ),
    (
        "Ines Marlow chaired the meeting.",
        "Ines Marlow attended the meeting as an observer.",
        UNSTATED,
        None,
    ),
    (
        "The festival was hosted by Rotterdam.",
        "The festival was sponsored by Rotterdam and Ghent.",
        SILENT,
        None,
    ),
    # Open slots: an extra member is not a conflict; a replaced one is.
    (
        "The accord was mediated by Chile, Ghana and Norway.",
        "The accord was mediated by Chile and Ghana.",
        UNSTATED,
        None,
    ),
    (
        "The accord was mediated by Chile and Peru.",
        "The accord was mediated by Chile and Ghana.",
        CONFLICT,
        ("mediated by", "Peru", "Ghana"),
    ),
    (
        "The accord was mediated by Ghana.",
        "The accord was mediated by Chile and Ghana.",
        STATED,
        None,
    ),
    (
        "The accord was mediated by Peru.",
        "The accord was mediated by Chile and Ghana.",
        UNSTATED,
        None,
    ),
    (
        "The treaty was signed by Iceland and Malta.",
        "The treaty was signed by Malta and Iceland in a short ceremony.",
        STATED,
        None,
    ),
    (
        "The treaty was signed by Iceland, Malta and Cyprus.",
        "The treaty was signed by Malta and Iceland in a short ceremony.",
        UNSTATED,
        None,
    ),
    (
        "The treaty was signed by Iceland and Estonia.",
        "The treaty was signed by Malta and Iceland in a short ceremony.",
        CONFLICT,
        ("signed by", "Estonia", "Malta"),
    ),
    (
        "The ceasefire was brokered by Egypt and Jordan.",
        "The ceasefire was brokered by Egypt and Jordan after a week of calls.",
        STATED,
        None,
    ),
    (
        "The ceasefire was brokered by Kenya and Jordan.",
        "The ceasefire was brokered by Egypt and Jordan after a week of calls.",
        CONFLICT,
        ("brokered by", "Kenya", "Egypt"),
    ),
    (
        "The forum was attended by Brazil.",
        "The forum was attended by Chile, Peru and Bolivia.",
        UNSTATED,
        None,
    ),
    (
        "Chile and Ghana mediated the accord.",
        "The accord was mediated by Ghana and Chile.",
        STATED,
        None,
    ),
    (
        "The talks were held under the mediation of Oman and Kenya.",
        "Talks in Muscat were held under the joint mediation of Oman and Kenya.",
        STATED,
        None,
    ),
    # Roles: appositives, titles before names, "X of / for Y", possessives.
    (
        "Pia Kohler, the finance minister, opened the fair.",
        "Pia Kohler, the health minister, opened the fair.",
        CONFLICT,
        ("role of Pia Kohler", "finance", "health"),
    ),
    (
        "Defence Minister Jonas Weber met the envoys.",
        "Trade Minister Jonas Weber met the envoys on Tuesday.",
        CONFLICT,
        ("role of Jonas Weber", "Defence", "Trade"),
    ),
    (
        "Rafael Ortiz, spokesperson for the Ministry of Transport, spoke first.",
        "Rafael Ortiz, spokesperson for the Ministry of Energy, spoke first.",
        CONFLICT,
        ("role of Rafael Ortiz", "Transport", "Energy"),
    ),
    (
        "Rafael Ortiz is the spokesperson for the Ministry of Transport.",
        "Transport ministry spokesperson Rafael Ortiz denied the report.",
        STATED,
        None,
    ),
    (
        "Ortiz is a spokesperson.",
        "Rafael Ortiz, spokesperson for the Ministry of Transport, spoke first.",
        STATED,
        None,
    ),
    (
        "Helga Sund is the deputy minister of culture.",
        "Helga Sund, the deputy minister of culture, cut the ribbon.",
        STATED,
        None,
    ),
    (
        "Helga Sund is the minister of culture.",
        "Helga Sund cut the ribbon at the museum.",
        SILENT,
        None,
    ),
    (
        "Malta's foreign minister Leo Brandt hosted the envoys.",
        "Cyprus's foreign minister Ada Kiel hosted the envoys.",
        CONFLICT,
        ("hosted by", "Leo Brandt", "Ada Kiel"),
    ),
    (
        "Malta's foreign minister Leo Brandt spoke first.",
        "Malta's foreign minister Ada Kiel spoke first.",
        CONFLICT,
        ("Malta's foreign minister", "Leo Brandt", "Ada Kiel"),
    ),
    (
        "Malta's foreign minister Leo Brandt spoke first.",
        "Cyprus's foreign minister Ada Kiel spoke first.",
        SILENT,
        None,
    ),
    (
        "Cyprus's foreign minister Leo Brandt spoke first.",
        "Malta's foreign minister Leo Brandt spoke first.",
        CONFLICT,
        ("role of Leo Brandt", "Cyprus's", "Malta's"),
    ),
    (
        "Leo Brandt is the coach of the national team.",
        "Team captain Leo Brandt scored twice.",
        CONFLICT,
        ("role of Leo Brandt", "coach", "captain"),
    ),
    (
        "Sami Nour is the union's spokesman.",
        "Union spokesman Karim Adel said Sami Nour would speak later.",
        SILENT,
        None,
    ),
]


def _first_judged(claim: str, sentence: str):
    judged = compare(analyse(claim), analyse(sentence))
    return judged[0] if judged else None


@pytest.mark.parametrize(
    ("claim", "sentence", "expected", "conflict"),
    PAIRS,
    ids=[f"{n}-{p[2]}" for n, p in enumerate(PAIRS)],
)
def test_relation_slots_are_judged(claim, sentence, expected, conflict):
    judged = compare(analyse(claim), analyse(sentence))
    outcomes = {j.outcome for j in judged}
    if expected == SILENT:
        assert Outcome.CONFLICT not in outcomes and Outcome.STATED not in outcomes, judged
        return
    if expected == CONFLICT:
        hit = next((j for j in judged if j.outcome is Outcome.CONFLICT), None)
        assert hit is not None, judged
        relation, ours, theirs = conflict
        assert hit.label.startswith(relation)
        assert (hit.claim_text, hit.source_text) == (ours, theirs)
        return
    assert Outcome.CONFLICT not in outcomes, judged
    wanted = Outcome.STATED if expected == STATED else Outcome.UNSTATED
    assert wanted in outcomes, judged


def test_there_are_enough_invented_pairs():
    assert len(PAIRS) >= 40


def test_a_relation_conflict_is_reported_with_its_relation():
    findings = find_conflicts(
        analyse("The inquiry was chaired by Amos Varga."),
        analyse("The inquiry, chaired by Lena Ostrow, reported in June."),
    )
    assert [(f.kind.value, f.relation, f.claim_text, f.source_text) for f in findings] == [
        ("entity", "chaired by", "Amos Varga", "Lena Ostrow")
    ]


def test_slots_say_whether_they_hold_one_filler_or_a_list():
    (led,) = slots(analyse("The delegation was led by Ines Marlow."))
    (mediated,) = slots(analyse("The accord was mediated by Chile and Ghana."))
    assert led.exclusive and not mediated.exclusive
    assert [f.name[0].surface for f in mediated.fillers] == ["Chile", "Ghana"]


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Brenner", "Tomas Brenner", True),
        ("Mr Brenner", "Tomas Brenner", True),
        ("Dr. Tomas Brenner", "Tomas Brenner", True),
        ("T. Brenner", "Tomas Brenner", True),
        ("Mohammed Karimi", "Muhammad Karimi", True),
        ("Yusuf Demir", "Yousuf Demir", True),
        ("WHO", "World Health Organization", True),
        ("Tomas Brenner", "Lukas Brenner", False),
        ("Ines Marlow", "Tomas Brenner", False),
        ("Martin Hale", "Morton Hale", False),
        ("Austria", "Australia", False),
    ],
)
def test_the_same_person_by_any_of_their_names(a, b, same):
    assert same_name(a, b) is same


STORY = (
    "The Danube river commission met in Budapest on Tuesday. "
    "Its delegation was led by Ines Marlow, the commission's deputy chair, "
    "and the talks were mediated by Austria and Slovakia.\n"
    "Commission spokesperson Tomas Brenner said the next session would be held in Vienna.\n"
    "Karl Hofer, the transport minister of Austria, will accompany the delegation to Vienna.\n"
)


@pytest.fixture(scope="module")
def story() -> Corpus:
    return corpus_of(**{"commission.txt": STORY})


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("The commission's delegation was led by Ines Marlow.", Verdict.SUPPORTED),
        ("The delegation was led by Marlow.", Verdict.SUPPORTED),
        ("The commission's delegation was led by Tomas Brenner.", Verdict.CONTRADICTED),
        ("The talks were mediated by Austria and Hungary.", Verdict.CONTRADICTED),
        ("The talks were mediated by Slovakia.", Verdict.SUPPORTED),
        ("Karl Hofer will lead the delegation to Vienna.", Verdict.UNMENTIONED),
        (
            "Karl Hofer, the finance minister of Austria, will accompany the delegation.",
            Verdict.CONTRADICTED,
        ),
        ("Tomas Brenner is the commission's spokesperson.", Verdict.SUPPORTED),
    ],
)
def test_verdicts_on_a_made_up_story(story, claim, verdict):
    judgement = check_one(claim, story)
    assert judgement.verdict is verdict, judgement.reason
    if verdict is Verdict.CONTRADICTED:
        assert judgement.conflicts[0].relation


def test_a_list_of_agents_does_not_take_in_the_next_clause():
    # "and starring ..." after the director's name is another clause, not a second director.
    (slot,) = [
        s
        for s in slots(
            analyse("Tidewater is a 2019 film directed by Ola Brandt and starring Kai Moen.")
        )
        if s.relation == "directed by"
    ]
    assert [" ".join(t.surface for t in f.name) for f in slot.fillers] == ["Ola Brandt"]
