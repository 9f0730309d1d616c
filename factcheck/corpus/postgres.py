"""A source collection kept in PostgreSQL, so that a team shares one index.

``factcheck index SOURCES --to postgresql://HOST/DB?collection=NAME`` reads the sources and
writes their sentences to the database; ``--index postgresql://...`` (or
``FACTCHECK_DATABASE_URL``) makes the other commands read them from there. One database holds
several named collections (``collection=`` in the URL; ``default`` when absent).

What is stored:

- a *content* per distinct file content (SHA-1) of a collection, with its sentences: each as
  written, its plain text (markup blanked; NULL when the same), its normalised text, its place
  in the file, and its index terms as a ``tsvector`` (factcheck's own stems, with their
  positions), under a GIN index;
- a *generation* per build: which file, under which name, holds which content, where its
  sentences start in the collection's order, and each term's document frequency; and, for
  each term held by at least one sentence in ``DENSE_SHARE``, a bitmap of the sentences
  holding it, with the sentences' length steps. The bitmaps number sentences by *id*: each
  content's sentences take ids from its ``base`` on, in a space of the collection's own that
  never shifts (positions do, when a file before them changes), so an update carries the
  previous generation's bitmaps over, clears the contents it dropped, and adds those it read.

An update reads only files whose size or time changed, and stores only contents it has not
stored before (by SHA-1): unchanged files cost one row each in the new generation. The new
generation is written in one transaction, and the collection's pointer to its live generation
moves in that same transaction, so a reader sees the old collection or the new one, never a
half-built one; a reader keeps the generation it opened, and the generation before the live
one is kept until the next update, so that checks already running finish on it. One writer at
a time: ``index --to`` holds an advisory lock on the collection while it works.

Candidate retrieval uses tantivy's BM25 formula, parameters and length quantisation, so that
the sentences retrieved, and thus the verdicts, are the local index's. A claim whose terms
are held by few enough sentences is answered by the GIN index and ranked in SQL. A claim of
common words (in a large collection) takes its candidates from the bitmaps (see
``_candidates``), intersected and scored in the checking process (in Python for its first
claim, then with numpy), with the operations and in the order SQL adds them, so the scores are
the same to the last bit; only the best rows are fetched. (The GIN index walks the whole posting list of every term of such
a query, and a query per candidate costs a lookup each: hundreds of milliseconds a claim.)
The fuzzy rerank and the judging run in Python on the rows returned, as for any corpus.
Checking only reads: a read-only role is enough.
"""

from __future__ import annotations

import bisect
import hashlib
import heapq
import math
import operator
import os
import struct
import sys
import threading
import time
from array import array
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property, reduce
from itertools import combinations, compress
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit, urlunsplit

from ..errors import ConfigError, InputError
from ..ingest.formats import Warn, read_bytes
from ..ingest.sources import no_text, read_split, skip_unreadable, source_files, stamp
from ..language.text import normalize_many
from ..models import Sentence
from ..parallel import ordered_map
from .collection import Corpus
from .terms import index_words, terms
from .urls import ENVIRONMENT, URL_SCHEMES, is_database_url  # noqa: F401  (public here too)

SCHEMA_VERSION = 3
# The oldest schema a check can read (an update brings it to this version's).
READABLE_SCHEMA = 2
DEFAULT_COLLECTION = "default"
# tantivy's BM25 (see ``terms``): the same parameters, so that the same sentences come first.
K1, B = 1.2, 0.75
# First key of the advisory locks taken on a collection (the second is the collection's id).
_LOCK_CLASS = 0x6663
# tsvector limits: a lexeme of at most 2,047 bytes; positions up to 16,383.
_MAX_LEXEME_BYTES = 2_047
_MAX_POSITION = 16_383
# A tsvector keeps at most 256 positions of a term: its frequency as the database sees it.
_MAX_POSITIONS = 256
# Postings a query scores at most. When a claim's terms are held by more sentences than this (in
# a large collection, a claim of common words), the candidates are the sentences holding several
# of its rarest terms, about ``CANDIDATES`` of them; see ``_candidates``.
SCORED_POSTINGS = 100_000
CANDIDATES = 5_000
# Candidates a process scores from the bitmaps in Python before it imports numpy for the rest:
# about one claim of common words (see ``DatabaseTerms._from_bitmaps``).
PYTHON_SCORED = 4 * CANDIDATES
# A claim's rarest terms, as long as they hold this many sentences between them, find all theirs.
RARE_POSTINGS = 5_000
# A term held by at least one sentence in this many of a generation keeps a bitmap of them: a
# claim whose rarest terms are all that common finds its candidates from the bitmaps, where the
# GIN index would walk each of their long posting lists (see ``DatabaseTerms.search``).
DENSE_SHARE = 128
# Bitmaps an opened collection keeps in memory before it starts afresh.
_CACHE_BITMAPS = 512
# Sentence rows kept in memory per opened collection before the cache starts afresh.
_CACHE_ROWS = 200_000
# Below this many files to read, a process pool costs more than it saves.
_MIN_PARALLEL_FILES = 64


@dataclass(frozen=True)
class DatabaseTarget:
    """A collection in a database: the connection URL (without ``collection=``) and its name."""

    conninfo: str
    collection: str = DEFAULT_COLLECTION

    @classmethod
    def parse(cls, url: str) -> DatabaseTarget:
        parts = urlsplit(url)
        names = [v for k, v in parse_qsl(parts.query, keep_blank_values=True) if k == "collection"]
        # The other parameters are passed on as written (libpq rejects unknown ones).
        rest = "&".join(p for p in parts.query.split("&") if p.split("=", 1)[0] != "collection")
        name = names[-1] if names else DEFAULT_COLLECTION
        if not name or len(name) > 200:
            raise ConfigError(
                None, f"{redact(url)}: the collection name must be 1 to 200 characters"
            )
        return cls(urlunsplit(parts._replace(query=rest)), name)

    def __str__(self) -> str:
        return f"{redact(self.conninfo)} (collection {self.collection!r})"


