"""Sentence splitting, normalisation, numbers and dates."""

from __future__ import annotations

import pytest

from factcheck.ingest.segment import split_sentences
from factcheck.ingest.sources import document_from_text
from factcheck.language.analysis import analyse
from factcheck.language.quantities import find_dates, find_numbers
from factcheck.language.text import normalize


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


def test_abbreviations_initials_and_decimals_do_not_split():
    text = "Dr. Smith met J. P. Morgan in the U.S. on Monday. Prices rose 3.5 percent. It ended."
    assert sentences(text) == [
        "Dr. Smith met J. P. Morgan in the U.S. on Monday.",
        "Prices rose 3.5 percent.",
        "It ended.",
    ]


def test_abbreviations_are_found_at_the_start_of_a_text_and_after_brackets():
    assert sentences("J. Smith won. (Approx. Three) votes were cast.") == [
        "J. Smith won.",
        "(Approx. Three) votes were cast.",
    ]
    assert sentences("Internationally. Then more.") == ["Internationally.", "Then more."]


def test_headline_lines_are_sentences_of_their_own():
    text = "Ferry strike ends in Bergen\nThe ferries sailed again on Monday. Both crews returned."
    assert sentences(text) == [
        "Ferry strike ends in Bergen",
        "The ferries sailed again on Monday.",
        "Both crews returned.",
    ]


def test_glued_headline_is_split():
    text = "Related PostsThird Stage of Lyon-Ghent Cycle Race Starts in Namur"
    assert sentences(text) == [
        "Related Posts",
        "Third Stage of Lyon-Ghent Cycle Race Starts in Namur",
    ]


def test_brand_names_are_not_split():
    assert sentences("He gave a PowerPoint talk about JavaScript in Paris.") == [
        "He gave a PowerPoint talk about JavaScript in Paris."
    ]


def test_hard_wrapped_paragraphs_join_lines():
    line = "word " * 14
    text = (
        f"{line}and this sentence\ncontinues on the next line. {line}\n{line}ends here.\n{line}x.\n"
    )
    found = sentences(text)
    assert found[0].startswith("word") and "continues on the next line." in found[0]


def test_spans_lines_and_markdown():
    text = "# Title\n\nThe **talks** began on [Monday](http://x.org). They ended.\n"
    doc = document_from_text("a.md", text, "markdown")
    assert [(s.line, s.text) for s in doc.sentences] == [
        (1, "Title"),
        (3, "The **talks** began on [Monday](http://x.org)."),
        (3, "They ended."),
    ]
    for s in doc.sentences:
        assert text[s.start : s.end] == s.text


def test_normalize_quotes_dashes_and_tokenised_text():
    assert normalize("Ghent’s “fair” – May 3–4") == 'ghent\'s "fair" - may 3-4'
    assert (
        normalize("Harrison 's marriage -LRB- 1966 -RRB- , ended")
        == "harrison's marriage (1966), ended"
    )
    assert normalize(normalize("A  B’s — c")) == normalize("A  B’s — c")


@pytest.mark.parametrize(
    ("a", "b", "equal"),
    [
        ("October 18-19, 2025", "18 and 19 October 2025", True),
        ("October 25 to 28", "October 25 to 30", False),
        ("28 March 1936", "March 28, 1936", True),
        ("October 24", "October 25", False),
        ("opens this November", "opened in November", True),
        ("next March", "last May", False),
        # A span said with the month (or weekday) at both ends is one span.
        ("3 June to 7 June", "3 to 7 June", True),
        ("Tuesday 9 June until Saturday 13 June", "from 9 June to 13 June", True),
        ("Tuesday 9 June until Saturday 13 June", "Tuesday 9 June to Thursday 11 June", False),
        ("between 10 May and 14 May", "10-14 May", True),
    ],
)
def test_dates_compare_as_values(a, b, equal):
    (da,), (db,) = find_dates(a), find_dates(b)
    assert (da.fields() == db.fields()) == equal


