"""The minutes parser on the Sendai council minutes in PDF, DOCX and extracted text."""
from __future__ import annotations

import pytest

from app.core.contract import to_json
from app.core.domain import Minutes
from parsers import parse_file
from tests.conftest import FIXTURES
from tests.scoring import figures

FOLDER = FIXTURES / "sendai-ict-council-2016"
FILES = ["minutes.pdf", "minutes.docx", "minutes.txt"]

@pytest.fixture(scope="module", params=FILES)
def parsed(request: pytest.FixtureRequest) -> Minutes:
    doc = parse_file(FOLDER / request.param)
    assert isinstance(doc, Minutes)
    return doc


def test_scores_reach_the_targets(parsed: Minutes) -> None:
    import json

    gold = json.loads((FOLDER / "gold.json").read_text(encoding="utf-8"))
    s = figures(gold, to_json(parsed))
    for key in ("text_f1", "speaker_acc", "boundary_f1", "turn_agenda_acc"):
        assert s[key] >= 0.98, (key, s)
    for key in ("agenda_f1", "meeting_fields", "signatories"):
        assert s[key] == 1.0, (key, s)


def test_meeting_block(parsed: Minutes) -> None:
    m = parsed.meeting
    assert (m.date, m.start, m.end) == ("2016-02-08", "13:30", "15:00")
    assert m.body == "仙台市情報化推進会議" and m.session == "第2回"
    assert m.venue is not None and m.venue.replace(" ", "").endswith("第三委員会室")


def test_participants_groups_and_roles(parsed: Minutes) -> None:
    by_label = {p.label: p for p in parsed.participants}
    assert by_label["曽根委員"].role == "座長" and by_label["曽根委員"].group == "委員"
    assert by_label["日下情報政策部長"].group == "仙台市"
    assert by_label["事務局"].group == "事務局"
    assert by_label["渋谷情報政策課長"].name == "渋谷"


def test_wrapped_label_and_role_resolve_to_the_chair(parsed: Minutes) -> None:
    first = next(t for t in parsed.turns if t.speaker is not None)
    assert (first.speaker, first.name, first.participant) == ("座長", "曽根", "曽根委員")
    later = [t for t in parsed.turns if t.speaker == "座長"]
    assert all(t.participant == "曽根委員" for t in later)
    assert any(t.participant == "渋谷情報政策課長" for t in parsed.turns if t.speaker == "情報政策課長")


def test_notes_and_signatories(parsed: Minutes) -> None:
    notes = [t.text.replace(" ", "") for t in parsed.turns if t.speaker is None]
    assert notes[0] == "（開始13：30）" and notes[-1] == "（終了15：00）"
    assert notes.count("（了承）") == 3
    assert parsed.signatories == ("柳生委員", "吉田委員")
    assert parsed.warnings == ()


def test_no_page_footer_in_speech(parsed: Minutes) -> None:
    assert not any("- 4 -" in t.text or "-4-" in t.text for t in parsed.turns)
    turn = next(t for t in parsed.turns if "標的型メール対" in t.text)
    assert "策として全庁に向けた" in turn.text.replace("\n", "")
