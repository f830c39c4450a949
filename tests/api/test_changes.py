"""Each Workbench mutator reports what it touched, so views refresh only what changed."""
from __future__ import annotations

from app.api import Workbench
from tests.conftest import gold_document


def test_turn_mutators_name_the_turns(bench: Workbench) -> None:
    doc_id, _ = bench.store_document(gold_document("sendai-ict-council-2016"))
    ids = bench.turn_ids(doc_id)
    assert bench.update_turn(ids[1], speaker="会長").ids("turn") == {ids[1]}
    assert bench.turns([ids[1]])[0].speaker == "会長"
    new_id, ch = bench.split_turn(ids[1], 5)
    assert ch.ids("turn") == {ids[1], new_id} and ch.ids("turn_set") == {doc_id}
    ch = bench.merge_turn_with_next(ids[1])
    assert ch.ids("turn") == {ids[1], new_id} and "turn_set" in ch.kinds()
    agenda = bench.agenda_item_id(doc_id, 2)
    assert bench.update_turn(ids[1], agenda_item_id=agenda).ids("turn") == {ids[1]}
    assert bench.turns([ids[1]])[0].agenda_item_id == agenda


def test_tag_untag_restore(bench: Workbench) -> None:
    doc_id, _ = bench.store_document(gold_document("sendai-ict-council-2016"))
    turn = bench.turn_ids(doc_id)[11]
    tagging_id, ch = bench.tag("対応事項", "turn", turn, memo="次回報告")
    assert ch.ids("tagging") == {tagging_id} and ch.ids("turn") == {turn} and ch.ids("action_item")
    item = bench.action_item_for_tagging(tagging_id)
    assert item.text == "適切な表現を検討したい。" and item.status == "未着手"
    bench.update_action_item(item.id, owner="情報政策課", status="対応中")
    saved_tag, saved_item = bench.tagging(tagging_id), bench.action_item(item.id)
    assert bench.untag(tagging_id).ids("tagging") == {tagging_id}
    assert bench.action_rows() == []
    bench.restore_tagging(saved_tag, saved_item)
    [row] = bench.action_rows()
    assert (row.item.id, row.item.owner, row.item.status) == (item.id, "情報政策課", "対応中")
    assert bench.tagging(tagging_id).memo == "次回報告"


def test_span_tag_keeps_only_the_span_as_action_text(bench: Workbench) -> None:
    doc_id, _ = bench.store_document(gold_document("sendai-ict-council-2016"))
    turn = bench.turns([bench.turn_ids(doc_id)[11]])[0]
    _, ch = bench.tag("対応事項", "turn", turn.id, start=0, end=5)
    [item_id] = ch.ids("action_item")
    assert bench.action_item(item_id).text == turn.text[:5]


def test_comment_link_and_response_edit(bench: Workbench) -> None:
    doc_id, _ = bench.store_document(gold_document("sendai-dx-pubcom-2024"))
    comments, responses = bench.comments(doc_id), bench.responses(doc_id)
    ch = bench.link_comment(comments[0].id, responses[-1].id)
    assert ch.ids("comment") == {comments[0].id}
    assert bench.comments(doc_id)[0].response_id == responses[-1].id
    assert bench.update_response(responses[0].id, revised=True).ids("response") == {responses[0].id}
    assert bench.responses(doc_id)[0].revised


def test_new_answer_can_be_added_searched_and_removed(bench: Workbench) -> None:
    doc_id, _ = bench.store_document(gold_document("sendai-dx-pubcom-2024"))
    rid, ch = bench.add_response(doc_id, "ご意見を踏まえ、用語集を追加します。")
    assert ch.ids("response") == {rid} and bench.responses(doc_id)[-1].id == rid
    assert any(h.id == rid for h in bench.search("用語集"))
    first = bench.comments(doc_id)[0]
    bench.link_comment(first.id, rid)
    import pytest

    from app.core.errors import WorkbenchError
    with pytest.raises(WorkbenchError):
        bench.remove_response(rid)
    bench.link_comment(first.id, first.response_id)
    bench.remove_response(rid)
    assert all(r.id != rid for r in bench.responses(doc_id))
    assert not any(h.id == rid for h in bench.search("用語集"))


def test_removed_answer_comes_back_under_its_id(bench: Workbench) -> None:
    doc_id, _ = bench.store_document(gold_document("sendai-dx-pubcom-2024"))
    rid, _ = bench.add_response(doc_id, "回答案")
    bench.remove_response(rid)
    other, _ = bench.add_response(doc_id, "別の回答", rid)  # another writer takes the freed id (its own redo)
    again, _ = bench.add_response(doc_id, "回答案", rid)
    assert other == rid and again != rid and bench.responses(doc_id)[-1].text == "回答案"
    bench.remove_response(again)
    bench.remove_response(other)
    back, _ = bench.add_response(doc_id, "回答案", rid)
    assert back == rid
