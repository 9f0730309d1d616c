"""Where results go: standard output, guarded so that a failed write is an error, and
`--output FILE`, where an HTML report goes and which existing file it may replace."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Annotated

import typer

from ..errors import FactcheckError, InputError


class ResultsStream:
    """Standard output, whose failed writes (a full disk, an I/O error) are a user error,
    exit 2, whoever writes: factcheck's renderers, rich's console or ``print``. A reader that
    went away (``BrokenPipeError``) passes unchanged: that stop is a quiet one."""

    def __init__(self, stream) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        try:
            return self.stream.write(text)
        except BrokenPipeError:
            raise
        except OSError as error:
            raise _unwritable(error) from None

    def flush(self) -> None:
        try:
            self.stream.flush()
        except BrokenPipeError:
            raise
        except OSError as error:
            raise _unwritable(error) from None

    def __getattr__(self, name: str):
        return getattr(self.stream, name)


def _unwritable(error: OSError) -> FactcheckError:
    return FactcheckError(f"cannot write the results: {error.strerror or error}")


OutputOption = Annotated[
    str | None,
    typer.Option(
        "--output",
        "-o",
        metavar="FILE",
        help="With --format html: write the page to FILE instead of stdout. An existing FILE is "
        "replaced only when it is a factcheck report.",
        show_default=False,
    ),
]


def prepare_output(output: str | None, html: bool) -> None:
    """Refuse, before any work, an ``--output`` that is not for a page or would replace a file
    factcheck did not write."""
    if output is None:
        return
    if not html:
        raise InputError(None, "--output goes with --format html (redirect other formats)")
    path = Path(output)
    if not path.parent.is_dir():
        raise InputError(path, f"cannot write here: {path.parent} is not a folder")
    if not os.path.lexists(path):
        return
    if not path.is_file():
        raise InputError(path, "exists and is not a regular file; choose another --output")
    from ..render.html import is_report

    with path.open("rb") as existing:
        head = existing.read(2048)
    if not is_report(head):
        raise InputError(
            path, "exists and is not a factcheck report; it is left as it is (choose another name)"
        )


def write_output(text: str, output: str | None) -> None:
    """``text`` to stdout, or whole to FILE: written beside it, then renamed over it, so a
    reader never sees half a page and a failed run leaves the old one."""
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    path = Path(output)
    prepare_output(output, html=True)  # the file may have appeared while checking
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent or Path("."))
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    print(f"factcheck: wrote {path}", file=sys.stderr)
