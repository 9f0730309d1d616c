"""Contradiction rules, one module per kind of conflict.

Each rule compares a claim with evidence (one sentence, or two of one document read together)
and returns the exact parts that disagree. Every module here defines ``RULE``, a
:class:`~factcheck.judge.findings.Rule` with its examples: claim / evidence pairs on which it
must fire and on which it must not (the test suite runs them all). A new rule is a new module;
the registry below finds it.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache

from ...language.analysis import Analysed
from ..findings import Finding, Rule


@cache
def all_rules() -> dict[str, Rule]:
    """Every rule by name, in the order they are applied."""
    rules = [
        importlib.import_module(f"{__name__}.{module.name}").RULE
        for module in pkgutil.iter_modules(__path__)
    ]
    return {rule.name: rule for rule in sorted(rules, key=lambda r: (r.order, r.name))}


@cache
def weak_kinds() -> frozenset[str]:
    """Kinds of conflict that never overrule a sentence supporting the claim."""
    return frozenset(rule.kind for rule in all_rules().values() if rule.weak)


@cache
def neutral_kinds() -> frozenset[str]:
    """Kinds of finding that take a sentence out of the verdict: it neither supports nor
    contradicts the claim."""
    return frozenset(rule.kind for rule in all_rules().values() if rule.neutral)


def find_conflicts(claim: Analysed, evidence: Analysed) -> list[Finding]:
    """Every conflict any rule finds between ``claim`` and ``evidence``."""
    findings: list[Finding] = []
    for rule in all_rules().values():
        for finding in rule.find(claim, evidence):
            # One conflict per stretch of the claim: the first rule to explain it names it.
            if not any(_overlap(finding.claim_span, f.claim_span) for f in findings):
                findings.append(finding)
    return findings


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]
