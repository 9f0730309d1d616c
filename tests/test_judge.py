"""Verdicts through the library API, on the shipped seeds and on small made-up sources."""

from __future__ import annotations

import json
import os

import pytest

from factcheck import Claim, ConflictKind, Verdict, check, check_one, load_sources
from factcheck.judge.coverage import claim_parts, is_covered
from factcheck.judge.parts import PART_CONTRADICTS
from factcheck.judge.rules.numbers import unaccounted
from factcheck.language.analysis import analyse
from factcheck.render.evidence import evidence

from .conftest import CLAIMS, corpus_of


def seed_claims() -> list[dict]:
    return [json.loads(line) for line in (CLAIMS / "seeds.jsonl").read_text().splitlines() if line]


@pytest.mark.parametrize("record", seed_claims(), ids=lambda r: r["id"])
def test_example_claims_get_their_intended_verdict(record, seeds_corpus):
    judgement = check_one(record["claim"], seeds_corpus)
    assert judgement.verdict.value == record["label"], judgement.reason
    if judgement.verdict is not Verdict.UNMENTIONED:
        assert judgement.citations, "a verdict cites the sentence that decides it"
    if judgement.verdict is Verdict.CONTRADICTED:
        assert judgement.conflicts and judgement.conflicts[0].claim_text


def test_a_date_of_talks_elsewhere_does_not_dispute_the_claim(seeds_corpus):
    # One seed dates the talks in Istanbul; the other dates the earlier talks in Doha.
    j = check_one("The talks in Istanbul were held from October 25 to 30, 2025.", seeds_corpus)
    assert j.verdict is Verdict.SUPPORTED and not j.disputed and not j.conflicts


def test_contradiction_cites_file_line_and_conflicting_parts(seeds_corpus):
    j = check_one(
        "The ceasefire accord was first obtained in Doha on October 28, 2025.", seeds_corpus
    )
    assert j.verdict is Verdict.CONTRADICTED
    (citation,) = j.citations
    assert (citation.source, citation.line) == ("000_486078ff4a3b01fc.txt", 15)
    assert "October 18-19, 2025" in citation.sentence
    (conflict,) = j.conflicts
    assert (conflict.kind, conflict.claim_text, conflict.source_text) == (
        ConflictKind.DATE,
        "October 28, 2025",
        "October 18-19, 2025",
    )


def test_citation_offsets_quote_the_file(seeds_corpus):
    j = check_one("Turkey and Qatar mediated the talks.", seeds_corpus)
    for c in j.citations:
        doc = next(d for d in seeds_corpus.store.documents if d.name == c.source)
        assert doc.text[c.start : c.end] == c.sentence


def test_overlap_of_common_words_is_not_support():
    corpus = corpus_of(a="The weather in Oslo was cold on Monday.")
    assert check_one("The weather in Lima was warm.", corpus).verdict is not Verdict.SUPPORTED


def test_a_word_the_claim_repeats_counts_once():
    corpus = corpus_of(a="The lighthouse keeper of Varnholm painted the lantern room blue.")
    repeated = "The keeper of the Varnholm lighthouse sold the Varnholm lighthouse to the keeper."
    j = check_one(repeated, corpus)
    # Counted at each repetition, the words the sentence says would outweigh the one it lacks.
    assert j.verdict is Verdict.UNMENTIONED and "not found: sold" in j.reason, j.reason
    said_once = "The keeper of the Varnholm lighthouse painted the lantern room blue."
    assert check_one(said_once, corpus).verdict is Verdict.SUPPORTED
    parts = claim_parts(analyse(repeated), corpus)
    assert [p.text for p in parts] == ["keeper", "Varnholm", "lighthouse", "sold"]


def test_a_denial_in_other_words_covers_the_claims_denial():
    corpus = corpus_of(a="The Orsund ferry line never raised its winter fares.")
    j = check_one("The Orsund ferry line didn't raise its fares in winter.", corpus)
    assert j.verdict is Verdict.SUPPORTED and j.score == 100.0, j.reason
    # A denial of something else does not say the claim's "didn't".
    claim = analyse("The Orsund ferry line didn't raise its fares.")
    other = analyse("The Orsund ferry line has not hired deckhands.")
    parts = {p.text: p for p in claim_parts(claim, corpus)}
    assert not is_covered(parts["didn't"], claim, other, lambda _: True)
    assert is_covered(parts["didn't"], claim, analyse("It never raised fares."), lambda _: True)


