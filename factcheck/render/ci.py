"""Findings in drafted articles, in the formats CI systems and prose linters use."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence

from .. import __version__
from ..config import failing_verdicts
from ..ingest.drafts import Draft
from ..models import Judgement, Report, Verdict
from . import ArticleFormat
from .records import judgement_record
from .symbols import SYMBOLS
from .words import counted

FINDINGS = (Verdict.CONTRADICTED, Verdict.UNMENTIONED)
RULE_HELP = {
    Verdict.CONTRADICTED: "The sources state something that makes this sentence false.",
    Verdict.UNMENTIONED: "The sources neither confirm nor refute this sentence.",
}


def _findings(report: Report) -> list[Judgement]:
    return [j for j in report.judgements if j.verdict in FINDINGS]


def _evidence(j: Judgement) -> str:
    if not j.citations:
        return "no source sentence covers it"
    c = j.citations[0]
    conflicts = "; ".join(f"{k.claim_text} vs {k.source_text}" for k in j.conflicts)
    said = f'source says "{c.sentence}", {c.source}:{c.line}'
    return f"{said}; {conflicts}" if conflicts else said


def summary_text(report: Report, drafts: Sequence[Draft]) -> str:
    counts = ", ".join(f"{report.count(v)} {v.value}" for v in Verdict)
    skipped = sum(d.skipped for d in drafts)
    suppressed = sum(d.suppressed for d in drafts)
    checked = counted(len(report.judgements), "sentence")
    text = f"{counted(len(drafts), 'draft')}, {checked} checked: {counts}; {skipped} skipped (nothing checkable)"
    if suppressed:
        text += f", {suppressed} suppressed"
    too_long = sum(len(d.too_long) for d in drafts)
    if too_long:
        text += f", {too_long} too long to check"
    excluded = sum(d.excluded for d in drafts)
    if excluded:
        text += f", {excluded} outside the diff"
    return text


def render_text(report: Report, drafts: Sequence[Draft], fail_on: str) -> str:
    lines = [
        f"{j.claim.origin}:{j.claim.line}:{j.claim.column}: {j.verdict.value}: {j.claim.text} ({_evidence(j)})"
        for j in _findings(report)
    ]
    return "\n".join([*lines, summary_text(report, drafts)]) + "\n"


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render_github(report: Report, drafts: Sequence[Draft], fail_on: str) -> str:
    """GitHub Actions workflow commands: annotations on the pull request's lines."""
    lines = []
    for j in _findings(report):
        command = "error" if j.verdict is Verdict.CONTRADICTED else "warning"
        c = j.claim
        properties = ",".join(
            f"{k}={_escape_property(str(v))}"
            for k, v in (
                ("file", c.origin),
                ("line", c.line),
                ("col", c.column),
                ("endLine", c.end_line),
                ("endColumn", c.end_column),
                ("title", f"factcheck: {j.verdict.value}"),
            )
        )
        lines.append(f"::{command} {properties}::{_escape_data(f'{c.text} ({_evidence(j)})')}")
    lines.append(summary_text(report, drafts))
    return "\n".join(lines) + "\n"


def render_sarif(report: Report, drafts: Sequence[Draft], fail_on: str) -> str:
    """SARIF 2.1.0, for code-scanning dashboards."""
    results = []
    for j in _findings(report):
        c = j.claim
        result = {
            "ruleId": j.verdict.value,
            "level": "error" if j.verdict is Verdict.CONTRADICTED else "warning",
            "message": {"text": f"{c.text} ({_evidence(j)})"},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": c.origin},
                        "region": {
                            "startLine": c.line,
                            "startColumn": c.column,
                            "endLine": c.end_line,
                            "endColumn": c.end_column,
                        },
                    }
                }
            ],
        }
        if j.citations:
            result["relatedLocations"] = [
                {
                    "id": n,
                    "message": {"text": cite.sentence},
                    "physicalLocation": {
                        "artifactLocation": {"uri": cite.source},
                        "region": {"startLine": cite.line},
                    },
                }
                for n, cite in enumerate(j.citations, start=1)
            ]
        results.append(result)
    log = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "factcheck",
                        "version": __version__,
                        "rules": [
                            {
                                "id": v.value,
                                "shortDescription": {"text": RULE_HELP[v]},
                                "defaultConfiguration": {
                                    "level": "error" if v is Verdict.CONTRADICTED else "warning"
                                },
                            }
                            for v in FINDINGS
                        ],
                    }
                },
                "results": results,
            }
        ],
    }
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"


