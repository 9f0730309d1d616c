"""factcheck: check claims against source documents, offline and deterministically."""

from .api import check, check_one, load_sources
from .corpus import Corpus
from .errors import ConfigError, FactcheckError, InputError
from .judge import Thresholds
from .models import (
    Citation,
    Claim,
    Conflict,
    ConflictKind,
    Judgement,
    Report,
    Sentence,
    Verdict,
)

__version__ = "0.1.0"

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
    "Report",
    "Sentence",
    "Thresholds",
    "Verdict",
    "__version__",
    "check",
    "check_one",
    "load_sources",
]
