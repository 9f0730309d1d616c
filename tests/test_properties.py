"""Properties that hold for any input (hypothesis)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck import Verdict, check
from factcheck.corpus import Corpus
from factcheck.render import OutputFormat, render
from factcheck.sources import document_from_text
from factcheck.text import normalize, normalize_many

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
