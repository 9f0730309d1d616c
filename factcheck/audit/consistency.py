"""Inconsistencies within one document: a weekday its date did not fall on, a range of dates that
ends before it starts, a total its own parts contradict.

A weekday is checked in the year its date gives, else in the document's year (every date of the
document that gives a year gives that one); a document that gives no year at all is checked in
the year of the documents that report the same things (``audit_sources`` finds them), never in
a guessed one.
"""

from __future__ import annotations

from ..language.analysis import Analysed
from ..language.calendar import DatedWeekday, backward_ranges, wrong_weekday
from ..language.totals import wrong_totals
from ..models import Citation, Sentence
from . import confidence
from .results import FindingKind, Side, SourceFinding


def weekday_finding(
    sentence: Sentence,
    analysed: Analysed,
    said: DatedWeekday,
    year: int | None,
    sure: float,
    basis: Sentence | None = None,
) -> SourceFinding | None:
    """The finding when ``said`` is wrong in its date's own year, else in ``year`` (found with
    the certainty ``sure``, in the sentence ``basis`` when that is another one)."""
    wrong = wrong_weekday(said, year)
    if wrong is None:
        return None
    own_year = said.date.year is not None
    part = analysed.text[said.span[0] : said.span[1]]
    other = basis is not None and not own_year and basis != sentence
    where = f" (the year of {basis.source}:{basis.line})" if other and basis else ""
    return SourceFinding(
        FindingKind.WEEKDAY,
        (Side(Citation.of(sentence, 100.0), part),),
        confidence.YEAR_STATED if own_year else sure,
        f"weekday: {wrong.explanation}{where}",
        basis=Side(Citation.of(basis, 100.0), str(wrong.year)) if other and basis else None,
    )


def range_and_total_findings(sentence: Sentence, analysed: Analysed) -> list[SourceFinding]:
    """Backward date ranges and totals contradicted by their parts, in one sentence."""
    found = []
    for backward in backward_ranges(analysed.text, analysed.dates):
        found.append(
            SourceFinding(
                FindingKind.RANGE,
                (Side(Citation.of(sentence, 100.0), backward.text),),
                confidence.ARITHMETIC,
                f"range: it ends ({backward.last}) before it starts ({backward.first})",
            )
        )
    for total in wrong_totals(analysed.text, list(analysed.numbers)):
        if total.total.start < total.parts[0].start:
            words = analysed.text[total.total.start : total.parts[-1].end]
        else:
            words = analysed.text[total.parts[0].start : total.total.end]
        found.append(
            SourceFinding(
                FindingKind.TOTAL,
                (Side(Citation.of(sentence, 100.0), words),),
                confidence.ARITHMETIC,
                f"total: {total.explanation}",
            )
        )
    return found
