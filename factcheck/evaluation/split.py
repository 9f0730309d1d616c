"""A fixed split of every labelled set into a tune half and a check half.

Errors are read and thresholds or weights fitted on the tune half only; the check half is only
scored, so its figures say how the checker does on claims nobody tuned on. The half a claim falls
in depends on its id alone (a hash, not its position), so it never changes when a set is
reordered, extended or renamed.
"""

from __future__ import annotations

import hashlib
from enum import Enum


class Half(str, Enum):
    TUNE = "tune"
    CHECK = "check"


def half_of(claim_id: str) -> Half:
    """The half of the claim with this id: the parity of the first byte of its SHA-256."""
    first = hashlib.sha256(claim_id.encode("utf-8")).digest()[0]
    return Half.TUNE if first % 2 == 0 else Half.CHECK
