"""Read claims: plain text (one per line), JSONL, or CSV with a ``claim`` column."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

from ..errors import InputError
from ..models import Claim
from .formats import read_text_file

MAX_CLAIM_CHARS = 2_000


def _detect_format(name: str, text: str) -> str:
    suffix = Path(name).suffix.lower()
    if suffix in {".jsonl", ".ndjson", ".json"}:
        return "jsonl"
    if suffix in {".csv", ".tsv"}:
        return "csv"
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
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


def _from_text(name: str, text: str) -> list[Claim]:
    claims = []
    for n, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        claims.append(Claim(_claim_text(line, name, n), id=str(n), origin=name, line=n, column=1))
    return claims


def _from_jsonl(name: str, text: str) -> list[Claim]:
    claims = []
    for n, raw in enumerate(text.splitlines(), start=1):
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
        claims.append(
            Claim(
                _claim_text(record["claim"], name, n),
                id=str(record.get("id", n)),
                sources=tuple(sources),
                label=str(label) if label is not None else None,
                origin=name,
                line=n,
                column=1,
            )
        )
    return claims


def _from_csv(name: str, text: str) -> list[Claim]:
    dialect = "excel-tab" if name.lower().endswith(".tsv") else "excel"
    reader = csv.DictReader(io.StringIO(text), dialect=dialect)
    fields = [f.strip().lower() for f in reader.fieldnames or []]
    if "claim" not in fields:
        raise InputError(name, "no 'claim' column in the CSV header", line=1)
    claims = []
    for row in reader:
        row = {(k or "").strip().lower(): v for k, v in row.items()}
        n = reader.line_num
        label = (row.get("label") or "").strip() or None
        claims.append(
            Claim(
                _claim_text(row.get("claim") or "", name, n),
                id=(row.get("id") or "").strip() or str(n),
                label=label,
                origin=name,
                line=n,
                column=1,
            )
        )
    return claims


def parse_claims(name: str, text: str, fmt: str | None = None) -> list[Claim]:
    """Claims from already-read text; ``fmt`` is ``text``, ``jsonl`` or ``csv`` (else detected)."""
    fmt = fmt or _detect_format(name, text)
    reader = {"text": _from_text, "jsonl": _from_jsonl, "csv": _from_csv}[fmt]
    return reader(name, text)


def read_claims(path: str | Path, fmt: str | None = None) -> list[Claim]:
    """Claims from a file, or from standard input when ``path`` is ``-``."""
    if str(path) == "-":
        claims = parse_claims("<stdin>", sys.stdin.read(), fmt)
        if not claims:
            raise InputError("<stdin>", "no claims in the input")
        return claims
    path = Path(path)
    if path.is_dir():
        raise InputError(path, "is a folder; give a claims file (.txt, .jsonl or .csv)")
    claims = parse_claims(str(path), read_text_file(path), fmt)
    if not claims:
        raise InputError(path, "no claims in this file")
    return claims
