"""Take the README's picture of the HTML report: the shipped example draft checked against
the seeds, opened in headless Chromium with its second finding selected.

    python bench/screenshot.py [--out docs/html-report.png]

Needs the chromium and chromium-driver packages and selenium (the test extra).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from tests.test_browser import start_browser, stop_browser  # noqa: E402

DRAFT = "drafts/istanbul-talks-errors.md"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "html-report.png")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        page = Path(work) / "report.html"
        subprocess.run(
            [
                sys.executable,
                "-m",
                "factcheck",
                "article",
                DRAFT,
                "--sources",
                "seeds/",
                "--format",
                "html",
                "--output",
                str(page),
                "--fail-on",
                "never",
            ],
            cwd=ROOT,
            check=True,
        )
        driver = start_browser()
        try:
            driver.set_window_size(1280, 860)
            driver.get(page.as_uri())
            body = driver.find_element("tag name", "body")
            body.send_keys("j")
            body.send_keys("j")  # the date conflict: both sides highlighted
            args.out.parent.mkdir(parents=True, exist_ok=True)
            driver.save_screenshot(str(args.out))
        finally:
            stop_browser(driver)
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
