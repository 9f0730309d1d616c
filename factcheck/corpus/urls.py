"""Whether an index setting names a PostgreSQL database: told apart without importing the
database backend, which a run on a local index never needs."""

from __future__ import annotations

URL_SCHEMES = ("postgresql", "postgres")
ENVIRONMENT = "FACTCHECK_DATABASE_URL"
"""The environment variable that names the shared index when no ``--index`` is given."""


def is_database_url(value: str | None) -> bool:
    """Whether ``value`` names a PostgreSQL database rather than an index folder."""
    return bool(value) and value.split("://", 1)[0].lower() in URL_SCHEMES and "://" in value
