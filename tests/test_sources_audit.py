"""`factcheck sources`: conflicts between documents and inconsistencies within one, on invented
sources (conflicts, and look-alikes that are not), the seeds, the output formats and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from factcheck import ConflictKind, load_sources
from factcheck.audit import FindingKind, audit_sources
from factcheck.audit.candidates import RETRIEVED
from factcheck.language.calendar import backward_ranges, dated_weekdays, wrong_weekday
from factcheck.language.totals import wrong_totals

from .conftest import SEEDS

SARIF_SCHEMA = Path(__file__).parent / "data" / "sarif-schema-2.1.0.json"


def audit_of(tmp_path: Path, **documents: str):
    folder = tmp_path / "sources"
    folder.mkdir(exist_ok=True)
    for name, text in documents.items():
        (folder / name.replace("_", ".")).write_text(text, encoding="utf-8")
    return audit_sources(load_sources([folder]), workers=1)


def conflicts(audit):
    return [f for f in audit.findings if f.kind is FindingKind.CONFLICT]


# Two documents, each opening with a line of its own, then one sentence about the same thing.
CONFLICTING = {
    "date": (
        "The Velmar footbridge over the river Tane opened to walkers on 14 June 2019.",
        "The Velmar footbridge over the river Tane opened to walkers on 21 June 2019.",
        ConflictKind.DATE,
        ("14 June 2019", "21 June 2019"),
    ),
    "number": (
        "The Orvik chamber choir now has 48 singers from nine villages.",
        "The Orvik chamber choir now has 64 singers from nine villages.",
        ConflictKind.NUMBER,
        ("48", "64"),
    ),
    "name": (
        "The Lisk prize for landscape painting was awarded to Ada Varga in Bremmel.",
        "The Lisk prize for landscape painting was awarded to Mira Holt in Bremmel.",
        ConflictKind.ENTITY,
        ("Ada Varga", "Mira Holt"),
    ),
    "role": (
        "Tomas Brenner, the Finance Minister of Kelland, opened the new tax office in Varn.",
        "Tomas Brenner, the Defence Minister of Kelland, opened the new tax office in Varn.",
        ConflictKind.ROLE,
        ("Finance", "Defence"),
    ),
    "negation": (
        "The Harrow flour mill reopened to visitors after the spring flood.",
        "The Harrow flour mill never reopened to visitors after the spring flood.",
        ConflictKind.NEGATION,
        ("reopened", "never reopened to visitors"),
    ),
    "opposite": (
        "The two ferry companies agreed to continue the night service between Olm and Tessa.",
        "The two ferry companies agreed to end the night service between Olm and Tessa.",
        ConflictKind.ANTONYM,
        ("continue", "end"),
    ),
}


@pytest.mark.parametrize("case", CONFLICTING, ids=list(CONFLICTING))
def test_a_conflict_between_two_documents_is_found_with_both_citations(tmp_path, case):
    first, second, kind, parts = CONFLICTING[case]
    audit = audit_of(
        tmp_path, a_txt=f"Town notes.\n\n{first}\n", b_txt=f"County digest.\n\n{second}\n"
    )
    [found] = conflicts(audit)
    assert found.conflict is kind
    assert [(s.citation.source, s.citation.line) for s in found.sides] == [
        ("a.txt", 3),
        ("b.txt", 3),
    ]
    assert [s.citation.sentence for s in found.sides] == [first, second]
    assert (found.sides[0].part, found.sides[1].part) == parts
    assert 0.45 <= found.confidence <= 1.0


# Sentences that look alike but are about two things, or say the same thing: nothing to report.
LOOK_ALIKES = {
    "another person": (
        "Ilse Marr, the chemist, was born in Dorn in 1950.",
        "Otto Marr, her younger brother, was born in Dorn in 1953.",
    ),
    "another year": (
        "The Tarn folk festival drew 5,000 people in 2019.",
        "The Tarn folk festival drew 7,500 people in 2022.",
    ),
    "another place": (
        "The Kessel spring marathon in Lund was held on 4 April 2022.",
        "The Kessel spring marathon in Turku was held on 11 April 2022.",
    ),
    "the same said otherwise": (
        "The Brisa ferry carries 320 passengers between Olm and Tessa.",
        "Between Olm and Tessa, the Brisa ferry carries 320 passengers.",
    ),
    "a range and a day inside it": (
        "The Corvel jazz week ran from 7 to 16 July 2023 in the old harbour.",
        "The Corvel jazz week in the old harbour was in full swing on 11 July 2023.",
    ),
    "shared words, another subject": (
        "The Garrow lighthouse was painted red in 1988.",
        "The Garrow bakery sells 300 loaves of rye bread a day.",
    ),
}


@pytest.mark.parametrize("case", LOOK_ALIKES, ids=list(LOOK_ALIKES))
def test_look_alikes_are_not_reported(tmp_path, case):
    first, second = LOOK_ALIKES[case]
    audit = audit_of(
        tmp_path, a_txt=f"Town notes.\n\n{first}\n", b_txt=f"County digest.\n\n{second}\n"
    )
    assert audit.findings == ()


def test_a_value_both_documents_give_is_two_events_not_a_dispute(tmp_path):
    # Document a knows both dates: the 9 May talks are other talks than the 2 May ones.
    audit = audit_of(
        tmp_path,
        a_txt="Union talks in Ambry were held on 2 May 2021 between the dock and rail unions.\n"
        "Union talks resumed in Ambry on 9 May 2021.\n",
        b_txt="Union talks in Ambry were held on 9 May 2021 between the dock and rail unions.\n",
    )
    assert conflicts(audit) == []


def test_conflicts_come_from_a_search_never_from_all_pairs(tmp_path):
    lines = "\n".join(
        f"The Pell orchard {n} grew {n + 10} kinds of pear in 2020." for n in range(40)
    )
    audit = audit_of(tmp_path, a_txt=lines + "\n", b_txt=lines.replace("kinds", "sorts") + "\n")
    assert audit.pairs <= RETRIEVED * audit.sentences < 40 * 40


# Inconsistencies within one document.


def test_a_weekday_its_own_date_did_not_fall_on(tmp_path):
    audit = audit_of(tmp_path, a_txt="The Hollin council voted on Monday, 5 March 2024.\n")
    [found] = audit.findings
    assert found.kind is FindingKind.WEEKDAY and found.confidence == 1.0
    assert found.reason == "weekday: March 5, 2024 was a Tuesday, not a Monday"
    assert found.sides[0].part == "Monday, 5 March 2024"


def test_a_weekday_that_matches_its_date_is_fine(tmp_path):
    audit = audit_of(tmp_path, a_txt="The Hollin council voted on Tuesday, 5 March 2024.\n")
    assert audit.findings == ()


def test_a_weekday_right_in_the_year_of_the_documents_dateline_is_fine(tmp_path):
    audit = audit_of(
        tmp_path,
        a_txt="HOLLIN, March 1, 2024: the council will meet again soon.\n\n"
        "The vote on the ferry fares is due on Sunday, March 10.\n",
    )
    assert audit.findings == ()


def test_a_wrong_weekday_in_the_year_of_the_documents_dateline(tmp_path):
    audit = audit_of(
        tmp_path,
        a_txt="HOLLIN, March 1, 2024: the council will meet again soon.\n\n"
        "The vote on the ferry fares is due on Saturday, March 10.\n",
    )
    [found] = audit.findings
    assert found.kind is FindingKind.WEEKDAY and found.sides[0].citation.line == 3
    assert found.reason == "weekday: March 10, 2024 was a Sunday, not a Saturday"
    assert found.confidence < 1.0


def test_no_weekday_check_without_a_year_or_with_two(tmp_path):
    audit = audit_of(
        tmp_path,
        a_txt="The vote on the ferry fares is due on Saturday, March 10.\n",
        b_txt="In March 2023 the fares rose. In June 2024 they fell.\n\n"
        "The Brill regatta starts on Saturday, July 12.\n",
    )
    assert audit.findings == ()


def test_a_weekday_checked_in_the_year_of_a_document_about_the_same_thing(tmp_path):
    audit = audit_of(
        tmp_path,
        a_txt="The Ostrava glass fair in Pell opened its doors to buyers on Friday, May 10.\n",
        b_txt="The Ostrava glass fair in Pell opened its doors to buyers on May 10, 2025.\n",
    )
    [found] = audit.findings
    assert found.kind is FindingKind.WEEKDAY and found.sides[0].citation.source == "a.txt"
    assert (
        found.reason == "weekday: May 10, 2025 was a Saturday, not a Friday (the year of b.txt:1)"
    )
    assert (found.basis.citation.source, found.basis.part) == ("b.txt", "2025")


def test_a_range_that_ends_before_it_starts(tmp_path):
    audit = audit_of(
        tmp_path,
        a_txt="The Tollan bridge was closed from 12 May 2023 to 3 May 2023 for repairs.\n"
        "The Tollan ferry ran October 30-25 instead.\n",
    )
    assert [(f.kind, f.sides[0].part) for f in audit.findings] == [
        (FindingKind.RANGE, "12 May 2023 to 3 May 2023"),
        (FindingKind.RANGE, "October 30-25"),
    ]


def test_ranges_in_order_or_across_a_new_year_are_fine(tmp_path):
    audit = audit_of(
        tmp_path,
        a_txt="The Tollan bridge was closed from 3 May 2023 to 12 May 2023.\n"
        "The ferry ran from December 28 to January 3.\n",
    )
    assert audit.findings == ()


def test_a_total_its_parts_do_not_add_up_to(tmp_path):
    audit = audit_of(
        tmp_path,
        a_txt="A total of 75 boats entered the Brill regatta: 30 yachts and 40 dinghies.\n",
    )
    [found] = audit.findings
    assert found.kind is FindingKind.TOTAL
    assert found.reason == "total: 30 + 40 = 70, not 75"


def test_totals_that_add_up_or_only_include_some_parts_are_fine(tmp_path):
    audit = audit_of(
        tmp_path,
        a_txt="A total of 70 boats entered the Brill regatta: 30 yachts and 40 dinghies.\n"
        "Some 90 crews came, including 30 from Pell and 20 from Ambry.\n"
        "About 75 boats raced: 30 yachts and 40 dinghies.\n",
    )
    assert audit.findings == ()


def test_calendar_and_totals_helpers():
    [said] = dated_weekdays("It opened on Friday 3 May 2024.")
    assert wrong_weekday(said, None) is None
    [said] = dated_weekdays("It opened on October 24 (Saturday).")
    assert wrong_weekday(said, 2025).explanation == "October 24, 2025 was a Friday, not a Saturday"
    assert [r.text for r in backward_ranges("It ran from 2021 to 2019.")] == ["2021 to 2019"]
    assert backward_ranges("It ran from March 2019 to 2019.") == []
    [total] = wrong_totals("The crash hurt 12 passengers and 3 crew members, 14 people in all.")
    assert total.explanation == "12 + 3 = 15, not 14"
    [total] = wrong_totals("Of the 300 seats, 120 went to Pell, 100 to Ambry and 90 to others.")
    assert total.sum == 310 and not total.named


def test_suppression_comments_in_markdown_sources(tmp_path, run_cli):
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "a.md").write_text(
        "# Notes\n\n<!-- factcheck-disable-next-line -->\n"
        "The Hollin council voted on Monday, 5 March 2024.\n\n"
        "<!-- factcheck off -->\nA total of 75 boats came: 30 yachts and 40 dinghies.\n"
        "<!-- factcheck on -->\n\nThe Tollan ferry ran October 30-25.\n",
        encoding="utf-8",
    )
    result = run_cli("sources", str(folder), "--format", "json")
    document = json.loads(result.out)
    assert [f["kind"] for f in document["findings"]] == ["range"]
    assert document["summary"]["suppressed"] == 2


# The seeds: one article has the new round begin on Saturday, October 24; the other gives 2025
# for the talks, when October 24 was a Friday, and has them held on Thursday.


def test_the_seeds_disagree_on_the_first_day_of_the_talks(seeds_corpus):
    audit = audit_sources(seeds_corpus, workers=1)
    weekday, conflict = audit.findings
    assert weekday.kind is FindingKind.WEEKDAY
    assert (weekday.sides[0].citation.source, weekday.sides[0].citation.line) == (
        "002_d8ab922c16510d51.txt",
        3,
    )
    assert weekday.sides[0].part == "Saturday, October 24"
    assert weekday.reason.startswith("weekday: October 24, 2025 was a Friday, not a Saturday")
    assert (weekday.basis.citation.source, weekday.basis.citation.line) == (
        "000_486078ff4a3b01fc.txt",
        13,
    )
    assert conflict.kind is FindingKind.CONFLICT and conflict.conflict is ConflictKind.DATE
    assert [(s.citation.source, s.citation.line, s.part) for s in conflict.sides] == [
        ("000_486078ff4a3b01fc.txt", 1, "Thursday"),
        ("002_d8ab922c16510d51.txt", 3, "Saturday"),
    ]


# The command.


def test_the_command_lists_the_findings_and_fails_only_when_asked(run_cli):
    plain = run_cli("sources", str(SEEDS), "--format", "jsonl")
    assert plain.code == 0
    records = [json.loads(line) for line in plain.out.splitlines()]
    assert [r["kind"] for r in records] == ["weekday", "conflict"]
    assert records[1]["sides"][0]["sentence"].startswith("ISLAMABAD:")
    assert run_cli("sources", str(SEEDS), "--format", "json", "--fail-on", "conflict").code == 1
    assert run_cli("sources", str(SEEDS), "--fail-on", "sometimes").code == 2
    assert run_cli("sources", str(SEEDS), "-f", "json", "--min-confidence", "0.9").code == 0


def test_the_table_names_both_sentences(run_cli):
    out = run_cli("sources", str(SEEDS), "--format", "table").out
    assert "date conflict" in out and "000_486078ff4a3b01fc.txt:1" in out
    assert "October 24, 2025 was a Friday, not a Saturday" in out
    assert "2 findings (1 conflict, 1 weekday, 0 range, 0 total)" in out


def test_sarif_validates_and_github_and_markdown_escape_what_they_carry(tmp_path, run_cli):
    folder = tmp_path / "odd"
    folder.mkdir()
    (folder / "a,b:c.txt").write_text(
        "A total of 75 | boats came: 30 yachts and 40 dinghies (100% sure).\n", encoding="utf-8"
    )
    sarif = json.loads(run_cli("sources", str(folder), "--format", "sarif").out)
    jsonschema.validate(sarif, json.loads(SARIF_SCHEMA.read_text()))
    assert sarif["runs"][0]["results"][0]["ruleId"] == "total"
    github = run_cli("sources", str(folder), "--format", "github").out.splitlines()
    assert github[0].startswith("::error file=odd/a%2Cb%3Ac.txt,line=1,title=factcheck%3A total::")
    assert "100%25 sure" in github[0]
    markdown = run_cli("sources", str(folder), "--format", "markdown").out
    assert "75 \\| boats" in markdown


def test_ci_locations_resolve_from_the_repository_top(tmp_path, run_cli, monkeypatch):
    """GitHub and code scanning open files from the repository's top folder, so a source in a
    subfolder is named by its path from there, whichever folder the run started in."""
    import subprocess

    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    folder = tmp_path / "docs" / "sources"
    folder.mkdir(parents=True)
    (folder / "ferry.txt").write_text(
        "A total of 75 boats came: 30 yachts and 40 dinghies.\n", encoding="utf-8"
    )
    monkeypatch.chdir(tmp_path / "docs")
    github = run_cli("sources", "sources", "--format", "github").out.splitlines()
    assert github[0].startswith("::error file=docs/sources/ferry.txt,line=1,")
    sarif = json.loads(run_cli("sources", "sources", "--format", "sarif").out)
    location = sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "docs/sources/ferry.txt"


# In verify and check, a disputed verdict names the side that contradicts itself.


def test_a_disputed_verdict_names_the_source_whose_weekday_is_wrong(tmp_path):
    from factcheck import check

    folder = tmp_path / "fair"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "The Ostrava glass fair in Pell opened its doors to buyers on Friday, May 10.\n"
    )
    (folder / "b.txt").write_text(
        "The Ostrava glass fair in Pell opened its doors to buyers on Saturday, May 10, 2025.\n"
    )
    [judgement] = check(["The Ostrava glass fair in Pell opened on Friday."], [folder]).judgements
    assert judgement.disputed
    assert judgement.reason.endswith(
        "a.txt:1 contradicts itself: May 10, 2025 was a Saturday, not a Friday (the year of the other source)"
    )
    [undisputed] = check(["The Ostrava glass fair opened in Pell."], [folder]).judgements
    assert "contradicts itself" not in undisputed.reason


@pytest.mark.parametrize("fmt", ["table", "github", "markdown", "json", "sarif"])
def test_what_a_source_carries_is_shown_as_text_in_every_format(tmp_path, run_cli, fmt):
    folder = tmp_path / "sources"
    folder.mkdir()
    # A file name is the user's data too: escapes, markup and a mention in it stay text.
    (folder / "a\x1b]0;pwned\x07 <img src=x onerror=alert(1)> @maintainers.txt").write_text(
        "Harbour notes.\nThe Velmar footbridge over the river Tane opened to walkers on "
        "14 June 2019.\n",
        encoding="utf-8",
    )
    (folder / "b.txt").write_text(
        "Town diary.\nThe Velmar footbridge over the river Tane opened to walkers on "
        "21 June 2019.\n",
        encoding="utf-8",
    )
    result = run_cli("sources", str(folder), "--format", fmt)
    assert "June" in result.out  # the finding is there ...
    assert "\x1b" not in result.out and "\x07" not in result.out  # ... its escapes inert
    if fmt == "markdown":
        # Escaped as "\\<img": no tag, and the mention is broken by a zero-width space.
        assert "<img" not in result.out.replace("\\<", "") and "@maintainers" not in result.out
    if fmt in ("json", "sarif"):
        json.loads(result.out)
