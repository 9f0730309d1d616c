"""Denials said in other words: "has yet to", "incapable of", "unwilling to", "zero X", "anyone
but X". Every
sentence here is made up for this file (invented ferries, mills, clubs and bands)."""

from __future__ import annotations

import pytest

from factcheck import ConflictKind, Verdict, check_one, load_sources
from factcheck.corpus.collection import Corpus
from factcheck.ingest.sources import document_from_text
from factcheck.language.analysis import analyse
from factcheck.language.negation import denied_tokens


def corpus_of(text: str) -> Corpus:
    return Corpus.from_documents([document_from_text("a.txt", text)])


def _denied(text: str) -> list[str]:
    analysed = analyse(text)
    return [analysed.tokens[i].lower for i in sorted(denied_tokens(analysed))]


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        ("The Hollin ferry has yet to sail to Marsby.", ["sail", "marsby"]),
        # "yet" after an auxiliary is the adverb, not a "but" opening a clause.
        (
            "The Vell rowers trained all winter, though none had yet raced on the river.",
            ["had", "yet", "raced", "on", "the", "river"],
        ),
        ("The old mill is incapable of grinding oats.", ["grinding", "oats"]),
        ("The club was unwilling to sell its ground.", ["sell", "ground"]),
        ("The Kettle Street trio won zero awards.", ["awards"]),
        ("The Hollin ferry failed to sail to Marsby.", ["sail", "marsby"]),
        ("The Hollin ferry failed at reaching Marsby.", ["at", "reaching", "marsby"]),
        ("The regatta was won by anyone but Ola Brisk.", ["ola", "brisk"]),
        ("The Vell mill is anything except a bakery.", ["a", "bakery"]),
    ],
)
def test_denials_said_in_other_words(text, denied):
    assert [w for w in _denied(text) if w not in {"to", "of", "its"}] == denied


@pytest.mark.parametrize(
    "text",
    [
        "The town aims for net zero emissions by 2040.",
        "Sales fell to zero in May.",
        "The ferry sailed, yet the pier stayed closed.",
        "The club built zero-emission boats.",
        # "nothing but" and "nobody but" say "only", and a plain "but" joins two clauses.
        "The mill grinds nothing but oats.",
        "The ferry sailed, but the pier stayed closed.",
        # "failed" before what it failed denies nothing said after it.
        "The Hollin ferry failed its safety inspection.",
    ],
)
def test_zero_and_yet_that_deny_nothing(text):
    assert _denied(text) == []


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        (
            "The Hollin ferry has yet to sail to Marsby.",
            "The Hollin ferry sailed to Marsby in May.",
        ),
        (
            "The Tarn rowing club is incapable of hosting a regatta.",
            "The Tarn rowing club hosted a regatta on the lake in June.",
        ),
        ("The Kettle Street trio won zero awards.", "The Kettle Street trio won two awards."),
        (
            "The Marsby regatta was won by anyone except Ola Brisk.",
            "The Marsby regatta was won by Ola Brisk in a borrowed boat.",
        ),
    ],
)
def test_denials_in_other_words_contradict_the_plain_statement(claim, source):
    assert check_one(claim, corpus_of(source)).verdict is Verdict.CONTRADICTED


def test_a_no_before_what_it_is_about_still_denies_the_thing():
    source = "Writing to the trust, Tam Orrin raised no concerns about his mother's care."
    claim = "Writing to the trust, Tam Orrin raised concerns about his mother's care."
    judgement = check_one(claim, corpus_of(source))
    assert any(c.kind is ConflictKind.NEGATION for c in judgement.conflicts), judgement.reason


def test_being_told_not_to_denies_being_told_to():
    source = "Coastguards warned visitors not to cross the sands at Hobb Point at low tide."
    claim = "Coastguards advised visitors to cross the sands at Hobb Point at low tide."
    judgement = check_one(claim, corpus_of(source))
    assert any(c.kind is ConflictKind.NEGATION for c in judgement.conflicts), judgement.reason


def test_none_of_a_group_denies_what_follows_the_group():
    # "none of the club's six coaches will lose": the denial reaches the verb past the group.
    assert "lose" in _denied("None of the Vell rowing club's six coaches will lose their posts.")
    source = "The Vell rowing club said all six of its coaches would keep their posts next season."
    claim = "None of the Vell rowing club's six coaches will lose their posts next season."
    assert check_one(claim, corpus_of(source)).verdict is not Verdict.CONTRADICTED


@pytest.mark.parametrize(
    ("sentence", "claim"),
    [
        # The agent of a refusal in the passive is not what is refused.
        (
            "Hopes of a new slipway at Orby were dashed when the scheme was rejected by the"
            " harbour trust.",
            "The harbour trust turned the Orby slipway scheme down.",
        ),
        # A denied expectation says nothing of what was expected.
        (
            "The Orby quiz team did not expect to reach the county final, their captain said.",
            "The Orby quiz team reached the county final.",
        ),
        # A clause of time after a denial is not denied.
        (
            "The Orby ferry company published its winter timetable on Friday.",
            "Islanders say the Orby ferry company did not consult them before publishing its"
            " winter timetable.",
        ),
        # What a "no" is about is not denied, only the thing there is none of.
        (
            "Writing to the Larch Lodge home, Tam Orrin raised no concerns about his mother's care.",
            "Tam Orrin's mother has lived at the Larch Lodge home for six years.",
        ),
        # What someone was told not to do is not denied to have happened.
        (
            "Coastguards warned visitors not to cross the sands at Hobb Point at low tide.",
            "Two visitors were cut off by the tide after they crossed the sands at Hobb Point.",
        ),
        # An adverb of time is not what is denied.
        (
            "The Hobb ferry is not currently bound by any fare limit, and its timetable came"
            " out in May.",
            "The current Hobb ferry timetable came out in May.",
        ),
        # "not yet" denies as far as "not" alone does.
        (
            "The Hobb footpath lease has not yet gone out to a ballot.",
            "The Hobb footpath lease has not yet been sent to a parish ballot.",
        ),
    ],
)
def test_what_a_denial_does_not_reach(tmp_path, sentence, claim):
    source = tmp_path / "source.txt"
    # Other sentences beside it, so that its words weigh as they would in an article.
    filler = "The Orby weather service issued no warnings that week. A bakery changed its hours."
    source.write_text(f"{filler} {sentence}\n", encoding="utf-8")
    judgement = check_one(claim, load_sources([source]))
    assert not any(c.kind is ConflictKind.NEGATION for c in judgement.conflicts), judgement.reason
