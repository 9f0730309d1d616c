"""Findings in the formats CI systems and prose linters read: a line per finding (text), GitHub
workflow commands, SARIF and JUnit XML. Each takes claims from any command: sentences of drafts
(with line and column), lines of a claims file, or claims typed on the command line."""

from __future__ import annotations

import json

from .. import __version__
from ..config import failing_verdicts
from ..ingest.drafts import skipped_by_kind
from ..models import Judgement, Report, Verdict
from . import RenderContext
from .escape import (
    file_uri,
    github_data,
    github_property,
    json_safe,
    visible,
    xml_attribute,
    xml_text,
)
from .evidence import evidence, ordered_citations, where
from .words import counted

FINDINGS = (Verdict.CONTRADICTED, Verdict.UNMENTIONED)
RULE_HELP = {
    Verdict.CONTRADICTED: "The sources state something that makes this sentence false.",
    Verdict.UNMENTIONED: "The sources neither confirm nor refute this sentence.",
}


def _findings(report: Report) -> list[Judgement]:
    return [j for j in report.judgements if j.verdict in FINDINGS]


def _sureness(j: Judgement, report: Report) -> str:
    """The confidence, marked when it is under the ``--min-confidence`` bar."""
    if j.below(report.min_confidence):
        return f"confidence {j.confidence:.2f}, below {report.min_confidence:.2f}"
    return f"confidence {j.confidence:.2f}"


def _fails(j: Judgement, report: Report) -> bool:
    """A contradiction that fails the run: not under the ``--min-confidence`` bar."""
    return j.verdict is Verdict.CONTRADICTED and not report.is_below(j)


def summary_text(report: Report, context: RenderContext) -> str:
    """The counts: of drafts and their sentences, or of claims."""
    counts = ", ".join(f"{report.count(v)} {v.value}" for v in Verdict)
    drafts = context.drafts
    if drafts is None:
        text = f"{counted(len(report.judgements), 'claim')}: {counts}"
        disputed = sum(1 for j in report.judgements if j.disputed)
        text += f", {disputed} disputed" if disputed else ""
        return text + _below(report)
    skipped = sum(d.skipped for d in drafts)
    checked = counted(len(report.judgements), "sentence")
    text = f"{counted(len(drafts), 'draft')}, {checked} checked: {counts}; {skipped} skipped"
    by_kind = skipped_by_kind(drafts)
    if by_kind:
        text += " (" + ", ".join(f"{n} {kind}" for kind, n in by_kind.items()) + ")"
    suppressed = sum(d.suppressed for d in drafts)
    if suppressed:
        text += f", {suppressed} suppressed"
    too_long = sum(len(d.too_long) for d in drafts)
    if too_long:
        text += f", {too_long} too long to check"
    excluded = sum(d.excluded for d in drafts)
    if excluded:
        text += f", {excluded} outside the diff"
    return text + _below(report)


def _below(report: Report) -> str:
    below = report.below_bar()
    return f"; {below} contradicted below confidence {report.min_confidence:.2f}" if below else ""


def render_text(report: Report, context: RenderContext) -> str:
    """A line per finding, as prose linters write them, then the counts."""
    lines = [
        f"{where(j)}: {j.verdict.value}: {visible(j.claim.text)} ({evidence(j)}; {_sureness(j, report)})"
        for j in _findings(report)
    ]
    return "\n".join([*lines, summary_text(report, context)]) + "\n"


def render_github(report: Report, context: RenderContext) -> str:
    """GitHub Actions workflow commands: annotations on the pull request's lines."""
    lines = []
    for j in _findings(report):
        command = "error" if _fails(j, report) else "warning"
        c = j.claim
        located = (
            ("file", c.origin),
            ("line", c.line),
            ("col", c.column),
            ("endLine", c.end_line),
            ("endColumn", c.end_column),
        )
        properties = ",".join(
            f"{k}={github_property(str(v))}"
            for k, v in (*located, ("title", f"factcheck: {j.verdict.value}"))
            if v is not None
        )
        said = f"{c.text} ({evidence(j)}; {_sureness(j, report)})"
        message = said if c.origin else f"{where(j)}: {said}"
        lines.append(f"::{command} {properties}::{github_data(message)}")
    lines.append(summary_text(report, context))
    return "\n".join(lines) + "\n"


