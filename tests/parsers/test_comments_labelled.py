"""Comments and answers as labelled blocks instead of a table, in text, Word and PDF."""
from __future__ import annotations

from pathlib import Path

from comments_builders import (
    write_docx_paragraphs,
    write_pdf,
)
from comments_samples import A1, A2, A3, C1, C2, C3, G1, G2, answers, parse

from app.core.domain import CommentTable

LABELLED = ["計画案に対する意見募集の結果", "意見募集期間：令和7年1月5日～2月5日",
            G1, "【御意見】", "計画の目標値が分かりにくいので、", "具体的な数値を示してほしい。",
            "【市の考え方】", A1,
            "【御意見】", C2, "【御意見】", "専門用語が多すぎる。", "【市の考え方】", A2,
            G2, "【御意見】", C3, "【市の考え方】", A3]


def check_labelled(t: CommentTable) -> None:
    assert [c.label for c in t.categories] == ["当該意見を踏まえて内容を修正するもの", "その他の主な意見"]
    assert [c.text for c in t.comments] == [C1, C2, "専門用語が多すぎる。", C3]
    assert answers(t) == [A1, A2, A2, A3]  # two comments before one answer share it
    assert t.title == "計画案に対する意見募集の結果"
    assert "意見募集期間：令和7年1月5日～2月5日" in t.notes


def test_labelled_blocks_in_a_text_file(tmp_path: Path) -> None:
    path = tmp_path / "l.txt"
    path.write_text("\n".join(LABELLED) + "\n", encoding="utf-8")
    check_labelled(parse(path))


def test_labelled_blocks_in_word_paragraphs(tmp_path: Path) -> None:
    check_labelled(parse(write_docx_paragraphs(tmp_path / "l.docx", LABELLED)))


def test_colon_labels_with_numbers(tmp_path: Path) -> None:
    text = ["バス路線再編計画（案）への意見と回答", "1", "意見：バスの本数を増やしてほしい。",
            "回答：事業者と協議してまいります。", "2", "意見：停留所に屋根を付けるべき。",
            "特に駅前は雨の日に困る。", "回答：順次整備を進めております。"]
    path = tmp_path / "c.txt"
    path.write_bytes("\r\n".join(text).encode("cp932"))
    t = parse(path)
    assert [(c.no, c.text) for c in t.comments] == [
        ("1", "バスの本数を増やしてほしい。"), ("2", "停留所に屋根を付けるべき。\n特に駅前は雨の日に困る。")]
    assert answers(t) == ["事業者と協議してまいります。", "順次整備を進めております。"]
    assert t.title == "バス路線再編計画（案）への意見と回答"


def test_labelled_blocks_in_a_pdf_without_tables(tmp_path: Path) -> None:
    items = [G1, "【御意見】" + C1 + "目標の達成状況を毎年確認できるようにすべき。", "【市の考え方】" + A1,
             G2, "【御意見】" + C3, "【市の考え方】" + A3]
    t = parse(write_pdf(tmp_path / "l.pdf", "計画案への意見と市の考え方", [items]))
    assert [c.label for c in t.categories] == ["当該意見を踏まえて内容を修正するもの", "その他の主な意見"]
    assert [c.text for c in t.comments] == [C1 + "目標の達成状況を毎年確認できるようにすべき。", C3]
    assert answers(t) == [A1, A3]


def test_label_lines_without_brackets_or_colons(tmp_path: Path) -> None:
    text = ["意見募集の結果", "No.1", "■ご意見", C1, "■市の考え方", A1, "No.2", "■ご意見", C3, "■市の考え方", A3]
    path = tmp_path / "b.txt"
    path.write_text("\n".join(text), encoding="utf-8")
    t = parse(path)
    assert [(c.no, c.text) for c in t.comments] == [("1", C1), ("2", C3)]
    assert answers(t) == [A1, A3]


def test_one_small_table_per_comment(tmp_path: Path) -> None:
    """No. | 1 / 意見の概要 | … / 市の考え方 | … printed once per comment."""
    import docx
    d = docx.Document()
    d.add_paragraph("意見募集の結果")
    for no, comment, answer in (("1", C1, A1), ("2", C3, A3)):
        table = d.add_table(rows=3, cols=2)
        for i, (label, value) in enumerate((("No.", no), ("意見の概要", comment), ("市の考え方", answer))):
            table.cell(i, 0).text, table.cell(i, 1).text = label, value
        d.add_paragraph("")
    d.save(str(tmp_path / "s.docx"))
    t = parse(tmp_path / "s.docx")
    assert [(c.no, c.text) for c in t.comments] == [("1", C1), ("2", C3)]
    assert answers(t) == [A1, A3]


def test_labelled_text_is_recognisable_before_parsing() -> None:
    from parsers.comments_labelled import looks_labelled
    assert looks_labelled("結果\n意見：バスを増やしてほしい。\n回答：協議してまいります。")
    assert not looks_labelled("○議長（山田太郎君）　開会します。\n○１番（中村健一君）　質問します。")


def test_labelled_text_under_a_title_naming_both_parts(tmp_path: Path) -> None:
    path = tmp_path / "t.txt"
    path.write_text("\n".join(["ご意見と市の考え方", "【御意見】", C1, "【市の考え方】", A1]), encoding="utf-8")
    t = parse(path)
    assert t.title == "ご意見と市の考え方"
    assert [c.text for c in t.comments] == [C1] and answers(t) == [A1]
    assert not any("どの意見にも対応しない" in w for w in t.warnings)
