"""Properties that hold for any input (hypothesis)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck import Verdict, check
from factcheck.corpus.collection import Corpus
from factcheck.ingest.sources import document_from_text
from factcheck.language.align import opcodes
from factcheck.language.quantities import find_dates, find_numbers
from factcheck.language.text import normalize, normalize_many
from factcheck.render import OutputFormat, render

CORPUS = Corpus.from_documents(
    [
        document_from_text(
            "a.txt", "The bridge opened on March 3, 2024. It carries 40,000 cars a day."
        ),
        document_from_text("b.md", "# Notes\n\nThe **mayor** did not attend. Tolls rose 5%."),
    ]
)
prose = st.text(
    alphabet=st.sampled_from(list("abc XYZ.,;:!?'\"-–—()\n\t0123456789#*_[]é’“”\u00a0")),
    max_size=300,
)
fast = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@fast
@given(prose, st.sampled_from(["text", "markdown"]))
def test_sentence_spans_quote_the_source_exactly(text, kind):
    doc = document_from_text("x", text, kind)
    normalised = text.replace("\r\n", "\n").replace("\r", "\n")
    for s in doc.sentences:
        assert normalised[s.start : s.end] == s.text
        assert s.text.strip() == s.text and s.text
        assert s.line == normalised.count("\n", 0, s.start) + 1


@fast
@given(st.text(max_size=200))
def test_normalize_is_idempotent(text):
    assert normalize(normalize(text)) == normalize(text)


# Pieces that the normalisation steps rewrite, so that joins across texts would show.
tricky = st.lists(
    st.sampled_from(
        [
            *"ab ,.;:!?%)($'\"\n\t-\x00",
            *("-LRB-", "``", "n't", "'s", "\u2014", "\u00ad", "\u00a0"),
            *("ﬁ", "e\u0301", "\u0301", "\u2003"),
        ]
    ),
    max_size=20,
).map("".join)


def _plain_step_by_step(text: str) -> str:
    """``text.plain`` as its steps read, every pattern applied and spaces squeezed twice."""
    import unicodedata

    from factcheck.language.text import _PTB, _QUOTES

    text = " ".join(unicodedata.normalize("NFKC", text).translate(_QUOTES).split())
    for pattern, replacement, _ in _PTB:
        text = pattern.sub(replacement, text)
    return " ".join(text.split())


@settings(max_examples=300, deadline=None)
@given(tricky | st.text(max_size=60) | prose)
def test_normalize_skips_only_steps_that_change_nothing(text):
    from factcheck.language.text import plain

    assert plain(text) == _plain_step_by_step(text)
    assert normalize(text) == _plain_step_by_step(text).lower()


@fast
@given(st.lists(tricky | st.text(max_size=40), max_size=6))
def test_normalize_many_is_normalize_of_each(texts):
    assert normalize_many(texts) == [normalize(t.replace("\x00", " ")) for t in texts]


@fast
@given(st.text(max_size=300))
def test_any_unicode_claim_gets_a_verdict(claim):
    (j,) = check([claim], CORPUS).judgements
    assert j.verdict in set(Verdict)


@fast
@given(st.lists(prose.filter(str.strip), min_size=1, max_size=3))
def test_json_output_is_deterministic(claims):
    first = render(check(claims, CORPUS), OutputFormat.JSON)
    second = render(check(claims, CORPUS), OutputFormat.JSON)
    assert first == second


@settings(max_examples=300, deadline=None)
@given(st.lists(tricky | prose | st.text(max_size=60), max_size=4))
def test_ascii_text_has_the_same_tokens_found_faster(texts):
    from factcheck.language.text import ASCII_TOKEN, TOKEN

    for text in [*texts, *(t.encode("ascii", "ignore").decode() for t in texts)]:
        if text.isascii():
            assert ASCII_TOKEN.findall(text) == TOKEN.findall(text)
            assert ASCII_TOKEN.findall(text.lower()) == TOKEN.findall(text.lower())


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abcdeXYZ .,'\n1")), max_size=80) | prose)
def test_glued_headlines_are_found_where_the_plain_pattern_finds_them(text):
    import re

    from factcheck.ingest.segment import _GLUED

    plain = re.compile(r"[a-z]{4}(?=[A-Z][a-z]+\b)")
    assert [m.start() for m in _GLUED.finditer(text)] == [m.end() for m in plain.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from("abcde"), max_size=14), st.lists(st.sampled_from("abcde"), max_size=14)
)
def test_alignment_is_difflibs(a, b):
    from difflib import SequenceMatcher

    assert opcodes(a, b) == SequenceMatcher(None, a, b, autojunk=False).get_opcodes()


# Words with letters that case-insensitive matching folds to ASCII ones (long s, dotted I).
folding = st.lists(
    st.sampled_from(["ſeptember", "ſept", "ſunday", "aprİl", "May", "5", "2020", "on", ","]),
    max_size=8,
).map(" ".join)


@given(folding | st.text(max_size=80) | prose)
def test_dates_and_numbers_are_found_in_any_text_normalised_or_not(text):
    for date in find_dates(text):
        assert text[date.start : date.end] == date.text
    for number in find_numbers(text, find_dates(text)):
        assert text[number.start : number.end] == number.text
