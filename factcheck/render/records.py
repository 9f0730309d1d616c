"""Machine-readable formats: JSON (versioned schema), JSON Lines and CSV."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from .. import __version__
from ..models import Citation, Conflict, Judgement, Part, Report, Verdict

SCHEMA_VERSION = 1


def _citation(c: Citation) -> dict[str, Any]:
    record: dict[str, Any] = {
        "source": c.source,
        "line": c.line,
        "start": c.start,
        "end": c.end,
        "sentence": c.sentence,
        "score": c.score,
    }
    if c.page is not None:
        record["page"] = c.page
    return record


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


def failing_part(j: Judgement) -> str | None:
    """Which part decided a contradicted or unmentioned claim: "part 2 of 2: 'cut library
    hours'" or "quotation '...'"; None when the claim was judged whole."""
    wanted = j.verdict
    if wanted is Verdict.SUPPORTED or not j.parts:
        return None
    total = sum(1 for p in j.parts if p.kind != "quotation")
    # An unmentioned claim may owe it to a part whose own sentence conflicts with it.
    for verdict in (wanted, Verdict.CONTRADICTED):
        for number, part in enumerate(j.parts, start=1):
            if part.verdict is verdict:
                if part.kind == "quotation":
                    return f"quotation '{part.text}'"
                return f"part {number} of {total}: '{part.text}'"
    return None


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
        "citations": [_citation(c) for c in j.citations],
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


def render_json(report: Report, explain: bool = False) -> str:
    document = {
        "schema_version": SCHEMA_VERSION,
        "factcheck_version": __version__,
        "summary": summary(report),
        "results": [judgement_record(j, explain, report.min_confidence) for j in report.judgements],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def render_jsonl(report: Report, explain: bool = False) -> str:
    return "".join(
        json.dumps(judgement_record(j, explain, report.min_confidence), ensure_ascii=False) + "\n"
        for j in report.judgements
    )


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


def render_csv(report: Report, explain: bool = False) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for j in report.judgements:
        first = j.citations[0] if j.citations else None
        writer.writerow(
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
                "; ".join(f"{c.title}: {c.claim_text} vs {c.source_text}" for c in j.conflicts),
            ]
        )
    return buffer.getvalue()
