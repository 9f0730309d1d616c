"""Typed errors. The library raises these; only the CLI turns them into a message and exit code."""

from __future__ import annotations

from pathlib import Path


class FactcheckError(Exception):
    """Base class of every error factcheck reports to a user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class InputError(FactcheckError):
    """A source or claims file that cannot be read as given, with the file and line."""

    def __init__(self, path: str | Path | None, message: str, line: int | None = None) -> None:
        self.path = str(path) if path is not None else None
        self.line = line
        self.detail = message
        where = ""
        if self.path is not None:
            where = f"{self.path}:{line}: " if line is not None else f"{self.path}: "
        super().__init__(f"{where}{message}")

    def __reduce__(self) -> tuple:
        # Picklable, so that an error met in a worker process reaches the user unchanged.
        return (InputError, (self.path, self.detail, self.line))


class ConfigError(FactcheckError):
    """A configuration file or setting that is wrong."""

    def __init__(self, path: str | Path | None, message: str) -> None:
        self.path = str(path) if path is not None else None
        super().__init__(f"{self.path}: {message}" if self.path else message)
