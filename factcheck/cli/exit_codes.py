"""Exit codes, decided in one place."""

from __future__ import annotations

from enum import IntEnum

from ..config import failing_verdicts, fails_when_nothing_checked
from ..models import Report


class ExitCode(IntEnum):
    OK = 0
    """No claim failed the ``--fail-on`` policy."""
    FINDINGS = 1
    """Some claim is contradicted (or unmentioned, with ``--fail-on unmentioned``)."""
    USAGE = 2
    """Bad input, usage or configuration; nothing was checked."""
    INTERNAL = 3
    """An internal error: a bug, or the system failing (a worker process killed)."""
    INTERRUPTED = 130
    """Stopped by Ctrl-C."""


def exit_code(report: Report, fail_on: str) -> ExitCode:
    """``fail_on``: ``contradicted`` (default), ``unmentioned`` (also fails on those) or
    ``never``, with ``nothing-checked`` added to fail a run that checked nothing."""
    if fails_when_nothing_checked(fail_on) and not report.judgements:
        return ExitCode.FINDINGS
    failing = failing_verdicts(fail_on)
    # A contradiction under the report's ``--min-confidence`` bar is reported, not failed.
    fails = any(j.verdict in failing and not report.is_below(j) for j in report.judgements)
    return ExitCode.FINDINGS if fails else ExitCode.OK


AUDIT_FAIL_ON = ("conflict", "never")


def audit_exit_code(found: int, fail_on: str) -> ExitCode:
    """``factcheck sources``: with ``fail_on`` ``conflict``, exit 1 when anything was found
    (a conflict between sources or an inconsistency within one)."""
    return ExitCode.FINDINGS if fail_on == "conflict" and found else ExitCode.OK
