"""Which conflicts decide a verdict, and which only lower its confidence.

A kind of conflict decides "contradicted" only when, on the tune halves of the natural labelled
sets (all but FEVER), the contradicted verdicts citing it were right at least half the time,
after its rule was narrowed to exclusive slots (see :mod:`factcheck.judge.slots`). A kind below
that is still found and shown, and the confidence model weighs it; it does not make a claim
contradicted, though its sentence no longer supports the claim either.
"""

from __future__ import annotations

from ..models import ConflictKind
from .coverage import Scored
from .findings import Finding
from .rules import weak_kinds

ADVISORY: frozenset[ConflictKind] = frozenset()
"""Kinds below the bar on the tune halves (right / contradicted verdicts citing them, after
narrowing): entity 10 / 33. A conflict read from a relation slot ("mediated by X" / "mediated
by Y", a role) names its relation and is an exclusive slot by construction: it still decides."""


def is_advisory(finding: Finding) -> bool:
    """Whether ``finding`` only lowers confidence."""
    return not finding.deciding or (finding.kind in ADVISORY and not finding.relation)


def deciding(scored: Scored) -> list[Finding]:
    """The candidate's findings that take part in the verdict."""
    return [f for f in scored.findings if not is_advisory(f)]


def is_clean(scored: Scored) -> bool:
    """No finding of the candidate keeps it from supporting the claim: none but weak ones. A
    conflict that does not decide still keeps its sentence from supporting: another name where
    the claim has one is no confirmation, even when it is no refutation."""
    return all(f.kind in weak_kinds() and not is_advisory(f) for f in scored.findings)


def advisory(scored: Scored) -> list[Finding]:
    """The candidate's findings that only lower confidence."""
    return [f for f in scored.findings if is_advisory(f)]
