"""Search filters, now tokens inside the FTS index: on generated meetings of several bodies,
dates, speakers and agenda items, every filter returns exactly the rows the definition
says; a speaker edit moves the row; a workspace from before the filter tokens is migrated."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from app.api import Workbench
from app.core.domain import TAG_ISSUE, AgendaItem, Meeting, Minutes, Source, Turn
from app.services.search import SearchFilter
from app.store import search_query
from app.store.migrations import STEPS
from app.store.search_query import date_bound
from app.store.search_tokens import date_cover
from tests.conftest import downgrade_to_version_3

BODIES = ["仙台市情報化推進会議", "情報セキュリティ専門委員会", "総務財政委員会"]
SPEAKERS = ["座長", "林委員", "情報政策課長"]
TEXTS = ["情報の共有について検討します。", "情報政策の取組を説明します。", "セキュリティの情報を確認したい。"]
DATES = ["2015-01-01", "2015-01-31", "2015-02-01", "2015-06-30", "2015-12-31", "2016-01-01", "2016-02-29", None]


def _meeting(n: int, body: str, date: str | None) -> Minutes:
    turns = tuple(Turn(speaker=SPEAKERS[(n + i) % 3], text=TEXTS[(n * 2 + i) % 3], agenda=i % 2) for i in range(6))
    return Minutes(Source(f"m{n}.txt", "txt", None, f"m{n}"), Meeting(title=f"第{n}回", body=body, date=date),
                   agenda=(AgendaItem("議題（1）"), AgendaItem("議題（2）")), turns=turns)


@pytest.fixture(scope="module")
def meetings(module_workspaces):  # type: ignore[no-untyped-def]
    """Generated meetings in a workspace file, and on a server (tests/text/conftest.py)."""
    bench = module_workspaces.open()
    for n, date in enumerate(DATES):
        doc_id, _ = bench.store_document(_meeting(n, BODIES[n % 3], date))
        for turn_id in bench.turn_ids(doc_id)[::3]:
            bench.tag(TAG_ISSUE, "turn", turn_id)
    yield bench
    bench.close()


def _truth(bench: Workbench, word: str, f: SearchFilter) -> set[int]:
    """Turn ids matching word and f, by reading every stored turn, its meeting and its tags."""
    out = set()
    for d in bench.documents():
        date = d.date
        if f.body and f.body not in (d.body or ""):
            continue
        lo, hi = date_bound(f.date_from, False), date_bound(f.date_to, True)
        if (lo or hi) and (date is None or (lo and dt.date.fromisoformat(date) < lo)
                           or (hi and dt.date.fromisoformat(date) > hi)):
            continue
        if f.document_id is not None and d.id != f.document_id:
            continue
        tagged = {g.target_id for g in bench.taggings_in_document(d.id)}
        for t in bench.turns(bench.turn_ids(d.id)):
            if word in t.text and f.speaker in (None, t.speaker) and f.agenda_item_id in (None, t.agenda_item_id) \
                    and (f.tag is None or t.id in tagged):
                out.add(t.id)
    return out


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(word=st.sampled_from(["情報", "検討", "セキュリティ"]),
       date_from=st.sampled_from([None, "2015", "2015-01-15", "2015-02", "2015-12-31", "2016-01-01"]),
       date_to=st.sampled_from([None, "2015-01-31", "2015-06", "2015-12-30", "2016", "2014"]),
       body=st.sampled_from([None, "委員会", "情報", "推進会議"]), speaker=st.sampled_from([None, *SPEAKERS]),
       by_document=st.booleans(), by_agenda=st.booleans(), tagged=st.booleans(), scan=st.booleans())
@example(word="情報", date_from=None, date_to="2015-06", body=None, speaker=None, by_document=False, by_agenda=False,
         tagged=True, scan=True)  # a month as the end of the period: up to its last day, on both plans
@example(word="情報", date_from="2015-02", date_to="2016", body="委員会", speaker=None, by_document=False,
         by_agenda=False, tagged=True, scan=False)
def test_every_filter_returns_exactly_the_defined_rows(meetings, word, date_from, date_to, body, speaker,
                                                       by_document, by_agenda, tagged, scan) -> None:  # type: ignore[no-untyped-def]
    """Every filter, with or without a tag; with a tag, both the scan of the tagged rows and
    the index with the tag checked on each hit."""
    bench = meetings
    doc = bench.documents()[3]
    agenda = bench.turns(bench.turn_ids(doc.id))[1].agenda_item_id if by_agenda else None
    f = SearchFilter(speaker=speaker, body=body, date_from=date_from, date_to=date_to,
                     document_id=doc.id if by_document or by_agenda else None, agenda_item_id=agenda,
                     kinds=("turn",), tag=TAG_ISSUE if tagged else None)
    scan_max = search_query.SCAN_MAX
    try:
        search_query.SCAN_MAX = scan_max if scan else 0
        assert {h.id for h in bench.search(word, f, None)} == _truth(bench, word, f)
    finally:
        search_query.SCAN_MAX = scan_max


def test_date_filter_by_month_and_year(meetings) -> None:  # type: ignore[no-untyped-def]
    dates = {h.date for h in meetings.search("情報", SearchFilter(date_from="2015-02", date_to="2015-06"), None)}
    assert dates == {"2015-02-01", "2015-06-30"}
    dates = {h.date for h in meetings.search("情報", SearchFilter(date_from="2016"), None)}
    assert dates == {"2016-01-01", "2016-02-29"}
    assert meetings.search("情報", SearchFilter(date_to="2014-12-31")) == []


@settings(max_examples=200, deadline=None)
@given(first=st.dates(dt.date(2012, 1, 1), dt.date(2020, 12, 31)), days=st.integers(0, 900))
def test_date_cover_names_exactly_the_dates_of_the_range(first: dt.date, days: int) -> None:
    last = first + dt.timedelta(days=days)
    covered: set[dt.date] = set()
    for token in date_cover(first, last):
        start, end = date_bound(f"{token[1:5]}-{token[5:7]}-{token[7:9]}".rstrip("-"), False), \
            date_bound(f"{token[1:5]}-{token[5:7]}-{token[7:9]}".rstrip("-"), True)
        assert start is not None and end is not None
        span = {start + dt.timedelta(days=i) for i in range((end - start).days + 1)}
        assert not span & covered  # no date twice
        covered |= span
    assert covered == {first + dt.timedelta(days=i) for i in range(days + 1)}
    assert len(date_cover(first, last)) <= 62 + 22 + (days // 365 + 1)


def test_speaker_edit_moves_the_row_between_speaker_filters(new_bench) -> None:  # type: ignore[no-untyped-def]
    bench = new_bench()
    doc, _ = bench.store_document(_meeting(0, BODIES[0], "2015-01-01"))
    turn = bench.turns(bench.turn_ids(doc))[0]
    assert turn.id in {h.id for h in bench.search("情報", SearchFilter(speaker=turn.speaker), None)}
    bench.update_turn(turn.id, speaker="事務局")
    assert turn.id not in {h.id for h in bench.search("情報", SearchFilter(speaker=turn.speaker), None)}
    assert [h.id for h in bench.search("情報", SearchFilter(speaker="事務局"), None)] == [turn.id]
    bench.close()


def test_workspace_from_before_the_filter_tokens_is_migrated(tmp_path: Path) -> None:
    """A version-3 workspace (FTS of g and t only) opens at the current version, searchable
    with filters, its stored rows untouched. (A file only: no server workspace had FTS5; a
    server's index without its tokens is the next test.)"""
    path = tmp_path / "v3.gijiroku"
    bench = Workbench(path)
    for n, date in enumerate(DATES[:4]):
        bench.store_document(_meeting(n, BODIES[n % 3], date))
    want = {h.id for h in bench.search("情報", SearchFilter(body="委員会", date_from="2015-01-15"), None)}
    rows = downgrade_to_version_3(bench)
    assert Workbench.needs_upgrade(path)
    again = Workbench(path)
    assert again.store.version == len(STEPS) >= 4  # every step, later ones included
    assert {h.id for h in again.search("情報", SearchFilter(body="委員会", date_from="2015-01-15"), None)} == want
    assert want and len(again.search("情報", None, None)) == rows
    assert not Workbench.needs_upgrade(path)
    again.close()


def test_server_workspace_from_before_the_search_tokens_is_migrated(new_bench, backend) -> None:  # type: ignore[no-untyped-def]
    """A server workspace whose index rows have no tokens yet (as main's first server
    workspaces stored them) gets them, under GIN, when opened: the same hits as before.
    On a file the step changes nothing."""
    bench = new_bench()
    address = bench.store.path
    for n, date in enumerate(DATES[:4]):
        bench.store_document(_meeting(n, BODIES[n % 3], date))
    f = SearchFilter(body="委員会", date_from="2015-01-15")
    want = {h.id for h in bench.search("情報", f, None)}
    assert want
    if backend == "server":
        bench.store.db.execute("DROP INDEX search_rows_tokens")
        bench.store.db.execute("ALTER TABLE search_rows DROP COLUMN tokens")
        step = [name for name, _ in STEPS].index("server_search_tokens")
        bench.store.db.set_schema_version(step)  # every step from it on runs again (they are idempotent)
    bench.close()
    again = Workbench(address)
    assert again.store.version == len(STEPS)
    assert {h.id for h in again.search("情報", f, None)} == want
    assert len(again.search("情報", None, None)) == again.store.scalar("SELECT count(*) FROM search_rows")
    again.close()
