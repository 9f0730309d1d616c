"""The HTML report as a file: escaping, the Content-Security-Policy, what is marked, --output.
What a reader sees in a browser is tested in test_browser.py."""

from __future__ import annotations

import base64
import hashlib
import re
from types import SimpleNamespace

import pytest

from factcheck.models import Claim, Judgement, Verdict
from factcheck.render.charts import threshold_curve
from factcheck.render.html import highlight

from .bridge import HOSTILE, write_bridge_sources


@pytest.fixture
def bridge(tmp_path):
    """Invented sources about a bridge, one of them carrying markup, and a draft about it."""
    sources = write_bridge_sources(tmp_path / "sources")
    draft = tmp_path / "bridge.md"
    draft.write_text(
        "# The bridge\n\n"
        "The Lindqvist bridge in Tromso opened to traffic on March 3, 2019.\n"
        "The bridge cost 90 million kroner to build.\n\n"
        f"{HOSTILE}\n\n"
        "The harbour of Alta was dredged by Norwegian engineers in 1987.\n\n"
        "<!-- factcheck-disable-next-line -->\n"
        "The bridge was painted red by Swedish crews in 2021.\n",
        encoding="utf-8",
    )
    return SimpleNamespace(sources=sources, draft=draft, out=tmp_path / "report.html")


def _page(run_cli, bridge, *extra):
    result = run_cli(
        "article",
        str(bridge.draft),
        "-s",
        str(bridge.sources),
        "-f",
        "html",
        "-o",
        str(bridge.out),
        *extra,
    )
    assert result.code == 1, result.err
    return bridge.out.read_text(encoding="utf-8")


def test_text_from_drafts_and_sources_is_never_markup(run_cli, bridge):
    page = _page(run_cli, bridge)
    assert "window.pwned" in page  # the text is there ...
    assert page.count("<script") == 2 and "<img" not in page  # ... but only as text
    assert "&lt;script&gt;window.pwned = 1&lt;/script&gt;" in page
    assert "onerror=&#34;window.pwned = 2&#34;" in page


def test_policy_allows_nothing_but_the_pages_own_style_and_script(run_cli, bridge):
    page = _page(run_cli, bridge)
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page)
    policy = policy.group(1).replace("&#39;", "'")
    assert policy.startswith("default-src 'none';")
    assert "unsafe-inline" not in policy and "http" not in policy
    directives = dict(d.strip().split(" ", 1) for d in policy.split(";"))
    for tag, directive in (("style", "style-src"), ("script", "script-src")):
        bodies = re.findall(rf"<{tag}>(.*?)</{tag}>", page, re.S)
        hashes = {
            f"'sha256-{base64.b64encode(hashlib.sha256(b.encode()).digest()).decode()}'"
            for b in bodies
        }
        assert set(directives[directive].split()) == hashes
    # no tag carries a style, an event handler, a source or a link off the page
    assert not re.search(r'<[a-z][^>]*\s(?:(?:style|on[a-z]+|src)=|href="(?!#))', page)


def test_every_checked_sentence_is_marked_where_the_draft_says_it(run_cli, bridge):
    page = _page(run_cli, bridge)
    marks = re.findall(r'<a class="s nav ([a-z -]+)" id="s(\d+)" href="#d\2" title="(\w+)">', page)
    assert [(m[2], m[0].split()[0]) for m in marks] == [
        ("disputed", "dis"),
        ("contradicted", "con"),
        ("unmentioned", "unm"),
    ]
    # the conflicting part is marked in the draft and in the source
    assert "<mark>90 million</mark>" in page and "<mark>40 million</mark>" in page
    # the suppressed line is greyed, the heading left plain
    assert '<span class="off" title="suppressed">' in page
    assert re.search(r'class="off"[^>]*>[^<]*painted red by Swedish crews', page)
    assert '<div class="p"># The bridge</div>' in page


def test_a_disputed_sentence_shows_both_sides(run_cli, bridge):
    page = _page(run_cli, bridge)
    panel = re.search(r'<section class="d dis v-sup find" id="d1">(.*?)</section>', page, re.S)
    sides = re.findall(r'<div class="ev (\w+)"><p><b>\w+</b> <code>([^<]+)</code>', panel.group(1))
    assert sides == [("supports", "a.txt:1"), ("contradicts", "b.txt:1")]


def test_output_replaces_only_a_factcheck_report(run_cli, bridge):
    bridge.out.write_text("my notes\n", encoding="utf-8")
    result = run_cli(
        "article", str(bridge.draft), "-s", str(bridge.sources), "-f", "html", "-o", str(bridge.out)
    )
    assert result.code == 2 and "is not a factcheck report" in result.err
    assert bridge.out.read_text(encoding="utf-8") == "my notes\n"
    bridge.out.unlink()
    _page(run_cli, bridge)
    _page(run_cli, bridge)  # its own report is replaced


