"""Which way to open a source collection: its index when it is fresh, else read the files now.

Every entry point goes through here, so a stale index never gives stale verdicts and a library
user gets the same policy as the command line.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from ..errors import InputError
from .collection import Corpus
from .reading import read_corpus

Warn = Callable[[str], None]


def open_sources(
    specs: Sequence[str | Path], index: str | Path | None = None, warn: Warn | None = None
) -> Corpus:
    """The sources as a Corpus: from their index (``index``, else the cached one for these
    sources) when it exists and no file changed since it was built; otherwise read now, with
    one line to ``warn`` saying why the index was not used. An ``index`` that is a
    ``postgresql://`` URL is the shared index in that database (see ``postgres``)."""
    from .local_index import load_index, staleness
    from .urls import is_database_url

    if index is not None and is_database_url(str(index)):
        from .postgres import open_database

        return open_database(str(index))

    say = warn or (lambda _message: None)
    paths = [str(s) for s in specs]
    path, stale = staleness(paths, Path(index) if index else None)
    if stale is None:
        try:
            return load_index(paths, path)
        except InputError as error:
            say(f"{error}; reading the sources")
            return read_corpus(paths, warn)
    if stale != "no index":
        say(
            f"the index {path} is stale ({stale}); reading the sources (`factcheck index` updates it)"
        )
    elif index:
        say(
            f"no index at {index}; reading the sources (`factcheck index --index {index}` builds it)"
        )
    return read_corpus(paths, warn)
