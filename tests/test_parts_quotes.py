"""Compound claims judged part by part, quotations checked word for word, and the sentences of
a draft that state nothing (opinions, predictions, rhetorical questions), on invented sources."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from factcheck import Verdict, check_one
from factcheck.corpus.collection import Corpus
from factcheck.ingest.drafts import parse_draft, skip_reason
from factcheck.ingest.sources import document_from_text
from factcheck.judge.parts import ABSENT, PART_CONFIRMS, PART_CONTRADICTS, combine
from factcheck.language.parts import split_claim
from factcheck.language.quotes import (
    pattern_of,
    quotations,
    same_speaker,
    speaker_of,
    with_speaker_named,
)
from factcheck.models import Citation, Claim, Conflict, ConflictKind, Judgement, Part, Report
from factcheck.render import RenderContext
from factcheck.render.ci import render_github, render_text
from factcheck.render.records import render_json, render_jsonl

from .conftest import corpus_of

TOWN = (
    "The council of Marrowby approved the library budget in March. "
    "It also extended library hours on weekdays. "
    "The council of Marrowby opened a new swimming pool in May. "
    "The Marrowby school has 300 pupils, 20 teachers and 4 buses."
)
HARBOUR = (
    "The harbour wall at Kell collapsed during the February storm. "
    '"We will rebuild the harbour wall before winter, and we will not raise the mooring '
    'fees," Harbour Master Tomas Reyes told reporters on Tuesday. '
    "The treasurer of the council, Lena Ostrova, spoke after him. "
    '"The town cannot afford a second wall this year," Ostrova said. '
    'According to the engineer Pia Holm, the old wall "was never designed for waves of '
    'that height".'
)


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return Corpus.from_documents(
        [document_from_text("town.txt", TOWN), document_from_text("harbour.txt", HARBOUR)]
    )


# --- splitting ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("claim", "parts"),
    [
        (
            "The council approved the budget and cut library hours.",
            ["The council approved the budget.", "The council cut library hours."],
        ),
        (
            "The ferry line hired 40 sailors, bought two ships and opened a route to Osk.",
            [
                "The ferry line hired 40 sailors.",
                "The ferry line bought two ships.",
                "The ferry line opened a route to Osk.",
            ],
        ),
        (
            "The orchard was flooded, but the growers saved the harvest.",
            ["The orchard was flooded.", "The growers saved the harvest."],
        ),
        (
            "The dam, which opened in 1932, spans the Varn river.",
            ["The dam spans the Varn river.", "The dam opened in 1932."],
        ),
        (
            "The club has 80 members, 12 boats and 3 coaches.",
            ["The club has 80 members.", "The club has 12 boats.", "The club has 3 coaches."],
        ),
        (
            "She still rows for the Osk club and in 1998 became its first captain.",
            ["She still rows for the Osk club.", "She in 1998 became its first captain."],
        ),
        (
            "The mill closed in 1990; the village school moved into its hall.",
            ["The mill closed in 1990.", "The village school moved into its hall."],
        ),
        (
            "The keeper cleaned the pool while the visitors watched from the pier.",
            ["The keeper cleaned the pool.", "The visitors watched from the pier."],
        ),
        (
            "The bridge was painted in May and given a new name in June.",
            ["The bridge was painted in May.", "The bridge was given a new name in June."],
        ),
        (
            "Ada Varn, a chemist from Osk, founded the Varn Works in 1921.",
            ["Ada Varn founded the Varn Works in 1921.", "Ada Varn is a chemist from Osk."],
        ),
        (
            "The choir sang at the Marrow Hall, the oldest theatre of the town.",
            [
                "The choir sang at the Marrow Hall.",
                "The Marrow Hall is the oldest theatre of the town.",
            ],
        ),
        (
            "The race started in Kell, but after a storm at sea, the boats turned back to Osk.",
            ["The race started in Kell.", "After a storm at sea, the boats turned back to Osk."],
        ),
    ],
)
def test_compound_claims_are_split_into_whole_sentences(claim, parts):
    assert [p.text for p in split_claim(claim)] == parts


@pytest.mark.parametrize(
    "claim",
    [
        "The talks were mediated by Norway and Chile.",  # a list of names is one fact
        "Marks and Spencer opened a shop in Kell.",  # "and" inside a name
        'The mayor said "we will cut taxes and raise wages" in May.',  # inside a quotation
        "Sales of the tonic rose between 2010 and 2015.",  # a range
        "The play was written and directed by Ada Varn.",  # verbs sharing their complement
        "The bakery sells bread.",
        "The crew appeared in a short film about the harbour, titled Blue Water Kell.",
        "The ferry left Kell on 3 May, carrying 40 passengers.",  # whose participle: unsafe
        "The tonic eased coughs, but this is no proof that it works on fevers.",  # "this" points back
        "The levy not only funded the school, but the council also paid the teachers.",
        # what follows an open "which" clause may be its own predicate
        "The levy was raised in 1985, which funded the school, paid the teachers, and built a hall.",
        "The diagnosis left patients being assessed as unfit and sent to wards in Osk.",
        "The treaty was signed at the Varn Palace, the Kellmark.",  # a place beside a place
        "The grant went to the schools, a museum and the library.",  # a list, not a name
        "The studio filmed a version of Blue Water, the novel.",  # names a kind: no fact
        # the predicate after "and" may be the inner clause's: whose is not safe to tell
        "The ferry sailed after the harbour master checked the swell and declared it safe.",
        # what follows a date speaks of the whole clause, not of the month
        "Orrin Ferries carried 2.1 million passengers in the year to June, its busiest year since 1990.",
    ],
)
def test_claims_that_are_one_fact_are_not_split(claim):
    assert [p.text for p in split_claim(claim)] == [claim]


def test_a_part_span_points_at_its_own_words():
    claim = "The council approved the budget and cut library hours."
    second = split_claim(claim)[1]
    assert claim[second.start : second.end] == "cut library hours."


# --- judging parts ------------------------------------------------------------------------


def test_all_parts_true_is_supported(corpus):
    j = check_one(
        "The council of Marrowby approved the library budget in March and opened a new "
        "swimming pool in May.",
        corpus,
    )
    assert j.verdict is Verdict.SUPPORTED
    assert [p.verdict for p in j.parts] == [Verdict.SUPPORTED, Verdict.SUPPORTED]


def test_a_false_part_contradicts_the_claim_and_is_named(corpus):
    j = check_one(
        "The council of Marrowby approved the library budget in March and opened a new "
        "swimming pool in July.",
        corpus,
    )
    assert j.verdict is Verdict.CONTRADICTED
    assert j.reason.startswith("part 2 of 2: 'The council of Marrowby opened a new swimming pool")
    assert any(c.claim_text == "in July" and c.source_text == "in May" for c in j.conflicts)
    assert 0 < j.confidence <= 1  # rated for the verdict the part decided


def test_an_unmentioned_part_makes_the_claim_partly_supported(corpus):
    j = check_one(
        "The council of Marrowby approved the library budget in March and sold the old "
        "town hall to a hotel chain.",
        corpus,
    )
    assert j.verdict is Verdict.UNMENTIONED
    assert j.reason.startswith("partly supported; part 2 of 2")
    assert [p.verdict for p in j.parts] == [Verdict.SUPPORTED, Verdict.UNMENTIONED]


def test_a_list_of_figures_with_one_wrong_figure(corpus):
    j = check_one("The Marrowby school has 300 pupils, 20 teachers and 9 buses.", corpus)
    assert j.verdict is Verdict.CONTRADICTED
    assert "9 buses" in j.reason


def test_a_list_of_figures_all_right(corpus):
    j = check_one("The Marrowby school has 300 pupils, 20 teachers and 4 buses.", corpus)
    assert j.verdict is Verdict.SUPPORTED


MUSEUM = (
    "Ines Marlow founded the Kell Maritime Museum in 1987. "
    "Ines Marlow is a shipwright from Osk. "
    "The museum was opened to visitors in June 1988 and given a new wing in 2004. "
    "The museum stored its oldest boat in the Varn Hall until 2010. "
    "The Varn Hall is the largest room of the building."
)


@pytest.fixture(scope="module")
def museum() -> Corpus:
    return corpus_of(**{"museum.txt": MUSEUM})


def test_a_fact_beside_a_name_the_sources_state_is_supported(museum):
    j = check_one(
        "Ines Marlow, a shipwright from Osk, founded the Kell Maritime Museum in 1987.", museum
    )
    assert j.verdict is Verdict.SUPPORTED
    assert [p.text for p in j.parts][1] == "Ines Marlow is a shipwright from Osk."


def test_a_fact_beside_a_name_the_sources_lack_is_named(museum):
    j = check_one(
        "Ines Marlow, a retired sea captain, founded the Kell Maritime Museum in 1987.", museum
    )
    assert j.verdict is Verdict.UNMENTIONED
    assert j.reason.startswith("partly supported; part 2 of 2: 'Ines Marlow is a retired sea")


def test_a_closing_fact_about_a_place_the_sources_lack_is_named(museum):
    j = check_one(
        "The museum stored its oldest boat in the Varn Hall, a former sail loft with a glass roof.",
        museum,
    )
    assert j.verdict is Verdict.UNMENTIONED
    assert "'The Varn Hall is a former sail loft with a glass roof.'" in j.reason


def test_a_passive_continued_after_and_keeps_its_verb(museum):
    right = check_one(
        "The museum was opened to visitors in June 1988 and given a new wing in 2004.", museum
    )
    assert right.verdict is Verdict.SUPPORTED
    wrong = check_one(
        "The museum was opened to visitors in June 1988 and given a new wing in 2009.", museum
    )
    assert wrong.verdict is Verdict.CONTRADICTED
    assert wrong.reason.startswith("part 2 of 2: 'The museum was given a new wing in 2009.'")


# --- the combination rule, on verdicts made up for it --------------------------------------

_CLAIM = Claim("The ferry left Kell in May and reached Osk in June.", "c1")
_CITED = Citation("port.txt", 1, 0, 10, "The ferry left Kell in May.", 90.0)


def _part(verdict: Verdict, confidence: float, kind: ConflictKind | None = None) -> Part:
    conflicts = (Conflict(kind, "June", "July"),) if kind else ()
    return Part(
        "The ferry reached Osk in June.",
        27,
        50,
        verdict,
        "made up",
        (_CITED,),
        conflicts,
        confidence=confidence,
    )


_SUPPORTED = Part(
    "The ferry left Kell in May.", 0, 22, Verdict.SUPPORTED, "made up", (_CITED,), confidence=0.9
)


def _whole(verdict: Verdict) -> Judgement:
    return Judgement(
        _CLAIM, verdict, 80.0, citations=(_CITED,), reason="read whole", confidence=0.7
    )


@pytest.mark.parametrize("whole", [Verdict.SUPPORTED, Verdict.UNMENTIONED])
def test_a_confident_conflict_in_a_part_contradicts_the_claim(whole):
    part = _part(Verdict.CONTRADICTED, PART_CONTRADICTS + 0.1, ConflictKind.DATE)
    j = combine(_whole(whole), (_SUPPORTED, part))
    assert j.verdict is Verdict.CONTRADICTED
    assert j.reason.startswith("part 2 of 2: 'The ferry reached Osk in June.'")
    assert j.confidence == part.confidence


def test_a_part_conflict_less_confident_keeps_a_supported_claim_from_support():
    part = _part(Verdict.CONTRADICTED, PART_CONTRADICTS - 0.2, ConflictKind.DATE)
    assert combine(_whole(Verdict.SUPPORTED), (_SUPPORTED, part)).verdict is Verdict.UNMENTIONED
    assert combine(_whole(Verdict.UNMENTIONED), (_SUPPORTED, part)).verdict is Verdict.UNMENTIONED


def test_a_weak_conflict_in_a_part_never_contradicts_a_supported_claim():
    part = _part(Verdict.CONTRADICTED, 0.95, ConflictKind.TERM)
    assert combine(_whole(Verdict.SUPPORTED), (_SUPPORTED, part)).verdict is Verdict.SUPPORTED


def test_a_conflict_no_part_has_read_alone_gives_way_to_the_parts():
    supported = _part(Verdict.SUPPORTED, 0.8)
    j = combine(_whole(Verdict.CONTRADICTED), (_SUPPORTED, supported))
    assert j.verdict is Verdict.SUPPORTED
    assert not j.conflicts
    unmentioned = _part(Verdict.UNMENTIONED, 0.6)
    j = combine(_whole(Verdict.CONTRADICTED), (_SUPPORTED, unmentioned))
    assert j.verdict is Verdict.UNMENTIONED
    assert j.reason.startswith("partly supported; part 2 of 2")


def test_a_claim_contradicted_whole_stays_so_when_a_part_confirms_it():
    part = _part(Verdict.CONTRADICTED, PART_CONFIRMS, ConflictKind.DATE)
    assert PART_CONFIRMS < PART_CONTRADICTS
    j = combine(_whole(Verdict.CONTRADICTED), (_SUPPORTED, part))
    assert j.verdict is Verdict.CONTRADICTED
    assert j.reason.startswith("part 2 of 2")


def test_a_claim_contradicted_whole_no_part_surely_confirms_is_decided_by_its_parts():
    unsure = _part(Verdict.CONTRADICTED, PART_CONFIRMS - 0.2, ConflictKind.DATE)
    j = combine(_whole(Verdict.CONTRADICTED), (_SUPPORTED, unsure))
    assert j.verdict is Verdict.UNMENTIONED
    assert j.reason.startswith("partly supported; part 2 of 2")
    weak = _part(Verdict.CONTRADICTED, 0.9, ConflictKind.TERM)
    assert combine(_whole(Verdict.CONTRADICTED), (_SUPPORTED, weak)).verdict is Verdict.UNMENTIONED


def test_a_part_meeting_the_very_conflict_found_read_whole_keeps_the_claim_contradicted():
    unsure = _part(Verdict.CONTRADICTED, PART_CONFIRMS - 0.2, ConflictKind.DATE)
    whole = replace(_whole(Verdict.CONTRADICTED), conflicts=unsure.conflicts)
    j = combine(whole, (_SUPPORTED, unsure))
    assert j.verdict is Verdict.CONTRADICTED
    assert j.conflicts == unsure.conflicts
    # Another conflict of the same kind is no sign the whole's was about this part.
    other = replace(whole, conflicts=(Conflict(ConflictKind.DATE, "May", "April"),))
    assert combine(other, (_SUPPORTED, unsure)).verdict is Verdict.UNMENTIONED


def test_a_part_the_sources_lack_makes_a_supported_claim_unmentioned():
    covered = Citation("port.txt", 2, 0, 10, "Boats reach Osk.", (ABSENT - 0.2) * 100)
    part = Part(
        "The ferry reached Osk in June.",
        27,
        50,
        Verdict.UNMENTIONED,
        "made up",
        (covered,),
        confidence=0.5,
    )
    assert combine(_whole(Verdict.SUPPORTED), (_SUPPORTED, part)).verdict is Verdict.UNMENTIONED
    nearly = replace(part, citations=(replace(covered, score=(ABSENT + 0.05) * 100),))
    assert combine(_whole(Verdict.SUPPORTED), (_SUPPORTED, nearly)).verdict is Verdict.SUPPORTED


# --- quotations -----------------------------------------------------------------------------


def test_quotations_and_speakers_are_found():
    q = quotations("“We will open the bridge in spring,” said Mayor Ines Ruiz.")
    assert [(x.text, x.speaker) for x in q] == [
        ("We will open the bridge in spring,", "Mayor Ines Ruiz")
    ]
    q = quotations('According to Dr. Omar Haddad, the trial was "safe for older patients".')
    assert q[0].speaker == "Dr. Omar Haddad"
    assert quotations('Ruiz told the press: "The bridge opens on Monday."')[0].speaker == "Ruiz"


def test_short_scare_quotes_and_titles_are_not_quotations():
    assert quotations('The so-called "reform" failed.') == []
    assert quotations('She starred in "The Long Road Home" in 2004.') == []


def test_the_normalisation_of_a_quotation():
    assert pattern_of("We’ll  rebuild … the [harbour] wall") == [
        "we'll",
        "rebuild",
        0,  # an omission
        "the",
        1,  # an editorial insertion
        "wall",
    ]
    assert same_speaker("Harbour Master Tomas Reyes", "Reyes")
    assert not same_speaker("Mayor Ines Ruiz", "Mayor Tomas Reyes")


def test_a_verbatim_quotation_with_its_speaker_is_supported(corpus):
    j = check_one(
        'Tomas Reyes told reporters: "We will rebuild the harbour wall before winter."', corpus
    )
    assert j.verdict is Verdict.SUPPORTED
    quote = next(p for p in j.parts if p.kind == "quotation")
    assert quote.verdict is Verdict.SUPPORTED
    assert quote.citations[0].source == "harbour.txt"


def test_curly_quotes_and_spacing_do_not_matter(corpus):
    j = check_one("Reyes said: “We  will rebuild the harbour wall   before winter.”", corpus)
    assert j.verdict is Verdict.SUPPORTED


def test_a_quotation_with_an_ellipsis_is_supported(corpus):
    j = check_one(
        'Reyes said: "We will rebuild the harbour wall … and we will not raise the mooring fees."',
        corpus,
    )
    assert j.verdict is Verdict.SUPPORTED


def test_a_quotation_with_an_editorial_insertion_is_supported(corpus):
    j = check_one(
        'Pia Holm said the old wall "was never designed for waves [as high as those]".', corpus
    )
    assert j.verdict is Verdict.SUPPORTED


def test_one_word_changed_contradicts_and_shows_the_words(corpus):
    j = check_one(
        'Pia Holm said the old wall "was never designed for storms of that height".', corpus
    )
    assert j.verdict is Verdict.CONTRADICTED
    assert [(c.kind, c.claim_text, c.source_text) for c in j.conflicts] == [
        (ConflictKind.QUOTATION, "for storms of", "for waves of")
    ]


def test_a_dropped_negation_contradicts(corpus):
    j = check_one(
        'Reyes told reporters: "We will rebuild the harbour wall before winter, and we will '
        'raise the mooring fees."',
        corpus,
    )
    assert j.verdict is Verdict.CONTRADICTED


def test_a_misattributed_quotation_cites_the_real_speaker(corpus):
    j = check_one(
        'Lena Ostrova told reporters: "We will rebuild the harbour wall before winter."', corpus
    )
    assert j.verdict is Verdict.CONTRADICTED
    assert "misattributed" in j.reason
    speaker = [c for c in j.conflicts if c.kind is ConflictKind.SPEAKER]
    assert speaker and speaker[0].claim_text == "Lena Ostrova"
    assert "Reyes" in speaker[0].source_text
    assert j.citations[0].source == "harbour.txt"


def test_a_quotation_no_source_has_is_unmentioned(corpus):
    j = check_one('Reyes promised that "every damaged boat will be repaired for free".', corpus)
    assert j.verdict is Verdict.UNMENTIONED
    assert "not in the sources" in j.reason


# --- outputs --------------------------------------------------------------------------------


def test_json_lines_carry_the_parts(corpus):
    j = check_one(
        "The council of Marrowby approved the library budget in March and opened a new "
        "swimming pool in July.",
        corpus,
    )
    record = json.loads(render_jsonl(Report((j,)), RenderContext()))
    assert [p["verdict"] for p in record["parts"]] == ["supported", "contradicted"]
    start, end = record["parts"][1]["span"]
    assert record["claim"][start:end].startswith("opened a new swimming pool")
    assert record["parts"][1]["conflicts"][0]["source_text"] == "in May"


DRAFT = """# Harbour news

