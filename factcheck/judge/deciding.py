"""Which conflicts decide a verdict, and which only lower its confidence.

A conflict decides "contradicted" only when its rule placed it in the same slot of the same
event (see :mod:`factcheck.judge.slots`). One it could not place is shown and weighed by the
confidence model, and, unless weak, keeps its sentence from supporting the claim (another name
where the claim has one is no confirmation, even when it is no refutation), but does not
contradict.
"""

from __future__ import annotations

from .coverage import Scored
from .findings import Finding
from .rules import weak_kinds


def deciding(scored: Scored) -> list[Finding]:
    """The candidate's findings that take part in the verdict."""
    return [f for f in scored.findings if f.deciding]


def is_clean(scored: Scored) -> bool:
    """No finding of the candidate keeps it from supporting the claim: none but weak ones. A weak
    one its rule could not place only lowers confidence; a strong one it could not place still
    keeps the sentence from supporting (another name is no confirmation)."""
    return all(f.kind in weak_kinds() for f in scored.findings)


def advisory(scored: Scored) -> list[Finding]:
    """The candidate's findings that only lower confidence."""
    return [f for f in scored.findings if not f.deciding]
