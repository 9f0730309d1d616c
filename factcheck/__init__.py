"""factcheck: check claims against source documents, offline and deterministically."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .api import check, check_one, load_sources, open_sources, verify
    from .corpus.collection import Corpus
    from .errors import ConfigError, FactcheckError, InputError
    from .judge.thresholds import Thresholds
    from .models import (
        Citation,
        Claim,
        Conflict,
        ConflictKind,
        Judgement,
        Part,
        Report,
        Sentence,
        Verdict,
    )

__version__ = "0.1.0"

# Where each public name lives; imported on first use, so that the command line starts fast.
_EXPORTS = {
    "check": "api",
    "check_one": "api",
    "load_sources": "api",
    "open_sources": "api",
    "verify": "api",
    "Corpus": "corpus.collection",
    "ConfigError": "errors",
    "FactcheckError": "errors",
    "InputError": "errors",
    "Thresholds": "judge.thresholds",
    "Citation": "models",
    "Claim": "models",
    "Conflict": "models",
    "ConflictKind": "models",
    "Judgement": "models",
    "Part": "models",
    "Report": "models",
    "Sentence": "models",
    "Verdict": "models",
}

__all__ = [
    "Citation",
    "Claim",
    "ConfigError",
    "Conflict",
    "ConflictKind",
    "Corpus",
    "FactcheckError",
    "InputError",
    "Judgement",
    "Part",
    "Report",
    "Sentence",
    "Thresholds",
    "Verdict",
    "__version__",
    "check",
    "check_one",
    "load_sources",
    "open_sources",
    "verify",
]


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module 'factcheck' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{_EXPORTS[name]}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
