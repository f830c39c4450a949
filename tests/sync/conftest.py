"""The workspaces the several-people tests run on: a file, and a server database.

A server comes from the shared ``pg_dsn`` fixture (tests/conftest.py, a throwaway cluster of
the tests' own) where it exists; until that fixture is on this branch, from a development
server named by ``GIJIROKU_TEST_SERVER`` (a database of its own is created there and dropped
afterwards). Without either the server case says it skipped.
"""
from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.api import Workbench
from tests.conftest import gold_document

COUNCIL, PUBCOM = "sendai-ict-council-2016", "sendai-dx-pubcom-2024"
DEV_SERVER_ENV = "GIJIROKU_TEST_SERVER"


def _dev_server_database() -> Iterator[str]:
    import psycopg
    from psycopg.conninfo import conninfo_to_dict, make_conninfo

    base = os.environ.get(DEV_SERVER_ENV, "")
    if not base:
        pytest.skip(f"no PostgreSQL server for the tests (pg_dsn fixture missing, {DEV_SERVER_ENV} unset)")
    name = f"sync13_t{uuid.uuid4().hex[:10]}"
    try:
        with psycopg.connect(base, autocommit=True, connect_timeout=5) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
    except psycopg.OperationalError as e:
        pytest.skip(f"PostgreSQL at {DEV_SERVER_ENV} not reachable: {e}")
    params = conninfo_to_dict(base)
    params["dbname"] = name
    yield make_conninfo(**params)
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def server_dsn(request: pytest.FixtureRequest) -> Iterator[str]:
    """The conninfo of an empty database for one test."""
    try:
        dsn = request.getfixturevalue("pg_dsn")
    except pytest.FixtureLookupError:
        yield from _dev_server_database()
        return
    yield str(dsn)


@pytest.fixture(params=["file", "server"])
def address(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A workspace address on each backend, holding the council minutes and a comment table."""
    where = str(tmp_path / "ws.gijiroku") if request.param == "file" else request.getfixturevalue("server_dsn")
    bench = Workbench(where)
    try:
        for folder in (COUNCIL, PUBCOM):
            bench.store_document(gold_document(folder))
    finally:
        bench.close()
    return where