def redact(url: str) -> str:
    """The URL with its password hidden, for messages."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.netloc.rsplit("@", 1)[1]
    user = parts.username or ""
    return urlunsplit(parts._replace(netloc=f"{user}:***@{host}"))


def _numpy() -> Any:
    # Imported when a claim of common words first needs the bitmaps: not at start-up.
    import numpy

    return numpy


def _psycopg() -> Any:
    try:
        import psycopg
    except ImportError:
        raise ConfigError(
            None,
            "a postgresql:// index needs the PostgreSQL support: pip install 'factcheck[postgres]'",
        ) from None
    return psycopg


def _connect(target: DatabaseTarget, autocommit: bool = True) -> Any:
    psycopg = _psycopg()
    try:
        return psycopg.connect(target.conninfo, autocommit=autocommit)
    except psycopg.Error as error:
        raise InputError(redact(target.conninfo), f"cannot connect: {_first_line(error)}") from None


def _first_line(error: BaseException) -> str:
    return (str(error).strip().splitlines() or [type(error).__name__])[0]


# Each step brings the schema from the version before it to its own; a database is brought up
# to date by running the steps it lacks, in order, under a lock.
_MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE factcheck_collection (
        id serial PRIMARY KEY,
        name text NOT NULL UNIQUE,
        generation bigint NOT NULL DEFAULT 0
    );
    CREATE TABLE factcheck_generation (
        collection integer NOT NULL REFERENCES factcheck_collection ON DELETE CASCADE,
        generation bigint NOT NULL,
        sentences bigint NOT NULL,
        tokens bigint NOT NULL,
        specs text[] NOT NULL,
        built timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (collection, generation)
    );
    CREATE TABLE factcheck_content (
        id bigserial PRIMARY KEY,
        collection integer NOT NULL REFERENCES factcheck_collection ON DELETE CASCADE,
        sha1 text NOT NULL,
        sentences integer NOT NULL,
        tokens bigint NOT NULL,
        UNIQUE (collection, sha1)
    );
    -- Sentences and terms are written in one stream before their content's row (see _build),
    -- and deleted with it by _collect_garbage: no foreign key to check a million times.
    CREATE TABLE factcheck_sentence (
        content bigint NOT NULL,
        n integer NOT NULL,
        line integer NOT NULL,
        start_at integer NOT NULL,
        end_at integer NOT NULL,
        page integer,
        text text NOT NULL,
        plain text,
        match text NOT NULL,
        words tsvector NOT NULL,
        length integer NOT NULL,
        PRIMARY KEY (content, n)
    );
    CREATE INDEX factcheck_sentence_words ON factcheck_sentence USING gin (words);
    CREATE TABLE factcheck_content_term (
        content bigint NOT NULL,
        term text NOT NULL,
        df integer NOT NULL,
        PRIMARY KEY (content, term)
    );
    CREATE TABLE factcheck_member (
        collection integer NOT NULL,
        generation bigint NOT NULL,
        position integer NOT NULL,
        key text NOT NULL,
        name text NOT NULL,
        size bigint NOT NULL,
        mtime_ns bigint NOT NULL,
        content bigint REFERENCES factcheck_content,
        first bigint NOT NULL,
        PRIMARY KEY (collection, generation, position),
        FOREIGN KEY (collection, generation) REFERENCES factcheck_generation ON DELETE CASCADE
    );
    CREATE INDEX factcheck_member_content ON factcheck_member (content, collection, generation);
    CREATE TABLE factcheck_term (
        collection integer NOT NULL,
        generation bigint NOT NULL,
        term text NOT NULL,
        df bigint NOT NULL,
        PRIMARY KEY (collection, generation, term),
        FOREIGN KEY (collection, generation) REFERENCES factcheck_generation ON DELETE CASCADE
    );
    """,
    # 2: each content's sentences take ids from ``base`` on, in a space of the collection's own
    # that never shifts (positions shift when a file before them changes); a generation keeps,
    # for each of its common terms, a bitmap over that space of the sentences holding it (and
    # the ids and frequencies of those holding it more than once), and its sentences' length
    # steps, one byte per id.
    # Contents stored before get their ids here; their generations have no bitmaps (``dense_df``
    # NULL) until the next update builds a generation that has.
    """
    ALTER TABLE factcheck_collection ADD COLUMN next_base bigint NOT NULL DEFAULT 0;
    ALTER TABLE factcheck_content ADD COLUMN base bigint;
    UPDATE factcheck_content c SET base = b.base
    FROM (SELECT id, sum(sentences) OVER (PARTITION BY collection ORDER BY id) - sentences AS base
          FROM factcheck_content) b
    WHERE b.id = c.id;
    ALTER TABLE factcheck_content ALTER COLUMN base SET NOT NULL;
    UPDATE factcheck_collection k SET next_base = coalesce(
        (SELECT max(c.base + c.sentences) FROM factcheck_content c WHERE c.collection = k.id), 0);
    ALTER TABLE factcheck_generation ADD COLUMN dense_df bigint;
    ALTER TABLE factcheck_generation ADD COLUMN lengths bytea;
    CREATE TABLE factcheck_bitmap (
        collection integer NOT NULL,
        generation bigint NOT NULL,
        term text NOT NULL,
        bits bytea NOT NULL,
        repeats bytea NOT NULL,
        PRIMARY KEY (collection, generation, term),
        FOREIGN KEY (collection, generation) REFERENCES factcheck_generation ON DELETE CASCADE
    );
    """,
    # 3: a generation's file list as checks read it (see _pack_files), in one value: opening
    # a collection of 20,000 files then reads one row, not 20,000 members joined with their
    # contents. Generations built before have none and are read through the join.
    """
    ALTER TABLE factcheck_generation ADD COLUMN files bytea;
    """,
)


def schema_version(conn: Any) -> int:
    """The schema version of the database (0: no factcheck tables yet)."""
    found = conn.execute("SELECT to_regclass('factcheck_schema') IS NOT NULL").fetchone()[0]
    if not found:
        return 0
    return conn.execute("SELECT version FROM factcheck_schema").fetchone()[0]


def ensure_schema(conn: Any, where: str) -> None:
    """Create the tables, or bring them to this version's schema (under a lock, so that two
    first builds at once do not both create them)."""
    if schema_version(conn) == SCHEMA_VERSION:
        return
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s, 0)", (_LOCK_CLASS,))
        conn.execute("CREATE TABLE IF NOT EXISTS factcheck_schema (version integer NOT NULL)")
        row = conn.execute("SELECT version FROM factcheck_schema").fetchone()
        version = row[0] if row else 0
        if version > SCHEMA_VERSION:
            raise _newer(where, version)
        for step in _MIGRATIONS[version:]:
            conn.execute(step)
        if version < 3:
            _pack_kept_generations(conn)
        if row:
            conn.execute("UPDATE factcheck_schema SET version = %s", (SCHEMA_VERSION,))
        else:
            conn.execute("INSERT INTO factcheck_schema VALUES (%s)", (SCHEMA_VERSION,))


def _pack_kept_generations(conn: Any) -> None:
    """The packed file list of each generation kept from before schema 3."""
    kept = conn.execute("SELECT collection, generation FROM factcheck_generation").fetchall()
    for collection, generation in kept:
        _store_file_list(conn, collection, generation)


def _file_list_readable(conn: Any, collection: int, generation: int) -> bool:
    """Whether a generation's packed file list is there and unpacks (reading it costs a
    fraction of packing it again)."""
    packed = (
        conn.cursor(binary=True)
        .execute(
            "SELECT files FROM factcheck_generation WHERE collection = %s AND generation = %s",
            (collection, generation),
        )
        .fetchone()[0]
    )
    if packed is None:
        return False
    try:
        _unpack_files(packed)
    except ValueError:
        return False
    return True


def _store_file_list(conn: Any, collection: int, generation: int) -> None:
    """Store a generation's file list packed, as checks read it, from its members."""
    files = conn.execute(_FILES_QUERY, (collection, generation)).fetchall()
    conn.execute(
        "UPDATE factcheck_generation SET files = %s WHERE collection = %s AND generation = %s",
        (_pack_files(files), collection, generation),
    )


def _newer(where: str, version: int) -> InputError:
    return InputError(
        where,
        f"the database's factcheck schema is version {version}, newer than this factcheck's "
        f"({SCHEMA_VERSION}); upgrade factcheck",
    )


# tantivy stores a sentence's length in one byte (Lucene's scheme): exact up to 40 terms, then
# in ever wider steps; BM25 sees the step's value, and so does the database.
def _length_steps() -> list[int]:
    steps = []
    for code in range(256):
        if code < 24:
            steps.append(code)
            continue
        bits, shift = (code - 24) & 7, ((code - 24) >> 3) - 1
        steps.append(24 + (bits if shift == -1 else (bits | 8) << shift))
    return steps


_STEPS = _length_steps()


def length_code(count: int) -> int:
    """The step (0 to 255) of a sentence of ``count`` terms."""
    return bisect.bisect_right(_STEPS, count) - 1


def stored_length(count: int) -> int:
    """A sentence's length (its number of terms) as tantivy's BM25 sees it."""
    return _STEPS[length_code(count)]


def _quote(term: str) -> str:
    """A lexeme as tsvector and tsquery input take it."""
    return "'" + term.replace("\\", "\\\\").replace("'", "''") + "'"


def _fits(term: str) -> bool:
    return len(term.encode()) <= _MAX_LEXEME_BYTES


def tsvector_of(sentence_terms: Sequence[str]) -> str:
    """The terms of one sentence, with their positions, as a tsvector literal (the number of
    positions of a term is its frequency)."""
    positions: dict[str, list[str]] = {}
    for at, term in enumerate(sentence_terms, start=1):
        if _fits(term):
            positions.setdefault(term, []).append(str(min(at, _MAX_POSITION)))
    return " ".join(f"{_quote(t)}:{','.join(p)}" for t, p in positions.items())


@dataclass(frozen=True)
class DatabaseIndexStats:
    """What a build or update of a collection in the database did."""

    target: DatabaseTarget
    files: int
    sentences: int
    read: int
    """Files read this time (new or changed)."""
    reused: int
    dropped: int
    seconds: float
    generation: int
    skipped: int = 0
    stored: int = 0
    """Contents new to the database (a changed file whose content was stored before is not)."""


@dataclass(frozen=True)
class _Stored:
    """A content stored by this build: its first sentence id, each term's sentences, the
    sentences holding a term more than once, and the sentences' length steps."""

    base: int
    term_sentences: dict[str, list[int]]
    repeats: dict[str, list[tuple[int, int]]]
    lengths: bytearray


@dataclass(frozen=True)
class _Job:
    key: str
    path: str
    name: str
    direct: bool
    size: int
    mtime_ns: int


