"""A public-comment result as published (意見募集の結果): a title printed on two lines, the count
stated as '提出者数　３人（意見件数　４件）', and a 区分 (Ａ/Ｂ/Ｃ) column between the comment and
the city's answer. A document written for the project."""
from __future__ import annotations

from app.core.domain import CommentTable
from parsers import parse_file
from tests.conftest import FIXTURES


def _table() -> CommentTable:
    t = parse_file(str(FIXTURES / "layouts" / "t7_pubcom_kubun.docx"), None)
    assert isinstance(t, CommentTable)
    return t


def test_a_title_on_two_lines_is_one_title() -> None:
    assert _table().title == "「みずほ市図書館サービス計画（案）」に対する意見募集の実施結果について"


def test_the_count_stated_as_iken_kensu_is_the_declared_total() -> None:
    t = _table()
    assert t.declared_total == 4 and len(t.comments) == 4
    assert not [w for w in t.warnings if "件" in w]


def test_the_code_column_is_kept_beside_the_answer() -> None:
    t = _table()
    third = t.comments[2]
    assert third.text.startswith("読書バリアフリー")
    assert third.response is not None
    assert t.responses[third.response].text.startswith("御意見を踏まえ、施策４")
    assert dict(third.fields).get("区分") == "Ａ"


def test_notes_keep_the_order_they_are_printed_in() -> None:
    """The legend's second line ('Ｃ：参考とする　Ｄ：その他', held as a possible group heading)
    comes before the note printed under it, as on the page."""
    notes = list(_table().notes)
    legend = next(i for i, n in enumerate(notes) if n.startswith("Ｃ："))
    remark = next(i for i, n in enumerate(notes) if n.startswith("※"))
    assert legend < remark


def test_a_legend_of_codes_heads_no_group() -> None:
    """'Ｃ：参考とする　Ｄ：その他' explains the 区分 codes: it is no group heading (every comment
    was filed under a group named '参考とする Ｄ：その他')."""
    t = _table()
    assert list(t.categories) == [] and {c.category for c in t.comments} == {None}