def test_a_denial_one_sentence_makes_is_not_disputed_by_the_sentence_before_it():
    corpus = corpus_of(
        a="For the defence, Tomas Brell put the case that large card debts at the Vell casino"
        " explained the thefts from the chandlery. However, Judge Ama Ostrow said she was"
        ' "not convinced" by that case.'
    )
    j = check_one(
        "Judge Ama Ostrow was not convinced by the case Tomas Brell put for the defence that"
        " card debts explained the thefts from the chandlery.",
        corpus,
    )
    assert j.verdict is Verdict.SUPPORTED, j.reason


@pytest.mark.parametrize(
    "claim",
    [
        "Yes, the Orsund ferry actually runs in winter.",
        "However, the ferry clearly runs in winter.",
    ],
)
def test_connectives_and_stance_words_are_not_content(claim):
    corpus = corpus_of(a="The Orsund ferry runs in winter.\nThe harbour office sells tickets.\n")
    j = check_one(claim, corpus)
    assert j.verdict is Verdict.SUPPORTED and j.score == 100.0, j.reason


_FERRY = (
    "The Orlen ferry crosses the Tay estuary every hour, carrying foot passengers and cyclists. "
    "It was built in Dundee in 1994 and refitted in 2021 at a cost of 3 million pounds, after "
    "fares rose from £5 to £7. On the Route 9 crossing the Kestrel-7 engine runs until 11 pm."
)


def test_a_figure_no_sentence_gives_is_not_confirmed():
    corpus = corpus_of(ferry=_FERRY)
    j = check_one(
        "The Orlen ferry crosses the Tay estuary every hour, carrying 240 foot passengers.", corpus
    )
    assert j.verdict is Verdict.UNMENTIONED
    assert "no sentence found gives 240" in j.reason and j.unconfirmed == ("240",)
    assert j.citations and "every hour" in j.citations[0].sentence
    assert evidence(j).startswith("no source sentence gives 240; closest: ")


@pytest.mark.parametrize(
    "claim",
    [
        "The Orlen ferry was refitted in 2021 at a cost of about 3 million pounds.",
        "The Orlen ferry was refitted in 2021 after fares rose by £2.",
        "The Orlen ferry was refitted in 2021 at a cost of more than 2 million pounds.",
    ],
)
def test_a_figure_given_in_another_form_is_confirmed(claim):
    assert check_one(claim, corpus_of(ferry=_FERRY)).verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    "claim",
    [
        "On the Route 9 crossing the Kestrel-7 engine runs until 11 pm.",
        "The Orlen ferry, built in Dundee in the 90s, crosses the Tay estuary every hour.",
        "For the third time, the Orlen ferry crosses the Tay estuary every hour.",
    ],
)
def test_names_times_decades_and_ranks_are_not_figures_to_confirm(claim):
    assert check_one(claim, corpus_of(ferry=_FERRY)).verdict is Verdict.SUPPORTED


_GLASSHOUSE = (
    "Ivo Brannock, who runs the Kelmscote glasshouse on the edge of Wendle Park, said the tall "
    "date palms and tree ferns had survived the January frost. The glasshouse was rebuilt in "
    "2009 after a storm broke most of its panes."
)
_FROST = "the date palms and tree ferns of the Kelmscote glasshouse survived the January frost"


