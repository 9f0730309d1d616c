"""Where the sources disagree, before anyone writes: conflicts between documents about the same
thing, and inconsistencies within one document (a weekday its date did not fall on, a range
that ends before it starts, a total its parts contradict)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .results import FindingKind, Side, SourceAudit, SourceFinding
    from .scan import audit_sources

# Imported on first use: the command line names the output formats without loading the audit.
_EXPORTS = {
    "FindingKind": "results",
    "Side": "results",
    "SourceAudit": "results",
    "SourceFinding": "results",
    "audit_sources": "scan",
}
__all__ = ["FindingKind", "Side", "SourceAudit", "SourceFinding", "audit_sources"]


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module 'factcheck.audit' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{_EXPORTS[name]}", __name__), name)
    globals()[name] = value
    return value
