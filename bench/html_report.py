"""Measure the HTML report of a large draft: its size and how fast headless Chromium opens it.

    python bench/html_report.py [--sentences 5000] [--corpus 20000] [--work DIR] [--readme]

Generates (with bench/generate.py's sentences, fixed seed) a source corpus and a draft of
SENTENCES sentences in paragraphs of ten: a third copied from the sources, a third with one
digit changed, a third about nothing in them. Runs `factcheck article --format html`, then
opens the page in a fresh headless Chromium (the flags the tests use) several times and
reports the file size, the time to the load event, and the time the first `j` takes to open
a finding's panel. Needs the chromium and chromium-driver packages and selenium.
"""

from __future__ import annotations

import argparse
import platform
import random
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import FIRST, LAST, PLACES, sentence

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from tests.test_browser import start_browser, stop_browser  # noqa: E402

MARKERS = ("<!-- html-bench:start -->", "<!-- html-bench:end -->")


def make_inputs(work: Path, sentences: int, corpus_size: int, seed: int = 11) -> Path:
    rng = random.Random(seed)
    sources = work / "sources"
    sources.mkdir(parents=True, exist_ok=True)
    corpus = [sentence(rng) for _ in range(corpus_size)]
    for n in range(0, corpus_size, 50):
        (sources / f"doc-{n // 50:05d}.txt").write_text(" ".join(corpus[n : n + 50]) + "\n")
    lines = ["# A long draft", ""]
    paragraph: list[str] = []
    for n in range(sentences):
        kind = n % 3
        if kind == 0:
            text = rng.choice(corpus)
        elif kind == 1:
            text = re.sub(
                r"\d", lambda m: str((int(m.group()) + 1) % 10), rng.choice(corpus), count=1
            )
        else:
            text = f"{rng.choice(FIRST)} {rng.choice(LAST)} won the chess title in {rng.choice(PLACES)}."
        paragraph.append(text)
        if len(paragraph) == 10:
            lines += [" ".join(paragraph), ""]
            paragraph = []
    if paragraph:
        lines.append(" ".join(paragraph))
    draft = work / "draft.md"
    draft.write_text("\n".join(lines) + "\n")
    return draft


def measure(work: Path, sentences: int, corpus_size: int, runs: int) -> dict[str, float]:
    """Check the draft (not timed: that is bench/speed.py's business), time the page's making,
    write it, and open it."""
    from factcheck import load_sources
    from factcheck.api import check
    from factcheck.ingest.drafts import read_draft
    from factcheck.models import Claim
    from factcheck.render.html import render_claims_html, render_drafts_html

    draft_file = make_inputs(work, sentences, corpus_size)
    draft = read_draft(draft_file)
    report = check(
        list(draft.claims), load_sources([work / "sources"]), workers=None, candidates=False
    )
    started = time.perf_counter()
    text = render_drafts_html(report, [draft], "contradicted")
    render_seconds = time.perf_counter() - started
    page = work / "report.html"
    page.write_text(text, encoding="utf-8")
    drafts = {"render_seconds": render_seconds, **open_page(page, runs)}
    # The same sentences as a claims file's table (`check --format html`).
    claims = [Claim(c.text, id=str(n)) for n, c in enumerate(draft.claims, start=1)]
    report = check(claims, load_sources([work / "sources"]), workers=None, candidates=False)
    started = time.perf_counter()
    text = render_claims_html(report)
    render_seconds = time.perf_counter() - started
    table_page = work / "claims.html"
    table_page.write_text(text, encoding="utf-8")
    return {
        "draft": drafts,
        "claims": {"render_seconds": render_seconds, **open_page(table_page, runs)},
    }


def open_page(page: Path, runs: int) -> dict[str, float]:
    """Size of the page, and the best and worst time to open it and to step to a finding."""
    text = page.read_text(encoding="utf-8")
    checked = re.search(r"(\d+) sentences checked", text) or re.search(r"(\d+) claims:", text)
    loads, steps, plain = [], [], []
    for _ in range(runs):
        driver = start_browser(javascript=False)
        try:
            driver.get("about:blank")
            t0 = time.perf_counter()
            driver.get(page.as_uri())
            plain.append(time.perf_counter() - t0)
        finally:
            stop_browser(driver)
        driver = start_browser()
        try:
            driver.get("about:blank")  # the browser's own start-up is not the page's
            t0 = time.perf_counter()
            driver.get(page.as_uri())  # returns after the load event
            # and waits for the first frame drawn after it: the page is on screen
            driver.execute_async_script(
                "var done = arguments[arguments.length - 1];"
                "requestAnimationFrame(function () { setTimeout(done); });"
            )
            wall = time.perf_counter() - t0
            loads.append(wall)
            steps.append(
                driver.execute_script(
                    "var t = performance.now();"
                    "document.dispatchEvent(new KeyboardEvent('keydown', {key: 'j'}));"
                    "var open = document.querySelector('section.d:target, tr.cur');"
                    "open.getBoundingClientRect();"  # forces the style and layout work
                    "return performance.now() - t;"
                )
                / 1000
            )
        finally:
            stop_browser(driver)
    return {
        "sentences": int(checked.group(1)) if checked else 0,
        "bytes": page.stat().st_size,
        "load_seconds": min(loads),
        "load_worst": max(loads),
        "step_seconds": min(steps),
        "plain_seconds": min(plain),
    }


def table(results: dict[str, dict[str, float]], runs: int) -> str:
    head = (
        "| page | checked | size | made in | opens in Chromium (best / worst of "
        f"{runs}) | first `j` | opens without JavaScript |\n|---|---|---|---|---|---|---|\n"
    )
    names = {
        "draft": "`article`: a draft of 5,000 sentences in 500 paragraphs",
        "claims": "`check`: the same sentences as a claims file (a table)",
    }
    rows = "".join(
        f"| {names[name]} | {r['sentences']:,} | {r['bytes'] / 1e6:.2f} MB | "
        f"{r['render_seconds']:.1f} s | {r['load_seconds']:.2f} s / {r['load_worst']:.2f} s | "
        f"{r['step_seconds'] * 1000:.0f} ms | {r['plain_seconds']:.1f} s |\n"
        for name, r in results.items()
    )
    return (
        head
        + rows
        + f"\nMeasured by `python bench/html_report.py` on {platform.machine()}, Python "
        f"{platform.python_version()}, headless Chromium."
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=5000)
    parser.add_argument("--corpus", type=int, default=20000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--work", type=Path)
    parser.add_argument("--readme", action="store_true", help="rewrite the README's table")
    parser.add_argument("--page", type=Path, help="only open this page (no generation)")
    args = parser.parse_args()
    if args.page:
        print(open_page(args.page, args.runs))
        return 0
    work = args.work or Path(tempfile.mkdtemp(prefix="factcheck-html-bench-"))
    try:
        result = measure(work, args.sentences, args.corpus, args.runs)
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)
    text = table(result, args.runs)
    print(text)
    if args.readme:
        readme = ROOT / "README.md"
        body = readme.read_text(encoding="utf-8")
        start, end = MARKERS
        if start not in body:
            raise SystemExit("README has no html-bench markers")
        head, rest = body.split(start, 1)
        _, tail = rest.split(end, 1)
        readme.write_text(f"{head}{start}\n{text}\n{end}{tail}", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
