"""Minutes or comment table: a readable document is never refused for being the other kind,
and where the file does not say, the user is asked (``--as minutes|comments``)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from minutes_builders import write_docx, write_text

from app.core.domain import CommentTable, Minutes
from app.core.errors import WorkbenchError
from parsers import detect_kind, parse_file
from tests.conftest import FIXTURES, ROOT

# A committee's minutes whose members speak of 御意見 and 考え方 — the words of a comment table.
INLINE_ROWS = [("", "委員長(相馬君):ただいまから委員会を開きます。本日は計画案への御意見を伺います。"),
               ("", "委員(佐藤君):市の考え方を伺いたい。ご意見の集約はどうするのか。"),
               ("", "課長(高橋君):意見の概要を整理して次回お示しします。"),
               ("", "委員長(相馬君):以上で閉会します。")]
HEAD = ["テスト市建設委員会", "日時：令和6年6月3日"]


def test_minutes_docx_with_inline_labels_is_minutes(tmp_path: Path) -> None:
    path = write_docx(tmp_path / "iin.docx", INLINE_ROWS, header=HEAD)
    assert detect_kind(path) == "minutes"
    m = parse_file(path)
    assert isinstance(m, Minutes)
    assert [(t.speaker, t.name) for t in m.turns] == [("委員長", "相馬"), ("委員", "佐藤"), ("課長", "高橋"),
                                                      ("委員長", "相馬")]


def test_minutes_text_with_a_table_word_in_the_title_block(tmp_path: Path) -> None:
    head = ["パブリックコメント制度に関する検討会　会議録", "開催日：令和6年6月3日"]
    path = write_text(tmp_path / "kento.txt", INLINE_ROWS, header=head)
    assert isinstance(parse_file(path), Minutes)


def test_comment_tables_stay_comment_tables() -> None:
    for path in [FIXTURES / "sendai-dx-pubcom-2024" / "comments.docx", FIXTURES / "sendai-dx-pubcom-2024" / "comments.txt",
                 FIXTURES / "shinagawa-dx-pubcom-2025" / "comments.pdf"]:
        assert isinstance(parse_file(path), CommentTable), path


def test_a_file_that_says_neither_asks(tmp_path: Path) -> None:
    path = tmp_path / "memo.txt"
    path.write_text("打合せメモ\n資料の準備について確認した\n次回までに修正する\n", encoding="utf-8")
    with pytest.raises(WorkbenchError) as e:
        parse_file(path)
    assert e.value.code == "ambiguous_kind" and "--as minutes" in e.value.message_ja()
    r = subprocess.run([sys.executable, "-m", "app", "parse", str(path)], cwd=ROOT, capture_output=True,
                       text=True, timeout=120, check=False)
    assert r.returncode == 1 and "--as" in r.stderr and "memo.txt" in r.stderr


def test_labelled_comments_and_answers_are_a_comment_table(tmp_path: Path) -> None:
    """意見：… 回答：… blocks carry none of a table's header words; their labels are no speakers."""
    path = tmp_path / "result.txt"
    path.write_text("○○市交通計画（案）に対する意見と市の考え方\n\n"
                    "意見：バスの本数を増やしてほしい。\n回答：交通事業者と協議してまいります。\n\n"
                    "意見：歩道を広げてほしい。\n回答：順次整備します。\n\n"
                    "意見：駐輪場が足りない。\n回答：駅前に増設します。\n", encoding="utf-8")
    assert detect_kind(path) == "comments"


def test_minutes_that_say_so_compile_no_comment_or_html_patterns() -> None:
    """Parsing a minutes PDF whose title names it (議事録) never imports the comment-table
    parser or the HTML reader: their regular expressions cost every such parse ~30 ms."""
    pdf = FIXTURES / "real" / "m01_caa_shohisha_kyoiku25.pdf"
    probe = ("import sys\nfrom parsers import parse_file\n"
             f"doc = parse_file({str(pdf)!r})\n"
             "print(type(doc).__name__, sorted(m for m in sys.modules if m.startswith('parsers.comments')"
             " or m == 'parsers.minutes_html'))\n")
    r = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=120,
                       check=True)
    assert r.stdout.split() == ["Minutes", "[]"]
