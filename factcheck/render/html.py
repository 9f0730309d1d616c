"""One self-contained HTML page per run: a draft with every checked sentence marked, a sortable
table of claims, or an evaluation's scores and charts.

Safe by construction: every value reaches the page through Jinja2 templates with automatic
escaping (text from a source or a draft is never markup), the page carries a
Content-Security-Policy that lets nothing load from anywhere and runs only the shipped style
and script, allowed by their SHA-256 hashes; no data is ever placed inside the script. The
page works without JavaScript: verdicts, filters and the panel that opens on a click are CSS
(radio buttons and ``:target``). The script adds keyboard navigation and table sorting, and
keeps the panel's sections as unparsed text until one is selected, so that a long draft's
page opens fast.
"""

from __future__ import annotations

import base64
import bisect
import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import groupby
from typing import TYPE_CHECKING

from .. import __version__
from ..ingest.drafts import Draft, suppressed_lines
from ..ingest.formats import read_text_file
from ..models import Citation, Conflict, Judgement, Report, Verdict
from .symbols import SYMBOLS

if TYPE_CHECKING:
    from jinja2 import Environment

    from ..evaluation.scoring import EvalResult

GENERATOR = f"factcheck {__version__}"
"""The page's ``<meta name="generator">``: how ``--output`` recognises a report it may replace."""
GENERATOR_MARK = b'<meta name="generator" content="factcheck'


# ---------------------------------------------------------------- what a verdict looks like


@dataclass(frozen=True)
class Look:
    """A verdict as the page shows it: class (colour), symbol and word, never colour alone."""

    css: str
    symbol: str
    word: str
    order: int
    """Where the verdict sorts: the worst first."""


LOOKS = {
    Verdict.CONTRADICTED: Look("con", SYMBOLS[Verdict.CONTRADICTED], "contradicted", 0),
    Verdict.UNMENTIONED: Look("unm", SYMBOLS[Verdict.UNMENTIONED], "unmentioned", 2),
    Verdict.SUPPORTED: Look("sup", SYMBOLS[Verdict.SUPPORTED], "supported", 3),
}
DISPUTED = Look("dis", "⚖", "disputed", 1)


def look(judgement: Judgement) -> Look:
    return DISPUTED if judgement.disputed else LOOKS[judgement.verdict]


# ---------------------------------------------------------------- highlighted text

Segments = tuple[tuple[str, bool], ...]
"""Text cut into (piece, highlighted) runs; the template escapes each piece."""


def _loose_pattern(part: str) -> re.Pattern[str] | None:
    """``part`` as a pattern that lets any run of spaces (a line break in a draft) stand for one."""
    words = part.split()
    if not words:
        return None
    return re.compile(r"\s+".join(re.escape(w) for w in words), re.I)


def _find(text: str, folded: str, part: str) -> tuple[int, int] | None:
    """Where ``part`` first stands in ``text``: as written, in any case, or across a line
    break (a pattern is compiled only for that last, rare case)."""
    at = text.find(part)
    if at < 0 and len(folded) == len(text):
        at = folded.find(part.lower())
    if at >= 0:
        return at, at + len(part)
    pattern = _loose_pattern(part)
    found = pattern.search(text) if pattern else None
    return found.span() if found else None


def highlight(text: str, parts: Sequence[str]) -> Segments:
    """``text`` with the first occurrence of each of ``parts`` marked (case and spacing ignored)."""
    if not parts:
        return ((text, False),)
    folded = text.lower()
    spans: list[tuple[int, int]] = []
    for part in parts:
        found = _find(text, folded, part) if part.strip() else None
        if found and not any(a < found[1] and found[0] < b for a, b in spans):
            spans.append(found)
    out: list[tuple[str, bool]] = []
    at = 0
    for a, b in sorted(spans):
        if a > at:
            out.append((text[at:a], False))
        out.append((text[a:b], True))
        at = b
    if at < len(text) or not out:
        out.append((text[at:], False))
    return tuple(out)


# ---------------------------------------------------------------- one judgement, explained


@dataclass(frozen=True)
class Evidence:
    """A cited sentence: where it is, which side it takes, and its conflicting parts marked."""

    where: str
    side: str
    """``supports``, ``contradicts`` or ``closest`` (an unmentioned claim's nearest sentence)."""
    segments: Segments
    score: float


@dataclass(frozen=True)
class Finding:
    """A checked claim as the page shows it."""

    number: int
    judgement: Judgement
    look: Look
    confidence: float
    below: bool
    """A contradiction less confident than ``--min-confidence``: shown, but not failing."""
    claim_segments: Segments
    evidence: tuple[Evidence, ...]
    conflicts: tuple[Conflict, ...]

    @property
    def verdict_css(self) -> str:
        """The verdict's class, for the filters (a disputed claim also has its verdict's)."""
        return LOOKS[self.judgement.verdict].css

    @property
    def is_finding(self) -> bool:
        """What keyboard navigation steps through: anything not plainly supported."""
        return self.judgement.disputed or self.judgement.verdict is not Verdict.SUPPORTED

    @property
    def where(self) -> str:
        c = self.judgement.claim
        if c.origin is not None and c.line is not None:
            return f"{c.origin}:{c.line}" + (f":{c.column}" if c.column else "")
        return c.id


