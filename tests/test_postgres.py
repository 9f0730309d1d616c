"""The shared index in PostgreSQL, against a real throwaway server (marked ``postgres``)."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from factcheck import check, load_sources
from factcheck.corpus.postgres import (
    SCHEMA_VERSION,
    build_database_index,
    open_database,
    stored_length,
    tsvector_of,
)
from factcheck.errors import InputError
from factcheck.ingest.claims import read_claims

from .conftest import CLAIMS, SEEDS
from .services import postgres_server

pytestmark = pytest.mark.postgres

# Invented sources: a harbour town's council and its ferry.
HARBOUR = (
    "The Vellmar harbour council approved the new ferry on March 3, 2021.\n"
    "The ferry Gull carries 240 passengers between Vellmar and Osk.\n"
    "Councillor Ida Brenn said the crossing takes 45 minutes.\n"
)
MARKET = (
    "# Osk market\n\nThe Osk fish market opens at 5 a.m. on weekdays.\n"
    "It was founded in 1887 by the fishermen's guild.\n"
)
HARBOUR_CLAIMS = [
    "The ferry Gull carries 240 passengers.",
    "The ferry Gull carries 300 passengers.",
    "The crossing takes 45 minutes, said Ida Brenn.",
    "The Osk fish market was founded in 1887.",
    "The Osk fish market was founded in 1901.",
    "The lighthouse of Vellmar was painted red.",
]


@pytest.fixture(scope="module")
def server():
    with postgres_server() as running:
        yield running


@pytest.fixture
def url(server):
    return server.url(server.new_database())


@pytest.fixture
def harbour(tmp_path) -> Path:
    folder = tmp_path / "harbour"
    folder.mkdir()
    (folder / "council.txt").write_text(HARBOUR)
    (folder / "market.md").write_text(MARKET)
    return folder


def _verdicts(report):
    return [
        (
            j.claim.id,
            j.verdict,
            round(j.score, 6),
            [(c.source, c.line, c.start, c.end, c.sentence) for c in j.citations],
            [(k.kind, k.claim_text, k.source_text) for k in j.conflicts],
        )
        for j in report.judgements
    ]


def test_verdicts_from_the_database_equal_the_local_ones(url):
    stats = build_database_index([SEEDS], url)
    assert (stats.files, stats.read, stats.reused, stats.generation) == (2, 2, 0, 1)
    claims = read_claims(str(CLAIMS / "seeds.jsonl"))
    local = check(claims, load_sources([SEEDS]))
    shared = check(claims, open_database(url))
    assert _verdicts(shared) == _verdicts(local)
    assert stats.sentences == len(open_database(url))


def test_retrieval_ranks_as_the_local_index(url, harbour):
    build_database_index([harbour], url)
    shared, local = open_database(url), load_sources([harbour])
    for claim in HARBOUR_CLAIMS:
        words = claim.lower().rstrip(".").split()
        ours, theirs = shared.terms.search(words, [], 10), local.terms.search(words, [], 10)
        assert list(ours) == list(theirs)
        assert all(abs(ours[i] - theirs[i]) < 1e-4 * theirs[i] for i in theirs)
        assert [h.index for h in shared.search(claim, words, [], 4)] == [
            h.index for h in local.search(claim, words, [], 4)
        ]
    assert shared.doc_ranges == local.doc_ranges
    for i in range(len(local)):
        assert shared.sentence(i) == local.sentence(i)
        assert shared.plain_text(i) == local.plain_text(i)
        assert shared.match_text(i) == local.match_text(i)
    assert shared.idf("ferry") == pytest.approx(local.idf("ferry"))
    assert shared.idf("zeppelin") == pytest.approx(local.idf("zeppelin"))
    # Restricted to one source, the scores stay those of the whole collection.
    words = ["founded", "osk", "market"]
    assert shared.terms.search(words, ["market.md"], 5) == pytest.approx(
        local.terms.search(words, ["market.md"], 5)
    )


def test_an_update_reads_only_changed_files_and_readers_keep_their_generation(url, harbour):
    build_database_index([harbour], url)
    before = open_database(url)
    original = load_sources([harbour])
    again = build_database_index([harbour], url)
    assert (again.read, again.reused, again.generation) == (0, 2, 1)

    (harbour / "council.txt").write_text(HARBOUR + "The Gull was built in Trondheim.\n")
    (harbour / "tides.txt").write_text("High tide at Osk comes at noon on Sundays.\n")
    updated = build_database_index([harbour], url)
    assert (updated.read, updated.reused, updated.dropped, updated.generation) == (2, 1, 0, 2)
    after = open_database(url)
    assert len(after) == len(before) + 2
    assert _verdicts(check(HARBOUR_CLAIMS, after)) == _verdicts(
        check(HARBOUR_CLAIMS, load_sources([harbour]))
    )
    # The reader opened before the update still reads generation 1, whole.
    assert list(before.sentences()) == list(original.sentences())
    assert _verdicts(check(HARBOUR_CLAIMS, before)) == _verdicts(check(HARBOUR_CLAIMS, original))
    (harbour / "tides.txt").unlink()
    dropped = build_database_index([harbour], url)
    assert (dropped.read, dropped.dropped, dropped.generation) == (0, 1, 3)
    assert _verdicts(check(HARBOUR_CLAIMS, open_database(url))) == _verdicts(
        check(HARBOUR_CLAIMS, load_sources([harbour]))
    )
    # Two updates later, generation 1 is gone, and a reader asking for it is told so.
    with pytest.raises(InputError, match="generation 1 is gone"):
        open_database(url, generation=1)


def test_named_collections_are_separate(server, harbour):
    database = server.new_database()
    build_database_index([harbour], server.url(database, collection="harbour"))
    build_database_index([SEEDS], server.url(database, collection="news"))
    harbour_corpus = open_database(server.url(database, collection="harbour"))
    news = open_database(server.url(database, collection="news"))
    assert set(harbour_corpus.doc_ranges) == {"council.txt", "market.md"}
    assert set(news.doc_ranges) == set(load_sources([SEEDS]).doc_ranges)
    with pytest.raises(InputError, match="no such collection"):
        open_database(server.url(database, collection="sports"))


def test_a_read_only_role_can_check_but_not_index(server, harbour):
    import psycopg

    database = server.new_database()
    build_database_index([harbour], server.url(database))
    with psycopg.connect(server.url(database), autocommit=True) as conn:
        conn.execute("CREATE ROLE reader LOGIN")
        conn.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO reader")
    reader_url = server.url(database, user="reader")
    report = check(HARBOUR_CLAIMS, open_database(reader_url))
    assert _verdicts(report) == _verdicts(check(HARBOUR_CLAIMS, load_sources([harbour])))
    with pytest.raises(Exception, match="permission denied"):
        build_database_index([harbour], reader_url)


def test_one_writer_at_a_time(url, harbour):
    import psycopg

    build_database_index([harbour], url)
    (harbour / "extra.txt").write_text("The Osk bakery sells rye bread.\n")
    done = threading.Event()
    first = len(open_database(url))
    with psycopg.connect(url, autocommit=True) as holder:
        collection = holder.execute("SELECT id FROM factcheck_collection").fetchone()[0]
        holder.execute("SELECT pg_advisory_lock(%s, %s)", (0x6663, collection))
        writer = threading.Thread(target=lambda: (build_database_index([harbour], url), done.set()))
        writer.start()
        time.sleep(1.0)
        assert not done.is_set()  # waits for the lock
        # A reader meanwhile sees the complete first generation.
        assert len(open_database(url)) == first
        holder.execute("SELECT pg_advisory_unlock(%s, %s)", (0x6663, collection))
    writer.join(30)
    assert done.is_set()
    assert "extra.txt" in open_database(url).doc_ranges


def test_the_schema_version_is_checked(server, url, harbour):
    import psycopg

    with pytest.raises(InputError, match="no factcheck index in this database"):
        open_database(url)
    build_database_index([harbour], url)
    with psycopg.connect(url, autocommit=True) as conn:
        assert conn.execute("SELECT version FROM factcheck_schema").fetchone()[0] == SCHEMA_VERSION
        conn.execute("UPDATE factcheck_schema SET version = %s", (SCHEMA_VERSION + 1,))
    with pytest.raises(InputError, match="newer than this factcheck"):
        open_database(url)
    with pytest.raises(InputError, match="newer than this factcheck"):
        build_database_index([harbour], url)


def test_a_batch_judged_by_forked_workers_reads_the_database(url, harbour):
    build_database_index([harbour], url)
    claims = HARBOUR_CLAIMS * 40  # enough for the process pool
    shared = check(claims, open_database(url), workers=2)
    local = check(claims, load_sources([harbour]), workers=1)
    assert _verdicts(shared) == _verdicts(local)


def test_the_command_line_indexes_to_and_checks_from_the_database(
    url, harbour, run_cli, monkeypatch
):
    built = run_cli("index", str(harbour), "--to", url)
    assert built.code == 0, built.err
    assert built.out.startswith("indexed 2 files, 6 sentences")
    assert "generation 1 of postgresql://" in built.out
    claims = harbour.parent / "claims.txt"
    claims.write_text("\n".join(HARBOUR_CLAIMS) + "\n")
    local = run_cli("check", str(claims), "--sources", str(harbour), "--format", "json")
    shared = run_cli("check", str(claims), "--index", url, "--format", "json")
    assert shared.code == local.code == 1
    assert shared.out == local.out
    monkeypatch.setenv("FACTCHECK_DATABASE_URL", url)
    from_environment = run_cli("check", str(claims), "--format", "json")
    assert from_environment.out == local.out
    verify = run_cli("verify", HARBOUR_CLAIMS[0], "--format", "jsonl")
    assert '"verdict": "supported"' in verify.out


def test_an_unreachable_database_is_one_line_and_exit_2(run_cli, tmp_path):
    result = run_cli(
        "verify",
        "The ferry is blue.",
        "--index",
        f"postgresql://nobody@/none?host={tmp_path}&port=1",
    )
    assert result.code == 2
    assert result.err.startswith("factcheck: error: postgresql://")
    assert "cannot connect" in result.err and len(result.err.strip().splitlines()) == 1


def test_stored_lengths_follow_tantivys_steps():
    assert [stored_length(n) for n in (0, 1, 39, 40, 41, 42, 43, 57, 60)] == [
        0,
        1,
        39,
        40,
        40,
        42,
        42,
        56,
        60,
    ]
    assert tsvector_of(["osk", "ferri", "osk", "it's"]) == "'osk':1,3 'ferri':2 'it''s':4"


def test_a_claim_of_common_words_in_a_large_collection_keeps_its_best_sentences(
    url, harbour, monkeypatch
):
    from factcheck.corpus import postgres

    build_database_index([harbour], url)
    shared, local = open_database(url), load_sources([harbour])
    # As if every term were common.
    monkeypatch.setattr(postgres, "SCORED_POSTINGS", 1)
    monkeypatch.setattr(postgres, "RARE_POSTINGS", 0)
    words = ["ferry", "gull", "carries", "240", "passengers", "vellmar"]
    ours, theirs = shared.terms.search(words, [], 10), local.terms.search(words, [], 10)
    # Only sentences holding two of the rarest terms are candidates; they rank as locally.
    assert list(ours) == [i for i in theirs if i in ours]
    assert next(iter(ours)) == next(iter(theirs))
    assert len(ours) < len(theirs)
    assert shared.terms.exact_searches == 0 and shared.terms.searches == 1


Held = tuple[dict[str, dict[tuple[str, int], int]], dict[tuple[str, int], int]]


def _bitmaps(url: str) -> Held:
    """Each term's sentences in the live generation's bitmaps, as (file name, sentence
    number) with the term's frequency there, and each sentence's length step."""
    import psycopg

    from factcheck.corpus.postgres import _unpack

    with psycopg.connect(url) as conn:
        collection, generation, lengths = conn.execute(
            """SELECT c.id, c.generation, g.lengths FROM factcheck_collection c
               JOIN factcheck_generation g ON g.collection = c.id AND g.generation = c.generation"""
        ).fetchone()
        # A content two files hold has one set of ids.
        where: dict[int, list[tuple[str, int]]] = {}
        for name, base, count in conn.execute(
            """SELECT m.name, c.base, c.sentences FROM factcheck_member m
               JOIN factcheck_content c ON c.id = m.content
               WHERE m.collection = %s AND m.generation = %s""",
            (collection, generation),
        ):
            for n in range(count):
                where.setdefault(base + n, []).append((name, n))
        held: dict[str, dict[tuple[str, int], int]] = {}
        for term, bits, repeats in conn.execute(
            "SELECT term, bits, repeats FROM factcheck_bitmap"
            " WHERE collection = %s AND generation = %s",
            (collection, generation),
        ):
            value, again = int.from_bytes(bits, "little"), _unpack(repeats)
            held[term] = {
                at: again.get(i, 1)
                for i in range(value.bit_length())
                if value >> i & 1
                for at in where[i]
            }
        return held, {at: lengths[i] for i, ats in where.items() for at in ats}


def _held(folder: Path) -> Held:
    """The same, read locally."""
    from factcheck.corpus.postgres import length_code
    from factcheck.corpus.terms import index_words, terms

    corpus = load_sources([folder])
    held: dict[str, dict[tuple[str, int], int]] = {}
    lengths = {}
    for i in range(len(corpus)):
        sentence = corpus.sentence(i)
        at = (sentence.source, sentence.index)
        found = terms(index_words([corpus.match_text(i)])[0].split())
        for term in found:
            held.setdefault(term, {})[at] = found.count(term)
        lengths[at] = length_code(len(found))
    return held, lengths


def test_the_bitmaps_of_common_terms_follow_updates(server, harbour, monkeypatch):
    from factcheck.corpus import postgres

    url = server.url(server.new_database())
    # First only the terms of every sentence are common enough for a bitmap, then all are: the
    # update reads the newly common terms of the files it keeps from the database.
    monkeypatch.setattr(postgres, "DENSE_SHARE", 1)
    build_database_index([harbour], url)
    assert _bitmaps(url) == ({}, _held(harbour)[1])
    monkeypatch.setattr(postgres, "DENSE_SHARE", 10_000)
    (harbour / "council.txt").write_text(
        HARBOUR + "The Gull was built in Trondheim, and the Gull sank off Trondheim.\n"
    )
    (harbour / "tides.txt").write_text("High tide at Osk comes at noon on Sundays.\n")
    build_database_index([harbour], url)
    assert _bitmaps(url) == _held(harbour)
    # Kept from the previous generation, less what a dropped file held.
    (harbour / "tides.txt").unlink()
    (harbour / "copy.md").write_text(MARKET)  # a content stored before, now at two places
    build_database_index([harbour], url)
    assert _bitmaps(url) == _held(harbour)


def test_an_index_of_the_first_schema_is_migrated(url, harbour):
    import psycopg

    build_database_index([harbour], url)
    # Back to the first schema, as an older factcheck left it.
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("DROP TABLE factcheck_bitmap")
        conn.execute(
            "ALTER TABLE factcheck_generation DROP COLUMN dense_df, DROP COLUMN lengths,"
            " DROP COLUMN files"
        )
        conn.execute("ALTER TABLE factcheck_content DROP COLUMN base")
        conn.execute("ALTER TABLE factcheck_collection DROP COLUMN next_base")
        conn.execute("UPDATE factcheck_schema SET version = 1")
    with pytest.raises(InputError, match="built by an older factcheck"):
        open_database(url)
    # Nothing changed, but the collection gets its bitmaps.
    again = build_database_index([harbour], url)
    assert (again.read, again.reused, again.generation) == (0, 2, 2)
    assert _bitmaps(url) == _held(harbour)
    assert _verdicts(check(HARBOUR_CLAIMS, open_database(url))) == _verdicts(
        check(HARBOUR_CLAIMS, load_sources([harbour]))
    )


def test_an_index_of_the_second_schema_is_read_as_it_is(url, harbour):
    import psycopg

    (harbour / "copy.md").write_text(MARKET)  # a content at two places
    build_database_index([harbour], url)
    expected = _verdicts(check(HARBOUR_CLAIMS, open_database(url)))
    before = open_database(url).store
    # As an older factcheck left it: no packed file lists; checks read the members instead.
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("ALTER TABLE factcheck_generation DROP COLUMN files")
        conn.execute("UPDATE factcheck_schema SET version = 2")
    after = open_database(url)
    assert [after.store._names, after.store._firsts, after.store._counts] == [
        before._names,
        before._firsts,
        before._counts,
    ]
    assert _verdicts(check(HARBOUR_CLAIMS, after)) == expected
    # The next update brings the schema up to date and packs the kept generation's list,
    # though no file changed.
    again = build_database_index([harbour], url)
    assert (again.read, again.generation) == (0, 1)
    with psycopg.connect(url, autocommit=True) as conn:
        assert conn.execute("SELECT version FROM factcheck_schema").fetchone()[0] == SCHEMA_VERSION
        assert conn.execute("SELECT files IS NOT NULL FROM factcheck_generation").fetchall() == [
            (True,)
        ]
    assert open_database(url).store._names == before._names
    assert _verdicts(check(HARBOUR_CLAIMS, open_database(url))) == expected


def test_a_damaged_file_list_is_a_clear_error_and_the_next_update_mends_it(url, harbour):
    import psycopg

    build_database_index([harbour], url)
    expected = _verdicts(check(HARBOUR_CLAIMS, open_database(url)))
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("UPDATE factcheck_generation SET files = substring(files from 1 for 20)")
    with pytest.raises(InputError, match=r"the index is damaged: .*file list is unreadable"):
        open_database(url)
    # Nothing changed on disk: the update stores the list again.
    again = build_database_index([harbour], url)
    assert (again.read, again.generation) == (0, 1)
    assert _verdicts(check(HARBOUR_CLAIMS, open_database(url))) == expected


@pytest.mark.parametrize("in_python", [True, False], ids=["scored in python", "with numpy"])
def test_common_words_rank_alike_from_the_bitmaps_and_from_the_index(
    server, harbour, monkeypatch, in_python
):
    from factcheck.corpus import postgres

    # A process scores its first candidates in Python, the rest with numpy: each way alone.
    monkeypatch.setattr(postgres, "PYTHON_SCORED", 10**9 if in_python else 0)

    (harbour / "copy.md").write_text(MARKET)  # the same content at two places
    with_bitmaps = server.url(server.new_database())
    build_database_index([harbour], with_bitmaps)
    monkeypatch.setattr(postgres, "DENSE_SHARE", 1)
    without = server.url(server.new_database())
    build_database_index([harbour], without)
    # As if every term were common, but one.
    monkeypatch.setattr(postgres, "SCORED_POSTINGS", 1)
    monkeypatch.setattr(postgres, "RARE_POSTINGS", 1)
    local, bitmaps, index = (
        load_sources([harbour]),
        open_database(with_bitmaps),
        open_database(without),
    )
    for claim in [*HARBOUR_CLAIMS, "The Osk market was founded by the guild in 1887."]:
        words = claim.lower().rstrip(".").split()
        for sources in ([], ["copy.md"], ["council.txt", "copy.md"]):
            ours = bitmaps.terms.search(words, sources, 10)
            theirs = index.terms.search(words, sources, 10)
            # The same scores to the last bit, in the same order.
            assert list(ours.items()) == list(theirs.items())
            # Each found as the local index ranks it.
            ranked = local.terms.search(words, sources, 10)
            assert list(ours) == [i for i in ranked if i in ours]
    assert (bitmaps.terms._scored_in_python > 0) is in_python


def test_a_rare_term_brings_every_sentence_holding_it():
    from factcheck.corpus.postgres import _candidates

    # A number held by 300 sentences, a month and a name by a few thousand, and three words
    # held by most of a million.
    df = {"406": 300, "june": 8_000, "porto": 9_000, "opening": 400_000, "people": 500_000}
    df["railway"] = 300_000
    present = sorted(df)
    weights = [10.0 - i for i in range(len(present))]
    groups, left_out = next(_candidates(present, df, weights, 1_000_000, counted=True))
    assert ("406",) in groups
    assert all("406" not in g for g in groups if len(g) > 1)
    # A sentence left out holds neither the number nor two of the four next rarest terms.
    weight = dict(zip(present, weights, strict=True))
    others = ["june", "porto", "railway", "opening"]
    assert left_out == max(weight[t] for t in others) + weight["people"]


def test_ids_read_as_positions_only_while_they_are(server, harbour, monkeypatch):
    from factcheck.corpus import postgres

    monkeypatch.setattr(postgres, "PYTHON_SCORED", 10**9)
    monkeypatch.setattr(postgres, "SCORED_POSTINGS", 1)
    monkeypatch.setattr(postgres, "RARE_POSTINGS", 1)
    monkeypatch.setattr(postgres, "DENSE_SHARE", 10_000)
    url = server.url(server.new_database())

    def ranked_alike(expect_positions: bool) -> None:
        shared, local = open_database(url), load_sources([harbour])
        assert shared.store._ids_are_positions is expect_positions
        for claim in HARBOUR_CLAIMS:
            words = claim.lower().rstrip(".").split()
            ours, theirs = shared.terms.search(words, [], 10), local.terms.search(words, [], 10)
            assert list(ours) == [i for i in theirs if i in ours]
            assert [shared.sentence(i).text for i in ours] == [local.sentence(i).text for i in ours]

    build_database_index([harbour], url)  # indexed in one go: each id is its position
    ranked_alike(True)
    # A file before the others changes: its new sentences take new ids, after the rest.
    (harbour / "council.txt").write_text(HARBOUR + "The Gull was repainted in 2021.\n")
    build_database_index([harbour], url)
    ranked_alike(False)
