"""Machine-readable formats: JSON (versioned schema), JSON Lines and CSV."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from .. import __version__
from ..models import Citation, Conflict, Judgement, Part, Report, Verdict
from . import RenderContext
from .escape import csv_cell, json_safe
from .evidence import conflict_label, ordered_citations

SCHEMA_VERSION = 1


def citation_fields(c: Citation, **extra: Any) -> dict[str, Any]:
    """Where a cited sentence is and what it says, then ``extra`` fields, then its PDF page."""
    record: dict[str, Any] = {
        "source": c.source,
        "line": c.line,
        "start": c.start,
        "end": c.end,
        "sentence": c.sentence,
        **extra,
    }
    if c.page is not None:
        record["page"] = c.page
    return record


def _citation(c: Citation) -> dict[str, Any]:
    return citation_fields(c, score=c.score)


def _conflict(c: Conflict) -> dict[str, Any]:
    return {
        "kind": c.kind.value,
        "claim_text": c.claim_text,
        "source_text": c.source_text,
        "source": c.source,
        "line": c.line,
        **({"relation": c.relation} if c.relation else {}),
    }


def _part(p: Part) -> dict[str, Any]:
    record = {
        "kind": p.kind,
        "text": p.text,
        "span": [p.start, p.end],
        "verdict": p.verdict.value,
        "reason": p.reason,
        "citations": [_citation(c) for c in p.citations],
        "conflicts": [_conflict(c) for c in p.conflicts],
    }
    if p.kind == "clause":
        record["confidence"] = p.confidence  # a quotation is matched, not rated
    return record


def judgement_record(
    j: Judgement, explain: bool = False, min_confidence: float = 0.0
) -> dict[str, Any]:
    """One result as a JSON-ready dict (the ``results`` items of the JSON schema)."""
    record: dict[str, Any] = {
        "id": j.claim.id,
        "claim": j.claim.text,
        "verdict": j.verdict.value,
        "score": j.score,
        "confidence": j.confidence,
    }
    if j.below(min_confidence):
        record["below_min_confidence"] = True
    record |= {
        "disputed": j.disputed,
        "reason": j.reason,
        "citations": [_citation(c) for c in ordered_citations(j)],
        "conflicts": [_conflict(c) for c in j.conflicts],
    }
    if j.parts:
        record["parts"] = [_part(p) for p in j.parts]
    if j.claim.origin is not None:
        record["path"] = j.claim.origin
        record["line"] = j.claim.line
        record["column"] = j.claim.column
        if j.claim.end_line is not None:
            record["end_line"] = j.claim.end_line
            record["end_column"] = j.claim.end_column
    if j.claim.label is not None:
        record["label"] = j.claim.label
    if explain:
        record["candidates"] = [
            {
                "sentences": [
                    {"source": s.source, "line": s.line, "sentence": s.text} for s in c.sentences
                ],
                "retrieval_score": c.retrieval_score,
                "coverage": c.coverage,
                "missing": list(c.missing),
                "conflicts": [
                    {
                        "kind": k.kind.value,
                        "claim_text": k.claim_text,
                        "source_text": k.source_text,
                        **({"relation": k.relation} if k.relation else {}),
                    }
                    for k in c.conflicts
                ],
            }
            for c in j.candidates
        ]
    return record


def summary(report: Report) -> dict[str, int]:
    counts = {v.value: report.count(v) for v in Verdict}
    counts["total"] = len(report.judgements)
    counts["disputed"] = sum(1 for j in report.judgements if j.disputed)
    if report.min_confidence:
        counts["below_min_confidence"] = report.below_bar()
    return counts


def render_json(report: Report, context: RenderContext) -> str:
    counts = summary(report)
    if context.drafts is not None:
        counts["checked"] = len(report.judgements)
        counts["skipped"] = sum(d.skipped for d in context.drafts)
        from ..ingest.drafts import skipped_by_kind  # only drafts have them

        counts["skipped_by_kind"] = skipped_by_kind(context.drafts)
        counts["suppressed"] = sum(d.suppressed for d in context.drafts)
        counts["too_long"] = sum(len(d.too_long) for d in context.drafts)
    document = {
        "schema_version": SCHEMA_VERSION,
        "factcheck_version": __version__,
        "summary": counts,
        "results": [
            judgement_record(j, context.explain, report.min_confidence) for j in report.judgements
        ],
    }
    return json_safe(json.dumps(document, ensure_ascii=False, indent=2)) + "\n"


def jsonl_line(j: Judgement, explain: bool = False, min_confidence: float = 0.0) -> str:
    """One result of ``--format jsonl``: written as soon as the claim is decided."""
    record = judgement_record(j, explain, min_confidence)
    return json_safe(json.dumps(record, ensure_ascii=False)) + "\n"


def render_jsonl(report: Report, context: RenderContext) -> str:
    return "".join(jsonl_line(j, context.explain, report.min_confidence) for j in report.judgements)


CSV_COLUMNS = (
    "id",
    "claim",
    "verdict",
    "score",
    "confidence",
    "disputed",
    "source",
    "line",
    "sentence",
    "conflicts",
)


def _csv_text(row: list[object]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow([csv_cell(v) for v in row])
    return buffer.getvalue()


def csv_header() -> str:
    return _csv_text(list(CSV_COLUMNS))


def csv_row(j: Judgement, explain: bool = False, min_confidence: float = 0.0) -> str:
    """One result of ``--format csv``: written as soon as the claim is decided. Cells a
    spreadsheet would run as formulas are neutralised (see ``escape.csv_cell``)."""
    citations = ordered_citations(j)
    first = citations[0] if citations else None
    return _csv_text(
        [
            j.claim.id,
            j.claim.text,
            j.verdict.value,
            j.score,
            j.confidence,
            str(j.disputed).lower(),
            first.source if first else "",
            first.line if first else "",
            first.sentence if first else "",
            "; ".join(conflict_label(c) for c in j.conflicts),
        ]
    )


def render_csv(report: Report, context: RenderContext) -> str:
    return csv_header() + "".join(csv_row(j) for j in report.judgements)
