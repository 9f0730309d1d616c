"""Audit a corpus: every document is read once, on every core, for what it gets wrong by itself
and for where it disagrees with the others; the findings are joined, most confident first."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from ..corpus.collection import Corpus
from ..ingest.drafts import checkable
from ..judge.rules import all_rules
from ..judge.thresholds import Thresholds
from ..language.analysis import analyse
from ..language.calendar import DatedWeekday, dated_weekdays
from ..models import Citation
from ..parallel import ordered_map
from ..run import collector
from . import confidence
from .candidates import Candidates
from .consistency import range_and_total_findings, weekday_finding
from .documents import DocumentFacts, Documents, document_facts
from .pairs import PairConflict, Reading, compare, judge_pair, reading
from .results import FindingKind, Side, SourceAudit, SourceFinding

# Below this many documents a process pool costs more than it saves.
MIN_PARALLEL_DOCUMENTS = 64


@dataclass
class _Found:
    """What the audit of one document found."""

    conflicts: list[PairConflict] = field(default_factory=list)
    internal: list[SourceFinding] = field(default_factory=list)
    undated: list[tuple[int, DatedWeekday, tuple[str, ...]]] = field(default_factory=list)
    """Weekdays whose year the document does not give: (position, weekday, the documents
    about the same things)."""
    pairs: int = 0


class _Context:
    """The corpus and what is derived from it, shared with forked workers."""

    def __init__(self, corpus: Corpus, thresholds: Thresholds) -> None:
        self.corpus = corpus
        self.thresholds = thresholds
        self.documents = Documents(corpus)
        self._facts: dict[str, DocumentFacts] = {}
        self.candidates = Candidates(corpus, self.document_of)

    def others(self, mine: Reading) -> list[int]:
        return self.candidates.of(mine.position, [t.lower for t in mine.analysed.content])

    def document_of(self, position: int) -> str:
        return self.documents.of(position)

    def facts(self, position: int) -> DocumentFacts:
        return self.facts_of(self.document_of(position))

    def facts_of(self, name: str) -> DocumentFacts:
        found = self._facts.get(name)
        if found is None:
            found = self._facts[name] = document_facts(self.corpus, name)
        return found


_shared: _Context | None = None


def _audit_document(name: str) -> _Found:
    assert _shared is not None
    context, corpus, thresholds = _shared, _shared.corpus, _shared.thresholds
    found = _Found()
    year = context.facts_of(name).year
    lo, hi = corpus.doc_ranges[name]
    for position in range(lo, hi):
        mine = reading(corpus, position)
        undated = _inconsistencies(corpus, mine, year, found.internal)
        if not checkable(mine.analysed.text):
            continue
        related: list[str] = []
        for other in context.others(mine):
            theirs = reading(corpus, other)
            if undated:
                conflict, aboutness = judge_pair(
                    corpus, mine, theirs, thresholds, context.documents
                )
                if aboutness >= thresholds.contradict:
                    related.append(context.document_of(other))
            else:
                # A pair that each sentence retrieves for the other is judged once, from the
                # one first in the corpus.
                if other < position and position in context.others(theirs):
                    continue
                # Only a pair with a conflict one way is weighed both ways.
                forward = compare(corpus, mine, theirs)
                if not forward.findings:
                    found.pairs += 1
                    continue
                conflict, _ = judge_pair(
                    corpus, mine, theirs, thresholds, context.documents, forward
                )
            found.pairs += 1
            if conflict is not None:
                found.conflicts.append(conflict)
        found.undated.extend((position, said, tuple(dict.fromkeys(related))) for said in undated)
    return found


def _inconsistencies(
    corpus: Corpus, mine: Reading, year: int | None, into: list[SourceFinding]
) -> list[DatedWeekday]:
    """Adds the sentence's inconsistencies to ``into``; returns its weekdays whose year neither
    the date nor the document gives."""
    analysed = mine.analysed
    if not (analysed.dates or analysed.numbers):
        return []
    sentence = corpus.sentence(mine.position)
    into.extend(range_and_total_findings(sentence, analysed))
    undated = []
    for said in dated_weekdays(analysed.text, analysed.dates):
        if said.date.year is None and year is None:
            undated.append(said)
            continue
        finding = weekday_finding(sentence, analysed, said, year, confidence.YEAR_OF_DOCUMENT)
        if finding:
            into.append(finding)
    return undated


def audit_sources(
    corpus: Corpus,
    thresholds: Thresholds | None = None,
    suppressed: Mapping[str, set[int]] | None = None,
    workers: int | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> SourceAudit:
    """Conflicts between the corpus's documents and inconsistencies within each, most confident
    first. ``suppressed``: lines of each source (by name) whose sentences are not reported."""
    global _shared
    thresholds = thresholds or Thresholds()
    names = [name for name, (lo, hi) in corpus.doc_ranges.items() if hi > lo]
    _shared = context = _Context(corpus, thresholds)
    context.candidates.prepare()
    all_rules()  # the rules' modules imported once, before the workers fork
    conflicts: dict[tuple[int, int], PairConflict] = {}
    findings: list[SourceFinding] = []
    undated: list[tuple[int, DatedWeekday, tuple[str, ...]]] = []
    pairs = 0
    try:
        with collector.paused():
            results = ordered_map(
                _audit_document, names, min_items=MIN_PARALLEL_DOCUMENTS, workers=workers
            )
            for n, found in enumerate(results, start=1):
                for conflict in found.conflicts:
                    conflicts.setdefault((conflict.first, conflict.second), conflict)
                findings.extend(found.internal)
                undated.extend(found.undated)
                pairs += found.pairs
                if progress:
                    progress(n, len(names))
    finally:
        _shared = None
    findings.extend(_conflict_finding(corpus, c) for c in conflicts.values())
    findings.extend(_undated_weekdays(context, undated))
    kept, dropped = _unsuppressed(findings, suppressed or {})
    kept.sort(key=_rank)
    return SourceAudit(tuple(kept), len(names), len(corpus), pairs, dropped)


def _conflict_finding(corpus: Corpus, conflict: PairConflict) -> SourceFinding:
    first, second = corpus.sentence(conflict.first), corpus.sentence(conflict.second)
    score = conflict.aboutness * 100
    kinds = list(dict.fromkeys(k for k, _, _ in conflict.parts))
    reason = "; ".join(f"{k.value}: {a} vs {b}" for k, a, b in conflict.parts)
    return SourceFinding(
        FindingKind.CONFLICT,
        (
            Side(Citation.of(first, score), "; ".join(a for _, a, _ in conflict.parts)),
            Side(Citation.of(second, score), "; ".join(b for _, _, b in conflict.parts)),
        ),
        confidence.conflict_confidence(conflict.aboutness),
        reason,
        conflict=kinds[0],
        aboutness=round(conflict.aboutness, 3),
    )


def _undated_weekdays(
    context: _Context, undated: list[tuple[int, DatedWeekday, tuple[str, ...]]]
) -> list[SourceFinding]:
    """Weekdays of documents that give no year, checked in the one year that the documents
    about the same things give (none when they give none, or several)."""
    found = []
    corpus = context.corpus
    for position, said, related in undated:
        years = {y for name in related if (y := context.facts_of(name).year) is not None}
        if len(years) != 1:
            continue
        year = years.pop()
        basis = next(
            (
                p
                for name in related
                if context.facts_of(name).year == year
                and (p := context.facts_of(name).dated_in(year, said.date.month)) is not None
            ),
            None,
        )
        sentence = corpus.sentence(position)
        finding = weekday_finding(
            sentence,
            analyse(corpus.plain_text(position)),
            said,
            year,
            confidence.YEAR_OF_RELATED_DOCUMENT,
            corpus.sentence(basis) if basis is not None else None,
        )
        if finding:
            found.append(finding)
    return found


def _unsuppressed(
    findings: list[SourceFinding], suppressed: Mapping[str, set[int]]
) -> tuple[list[SourceFinding], int]:
    kept = [
        f
        for f in findings
        if not any(s.citation.line in suppressed.get(s.citation.source, ()) for s in f.sides)
    ]
    return kept, len(findings) - len(kept)


_KIND_ORDER = {kind: n for n, kind in enumerate(FindingKind)}


def _rank(finding: SourceFinding) -> tuple:
    first = finding.sides[0].citation
    return (-finding.confidence, _KIND_ORDER[finding.kind], first.source, first.line, first.start)