def test_a_year_the_source_never_gives_is_not_confirmed():
    corpus = corpus_of(g=_GLASSHOUSE)
    j = check_one(f"Ivo Brannock, in charge since 2016, said {_FROST}.", corpus)
    assert j.verdict is Verdict.UNMENTIONED, j.reason
    assert j.unconfirmed == ("2016",)
    # Without the year, the same words are supported.
    assert check_one(f"Ivo Brannock said {_FROST}.", corpus).verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("claim", "dateline"),
    [
        # A year the document gives anywhere, its dateline too, may date what it reports.
        (f"Ivo Brannock said in 2016 that {_FROST}.", "Published 2016-02-03."),
        # The end of a season.
        (f"Ivo Brannock said {_FROST} of 2016.", "The winter of 2015-16."),
        # A century.
        (f"Ivo Brannock said {_FROST}, planted in the 1800s.", "Since 1874."),
        # A year in brackets names which of two things is meant.
        (f"Ivo Brannock (born 1961) said {_FROST}.", ""),
    ],
)
def test_a_year_the_document_gives_anywhere_may_date_the_claim(claim, dateline):
    corpus = corpus_of(g=f"{dateline}\n{_GLASSHOUSE}")
    assert check_one(claim, corpus).verdict is Verdict.SUPPORTED


_CHOIR = (
    "The Harnley choir now has 51 singers, up from 34 two seasons ago, and rehearses on Thursdays."
)


def test_a_change_from_a_to_b_is_stated_by_its_two_values_said_apart():
    corpus = corpus_of(choir=_CHOIR)
    claim = "The Harnley choir grew from 34 to 51 singers over two seasons."
    assert check_one(claim, corpus).verdict is Verdict.SUPPORTED
    # One value no sentence gives leaves the change unconfirmed.
    other = "The Harnley choir grew from 30 to 51 singers over two seasons."
    assert check_one(other, corpus).verdict is not Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("source", "claim", "verdict"),
    [
        pytest.param(
            "The Orby Owls won the penalty contest 3-1 after a 2-2 draw with Tarn Rovers on"
            " Saturday.",
            "The Orby Owls took the penalty contest 3-1 against Tarn Rovers after a 2-2 draw.",
            Verdict.SUPPORTED,
            id="a score with no word of winning is given by the score",
        ),
        pytest.param(
            "The Orby Cue Club won the county final 6-3 on Friday night.",
            "The Orby Cue Club won the county final by six frames to three.",
            Verdict.SUPPORTED,
            id="a score in frames is given by the score",
        ),
        pytest.param(
            "Ada Voss won heat 4 and was the Orby Owls' top scorer with 11 points.",
            "Ada Voss was the Orby Owls' top scorer with 4 points.",
            Verdict.CONTRADICTED,
            id="a number that names one of a series gives no quantity",
        ),
        pytest.param(
            "The Vell weather station logged no gales that week. Crossings on the Orby ferry"
            " fell from 240 to 120 last winter.",
            "Crossings on the Orby ferry halved last winter.",
            Verdict.SUPPORTED,
            id="a halving needs no figure of its own",
        ),
        pytest.param(
            "The Vell weather station logged no gales that week. About 300 pupils at Orby High"
            " live in Tarn, and most travel to school on the Tarn bus.",
            "Most of the 300 Orby High pupils who live in Tarn travel to school on the Tarn bus.",
            Verdict.SUPPORTED,
            id="'most' standing alone gives 'most of'",
        ),
    ],
)
def test_a_quantity_is_read_in_its_form(source, claim, verdict):
    assert check_one(claim, corpus_of(doc=source)).verdict is verdict


@pytest.mark.parametrize(
    ("source", "claim", "right", "wrong"),
    [
        pytest.param(
            "Orby council now has 14 wardens on its streets, five more than it had in 2021,"
            " paid for by parking fees.",
            "Orby council now has 14 street wardens, up from {} in 2021.",
            "nine",
            "eight",
            id="a value told as another less a difference",
        ),
        pytest.param(
            "The Orby lifeboat launched 31 times this summer, down from 40 last year, its crew"
            " said.",
            "The Orby lifeboat launched 31 times this summer, {} fewer than last year.",
            "nine",
            "six",
            id="a difference told as fewer",
        ),
    ],
)
def test_a_value_is_given_by_a_difference_of_two(source, claim, right, wrong):
    corpus = corpus_of(doc=source)
    assert check_one(claim.format(right), corpus).verdict is Verdict.SUPPORTED
    assert check_one(claim.format(wrong), corpus).verdict is not Verdict.SUPPORTED


