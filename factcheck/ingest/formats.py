"""Decode source files of every supported format into plain text.

- ``.txt``/``.text``: UTF-8 (with or without BOM) or UTF-16 with a BOM; other encodings are
  read as Windows-1252 with a warning, and files that look binary are refused.
- ``.md``/``.markdown``: as text; markup is blanked out later, keeping offsets.
- ``.html``/``.htm``: the main text (``<article>``/``<main>`` when present), one block per
  paragraph, heading or list item; scripts, navigation, headers, footers, forms and asides are
  dropped. Lines and offsets are those of the extracted text. (selectolax, a fast HTML5 parser.)
- ``.pdf``: text page by page (pypdf); each page starts a new paragraph, and citations name it.

Heavy parsers are imported only when such a file is met.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError

Warn = Callable[[str], None]

KINDS = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".pdf": "pdf",
}


@dataclass(frozen=True)
class Decoded:
    text: str
    kind: str
    """"text" or "markdown": how the text is split into sentences."""
    page_starts: tuple[int, ...] = ()
    """For PDFs: the offset in ``text`` at which each page begins."""


def kind_of(path: Path) -> str | None:
    return KINDS.get(path.suffix.lower())


def _read_all(path: Path) -> bytes:
    """A file's bytes in four system calls (open, size, read, close), not the seven of a
    buffered file object: collections have tens of thousands of small files. Only a regular
    file is read: opened without waiting (a named pipe would wait for a writer), then refused
    when it is anything else (a device such as /dev/zero never ends)."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise _NotRegular(not_regular(info.st_mode))
        data = os.read(fd, info.st_size + 1)
        if len(data) <= info.st_size and stat.S_ISREG(info.st_mode):
            return data  # a regular file read short: its end
        chunks = [data]  # it grew, or is no regular file: read to the end
        while chunk := os.read(fd, 1 << 16):
            chunks.append(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


class _NotRegular(OSError):
    pass


def not_regular(mode: int) -> str | None:
    """What a file of this mode is when it is not a regular file (a pipe would wait for ever,
    a device such as /dev/zero never ends); ``None`` for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISDIR(mode):
        return "a folder"
    return "a special file"


def open_regular(path: Path):
    """A regular file opened for reading bytes; the same errors as ``read_bytes`` for
    anything else."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        read_bytes(path)  # raises the error that says why
        raise
    kind = not_regular(os.fstat(fd).st_mode)
    if kind:
        os.close(fd)
        raise InputError(path, f"is {kind}, not a regular file; only regular files are read")
    return open(fd, "rb")


def read_bytes(path: Path) -> bytes:
    """A source file's bytes; ``InputError`` saying why when it cannot be read."""
    path = Path(path)
    try:
        return _read_all(path)
    except IsADirectoryError:
        raise InputError(path, "is a folder, not a file") from None
    except _NotRegular as exc:
        raise InputError(
            path, f"is {exc}, not a regular file; only regular files are read"
        ) from None
    except FileNotFoundError:
        if path.is_symlink():
            raise InputError(path, "is a broken or looping symbolic link") from None
        raise InputError(path, "no such file") from None
    except PermissionError:
        raise InputError(path, "permission denied") from None
    except OSError as exc:
        raise InputError(path, f"cannot be read ({exc.strerror or exc})") from None


def decode_text(path: Path, raw: bytes, warn: Warn | None = None) -> str:
    """Text from bytes: UTF-8 (BOM allowed), UTF-16 with BOM, else Windows-1252 with a warning."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(path, f"invalid UTF-16 at byte {exc.start}") from None
    if b"\x00" in raw:
        line = raw.count(b"\n", 0, raw.index(b"\x00")) + 1
        raise InputError(path, "contains NUL bytes: not a text file", line=line)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        try:
            text = raw.decode("cp1252")
        except UnicodeDecodeError:
            raise InputError(
                path, f"not valid UTF-8 (byte {exc.start}); save it as UTF-8", line=line
            ) from None
        if warn:
            warn(
                f"{path}:{line}: not valid UTF-8; read as Windows-1252 (save it as UTF-8 to be sure)"
            )
        return text


def read_text_file(path: Path, warn: Warn | None = None) -> str:
    """A text file's content, decoded as ``decode_text`` says."""
    return decode_text(path, read_bytes(path), warn)


_BLOCKS = frozenset("h1 h2 h3 h4 h5 h6 p li blockquote pre td th figcaption dt dd title".split())


def _html_text(path: Path, raw: bytes, warn: Warn | None) -> str:
    from selectolax.lexbor import LexborHTMLParser as HTMLParser

    tree = HTMLParser(decode_text(path, raw, warn))
    for junk in tree.css(
        "script, style, noscript, nav, header, footer, aside, form, iframe, svg, template, button"
    ):
        junk.decompose()
    root = tree.css_first("article") or tree.css_first("main") or tree.body or tree.root
    if root is None:
        return ""
    chosen = [node for node in root.traverse() if node.tag in _BLOCKS]
    title = tree.css_first("title")
    if title is not None and root is not tree.root:
        chosen.insert(0, title)
    paragraphs = []
    for node in chosen:
        # A block holding other blocks is read through them, never twice.
        if any(child.tag in _BLOCKS for child in node.traverse() if child.mem_id != node.mem_id):
            continue
        text = " ".join(node.text(deep=True, separator="").split())
        if text:
            paragraphs.append(text)
    if not paragraphs:
        paragraphs = [" ".join(root.text(separator=" ").split())]
    return "\n\n".join(paragraphs) + "\n"


def _pdf_text(path: Path, raw: bytes) -> Decoded:
    import io
    import logging

    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(raw))
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError(path, "is an encrypted PDF (it needs a password)")
        pages = [page.extract_text() or "" for page in reader.pages]
    except InputError:
        raise
    except (FileNotDecryptedError, DependencyError) as exc:  # AES needs another package
        raise InputError(path, f"is an encrypted PDF that cannot be opened ({exc})") from None
    except PdfReadError as exc:
        raise InputError(path, f"is not a readable PDF ({exc})") from None
    except (Exception, RecursionError) as exc:
        # A damaged file can fail anywhere in the parser, with any error: the file is what is
        # wrong, never the run.
        raise InputError(path, f"is not a readable PDF ({type(exc).__name__}: {exc})") from None
    text, starts = "", []
    for page in pages:
        starts.append(len(text))
        text += page.replace("\r\n", "\n").strip("\n") + "\n\n"
    return Decoded(text, "text", tuple(starts))


def decode_source(path: Path, warn: Warn | None = None, raw: bytes | None = None) -> Decoded:
    """Read one source file of any supported format (``raw``: its bytes, when read already)."""
    kind = kind_of(path) or "text"
    raw = read_bytes(path) if raw is None else raw
    if kind == "pdf":
        return _pdf_text(path, raw)
    if kind == "html":
        return Decoded(_html_text(path, raw, warn), "text")
    return Decoded(decode_text(path, raw, warn), kind)
