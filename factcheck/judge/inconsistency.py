"""Which side of a dispute contradicts itself: a cited sentence whose weekday its date did not
fall on. When the sources disagree about a claim, the reader then sees which one to trust less.

The year of the date is the date's own, else its document's (every date of the document that
gives a year gives that one), else the one year that the other documents cited give.
"""

from __future__ import annotations

from dataclasses import replace

from ..corpus.collection import Corpus
from ..language.analysis import analyse
from ..language.calendar import dated_weekdays, wrong_weekday
from ..models import Judgement


def note_inconsistent_sides(judgement: Judgement, corpus: Corpus) -> Judgement:
    """``judgement`` with its reason saying which cited sentence contradicts itself, if any."""
    from ..audit.documents import document_facts  # only disputed judgements need it

    years: dict[str, int | None] = {}

    def year_of(source: str) -> int | None:
        if source not in years:
            known = source in corpus.doc_ranges
            years[source] = document_facts(corpus, source).year if known else None
        return years[source]

    notes = []
    for citation in judgement.citations:
        analysed = analyse(citation.sentence)
        for said in dated_weekdays(analysed.text, analysed.dates):
            year = year_of(citation.source)
            where = ""
            if said.date.year is None and year is None:
                others = {
                    year_of(c.source) for c in judgement.citations if c.source != citation.source
                } - {None}
                year = others.pop() if len(others) == 1 else None
                where = " (the year of the other source)" if year else ""
            wrong = wrong_weekday(said, year)
            if wrong:
                note = f"{citation.source}:{citation.line} contradicts itself: {wrong.explanation}{where}"
                notes.append(note)
    if not notes:
        return judgement
    return replace(judgement, reason=f"{judgement.reason}; {'; '.join(dict.fromkeys(notes))}")