def test_a_count_out_of_tries_gives_a_count_of_part_of_a_whole():
    corpus = corpus_of(
        darts="Ivo Marsh won the Orby darts open, hitting 9 doubles from 14 attempts in the final."
    )
    claim = "Ivo Marsh hit 9 of his 14 throws at a double in the Orby darts open final."
    assert check_one(claim, corpus).verdict is Verdict.SUPPORTED
    # A count of something else, however many there were of it, is no such part.
    crowd = corpus_of(
        darts="About 900 fans from 14 clubs watched the Orby darts open final, the club said."
    )
    claim = "Only 9 of the 14 clubs sent fans to watch the Orby darts open final."
    assert check_one(claim, crowd).verdict is not Verdict.CONTRADICTED


def test_an_age_is_no_rival_of_a_length_of_time():
    corpus = corpus_of(
        kiln="Nia Holt has fired pots in the Orby kiln shed for eleven years, the pottery said."
    )
    claim = "Nia Holt fired her first pot in the Orby kiln shed when she was 14 years old."
    assert check_one(claim, corpus).verdict is not Verdict.CONTRADICTED


def test_a_rounded_figure_is_given_by_the_exact_one():
    claim = analyse("Almost 2,000 people a day use the ferry, three times as many as in 2010.")
    exact = analyse("The ferry carries 1,960 passengers a day.")
    assert [n.text for n in unaccounted(claim, [exact])] == []
    assert [n.text for n in unaccounted(claim, [analyse("It carries 1,790 a day.")])] == ["2,000"]


def test_claim_needing_two_sentences_of_one_document():
    corpus = corpus_of(
        a="Maria Lopez founded Brightwave in Valencia. The company makes solar panels."
    )
    j = check_one("Maria Lopez founded Brightwave, which makes solar panels.", corpus)
    assert j.verdict is Verdict.SUPPORTED
    assert len(j.citations) == 2


def test_long_claim_is_contradicted_by_a_confident_conflict_in_one_part():
    corpus = corpus_of(
        a="In 2014 the harvest festival of the valley moved to the old harbour district of the "
        "town and added a second stage for local jazz bands. Tickets sold out quickly.",
        b="The museum opened a new wing.",
    )
    long_claim = (
        "In 2015 the harvest festival of the valley moved to the old harbour district of the "
        "town, added a second stage for local jazz bands and drew record crowds of visitors "
        "from abroad."
    )
    judged = check_one(long_claim, corpus)
    # The sources say nothing of the claim read whole, but its first part, read alone, meets
    # a confident conflict (2015 / 2014): that part decides, and is named.
    assert judged.parts[0].verdict is Verdict.CONTRADICTED
    assert judged.parts[0].confidence >= PART_CONTRADICTS
    assert judged.verdict is Verdict.CONTRADICTED
    assert judged.reason.startswith("part 1 of 3: ")
    assert judged.parts[2].verdict is Verdict.UNMENTIONED
    short_claim = "In 2015 the harvest festival moved to the old harbour district."
    assert check_one(short_claim, corpus).verdict is Verdict.CONTRADICTED


def test_sources_that_disagree_are_cited_both_and_marked_disputed():
    corpus = corpus_of(
        **{
            "a.txt": "The Harbour Bridge reopened to traffic on March 3, 2024.",
            "b.txt": "The Harbour Bridge reopened to traffic on March 5, 2024.",
        }
    )
    j = check_one("The Harbour Bridge reopened to traffic on March 3, 2024.", corpus)
    assert j.disputed
    assert {c.source for c in j.citations} == {"a.txt", "b.txt"}
    assert j.conflicts[0].kind is ConflictKind.DATE


def test_claim_restricted_to_its_listed_sources():
    corpus = corpus_of(**{"a.txt": "Ada Park opened in 1990.", "b.txt": "Ada Park opened in 1995."})
    j = check([Claim("Ada Park opened in 1995.", id="1", sources=("a.txt",))], corpus).judgements[0]
    assert j.verdict is Verdict.CONTRADICTED


