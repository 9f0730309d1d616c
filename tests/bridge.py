"""Invented sources about a bridge, one sentence of them carrying markup that must stay text:
what the HTML report's file tests and browser tests both read."""

from __future__ import annotations

from pathlib import Path

HOSTILE = '<script>window.pwned = 1</script> <img src="x" onerror="window.pwned = 2">'


def write_bridge_sources(folder: Path) -> Path:
    """Two sources that disagree on the day the bridge opened; returns ``folder``."""
    folder.mkdir()
    (folder / "a.txt").write_text(
        "The Lindqvist bridge in Tromso opened to traffic on March 3, 2019.\n"
        f"The bridge cost 40 million kroner {HOSTILE} to build.\n",
        encoding="utf-8",
    )
    (folder / "b.txt").write_text(
        "The Lindqvist bridge in Tromso opened to traffic on March 5, 2019, after a delay.\n",
        encoding="utf-8",
    )
    return folder
