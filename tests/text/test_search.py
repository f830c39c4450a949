"""Search over a workspace built from the fixtures: substring truth, variants, phrases,
AND, filters, ranking and snippets, and the index following edits and deletes."""
from __future__ import annotations

import pytest
from text_workspace import MINUTES, SENDAI_COMMENTS, build_workspace

from app.api import Workbench
from app.core.domain import DocumentId
from app.services.search import SearchFilter, parse_query
from app.store.migrations import STEPS


@pytest.fixture(scope="module")
def ws(module_workspaces) -> tuple[Workbench, dict[str, DocumentId]]:  # type: ignore[no-untyped-def]
    """The fixture documents in a workspace file, and on a server (tests/text/conftest.py)."""
    bench, ids = build_workspace(module_workspaces.address())
    yield bench, ids
    bench.close()


def turn_positions(bench: Workbench, hits: list, doc_id: DocumentId) -> list[int]:
    ids = bench.turn_ids(doc_id)
    return sorted(ids.index(h.id) for h in hits if h.kind == "turn" and h.document_id == doc_id)


def test_two_character_word_inside_a_longer_compound(ws) -> None:
    bench, ids = ws
    # 人材 is two characters (no trigram can match it); it occurs inside 人材育成 too.
    hits = bench.search("人材")
    assert turn_positions(bench, hits, ids[MINUTES]) == [9, 15, 18, 20]
    assert [h.kind for h in hits if h.document_id == ids[SENDAI_COMMENTS]] == ["response"]
    # 課長 only appears in speaker labels, never in a text: substring truth says no hit.
    assert bench.search("課長") == []
    assert turn_positions(bench, bench.search("座長"), ids[MINUTES]) == [43]


def test_spelling_variants_found_through_sudachi(ws) -> None:
    bench, ids = ws
    exact = {(h.kind, h.id) for h in bench.search('"取組"')}
    with_variants = {(h.kind, h.id) for h in bench.search("取組")}
    assert exact < with_variants  # 取り組み / 取組み rows join the exact ones
    turns = turn_positions(bench, bench.search("取組"), ids[MINUTES])
    assert turns == [12, 15, 17, 18, 19, 21]  # the minutes write 取り組み
    # full-width ＩＣＴ finds the half-width ICT of the minutes
    assert len(turn_positions(bench, bench.search("ＩＣＴ"), ids[MINUTES])) == 17


def test_quoted_phrase_is_exact_and_words_are_anded(ws) -> None:
    bench, ids = ws
    phrase = turn_positions(bench, bench.search("「人材育成」"), ids[MINUTES])
    assert phrase == [9, 15, 18, 20]
    both = turn_positions(bench, bench.search("人材 セキュリティ"), ids[MINUTES])
    assert both == [9, 18]
    assert parse_query('"情報 政策" 課長').terms[0].norm == "情報政策"


def test_filters(ws) -> None:
    bench, ids = ws
    doc = ids[MINUTES]
    by_speaker = bench.search("検討", SearchFilter(speaker="情報政策課長"))
    assert turn_positions(bench, by_speaker, doc) == [9, 11, 13, 19, 25, 27]
    assert all(h.speaker == "情報政策課長" for h in by_speaker)
    in_doc = bench.search("デジタル", SearchFilter(document_id=ids[SENDAI_COMMENTS]))
    assert in_doc and {h.document_id for h in in_doc} == {ids[SENDAI_COMMENTS]}
    assert {h.kind for h in in_doc} == {"comment", "response"}
    only_comments = bench.search("デジタル", SearchFilter(document_id=ids[SENDAI_COMMENTS], kinds=("comment",)))
    assert {h.kind for h in only_comments} == {"comment"}
    assert bench.search("情報", SearchFilter(date_from="2016-02-08", date_to="2016-02-08"))
    assert bench.search("情報", SearchFilter(date_from="2017-01-01")) == []
    assert bench.search("情報", SearchFilter(body="存在しない会議")) == []
    agenda = bench.agenda_item_id(doc, 3)
    in_agenda = bench.search("報告", SearchFilter(agenda_item_id=agenda))
    assert turn_positions(bench, in_agenda, doc) == [45, 47, 48, 50]