def test_library_prints_nothing(capsys):
    report = check(
        ["Turkey and Qatar mediated the talks."], load_sources([CLAIMS.parent / "seeds"])
    )
    assert report.count(Verdict.SUPPORTED) == 1
    assert capsys.readouterr() == ("", "")


def test_claim_without_content_is_unmentioned(seeds_corpus):
    assert check_one("It was.", seeds_corpus).verdict is Verdict.UNMENTIONED


def test_judging_leaves_no_reference_cycles(seeds_corpus):
    """Judging runs with the cycle collector paused (``factcheck.run.collector``), which is sound
    only while reference counting frees everything judging makes."""
    import gc

    from factcheck.judge.rules import all_rules

    examples = [example for rule in all_rules().values() for example in rule.examples]
    evidence = corpus_of(**{f"{n}.txt": e.evidence for n, e in enumerate(examples)})
    check_one("The talks were held in Istanbul.", seeds_corpus)  # first use: imports, patterns
    gc.collect()
    gc.disable()
    try:
        check([r["claim"] for r in seed_claims()], seeds_corpus)
        check([e.claim for e in examples], evidence)
        assert gc.collect() == 0
    finally:
        gc.enable()


def _parallel_claims(monkeypatch) -> list[str]:
    """The seed claims twice over, and a pool threshold they reach: ``workers=2`` then judges
    them in two forked workers, as a run of ``MIN_PARALLEL_CLAIMS`` claims would (with their
    candidates, each worker streams more than its pipe holds), at a tenth of the cost."""
    from factcheck.run import batch

    claims = [r["claim"] for r in seed_claims()] * 2
    monkeypatch.setattr(batch, "MIN_PARALLEL_CLAIMS", len(claims))
    real_map = batch.ordered_map

    def forked_map(function, items, *, min_items, workers=None):
        """The real map, which also checks who judged: ``workers`` processes, none of them this."""
        judged_by = set()
        for pid, result in real_map(
            lambda item: (os.getpid(), function(item)), items, min_items=min_items, workers=workers
        ):
            judged_by.add(pid)
            yield result
        assert len(judged_by - {os.getpid()}) == (workers if workers and workers > 1 else 0)

    monkeypatch.setattr(batch, "ordered_map", forked_map)
    return claims


def test_parallel_and_serial_runs_give_identical_results(seeds_corpus, monkeypatch):
    from factcheck.render import OutputFormat, render

    claims = _parallel_claims(monkeypatch)
    serial = check(claims, seeds_corpus, workers=1)
    parallel = check(claims, seeds_corpus, workers=2)
    assert render(serial, OutputFormat.JSON) == render(parallel, OutputFormat.JSON)
    explained = render(serial, OutputFormat.JSON, explain=True)
    assert render(parallel, OutputFormat.JSON, explain=True) == explained


def test_judgements_without_candidates_are_otherwise_the_same(seeds_corpus, monkeypatch):
    claims = _parallel_claims(monkeypatch)
    full = check(claims, seeds_corpus, workers=2)
    for workers in (1, 2):
        bare = check(claims, seeds_corpus, workers=workers, candidates=False)
        assert bare.judgements == full.judgements  # candidates are not compared
        assert all(not j.candidates for j in bare.judgements)
    assert any(j.candidates for j in full.judgements)


def test_a_pronoun_stands_for_the_claims_subject_only_where_it_can():
    claim = "Maria Keller signed the treaty in Oslo."

    def missing(text: str) -> tuple[str, ...]:
        return check_one(claim, corpus_of(**{"doc.txt": text})).candidates[0].missing

    # The document names her before the pronoun.
    assert missing("Maria Keller led the delegation. She signed the treaty in Oslo.") == ()
    # An excerpt that opens with the pronoun: its title named her.
    assert missing("She signed the treaty in Oslo on Monday.") == ()
    # Nothing in the document can be the "she".
    unnamed = missing("Talks went on for days. She signed the treaty in Oslo.")
    assert "Maria" in unnamed and "Keller" in unnamed


