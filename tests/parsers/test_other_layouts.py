"""Layouts of other bodies, written for this project after the parser was built (a 県議会
committee with ◎ agenda lines and 〔理事者交代〕, a 審議会 with ``委員長：`` labels, a 町 meeting
with ``【町長】`` labels on their own lines, each also as a LibreOffice PDF; comment results as
labelled blocks, Roman-numbered groups in a Word table and an intake workbook with the
answers on a second sheet). Each is read as well as the published documents are."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.core.contract import to_json
from parsers import parse_file
from tests.conftest import FIXTURES
from tests.scoring import real_minutes_figures, squeeze

LAYOUTS = FIXTURES / "layouts"
EXPECTED = sorted((LAYOUTS / "expected").glob("*.json"))


def _expected(kind: str) -> list[Path]:
    return [p for p in EXPECTED if json.loads(p.read_text(encoding="utf-8"))["kind"] == kind]


def _parse(expected: dict) -> dict:  # type: ignore[type-arg]
    return to_json(parse_file(str(LAYOUTS / Path(expected["source_file"]).name), None))


@pytest.mark.parametrize("path", _expected("minutes"), ids=lambda p: p.stem)
def test_minutes_layouts_read_as_published_ones(path: Path) -> None:
    expected = json.loads(path.read_text(encoding="utf-8"))
    parsed = _parse(expected)
    assert parsed["kind"] == "minutes"
    figures = real_minutes_figures(expected, parsed)
    assert all(value >= 0.95 for value in figures.values()), figures


@pytest.mark.parametrize("path", _expected("comments"), ids=lambda p: p.stem)
def test_comment_layouts_give_each_comment_its_answer(path: Path) -> None:
    expected = json.loads(path.read_text(encoding="utf-8"))
    parsed = _parse(expected)
    assert parsed["kind"] == "comments"
    comments, answers = parsed["comments"], parsed["responses"]
    assert len(comments) == expected["comments_total"]
    for want in expected["first10"]:
        [mine] = [c for c in comments if squeeze(c["text"]).startswith(squeeze(want["comment_first15"])[:12])]
        assert squeeze(answers[mine["response"]]["text"]).startswith(squeeze(want["answer_first15"])[:12])
    groups = [squeeze(c["label"]) for c in parsed.get("categories", [])]
    for group in expected.get("groups", []):
        assert any(squeeze(group) in g or g in squeeze(group) for g in groups)
