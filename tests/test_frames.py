"""A claim's reporting frame ("Studies have shown that") and hedges ("possibly", "appears to")
are not what a source must say to support it."""

from __future__ import annotations

import pytest

from factcheck import Claim, Verdict, check_one
from factcheck.corpus.collection import Corpus
from factcheck.judge.candidates import consider
from factcheck.judge.coverage import Scored
from factcheck.language.analysis import analyse
from factcheck.language.frames import framing_spans

from .conftest import corpus_of


def framing(text: str) -> list[str]:
    return [text[a:b] for a, b in framing_spans(analyse(text))]


@pytest.mark.parametrize(
    ("claim", "frame"),
    [
        ("Studies have shown that the glaze cracks in frost.", ["Studies have shown that"]),
        ("Research shows the glaze cracks in frost.", ["Research shows"]),
        ("Many experts believe that the glaze cracks in frost.", ["Many experts believe that"]),
        ("There is growing evidence that the glaze cracks.", ["There is growing evidence that"]),
        ("The glaze cracks in frost, a new study finds.", [", a new study finds."]),
        ("The glaze possibly cracks and apparently peels.", ["possibly", "apparently"]),
        ("The glaze appears to crack in frost.", ["appears"]),
        # How exact a figure is: the numbers rule weighs the rounding.
        ("Roughly 4,000 homes use the glaze works' kiln.", ["Roughly"]),
        ("The kiln cost nearly £4m to rebuild.", ["nearly"]),
    ],
)
def test_frames_and_hedges_are_found(claim, frame):
    assert framing(claim) == frame


@pytest.mark.parametrize(
    "claim",
    [
        "There is no evidence that the glaze cracks.",  # a denial of what follows
        "Studies have not shown that the glaze cracks.",
        "Cracks appear in the glaze after frost.",  # "appear" as a verb of its own
        "Survey teams mapped the glaze works.",  # "survey" not reporting anything
        "The kiln nearly closed in 2019.",  # no figure after it
    ],
)
def test_what_is_no_frame_is_kept(claim):
    assert framing(claim) == []


def test_a_framed_claim_is_supported_by_the_bare_statement():
    corpus = corpus_of(a="The Tarrow ferry carries bicycles free of charge on weekdays.")
    framed = "Researchers have found that the Tarrow ferry possibly carries bicycles on weekdays."
    j = check_one(framed, corpus)
    assert j.verdict is Verdict.SUPPORTED, j.reason
    assert "covers 100%" in j.reason


def test_a_rounded_figure_needs_no_word_of_rounding_said():
    corpus = corpus_of(
        a="The new footbridge opened on Friday and will serve about 4,000 households on the"
        " Vell estate."
    )
    j = check_one("Roughly 4,000 Vell households are served by the footbridge.", corpus)
    assert "covers 100%" in j.reason


def test_a_frame_makes_a_sentence_no_more_about_the_claim():
    # Support may pass over the frame, but how surely a sentence is about the claim (what a
    # conflict needs) is weighed on all of it: the frame is not a licence to contradict on less.
    corpus = corpus_of(a="The Orlen dam holds forty tonnes of silt.")
    framed = consider_one("New reports show that the Orlen dam holds forty tonnes of silt.", corpus)
    assert framed.coverage == 1.0
    assert framed.aboutness < 1.0
    assert framed.missing == ()


def consider_one(claim: str, corpus: Corpus) -> Scored:
    return max(consider(Claim(claim, "1"), corpus).scored, key=lambda s: s.coverage)
