"""Read source documents into sentences with file, line and character span."""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError
from .markup import mask_markdown
from .models import Sentence
from .segment import split_sentences

TEXT_SUFFIXES = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown"}
IGNORED_DIRS = {".git", ".hg", ".svn", "__pycache__", "node_modules", ".venv", ".tox"}


@dataclass(frozen=True)
class Document:
    """A source file: its original text, the text matched on (same length), and its sentences."""

    name: str
    path: Path
    text: str
    plain: str
    """``text`` with markup blanked out; offsets and lines are those of ``text``."""
    sentences: tuple[Sentence, ...]


def _line_starts(text: str) -> list[int]:
    starts = [0]
    pos = text.find("\n")
    while pos != -1:
        starts.append(pos + 1)
        pos = text.find("\n", pos + 1)
    return starts


def document_from_text(
    name: str, text: str, kind: str = "text", path: Path | None = None
) -> Document:
    """Split already-decoded ``text`` into a Document (no file access)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    plain = mask_markdown(text) if kind == "markdown" else text
    starts = _line_starts(text)
    sentences = []
    line_index = 0
    for i, (a, b) in enumerate(split_sentences(plain)):
        while line_index + 1 < len(starts) and starts[line_index + 1] <= a:
            line_index += 1
        sentences.append(Sentence(name, line_index + 1, a, b, text[a:b], index=i))
    return Document(name, path or Path(name), text, plain, tuple(sentences))


def read_text_file(path: Path) -> str:
    """Decode a text file: UTF-8 (BOM allowed) or UTF-16 with a BOM; anything else is refused."""
    try:
        raw = path.read_bytes()
    except IsADirectoryError:
        raise InputError(path, "is a folder, not a file") from None
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except PermissionError:
        raise InputError(path, "permission denied") from None
    except OSError as exc:
        raise InputError(path, f"cannot be read ({exc.strerror or exc})") from None
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(path, f"invalid UTF-16 at byte {exc.start}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise InputError(
            path, f"not valid UTF-8 (byte {exc.start}); save it as UTF-8", line=line
        ) from None
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        raise InputError(path, "contains NUL bytes: not a text file", line=line)
    return text


def _kind(path: Path) -> str | None:
    return TEXT_SUFFIXES.get(path.suffix.lower())


def _walk(folder: Path) -> Iterable[Path]:
    for root, dirs, files in os.walk(folder, followlinks=False):
        dirs[:] = sorted(d for d in dirs if d not in IGNORED_DIRS and not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield Path(root) / name


def expand_source_paths(specs: Sequence[str | Path]) -> list[tuple[Path, str]]:
    """Resolve files, folders and globs to ``(path, display name)`` pairs, in a stable order.

    Files inside a given folder are named relative to it (as claims' ``sources`` fields expect).
    """
    found: dict[Path, str] = {}
    for spec in specs:
        spec_str = str(spec)
        path = Path(spec_str)
        if path.is_dir():
            for file in _walk(path):
                if _kind(file):
                    found.setdefault(file, file.relative_to(path).as_posix())
        elif path.is_file():
            found.setdefault(path, path.name if len(specs) == 1 else spec_str)
        elif glob.has_magic(spec_str):
            matches = sorted(glob.glob(spec_str, recursive=True))
            files = [Path(m) for m in matches if Path(m).is_file() and _kind(Path(m))]
            if not files:
                raise InputError(spec_str, "the pattern matches no .txt or .md file")
            for file in files:
                found.setdefault(file, file.as_posix())
        else:
            raise InputError(spec_str, "no such file or folder")
    return list(found.items())


def load_documents(specs: Sequence[str | Path]) -> list[Document]:
    """Read every source named by ``specs`` (files, folders, globs) into Documents."""
    documents = []
    for path, name in expand_source_paths(specs):
        kind = _kind(path) or "text"
        documents.append(document_from_text(name, read_text_file(path), kind, path))
    if not documents:
        raise InputError(", ".join(map(str, specs)), "no source documents (.txt or .md) found")
    return documents