def _location(c: Citation) -> str:
    page = f" (page {c.page})" if c.page is not None else ""
    return f"{c.source}:{c.line}{page}"


def _side(j: Judgement, c: Citation) -> str:
    """Which side a citation takes. Only a disputed claim cites both: its sources disagree
    document against document, and its conflicts name the contradicting one."""
    if j.verdict is Verdict.UNMENTIONED:
        return "closest"
    if not j.disputed:
        return "contradicts" if j.verdict is Verdict.CONTRADICTED else "supports"
    return "contradicts" if c.source in {k.source for k in j.conflicts} else "supports"


def finding(number: int, j: Judgement, below: bool = False) -> Finding:
    """Judgement ``j``, the ``number``-th of the run, as the page shows it; ``below``: a
    contradiction under the run's ``--min-confidence`` bar."""
    evidence = []
    for c in j.citations:
        side = _side(j, c)
        parts = [k.source_text for k in j.conflicts] if side == "contradicts" else []
        evidence.append(Evidence(_location(c), side, highlight(c.sentence, parts), c.score))
    return Finding(
        number=number,
        judgement=j,
        look=look(j),
        confidence=j.confidence,
        below=below,
        claim_segments=highlight(j.claim.text, [k.claim_text for k in j.conflicts]),
        evidence=tuple(evidence),
        conflicts=j.conflicts,
    )


def counts(findings: Sequence[Finding]) -> dict[str, int]:
    """How many of each verdict, and how many of them disputed, keyed by class."""
    out = {look.css: 0 for look in (*LOOKS.values(), DISPUTED)}
    for f in findings:
        out[f.verdict_css] += 1
        out[DISPUTED.css] += f.judgement.disputed
    return out


# ---------------------------------------------------------------- a draft, cut into pieces


@dataclass(frozen=True)
class Piece:
    """A run of a draft's text: plain, suppressed (greyed), or a checked sentence."""

    kind: str
    """``text``, ``off`` or ``claim``."""
    segments: Segments
    finding: Finding | None = None


@dataclass(frozen=True)
class DraftView:
    path: str
    blocks: tuple[tuple[Piece, ...], ...]
    """The text cut at blank lines: a browser lays out many short blocks, and skips those
    off screen, far faster than one block of a whole long draft."""
    findings: tuple[Finding, ...]
    skipped: int
    suppressed: int
    excluded: int


def _plain(text: str, start_line: int, off_lines: set[int]) -> list[Piece]:
    """Text between checked sentences, cut where suppressed lines begin and end."""
    if not text:
        return []
    if not off_lines:
        return [Piece("text", ((text, False),))]
    lines = text.split("\n")
    ends = [line + "\n" for line in lines[:-1]] + [lines[-1]]
    pieces = []
    for kind, run in groupby(
        enumerate(ends), key=lambda e: "off" if start_line + e[0] in off_lines else "text"
    ):
        joined = "".join(end for _, end in run)
        if joined:
            pieces.append(Piece(kind, ((joined, False),)))
    return pieces


def draft_view(draft: Draft, findings: Sequence[Finding]) -> DraftView:
    """The draft's text as written, every checked sentence cut out where the claim says it is."""
    text = read_text_file(draft.path).replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    line_starts = [0]
    for line in lines[:-1]:
        line_starts.append(line_starts[-1] + len(line) + 1)
    off = suppressed_lines(lines)

    def offset(line: int | None, column: int | None) -> int:
        if line is None or column is None or not 1 <= line <= len(line_starts):
            return -1
        return min(line_starts[line - 1] + column - 1, len(text))

    placed = []
    for f in findings:
        c = f.judgement.claim
        a, b = offset(c.line, c.column), offset(c.end_line, c.end_column)
        if 0 <= a < b:
            placed.append((a, b, f))
    placed.sort(key=lambda p: p[0])
    pieces: list[Piece] = []
    at = 0
    for a, b, f in placed:
        if a < at:  # overlapping spans cannot come from one parse; keep the text whole
            continue
        pieces += _plain(text[at:a], bisect.bisect_right(line_starts, at), off)
        said = text[a:b]
        pieces.append(Piece("claim", highlight(said, [k.claim_text for k in f.conflicts]), f))
        at = b
    pieces += _plain(text[at:], bisect.bisect_right(line_starts, at), off)
    return DraftView(
        draft.path,
        _blocks(pieces),
        tuple(findings),
        draft.skipped,
        draft.suppressed,
        draft.excluded,
    )


def _blocks(pieces: Sequence[Piece]) -> tuple[tuple[Piece, ...], ...]:
    """``pieces`` in blocks that end at a blank line; a block after one starts with the
    line break that makes the blank line, so the text reads exactly as written."""
    blocks: list[tuple[Piece, ...]] = []
    block: list[Piece] = []
    for piece in pieces:
        if piece.kind == "claim":
            block.append(piece)
            continue
        parts = piece.segments[0][0].split("\n\n")
        for n, part in enumerate(parts):
            if n:
                blocks.append(tuple(block))
                block = []
                part = "\n" + part
            if part:
                block.append(Piece(piece.kind, ((part, False),)))
    if block:
        blocks.append(tuple(block))
    return tuple(b for b in blocks if b)


