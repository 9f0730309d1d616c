"""The findings of `factcheck sources` in every output format: a terminal table, JSON, JSON Lines,
Markdown, SARIF and GitHub workflow commands. Each escapes what it carries for where it goes."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any
from urllib.parse import quote

from .. import __version__
from ..audit.results import FindingKind, Side, SourceAudit, SourceFinding
from .ci import sarif_document
from .escape import file_uri, github_data, github_property, json_safe
from .escape import markdown_inline as md
from .records import citation_fields

SCHEMA_VERSION = 1

RULE_HELP = {
    FindingKind.CONFLICT: "Two sources say different things about the same thing.",
    FindingKind.WEEKDAY: "A weekday that its date did not fall on.",
    FindingKind.RANGE: "A range of dates that ends before it starts.",
    FindingKind.TOTAL: "A total that its listed parts do not add up to.",
}


class AuditFormat(str, Enum):
    """Output formats of `factcheck sources`."""

    TABLE = "table"
    JSON = "json"
    JSONL = "jsonl"
    MARKDOWN = "markdown"
    SARIF = "sarif"
    GITHUB = "github"


@dataclass(frozen=True)
class Locations:
    """Where the sources lie, so that CI formats point at files a CI system can open: paths
    relative to ``root`` (the repository's top folder), where annotations are resolved."""

    root: Path | None = None
    source_paths: Mapping[str, str] = field(default_factory=dict)
    """Each source's path by its name."""

    def relative(self, source: str) -> str:
        """The source's path from the repository's top folder (its name when unknown or outside)."""
        path = self.source_paths.get(source)
        if path is None or self.root is None:
            return source
        absolute, root = os.path.realpath(path), os.path.realpath(self.root)
        inside = os.path.commonpath([absolute, root]) == root
        return Path(os.path.relpath(absolute, root)).as_posix() if inside else source

    def uri(self, source: str) -> str:
        path = self.source_paths.get(source)
        return file_uri(path, self.root) if path is not None else file_uri_of_name(source)


def file_uri_of_name(name: str) -> str:
    """A relative URI for a bare source name (percent-encoded like any other)."""
    return quote(name.encode("utf-8", "surrogateescape"), safe="/")


def label(finding: SourceFinding) -> str:
    """What a finding is, in two words at most: "date conflict", "weekday" ..."""
    if finding.kind is FindingKind.CONFLICT and finding.conflict is not None:
        return f"{finding.conflict.value} conflict"
    return finding.kind.value


def summary_text(audit: SourceAudit) -> str:
    counts = ", ".join(f"{audit.count(kind)} {kind.value}" for kind in FindingKind)
    text = (
        f"{audit.documents:,} documents, {audit.sentences:,} sentences, {audit.pairs:,} "
        f"cross-document pairs judged: {len(audit.findings)} findings ({counts})"
    )
    if audit.suppressed:
        text += f", {audit.suppressed} suppressed"
    return text


def _side(side: Side) -> dict[str, Any]:
    return citation_fields(side.citation, part=side.part)


def finding_record(finding: SourceFinding) -> dict[str, Any]:
    """One finding as a JSON-ready dict (the ``findings`` items of the JSON schema)."""
    return {
        "kind": finding.kind.value,
        "conflict": finding.conflict.value if finding.conflict else None,
        "confidence": finding.confidence,
        "aboutness": finding.aboutness,
        "reason": finding.reason,
        "sides": [_side(s) for s in finding.sides],
        "basis": _side(finding.basis) if finding.basis else None,
    }


def render_json(audit: SourceAudit) -> str:
    document = {
        "schema_version": SCHEMA_VERSION,
        "factcheck_version": __version__,
        "summary": {
            **{kind.value: audit.count(kind) for kind in FindingKind},
            "findings": len(audit.findings),
            "documents": audit.documents,
            "sentences": audit.sentences,
            "pairs": audit.pairs,
            "suppressed": audit.suppressed,
        },
        "findings": [finding_record(f) for f in audit.findings],
    }
    return json_safe(json.dumps(document, ensure_ascii=False, indent=2)) + "\n"


def render_jsonl(audit: SourceAudit) -> str:
    return "".join(
        json_safe(json.dumps(finding_record(f), ensure_ascii=False)) + "\n" for f in audit.findings
    )


def render_markdown(audit: SourceAudit) -> str:
    """A report to post as a comment or keep with the sources."""
    out = ["## factcheck sources", "", md(summary_text(audit)) + ".", ""]
    if not audit.findings:
        out.append("No conflicts or inconsistencies found.")
        return "\n".join(out) + "\n"
    out += ["| # | finding | confidence | where | what |", "|---|---|---|---|---|"]
    for n, f in enumerate(audit.findings, start=1):
        where = "<br>".join(
            f"{md(s.citation.source)}:{s.citation.line} “{md(s.citation.sentence)}” "
            f"(**{md(s.part)}**)"
            for s in f.sides
        )
        if f.basis:
            where += (
                f"<br>year from {md(f.basis.citation.source)}:{f.basis.citation.line} "
                f"“{md(f.basis.citation.sentence)}”"
            )
        out.append(f"| {n} | {md(label(f))} | {f.confidence:.2f} | {where} | {md(f.reason)} |")
    return "\n".join(out) + "\n"


def _message(finding: SourceFinding, side: Side) -> str:
    """What is wrong, said at ``side``'s sentence: the reason, and the sentence it is against
    (for a conflict) or the sentence itself."""
    others = [s for s in finding.sides if s is not side]
    if not others:
        return f'{finding.reason}: "{side.citation.sentence}"'
    against = "; ".join(
        f'"{s.citation.sentence}" ({s.citation.source}:{s.citation.line})' for s in others
    )
    return f"{finding.reason}; against {against}"


def render_github(audit: SourceAudit, where: Locations = Locations()) -> str:
    """GitHub Actions workflow commands: an error on each sentence of each finding."""
    lines = []
    for f in audit.findings:
        for side in f.sides:
            properties = ",".join(
                f"{k}={github_property(str(v))}"
                for k, v in (
                    ("file", where.relative(side.citation.source)),
                    ("line", side.citation.line),
                    ("title", f"factcheck: {label(f)}"),
                )
            )
            lines.append(f"::error {properties}::{github_data(_message(f, side))}")
    lines.append(summary_text(audit))
    return "\n".join(lines) + "\n"


def render_sarif(audit: SourceAudit, where: Locations = Locations()) -> str:
    """SARIF 2.1.0: a result per finding, at its first sentence, the others related."""
    results = []
    for f in audit.findings:
        first = f.sides[0]
        related = [*f.sides[1:], *([f.basis] if f.basis else [])]
        result: dict[str, Any] = {
            "ruleId": f.kind.value,
            "level": "error",
            "message": {"text": _message(f, first)},
            "locations": [_location(first, where)],
            "properties": {"confidence": f.confidence},
        }
        if related:
            result["relatedLocations"] = [
                {"id": n, "message": {"text": s.citation.sentence}, **_location(s, where)}
                for n, s in enumerate(related, start=1)
            ]
        results.append(result)
    rules = [(kind.value, RULE_HELP[kind], "error") for kind in FindingKind]
    return sarif_document(rules, results)


def _location(side: Side, where: Locations) -> dict[str, Any]:
    return {
        "physicalLocation": {
            "artifactLocation": {"uri": where.uri(side.citation.source)},
            "region": {"startLine": side.citation.line},
        }
    }


def render_table(audit: SourceAudit) -> str:
    from .audit_table import render_audit_table  # rich is imported only when a table is drawn

    return render_audit_table(audit)


AUDIT_RENDERERS: dict[AuditFormat, Callable[[SourceAudit], str]] = {
    AuditFormat.TABLE: render_table,
    AuditFormat.JSON: render_json,
    AuditFormat.JSONL: render_jsonl,
    AuditFormat.MARKDOWN: render_markdown,
    AuditFormat.SARIF: render_sarif,
    AuditFormat.GITHUB: render_github,
}

# The formats whose locations a CI system resolves from the repository's top folder.
LOCATED_FORMATS = (AuditFormat.SARIF, AuditFormat.GITHUB)


def render_audit(audit: SourceAudit, fmt: AuditFormat, where: Locations = Locations()) -> str:
    """``audit`` in ``fmt``; ``where`` places the sources for the formats that point at files."""
    if fmt is AuditFormat.SARIF:
        return render_sarif(audit, where)
    if fmt is AuditFormat.GITHUB:
        return render_github(audit, where)
    return AUDIT_RENDERERS[fmt](audit)