def test_a_pronoun_stands_for_a_whole_title_with_small_words_in_it():
    def missing(claim: str, text: str) -> tuple[str, ...]:
        return check_one(claim, corpus_of(**{"doc.txt": text})).candidates[0].missing

    # An excerpt under the title: "it" is the whole title, small words and all.
    excerpt = "After its release in 1988 , it was played on every tour ."
    assert missing("Call Your Sister Home was released.", excerpt) == ()
    assert missing("Bridge over the Quiet River was released.", excerpt) == ()
    # A lower-case word that no title keeps ends the name: "it" is not the name after it.
    assert "Tarn" in missing("Call Your Sister Home outsold Tarn Lodge.", excerpt)
    # A headline capitalises every word: its capitals mark no title, "it" is not all of it.
    headline = missing("Coastal Towers Can Sway for Hours.", excerpt)
    assert "Sway" in headline and "Hours" in headline


def test_an_opening_definite_description_stands_for_the_claims_subject_where_it_can():
    claim = "Harrow Vale Rovers won the regional cup in 1994."

    def missing(text: str) -> tuple[str, ...]:
        return check_one(claim, corpus_of(**{"doc.txt": text})).candidates[0].missing

    # "The club" after a sentence naming the club, or opening an excerpt under its title.
    assert (
        missing("Harrow Vale Rovers play in green. The club has won the regional cup in 1994.")
        == ()
    )
    assert missing("The club has won the regional cup in 1994 after a replay.") == ()
    # Nothing in the document is the club; and "The Harrow ..." is a name, not a description.
    unnamed = missing("Rain fell all week. The club has won the regional cup in 1994.")
    assert "Harrow" in unnamed and "Rovers" in unnamed
    named = missing("Rain fell all week. The Dunmore club has won the regional cup in 1994.")
    assert "Harrow" in named


def test_a_description_opening_with_a_plain_verb_stands_for_what_the_source_calls_it():
    claim = "Glimmerfall stars Tam Reyes."

    def missing(text: str) -> tuple[str, ...]:
        # What the sentence with the verb leaves out, read by itself.
        candidates = check_one(claim, corpus_of(**{"doc.txt": text})).candidates
        return next(
            c.missing
            for c in candidates
            if len(c.sentences) == 1 and "Reyes" in c.sentences[0].text
        )

    # The source's opening calls Glimmerfall a film; "The film stars ..." then speaks of it.
    lead = "Glimmerfall is a 2013 Ostland comedy film directed by Ina Roth. "
    assert missing(lead + "The film stars Tam Reyes and Ola Brisk.") == ()
    assert missing(lead + "The film, starring Tam Reyes, opened in May.") == ()
    # Called something else there, "The play" is another thing.
    other = missing("Glimmerfall is a 2013 Ostland comedy film. The play stars Tam Reyes.")
    assert "Glimmerfall" in other
    # An excerpt opening so: a film is known by a name, its title's; a study is not.
    assert missing("The film stars Tam Reyes and Ola Brisk.") == ()
    assert "Glimmerfall" in missing("The study stars Tam Reyes and Ola Brisk.")


def test_a_source_calls_its_subject_what_its_opening_says_it_is():
    corpus = corpus_of(
        **{"a.txt": "Glimmerfall is a 2013 comedy film. It opened in May.", "b.txt": "Rain fell."}
    )
    assert corpus.calls_subject("a.txt", "film") and corpus.calls_subject("a.txt", "comedi")
    assert not corpus.calls_subject("a.txt", "play")
    assert not corpus.calls_subject("b.txt", "film")


@pytest.mark.parametrize(
    ("claim", "document"),
    [
        (
            "The film premiered in Canada on June 2, 2020, and was released worldwide on June 9, 2020.",
            "The film is due out around the world on June 9th, 2020, the studio said. "
            "Cinemas in Canada will premiere it from June 2nd.",
        ),
        (
            "Olsen died in Tromso, Norway, on 14 March 1961.",
            "After the war the Olsens returned to Norway and lived in Tromso, Norway. "
            "Olsen died ten years later on 14 March 1961, aged 70.",
        ),
    ],
)
def test_two_sentences_read_together_do_not_dispute_what_one_of_them_states(claim, document):
    judgement = check_one(claim, corpus_of(**{"d.txt": document}))
    assert judgement.verdict is Verdict.SUPPORTED
    assert len(judgement.citations) == 2