@dataclass
class _Read:
    """One file as read for the database: its SHA-1, and its rows unless skipped."""

    sha1: str = ""
    skipped: bool = False
    rows: list[tuple] = field(default_factory=list)
    term_sentences: dict[str, list[int]] = field(default_factory=dict)
    """Each term's sentences (their numbers in the file)."""
    repeats: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    """Each term's sentences that hold it more than once, with how often."""
    lengths: bytearray = field(default_factory=bytearray)
    """Each sentence's stored length, as its step (see ``length_code``)."""
    tokens: int = 0
    warnings: list[str] = field(default_factory=list)


def _read_for_database(job: _Job) -> _Read:
    """Read, split and analyse one file into sentence rows (in a worker for large collections)."""
    result = _Read()
    path = Path(job.path)
    try:
        raw = read_bytes(path)
    except InputError as error:
        skip_unreadable(error, job.direct, result.warnings.append)
        result.skipped = True
        return result
    result.sha1 = hashlib.sha1(raw).hexdigest()
    split = read_split(path, job.direct, result.warnings.append, raw)
    if split is None:
        result.skipped = True
        return result
    plains = [split.plain[a:b] for _, a, b, _ in split.spans]
    matches = normalize_many(plains)
    for n, ((line, a, b, page), plain, match, words) in enumerate(
        zip(split.spans, plains, matches, index_words(matches), strict=True)
    ):
        found = terms(words.split())
        for term, tf in Counter(found).items():
            if _fits(term):
                result.term_sentences.setdefault(term, []).append(n)
                if tf > 1:
                    result.repeats.setdefault(term, []).append((n, min(tf, _MAX_POSITIONS)))
        result.tokens += len(found)
        result.lengths.append(length_code(len(found)))
        text = split.text[a:b]
        result.rows.append(
            (
                n,
                line,
                a,
                b,
                page,
                text,
                None if plain == text else plain,
                match,
                tsvector_of(found),
                stored_length(len(found)),
            )
        )
    return result


def build_database_index(
    specs: Sequence[str | Path], url: str, warn: Warn | None = None
) -> DatabaseIndexStats:
    """Build or update the collection of ``url`` from ``specs``; see the module's notes."""
    started = time.perf_counter()
    target = DatabaseTarget.parse(url)
    where = redact(target.conninfo)
    psycopg = _psycopg()
    conn = _connect(target)
    try:
        ensure_schema(conn, where)
        conn.execute(
            "INSERT INTO factcheck_collection (name) VALUES (%s) ON CONFLICT (name) DO NOTHING",
            (target.collection,),
        )
        collection = conn.execute(
            "SELECT id FROM factcheck_collection WHERE name = %s", (target.collection,)
        ).fetchone()[0]
        # One writer per collection: a second `index --to` waits here for the first.
        conn.execute("SELECT pg_advisory_lock(%s, %s)", (_LOCK_CLASS, collection))
        try:
            return _build(conn, target, collection, specs, warn, started)
        finally:
            if not conn.closed:
                conn.execute("SELECT pg_advisory_unlock(%s, %s)", (_LOCK_CLASS, collection))
    except psycopg.Error as error:
        raise InputError(str(target), f"the database refused: {_first_line(error)}") from None
    finally:
        conn.close()


def _build(
    conn: Any,
    target: DatabaseTarget,
    collection: int,
    specs: Sequence[str | Path],
    warn: Warn | None,
    started: float,
) -> DatabaseIndexStats:
    live, next_base = conn.execute(
        "SELECT generation, next_base FROM factcheck_collection WHERE id = %s", (collection,)
    ).fetchone()
    known = {
        key: (name, size, mtime, content, count)
        for key, name, size, mtime, content, count in conn.execute(
            """SELECT m.key, m.name, m.size, m.mtime_ns, m.content, c.sentences
               FROM factcheck_member m LEFT JOIN factcheck_content c ON c.id = m.content
               WHERE m.collection = %s AND m.generation = %s ORDER BY m.position""",
            (collection, live),
        )
    }
    files = source_files(specs, warn)
    jobs: list[_Job] = []
    kept: dict[str, tuple[int, int]] = {}
    for file in files:
        size, mtime = stamp(file.path)
        job = _Job(file.key, file.path, file.name, file.direct, size, mtime)
        old = known.get(file.key)
        if old is not None and old[3] is not None and old[:3] == (file.name, size, mtime):
            kept[file.key] = (old[3], old[4])  # same name, size and time: not read again
        jobs.append(job)
    to_read = [job for job in jobs if job.key not in kept]
    live_dense_df = None
    if live:
        count, live_dense_df = conn.execute(
            "SELECT sentences, dense_df FROM factcheck_generation"
            " WHERE collection = %s AND generation = %s",
            (collection, live),
        ).fetchone()
    # Nothing changed: nothing to do, unless the live generation predates the bitmaps, or its
    # file list is damaged (then stored again).
    if live and not to_read and [j.key for j in jobs] == list(known) and live_dense_df:
        if not _file_list_readable(conn, collection, live):
            _store_file_list(conn, collection, live)
        return DatabaseIndexStats(
            target, len(jobs), count, 0, len(jobs), 0, time.perf_counter() - started, live
        )
    # Contents stored already, by SHA-1: a changed file whose content is known costs nothing.
    stored_before = {
        sha1: (content, count)
        for sha1, content, count in conn.execute(
            "SELECT sha1, id, sentences FROM factcheck_content WHERE collection = %s",
            (collection,),
        )
    }
    ids = iter(
        [
            row[0]
            for row in conn.execute(
                "SELECT nextval('factcheck_content_id_seq') FROM generate_series(1, %s)",
                (len(to_read),),
            )
        ]
    )
    results = ordered_map(_read_for_database, to_read, min_items=_MIN_PARALLEL_FILES)
    generation = live + 1
    read = skipped = 0
    members: list[tuple] = []
    contents: list[tuple] = []
    content_terms: list[tuple] = []
    # Contents stored now, as the bitmaps need them.
    new_ids: dict[int, _Stored] = {}
    first = 0
    try:
        with conn.transaction():
            conn.execute(
                "INSERT INTO factcheck_generation (collection, generation, sentences, tokens, specs)"
                " VALUES (%s, %s, 0, 0, %s)",
                (collection, generation, [str(s) for s in specs]),
            )
            # New sentences in one stream, as the files are read; the rest follows.
            with (
                conn.cursor() as cursor,
                cursor.copy(
                    "COPY factcheck_sentence (content, n, line, start_at, end_at, page, text,"
                    " plain, match, words, length) FROM STDIN"
                ) as copy,
            ):
                for position, job in enumerate(jobs):
                    content: int | None
                    if job.key in kept:
                        content, count = kept[job.key]
                    else:
                        result = next(results)
                        for message in result.warnings:
                            if warn:
                                warn(message)
                        if result.skipped or not result.rows:
                            skipped += 1
                            # Recorded without content, so that the next update reads it again.
                            members.append(
                                (position, job.key, job.name, job.size, job.mtime_ns, None, first)
                            )
                            continue
                        read += 1
                        if result.sha1 in stored_before:
                            content, count = stored_before[result.sha1]
                        else:
                            content, count = next(ids), len(result.rows)
                            stored_before[result.sha1] = (content, count)
                            for row in result.rows:
                                copy.write_row((content, *row))
                            contents.append(
                                (content, collection, result.sha1, count, result.tokens, next_base)
                            )
                            content_terms.extend(
                                (content, term, len(ns))
                                for term, ns in result.term_sentences.items()
                            )
                            new_ids[content] = _Stored(
                                next_base, result.term_sentences, result.repeats, result.lengths
                            )
                            next_base += count
                    members.append(
                        (position, job.key, job.name, job.size, job.mtime_ns, content, first)
                    )
                    first += count
            if first == 0:
                raise no_text(specs)
            _copy(
                conn, "factcheck_content (id, collection, sha1, sentences, tokens, base)", contents
            )
            _copy(conn, "factcheck_content_term (content, term, df)", content_terms)
            _copy(
                conn,
                "factcheck_member (collection, generation, position, key, name, size, mtime_ns,"
                " content, first)",
                [(collection, generation, *m) for m in members],
            )
            conn.execute(
                """INSERT INTO factcheck_term (collection, generation, term, df)
                   SELECT %(c)s, %(g)s, t.term, sum(t.df)
                   FROM factcheck_member m JOIN factcheck_content_term t ON t.content = m.content
                   WHERE m.collection = %(c)s AND m.generation = %(g)s
                   GROUP BY t.term""",
                {"c": collection, "g": generation},
            )
            tokens = conn.execute(
                """SELECT coalesce(sum(c.tokens), 0) FROM factcheck_member m
                   JOIN factcheck_content c ON c.id = m.content
                   WHERE m.collection = %s AND m.generation = %s""",
                (collection, generation),
            ).fetchone()[0]
            dense_df = _dense_df(first)
            conn.execute(
                "UPDATE factcheck_generation SET sentences = %s, tokens = %s, dense_df = %s"
                " WHERE collection = %s AND generation = %s",
                (first, tokens, dense_df, collection, generation),
            )
            _store_file_list(conn, collection, generation)
            conn.execute(
                "UPDATE factcheck_collection SET next_base = %s WHERE id = %s",
                (next_base, collection),
            )
            _write_bitmaps(conn, collection, generation, live, dense_df, next_base, new_ids)
            # The switch: readers opening from now on see the new generation.
            conn.execute(
                "UPDATE factcheck_collection SET generation = %s WHERE id = %s",
                (generation, collection),
            )
    finally:
        results.close()
    _collect_garbage(conn, collection, generation)
    # Fresh statistics, or the planner may scan every sentence for a query the GIN index
    # answers in milliseconds.
    for table in ("factcheck_sentence", "factcheck_member", "factcheck_term", "factcheck_content"):
        conn.execute(f"ANALYZE {table}")
    dropped = len(set(known) - {j.key for j in jobs})
    files_indexed = len(jobs) - skipped
    return DatabaseIndexStats(
        target,
        files_indexed,
        first,
        read,
        files_indexed - read,
        dropped,
        time.perf_counter() - started,
        generation,
        skipped,
        len(contents),
    )


