"""The HTML report in a real browser (headless Chromium): what a reader sees and can do.

Marked ``browser``: they run with the tests of other real services (``pytest -m "postgres or
cluster or browser"``, as ``.ci/run`` does), not in the default run. Needs the ``chromium`` and
``chromium-driver`` packages; skipped only when they are missing and CI is not set, and in CI
(CI=true) a missing browser fails these tests (``services.unavailable``).
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest

from .bridge import HOSTILE, write_bridge_sources
from .services import unavailable

pytestmark = pytest.mark.browser

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1280,900",
)


def start_browser(javascript: bool = True):
    """A headless Chromium with a fresh profile, driven by its own chromedriver (never one
    fetched from the network)."""
    if not (CHROMIUM and DRIVER):
        unavailable("chromium and chromium-driver are not installed (.ci/run installs them)")
    try:
        from selenium import webdriver
    except ImportError:
        unavailable("selenium is not installed (pip install -e '.[test]')")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    profile = tempfile.mkdtemp(prefix="factcheck-chromium-")
    options.add_argument(f"--user-data-dir={profile}")
    if not javascript:
        options.add_experimental_option(
            "prefs", {"profile.managed_default_content_settings.javascript": 2}
        )
    driver = webdriver.Chrome(options=options, service=Service(DRIVER))
    driver.profile_dir = profile
    return driver


def stop_browser(driver) -> None:
    driver.quit()
    shutil.rmtree(driver.profile_dir, ignore_errors=True)


@pytest.fixture(scope="module")
def browser():
    driver = start_browser()
    yield driver
    stop_browser(driver)


@pytest.fixture(scope="module")
def browser_without_js():
    driver = start_browser(javascript=False)
    yield driver
    stop_browser(driver)


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    """Reports on invented sources and a draft, both carrying markup that must stay text."""
    from factcheck import load_sources
    from factcheck.api import check
    from factcheck.ingest.drafts import read_draft
    from factcheck.models import Claim
    from factcheck.render.html import render_claims_html, render_drafts_html

    root = tmp_path_factory.mktemp("pages")
    sources = write_bridge_sources(root / "sources")
    draft_file = root / "bridge.md"
    draft_file.write_text(
        "# The bridge\n\n"
        "The Lindqvist bridge in Tromso opened to traffic on March 3, 2019.\n"
        "The bridge cost 90 million kroner to build.\n\n"
        f"{HOSTILE}\n\n"
        "The harbour of Alta was dredged by Norwegian engineers in 1987.\n\n"
        f"The bridge cost 40 million kroner {HOSTILE} to build.\n\n"
        "<!-- factcheck-disable-next-line -->\n"
        "The bridge was painted red by Swedish crews in 2021.\n",
        encoding="utf-8",
    )
    corpus = load_sources([sources])
    draft = read_draft(draft_file)
    drafts_page = root / "draft.html"
    drafts_page.write_text(
        render_drafts_html(check(list(draft.claims), corpus), [draft], "contradicted"),
        encoding="utf-8",
    )
    claims = [
        Claim("The harbour of Alta was dredged in 1987.", id="1"),
        Claim("The bridge cost 90 million kroner to build.", id="2"),
        Claim("The Lindqvist bridge in Tromso opened to traffic on March 3, 2019.", id="3"),
    ]
    claims_page = root / "claims.html"
    claims_page.write_text(render_claims_html(check(claims, corpus)), encoding="utf-8")
    return {"draft": drafts_page.as_uri(), "claims": claims_page.as_uri()}


def _shown(driver, css: str) -> list:
    from selenium.webdriver.common.by import By

    return [e for e in driver.find_elements(By.CSS_SELECTOR, css) if e.is_displayed()]


def test_checked_sentences_are_marked_with_their_verdicts(browser, pages):
    browser.get(pages["draft"])
    marks = _shown(browser, "a.s")
    seen = [" ".join(m.text.split()) for m in marks]
    assert seen == [
        "⚖ disputed: The Lindqvist bridge in Tromso opened to traffic on March 3, 2019.",
        "✘ contradicted: The bridge cost 90 million kroner to build.",
        "? unmentioned: The harbour of Alta was dredged by Norwegian engineers in 1987.",
        f"✔ supported: The bridge cost 40 million kroner {HOSTILE} to build.",
    ]
    # Not only colour: each mark has its own symbol, and the colours differ too.
    colours = {m.value_of_css_property("background-color") for m in marks}
    assert len(colours) == 4
    (off,) = _shown(browser, ".off")
    assert "painted red by Swedish crews" in off.text
    assert off.value_of_css_property("color") != marks[0].value_of_css_property("color")


def test_a_click_opens_the_sentences_panel(browser, pages):
    from selenium.webdriver.common.by import By

    browser.get(pages["draft"])
    assert _shown(browser, "section.d") == [] and _shown(browser, ".hint")
    browser.find_element(By.CSS_SELECTOR, "a.s.con").click()
    (panel,) = _shown(browser, "section.d")
    assert "contradicted" in panel.text
    assert "confidence" in panel.text and "a.txt:2" in panel.text
    parts = [m.text for m in panel.find_elements(By.TAG_NAME, "mark") if m.is_displayed()]
    assert "90 million" in parts and "40 million" in parts  # both sides of the conflict
    draft_side = browser.find_element(By.CSS_SELECTOR, "a.s.con mark")
    assert draft_side.text == "90 million"
    browser.find_element(By.LINK_TEXT, "close").click()
    assert _shown(browser, "section.d") == [] and _shown(browser, ".hint")


def test_a_disputed_sentence_shows_both_sides(browser, pages):
    from selenium.webdriver.common.by import By

    browser.get(pages["draft"])
    browser.find_element(By.CSS_SELECTOR, "a.s.dis").click()
    (panel,) = _shown(browser, "section.d")
    sides = [f.text.split("\n")[0] for f in panel.find_elements(By.CSS_SELECTOR, "div.ev")]
    assert [s.split()[:2] for s in sides] == [["SUPPORTS", "a.txt:1"], ["CONTRADICTS", "b.txt:1"]]


def test_markup_in_a_source_or_draft_shows_as_text_and_never_runs(browser, pages):
    from selenium.webdriver.common.by import By

    for page in (pages["draft"], pages["claims"]):
        browser.get(page)
        assert browser.execute_script("return document.documentElement.className") == "js"
        assert browser.execute_script("return window.pwned") is None
        assert browser.find_elements(By.TAG_NAME, "img") == []
    browser.get(pages["draft"])
    assert HOSTILE in browser.find_element(By.CSS_SELECTOR, ".body").text
    browser.find_element(By.CSS_SELECTOR, "a.s.sup").click()
    (panel,) = _shown(browser, "section.d")
    assert HOSTILE in panel.text  # the cited source sentence, as text
    assert browser.execute_script("return window.pwned") is None


def test_keys_step_from_one_finding_to_the_next(browser, pages):
    from selenium.webdriver.common.by import By

    browser.get(pages["draft"])
    body = browser.find_element(By.TAG_NAME, "body")
    visited = []
    for key in "jjjk":
        body.send_keys(key)
        (panel,) = _shown(browser, "section.d")
        visited.append(panel.get_attribute("id"))
    # supported sentences are not findings: j stops at the last finding
    assert visited == ["d1", "d2", "d3", "d2"]
    assert browser.switch_to.active_element.get_attribute("id") == "s2"
    body.send_keys("\ue00c")  # Escape: the panel closes
    assert _shown(browser, "section.d") == []


def test_filters_show_one_verdict(browser, pages):
    from selenium.webdriver.common.by import By

    browser.get(pages["draft"])
    browser.find_element(By.CSS_SELECTOR, "label[for=show-con]").click()
    marked = [m for m in _shown(browser, "a.s") if m.find_element(By.TAG_NAME, "i").is_displayed()]
    assert [m.get_attribute("id") for m in marked] == ["s2"]
    browser.find_element(By.TAG_NAME, "body").send_keys("j")
    assert browser.switch_to.active_element.get_attribute("id") == "s2"
    assert [d.get_attribute("id") for d in _shown(browser, "section.d")] == ["d2"]
    browser.find_element(By.CSS_SELECTOR, "label[for=show-unm]").click()
    assert _shown(browser, "section.d") == []  # the open one is not unmentioned
    browser.find_element(By.TAG_NAME, "body").send_keys("j")
    assert [d.get_attribute("id") for d in _shown(browser, "section.d")] == ["d3"]


def test_claims_table_sorts_by_a_column(browser, pages):
    from selenium.webdriver.common.by import By

    browser.get(pages["claims"])

    def verdicts() -> list[str]:
        return [r.get_attribute("class").split()[1] for r in _shown(browser, "tbody tr")]

    assert verdicts() == ["unm", "con", "dis"]
    browser.find_element(By.CSS_SELECTOR, "th button[data-col='2']").click()
    assert verdicts() == ["con", "dis", "unm"]
    browser.find_element(By.CSS_SELECTOR, "th button[data-col='2']").click()
    assert verdicts() == ["unm", "dis", "con"]


def test_without_javascript_the_findings_are_listed_and_open(browser_without_js, pages):
    from selenium.webdriver.common.by import By

    driver = browser_without_js
    driver.get(pages["draft"])
    assert driver.find_element(By.TAG_NAME, "html").get_attribute("class") in ("", None)
    assert len(_shown(driver, "a.s")) == 4
    listed = _shown(driver, "section.d")
    assert [d.text.split("\n")[0].split()[1] for d in listed] == [
        "disputed",
        "contradicted",
        "unmentioned",
        "supported",
    ]
    driver.find_element(By.CSS_SELECTOR, "a.s.unm").click()  # the panel is CSS (:target)
    (panel,) = _shown(driver, "section.d")
    assert "unmentioned" in panel.text
    driver.find_element(By.CSS_SELECTOR, "label[for=show-con]").click()  # so are the filters
    assert [d.get_attribute("id") for d in _shown(driver, "section.d")] == ["d2"]
    driver.get(pages["claims"])
    assert len(_shown(driver, "tbody tr")) == 3


def test_the_page_loads_nothing(browser, pages):
    browser.get(pages["draft"])
    entries = browser.execute_script("return performance.getEntriesByType('resource').length")
    assert entries == 0
    assert Path(pages["draft"].removeprefix("file://")).stat().st_size < 100_000