def test_two_days_and_a_day_across_months_stay_apart():
    assert [d.days for d in find_dates("open on 3 June and 7 June")] == [(3, 3), (7, 7)]
    assert [d.days for d in find_dates("from 30 June to 2 July")] == [(30, 30), (2, 2)]


@pytest.mark.parametrize(
    ("claim", "evidence", "stated"),
    [
        ("in the 1970s", "in 1975", True),
        ("in the late 1950s", "in 1959", True),
        ("in the 1990s", "on 17 December 2007", False),
        ("in the mid-1950s", "in the mid-1970s", False),
        ("in March of 2017", "on March 9, 2017", True),
        ("in March of 2017", "on July 14, 2017", False),
    ],
)
def test_decades_and_month_of_year_are_dates(claim, evidence, stated):
    (dc,), (de,) = find_dates(claim), find_dates(evidence)
    assert dc.stated_by(de) == stated


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("two-and-a-half years", 2.5, 2.5, "year"),
        ("12,000 to 35,000 members", 12000, 35000, "member"),
        ("1.2 million people", 1.2e6, 1.2e6, "peopl"),
        ("30% of voters", 30, 30, "percent"),
        ("$5 billion", 5e9, 5e9, "money"),
        ("the third round", 3, 3, "round"),
        ("two dozen stalls", 24, 24, "stall"),
        ("fell by a quarter last year", 25, 25, "percent"),
        ("cut by almost half, the mill said", 50, 50, "percent"),
        ("one in four of the stalls", 25, 25, "percent"),
        ("4 out of 5 anglers", 80, 80, "percent"),
        ("half a million anglers", 5e5, 5e5, "angler"),
        ("a quarter of a billion pounds", 2.5e8, 2.5e8, "money"),
        ("42 months", 3.5, 3.5, "year"),
        ("a wait of 90 minutes", 1.5, 1.5, "hour"),
        ("half a dozen stalls", 6, 6, "stall"),
        ("for half a century", 50, 50, "year"),
        ("closed for a year and a half", 1.5, 1.5, "year"),
        ("an hour and a half late", 1.5, 1.5, "hour"),
        ("a million and a half anglers", 1.5e6, 1.5e6, "angler"),
        ("won a two-thirds majority", 200 / 3, 200 / 3, "percent"),
        ("a one-half stake", 50, 50, "percent"),
        ("the ratio was one-half.", 0.5, 0.5, None),
        ("a rent rise of a quarter for tenants", 25, 25, "percent"),
        ("a fall of nearly two-fifths, the club said", 40, 40, "percent"),
        # One span of years, a round figure; a race's distance in metres, not millions.
        ("closed for a decade", 10, 10, "year"),
        ("the boys' 3000m race", 3000, 3000, "metr"),
        ("the 400m final", 400, 400, "metr"),
        ("a £400m budget", 4e8, 4e8, "money"),
        ("a 2.5km towpath", 2.5, 2.5, "kilometr"),
        ("a towpath of 2.5 kilometres", 2.5, 2.5, "kilometr"),
        ("bales of 40kg each", 40, 40, "kilogram"),
        ("a 20 mph limit", 20, 20, "mph"),
        ("a 45MW turbine", 45, 45, "megawatt"),
        ("a 5G mast", None, None, None),
        # A word that ends the number's phrase is no unit.
        ("against 1,240 in the year before", 1240, 1240, None),
        ("down from 980 the year before", 980, 980, None),
        ("sales reached 5m last year", 5e6, 5e6, None),
        ("4 of the members", 4, 4, "member"),
        # A possessor after "of" is not what is counted.
        ("32 of this year's launches", 32, 32, "launch"),
        ("9 of the club's boats", 9, 9, "boat"),
        ("for three decades", 30, 30, "year"),
        # A verb or a relative after it is not what it counts.
        ("9 were hurt in the crash", 9, 9, None),
        ("the 40 who stayed", 40, 40, None),
        ("1,150 gathered at the gates", 1150, 1150, None),
        ("7 trained lifeguards", 7, 7, "lifeguard"),
        # A unit joined to its number makes an adjective that counts the same; an age and
        # other joined words do not.
        ("after a nine-day hearing", 9, 9, "day"),
        ("a 14-week trial of the ferry", 14, 14, "week"),
        ("the 26-acre orchard", 26, 26, "acr"),
        ("a four-bedroom farmhouse", 4, 4, "bedroom"),
        ("a 19-year-old apprentice", 19, 19, None),
        ("a 30-strong choir", 30, 30, None),
        # A number set off by commas after a name is an age; a movement or a span after a
        # number is no unit.
        ("said apprentice Nell Garrow, 19, of Orby", 19, 19, "age"),
        ("the loans fell by 320 between May and June", 320, 320, None),
        ("it was 61 down on the year before", 61, 61, None),
        # More than half, said in words; not "the most of" a thing, nor a vote's margin.
        ("most of the ferry's passengers", 50, 50, "percent"),
        ("the majority of allotment holders", 50, 50, "percent"),
        ("they made the most of the dry spell", None, None, None),
        ("carried by a majority of five votes", 5, 5, "vote"),
        ("carried by a majority of over twenty votes", 20, 20, "vote"),
    ],
)
def test_numbers_parse_to_values(text, low, high, unit):
    found = find_numbers(text)
    if low is None:
        assert found == []  # no quantity at all
        return
    (n,) = found
    assert (n.low, n.high, n.unit) == (low, high, unit)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # Two values joined by "and" are a list, unless "between" opens them.
        ("hire fees of £40 and £25 a day", [(40, 40), (25, 25)]),
        ("crews of 6 and 9 and 11 rowers", [(6, 6), (9, 9), (11, 11)]),
        ("between 40 and 55 rowers", [(40, 55)]),
        ("a fee of £40 or £45", [(40, 45)]),
    ],
)
def test_values_joined_by_and_are_a_list_unless_between_opens_them(text, values):
    assert [(n.low, n.high) for n in find_numbers(text)] == values


