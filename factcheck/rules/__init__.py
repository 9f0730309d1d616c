"""Contradiction rules, one module per kind of conflict.

Each rule compares a claim with evidence (one sentence, or two of one document read together)
and returns the exact parts that disagree. Every rule module carries ``EXAMPLES``: claim /
evidence pairs on which it must fire and on which it must not; the test suite runs them all.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..analysis import Analysed
from ..models import ConflictKind


@dataclass(frozen=True)
class Finding:
    """One disagreement: the claim's words and the evidence's words that conflict."""

    kind: ConflictKind
    claim_span: tuple[int, int]
    """Offsets of the conflicting words in the claim's analysed text."""
    claim_text: str
    source_text: str


@dataclass(frozen=True)
class Example:
    claim: str
    evidence: str
    fires: bool


Rule = Callable[[Analysed, Analysed], list[Finding]]


def all_rules() -> dict[str, Rule]:
    """Every rule by name, in the order they are applied."""
    from . import antonyms, category, dates, entities, negation, numbers

    return {
        "dates": dates.find,
        "numbers": numbers.find,
        "negation": negation.find,
        "antonyms": antonyms.find,
        "entities": entities.find,
        "category": category.find,
    }


def find_conflicts(claim: Analysed, evidence: Analysed) -> list[Finding]:
    """Every conflict any rule finds between ``claim`` and ``evidence``."""
    findings: list[Finding] = []
    for rule in all_rules().values():
        findings.extend(rule(claim, evidence))
    return findings