def render_sarif(report: Report, context: RenderContext) -> str:
    """SARIF 2.1.0, for code-scanning dashboards. File URIs are relative to the repository's
    top folder (``context.root``), where code scanning resolves them."""
    results = []
    for j in _findings(report):
        c = j.claim
        result: dict = {
            "ruleId": j.verdict.value,
            "level": "error" if _fails(j, report) else "warning",
            "message": {"text": f"{visible(c.text)} ({evidence(j)})"},
            "properties": {"confidence": j.confidence, "belowMinConfidence": report.is_below(j)},
        }
        if c.origin is not None:
            region = {"startLine": c.line or 1}
            if c.column is not None:
                region["startColumn"] = c.column
            if c.end_line is not None:
                region["endLine"] = c.end_line
                region["endColumn"] = c.end_column
            result["locations"] = [
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": file_uri(c.origin, context.root)},
                        "region": region,
                    }
                }
            ]
        related = []
        for n, cite in enumerate(ordered_citations(j), start=1):
            path = context.source_paths.get(cite.source)
            location: dict = {"id": n, "message": {"text": visible(cite.sentence)}}
            if path is not None:
                location["physicalLocation"] = {
                    "artifactLocation": {"uri": file_uri(path, context.root)},
                    "region": {"startLine": cite.line},
                }
            related.append(location)
        if related:
            result["relatedLocations"] = related
        results.append(result)
    rules = [
        (v.value, RULE_HELP[v], "error" if v is Verdict.CONTRADICTED else "warning")
        for v in FINDINGS
    ]
    return sarif_document(rules, results)


def sarif_document(rules: list[tuple[str, str, str]], results: list[dict]) -> str:
    """A SARIF 2.1.0 log of one factcheck run: its ``rules`` as (id, description, default
    level), and its ``results``."""
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
                                "id": rule_id,
                                "shortDescription": {"text": text},
                                "defaultConfiguration": {"level": level},
                            }
                            for rule_id, text, level in rules
                        ],
                    }
                },
                "results": results,
            }
        ],
    }
    return json_safe(json.dumps(log, indent=2, ensure_ascii=False)) + "\n"


def render_junit(report: Report, context: RenderContext) -> str:
    """JUnit XML: one test case per checked claim, failing per the ``--fail-on`` policy."""
    failing = failing_verdicts(context.fail_on)
    cases = []
    for j in report.judgements:
        c = j.claim
        place = f"{c.line}:{c.column}" if c.column is not None else str(c.line or c.id)
        name = xml_attribute(f"{place} {c.text}")
        body = ""
        if j.verdict in failing and not report.is_below(j):
            verdict = xml_attribute(j.verdict.value)
            body = f"<failure message={verdict} type={verdict}>{xml_text(evidence(j))}</failure>"
        elif j.verdict in FINDINGS:
            said = f"{j.verdict.value} ({_sureness(j, report)}): {evidence(j)}"
            body = f"<system-out>{xml_text(said)}</system-out>"
        classname = xml_attribute(c.origin or "claims")
        cases.append(f"    <testcase classname={classname} name={name}>{body}</testcase>")
    failures = sum(1 for j in report.judgements if j.verdict in failing and not report.is_below(j))
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<testsuites name="factcheck" tests="{len(cases)}" failures="{failures}">\n'
        f'  <testsuite name="factcheck" tests="{len(cases)}" failures="{failures}" errors="0" skipped="0">\n'
        + "\n".join(cases)
        + ("\n" if cases else "")
        + "  </testsuite>\n</testsuites>\n"
    )
