"""Counted nouns in plain English: "1 claim", "2 claims"."""

from __future__ import annotations


def counted(n: int, noun: str, plural: str | None = None) -> str:
    """``n`` and the noun, singular for exactly one; numbers of thousands with separators."""
    return f"{n:,} {noun if n == 1 else plural or noun + 's'}"
