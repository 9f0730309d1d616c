"""How sure a finding of the audit is, 0-1.

A conflict between two documents is only as sure as the two sentences are about the same thing:
its confidence is derived from their mutual aboutness, in ``conflict_confidence`` alone, so that
a calibrated measure can take its place in one spot. An inconsistency within a document is
calendar or arithmetic, certain once its reading is: its confidence says how surely the year
(for a weekday) is the date's own.
"""

from __future__ import annotations


def conflict_confidence(aboutness: float) -> float:
    """The confidence of a cross-document conflict: the mutual aboutness of its two sentences
    (how much of each the other says, the disputed parts left out), rounded."""
    return round(max(0.0, min(1.0, aboutness)), 2)


# How the year of a weekday's date was found, most certain first.
YEAR_STATED = 1.0
"""The date gives its year ("Saturday, October 24, 2026")."""
YEAR_OF_DOCUMENT = 0.9
"""Every date of the document that gives a year gives this one."""
YEAR_OF_RELATED_DOCUMENT = 0.75
"""The document gives no year; the documents that report the same things give this one."""

ARITHMETIC = 1.0
"""A range that ends before it starts, or parts that do not add up to their total."""
