"""The command-line interface: a thin typer layer over the library, and the only place that exits."""

from __future__ import annotations

import os
import sys

import typer

from ..errors import FactcheckError
from ..outcome import ExitCode

app = typer.Typer(
    name="factcheck",
    help="Check claims against source documents: supported, contradicted or unmentioned.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode="rich",
    context_settings={"help_option_names": ["-h", "--help"]},
)

from . import article_command, check_commands, eval_command  # noqa: E402,F401  (register commands)


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


def _fail(message: str, code: ExitCode) -> None:
    try:
        print(f"factcheck: {message}", file=sys.stderr)
    finally:
        sys.exit(code)