def render_json(report: Report, drafts: Sequence[Draft], fail_on: str) -> str:
    document = {
        "schema_version": 1,
        "factcheck_version": __version__,
        "summary": {
            **{v.value: report.count(v) for v in Verdict},
            "checked": len(report.judgements),
            "skipped": sum(d.skipped for d in drafts),
            "suppressed": sum(d.suppressed for d in drafts),
        },
        "results": [judgement_record(j) for j in report.judgements],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def render_junit(report: Report, drafts: Sequence[Draft], fail_on: str) -> str:
    """JUnit XML: one test case per checked sentence, failing per the ``--fail-on`` policy."""
    failing = failing_verdicts(fail_on)
    cases = []
    for j in report.judgements:
        c = j.claim
        name = quoteattr(f"{c.line}:{c.column} {c.text}")
        body = ""
        if j.verdict in failing:
            body = f"<failure message={quoteattr(j.verdict.value)} type={quoteattr(j.verdict.value)}>{_xml(_evidence(j))}</failure>"
        elif j.verdict is Verdict.UNMENTIONED:
            body = f"<system-out>{_xml('unmentioned: ' + _evidence(j))}</system-out>"
        cases.append(
            f"    <testcase classname={quoteattr(c.origin or '')} name={name}>{body}</testcase>"
        )
    failures = sum(1 for j in report.judgements if j.verdict in failing)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<testsuites name="factcheck" tests="{len(cases)}" failures="{failures}">\n'
        f'  <testsuite name="factcheck" tests="{len(cases)}" failures="{failures}" errors="0" skipped="0">\n'
        + "\n".join(cases)
        + ("\n" if cases else "")
        + "  </testsuite>\n</testsuites>\n"
    )


def _xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def quoteattr(text: str) -> str:
    """``text`` as a double-quoted XML attribute value."""
    escaped = _xml(text).replace('"', "&quot;")
    return f'"{escaped}"'.replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;")


def render_markdown(report: Report, drafts: Sequence[Draft], fail_on: str) -> str:
    """A report to post as a pull-request comment."""
    findings = _findings(report)
    out = ["## factcheck", "", summary_text(report, drafts) + ".", ""]
    if findings:
        out += ["| where | verdict | sentence | evidence |", "|---|---|---|---|"]
        for j in findings:
            cell = _evidence(j).replace("|", "\\|")
            out.append(
                f"| `{j.claim.origin}:{j.claim.line}` | {SYMBOLS[j.verdict]} {j.verdict.value} "
                f"| {j.claim.text.replace('|', chr(92) + '|')} | {cell} |"
            )
    else:
        out.append("No contradicted or unmentioned sentences.")
    return "\n".join(out) + "\n"


def render_table(report: Report, drafts: Sequence[Draft], fail_on: str) -> str:
    from .table import render_table_text

    return render_table_text(report) + summary_text(report, drafts) + "\n"


ARTICLE_RENDERERS: dict[ArticleFormat, Callable[[Report, Sequence[Draft], str], str]] = {
    ArticleFormat.TEXT: render_text,
    ArticleFormat.GITHUB: render_github,
    ArticleFormat.SARIF: render_sarif,
    ArticleFormat.JSON: render_json,
    ArticleFormat.JUNIT: render_junit,
    ArticleFormat.MARKDOWN: render_markdown,
    ArticleFormat.TABLE: render_table,
}
