"""Tables without ruled cells: a borderless PDF, and text whose columns stand side by side."""
from __future__ import annotations

from pathlib import Path

from comments_builders import (
    Line,
    Section,
    write_pdf,
)
from comments_samples import A1, A2, A3, C1, C2, C3, G1, answers, parse


def test_pdf_table_without_ruled_lines(tmp_path: Path) -> None:
    long = C1 + "目標の達成状況を毎年確認できるようにすべき。"
    page1 = [Section(G1, [Line("1", long, A1), Line("2", "説明会を各区で開催し、", A2)])]
    page2 = [Section(None, [Line("", "資料も事前に配布すべき。", ""), Line("3", C3, A3)])]
    t = parse(write_pdf(tmp_path / "b.pdf", "結果", [page1, page2], ruled=False, repeat_header=False))
    assert [c.no for c in t.comments] == ["1", "2", "3"]
    assert [c.text for c in t.comments] == [long, "説明会を各区で開催し、資料も事前に配布すべき。", C3]
    assert answers(t) == [A1, A2, A3]
    assert [c.label for c in t.categories] == ["当該意見を踏まえて内容を修正するもの"]


def test_text_with_columns_side_by_side(tmp_path: Path) -> None:
    """The layout ``pdftotext -layout`` leaves: columns apart by spaces, the answer of a
    long comment running on below it."""
    lines = ["計画案に対する意見と市の考え方", "",
             "Ⅰ．当該意見を踏まえて内容を修正するもの",
             "No.   意見の概要                          市の考え方",
             "    1 計画の目標値が分かりにくいので、    ご意見を踏まえ、目標値を",
             "      具体的な数値を示してほしい。        追記しました。",
             "    2 用語の解説を巻末に付けるべき。      巻末に用語集を追加します。",
             "", "Ⅱ．その他の主な意見",
             "No.   意見の概要                          市の考え方",
             "    1 図表を増やしてほしい。              今後の参考とさせていただき",
             "                                          ます。"]
    path = tmp_path / "s.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    t = parse(path)
    assert [c.label for c in t.categories] == ["当該意見を踏まえて内容を修正するもの", "その他の主な意見"]
    assert [(c.category, c.no) for c in t.comments] == [(0, "1"), (0, "2"), (1, "1")]
    assert [c.text for c in t.comments] == [C1, C2, C3]
    assert answers(t) == [A1, A2, A3]
    assert any("位置で切り分けました" in w for w in t.warnings)
