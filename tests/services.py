"""Real services for the tests marked ``postgres``, ``cluster`` and ``browser``: a throwaway
PostgreSQL server started from the installed binaries, and the rule for skipping.

A test of a real service skips only where the service cannot run here (no PostgreSQL binaries,
no Dask, no Chromium) and CI is not set; under CI=true a missing service fails the test instead.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def unavailable(reason: str) -> None:
    """Skip, or fail under CI: a test of a real service never skips in CI."""
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(f"{reason} (CI is set: tests of real services must run)")
    pytest.skip(reason)


def postgres_bindir() -> Path | None:
    """The folder of the newest installed PostgreSQL server binaries (Debian's layout first)."""
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: (
            int(Path(p).parent.parent.name) if Path(p).parent.parent.name.isdigit() else 0
        ),
    )
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).resolve().parent if initdb else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as_user(command: list[str], user: str | None) -> list[str]:
    # PostgreSQL refuses to run as root: as root, the server runs as an unprivileged user.
    return ["runuser", "-u", user, "--", *command] if user else command


def _server_user() -> str | None:
    if os.geteuid() != 0:
        return None
    import pwd

    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            continue
    unavailable("running as root and no unprivileged user to run PostgreSQL as")
    return None


class PostgresServer:
    """A PostgreSQL server in a temporary folder, reached by its Unix socket."""

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.user = _server_user()
        self.folder = Path(tempfile.mkdtemp(prefix="factcheck-pg-"))
        self.port = _free_port()
        self.folder.chmod(0o755)
        if self.user:
            shutil.chown(self.folder, self.user)
        self.data = self.folder / "data"

    def _run(self, *command: str) -> None:
        subprocess.run(
            _as_user([str(self.bindir / command[0]), *command[1:]], self.user),
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            cwd=self.folder,
        )

    def start(self) -> None:
        self._run("initdb", "-D", str(self.data), "-A", "trust", "-U", "factcheck", "--no-sync")
        options = (
            f"-k {self.folder} -p {self.port} -c listen_addresses='' -c fsync=off"
            " -c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
        )
        self._run(
            "pg_ctl",
            "-D",
            str(self.data),
            "-o",
            options,
            "-l",
            str(self.folder / "log"),
            "-w",
            "start",
        )

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)

    def url(self, database: str = "postgres", user: str = "factcheck", **query: str) -> str:
        extra = "".join(f"&{k}={v}" for k, v in query.items())
        return f"postgresql://{user}@/{database}?host={self.folder}&port={self.port}{extra}"

    def new_database(self) -> str:
        """A fresh, empty database's name."""
        import psycopg

        name = f"t_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {name}")
        return name


@contextmanager
def postgres_server() -> Iterator[PostgresServer]:
    bindir = postgres_bindir()
    if bindir is None:
        unavailable("no PostgreSQL server binaries (initdb, pg_ctl) installed")
    try:
        import psycopg  # noqa: F401
        import psycopg_pool  # noqa: F401
    except ImportError:
        unavailable("psycopg is not installed (pip install -e '.[test]')")
    assert bindir is not None
    server = PostgresServer(bindir)
    try:
        server.start()
    except subprocess.CalledProcessError as error:
        shutil.rmtree(server.folder, ignore_errors=True)
        pytest.fail(f"PostgreSQL did not start: {error.stderr.decode(errors='replace')[-500:]}")
    try:
        yield server
    finally:
        server.stop()
