"""The public-comment parser on the shared fixture files, against their gold JSON."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.core.contract import to_json
from app.core.domain import CommentTable
from parsers.comments import parse_comments

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SENDAI = FIXTURES / "sendai-dx-pubcom-2024"
SHINAGAWA = FIXTURES / "shinagawa-dx-pubcom-2025"

def parse(path: Path) -> CommentTable:
    return parse_comments(path, "x")


def gold(folder: Path, name: str) -> dict:
    specific = folder / f"gold.{name}.json"
    return json.loads((specific if specific.exists() else folder / "gold.json").read_text(encoding="utf-8"))


def squash(s: str | None) -> str:
    return "".join((s or "").split())


@pytest.mark.parametrize("folder,name", [(SENDAI, "comments.pdf"), (SENDAI, "comments.docx"),
                                         (SENDAI, "comments.txt"), (SHINAGAWA, "comments.pdf"),
                                         (SHINAGAWA, "comments.xlsx"), (SHINAGAWA, "comments.txt")])
def test_fixture_matches_gold(folder: Path, name: str) -> None:
    g = gold(folder, name)
    out = to_json(parse(folder / name))
    assert [c["label"] for c in out["categories"]] == [c["label"] for c in g["categories"]]
    assert [c["declared"] for c in out["categories"]] == [c["declared"] for c in g["categories"]]
    assert out["declared_total"] == g["declared_total"]
    assert [(c["category"], c["no"]) for c in out["comments"]] == \
        [(c["category"], c["no"]) for c in g["comments"]]
    for mine, theirs in zip(out["comments"], g["comments"]):
        assert squash(mine["text"]) == squash(theirs["text"])
        if theirs["response"] is not None:
            assert squash(out["responses"][mine["response"]]["text"]) == \
                squash(g["responses"][theirs["response"]]["text"])


def test_sendai_pdf_answer_cut_by_page_break_is_shared() -> None:
    """Nos. 12-13 share one merged answer that the page break cuts in two."""
    t = parse(SENDAI / "comments.pdf")
    by_no = {c.no: c for c in t.comments}
    assert by_no["12"].response == by_no["13"].response
    answer = t.responses[by_no["12"].response].text
    assert "オンライン手続における本人確認" in answer.replace("\n", "")
    assert any("No.12" in w and "No.13" in w for w in t.warnings)
    assert by_no["13"].page == 4


def test_sendai_docx_merged_answers_and_clean_run() -> None:
    t = parse(SENDAI / "comments.docx")
    by_no = {c.no: c for c in t.comments}
    assert by_no["1"].response == by_no["2"].response
    assert by_no["12"].response == by_no["13"].response
    assert len(t.responses) == 21
    assert t.title and t.title.startswith("「仙台市DX推進計画")
    assert t.warnings == ()


def test_shinagawa_text_unplaced_answers_are_kept_and_named() -> None:
    t = parse(SHINAGAWA / "comments.txt")
    unanswered = [(c.category, c.no) for c in t.comments if c.response is None]
    assert unanswered == [(0, "1"), (0, "2"), (1, "3"), (1, "4")]
    claimed = {c.response for c in t.comments}
    unclaimed = [r.text for i, r in enumerate(t.responses) if i not in claimed]
    assert len(unclaimed) == 2 and unclaimed[0].startswith("必要な情報に簡単にアクセス")
    assert sum("見つかりません" in w for w in t.warnings) == 4
    assert sum("どの意見にも対応しない" in w for w in t.warnings) == 2