def test_a_year_before_to_is_no_range_with_the_value_after_it():
    found = find_numbers("the fleet grew from 80 boats in 2021 to 130 this year")
    assert [(n.low, n.high) for n in found] == [(80, 80), (130, 130)]
    assert find_numbers("during the 2018-19 season") == []


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("rain fell in May", [5]),
        # A span of months dates no one month of it.
        ("rain from March to June", []),
        ("rain from March until June, and again in October", [10]),
        ("rain between March and June", []),
    ],
)
def test_a_span_of_months_is_no_date_of_one(text, months):
    assert [d.month for d in find_dates(text)] == months


def test_a_change_says_its_unit_once():
    first, second = find_numbers("the crossing fell from 45 minutes at peak times to 15")
    assert (first.low, first.unit) == (0.75, "hour")
    assert (second.low, second.unit) == (0.25, "hour")


def test_one_in_a_year_is_no_share():
    found = find_numbers("two in 2019 and three in 2020 were sold")
    assert found and all(n.unit != "percent" for n in found)


def test_a_third_party_is_no_share():
    (n,) = find_numbers("the stall was sold by a third party")
    assert n.ordinal


@pytest.mark.parametrize(
    ("claim", "evidence", "stated"),
    [
        ("fell by a fifth", "fell by 21 per cent", True),
        ("fell by almost a third", "fell by 21 per cent", False),
        ("half of the members", "52% of the members", True),
        ("a quarter of the members", "40% of the members", False),
        ("one in three of the members", "a third of the members", True),
        ("one in three of the members", "half of the members", False),
    ],
)
def test_a_share_in_words_is_a_round_figure(claim, evidence, stated):
    (c,), (e,) = find_numbers(claim), find_numbers(evidence)
    assert c.stated_by(e) == stated


def test_acronyms_cover_their_expansion_both_ways():
    from factcheck.language.acronyms import covered_by_acronyms
    from factcheck.language.analysis import analyse

    claim = analyse("Tumours recruit myeloid-derived suppressor cells.")
    words = {
        claim.text[a:b] for a, b in covered_by_acronyms(claim, analyse("Tumours recruit MDSCs."))
    }
    assert words == {"myeloid", "derived", "suppressor", "cells"}
    claim = analyse("Mouse ESCs were derived.")
    evidence = analyse("We derived mouse embryonic stem cells.")
    assert {claim.text[a:b] for a, b in covered_by_acronyms(claim, evidence)} == {"ESCs"}
    assert not covered_by_acronyms(analyse("Talks were held."), analyse("The UN said so."))


