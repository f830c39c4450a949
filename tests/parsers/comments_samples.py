"""Sample comments and answers shared by the comment-table layout tests, and the helpers
that parse a file and list each comment's answer text."""
from __future__ import annotations

from pathlib import Path

from app.core.domain import CommentTable
from parsers.comments import parse_comments

C1 = "計画の目標値が分かりにくいので、具体的な数値を示してほしい。"
C2 = "用語の解説を巻末に付けるべき。"
C3 = "図表を増やしてほしい。"
C4 = "スケジュールを明示すべき。"
A1 = "ご意見を踏まえ、目標値を追記しました。"
A2 = "巻末に用語集を追加します。"
A3 = "今後の参考とさせていただきます。"
A4 = "進捗状況は毎年度公表してまいります。"
G1 = "Ⅰ．当該意見を踏まえて内容を修正するもの"
G2 = "Ⅱ．その他の主な意見"


def parse(path: Path) -> CommentTable:
    return parse_comments(path, "x")


def answers(t: CommentTable) -> list[str | None]:
    return [None if c.response is None else t.responses[c.response].text for c in t.comments]
