"""The command-line interface: a thin typer layer over the library, and the only place that exits."""

from __future__ import annotations

import contextlib
import gc
import importlib
import os
import sys
from collections.abc import Sequence
from typing import Annotated

import typer

from ..errors import FactcheckError, InternalError
from .exit_codes import ExitCode

app = typer.Typer(
    name="factcheck",
    help="Check claims against source documents: supported, contradicted or unmentioned.\n\n"
    "Exit codes: 0 nothing failed, 1 findings (see --fail-on), 2 bad input or usage, "
    "3 internal error.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode="rich",
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        from .. import __version__

        print(f"factcheck {__version__}")
        raise typer.Exit(ExitCode.OK)


@app.callback()
def _options(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
    debug: Annotated[
        bool,
        typer.Option(
            "--debug", help="On an internal error, print its traceback (also after a command)."
        ),
    ] = False,
) -> None:
    """Options for every command."""


# The module of each command. Commands register themselves on import, and --help lists them
# in this order, the order a user needs them.
_COMMAND_MODULES = {
    "verify": "check_commands",
    "check": "check_commands",
    "article": "article_command",
    "index": "article_command",
    "config": "article_command",
    "sources": "sources_command",
    "eval": "eval_command",
}


def load_commands(args: Sequence[str] | None = None) -> typer.Typer:
    """Register the commands on ``app``: with ``args`` naming a command, only that command's
    module (a run never imports, nor has typer build, the other commands and their
    renderers: a tenth of what a single check spends before it reads the index); else all,
    as the app's own help (``factcheck -h verify``) lists them all."""
    name = None
    for arg in args or ():
        if arg in ("-h", "--help", "--version"):
            break
        if not arg.startswith("-"):
            name = arg
            break
    wanted = [_COMMAND_MODULES[name]] if name in _COMMAND_MODULES else _COMMAND_MODULES.values()
    for module in dict.fromkeys(wanted):
        importlib.import_module(f"{__name__}.{module}")
    return app


def _take_debug_flag() -> bool:
    """``--debug`` anywhere before ``--`` (``factcheck verify X --debug`` as well as
    ``factcheck --debug verify X``), taken out of the arguments."""
    args = sys.argv[1:]
    end = args.index("--") if "--" in args else len(args)
    if "--debug" not in args[:end]:
        return False
    args.remove("--debug")
    sys.argv[1:] = args
    return True


def _streams_ready() -> bool:
    """Standard error may be closed (messages then go nowhere); standard output must be
    open, or the results would be lost while the run reported success."""
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w")  # noqa: SIM115 (for the life of the process)
    if sys.stdout is None:
        _fail("error: standard output is closed; nowhere to write the results", ExitCode.USAGE)
        return False
    # A file name that is not UTF-8 is shown escaped, never a crash in the middle of a line.
    with contextlib.suppress(AttributeError, ValueError):
        sys.stdout.reconfigure(errors="backslashreplace")
    return True


def main() -> None:
    """Console entry point: runs the app, turning every error into a one-line message and a
    distinct exit code (2 for the input or usage, 3 for an internal error, named with what
    factcheck was working on; ``--debug`` adds its traceback)."""
    debug = _take_debug_flag()
    if not _streams_ready():
        return
    from .output import ResultsStream

    load_commands(sys.argv[1:])
    stdout = sys.stdout
    sys.stdout = ResultsStream(stdout)
    try:
        _run_app(debug)
    finally:
        sys.stdout = stdout


def _run_app(debug: bool) -> None:
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
    except InternalError as exc:
        if debug and exc.trace:
            print(exc.trace, file=sys.stderr, end="")
        _internal(str(exc), debug)
    except Exception as exc:  # usage errors and anything unforeseen: one line, no traceback
        if hasattr(exc, "format_message") and hasattr(exc, "exit_code"):  # click's usage errors
            _fail(f"error: {exc.format_message()}", ExitCode.USAGE)
        if isinstance(exc, OSError) and exc.errno is not None and _is_stdout_error():
            _fail(f"error: cannot write the results: {exc.strerror}", ExitCode.USAGE)
        if debug:
            import traceback

            traceback.print_exc(file=sys.stderr)
        _internal(f"{type(exc).__name__}: {exc}", debug)


def _is_stdout_error() -> bool:
    """Whether standard output can no longer be written (closed, or its disk full)."""
    try:
        sys.stdout.flush()
    except (OSError, ValueError):
        return True
    return False


def _internal(message: str, debug: bool) -> None:
    hint = "" if debug else " (run again with --debug for the traceback)"
    _fail(f"internal error {message}{hint}", ExitCode.INTERNAL)


def run() -> None:
    """The process's entry point (the ``factcheck`` command, ``python -m factcheck``): ``main``,
    then the process ends as soon as its output is flushed. The interpreter's own clean-up
    would free every object of the run one by one first, a twentieth of a check against a
    large index, and factcheck leaves nothing to it: files are closed where they are written,
    and worker processes are reaped."""
    # A collection pass every 700 new objects walks the judge's tables again and again while
    # a run reads a large index's rows: fewer, larger passes (as other large Python tools
    # set them) take a tenth off a single check against a shared index, memory unchanged.
    gc.set_threshold(100_000, 20, 20)
    try:
        main()
        code = 0
    except SystemExit as exc:
        if isinstance(exc.code, int) or exc.code is None:
            code = exc.code or 0
        else:  # a message, as ``sys.exit`` takes one
            print(exc.code, file=sys.stderr)
            code = 1
    try:
        if sys.stdout is not None:
            sys.stdout.flush()
    except BrokenPipeError:
        pass  # the reader went away: nothing more to say
    except (OSError, ValueError) as error:
        # The results could not be written (a full disk, a closed descriptor): never a pass.
        with contextlib.suppress(OSError, ValueError):
            reason = getattr(error, "strerror", None) or error
            print(f"factcheck: error: cannot write the results: {reason}", file=sys.stderr)
        code = max(code, ExitCode.USAGE) if code != ExitCode.INTERNAL else code
    with contextlib.suppress(OSError, ValueError, AttributeError):
        sys.stderr.flush()
    os._exit(code)


def _fail(message: str, code: ExitCode) -> None:
    try:
        from ..render.escape import visible

        with contextlib.suppress(OSError, ValueError):
            print(f"factcheck: {visible(message)}", file=sys.stderr)
    finally:
        sys.exit(code)
