"""Exit codes, decided in one place."""

from __future__ import annotations

from enum import IntEnum

from ..models import Report, Verdict


class ExitCode(IntEnum):
    OK = 0
    """No claim failed the ``--fail-on`` policy."""
    FINDINGS = 1
    """Some claim is contradicted with at least ``--min-confidence`` (or unmentioned, with
    ``--fail-on unmentioned``)."""
    USAGE = 2
    """Bad input, usage or configuration; nothing was checked."""
    INTERRUPTED = 130
    """Stopped by Ctrl-C."""


def exit_code(report: Report, fail_on: str) -> ExitCode:
    """``fail_on``: ``contradicted`` (default), ``unmentioned`` (also fails on those) or ``never``."""
    if fail_on == "never":
        return ExitCode.OK
    failing = {Verdict.CONTRADICTED}
    if fail_on == "unmentioned":
        failing.add(Verdict.UNMENTIONED)
    # A contradiction under the report's ``--min-confidence`` bar is reported, not failed.
    fails = any(j.verdict in failing and not report.is_below(j) for j in report.judgements)
    return ExitCode.FINDINGS if fails else ExitCode.OK


AUDIT_FAIL_ON = ("conflict", "never")


def audit_exit_code(found: int, fail_on: str) -> ExitCode:
    """``factcheck sources``: with ``fail_on`` ``conflict``, exit 1 when anything was found
    (a conflict between sources or an inconsistency within one)."""
    return ExitCode.FINDINGS if fail_on == "conflict" and found else ExitCode.OK
