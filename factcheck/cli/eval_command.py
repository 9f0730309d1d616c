"""`factcheck eval`: accuracy on a labelled set."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ..errors import InputError
from ..evaluation.split import Half
from . import app
from .common import IndexOption, load_corpus, settings
from .output import OutputOption, prepare_output, write_output

if TYPE_CHECKING:
    from ..evaluation.scoring import EvalResult, Mistake


class EvalFormat(str, Enum):
    TABLE = "table"
    JSON = "json"
    HTML = "html"


def _mistakes(result: EvalResult, per_cell: int) -> dict[tuple[str, str], list[Mistake]]:
    """The most confident mistakes of each confusion cell: the ones most worth reading."""
    cells: dict[tuple[str, str], list[Mistake]] = {}
    for m in result.mistakes:
        cells.setdefault((m.gold, m.judgement.verdict.value), []).append(m)
    return {
        cell: sorted(ms, key=lambda m: (-m.judgement.confidence, -m.judgement.score, m.claim.id))[
            :per_cell
        ]
        for cell, ms in sorted(cells.items())
    }


def _as_json(result: EvalResult, baselines: dict | None, errors: int) -> dict:
    document = asdict(result)
    document.pop("mistakes")
    if baselines is not None:
        document["baselines"] = baselines
    if errors:
        document["errors"] = [
            {
                "gold": gold,
                "predicted": predicted,
                "id": m.claim.id,
                "claim": m.claim.text,
                "score": m.judgement.score,
                "confidence": m.judgement.confidence,
                "reason": m.judgement.reason,
                "citations": [f"{c.source}:{c.line} {c.sentence}" for c in m.judgement.citations],
            }
            for (gold, predicted), ms in _mistakes(result, errors).items()
            for m in ms
        ]
    return document


def _print_table(result: EvalResult, baselines: dict | None, errors: int) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    head = Table(title=f"{result.name}: {result.n} claims", show_header=False)
    head.add_row("accuracy", f"{result.accuracy:.3f}")
    head.add_row("macro-F1", f"{result.macro_f1:.3f}")
    if result.evidence_recall is not None:
        head.add_row("evidence recall", f"{result.evidence_recall:.3f}")
    head.add_row("confidence calibration error", f"{result.calibration_error:.3f}")
    head.add_row("claims/s", f"{result.claims_per_second:.0f}")
    if baselines:
        head.add_row("majority baseline macro-F1", f"{baselines['majority_macro_f1']:.3f}")
        head.add_row(
            "rapidfuzz baseline macro-F1",
            f"{baselines['fuzzy_macro_f1']:.3f} (T={baselines['fuzzy_threshold']})",
        )
    console.print(head)
    labels = Table(title="per label")
    for column in ("label", "precision", "recall", "F1", "support"):
        labels.add_column(column, justify="right")
    for s in result.labels:
        labels.add_row(
            s.label, f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}", str(s.support)
        )
    console.print(labels)
    confusion = Table(title="confusion (rows: gold, columns: predicted)")
    confusion.add_column("gold")
    for label in result.confusion:
        confusion.add_column(label, justify="right")
    for gold, row in result.confusion.items():
        confusion.add_row(gold, *(str(v) for v in row.values()))
    console.print(confusion)
    rules = Table(title="conflict rules in contradicted verdicts")
    for column in ("rule", "fired", "right", "precision"):
        rules.add_column(column, justify="right")
    for r in result.rules:
        if r.fired:
            rules.add_row(r.kind, str(r.fired), str(r.correct), f"{r.correct / r.fired:.2f}")
    console.print(rules)
    curve = Table(title="contradicted against --min-confidence")
    for column in ("min-confidence", "called", "precision", "recall"):
        curve.add_column(column, justify="right")
    for point in result.curve:
        curve.add_row(
            f"{point.min_confidence:.2f}",
            str(point.called),
            "—" if point.precision is None else f"{point.precision:.3f}",
            "—" if point.recall is None else f"{point.recall:.3f}",
        )
    console.print(curve)
    if errors:
        for (gold, predicted), ms in _mistakes(result, errors).items():
            console.print(f"\n[bold]gold {gold}, predicted {predicted}[/bold]")
            for m in ms:
                console.print(f"  [{m.claim.id}] {m.claim.text}", markup=False, highlight=False)
                console.print(
                    f"      confidence {m.judgement.confidence:.2f}: {m.judgement.reason}",
                    markup=False,
                    highlight=False,
                    style="dim",
                )
                for c in m.judgement.citations:
                    console.print(
                        f"      {c.source}:{c.line} {c.sentence}", markup=False, highlight=False
                    )


def _fit(labelled_set, corpus, base, limit, fit_out: str | None, fmt: EvalFormat) -> None:
    from ..evaluation.scoring import fit as fit_thresholds

    found = fit_thresholds(labelled_set, base, corpus, limit)
    t = found.thresholds
    if fmt is EvalFormat.JSON:
        document = {
            "support": t.support,
            "contradict": t.contradict,
            "macro_f1": found.macro_f1,
            "current_macro_f1": found.default_macro_f1,
            "grid": [{"support": a, "contradict": b, "macro_f1": m} for a, b, m in found.grid],
        }
        sys.stdout.write(json.dumps(document, indent=2) + "\n")
    else:
        print(f"macro-F1 with the current thresholds: {found.default_macro_f1:.3f}")
        print(
            f"best on {labelled_set.name}: support = {t.support}, contradict = {t.contradict} "
            f"(macro-F1 {found.macro_f1:.3f})"
        )
    if fit_out:
        Path(fit_out).write_text(
            f"# Thresholds fitted by `factcheck eval --fit` on {labelled_set.name}\n"
            f"[thresholds]\nsupport = {t.support}\ncontradict = {t.contradict}\n",
            encoding="utf-8",
        )
        print(f"factcheck: wrote {fit_out}", file=sys.stderr)


def _require_labels(path: Path) -> None:
    """An unlabelled claims file is named as such, with the first claim lacking a label."""
    if path.is_dir():
        path = path / "claims.jsonl"
        if not path.is_file():
            return  # the set's loader says what is missing
    if not path.is_file():
        return
    from ..ingest.claims import iter_claims

    claims = iter_claims(path)
    for claim in claims:
        if claim.label is None:
            raise InputError(
                path,
                "no label: eval scores labelled claims (a 'label' of supported, contradicted or "
                "unmentioned on each); to check claims without labels, use `factcheck check`",
                line=claim.line,
            )


@app.command("eval")
def eval_command(
    labelled: Annotated[
        str,
        typer.Argument(
            metavar="SET",
            help="A set folder (claims.jsonl + sources/), or a labelled claims file with --sources.",
            show_default=False,
        ),
    ],
    sources: Annotated[
        str | None,
        typer.Option(
            "--sources",
            "-s",
            help="Sources for a labelled claims file (default: SET/sources).",
            show_default=False,
        ),
    ] = None,
    fmt: Annotated[
        EvalFormat, typer.Option("--format", "-f", help="table, json or html.")
    ] = EvalFormat.TABLE,
    output: OutputOption = None,
    limit: Annotated[
        int | None,
        typer.Option("--limit", min=1, help="Score only the first N claims.", show_default=False),
    ] = None,
    errors: Annotated[
        int,
        typer.Option(
            "--errors", min=0, help="Show the N most confident mistakes of each confusion cell."
        ),
    ] = 0,
    baselines: Annotated[
        bool,
        typer.Option(
            "--baselines", help="Also score the majority label and a plain rapidfuzz checker."
        ),
    ] = False,
    fit: Annotated[
        bool,
        typer.Option(
            "--fit",
            help="Search the support and contradict thresholds that score best on this set.",
        ),
    ] = False,
    fit_out: Annotated[
        str | None,
        typer.Option(
            "--fit-out",
            metavar="PATH",
            help="With --fit: write the thresholds found to this TOML file (e.g. .factcheck.toml).",
            show_default=False,
        ),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="With --fit-out: replace an existing file.")
    ] = False,
    half: Annotated[
        Half | None,
        typer.Option(
            "--half",
            help="Score only the tune or the check half of the set (a fixed split by claim id).",
            show_default=False,
        ),
    ] = None,
    index: IndexOption = None,
) -> None:
    """Score the checker on labelled claims: accuracy, macro-F1, per-label scores, confusion matrix, evidence recall, per-rule precision and speed.

    [b]Examples[/b]

      factcheck eval claims/seeds.jsonl --sources seeds/ --errors 5

      factcheck eval claims/seeds.jsonl --sources seeds/ --format json --baselines

      factcheck eval claims/seeds.jsonl --sources seeds/ --half check

      factcheck eval claims/seeds.jsonl --sources seeds/ --fit

      factcheck eval claims/seeds.jsonl --sources seeds/ --format html --output eval.html
    """
    config = settings()
    prepare_output(output, fmt is EvalFormat.HTML and not fit)
    from ..evaluation.scoring import evaluate, fuzzy_baseline, load_set, majority_baseline

    _require_labels(Path(labelled))
    labelled_set = load_set(labelled, sources).only(half)
    if fit_out and not fit:
        raise InputError(None, "--fit-out goes with --fit")
    if fit_out and Path(fit_out).exists() and not force:
        raise InputError(fit_out, "exists; add --force to replace it")
    corpus = load_corpus([str(labelled_set.sources)], index)
    if fit:
        _fit(labelled_set, corpus, config.thresholds, limit, fit_out, fmt)
        return
    show_progress = fmt is EvalFormat.TABLE and sys.stderr.isatty()
    if show_progress:
        from rich.progress import Progress

        with Progress(transient=True) as bar:
            task = bar.add_task(
                "checking", total=min(limit or len(labelled_set.claims), len(labelled_set.claims))
            )
            result = evaluate(
                labelled_set,
                config.thresholds,
                corpus,
                limit,
                lambda n, total: bar.update(task, completed=n),
            )
    else:
        result = evaluate(labelled_set, config.thresholds, corpus, limit)
    extra = None
    if baselines:
        macro, threshold = fuzzy_baseline(labelled_set, corpus)
        extra = {
            "majority_macro_f1": majority_baseline(labelled_set),
            "fuzzy_macro_f1": macro,
            "fuzzy_threshold": threshold,
        }
    if fmt is EvalFormat.JSON:
        sys.stdout.write(json.dumps(_as_json(result, extra, errors), indent=2) + "\n")
    elif fmt is EvalFormat.HTML:
        from ..render.html import render_eval_html

        write_output(
            render_eval_html(result, extra, _mistakes(result, errors) if errors else None), output
        )
    else:
        _print_table(result, extra, errors)