# A generation's files as a check reads them: (name, first position, sentence count, content
# id, the content's first sentence id), in position order, for the files that hold text.
_FILES_QUERY = """SELECT m.name, m.first, c.sentences, m.content, c.base
                  FROM factcheck_member m JOIN factcheck_content c ON c.id = m.content
                  WHERE m.collection = %s AND m.generation = %s ORDER BY m.position"""


def _pack_files(files: Sequence[tuple[str, int, int, int, int]]) -> bytes:
    """``files`` in one value: their count, the names' length, the names joined by NUL (which
    no path holds), then the four number columns one after the other, as little-endian
    64-bit integers."""
    names = "\0".join(f[0] for f in files).encode()
    numbers = array("q", [f[column] for column in range(1, 5) for f in files])
    if sys.byteorder == "big":
        numbers.byteswap()
    return struct.pack("<QQ", len(files), len(names)) + names + numbers.tobytes()


def _unpack_files(data: bytes) -> list[list]:
    """The columns of a packed file list: names, firsts, counts, contents, bases. A value
    that is not such a list raises ``ValueError``."""
    start = struct.calcsize("<QQ")
    if len(data) < start:
        raise ValueError("shorter than its header")
    count, size = struct.unpack_from("<QQ", data)
    if len(data) != start + size + 4 * 8 * count:
        raise ValueError(f"{len(data)} bytes where {count} files take {start + size + 32 * count}")
    names = data[start : start + size].decode().split("\0") if count else []
    if len(names) != count:
        raise ValueError(f"{len(names)} names for {count} files")
    numbers = array("q")
    numbers.frombytes(data[start + size :])
    if sys.byteorder == "big":
        numbers.byteswap()
    return [names, *(numbers[k * count : (k + 1) * count].tolist() for k in range(4))]


