"""Fixtures shared by every layer's tests."""
from __future__ import annotations

import gc
import json
import signal
import threading
from collections.abc import Iterator
from pathlib import Path
from types import FrameType

import pytest

from app.api import Workbench
from app.core.contract import from_json
from app.core.domain import Document, Minutes
from tests.pg_cluster import PgCluster, binaries_for_tests

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"


def _interrupt(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt(f"signal {signum}")


@pytest.fixture(autouse=True)
def _collect_garbage_while_qt_lives() -> Iterator[None]:
    """Each test's cyclic garbage (Qt wrappers among it) is collected right after the test,
    while the objects it refers to still exist, not all at once when pytest shuts down."""
    yield
    gc.collect()


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgCluster]:
    """A PostgreSQL server of the tests' own (tests/pg_cluster.py), started at the first test that
    needs it and stopped and deleted when the session ends, also after failures, Ctrl-C or SIGTERM
    (turned into an interrupt so pytest tears down). Fails in CI, skips elsewhere, without PostgreSQL."""
    cluster = PgCluster(binaries_for_tests())
    on_main_thread = threading.current_thread() is threading.main_thread()
    previous = signal.getsignal(signal.SIGTERM) if on_main_thread else None
    if on_main_thread and previous == signal.SIG_DFL:
        signal.signal(signal.SIGTERM, _interrupt)
    try:
        cluster.start()
        yield cluster
    finally:
        cluster.stop()
        if on_main_thread and previous == signal.SIG_DFL:
            signal.signal(signal.SIGTERM, signal.SIG_DFL)


@pytest.fixture
def pg_dsn(pg_server: PgCluster) -> Iterator[str]:
    """The conninfo of a new empty database of its own for one test, dropped afterwards."""
    dsn = pg_server.create_database()
    yield dsn
    pg_server.drop_database(dsn)



def layout_minutes(name: str) -> Minutes:
    """The minutes read from tests/fixtures/layouts/NAME with the kind read from the document
    (no --as), as a clerk's import reads it."""
    from parsers import parse_file

    m = parse_file(str(FIXTURES / "layouts" / name), None)
    assert isinstance(m, Minutes)
    return m


class CancelAt:
    """Progress that asks to stop after its ``at``-th step (a clerk pressing キャンセル)."""

    def __init__(self, at: int) -> None:
        self.at, self.steps = at, 0

    def step(self, done: int, total: int, label: str = "") -> None:
        self.steps += 1

    def cancelled(self) -> bool:
        return self.steps > self.at


def gold_document(folder: str, file_name: str | None = None) -> Document:
    """A fixture's hand-checked parse as a domain document, with a distinct fake hash."""
    data = json.loads((FIXTURES / folder / "gold.json").read_text(encoding="utf-8"))
    data["source"] = {"path": str(FIXTURES / folder / (file_name or "gold.json")), "format": "txt",
                      "pages": None, "sha256": f"gold-{folder}"}
    return from_json(data)


BACKENDS = ("file", "server")


@pytest.fixture(params=BACKENDS)
def bench(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Workbench]:
    """An empty workspace, once as a file and once on the tests' PostgreSQL server: what a
    test shows with it holds for both backends."""
    address = request.getfixturevalue("pg_dsn") if request.param == "server" else tmp_path / "ws.gijiroku"
    b = Workbench(address)
    yield b
    b.close()


@pytest.fixture
def file_bench(tmp_path: Path) -> Iterator[Workbench]:
    """An empty workspace file, for what only a file has (its journal, pages, the backup API)."""
    b = Workbench(tmp_path / "ws.gijiroku")
    yield b
    b.close()


@pytest.fixture
def council_bench(bench: Workbench) -> Workbench:
    """A workspace holding the Sendai council minutes and both comment tables (from gold)."""
    for folder in ("sendai-ict-council-2016", "sendai-dx-pubcom-2024", "shinagawa-dx-pubcom-2025"):
        bench.store_document(gold_document(folder))
    return bench


def downgrade_to_version_3(bench: Workbench) -> int:
    """Turn an open workspace back into one from before migration step 4 (search_fts with
    only g and t) and close it; returns its index row count."""
    from app.store import search_sql
    from app.store.search_tokens import encode_grams, encode_terms

    db = bench.store.db
    with db.conn:
        db.execute("DROP TABLE search_fts")
        db.execute(search_sql.SCHEMA.split(";")[-1])  # the first shape of search_fts
        rows = db.execute("SELECT id, norm, terms FROM search_rows").fetchall()
        db.conn.executemany("INSERT INTO search_fts(rowid, g, t) VALUES (?,?,?)",
                            [(i, encode_grams(n), encode_terms(t.split())) for i, n, t in rows])
        db.execute("PRAGMA user_version = 3")
    bench.close()
    return len(rows)


def confirm_minutes(bench: Workbench, doc_id: int) -> None:
    """Take stored minutes to 確定 the way the rules allow: 確認中, every signatory's
    sign-off, then 確定."""
    from app.core.domain import DocumentId

    doc = DocumentId(doc_id)
    bench.set_status(doc, "確認中")
    for name in bench.signatories(doc):
        bench.add_signoff(doc, name)
    bench.set_status(doc, "確定")
