"""Sources read now: the compact store gives back every sentence as the documents have it."""

from __future__ import annotations

from factcheck import load_sources
from factcheck.corpus.collection import Corpus
from factcheck.ingest.sources import document_from_text
from factcheck.language.text import normalize

from .pdfmaker import write_pdf

DOCUMENTS = [
    document_from_text(
        "a.md", "# The bridge\n\nThe **bridge** opened in [1932](http://x.org).\n", "markdown"
    ),
    document_from_text("empty.txt", "   \n"),
    document_from_text("b.txt", "The tunnel opened in 1990. It is 3 km long.\nTolls rose 5%."),
    document_from_text("paged.txt", "Page one says this. Page two says that.", page_starts=(0, 20)),
    document_from_text("also-empty.txt", ""),
]


def test_every_sentence_comes_back_as_the_document_has_it():
    corpus = Corpus.from_documents(DOCUMENTS)
    expected = [(d, s) for d in DOCUMENTS for s in d.sentences]
    assert len(corpus) == len(expected)
    for i, (document, sentence) in enumerate(expected):
        assert corpus.sentence(i) == sentence
        assert corpus.plain_text(i) == document.plain[sentence.start : sentence.end]
        assert corpus.match_text(i) == normalize(corpus.plain_text(i))
    assert corpus.store.documents == DOCUMENTS
    assert corpus.doc_ranges == {
        "a.md": (0, 2),
        "empty.txt": (2, 2),
        "b.txt": (2, 5),
        "paged.txt": (5, 7),
        "also-empty.txt": (7, 7),
    }
    assert {corpus.sentence(i).page for i in range(len(corpus))} == {None, 1, 2}


def test_sources_read_in_worker_processes_are_those_read_here(tmp_path, monkeypatch):
    from factcheck.corpus import reading

    for n in range(70):  # enough files for the readers to run in other processes
        (tmp_path / f"{n:02}.md").write_text(
            f"# Note {n}\n\nThe **count** rose to {n} in 19{n:02}."
        )
    write_pdf(tmp_path / "report.pdf", ["The ferry started in 2001.", "It carries 500 cars a day."])
    parallel = load_sources([tmp_path])
    monkeypatch.setattr(reading, "MIN_PARALLEL_FILES", 10_000)
    serial = load_sources([tmp_path])
    assert len(parallel) == len(serial) == 70 * 2 + 2
    assert parallel.store.documents == serial.store.documents
    assert all(
        (parallel.sentence(i), parallel.plain_text(i), parallel.match_text(i))
        == (serial.sentence(i), serial.plain_text(i), serial.match_text(i))
        for i in range(len(serial))
    )
