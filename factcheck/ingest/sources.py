"""Read source documents into sentences with file, line, character span (and page)."""

from __future__ import annotations

import bisect
import glob
import os
import stat as stat_module
from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from ..errors import InputError, working_on
from ..models import Sentence
from .formats import KINDS, Warn, decode_source, kind_of, not_regular, read_text_file
from .markup import mask_markdown
from .printable import visible
from .segment import split_sentences

__all__ = [
    "Document",
    "SourceFile",
    "document_from_text",
    "read_text_file",
    "source_files",
]

IGNORED_DIRS = {".git", ".hg", ".svn", "__pycache__", "node_modules", ".venv", ".tox"}
# Longer "sentences" (tables, minified text, a 5 MB line) are cut at spaces into pieces of at
# most this many characters, so matching stays fast and citations stay readable.
MAX_SENTENCE_CHARS = 1_500


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


def _cap(text: str, a: int, b: int) -> Iterable[tuple[int, int]]:
    while b - a > MAX_SENTENCE_CHARS:
        cut = text.rfind(" ", a + MAX_SENTENCE_CHARS // 2, a + MAX_SENTENCE_CHARS)
        cut = cut if cut != -1 else a + MAX_SENTENCE_CHARS
        yield a, cut
        a = cut
        while a < b and text[a].isspace():
            a += 1
    if a < b:
        yield a, b


Span = tuple[int, int, int, int | None]
"""Where a sentence stands: line, start and end offsets, page (``None`` without pages)."""


@dataclass(frozen=True)
class Split:
    """A text split into sentences, before any ``Sentence`` is made of them (an index stores
    the spans, and never needs one)."""

    text: str
    """The decoded text, line ends made ``\\n``."""
    plain: str
    """``text`` with markup blanked out."""
    spans: list[Span]


def split_text(text: str, kind: str = "text", page_starts: Sequence[int] = ()) -> Split:
    """Split already-decoded ``text`` into sentence spans (no file access)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    plain = mask_markdown(text) if kind == "markdown" else text
    starts = _line_starts(text)
    spans: list[Span] = []
    for a0, b0 in split_sentences(plain):
        pieces = _cap(plain, a0, b0) if b0 - a0 > MAX_SENTENCE_CHARS else ((a0, b0),)
        for a, b in pieces:
            page = bisect.bisect_right(page_starts, a) if page_starts else None
            spans.append((bisect.bisect_right(starts, a), a, b, page))
    return Split(text, plain, spans)


def _document(name: str, path: Path, split: Split) -> Document:
    text = split.text
    sentences = tuple(
        Sentence(name, line, a, b, text[a:b], index=n, page=page)
        for n, (line, a, b, page) in enumerate(split.spans)
    )
    return Document(name, path, text, split.plain, sentences)


def document_from_text(
    name: str,
    text: str,
    kind: str = "text",
    path: Path | None = None,
    page_starts: Sequence[int] = (),
) -> Document:
    """Split already-decoded ``text`` into a Document (no file access)."""
    return _document(name, path or Path(name), split_text(text, kind, page_starts))


_FOLDER, _SOURCE, _OTHER = "folder", "source", "other"


def _kind_of_entry(entry: os.DirEntry) -> str | None:
    """What a folder entry is to the walk: a folder to enter, a source, another file, or
    nothing (hidden, version control, dependencies, linked folders)."""
    name = entry.name
    if name.startswith("."):
        return None
    try:
        is_folder = entry.is_dir()
    except OSError:
        is_folder = False
    if is_folder:
        # Linked folders are not followed: they could loop, or reach outside the sources.
        return _FOLDER if name not in IGNORED_DIRS and not entry.is_symlink() else None
    return _SOURCE if name[name.rfind(".") :].lower() in KINDS else _OTHER


def _file_problem(entry: os.DirEntry, path: str, root: str) -> str | None:
    """Why a supported file found in a folder (at ``path``) is skipped: a link leading out of
    the folder given (``root``, resolved, with a final separator), or not a regular file."""
    try:
        if entry.is_symlink():
            target = os.path.realpath(path)
            if not target.startswith(root):
                return f"a link to {target}, outside the sources"
        info = entry.stat()
    except OSError:
        return None  # a broken link: reading it says so
    kind = not_regular(info.st_mode)
    return f"{kind}, not a regular file" if kind else None


def _walk(folder: str, warn: Warn | None, root: str | None = None) -> Iterator[str]:
    """Supported files under ``folder``, in sorted order, folders after files, as strings (an
    archive holds tens of thousands of files: ``os.scandir`` entries and plain strings keep the
    walk a small part of checking whether an index is fresh). Only regular files are listed,
    and links only when they lead to a file inside ``root`` (the folder given, resolved);
    the rest are skipped with a warning."""
    root = root or os.path.join(os.path.realpath(folder), "")
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
    except OSError as error:
        if warn:
            warn(f"{error.filename}: skipped ({error.strerror})")
        return
    folders = []
    for entry in entries:
        kind = _kind_of_entry(entry)
        if kind == _FOLDER:
            folders.append(entry.path)
        elif kind == _SOURCE:
            problem = _file_problem(entry, entry.path, root)
            if problem is None:
                yield entry.path
            elif warn:
                warn(f"{entry.path}: skipped ({problem})")
        elif kind == _OTHER and warn:
            warn(f"{entry.path}: skipped (not a supported format: {', '.join(sorted(KINDS))})")
    for path in folders:
        yield from _walk(path, warn, root)


@dataclass
class Stamps:
    """Size and modification time of each source file found, by ``SourceFile.key``, in the
    order found: what the freshness check compares with an index's record. Kept as a list and
    an array, cheaper to fill and to compare as bytes than a dictionary of pairs."""

    keys: list[str] = field(default_factory=list)
    numbers: array = field(default_factory=lambda: array("q"))
    """Size and modification time (ns) of each key, one after the other."""

    def as_dict(self) -> dict[str, tuple[int, int]]:
        """``(size, modification time)`` by key (a file found twice, by two specs, once)."""
        numbers = iter(self.numbers)
        return dict(zip(self.keys, zip(numbers, numbers, strict=True), strict=True))


def _folder_stamps(folder: str, key_prefix: str, stamps: Stamps, root: str = "") -> None:
    """Size and modification time of every source under ``folder``: what ``source_files``
    would list, found without sorting or building paths, and each file looked up relative to
    its open folder (the cheapest ``stat``)."""
    root = root or key_prefix
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        with os.scandir(handle) as listing:
            for entry in listing:
                name = entry.name
                # The usual entry, a visible file of a supported kind, tested inline: a
                # collection has tens of thousands of them.
                if name[name.rfind(".") :].lower() in KINDS and name[:1] != ".":
                    try:
                        if not entry.is_dir():
                            info = entry.stat()
                            if (
                                entry.is_symlink() or not stat_module.S_ISREG(info.st_mode)
                            ) and _file_problem(
                                entry, os.path.join(folder, name), root
                            ) is not None:
                                continue  # skipped by the walk too
                            stamps.keys.append(key_prefix + name)
                            stamps.numbers.append(info.st_size)
                            stamps.numbers.append(info.st_mtime_ns)
                            continue
                    except OSError:
                        continue
                if _kind_of_entry(entry) == _FOLDER:
                    _folder_stamps(
                        os.path.join(folder, name), f"{key_prefix}{name}{os.sep}", stamps, root
                    )
    finally:
        os.close(handle)


def stamp(path: str) -> tuple[int, int]:
    """Size and modification time; (-1, -1) for a file gone since it was listed, which the
    read that follows then reports like any file that cannot be read."""
    try:
        info = os.stat(path)
    except OSError:
        return -1, -1
    return info.st_size, info.st_mtime_ns


def source_stamps(specs: Sequence[str | Path]) -> Stamps:
    """The stamps of each file ``source_files`` finds (once per spec that finds it)."""
    stamps = Stamps()
    for spec in specs:
        spec_str = str(spec)
        if os.path.isdir(spec_str):
            _folder_stamps(spec_str, os.path.join(os.path.realpath(spec_str), ""), stamps)
            continue
        for file in source_files([spec_str]):
            stamps.keys.append(file.key)
            stamps.numbers.extend(stamp(file.path))
    return stamps


class SourceFile(NamedTuple):
    """A source file found by ``source_files``."""

    path: str
    name: str
    """Display name: relative to the folder given, as claims' ``sources`` fields expect
    (control characters and bytes that are not UTF-8 shown as escapes)."""
    direct: bool
    """Named directly rather than found in a folder or by a pattern."""
    key: str
    """Absolute path with the given folder's links resolved: the same file however named."""


def source_files(specs: Sequence[str | Path], warn: Warn | None = None) -> list[SourceFile]:
    """Resolve files, folders and globs to the supported files they name, in order."""
    found: dict[str, SourceFile] = {}
    for spec in specs:
        spec_str = str(spec)
        if os.path.isdir(spec_str):
            prefix = len(os.path.join(spec_str, ""))
            root = os.path.join(os.path.realpath(spec_str), "")
            for file in _walk(spec_str, warn):
                relative = file[prefix:]
                key = root + relative
                if key not in found:
                    name = relative if os.sep == "/" else relative.replace(os.sep, "/")
                    found[key] = SourceFile(file, visible(name), False, key)
        elif os.path.isfile(spec_str):
            name = os.path.basename(spec_str) if len(specs) == 1 else spec_str
            key = os.path.realpath(spec_str)
            found.setdefault(key, SourceFile(spec_str, visible(name), True, key))
        elif glob.has_magic(spec_str):
            files = [
                m
                for m in sorted(glob.glob(spec_str, recursive=True))
                if os.path.isfile(m) and kind_of(Path(m))
            ]
            if not files:
                raise InputError(spec_str, "the pattern matches no supported source file")
            for file in files:
                key = os.path.realpath(file)
                found.setdefault(key, SourceFile(file, visible(Path(file).as_posix()), False, key))
        elif os.path.islink(spec_str) and not os.path.exists(spec_str):
            raise InputError(spec_str, "is a broken or looping symbolic link")
        elif os.path.exists(spec_str):
            kind = not_regular(os.stat(spec_str).st_mode) or "a special file"
            raise InputError(
                spec_str, f"is {kind}, not a regular file; only regular files are read"
            )
        else:
            raise InputError(spec_str, "no such file or folder")
    return list(found.values())


def skip_unreadable(error: InputError, direct: bool, warn: Warn | None) -> None:
    """A file named directly that cannot be read is an error (raised); one met inside a folder
    is skipped with a warning, so that one bad file does not stop a run over a whole
    collection."""
    if direct:
        raise error
    if warn:
        warn(f"{error}: skipped")


def read_split(
    path: Path, direct: bool, warn: Warn | None = None, raw: bytes | None = None
) -> Split | None:
    """One source file split into sentences (``raw``: its bytes, when read already); ``None``
    when it cannot be read and is skipped (see ``skip_unreadable``)."""
    with working_on(f"reading the source {path}"):
        try:
            decoded = decode_source(path, warn, raw)
        except InputError as exc:
            skip_unreadable(exc, direct, warn)
            return None
        split = split_text(decoded.text, decoded.kind, decoded.page_starts)
    if not split.spans and warn:
        warn(f"{path}: no text: skipped")
    return split


def no_text(specs: Sequence[str | Path]) -> InputError:
    """The error for a collection with no sentence at all: every claim would be unmentioned."""
    where = ", ".join(map(str, specs))
    return InputError(where, "no text found in the sources (.txt, .md, .html or .pdf)")
