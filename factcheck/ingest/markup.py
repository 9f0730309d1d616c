"""Blank out Markdown markup while keeping every character offset and line number.

Source documents in Markdown are matched on their prose only. Replacing markup with spaces
(rather than deleting it) keeps spans pointing at the right place in the original file, so a
citation's line and offsets are those of the file the user has open.
"""

from __future__ import annotations

import re


def _blank(match: re.Match[str]) -> str:
    return re.sub(r"[^\n]", " ", match.group(0))


def _keep_group(group: int):
    def replace(match: re.Match[str]) -> str:
        whole = match.group(0)
        a, b = match.start(group) - match.start(), match.end(group) - match.start()
        return re.sub(r"[^\n]", " ", whole[:a]) + whole[a:b] + re.sub(r"[^\n]", " ", whole[b:])

    return replace


_FRONT_MATTER = re.compile(r"\A(?:---|\+\+\+)\n.*?\n(?:---|\+\+\+)\n", re.S)
_FENCED_CODE = re.compile(r"^(```|~~~).*?^\1[^\n]*$", re.S | re.M)
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)
_HTML_TAG = re.compile(r"</?[A-Za-z][^>\n]*>")
_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_LINK = re.compile(r"\[([^\]\n]+)\]\([^)\n]*\)")
_REF_LINK = re.compile(r"\[([^\]\n]+)\]\[[^\]\n]*\]")
_LINK_DEF = re.compile(r"^ {0,3}\[[^\]\n]+\]:\s*\S+.*$", re.M)
_HEADING = re.compile(r"^ {0,3}#{1,6}(?=\s)", re.M)
_BLOCK_PREFIX = re.compile(r"^ {0,3}(?:>\s?)+|^\s*(?:[-*+]|\d+[.)])\s+(?=\S)", re.M)
_RULE = re.compile(r"^ {0,3}(?:[-*_]\s*){3,}$", re.M)
_EMPHASIS = re.compile(r"(?<![\w*_~])(\*\*|__|\*|_|~~)(?=\S)(.+?)(?<=\S)\1(?!\w)")
_INLINE_CODE = re.compile(r"`([^`\n]+)`")
_TABLE_PIPES = re.compile(r"^\s*\|.*\|\s*$", re.M)


def mask_markdown(text: str, keep_code: bool = True) -> str:
    """Return ``text`` with Markdown syntax replaced by spaces; same length, same newlines.

    ``keep_code=False`` blanks inline code too (in drafts, code is not a claim).
    """
    for pattern in (_FRONT_MATTER, _FENCED_CODE, _HTML_COMMENT, _IMAGE, _LINK_DEF, _RULE):
        text = pattern.sub(_blank, text)
    text = _LINK.sub(_keep_group(1), text)
    text = _REF_LINK.sub(_keep_group(1), text)
    text = _HTML_TAG.sub(_blank, text)
    text = _HEADING.sub(_blank, text)
    text = _BLOCK_PREFIX.sub(_blank, text)
    text = _INLINE_CODE.sub(_keep_group(1) if keep_code else _blank, text)
    for _ in range(2):  # nested emphasis: ***both*** or **bold _italic_**
        text = _EMPHASIS.sub(_keep_group(2), text)
    text = _TABLE_PIPES.sub(lambda m: m.group(0).replace("|", " "), text)
    return text