def test_an_acronym_passes_over_the_small_words_of_its_name():
    from factcheck.language.acronyms import covered_by_acronyms
    from factcheck.language.analysis import analyse

    claim = analyse("An inspector from the Office for Canal Safety visited Orrin lock.")
    evidence = analyse("The OCS inspector visited Orrin lock on Monday.")
    covered = {claim.text[a:b] for a, b in covered_by_acronyms(claim, evidence)}
    assert covered == {"Office", "Canal", "Safety"}
    claim = analyse("An OCS inspector visited Orrin lock.")
    evidence = analyse("An inspector from the Office of Canal Safety visited Orrin lock.")
    assert {claim.text[a:b] for a, b in covered_by_acronyms(claim, evidence)} == {"OCS"}


def test_plural_of_an_abbreviation_is_the_abbreviation():
    evidence = analyse("They are known as tidal wake ripples (TWRs).")
    (rvd,) = [t for t in analyse("The TWR fades.").tokens if t.surface == "TWR"]
    assert evidence.has_word(rvd)


def test_ascii_text_gives_the_dates_and_numbers_any_text_would(seeds_corpus, monkeypatch):
    """ASCII text is scanned lower-cased without re.I: the same mentions, case and all."""
    from factcheck.judge.rules import all_rules
    from factcheck.language import quantities

    texts = [
        "On MARCH 3, 2021 the vote was the 3RD; may I say in May, and in may, it fell.",
        "SEPT. 4-5 OF 2019, 4 To 9 Of October, the EARLY 1990S, Mid-March 2020, on MONDAYS.",
        "SEVEN Million Dollars, Twenty-Five PERCENT, TWO-AND-A-HALF Km, $5 Billion, 5K people.",
        "The FIRST and Second of the Twelve votes, once again, One of them 3-2.",
    ]
    texts += [s.text for s in seeds_corpus.sentences()]
    for rule in all_rules().values():
        texts += [t for e in rule.examples for t in (e.claim, e.evidence)]
    assert all(t.isascii() for t in texts[:4])

    def found(text: str) -> list[object]:
        dates = quantities.find_dates(text)
        return [*dates, *quantities.find_numbers(text, dates)]

    fast = [found(t) for t in texts]
    # As for text that is not ASCII: the original text, scanned with re.I.
    digit = quantities._DIGIT.search
    monkeypatch.setattr(
        quantities._Hints, "of", classmethod(lambda cls, text: cls(digit(text) is not None, None))
    )
    assert fast == [found(t) for t in texts]
    assert sum(map(len, fast)) > 100


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("The Vell regatta was held on the 9th.", [(9, 9)]),
        ("The fair opened on the 21st, in the rain.", [(21, 21)]),
        ("The lift stops on the 4th floor.", []),
        ("The fair opened on the 40th.", []),
    ],
)
def test_a_day_of_the_month_named_alone(text, days):
    assert [d.days for d in find_dates(text) if d.month is None] == days


def test_an_aside_ends_at_its_closing_comma_or_the_sentence_end():
    said = analyse("Ada Vell, the Tarn Mills' head brewer, said it was ready.")
    end = said.aside_end(2, 8)
    assert end is not None and said.tokens[end].lower == "said"  # the apostrophe is no mark
    last = analyse("It was ready, said Ada Vell, the head brewer.")
    assert last.aside_end(6, 8) == len(last.tokens)  # the sentence ends it
    assert analyse("Ada Vell (the brewer) said so.").aside_end(2, 8) is None  # no comma opens it
    cut = analyse("Ada Vell, the brewer; Bo Rusk, the baker, said so.")
    assert cut.aside_end(2, 8) is None  # another mark ends it
    assert said.aside_end(2, 3) is None  # longer than the limit