The council of Marrowby approved the library budget in March and opened a new swimming pool in July.

We think the council should have waited for the treasurer's report.

The council should publish its accounts every month.

We expect the new wall to last for a hundred years.

Who could blame the fishermen of Kell for their anger?

Lena Ostrova told reporters: "We will rebuild the harbour wall before winter."
"""


def test_a_draft_names_the_failing_part_and_counts_what_it_skipped(corpus):
    draft = parse_draft("news.md", DRAFT)
    assert draft.skipped_kinds == (("rhetorical question", 1), ("opinion", 2), ("prediction", 1))
    report = Report(tuple(check_one(c, corpus) for c in draft.claims))
    context = RenderContext(drafts=(draft,))
    text = render_text(report, context)
    assert "part 2 of 2: 'The council of Marrowby opened a new swimming pool in July.'" in text
    assert "misattributed" not in text  # the text names the quotation, the reason says why
    assert "quotation 'We will rebuild the harbour wall before winter.'" in text
    assert "4 skipped (1 rhetorical question, 2 opinion, 1 prediction)" in text
    github = render_github(report, context)
    assert "part 2 of 2" in github
    summary = json.loads(render_json(report, context))["summary"]
    assert summary["skipped_by_kind"] == {"rhetorical question": 1, "opinion": 2, "prediction": 1}


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("In our view the new ferry timetable is a mistake for Kell.", "opinion"),
        ("The museum should open on Sundays in Marrowby.", "opinion"),
        ("I predict that the Kell ferry will carry more cars next year.", "prediction"),
        ("The harbour is likely to flood again in the coming years.", "prediction"),
        ("Isn't it time the council of Kell listened to its fishermen?", "rhetorical question"),
        ("Did the council of Kell approve the budget in March?", "question"),
        ("The council of Kell approved the budget in March.", None),
        ("The ferry will start sailing to Osk on 3 June.", None),  # a plan a source can state
    ],
)
def test_what_a_draft_sentence_is(sentence, kind):
    assert skip_reason(sentence) == kind


def test_a_block_quote_is_checked_word_for_word_with_include_quotes(corpus):
    draft = parse_draft(
        "quotes.md",
        "Reyes spoke on Tuesday.\n\n"
        "> The town cannot afford a second wall this year.\n\n"
        "> The town cannot afford a third wall this year.\n",
        include_quotes=True,
    )
    verdicts = [check_one(c, corpus) for c in draft.claims if c.quoted]
    assert [j.verdict for j in verdicts] == [Verdict.SUPPORTED, Verdict.CONTRADICTED]
    assert verdicts[1].conflicts[0].claim_text == "a third wall"
    assert not parse_draft("quotes.md", "> The town cannot afford a wall.\n").claims


# --- who said it ----------------------------------------------------------------------------

GALLERY = (
    "The jury's chair, the potter Lise Harnett, said the vote had been close. "
    '"Her bowls ask what a kitchen remembers," she said. '
    "The gallery director, Anton Pell, said the show would tour in spring.\n"
)


@pytest.fixture(scope="module")
def gallery() -> Corpus:
    return corpus_of(**{"gallery.txt": GALLERY})


def test_a_speaker_named_after_an_office_between_commas_is_found():
    assert speaker_of("The jury's chair, the potter Lise Harnett, said the vote was close.") == (
        "Lise Harnett"
    )


def test_describing_is_speaking_but_being_described_is_not():
    assert speaker_of("The potter Lise Harnett described the show as her finest.") == (
        "Lise Harnett"
    )
    assert speaker_of("Lise Harnett, described as the show's founder, cut the ribbon.") is None


def test_she_said_stands_for_the_speaker_of_the_sentence_before():
    before = "The jury's chair, the potter Lise Harnett, said the vote had been close."
    assert with_speaker_named('"Her bowls ask what a kitchen remembers," she said.', before) == (
        '"Her bowls ask what a kitchen remembers," Lise Harnett said.'
    )
    assert with_speaker_named('"It was close," she said.', "The vote was close.") == (
        '"It was close," she said.'
    )


def test_words_given_to_another_speaker_are_contradicted(gallery):
    wrong = check_one("Anton Pell said the bowls ask what a kitchen remembers.", gallery)
    assert wrong.verdict is Verdict.CONTRADICTED
    assert [(c.claim_text, c.source_text) for c in wrong.conflicts] == [
        ("Anton Pell", "Lise Harnett")
    ]
    right = check_one("Lise Harnett said the bowls ask what a kitchen remembers.", gallery)
    assert right.verdict is Verdict.SUPPORTED


def test_a_quotation_given_to_another_than_she_who_said_it_is_misattributed(gallery):
    j = check_one('Anton Pell said: "Her bowls ask what a kitchen remembers."', gallery)
    quote = next(p for p in j.parts if p.kind == "quotation")
    assert quote.verdict is Verdict.CONTRADICTED
    assert "Lise Harnett" in quote.reason
