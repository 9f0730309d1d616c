"""Read claims: plain text (one per line), JSONL, or CSV with a ``claim`` column."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import InputError
from ..models import Claim
from .formats import open_regular, read_text_file

MAX_CLAIM_CHARS = 2_000


def _detect_format(name: str, text: str) -> str:
    suffix = Path(name).suffix.lower()
    if suffix in {".jsonl", ".ndjson", ".json"}:
        return "jsonl"
    if suffix in {".csv", ".tsv"}:
        return "csv"
    first = next((line.strip() for line in lines_of(text) if line.strip()), "")
    if first.startswith("{"):
        return "jsonl"
    return "text"


def _claim_text(value: object, name: str, line: int) -> str:
    if not isinstance(value, str):
        raise InputError(name, "'claim' must be a string", line=line)
    text = " ".join(value.split())
    if not text:
        raise InputError(name, "the claim is empty", line=line)
    if len(text) > MAX_CLAIM_CHARS:
        raise InputError(
            name,
            f"the claim is {len(text):,} characters long (at most {MAX_CLAIM_CHARS:,})",
            line=line,
        )
    return text


def _from_text(name: str, lines: Iterable[str]) -> Iterator[Claim]:
    for n, raw in enumerate(lines, start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        yield Claim(_claim_text(line, name, n), id=str(n), origin=name, line=n, column=1)


def _from_jsonl(name: str, lines: Iterable[str]) -> Iterator[Claim]:
    for n, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        try:
            record = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise InputError(
                name, f"invalid JSON ({exc.msg}, column {exc.colno})", line=n
            ) from None
        if not isinstance(record, dict):
            raise InputError(name, "each line must be a JSON object", line=n)
        if "claim" not in record:
            raise InputError(name, "missing the 'claim' field", line=n)
        sources = record.get("sources") or []
        if not isinstance(sources, list) or not all(isinstance(s, str) for s in sources):
            raise InputError(name, "'sources' must be a list of file names", line=n)
        label = record.get("label")
        yield Claim(
            _claim_text(record["claim"], name, n),
            id=str(record.get("id", n)),
            sources=tuple(sources),
            label=str(label) if label is not None else None,
            origin=name,
            line=n,
            column=1,
        )


def _from_csv(name: str, lines: Iterable[str]) -> Iterator[Claim]:
    dialect = "excel-tab" if name.lower().endswith(".tsv") else "excel"
    reader = csv.DictReader(lines, dialect=dialect)
    try:
        fields = [f.strip().lower() for f in reader.fieldnames or []]
    except csv.Error as exc:
        raise InputError(name, f"invalid CSV ({exc})", line=1) from None
    if "claim" not in fields:
        raise InputError(name, "no 'claim' column in the CSV header", line=1)
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise InputError(name, f"invalid CSV ({exc})", line=reader.line_num) from None
        row = {(k or "").strip().lower(): v for k, v in row.items()}
        n = reader.line_num
        label = (row.get("label") or "").strip() or None
        claim = row.get("claim")
        yield Claim(
            _claim_text(claim if isinstance(claim, str) else "", name, n),
            id=(row.get("id") or "").strip() or str(n),
            label=label,
            origin=name,
            line=n,
            column=1,
        )


_READERS = {"text": _from_text, "jsonl": _from_jsonl, "csv": _from_csv}


def lines_of(text: str) -> Iterator[str]:
    """The lines of ``text``, each with its line break (made ``\\n``), one at a time: a
    file's claims are parsed as they are checked, never all at once."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    start, size = 0, len(text)
    while start < size:
        end = text.find("\n", start)
        if end < 0:
            yield text[start:]
            return
        yield text[start : end + 1]
        start = end + 1


def parse_claims(name: str, text: str, fmt: str | None = None) -> list[Claim]:
    """Claims from already-read text; ``fmt`` is ``text``, ``jsonl`` or ``csv`` (else detected)."""
    return list(_parse(name, text, fmt))


def _parse(name: str, text: str, fmt: str | None) -> Iterator[Claim]:
    return _READERS[fmt or _detect_format(name, text)](name, lines_of(text))


def read_claims(path: str | Path, fmt: str | None = None) -> list[Claim]:
    """Claims from a file, or from standard input when ``path`` is ``-``."""
    claims = list(iter_claims(path, fmt))
    if not claims:
        where = "<stdin>" if str(path) == "-" else path
        raise InputError(
            where, "no claims in the input" if where == "<stdin>" else "no claims in this file"
        )
    return claims


# Larger claims files are read as they are checked, as UTF-8, rather than decoded whole.
_READ_WHOLE = 16 << 20


def iter_claims(path: str | Path, fmt: str | None = None) -> Iterator[Claim]:
    """Claims from a file (``-``: standard input), read as they are asked for: a claims file
    of millions of lines is never held whole. Small files are decoded whole (they may be
    UTF-16 or Windows-1252, see ``formats.decode_text``); large ones and standard input are
    read line by line as UTF-8."""
    if str(path) == "-":
        stream = getattr(sys.stdin, "buffer", None)
        lines = _utf8("<stdin>", stream) if stream is not None else iter(sys.stdin)
        first = next(lines, "")
        reader = _READERS[fmt or _detect_format("<stdin>", first)]
        yield from reader("<stdin>", _chain_first(first, lines))
        return
    path = Path(path)
    if path.is_dir():
        raise InputError(path, "is a folder; give a claims file (.txt, .jsonl or .csv)")
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    if size <= _READ_WHOLE:
        # Decoded whole (its encoding is told from all of it), its claims parsed one by one.
        yield from _parse(str(path), read_text_file(path), fmt)
        return
    name = str(path)
    with open_regular(path) as handle:
        lines = _utf8(name, handle)
        first = next(lines, "")
        reader = _READERS[fmt or _detect_format(name, first)]
        yield from reader(name, _chain_first(first, lines))


def _chain_first(first: str, rest: Iterable[str]) -> Iterator[str]:
    if first:
        yield first
    yield from rest


def _utf8(name: str, raw_lines: Iterable[bytes]) -> Iterator[str]:
    """Lines of bytes decoded as UTF-8 (a BOM on the first dropped), line breaks made ``\\n``;
    a line that is not UTF-8 is an error naming it."""
    for n, raw in enumerate(raw_lines, start=1):
        try:
            line = raw.decode("utf-8-sig" if n == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            raise InputError(
                name, f"not valid UTF-8 (byte {exc.start} of the line); save it as UTF-8", line=n
            ) from None
        yield line.replace("\r\n", "\n")
