"""The command-line interface: a thin typer layer over the library, and the only place that exits."""

from __future__ import annotations

import contextlib
import os
import sys

import typer

from ..errors import FactcheckError
from .exit_codes import ExitCode

app = typer.Typer(
    name="factcheck",
    help="Check claims against source documents: supported, contradicted or unmentioned.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode="rich",
    context_settings={"help_option_names": ["-h", "--help"]},
)

from . import (  # noqa: E402,F401  (register commands)
    article_command,
    check_commands,
    eval_command,
    sources_command,
)


def main() -> None:
    """Console entry point: runs the app, turning every error into a one-line message."""
    try:
        # Without standalone mode click returns the code of a typer.Exit instead of exiting.
        code = app(standalone_mode=False)
        if code == ExitCode.INTERRUPTED:  # typer turns Ctrl-C into this code
            _fail("interrupted", ExitCode.INTERRUPTED)
        sys.exit(code if isinstance(code, int) else ExitCode.OK)
    except FactcheckError as exc:
        _fail(f"error: {exc}", ExitCode.USAGE)
    except KeyboardInterrupt:
        _fail("interrupted", ExitCode.INTERRUPTED)
    except BrokenPipeError:
        # The reader went away (`factcheck ... | head -1`): stop quietly.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(ExitCode.OK)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except typer.Abort:
        _fail("aborted", ExitCode.INTERRUPTED)
    except Exception as exc:  # usage errors and anything unforeseen: one line, no traceback
        if hasattr(exc, "format_message") and hasattr(exc, "exit_code"):  # click's usage errors
            _fail(f"error: {exc.format_message()}", ExitCode.USAGE)
        _fail(f"error: internal error: {type(exc).__name__}: {exc}", ExitCode.USAGE)


def run() -> None:
    """The process's entry point (the ``factcheck`` command, ``python -m factcheck``): ``main``,
    then the process ends as soon as its output is flushed. The interpreter's own clean-up
    would free every object of the run one by one first, a twentieth of a check against a
    large index, and factcheck leaves nothing to it: files are closed where they are written,
    and worker processes are reaped."""
    try:
        main()
        code = 0
    except SystemExit as exc:
        if isinstance(exc.code, int) or exc.code is None:
            code = exc.code or 0
        else:  # a message, as ``sys.exit`` takes one
            print(exc.code, file=sys.stderr)
            code = 1
    for stream in (sys.stdout, sys.stderr):
        # The reader went away, or the stream was closed: nothing more to say.
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    os._exit(code)


def _fail(message: str, code: ExitCode) -> None:
    try:
        print(f"factcheck: {message}", file=sys.stderr)
    finally:
        sys.exit(code)
