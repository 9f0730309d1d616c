"""Blank out Markdown markup while keeping every character offset and line number.

Source documents in Markdown are matched on their prose only. Replacing markup with spaces
(rather than deleting it) keeps spans pointing at the right place in the original file, so a
citation's line and offsets are those of the file the user has open.

Every pattern here runs in time linear in the text: none can scan on from each of many
starting points to a distant end (bracket and tag bodies stop at the next opening bracket,
whitespace never crosses a line unless a line break is meant), and emphasis is blanked mark by
mark instead of matched in pairs.
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
_HTML_TAG = re.compile(r"</?[A-Za-z][^<>\n]*>")
_IMAGE = re.compile(r"!\[[^\[\]\n]*\]\([^()\n]*\)")
_LINK = re.compile(r"\[([^\[\]\n]+)\]\([^()\n]*\)")
_REF_LINK = re.compile(r"\[([^\[\]\n]+)\]\[[^\[\]\n]*\]")
_LINK_DEF = re.compile(r"^ {0,3}\[[^\[\]\n]+\]:[ \t]*\S+.*$", re.M)
_HEADING = re.compile(r"^ {0,3}#{1,6}(?=\s)", re.M)
_BLOCK_PREFIX = re.compile(r"^ {0,3}(?:>[ \t]?)+|^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?=\S)", re.M)
_RULE = re.compile(r"^ {0,3}(?:[-*_][ \t]*){3,}$", re.M)
# An emphasis mark opens before a word or closes after one; blanked one by one, as pairing
# them (``\*(.+?)\*``) would scan on from every unmatched mark.
_EMPHASIS = re.compile(r"(?<![\w*_~])[*_~]+(?=[^\s*_~])|(?<=[^\s*_~])[*_~]+(?![\w*_~])")
_INLINE_CODE = re.compile(r"`([^`\n]+)`")
_TABLE_PIPES = re.compile(r"^[ \t]*\|[^\n]*\|[ \t]*$", re.M)


def _blank_comments(text: str) -> str:
    """HTML comments blanked: found with ``str.find`` from where the last one ended, so an
    unclosed ``<!--`` is looked past once, not from every ``<!--`` after it."""
    pieces, at = [], 0
    while (start := text.find("<!--", at)) != -1:
        end = text.find("-->", start + 4)
        if end == -1:
            break
        end += 3
        pieces += [text[at:start], re.sub(r"[^\n]", " ", text[start:end])]
        at = end
    return "".join(pieces) + text[at:] if pieces else text


def mask_markdown(text: str, keep_code: bool = True) -> str:
    """Return ``text`` with Markdown syntax replaced by spaces; same length, same newlines.

    ``keep_code=False`` blanks inline code too (in drafts, code is not a claim).
    """
    for pattern in (_FRONT_MATTER, _FENCED_CODE):
        text = pattern.sub(_blank, text)
    text = _blank_comments(text)
    for pattern in (_IMAGE, _LINK_DEF, _RULE):
        text = pattern.sub(_blank, text)
    text = _LINK.sub(_keep_group(1), text)
    text = _REF_LINK.sub(_keep_group(1), text)
    text = _HTML_TAG.sub(_blank, text)
    text = _HEADING.sub(_blank, text)
    text = _BLOCK_PREFIX.sub(_blank, text)
    text = _INLINE_CODE.sub(_keep_group(1) if keep_code else _blank, text)
    text = _EMPHASIS.sub(_blank, text)
    text = _TABLE_PIPES.sub(lambda m: m.group(0).replace("|", " "), text)
    return text