def _copy(conn: Any, table: str, rows: Sequence[tuple]) -> None:
    with conn.cursor() as cursor, cursor.copy(f"COPY {table} FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)


def _dense_df(sentences: int) -> int:
    """The document frequency from which a term of a generation of ``sentences`` keeps a
    bitmap."""
    return max(1, -(-sentences // DENSE_SHARE))


def _set(bits: bytearray, i: int) -> None:
    bits[i >> 3] |= 1 << (i & 7)


def _pack(pairs: dict[int, int]) -> bytes:
    """Sentence ids and frequencies as bytes (little-endian 64-bit pairs, by id)."""
    flat = [x for pair in sorted(pairs.items()) for x in pair]
    return struct.pack(f"<{len(flat)}q", *flat)


def _holding_a_group(groups: Sequence[tuple[str, ...]], bitmaps: dict[str, Any]) -> Any:
    """The bitmap of the sentences holding every term of at least one group (``None`` for no
    groups): integers or numpy byte arrays, combined with new values, never in place (the
    terms' bitmaps are kept for the next claim)."""
    found = None
    for group in groups:
        every = reduce(operator.and_, (bitmaps[term] for term in group))
        found = every if found is None else found | every
    return found


def _set_bits(bitmap: int) -> list[int]:
    """The ids whose bits are set in ``bitmap``, in order."""
    data = bitmap.to_bytes((bitmap.bit_length() + 7) // 8, "little")
    ids: list[int] = []
    # Most bytes of a bitmap are zero: only those that are not are looked at.
    for at in compress(range(len(data)), data):
        for bit in _BITS_OF_BYTE[data[at]]:
            ids.append(at * 8 + bit)
    return ids


_BITS_OF_BYTE = [tuple(bit for bit in range(8) if value >> bit & 1) for value in range(256)]


def _unpack(data: bytes) -> dict[int, int]:
    flat = struct.unpack(f"<{len(data) // 8}q", data)
    return dict(zip(flat[::2], flat[1::2], strict=True))


def _write_bitmaps(
    conn: Any,
    collection: int,
    generation: int,
    previous: int,
    dense_df: int,
    ids_end: int,
    new_ids: dict[int, _Stored],
) -> None:
    """Store the bitmap of each common term of the new generation, and its sentences' length
    steps: the previous generation's, less the contents it dropped, plus those stored now;
    what neither has (a content the previous generation did not hold, a term common only
    now, or a previous generation without bitmaps) is read from the sentences."""
    dense = [
        term
        for (term,) in conn.execute(
            "SELECT term FROM factcheck_term"
            " WHERE collection = %s AND generation = %s AND df >= %s ORDER BY term",
            (collection, generation, dense_df),
        )
    ]
    spans = {
        content: (base, count)
        for content, base, count in conn.execute(
            "SELECT id, base, sentences FROM factcheck_content WHERE collection = %s",
            (collection,),
        )
    }

    def contents_of(at: int) -> set[int]:
        return {
            c
            for (c,) in conn.execute(
                "SELECT DISTINCT content FROM factcheck_member"
                " WHERE collection = %s AND generation = %s AND content IS NOT NULL",
                (collection, at),
            )
        }

    ours = contents_of(generation)
    theirs: set[int] = set()
    size = (ids_end + 7) // 8
    bits = {term: bytearray(size) for term in dense}
    repeats: dict[str, dict[int, int]] = {term: {} for term in dense}
    lengths = bytearray(ids_end)
    old: dict[str, tuple[bytes, bytes]] = {}
    row = (
        conn.execute(
            "SELECT dense_df, lengths FROM factcheck_generation"
            " WHERE collection = %s AND generation = %s",
            (collection, previous),
        ).fetchone()
        if previous
        else None
    )
    if row is not None and row[0] is not None:
        theirs = contents_of(previous)
        lengths[: len(row[1])] = row[1]
        old = {
            term: (stored, pairs)
            for term, stored, pairs in conn.execute(
                "SELECT term, bits, repeats FROM factcheck_bitmap"
                " WHERE collection = %s AND generation = %s AND term = ANY(%s)",
                (collection, previous, dense),
            )
        }
    dropped = bytearray(size)
    for content in theirs - ours:
        base, count = spans[content]
        for i in range(base, base + count):
            dropped[i >> 3] |= 1 << (i & 7)
    mask = int.from_bytes(dropped, "little")
    for term, (stored, pairs) in old.items():
        # The ids never shift: the old bitmap holds the kept contents' bits where they are.
        value = int.from_bytes(stored, "little") & ~mask
        bits[term][:] = value.to_bytes(size, "little")
        repeats[term] = {
            i: tf for i, tf in _unpack(pairs).items() if not dropped[i >> 3] >> (i & 7) & 1
        }
    for content in ours:
        stored_now = new_ids.get(content)
        if stored_now is None:
            continue
        base = stored_now.base
        lengths[base : base + len(stored_now.lengths)] = stored_now.lengths
        for term, ns in stored_now.term_sentences.items():
            target = bits.get(term)
            if target is not None:
                for n in ns:
                    i = base + n
                    target[i >> 3] |= 1 << (i & 7)
        for term, pairs in stored_now.repeats.items():
            if term in repeats:
                repeats[term].update((base + n, tf) for n, tf in pairs)
    # From the sentences: every common term of the contents neither the previous generation
    # nor this build holds, and, in the contents kept, the terms common only now (found by the
    # GIN index: their postings alone are read).
    kept = ours & theirs
    unseen = sorted(ours - kept - set(new_ids))
    if unseen:
        for i, length in conn.execute(
            """SELECT c.base + s.n, s.length
               FROM factcheck_sentence s JOIN factcheck_content c ON c.id = s.content
               WHERE s.content = ANY(%s)""",
            (unseen,),
        ):
            lengths[i] = length_code(length)
    fresh = [term for term in dense if term not in old]
    for wanted, among, only in ((unseen, dense, False), (sorted(kept), fresh, True)):
        if not wanted or not among:
            continue
        with conn.cursor(name="factcheck_bitmaps") as cursor:
            cursor.execute(
                f"""SELECT c.base + s.n, u.lexeme, cardinality(u.positions)
                    FROM factcheck_sentence s JOIN factcheck_content c ON c.id = s.content
                    CROSS JOIN LATERAL unnest(s.words) AS u
                    WHERE s.content = ANY(%(contents)s) AND u.lexeme = ANY(%(terms)s)
                    {"AND s.words @@ %(query)s::tsquery" if only else ""}""",
                {
                    "contents": wanted,
                    "terms": among,
                    "query": " | ".join(_quote(t) for t in among),
                },
            )
            for batch in iter(lambda: cursor.fetchmany(100_000), []):
                for i, term, tf in batch:
                    bits[term][i >> 3] |= 1 << (i & 7)
                    if tf > 1:
                        repeats[term][i] = tf
    with (
        conn.cursor() as cursor,
        cursor.copy(
            "COPY factcheck_bitmap (collection, generation, term, bits, repeats)"
            " FROM STDIN (FORMAT BINARY)"
        ) as copy,
    ):
        copy.set_types(["int4", "int8", "text", "bytea", "bytea"])
        for term in dense:
            copy.write_row(
                (
                    collection,
                    generation,
                    term,
                    bytes(bits[term].rstrip(b"\0")),
                    _pack(repeats[term]),
                )
            )
    conn.execute(
        "UPDATE factcheck_generation SET lengths = %s WHERE collection = %s AND generation = %s",
        (bytes(lengths), collection, generation),
    )


def _collect_garbage(conn: Any, collection: int, generation: int) -> None:
    """Drop the generations before the previous one, and the contents no generation uses."""
    with conn.transaction():
        conn.execute(
            "DELETE FROM factcheck_generation WHERE collection = %s AND generation < %s",
            (collection, generation - 1),
        )
        unused = [
            row[0]
            for row in conn.execute(
                """SELECT c.id FROM factcheck_content c WHERE c.collection = %s AND NOT EXISTS
                   (SELECT 1 FROM factcheck_member m WHERE m.content = c.id)""",
                (collection,),
            )
        ]
        if unused:
            for table in ("factcheck_sentence", "factcheck_content_term"):
                conn.execute(f"DELETE FROM {table} WHERE content = ANY(%s)", (unused,))
            conn.execute("DELETE FROM factcheck_content WHERE id = ANY(%s)", (unused,))


def _configure(conn: Any) -> None:
    # A query touches a few thousand rows: parallel workers cost more than they save, and take
    # cores from the concurrent checks a shared database serves.
    conn.execute("SET max_parallel_workers_per_gather = 0")


class _Database:
    """The connections and the pinned generation of one opened collection; shared by its
    sentence store and term index. The connection that opened the collection serves its
    queries; a pool is started only when another thread needs one meanwhile. A process forked
    after opening makes its own connections (a connection is never used by two processes)."""

    def __init__(
        self, target: DatabaseTarget, collection: int, generation: int, conn: Any = None
    ) -> None:
        self.target = target
        self.collection = collection
        self.generation = generation
        self._first = conn
        self._first_pid = os.getpid()
        self._first_free = threading.Lock()
        if conn is not None:
            _configure(conn)
        self._pool: Any = None
        self._pid = 0
        self._inherited: list[Any] = []

    def _connections(self) -> Any:
        if self._pool is None or self._pid != os.getpid():
            if self._pool is not None:
                # Another process's pool: never closed from here (that would end the other
                # process's connections), only kept from being collected.
                self._inherited.append(self._pool)
            from psycopg_pool import ConnectionPool

            self._pool = ConnectionPool(
                self.target.conninfo,
                min_size=1,
                max_size=8,
                kwargs={"autocommit": True},
                configure=_configure,
                open=True,
                name="factcheck",
            )
            self._pid = os.getpid()
        return self._pool

    def rows(self, sql: str, params: Any = None, *, binary: bool = False) -> list[tuple]:
        """The rows of a query; ``binary`` asks for them in the binary format, where a large
        ``bytea`` comes as its bytes rather than twice as many hex digits to decode."""
        psycopg = _psycopg()
        try:
            first = self._first
            if (
                first is not None
                and self._first_pid == os.getpid()
                and self._first_free.acquire(blocking=False)
            ):
                try:
                    if not first.broken:
                        return first.execute(sql, params, binary=binary).fetchall()
                finally:
                    self._first_free.release()
            with self._connections().connection() as conn:
                return conn.execute(sql, params, binary=binary).fetchall()
        except psycopg.Error as error:
            raise InputError(
                str(self.target), f"the database failed: {_first_line(error)}"
            ) from None

    def close(self) -> None:
        if os.getpid() == self._first_pid and self._first is not None:
            self._first.close()
        self._first = None
        if self._pool is not None and self._pid == os.getpid():
            self._pool.close()
        self._pool = None


# Columns of a sentence row, as the store keeps them.
_ROW_COLUMNS = "s.line, s.start_at, s.end_at, s.page, s.text, s.plain, s.match"


class DatabaseStore:
    """The sentences of a collection's generation, by position, fetched as they are asked for
    and kept (a claim's candidates are fetched together with its BM25 ranking)."""

    def __init__(
        self,
        db: _Database,
        names: list[str],
        firsts: list[int],
        counts: list[int],
        contents: list[int],
        content_bases: list[int],
    ) -> None:
        self._db = db
        # The files holding text, in position order, as columns: name, first position,
        # sentence count, content id and its first sentence id. What only some checks need is
        # derived when first asked for (a collection of many files is opened by every short run).
        self._names, self._firsts, self._counts = names, firsts, counts
        self._contents, self._content_bases = contents, content_bases
        self._size = firsts[-1] + counts[-1] if names else 0
        self._spans_array: Any = None
        self._firsts_of_spans: list[int] | None = None
        self._rows: dict[int, tuple] = {}

    @cached_property
    def doc_ranges(self) -> dict[str, tuple[int, int]]:
        """Each file's positions, first and past the last, by name."""
        ends = map(operator.add, self._firsts, self._counts)
        return dict(zip(self._names, zip(self._firsts, ends, strict=True), strict=True))

    @cached_property
    def bases(self) -> dict[int, int]:
        """Each content's first sentence id."""
        return dict(zip(self._contents, self._content_bases, strict=True))

    @cached_property
    def _members_of(self) -> dict[int, list[int]]:
        """Each content's members (a content two files hold is at two positions)."""
        members: dict[int, list[int]] = {}
        for k, content in enumerate(self._contents):
            members.setdefault(content, []).append(k)
        return members

    @cached_property
    def _shared(self) -> bool:
        """Whether a content is held by two files."""
        return len(self.bases) < len(self._contents)

    @cached_property
    def _spans(self) -> list[tuple[int, int, int]]:
        """The contents by their first sentence id: (id, content, sentence count)."""
        return sorted(set(zip(self._content_bases, self._contents, self._counts, strict=True)))

    def __len__(self) -> int:
        return self._size

    def _member(self, index: int) -> int:
        return bisect.bisect_right(self._firsts, index) - 1

    def _span_firsts(self) -> list[int]:
        """The position of each span's content in its first file."""
        # A content's first member, the last one written of those listed from the end.
        first_member = dict(
            zip(reversed(self._contents), reversed(range(len(self._contents))), strict=True)
        )
        return [self._firsts[first_member[c]] for _, c, _ in self._spans]

    @cached_property
    def _ids_are_positions(self) -> bool:
        """Whether each sentence's id is its position: files indexed in the order they are
        listed, each content held once (a collection indexed in one go). Positions run on
        from file to file, so then the ids do too, and none is left out."""
        return self._content_bases == self._firsts and not self._shared

    def places_of(self, ids: Sequence[int], sources: Sequence[str]) -> list[tuple[int, int]]:
        """``places_of_ids`` for a list of ids, in Python: the (id, position) pairs."""
        if not sources and self._ids_are_positions:
            kept = ids[: bisect.bisect_left(ids, self._size)]
            return list(zip(kept, kept, strict=True))
        if self._firsts_of_spans is None:
            self._firsts_of_spans = self._span_firsts()
        spans, firsts = self._spans, self._firsts_of_spans
        wanted = set(sources)
        file_by_file = bool(wanted) or self._shared
        places: list[tuple[int, int]] = []
        k, last = -1, len(spans) - 1
        base, count, first = -1, 0, 0
        for i in ids:
            # The ids come in order: the span moves forward only.
            while k < last and spans[k + 1][0] <= i:
                k += 1
                base, _, count = spans[k]
                first = firsts[k]
            n = i - base
            if k < 0 or n >= count:
                continue
            if not file_by_file:
                places.append((i, first + n))
                continue
            # Restricted to some files, or a content two files hold: file by file.
            for m in self._members_of[spans[k][1]]:
                if not wanted or self._names[m] in wanted:
                    places.append((i, self._firsts[m] + n))
        return places

    def places_of_ids(self, ids: Any, sources: Sequence[str]) -> tuple[Any, Any]:
        """The sentence ids of ``ids`` (a numpy array, in order) this generation holds, in the
        files of ``sources`` when given, and their positions (a content two files hold is at
        two positions: its ids come twice)."""
        np = _numpy()
        if self._spans_array is None:
            if self._firsts_of_spans is None:
                self._firsts_of_spans = self._span_firsts()
            self._spans_array = (
                np.array([base for base, _, _ in self._spans], np.int64),
                np.array([count for _, _, count in self._spans], np.int64),
                np.array(self._firsts_of_spans, np.int64),
            )
        bases, counts, firsts = self._spans_array
        k = np.searchsorted(bases, ids, side="right") - 1
        n = ids - bases[np.maximum(k, 0)]
        kept = (k >= 0) & (n < counts[np.maximum(k, 0)])
        ids, k, n = ids[kept], k[kept], n[kept]
        if not sources and not self._shared:
            return ids, firsts[k] + n
        # Restricted to some files, or a content two files hold: file by file.
        wanted = set(sources)
        places = [
            (i, self._firsts[m] + j)
            for i, span, j in zip(ids.tolist(), k.tolist(), n.tolist(), strict=True)
            for m in self._members_of[self._spans[span][1]]
            if not wanted or self._names[m] in wanted
        ]
        return (
            np.array([i for i, _ in places], np.int64),
            np.array([p for _, p in places], np.int64),
        )

    def keep(self, index: int, row: tuple) -> None:
        if len(self._rows) >= _CACHE_ROWS:
            self._rows.clear()
        self._rows[index] = row

    def fetch(self, positions: Sequence[int]) -> None:
        """Fetch the rows of these positions that are not kept yet, in one query."""
        missing = [i for i in dict.fromkeys(positions) if i not in self._rows]
        if not missing:
            return
        places = [self._member(i) for i in missing]
        contents = [self._contents[k] for k in places]
        numbers = [i - self._firsts[k] for i, k in zip(missing, places, strict=True)]
        found = self._db.rows(
            f"""SELECT w.i, {_ROW_COLUMNS}
                FROM unnest(%s::bigint[], %s::bigint[], %s::integer[]) AS w(i, content, n)
                JOIN factcheck_sentence s ON s.content = w.content AND s.n = w.n""",
            (missing, contents, numbers),
        )
        for i, *row in found:
            self.keep(i, tuple(row))

    def _row(self, index: int) -> tuple:
        row = self._rows.get(index)
        if row is None:
            self.fetch([index])
            row = self._rows[index]
        return row

    def sentence(self, index: int) -> Sentence:
        line, start, end, page, text, _, _ = self._row(index)
        k = self._member(index)
        return Sentence(
            self._names[k], line, start, end, text, index=index - self._firsts[k], page=page
        )

    def plain_text(self, index: int) -> str:
        row = self._row(index)
        return row[4] if row[5] is None else row[5]

    def match_text(self, index: int) -> str:
        return self._row(index)[6]

    def match_texts_of(self, positions: Sequence[int]) -> list[str]:
        self.fetch(positions)
        rows = self._rows
        if any(i not in rows for i in positions):  # the cache started afresh meanwhile
            return [self.match_text(i) for i in positions]
        return [rows[i][6] for i in positions]


def _candidates(
    present: Sequence[str],
    df: dict[str, int],
    weights: Sequence[float],
    size: int,
    counted: bool = False,
) -> Iterator[tuple[list[tuple[str, ...]], float]]:
    """Groups of terms whose sentences (those holding every term of a group) are a claim's
    candidates, each set stricter than the one before, with the most a sentence it leaves out
    can score (0: it leaves none out).

    Every sentence holding a term of the claim, as the local index, unless there are more than
    ``SCORED_POSTINGS`` of them. Then every sentence holding one of its rare terms (rarest
    first, as long as they hold ``RARE_POSTINGS`` sentences between them: a number, a name), and
    those holding ``k`` of the claim's ``k + 2`` rarest other terms (two may be missing, as a
    part a contradiction changed), from the ``k`` at which about ``CANDIDATES`` sentences are
    expected (terms taken as independent), or from ``k`` = 2 when ``counted`` (the caller
    counts them cheaply), up to all the terms; the caller takes the first set that holds few
    enough. A term adds less than its weight to a score (tf / (tf + norm) < 1), so a sentence
    left out scores below the ``k - 1`` largest weights among those ``k + 2`` terms plus the
    weights of the terms in no group.
    """
    if sum(df[t] for t in present) <= SCORED_POSTINGS or len(present) < 2:
        yield [(t,) for t in present], 0.0
        return
    order = sorted(present, key=lambda t: (df[t], t))
    weight = dict(zip(present, weights, strict=True))
    whole: list[str] = []
    while order and sum(df[t] for t in [*whole, order[0]]) <= RARE_POSTINGS:
        whole.append(order.pop(0))
    if not order:  # unreachable: the terms hold more than SCORED_POSTINGS sentences
        yield [(t,) for t in whole], 0.0
        return
    expecting = not counted
    for k in range(min(2, len(order)), len(order) + 1):
        rarest = order[: k + 2]
        groups = [(t,) for t in whole] + list(combinations(rarest, k))
        if expecting and k < len(order):
            expected = size * sum(math.prod(df[t] / size for t in group) for group in groups)
            if expected > CANDIDATES:
                continue
            expecting = False
        kept = sorted((weight[t] for t in rarest), reverse=True)[: k - 1]
        left_out = sum(kept) + sum(w for t, w in weight.items() if t not in rarest + whole)
        yield groups, left_out


def _tsquery(groups: Sequence[tuple[str, ...]]) -> str:
    if all(len(g) == 1 for g in groups):
        return " | ".join(_quote(g[0]) for g in groups)
    return " | ".join("(" + " & ".join(_quote(t) for t in g) + ")" for g in groups)


# A candidate's BM25 with tantivy's formula, from the weights of the claim's terms (their IDF
# times k1 + 1) and the sentence's stored length; ``s`` is the sentence row.
_SCORE = """(SELECT sum(q.weight * cardinality(u.positions)
                     / (cardinality(u.positions)
                        + %(k1)s * (%(one_minus_b)s + %(b_per_length)s * s.length)))
             FROM unnest(s.words) AS u
             JOIN unnest(%(terms)s::text[], %(weights)s::float8[]) AS q(term, weight)
               ON q.term = u.lexeme)"""


class DatabaseTerms:
    """BM25 over a collection's generation, computed in the database (tantivy's formula)."""

    def __init__(
        self,
        db: _Database,
        store: DatabaseStore,
        sentences: int,
        tokens: int,
        dense_df: int | None = None,
    ) -> None:
        self._db = db
        self._store = store
        self.size = sentences
        self._average = tokens / sentences if sentences else 1.0
        self.max_idf = math.log(1 + (self.size + 0.5) / 0.5)
        self._df: dict[str, int] = {}
        self._dense_df = dense_df
        """Terms this frequent have a bitmap (``None``: the generation has none)."""
        self._bits: dict[str, tuple[bytes, dict[int, int]]] = {}
        self._arrays: dict[str, tuple[Any, Any, Any]] = {}
        self._scored_in_python = 0
        self._lengths: bytes | None = None
        self.searches = 0
        self.exact_searches = 0
        """Searches whose ranking is provably the local index's (see ``search``)."""

    def _frequencies(self, wanted: Sequence[str]) -> dict[str, int]:
        missing = [t for t in dict.fromkeys(wanted) if t not in self._df]
        if missing:
            found = dict(
                self._db.rows(
                    "SELECT term, df FROM factcheck_term"
                    " WHERE collection = %s AND generation = %s AND term = ANY(%s)",
                    (self._db.collection, self._db.generation, missing),
                )
            )
            for term in missing:
                self._df[term] = found.get(term, 0)
        return {t: self._df[t] for t in wanted}

    def _idf_of_df(self, df: int) -> float:
        return math.log(1 + (self.size - df + 0.5) / (df + 0.5))

    def idf(self, word: str) -> float:
        """Inverse document frequency of a word's term; unseen words get the largest value."""
        return self.idfs([word])[0]

    def idfs(self, words: Sequence[str]) -> list[float]:
        """``idf`` of each word, their frequencies fetched together."""
        found = [terms([w])[:1] for w in words]
        df = self._frequencies([t[0] for t in found if t and _fits(t[0])])
        return [self._idf_of_df(df.get(t[0], 0) if t else 0) for t in found]

    def doc_freq(self, word: str) -> float:
        """How many sentences have the word's term."""
        found = terms([word])
        return float(self._frequencies(found[:1])[found[0]]) if found and _fits(found[0]) else 0.0

    def _postings(self, wanted: Sequence[str]) -> dict[str, tuple[bytes, dict[int, int]]]:
        """Each term's sentences as a bitmap over the generation's sentence ids (bit ``i`` of
        byte ``i >> 3`` for id ``i``, as long as the length steps), with the frequencies of
        those holding it more than once: a common term's stored bitmap, a rarer one's found by
        the GIN index."""
        missing = [t for t in wanted if t not in self._bits]
        if not missing:
            return {t: self._bits[t] for t in wanted}
        if len(self._bits) + len(missing) > _CACHE_BITMAPS:
            self._bits.clear()
            self._arrays.clear()
            missing = list(wanted)
        lengths, _ = self._norms()
        size = (len(lengths) + 7) // 8
        dense = self._dense_df or 0
        common = [t for t in missing if self._df[t] >= dense]
        rare = [t for t in missing if self._df[t] < dense]
        if common:
            for term, bits, pairs in self._db.rows(
                "SELECT term, bits, repeats FROM factcheck_bitmap"
                " WHERE collection = %s AND generation = %s AND term = ANY(%s)",
                (self._db.collection, self._db.generation, common),
                binary=True,
            ):
                self._bits[term] = (bytes(bits).ljust(size, b"\0"), _unpack(pairs))
        if rare:
            held = {t: bytearray(size) for t in rare}
            repeats: dict[str, dict[int, int]] = {t: {} for t in rare}
            bases = self._store.bases
            for content, n, term, tf in self._db.rows(
                """SELECT s.content, s.n, u.lexeme, cardinality(u.positions)
                   FROM factcheck_sentence s CROSS JOIN LATERAL unnest(s.words) AS u
                   WHERE s.words @@ %(query)s::tsquery AND u.lexeme = ANY(%(terms)s)""",
                {"query": " | ".join(_quote(t) for t in rare), "terms": rare},
            ):
                base = bases.get(content)
                if base is None:  # a content of another generation or collection
                    continue
                _set(held[term], base + n)
                if tf > 1:
                    repeats[term][base + n] = tf
            for term in rare:
                self._bits[term] = (bytes(held[term]), repeats[term])
        return {t: self._bits[t] for t in wanted}

    def _arrays_of(self, term: str, posting: tuple[bytes, dict[int, int]]) -> tuple[Any, Any, Any]:
        """A term's bitmap as a numpy byte array, and the ids and frequencies of its sentences
        that hold it more than once as two arrays, by id."""
        found = self._arrays.get(term)
        if found is None:
            np = _numpy()
            bits, repeats = posting
            ids = sorted(repeats)
            found = (
                np.frombuffer(bits, np.uint8),
                np.array(ids, np.int64),
                np.array([repeats[i] for i in ids], np.float64),
            )
            self._arrays[term] = found
        return found

    def _norms(self) -> tuple[bytes, list[float]]:
        """Each sentence id's length step, and each step's part of the BM25 denominator."""
        if self._lengths is None:
            rows = self._db.rows(
                "SELECT lengths FROM factcheck_generation WHERE collection = %s AND generation = %s",
                (self._db.collection, self._db.generation),
                binary=True,
            )
            self._lengths = bytes(rows[0][0] or b"")
        # As the database computes it (see _SCORE), so that the scores are the same.
        b_per_length = B / self._average
        return self._lengths, [K1 * ((1 - B) + b_per_length * step) for step in _STEPS]

    def _params(self, present: Sequence[str], weights: Sequence[float]) -> dict[str, Any]:
        return {
            "k1": K1,
            "one_minus_b": 1 - B,
            "b_per_length": B / self._average,
            "terms": list(present),
            "weights": list(weights),
        }

    def _from_bitmaps(
        self,
        groups: Sequence[tuple[str, ...]],
        present: Sequence[str],
        weights: Sequence[float],
        sources: Sequence[str],
        limit: int,
    ) -> list[tuple] | None:
        """The best ``limit`` (position, score) of the sentences holding every term of a
        group, ``None`` when there are more than ``4 * CANDIDATES``; found and scored from the
        terms' bitmaps and the sentences' length steps, without a query per candidate.

        Scored in Python until a process has scored ``PYTHON_SCORED`` candidates, then with
        numpy: numpy scores a claim's candidates in a millisecond, but importing it costs a
        single check more than scoring them in Python. The two give the same scores to the last
        bit (the same operations, in the same order), so the same candidates."""
        postings = self._postings(present)
        # Term by term in the order the database adds them up (its lexemes' byte order), with
        # the same operations: the scores are the database's to the last bit.
        ordered = sorted(zip(present, weights, strict=True))
        if self._scored_in_python < PYTHON_SCORED:
            return self._best_in_python(groups, postings, ordered, sources, limit)
        return self._best_with_numpy(groups, postings, ordered, sources, limit)

    def _best_in_python(
        self,
        groups: Sequence[tuple[str, ...]],
        postings: dict[str, tuple[bytes, dict[int, int]]],
        ordered: Sequence[tuple[str, float]],
        sources: Sequence[str],
        limit: int,
    ) -> list[tuple] | None:
        # A bitmap as one integer: a group's intersection and the groups' union are a few
        # machine-speed operations, whatever the collection's size.
        bitmaps = {t: int.from_bytes(bits, "little") for t, (bits, _) in postings.items()}
        found = _holding_a_group(groups, bitmaps)
        if found is None:
            return []
        if found.bit_count() > 4 * CANDIDATES:
            return None
        places = self._store.places_of(_set_bits(found), sources)
        self._scored_in_python += len(places)
        lengths, norms = self._norms()
        scores = dict.fromkeys((i for i, _ in places), 0.0)
        # A sentence without a term would add 0.0, which changes no sum: only those with it.
        for term, weight in ordered:
            repeats = postings[term][1]
            for i in _set_bits(found & bitmaps[term]):
                if i in scores:
                    tf = repeats.get(i, 1)
                    scores[i] += weight * tf / (tf + norms[lengths[i]])
        best = heapq.nsmallest(limit, [(-scores[i], position) for i, position in places])
        return [(position, -score) for score, position in best]

    def _best_with_numpy(
        self,
        groups: Sequence[tuple[str, ...]],
        postings: dict[str, tuple[bytes, dict[int, int]]],
        ordered: Sequence[tuple[str, float]],
        sources: Sequence[str],
        limit: int,
    ) -> list[tuple] | None:
        np = _numpy()
        arrays = {t: self._arrays_of(t, posting) for t, posting in postings.items()}
        found = _holding_a_group(groups, {t: bits for t, (bits, _, _) in arrays.items()})
        if found is None:
            return []
        # The set bits of the bytes that have any: most bytes have none.
        at = np.flatnonzero(found)
        bits = np.unpackbits(found[at][:, None], axis=1, bitorder="little")
        rows, columns = np.nonzero(bits)
        ids = at[rows].astype(np.int64) * 8 + columns
        if len(ids) > 4 * CANDIDATES:
            return None
        ids, positions = self._store.places_of_ids(ids, sources)
        if not len(ids):
            return []
        lengths, norms = self._norms()
        norm = np.array(norms)[np.frombuffer(lengths, np.uint8)[ids]]
        scores = np.zeros(len(ids))
        for term, weight in ordered:
            bits, repeat_ids, repeat_tfs = arrays[term]
            held = (bits[ids >> 3] >> (ids & 7).astype(np.uint8)) & 1
            tf = np.ones(len(ids))
            if len(repeat_ids):
                at = np.minimum(np.searchsorted(repeat_ids, ids), len(repeat_ids) - 1)
                again = repeat_ids[at] == ids
                tf[again] = repeat_tfs[at[again]]
            scores += np.where(held == 1, weight * tf / (tf + norm), 0.0)
        best = np.lexsort((positions, -scores))[:limit]
        return list(zip(positions[best].tolist(), scores[best].tolist(), strict=True))

    def _from_index(
        self,
        groups: Sequence[tuple[str, ...]],
        params: dict[str, Any],
        sources: Sequence[str],
        limit: int,
        cap: int | None,
    ) -> list[tuple] | None:
        """The best ``limit`` candidates (position, score, row) of the sentences holding every
        term of a group, found by the GIN index; ``None`` when there are more than ``cap`` (in
        any generation: counted as found, in the same query)."""
        restrict = "AND m.name = ANY(%(sources)s)" if sources else ""
        query = _tsquery(groups)
        if cap is None:
            return self._db.rows(
                f"""SELECT m.first + s.n AS i, {_SCORE} AS score, {_ROW_COLUMNS}
                    FROM factcheck_sentence s
                    JOIN factcheck_member m ON m.content = s.content
                    WHERE s.words @@ %(query)s::tsquery
                      AND m.collection = %(collection)s AND m.generation = %(generation)s
                      {restrict}
                    ORDER BY score DESC, i
                    LIMIT %(limit)s""",
                {
                    **params,
                    "query": query,
                    "collection": self._db.collection,
                    "generation": self._db.generation,
                    "sources": sorted(set(sources)),
                    "limit": limit,
                },
            )
        rows = self._db.rows(
            f"""WITH hits AS MATERIALIZED (
                    SELECT s.content, s.n, s.words, s.length FROM factcheck_sentence s
                    WHERE s.words @@ %(query)s::tsquery
                    LIMIT %(cap)s + 1),
                best AS (
                    SELECT m.first + s.n AS i, s.content, s.n, {_SCORE} AS score
                    FROM hits s
                    JOIN factcheck_member m ON m.content = s.content
                    WHERE m.collection = %(collection)s AND m.generation = %(generation)s
                      {restrict}
                      AND (SELECT count(*) FROM hits) <= %(cap)s
                    ORDER BY score DESC, i
                    LIMIT %(limit)s)
                SELECT b.i, b.score, {_ROW_COLUMNS}
                FROM best b JOIN factcheck_sentence s ON s.content = b.content AND s.n = b.n
                ORDER BY b.score DESC, b.i""",
            {
                **params,
                "query": query,
                "cap": cap,
                "collection": self._db.collection,
                "generation": self._db.generation,
                "sources": sorted(set(sources)),
                "limit": limit,
            },
        )
        # No row: none found, or too many (told apart only then).
        if not rows and not self._at_most(query, cap):
            return None
        return rows

    def _at_most(self, query: str, count: int) -> bool:
        """Whether the tsquery finds at most ``count`` sentences (in any generation)."""
        found = self._db.rows(
            "SELECT count(*) FROM (SELECT 1 FROM factcheck_sentence"
            " WHERE words @@ %s::tsquery LIMIT %s) AS found",
            (query, count + 1),
        )
        return found[0][0] <= count

    def search(self, words: Sequence[str], sources: Sequence[str], limit: int) -> dict[int, float]:
        """Up to ``limit`` positions and their BM25 for ``words``, best first (equal scores in
        collection order); ``sources`` restricts the search without changing the scores.

        A claim whose candidates are a few of its rarest terms together, when each of those
        has a bitmap, finds them from the bitmaps; otherwise from the GIN index, which also
        counts them, in the same query, to tell whether a stricter set is needed."""
        wanted = sorted({t for t in terms(words) if _fits(t)})
        if not wanted or limit <= 0:
            return {}
        df = self._frequencies(wanted)
        present = [t for t in wanted if df[t] > 0]
        if not present:
            return {}
        weights = [self._idf_of_df(df[t]) * (1 + K1) for t in present]
        params = self._params(present, weights)
        dense = self._dense_df
        found: list[tuple] | None = None
        # The bitmaps serve unless the claim's rarer terms hold many sentences between them
        # (their postings are read from the sentences); with them, the loosest set of few
        # enough candidates is found at little cost.
        counted = dense is not None and (
            sum(df[t] for t in present if df[t] < dense and t not in self._bits) <= 4 * CANDIDATES
        )
        for groups, left_out in _candidates(present, df, weights, self.size, counted):
            if left_out == 0:
                found = self._from_index(groups, params, sources, limit, None)
            elif counted:
                found = self._from_bitmaps(groups, present, weights, sources, limit)
            else:
                found = self._from_index(groups, params, sources, limit, 4 * CANDIDATES)
            if found is not None:
                break
        out: dict[int, float] = {}
        for i, score, *row in found or []:
            if row:
                self._store.keep(i, tuple(row))
            out[i] = score
        self._store.fetch(list(out))  # the candidates' texts, for the fuzzy pass
        # The ranking is the local index's when no sentence left out can reach the last one
        # kept: a term adds less than its weight (tf / (tf + norm) < 1).
        exact = left_out == 0 or (len(out) == limit and min(out.values()) >= left_out)
        self.searches += 1
        self.exact_searches += exact
        return out


def open_database(url: str, generation: int | None = None) -> Corpus:
    """The collection of ``url`` as a Corpus, at its live generation (or at ``generation``,
    which must still be kept: the live one or the one before)."""
    target = DatabaseTarget.parse(url)
    where = str(target)
    psycopg = _psycopg()
    conn = _connect(target)
    try:
        version = schema_version(conn)
        if version == 0:
            raise InputError(
                where,
                "no factcheck index in this database; build one with `factcheck index SOURCES --to URL`",
            )
        if version > SCHEMA_VERSION:
            raise _newer(where, version)
        if version < READABLE_SCHEMA:
            raise InputError(
                where,
                f"the index was built by an older factcheck (schema {version}); "
                "run `factcheck index SOURCES --to URL` to update it",
            )
        row = conn.execute(
            "SELECT id, generation FROM factcheck_collection WHERE name = %s",
            (target.collection,),
        ).fetchone()
        if row is None or row[1] == 0:
            raise InputError(
                where, "no such collection; build it with `factcheck index SOURCES --to URL`"
            )
        collection, live = row
        pinned = live if generation is None else generation
        packed_files = "files" if version >= 3 else "NULL"  # schema 2 packed none
        row = (
            conn.cursor(binary=True)
            .execute(
                f"SELECT sentences, tokens, dense_df, {packed_files} FROM factcheck_generation"
                " WHERE collection = %s AND generation = %s",
                (collection, pinned),
            )
            .fetchone()
        )
        if row is None:
            raise InputError(
                where, f"generation {pinned} is gone (the collection was updated twice since)"
            )
        *stats, packed = row
        if packed is None:  # built before file lists were packed
            files = conn.execute(_FILES_QUERY, (collection, pinned)).fetchall()
            columns = [list(column) for column in zip(*files, strict=True)] or [
                [] for _ in range(5)
            ]
        else:
            try:
                columns = _unpack_files(packed)
            except ValueError as error:  # UnicodeDecodeError too
                raise InputError(
                    where,
                    f"the index is damaged: generation {pinned}'s file list is unreadable "
                    f"({error}); rebuild it with `factcheck index SOURCES --to URL`",
                ) from None
    except psycopg.Error as error:
        conn.close()
        raise InputError(where, f"cannot read the index: {_first_line(error)}") from None
    except BaseException:
        conn.close()
        raise
    # The connection stays open: the collection's first queries need no second one.
    db = _Database(target, collection, pinned, conn)
    store = DatabaseStore(db, *columns)
    corpus = Corpus(store, DatabaseTerms(db, store, *stats))  # type: ignore[arg-type]
    return corpus


def generation_of(corpus: Corpus) -> int | None:
    """The generation a corpus opened from a database reads (``None`` for any other corpus)."""
    store = corpus.store
    return store._db.generation if isinstance(store, DatabaseStore) else None