def test_output_into_a_folder_that_is_not_there_is_refused(run_cli, bridge):
    result = run_cli(
        "verify",
        "The bridge cost 90 million kroner.",
        "-s",
        str(bridge.sources),
        "-f",
        "html",
        "-o",
        str(bridge.out.parent / "missing" / "r.html"),
    )
    assert result.code == 2 and "is not a folder" in result.err
    result = run_cli(
        "verify",
        "The bridge cost 90 million kroner.",
        "-s",
        str(bridge.sources),
        "-f",
        "html",
        "-o",
        str(bridge.sources),
    )
    assert result.code == 2 and "not a regular file" in result.err


def test_output_goes_with_html_only(run_cli, bridge):
    result = run_cli(
        "verify", "The bridge cost 90 million kroner.", "-s", str(bridge.sources), "-o", "x.json"
    )
    assert result.code == 2 and "--output goes with --format html" in result.err


def test_claims_page_lists_every_claim_with_its_verdict(run_cli, bridge):
    result = run_cli(
        "verify",
        "The bridge cost 90 million kroner to build.",
        "The harbour of Alta was dredged in 1987.",
        "-s",
        str(bridge.sources),
        "-f",
        "html",
    )
    assert result.code == 1
    rows = re.findall(r'<tr class="nav (\w+) [^"]*" id="c(\d)"', result.out)
    assert rows == [("con", "1"), ("unm", "2")]
    assert "<mark>90 million</mark>" in result.out


def test_highlight_finds_a_part_across_a_line_break_and_in_any_case():
    assert highlight("opened on\nMarch 3, 2019 in Tromso", ["march 3, 2019"]) == (
        ("opened on\n", False),
        ("March 3, 2019", True),
        (" in Tromso", False),
    )
    assert highlight("nothing here", ["absent"]) == (("nothing here", False),)


def test_the_threshold_curve_draws_the_evaluations_points():
    from factcheck.evaluation.scoring import contradicted_curve

    # Four claims judged contradicted, three of them rightly; four contradicted in gold.
    def judged(label: str, verdict: str, confidence: float) -> Judgement:
        claim = Claim("The harbour of Alta was dredged in 1987.", id="x", label=label)
        return Judgement(claim, Verdict(verdict), 50.0, confidence=confidence)

    labelled = [
        judged("contradicted", "contradicted", 0.9),
        judged("contradicted", "contradicted", 0.8),
        judged("supported", "contradicted", 0.3),
        judged("contradicted", "contradicted", 0.2),
        judged("contradicted", "unmentioned", 0.9),
    ]
    points = contradicted_curve([j.claim.label for j in labelled], labelled)
    svg = threshold_curve(points)
    drawn = sum(p.precision is not None for p in points) + sum(p.recall is not None for p in points)
    assert svg.count("<circle") == drawn and drawn < 2 * len(points)  # none where none is left
    assert "confidence &gt;= 0.50: precision 1.00, recall 0.50, 2 contradicted" in svg
    # a set with no contradicted claim has no recall to draw
    gold = ["supported"] * len(labelled)
    assert threshold_curve(contradicted_curve(gold, labelled)) is None


def test_a_contradiction_below_the_bar_says_so(run_cli, bridge):
    args = ("verify", "The bridge cost 90 million kroner to build.", "-s", str(bridge.sources))
    page = run_cli(*args, "-f", "html", "--min-confidence", "1").out
    assert "Below the <code>--min-confidence</code> bar" in page
    assert "1 contradicted below confidence 1.00" in page
    shown = re.search(r'<td data-sort="([0-9.]+)" class="n">([0-9.]+)</td>', page)
    assert 0 < float(shown.group(1)) <= 1 and shown.group(2) == f"{float(shown.group(1)):.2f}"
    assert "Below the" not in run_cli(*args, "-f", "html").out


def test_eval_page_draws_its_charts(run_cli, bridge, tmp_path):
    labelled = tmp_path / "labelled.jsonl"
    labelled.write_text(
        '{"id": "1", "claim": "The bridge cost 90 million kroner to build.", "label": "contradicted"}\n'
        '{"id": "2", "claim": "The harbour of Alta was dredged in 1987.", "label": "unmentioned"}\n'
        '{"id": "3", "claim": "The bridge cost 40 million kroner <b>to</b> build.", "label": "contradicted"}\n',
        encoding="utf-8",
    )
    out = tmp_path / "eval.html"
    result = run_cli(
        "eval",
        str(labelled),
        "-s",
        str(bridge.sources),
        "-f",
        "html",
        "-o",
        str(out),
        "--errors",
        "1",
    )
    assert result.code == 0, result.err
    page = out.read_text(encoding="utf-8")
    assert page.count("<svg") >= 2 and "<script" not in page
    assert "script-src 'none'" in page.replace("&#39;", "'")
    assert (
        "<title>gold contradicted, predicted contradicted: 1 (50% of gold contradicted)</title>"
        in page
    )
    assert "minimum confidence" in page and page.count("<svg") == 3
    mistakes = page.split("The most confident mistakes")[1]
    assert "<h3>gold contradicted, predicted " in mistakes
    assert "kroner &lt;b&gt;to&lt;/b&gt; build." in mistakes and "<b>to</b>" not in page
