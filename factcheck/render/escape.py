"""Escaping for every output format: what a source, a claim or a file name carries is shown as
text, never acted on by whatever reads the output (a terminal, a CI runner, a Markdown or XML
renderer, a spreadsheet).

Source text and file names are the user's data, and may hold anything: terminal escape
sequences, newlines that would start a new CI command, characters XML forbids, bytes of a
file name that are not UTF-8 (read as lone surrogates), Markdown that would render as HTML,
an image or a mention, a spreadsheet formula.
"""

from __future__ import annotations

import contextlib
import os
import re
from pathlib import Path
from urllib.parse import quote

from ..ingest.printable import escape_char as _escape_char
from ..ingest.printable import visible

__all__ = ["visible"]


def json_safe(document: str) -> str:
    """JSON text as ``json.dumps(..., ensure_ascii=False)`` gives it, with any lone surrogate
    (a file name's byte that is not UTF-8) written as its ``\\udcXX`` escape: valid JSON, and
    writable as UTF-8."""
    return document.encode("utf-8", "backslashreplace").decode("utf-8")


# Brackets escaped, parentheses need not be: no link or image can form.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>!|~&])")


def markdown_inline(text: str) -> str:
    """``text`` as literal Markdown text inside a table cell: no HTML, link, image, emphasis,
    code or table syntax takes effect, and ``@name`` mentions no one."""
    text = _MARKDOWN_SPECIAL.sub(r"\\\1", visible(text))
    return text.replace("@", "@\u200b")


def markdown_code(text: str) -> str:
    """``text`` as a Markdown code span in a table cell (nothing in it takes effect), or as
    escaped text when it holds a backtick."""
    text = visible(text)
    return markdown_inline(text) if "`" in text else "`" + text.replace("|", "\\|") + "`"


def csv_cell(value: object) -> object:
    """A CSV cell that a spreadsheet shows as text: a cell that starts like a formula (``=``,
    ``+``, ``-``, ``@``, a tab or a carriage return) is preceded by an apostrophe, and
    terminal escapes are shown as escapes."""
    if not isinstance(value, str):
        return value
    text = visible(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@") or value[:1] in ("\t", "\r") else text


# XML 1.0 allows tab, newline, carriage return and everything from U+0020 on, except lone
# surrogates and U+FFFE/U+FFFF.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def xml_text(text: str) -> str:
    """``text`` as XML character data: markup characters as entities, and characters XML 1.0
    forbids (controls, lone surrogates) as visible escapes."""
    text = _NOT_XML.sub(_escape_char, visible(text))
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def xml_attribute(text: str) -> str:
    """``text`` as a double-quoted XML attribute value."""
    escaped = xml_text(text).replace('"', "&quot;")
    return f'"{escaped}"'.replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;")


def github_data(text: str) -> str:
    """The message of a GitHub workflow command: ``%``, CR and LF encoded, so that nothing in
    it can end the line and start another command; terminal escapes shown as escapes."""
    text = visible(text)  # line breaks and escapes shown as ``\n``, ``\x1b``
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def github_property(text: str) -> str:
    """A property value of a workflow command (``file=...``): also ``:`` and ``,`` encoded."""
    return github_data(text).replace(":", "%3A").replace(",", "%2C")


def file_uri(path: str, root: Path | None) -> str:
    """A SARIF artifact URI for ``path``: relative to ``root`` (the repository's top folder)
    when it lies inside it, percent-encoded byte by byte; else an absolute ``file:`` URI."""
    absolute = Path(os.path.realpath(path))
    raw = absolute.as_posix()
    if root is not None:
        with contextlib.suppress(ValueError):  # outside the repository: an absolute URI
            raw = absolute.relative_to(os.path.realpath(root)).as_posix()
    encoded = quote(raw.encode("utf-8", "surrogateescape"), safe="/")
    return encoded if not encoded.startswith("/") else "file://" + encoded
