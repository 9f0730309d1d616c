"""Fuzzing drafts, sources and the output formats with hypothesis: whatever the text, reading
it gives spans inside it and no error but a one-line ``InputError``, and every format renders
the results."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.api import check
from factcheck.corpus.reading import read_corpus
from factcheck.errors import InputError
from factcheck.ingest.drafts import parse_draft
from factcheck.ingest.formats import decode_text
from factcheck.ingest.markup import mask_markdown
from factcheck.ingest.sources import split_text
from factcheck.render import OutputFormat, RenderContext, render

# Pieces that mean something to Markdown, HTML, sentence splitting or a terminal, mixed with
# words, numbers and dates a rule could read, and any text at all.
_PIECES = [
    "*",
    "**",
    "_",
    "__",
    "~~",
    "`",
    "```\n",
    "~~~\n",
    "[",
    "]",
    "(",
    ")",
    "![",
    "](",
    "<",
    ">",
    "<!--",
    "-->",
    "<b>",
    "</b>",
    "#",
    "# ",
    "> ",
    "- ",
    "1. ",
    "|",
    "---\n",
    "+++\n",
    "\n",
    "\n\n",
    " ",
    "\t",
    "\r",
    ".",
    "!",
    "?",
    "...",
    "Dr.",
    "U.S.",
    "e.g.",
    "\x1b[31m",
    "\x00",
    "\u202e",
    "\ufeff",
    "[/x]",
    "%0A::error ::",
    "=SUM(A1)",
    "@team",
    "The mill at Brask opened in 1874",
    "Ona Pell",
    "on 3 May 1901",
    "not",
    "12,000 workers",
    "<!-- factcheck off -->",
    "<!-- factcheck on -->",
    "<!-- factcheck-disable-next-line -->",
]
texts = st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=12)), max_size=60).map(
    "".join
)
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(texts)
def test_markup_masking_keeps_every_offset(text):
    masked = mask_markdown(text)
    assert len(masked) == len(text)
    assert [i for i, c in enumerate(masked) if c == "\n"] == [
        i for i, c in enumerate(text) if c == "\n"
    ]


@FUZZ
@given(texts, st.sampled_from(["text", "markdown"]))
def test_source_sentences_are_spans_of_the_text(text, kind):
    split = split_text(text, kind)
    for line, a, b, _ in split.spans:
        assert 0 <= a < b <= len(split.text)
        assert split.text[a:b] == split.text[a:b].strip()
        assert 1 <= line <= split.text.count("\n") + 1


@FUZZ
@given(texts, st.booleans(), st.booleans(), st.booleans())
def test_drafts_give_claims_where_they_stand(text, markdown, quotes, questions):
    draft = parse_draft("fuzz.md", text, markdown, quotes, questions)
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for claim in draft.claims:
        assert 1 <= claim.line <= claim.end_line <= len(lines)
        assert claim.column >= 1 and claim.text == claim.text.strip() and claim.text


@FUZZ
@given(st.binary(max_size=300))
def test_any_bytes_decode_or_give_an_input_error(raw):
    try:
        decode_text("fuzz.txt", raw)
    except InputError as error:
        assert "\n" not in str(error)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_every_format_renders_whatever_a_draft_and_a_source_say(tmp_path_factory, text):
    folder = tmp_path_factory.mktemp("src")
    (folder / "mill.txt").write_text(
        "The mill at Brask opened in 1874. Its first owner was Ona Pell.\n"
    )
    # Written as the bytes a user's file could hold (lone surrogates replaced).
    (folder / "fuzz.md").write_bytes(text.encode("utf-8", "replace"))
    warnings: list[str] = []
    corpus = read_corpus([folder], warnings.append)
    assert all("\n" not in w for w in warnings)
    written = folder.parent / f"{folder.name}-draft.md"
    # A draft with NUL bytes is refused when read (the HTML page reads the draft again).
    body = text.replace("\x00", "") + "\n\nThe mill at Brask opened in 1875.\n"
    written.write_bytes(body.encode("utf-8", "replace"))
    draft = parse_draft(str(written), body.encode("utf-8", "replace").decode("utf-8"))
    report = check(draft.claims, corpus)
    for fmt in OutputFormat:
        out = render(report, fmt, context=RenderContext(drafts=(draft,)))
        out.encode("utf-8")
        if fmt in (OutputFormat.JSON, OutputFormat.SARIF):
            json.loads(out)
