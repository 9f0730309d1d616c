"""What a rule is and what it reports: a finding (the parts that disagree) and the rule record."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..language.analysis import Analysed
from ..models import ConflictKind


@dataclass(frozen=True)
class Finding:
    """One disagreement: the claim's words and the evidence's words that conflict."""

    kind: ConflictKind
    claim_span: tuple[int, int]
    """Offsets of the conflicting words in the claim's analysed text."""
    claim_text: str
    source_text: str
    relation: str = ""
    """The relation or role the parts fill, when a relation slot conflicts ("led by")."""
    deciding: bool = True
    """False for a conflict its rule could not place in the same slot of the same event: it is
    shown and weighed by the confidence model, but does not decide the verdict."""


@dataclass(frozen=True)
class Example:
    """A claim and a piece of evidence on which a rule must fire (``fires``) or must not."""

    claim: str
    evidence: str
    fires: bool


Find = Callable[[Analysed, Analysed], list[Finding]]


@dataclass(frozen=True)
class Rule:
    """A conflict rule: what it finds, how strongly, and the examples that pin it down.

    Every module of ``factcheck.judge.rules`` defines one as ``RULE``; the registry collects them.
    """

    name: str
    kind: ConflictKind
    """The kind of conflict it reports (what the output names)."""
    find: Find
    examples: tuple[Example, ...]
    order: int
    """Rules run in this order; of two findings on the same words, the earlier rule's is kept."""
    weak: bool = False
    """A weak conflict can tell "contradicted" from "unmentioned" but never overrules support."""
    neutral: bool = False
    """A neutral finding says the evidence takes no side ("no clear evidence that ..."): the
    sentence neither supports nor contradicts the claim."""
