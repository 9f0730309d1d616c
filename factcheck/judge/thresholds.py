"""The numbers a verdict depends on, in one place; each can be set in the configuration."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Thresholds:
    """The numbers the verdict depends on; defaults chosen on the labelled evaluation sets."""

    support: float = 0.6
    """Least coverage of the claim by conflict-free evidence for ``supported``."""
    contradict: float = 0.45
    """Least aboutness of conflicting evidence for ``contradicted``."""
    long_claim: int = 14
    """Claims with more parts (words, numbers, dates) than this say several things at once: a
    conflicting sentence must match more of them to be about the same thing."""
    per_extra_part: float = 0.05
    """How much the contradiction bar rises for each part beyond ``long_claim``."""
    pair_gain: float = 0.15
    """How much more a second sentence must cover before two sentences are read together."""
    candidates: int = 12
    """Sentences retrieved per claim before judging."""
