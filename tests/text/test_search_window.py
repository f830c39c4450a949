"""A server workspace reads a word of thousands of rows over the newest ids only, and its
answer is the newest rows of all: the window's answer when it holds enough rows, the whole
index's when it does not (the rows older than the window are then the ones asked for).
The plan constants are scaled down so that a meeting of 200 turns takes the same paths as a
million rows do."""
from __future__ import annotations

from collections.abc import Iterator

import pytest
from text_workspace import Workspaces

from app.api import Workbench
from app.core.domain import Meeting, Minutes, Source, Turn
from app.services.search import parse_query
from app.store import search_server

WORD = "弱者"
TURNS = 200


@pytest.fixture
def server_bench(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[Workbench]:
    spaces = Workspaces("server", request)
    monkeypatch.setattr(search_server, "PROBE_ROWS", 20)
    monkeypatch.setattr(search_server, "NEWEST_ROW_COST", 1e9)  # never the newest-first read
    yield spaces.shared()
    spaces.close()


def _store(bench: Workbench, with_word: set[int]) -> None:
    turns = tuple(Turn(speaker="委員", text=f"第{i}の発言。" + (f"{WORD}への配慮を求めます。" if i in with_word else "了解しました。"))
                  for i in range(TURNS))
    bench.store_document(Minutes(Source("w.txt", "txt", None, "w"), Meeting(title="w", date="2020-04-01"), turns=turns))


def _newest(bench: Workbench, cap: int) -> tuple[list[int], list[str]]:
    """The candidates' row ids, and the statements the search ran."""
    statements: list[str] = []
    db = bench.store.db
    execute = db.execute

    def recorded(sql, params=()):  # type: ignore[no-untyped-def]
        statements.append(sql)
        return execute(sql, params)

    db.execute = recorded  # type: ignore[method-assign]
    try:
        rows = search_server.candidates(db, parse_query(WORD).terms, None, None, None, cap)
    finally:
        db.execute = execute  # type: ignore[method-assign]
    return [r[0] for r in rows], statements


def _truth(bench: Workbench, cap: int) -> list[int]:
    sql = "SELECT id FROM search_rows WHERE strpos(norm, ?) > 0 ORDER BY id DESC LIMIT ?"
    return [int(r[0]) for r in bench.store.db.execute(sql, [WORD, cap])]


def test_a_word_of_many_rows_is_read_over_the_newest_ids(server_bench: Workbench) -> None:
    _store(server_bench, set(range(0, TURNS, 10)))  # one turn in ten
    got, statements = _newest(server_bench, 3)
    assert got == _truth(server_bench, 3)
    assert sum("r.id > " in s for s in statements) == 1  # the window alone answered
    assert not any("tokens @@" in s and "r.id > " not in s for s in statements)


def test_a_window_short_of_rows_falls_back_to_the_whole_index(server_bench: Workbench) -> None:
    _store(server_bench, {TURNS - 1, *range(10)})  # the newest turn, and ten of the oldest
    got, statements = _newest(server_bench, 2)
    assert got == _truth(server_bench, 2)  # the newest turn and the tenth: below the window
    assert any("r.id > " in s for s in statements)
    assert any("tokens @@" in s and "r.id > " not in s for s in statements)