# ---------------------------------------------------------------- the page


@cache
def _environment() -> Environment:
    from jinja2 import Environment, PackageLoader, StrictUndefined

    env = Environment(
        loader=PackageLoader("factcheck.render", "templates"),
        autoescape=True,  # every page and SVG: nothing is ever inserted unescaped
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["pct"] = lambda x: "—" if x is None else f"{x:.0%}"
    env.filters["num"] = lambda x, d=2: "—" if x is None else f"{x:.{d}f}"
    return env


@cache
def _asset(name: str) -> tuple[str, str]:
    """A shipped style or script, and its CSP hash source."""
    text = resources.files("factcheck.render").joinpath("templates", name).read_text("utf-8")
    digest = base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")
    return text, f"'sha256-{digest}'"


def _page(template: str, title: str, script: bool = True, **context: object) -> str:
    style, style_hash = _asset("report.css")
    early, early_hash = _asset("early.js")
    code, code_hash = _asset("report.js")
    # Nothing may load (default-src 'none'): no scripts, styles, fonts, images, frames or
    # connections but the inline style and script whose exact bytes are hashed here.
    scripts = f"{early_hash} {code_hash}" if script else "'none'"
    policy = (
        f"default-src 'none'; style-src {style_hash}; script-src {scripts}; "
        "img-src 'none'; base-uri 'none'; form-action 'none'"
    )
    return (
        _environment()
        .get_template(template)
        .render(
            title=title,
            generator=GENERATOR,
            policy=policy,
            style=style,
            script=code if script else "",
            early=early,
            looks=[*LOOKS.values(), DISPUTED],
            **context,
        )
    )


def render_claims_html(report: Report, explain: bool = False) -> str:
    """``verify`` and ``check``: the claims as a table, sortable, filterable by verdict."""
    findings = _explained(report)
    tally = ", ".join(f"{report.count(v)} {v.value}" for v in Verdict)
    if report.below_bar():
        tally += f"; {report.below_bar()} contradicted below confidence {report.min_confidence:.2f}"
    return _page(
        "claims.html.j2",
        title=f"factcheck: {len(findings)} claims",
        findings=findings,
        counts=counts(findings),
        summary=f"{len(findings)} claims: {tally}",
    )


def render_drafts_html(report: Report, drafts: Sequence[Draft], fail_on: str) -> str:
    """``article``: each draft's text with its checked sentences marked, and a panel per sentence."""
    findings = _explained(report)
    by_draft: dict[str, list[Finding]] = {}
    for f in findings:
        by_draft.setdefault(f.judgement.claim.origin or "", []).append(f)
    views = [draft_view(d, by_draft.get(d.path, [])) for d in drafts]
    from . import RenderContext
    from .ci import summary_text

    return _page(
        "drafts.html.j2",
        title=f"factcheck: {', '.join(d.path for d in drafts)}",
        drafts=views,
        findings=findings,
        counts=counts(findings),
        summary=summary_text(report, RenderContext(fail_on=fail_on, drafts=tuple(drafts))),
    )


def _explained(report: Report) -> list[Finding]:
    return [finding(n, j, report.is_below(j)) for n, j in enumerate(report.judgements, start=1)]


def render_eval_html(
    result: EvalResult, baselines: dict | None = None, mistakes: dict | None = None
) -> str:
    """``eval``: the set's scores, its confusion matrix, per-rule precision and the
    precision / recall of ``contradicted`` as the confidence threshold rises, as static SVG."""
    from . import charts

    return _page(
        "eval.html.j2",
        title=f"factcheck eval: {result.name}",
        script=False,
        result=result,
        baselines=baselines,
        confusion=charts.confusion_heatmap(result.confusion),
        rules=charts.rule_bars(result.rules),
        curve=charts.threshold_curve(result.curve),
        curve_note="the set has no contradicted claim",
        mistakes=[
            (gold, predicted, [finding(n, m.judgement) for n, m in enumerate(ms, start=1)])
            for (gold, predicted), ms in (mistakes or {}).items()
        ],
    )


def is_report(head: bytes) -> bool:
    """Whether the first bytes of a file show an HTML report written by factcheck."""
    return GENERATOR_MARK in head[:2048]


def render_html(report: Report, context: object) -> str:
    """The page for ``--format html``: drafts with their sentences marked, or a claims table."""
    drafts = getattr(context, "drafts", None)
    if drafts is not None:
        page = render_drafts_html(report, drafts, getattr(context, "fail_on", "contradicted"))
    else:
        page = render_claims_html(report, explain=getattr(context, "explain", False))
    # A file name's bytes that are not UTF-8 (lone surrogates) written as escapes, not a crash.
    return page.encode("utf-8", "backslashreplace").decode("utf-8")
