"""The inspector names a turn's speaker as the reader does: 青木委員 and 上田委員 are two people
even when the minutes store both as the role 委員 with a name, and picking one of them gives the
turn that person."""
from __future__ import annotations

from pathlib import Path

import pytest

from app.api import Workbench
from app.qt.settings import WindowSettings


@pytest.fixture
def sample_window(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    from widgets.main_window import MainWindow

    bench = Workbench.open_or_sample(tmp_path / "first.gijiroku", samples=True)
    w = MainWindow(bench, WindowSettings(tmp_path / "settings.ini"))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()
    bench.close()


def _turn_of(bench: Workbench, meeting: int, participant: str) -> int:
    return next(t.id for t in bench.turns(bench.turn_ids(meeting)) if t.participant == participant)


def test_the_speaker_box_shows_the_person_the_reader_shows(sample_window) -> None:  # type: ignore[no-untyped-def]
    window = sample_window
    bench = window.bridge.bench
    meeting = next(d.id for d in bench.documents() if d.kind == "minutes")
    window.open_document(meeting)
    editor = window.inspector.turn_editor
    for person in ("青木委員", "上田委員", "大野委員"):
        window.reader.select_id(_turn_of(bench, meeting, person))
        assert editor.speaker.currentText() == person
    choices = [editor.speaker.itemText(i) for i in range(editor.speaker.count())]
    assert {"青木委員", "上田委員", "大野委員", "会長（石川委員）"} <= set(choices)


def test_picking_another_member_gives_the_turn_that_member(sample_window) -> None:  # type: ignore[no-untyped-def]
    window = sample_window
    bench = window.bridge.bench
    meeting = next(d.id for d in bench.documents() if d.kind == "minutes")
    window.open_document(meeting)
    turn = _turn_of(bench, meeting, "上田委員")
    window.reader.select_id(turn)
    editor = window.inspector.turn_editor
    editor.speaker.setCurrentIndex(editor.speaker.findText("大野委員"))
    editor.speaker.activated.emit(editor.speaker.currentIndex())
    stored = bench.turns([turn])[0]
    assert (stored.speaker, stored.name, stored.participant) == ("委員", "大野", "大野委員")
    window.bridge.stack.undo()
    stored = bench.turns([turn])[0]
    assert (stored.speaker, stored.name, stored.participant) == ("委員", "上田", "上田委員")
