"""Where a corpus comes from, said so that another process or machine opens the same one.

A cluster worker receives a location, not a corpus: a database collection pinned to the
generation the run started with, or source paths (and an index folder) that every worker can
see.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from .collection import Corpus


@dataclass(frozen=True)
class CorpusLocation:
    """Source paths (with an optional index folder), or a database URL and generation."""

    specs: tuple[str, ...] = ()
    index: str | None = None
    """An index folder, or a ``postgresql://`` URL (see ``corpus.postgres``)."""
    generation: int | None = None
    """For a database: the generation to read, so that every worker reads the same one."""

    @classmethod
    def of_sources(cls, specs: Sequence[str | Path], index: str | None = None) -> CorpusLocation:
        """Paths made absolute, as a worker may run in another folder."""
        return cls(
            tuple(os.path.abspath(s) for s in specs), os.path.abspath(index) if index else None
        )

    @classmethod
    def of_database(cls, url: str, corpus: Corpus | None = None) -> CorpusLocation:
        """The collection at ``url``, at the generation ``corpus`` (opened from it) reads."""
        from .postgres import generation_of

        return cls((), url, generation_of(corpus) if corpus is not None else None)

    @property
    def in_database(self) -> bool:
        from .urls import is_database_url

        return is_database_url(self.index)

    def open(self) -> Corpus:
        """The corpus: the database collection; else the index folder when it is fresh; else
        the sources read now."""
        if self.in_database:
            from .postgres import open_database

            assert self.index is not None
            return open_database(self.index, self.generation)
        from .opening import open_sources

        return open_sources(self.specs, self.index)

    def pinned(self, generation: int | None) -> CorpusLocation:
        return replace(self, generation=generation)
