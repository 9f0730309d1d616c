"""What an audit of the sources finds: frozen records, in the order they are reported."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from ..models import Citation, ConflictKind


class FindingKind(str, Enum):
    """Where the sources go wrong: against each other, or against themselves."""

    CONFLICT = "conflict"
    """Two documents say different things about the same thing."""
    WEEKDAY = "weekday"
    """A weekday that its date did not fall on."""
    RANGE = "range"
    """A range of dates that ends before it starts."""
    TOTAL = "total"
    """A total that its listed parts do not add up to."""

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True)
class Side:
    """One sentence of a finding and the words of it that are in question."""

    citation: Citation
    part: str
    """The conflicting (or inconsistent) words, as the sentence says them."""


@dataclass(frozen=True)
class SourceFinding:
    """A disagreement between two documents, or an inconsistency within one."""

    kind: FindingKind
    sides: tuple[Side, ...]
    """Two sentences of different documents for a conflict; one sentence otherwise."""
    confidence: float
    """0-1: how surely this is a real disagreement (see ``audit.confidence``)."""
    reason: str
    """One line saying what is wrong ("date: October 24 vs October 25 to 30, 2025")."""
    conflict: ConflictKind | None = None
    """For a conflict: which rule found it (date, number, entity, ...)."""
    aboutness: float | None = None
    """For a conflict: how much of each sentence the other says, the parts in dispute left
    out (0-1), as the judge measures it for a claim and a source sentence."""
    basis: Side | None = None
    """For a weekday: the sentence whose date gave the year, when it is not the one checked."""


@dataclass(frozen=True)
class SourceAudit:
    """Every finding of one audit, most confident first, and what was looked at."""

    findings: tuple[SourceFinding, ...]
    documents: int
    sentences: int
    pairs: int
    """Cross-document sentence pairs judged."""
    suppressed: int = 0
    """Findings left out by suppression comments in Markdown sources."""

    def count(self, kind: FindingKind) -> int:
        return sum(1 for f in self.findings if f.kind is kind)
