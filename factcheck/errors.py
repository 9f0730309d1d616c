"""Typed errors. The library raises these; only the CLI turns them into a message and exit code."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
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


class InternalError(Exception):
    """An unforeseen error (a bug, or the system failing under factcheck), with what factcheck
    was working on when it happened, so that a report names the file or step. Picklable (the
    traceback kept as text), so that one met in a worker process reaches the user whole."""

    def __init__(self, doing: str, kind: str, detail: str, trace: str = "") -> None:
        super().__init__(doing, kind, detail, trace)
        self.doing, self.kind, self.detail, self.trace = doing, kind, detail, trace

    def __str__(self) -> str:
        return (
            f"while {self.doing}: {self.kind}: {self.detail}"
            if self.detail
            else (f"while {self.doing}: {self.kind}")
        )


@contextmanager
def working_on(doing: str) -> Iterator[None]:
    """Name what the code inside is doing (``"reading notes/a.md"``): an unforeseen error
    there becomes an ``InternalError`` that says so. Errors about the input pass unchanged, as
    does an ``InternalError`` from deeper down, which names its step more closely."""
    try:
        yield
    except (FactcheckError, InternalError):
        raise
    except Exception as error:
        import traceback

        trace = "".join(traceback.format_exception(error))
        detail = str(error)
        if isinstance(error, EOFError) and not detail:
            detail = "a worker process ended without its results (was it killed?)"
        raise InternalError(doing, type(error).__name__, detail, trace) from error