def test_tag_filter(workspaces) -> None:  # type: ignore[no-untyped-def]
    bench, ids = build_workspace(workspaces.address())
    turn = bench.turn_ids(ids[MINUTES])[27]
    bench.tag("対応事項", "turn", turn)
    hits = bench.search("検討", SearchFilter(tag="対応事項"))
    assert [h.id for h in hits] == [turn]
    bench.close()


def test_hits_show_who_when_where_with_marked_snippet(ws) -> None:
    bench, ids = ws
    hit = bench.search("縦割り", SearchFilter(speaker="情報政策課長"))[0]
    assert hit.speaker == "情報政策課長" and hit.date == "2016-02-08"
    assert hit.agenda and hit.agenda.startswith("議題（１）")
    assert hit.snippet == "確かに【縦割り】に感じられる部分もあることから、横の連携もうまく見えてくるよう検討したい。"
    variant = bench.search("取組", SearchFilter(document_id=ids[MINUTES], speaker="情報政策課長"))
    assert any("【取り組み】" in h.snippet for h in variant)


def test_ranking_prefers_more_occurrences(ws) -> None:
    bench, ids = ws
    hits = bench.search("ICT", SearchFilter(document_id=ids[MINUTES]))
    counts = [h.text.count("ICT") for h in hits]
    assert counts == sorted(counts, reverse=True)
    assert hits[0].score >= hits[-1].score


def test_edits_and_deletes_keep_the_index_true(workspaces) -> None:  # type: ignore[no-untyped-def]
    bench, ids = build_workspace(workspaces.address())
    doc = ids[MINUTES]
    first = bench.turn_ids(doc)[11]
    bench.update_turn(first, text="表現を見直す。")
    assert bench.search('"適切な表現"', SearchFilter(document_id=doc)) == []
    assert [h.id for h in bench.search("見直す", SearchFilter(document_id=doc))] == [first]
    new_id, _ = bench.split_turn(first, 3)
    assert [h.id for h in bench.search("見直す", SearchFilter(document_id=doc))] == [new_id]
    bench.merge_turn_with_next(first)
    assert [h.id for h in bench.search("見直す", SearchFilter(document_id=doc))] == [first]
    snap = bench.snapshot_turns(doc)
    bench.update_turn(first, text="別の文。")
    bench.restore_turns(snap)
    assert [h.id for h in bench.search("見直す", SearchFilter(document_id=doc))] == [first]
    bench.delete_document(doc)
    assert bench.search("縦割り") == []
    assert bench.store.scalar("SELECT count(*) FROM search_rows WHERE document_id = ?", [doc]) == 0
    bench.close()


def test_migration_indexes_documents_stored_before_it(workspaces, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import app.store.migrations as migrations

    path = workspaces.address()
    monkeypatch.setattr(migrations, "STEPS", STEPS[:1])
    from app.store import search_index

    monkeypatch.setattr(search_index, "add_document", lambda db, doc_id, prepared=None: None)
    old, _ = build_workspace(path)
    old.close()
    monkeypatch.undo()
    bench = Workbench(path)
    assert bench.store.version == len(STEPS)
    assert len(bench.search("縦割り")) == 2
    bench.close()
    assert Workbench(path).store.version == len(STEPS)  # applying again changes nothing


def test_terms_prepared_in_a_worker_index_the_same_as_at_import(workspaces) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import gold_document

    doc = gold_document("sendai-ict-council-2016")
    plain, ahead = workspaces.open(), workspaces.open()
    plain.store_document(doc)
    ahead.store_document(doc, Workbench.prepare_index_terms(doc))
    for query in ("取組", "ＩＣＴ", "情報", "検討"):
        assert [h.text for h in plain.search(query)] == [h.text for h in ahead.search(query)]
        assert plain.search(query)
    rows = "SELECT kind, norm, terms FROM search_rows ORDER BY id"
    assert list(plain.store.rows(rows)) == list(ahead.store.rows(rows))
