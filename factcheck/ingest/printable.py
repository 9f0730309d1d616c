"""Text shown as text: control characters, bytes of a file name that are not UTF-8, and marks
that reorder a line, written as visible escapes. Used for source names (a file may be named
anything) and by every output format."""

from __future__ import annotations

import re

# C0 and C1 controls, DEL, lone surrogates (bytes of a name that are not UTF-8), and the
# characters that reorder text on screen (bidirectional overrides and isolates).
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\u202a-\u202e\u2066-\u2069\u200e\u200f]")


def escape_char(match: re.Match[str]) -> str:
    char = match.group(0)
    code = ord(char)
    if char == "\t":
        return " "
    if char == "\n":
        return "\\n"
    if char == "\r":
        return "\\r"
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8, as ``surrogateescape`` reads it
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: str) -> str:
    """``text`` on one line, every control character, lone surrogate and reordering mark shown
    as an escape (``\\n``, ``\\x1b``, ``\\xff``); tabs as spaces. Safe on a terminal."""
    return _UNSAFE.sub(escape_char, text) if _UNSAFE.search(text) else text
