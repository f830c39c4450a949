"""Every item model passes pytest-qt's model tester on real workspace data."""
from __future__ import annotations

from app.api import Workbench
from app.core.domain import TAG_ACTION, Minutes, SearchHit, Suggestion
from tests.conftest import gold_document
from tests.widgets.conftest import COUNCIL, SENDAI_PUBCOM, minutes_id, table_id
from widgets.document_tree import DocumentTreeModel
from widgets.import_preview import PreviewCommentModel, PreviewTurnModel
from widgets.reader_models import PAGE_SIZE, CommentListModel, TurnListModel
from widgets.review_panel import ReviewTableModel
from widgets.roles import HEADING_ROLE, LABEL_ROLE, NOTE_ROLE, TAGS_ROLE
from widgets.search_panel import SearchHitModel
from widgets.suggestion_panel import SuggestionListModel
from widgets.tag_panel import TaggingListModel


def test_turn_model(qtmodeltester, gold_bench: Workbench) -> None:
    doc = minutes_id(gold_bench)
    ids = gold_bench.turn_ids(doc)
    gold_bench.tag(TAG_ACTION, "turn", ids[11], 0, 3)
    model = TurnListModel(gold_bench)
    model.load(doc)
    qtmodeltester.check(model)
    assert model.rowCount() == 55
    notes = [r for r in range(55) if model.index(r).data(NOTE_ROLE)]
    assert notes and all(model.index(r).data(LABEL_ROLE) == "" for r in notes)
    headings = [model.index(r).data(HEADING_ROLE) for r in range(55) if model.index(r).data(HEADING_ROLE)]
    assert headings[0] == gold_bench.agenda_items(doc)[0].label
    assert model.index(11).data(TAGS_ROLE) == [(TAG_ACTION, "#d62728")]


def test_turn_model_pages_over_a_long_meeting(qtmodeltester, bench: Workbench) -> None:
    import dataclasses

    gold = gold_document(COUNCIL)
    assert isinstance(gold, Minutes)
    long = dataclasses.replace(gold, turns=gold.turns * 10)
    doc, _ = bench.store_document(long)
    model = TurnListModel(bench)
    model.load(doc)
    assert model.rowCount() == 550
    assert model.index(PAGE_SIZE + 3).data() == long.turns[PAGE_SIZE + 3].text
    qtmodeltester.check(model)


def test_comment_model(qtmodeltester, gold_bench: Workbench) -> None:
    model = CommentListModel(gold_bench)
    model.load(table_id(gold_bench))
    qtmodeltester.check(model)
    assert model.rowCount() == 23
    assert model.index(0).data(HEADING_ROLE)
    assert model.index(0).data(LABEL_ROLE) == "No.1"


def test_document_tree_model(qtmodeltester, gold_bench: Workbench) -> None:
    model = DocumentTreeModel(gold_bench)
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert model.index_of(minutes_id(gold_bench)).isValid()


def test_review_search_suggestion_tagging_models(qtmodeltester, gold_bench: Workbench) -> None:
    turn_id = gold_bench.turn_ids(minutes_id(gold_bench))[11]
    _tagging, _ = gold_bench.tag(TAG_ACTION, "turn", turn_id)
    review = ReviewTableModel()
    review.set_records(gold_bench.action_rows())
    qtmodeltester.check(review)
    hits = SearchHitModel()
    hits.set_records([SearchHit("turn", turn_id, minutes_id(gold_bench), "会議", "本文", "座長",
                             "2016-02-08", "議題", mark=lambda text: f"【{text}】")])
    qtmodeltester.check(hits)
    suggestions = SuggestionListModel()
    suggestions.set_items([Suggestion("action", 11, "検討したい。", "課長", "来年度")])
    qtmodeltester.check(suggestions)
    taggings = TaggingListModel(gold_bench)
    taggings.load("turn", turn_id, "テキスト")
    qtmodeltester.check(taggings)


def test_preview_models(qtmodeltester) -> None:
    minutes = gold_document(COUNCIL)
    assert isinstance(minutes, Minutes)
    turns = PreviewTurnModel(minutes)
    qtmodeltester.check(turns)
    table = gold_document(SENDAI_PUBCOM)
    comments = PreviewCommentModel(table)  # type: ignore[arg-type]
    qtmodeltester.check(comments)
