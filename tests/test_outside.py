"""A place against outside it ("based outside of Ostland" / "based in Ostland"). Every sentence
here is made up for this file (invented mills, isles and blights)."""

from __future__ import annotations

from factcheck.judge.rules.directions import find as find_directions
from factcheck.language.analysis import analyse


def test_outside_a_place_conflicts_with_in_it():
    placed = analyse("The Dunmore mill is located outside Ostland.")
    (finding,) = find_directions(placed, analyse("The Dunmore mill is in Ostland."))
    assert (finding.claim_text, finding.source_text) == ("outside Ostland", "in Ostland")


def test_a_place_named_in_a_run_of_names_after_in():
    claim = analyse("The Dunmore mill was based outside of Ostland.")
    evidence = analyse("The Dunmore mill was based in Hesketh, Varn County, Ostland.")
    (finding,) = find_directions(claim, evidence)
    assert finding.source_text == "in Hesketh, Varn County, Ostland"


def test_an_act_outside_a_place_is_no_conflict_with_one_in_it():
    # "Outside" after a verb of acting, not of place: the blight may have spread in both.
    claim = analyse("The Dunmore blight spread outside Ostland in 2019.")
    assert find_directions(claim, analyse("The Dunmore blight spread in Ostland in 2019.")) == []


def test_another_place_or_another_subject_is_no_conflict():
    claim = analyse("The Dunmore mill is located outside Ostland.")
    assert find_directions(claim, analyse("The Dunmore mill is in Vessland.")) == []
    assert find_directions(claim, analyse("The Hollin quarry is in Ostland.")) == []