@pytest.mark.parametrize(
    ("document", "claim", "conflict"),
    [
        # The claim's figure is in the second sentence, but as the part the trust pays; the
        # cost the claim gives it is another figure.
        (
            "Quenby Rowing Club will rebuild its boathouse on the river this winter. "
            "Treasurer Ada Pell told members the rebuild would cost £2.4 million, of which "
            "£0.9 million will come from the county sports trust.",
            "The Quenby Rowing Club boathouse rebuild will cost £0.9 million.",
            ("£0.9 million", "£2.4 million"),
        ),
        # "backed" is said of the plan, not of the amendment the claim is about.
        (
            "Ulverdale parish council backed a plan to light the towpath by 9 votes to 2. "
            "An amendment to close the towpath at night was defeated by 8 votes to 3.",
            "Councillors backed the amendment to close the towpath at night.",
            ("backed", "defeated"),
        ),
        # The panel's 2-1 is another vote; the council's, dated like the claim's, is 4-3.
        (
            "In a 2-1 ruling on May 9, the appeal panel found that the Quarrow parish council "
            "had skipped a hearing before adopting the mooring by-law. "
            "The by-law went through the council in a 4-3 vote in March 2021.",
            "Quarrow's parish council adopted the mooring by-law by a clear 6-1 margin in March 2021.",
            ("6-1", "4-3"),
        ),
        # The other sentence names the claim's speaker, saying something else.
        (
            "Chief executive Wenna Hollis said the harvest had been poorer than the cooperative "
            "had feared. The treasurer, Osric Penrose, said the cooperative would sell its "
            "second press in the spring.",
            "Treasurer Osric Penrose said the harvest had been poorer than the cooperative "
            "had feared.",
            ("Treasurer Osric Penrose", "Wenna Hollis"),
        ),
    ],
    ids=[
        "value said of something else",
        "word stated of another thing",
        "tally of one vote",
        "words of another speaker",
    ],
)
def test_two_sentences_read_together_keep_a_conflict_the_other_does_not_settle(
    document, claim, conflict
):
    judgement = check_one(claim, corpus_of(**{"d.txt": document}))
    assert judgement.verdict is Verdict.CONTRADICTED, judgement.reason
    assert conflict in [(c.claim_text, c.source_text) for c in judgement.conflicts]


def test_two_sentences_that_both_report_the_words_keep_both_speakers():
    document = (
        "Chief executive Wenna Hollis said the harvest had been poorer than the cooperative "
        "had feared. The treasurer, Osric Penrose, agreed that the harvest had been poorer "
        "than the cooperative had feared."
    )
    claim = (
        "Treasurer Osric Penrose said the harvest had been poorer than the cooperative had feared."
    )
    judgement = check_one(claim, corpus_of(**{"d.txt": document}))
    assert judgement.verdict is Verdict.SUPPORTED, judgement.reason


def test_a_conflict_in_two_sentences_read_together_names_the_line_that_says_it(seeds_corpus):
    # The seed's headline (line 1) says "Second Round"; its line 3 gives the date.
    j = check_one("The second round of talks in Istanbul began on October 25.", seeds_corpus)
    assert j.verdict is Verdict.CONTRADICTED
    assert [c.line for c in j.citations] == [1, 3]
    (conflict,) = j.conflicts
    assert (conflict.source_text, conflict.line) == ("October 24", 3)


def test_a_conflict_found_alone_and_read_together_is_shown_once():
    document = (
        "Panel member Councillor Rhian Tolver questioned why night patrols in Quarrow had "
        "slipped. Inspector Bede Ansty said some wardens had been moved from night patrols "
        "to staff the ferry."
    )
    claim = (
        "Councillor Rhian Tolver told the panel that wardens had been taken off night patrols "
        "to staff the ferry."
    )
    judgement = check_one(claim, corpus_of(**{"d.txt": document}))
    assert judgement.verdict is Verdict.CONTRADICTED, judgement.reason
    assert len(set(judgement.conflicts)) == len(judgement.conflicts) >= 2
