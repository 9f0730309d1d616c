"""Which shared index and which cluster a run uses: flags, environment, configuration."""

from __future__ import annotations

import pytest

from factcheck.cli.common import cluster_address, database_url
from factcheck.config import load_settings
from factcheck.corpus.postgres import DatabaseTarget, is_database_url, redact
from factcheck.errors import ConfigError

URL = "postgresql://reader@db.example.org/archive?collection=harbour"


def test_a_url_names_a_database_and_a_collection():
    target = DatabaseTarget.parse(URL + "&sslmode=require")
    assert target.collection == "harbour"
    assert target.conninfo == "postgresql://reader@db.example.org/archive?sslmode=require"
    assert DatabaseTarget.parse("postgres://db/x").collection == "default"
    assert is_database_url(URL) and not is_database_url("postgresql.index")
    assert not is_database_url(None)
    assert redact("postgresql://u:secret@db/x") == "postgresql://u:***@db/x"


def test_the_flag_then_the_environment_then_the_configuration(tmp_path, monkeypatch):
    (tmp_path / ".factcheck.toml").write_text(
        'index = "postgresql://db/config"\ncluster = "tcp://scheduler:8786"\n'
    )
    config = load_settings(tmp_path)
    assert config.index == "postgresql://db/config"
    monkeypatch.delenv("FACTCHECK_DATABASE_URL", raising=False)
    monkeypatch.delenv("FACTCHECK_CLUSTER", raising=False)
    assert database_url(None, None, config) == "postgresql://db/config"
    monkeypatch.setenv("FACTCHECK_DATABASE_URL", URL)
    assert database_url(None, None, config) == URL
    assert database_url("postgresql://db/flag", None, config) == "postgresql://db/flag"
    # Sources named on the command line are read (or their local index used).
    assert database_url(None, ["docs/"], config) is None
    assert database_url("local.index", None, config) is None
    assert cluster_address(None, config) == "tcp://scheduler:8786"
    monkeypatch.setenv("FACTCHECK_CLUSTER", "tcp://other:8786")
    assert cluster_address(None, config) == "tcp://other:8786"
    assert cluster_address("tcp://flag:8786", config) == "tcp://flag:8786"


def test_a_database_setting_that_is_not_a_url_is_an_error(tmp_path, monkeypatch):
    monkeypatch.setenv("FACTCHECK_DATABASE_URL", "archive.index")
    with pytest.raises(ConfigError, match="must be a postgresql:// URL"):
        database_url(None, None, load_settings(tmp_path))


def test_config_shows_the_shared_settings(run_cli, tmp_path):
    (tmp_path / ".factcheck.toml").write_text('index = "postgresql://db/config"\n')
    result = run_cli("config")
    assert "index = 'postgresql://db/config'" in result.out
    assert "cluster = None  # default" in result.out


def test_without_psycopg_the_error_says_what_to_install(monkeypatch, run_cli):
    import sys

    monkeypatch.setitem(sys.modules, "psycopg", None)
    result = run_cli("verify", "The ferry is blue.", "--index", URL)
    assert result.code == 2
    assert "pip install 'factcheck[postgres]'" in result.err
    assert len(result.err.strip().splitlines()) == 1


def test_a_file_list_packs_and_unpacks_unchanged():
    from factcheck.corpus.postgres import _pack_files, _unpack_files

    files = [("café/notes.md", 0, 3, 17, 0), ("a b.txt", 3, 2**40, 9, 2**33), ("", 9, 1, 2, 5)]
    assert _unpack_files(_pack_files(files)) == [
        list(column) for column in zip(*files, strict=True)
    ]
    assert _unpack_files(_pack_files([])) == [[], [], [], [], []]
    packed = _pack_files(files)
    for damaged in (packed[:10], packed[:-8], packed + b"\0" * 8, packed.replace(b"\0", b"/", 1)):
        with pytest.raises(ValueError):
            _unpack_files(damaged)
