"""Static SVG charts of an evaluation, drawn in Python: no chart library, no script.

Every chart is built with ``markupsafe.Markup.format``, which escapes each value it is given,
so a label can never become markup.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from markupsafe import Markup

from ..models import Verdict

if TYPE_CHECKING:
    from ..evaluation.scoring import CurvePoint

CONTRADICTED = Verdict.CONTRADICTED.value


def _mix(low: tuple[int, int, int], high: tuple[int, int, int], t: float) -> str:
    r, g, b = (round(a + (c - a) * t) for a, c in zip(low, high, strict=True))
    return f"#{r:02x}{g:02x}{b:02x}"


def _svg(width: int, height: int, label: str, body: Iterable[Markup]) -> Markup:
    return Markup(
        '<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" '
        'role="img" aria-label="{label}">{body}</svg>'
    ).format(w=width, h=height, label=label, body=Markup("").join(body))


def _text(
    x: float, y: float, text: str, anchor: str = "start", size: int = 12, **attrs: str
) -> Markup:
    extra = Markup("").join(
        Markup(' {}="{}"').format(k.replace("_", "-"), v) for k, v in attrs.items()
    )
    return Markup(
        '<text x="{x:.1f}" y="{y:.1f}" text-anchor="{a}" font-size="{s}"{extra}>{t}</text>'
    ).format(x=x, y=y, a=anchor, s=size, extra=extra, t=text)


def confusion_heatmap(confusion: dict[str, dict[str, int]]) -> Markup:
    """Rows gold, columns predicted; a cell's shade is its share of the gold row (its recall),
    the diagonal green, mistakes red, so the chart reads the same in grey by the numbers."""
    labels = list(confusion)
    cell, left, top = 96, 110, 44
    width, height = left + cell * len(labels) + 10, top + cell * len(labels) + 30
    parts = [
        _text(left + cell * len(labels) / 2, 14, "predicted", "middle", 12, font_weight="600"),
        _text(
            14,
            top + cell * len(labels) / 2,
            "gold",
            "middle",
            12,
            font_weight="600",
            transform=f"rotate(-90 14 {top + cell * len(labels) / 2:.1f})",
        ),
    ]
    for j, label in enumerate(labels):
        parts.append(_text(left + cell * j + cell / 2, top - 8, label, "middle"))
    for i, gold in enumerate(labels):
        row = confusion[gold]
        total = sum(row.values())
        parts.append(_text(left - 6, top + cell * i + cell / 2 + 4, gold, "end"))
        for j, predicted in enumerate(labels):
            n = row.get(predicted, 0)
            share = n / total if total else 0.0
            high = (30, 107, 52) if i == j else (179, 38, 30)
            fill = _mix((250, 250, 250), high, share)
            ink = "#ffffff" if share > 0.55 else "#1d1d1f"
            x, y = left + cell * j, top + cell * i
            parts.append(
                Markup(
                    '<rect x="{x}" y="{y}" width="{c}" height="{c}" fill="{f}" stroke="#ffffff">'
                    "<title>gold {g}, predicted {p}: {n} ({s:.0%} of gold {g})</title></rect>"
                ).format(x=x, y=y, c=cell, f=fill, g=gold, p=predicted, n=n, s=share)
            )
            parts.append(_text(x + cell / 2, y + cell / 2, f"{n:,}", "middle", 16, fill=ink))
            parts.append(
                _text(x + cell / 2, y + cell / 2 + 18, f"{share:.0%}", "middle", 11, fill=ink)
            )
    return _svg(width, height, "confusion matrix", parts)


def rule_bars(rules: Sequence) -> Markup:
    """One bar per conflict rule that decided a contradiction: its precision, with right / fired."""
    fired = [r for r in rules if r.fired]
    bar, left, span = 24, 90, 300
    width, height = left + span + 120, 30 + bar * max(len(fired), 1) + 10
    parts = [_text(left + span * x, 16, f"{x:.0%}", "middle", 10) for x in (0, 0.25, 0.5, 0.75, 1)]
    parts += [
        Markup('<line x1="{x}" y1="22" x2="{x}" y2="{h}" stroke="#d2d2d7"/>').format(
            x=left + span * x, h=height - 10
        )
        for x in (0, 0.25, 0.5, 0.75, 1)
    ]
    if not fired:
        parts.append(
            _text(left, 30 + bar / 2, "no contradiction was decided by a rule", "start", 12)
        )
    for i, r in enumerate(fired):
        precision = r.correct / r.fired
        y = 28 + bar * i
        parts.append(_text(left - 6, y + bar / 2 + 4, r.kind, "end"))
        parts.append(
            Markup(
                '<rect x="{x}" y="{y}" width="{w:.1f}" height="{h}" fill="{f}">'
                "<title>{k}: {c} of {n} right</title></rect>"
            ).format(
                x=left,
                y=y + 3,
                w=span * precision,
                h=bar - 6,
                f="#4a6fa5",
                k=r.kind,
                c=r.correct,
                n=r.fired,
            )
        )
        parts.append(
            _text(
                left + span * precision + 6,
                y + bar / 2 + 4,
                f"{precision:.0%} ({r.correct}/{r.fired})",
            )
        )
    return _svg(width, height, "precision of each conflict rule", parts)


def _maybe(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}"


def threshold_curve(points: Sequence[CurvePoint]) -> Markup | None:
    """Precision and recall of ``contradicted`` (y) against the minimum confidence (x), from
    the evaluation's curve; a bar with no contradicted verdict left has no precision and no
    point. None when the set has no contradicted claim, so there is no recall to draw."""
    if not points or all(p.recall is None for p in points):
        return None
    left, top, w, h = 50, 20, 420, 240
    width, height = left + w + 130, top + h + 50

    def x(t: float) -> float:
        return left + w * t

    def y(v: float) -> float:
        return top + h * (1 - v)

    parts = []
    for v in (0, 0.25, 0.5, 0.75, 1):
        parts.append(
            Markup('<line x1="{a}" y1="{b:.1f}" x2="{c}" y2="{b:.1f}" stroke="#e5e5ea"/>').format(
                a=left, b=y(v), c=left + w
            )
        )
        parts.append(_text(left - 6, y(v) + 4, f"{v:.2f}", "end", 10))
        parts.append(_text(x(v), top + h + 16, f"{v:.2f}", "middle", 10))
    parts.append(_text(left + w / 2, top + h + 36, "minimum confidence", "middle", 12))
    series = (("precision", "#b3261e", "none"), ("recall", "#4a6fa5", "6 4"))
    for n, (name, colour, dash) in enumerate(series):
        drawn = [p for p in points if getattr(p, name) is not None]
        coords = " ".join(f"{x(p.min_confidence):.1f},{y(getattr(p, name)):.1f}" for p in drawn)
        parts.append(
            Markup(
                '<polyline points="{c}" fill="none" stroke="{s}" stroke-width="2.5" '
                'stroke-dasharray="{d}"/>'
            ).format(c=coords, s=colour, d=dash)
        )
        for p in drawn:
            parts.append(
                Markup(
                    '<circle cx="{cx:.1f}" cy="{cy:.1f}" r="3" fill="{s}"><title>{t}</title></circle>'
                ).format(
                    cx=x(p.min_confidence),
                    cy=y(getattr(p, name)),
                    s=colour,
                    t=f"confidence >= {p.min_confidence:.2f}: precision {_maybe(p.precision)}, "
                    f"recall {_maybe(p.recall)}, {p.called} contradicted",
                )
            )
        ly = top + 10 + 22 * n
        parts.append(
            Markup(
                '<line x1="{a}" y1="{b}" x2="{c}" y2="{b}" stroke="{s}" stroke-width="2.5" '
                'stroke-dasharray="{d}"/>'
            ).format(a=left + w + 14, b=ly, c=left + w + 40, s=colour, d=dash)
        )
        parts.append(_text(left + w + 46, ly + 4, name))
    return _svg(width, height, "precision and recall of contradicted by minimum confidence", parts)
