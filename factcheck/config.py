"""Settings from ``[tool.factcheck]`` in pyproject.toml or from .factcheck.toml.

Command-line flags override these; unknown keys are an error naming the file, so a typo is
never silently ignored.
"""

from __future__ import annotations

import math
import sys
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from .errors import ConfigError
from .judge.thresholds import Thresholds
from .models import Verdict

KNOWN_KEYS = {
    "sources",
    "fail-on",
    "min-confidence",
    "thresholds",
    "include",
    "exclude",
    "index",
    "cluster",
}
FAIL_ON = ("contradicted", "unmentioned", "never", "nothing-checked")
"""What ``--fail-on`` can name, alone or joined by commas (``contradicted,nothing-checked``)."""


def parse_fail_on(value: object) -> str | None:
    """The policy in its normal form (its parts in ``FAIL_ON`` order, joined by commas), or
    ``None`` when it is not one: unknown parts, or ``never`` with another."""
    if not isinstance(value, str):
        return None
    parts = {p.strip() for p in value.split(",") if p.strip()}
    if not parts or not parts <= set(FAIL_ON) or ("never" in parts and len(parts) > 1):
        return None
    return ",".join(p for p in FAIL_ON if p in parts)


def failing_verdicts(policy: str) -> set[Verdict]:
    """The verdicts that fail a run under ``policy`` (``unmentioned`` fails contradictions too)."""
    parts = set(policy.split(","))
    if "unmentioned" in parts:
        return {Verdict.CONTRADICTED, Verdict.UNMENTIONED}
    if "contradicted" in parts:
        return {Verdict.CONTRADICTED}
    return set()


def fails_when_nothing_checked(policy: str) -> bool:
    return "nothing-checked" in policy.split(",")


@dataclass(frozen=True)
class Settings:
    sources: tuple[str, ...] = ()
    fail_on: str = "contradicted"
    min_confidence: float = 0.0
    """A contradicted verdict with less confidence than this does not fail the run."""
    thresholds: Thresholds = field(default_factory=Thresholds)
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    index: str | None = None
    """A ``postgresql://`` URL of a shared index (see ``corpus.postgres``)."""
    cluster: str | None = None
    """The address of a Dask scheduler to judge batches on (see ``run.cluster``)."""
    origin: dict[str, str] = field(default_factory=dict)
    """Where each setting came from: a file path, or "default"."""
    config_file: Path | None = None


def find_config(start: Path | None = None) -> tuple[Path, dict[str, Any]] | None:
    """The nearest .factcheck.toml or pyproject.toml with a [tool.factcheck] table."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        dedicated = folder / ".factcheck.toml"
        if dedicated.is_file():
            return dedicated, _load(dedicated)
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file():
            table = _load(pyproject).get("tool", {}).get("factcheck")
            if table is not None:
                return pyproject, table
        if (folder / ".git").exists():
            break
    return None


def _load(path: Path) -> dict[str, Any]:
    # Imported here, by the runs that find a configuration file only.
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib

    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(path, f"invalid TOML: {exc}") from None
    except UnicodeDecodeError:  # a file saved as UTF-16, say: TOML is UTF-8 only
        raise ConfigError(path, "is not UTF-8 text (a TOML file must be UTF-8)") from None
    except OSError as exc:
        raise ConfigError(path, f"cannot be read: {exc.strerror}") from None
    if path.name == ".factcheck.toml":
        return data.get("tool", {}).get("factcheck", data)
    return data


def _strings(path: Path, key: str, value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(path, f"'{key}' must be a string or a list of strings")
    return tuple(value)


def load_settings(start: Path | None = None) -> Settings:
    """Settings in force in ``start`` (default: the current folder)."""
    found = find_config(start)
    if found is None:
        return Settings()
    path, table = found
    unknown = sorted(set(table) - KNOWN_KEYS)
    if unknown:
        raise ConfigError(path, f"unknown key(s) in [tool.factcheck]: {', '.join(unknown)}")
    settings = Settings(config_file=path)
    origin: dict[str, str] = {}
    if "sources" in table:
        # Relative source paths are relative to the configuration file's folder.
        sources = tuple(
            str(p) if Path(p).is_absolute() else str(path.parent / p)
            for p in _strings(path, "sources", table["sources"])
        )
        settings = replace(settings, sources=sources)
        origin["sources"] = str(path)
    if "fail-on" in table:
        value = parse_fail_on(table["fail-on"])
        if value is None:
            raise ConfigError(
                path,
                f"'fail-on' must be one of {', '.join(FAIL_ON)} (or several joined by commas), "
                f"not {table['fail-on']!r}",
            )
        settings = replace(settings, fail_on=value)
        origin["fail-on"] = str(path)
    if "min-confidence" in table:
        value = table["min-confidence"]
        bar = None if isinstance(value, bool) else parse_min_confidence(value)
        if bar is None:
            raise ConfigError(
                path, f"'min-confidence' must be a number from 0 to 1 or \"ci\", not {value!r}"
            )
        settings = replace(settings, min_confidence=bar)
        origin["min-confidence"] = str(path)
    for key in ("include", "exclude"):
        if key in table:
            settings = replace(settings, **{key: _strings(path, key, table[key])})
            origin[key] = str(path)
    for key in ("index", "cluster"):
        if key in table:
            if not isinstance(table[key], str):
                raise ConfigError(path, f"'{key}' must be a string")
            settings = replace(settings, **{key: table[key]})
            origin[key] = str(path)
    if "thresholds" in table:
        settings = replace(settings, thresholds=_thresholds(path, table["thresholds"]))
        origin["thresholds"] = str(path)
    return replace(settings, origin=origin)


def parse_min_confidence(value: Any) -> float | None:
    """A confidence bar from 0 to 1, or ``"ci"``: the bar chosen for CI gates when the
    confidence model was fitted. None when ``value`` is neither."""
    if value == "ci":
        from .judge.confidence import ci_min_confidence

        return ci_min_confidence()
    if isinstance(value, str):
        try:
            value = float(value)
        except ValueError:
            return None
    if not isinstance(value, (int, float)) or not 0.0 <= value <= 1.0:
        return None
    return float(value)


def _thresholds(path: Path, table: Any) -> Thresholds:
    if not isinstance(table, dict):
        raise ConfigError(path, "'thresholds' must be a table")
    # Counts (candidates, long_claim) are whole numbers; the rest are fractions.
    whole = {f.name for f in fields(Thresholds) if f.type in ("int", int)}
    known = {f.name for f in fields(Thresholds)}
    unknown = sorted(set(table) - known)
    if unknown:
        raise ConfigError(
            path, f"unknown threshold(s): {', '.join(unknown)} (known: {', '.join(sorted(known))})"
        )
    values = {}
    for key, value in table.items():
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            raise ConfigError(path, f"threshold '{key}' must be a number, not {value!r}")
        if not math.isfinite(value):
            raise ConfigError(path, f"threshold '{key}' must be a finite number, not {value!r}")
        if key in whole and (value != int(value) or value < 1):
            raise ConfigError(path, f"threshold '{key}' must be a whole number of 1 or more")
        if key not in whole and not 0 <= value <= 1:
            raise ConfigError(path, f"threshold '{key}' must be between 0 and 1, not {value!r}")
        values[key] = int(value) if key in whole else float(value)
    return replace(Thresholds(), **values)
