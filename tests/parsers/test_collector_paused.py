"""A parse pauses the cycle collector (its objects form no cycles; bench/ shows the time it
saves) and leaves it as it found it, also when the file is refused, so a window that
parses many files in a day never runs with its collector off."""
from __future__ import annotations

import gc
from pathlib import Path

import pytest

import parsers
from app.core.collector import collector_paused
from app.core.errors import WorkbenchError

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_the_collector_is_off_during_a_parse_and_back_after(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[bool] = []
    detect = parsers.detect_kind

    def detect_kind(path: Path) -> str:
        seen.append(gc.isenabled())
        return detect(path)

    monkeypatch.setattr(parsers, "detect_kind", detect_kind)
    parsers.parse_file(FIXTURES / "real" / "m01_caa_shohisha_kyoiku25.pdf")
    assert seen == [False] and gc.isenabled()


def test_the_collector_is_back_after_a_refused_file(tmp_path: Path) -> None:
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\nnot really a PDF")
    with pytest.raises(WorkbenchError):
        parsers.parse_file(broken)
    assert gc.isenabled()


def test_a_pause_inside_a_pause_keeps_it_off_until_the_outer_one_ends() -> None:
    with collector_paused():
        with collector_paused():
            pass
        assert not gc.isenabled()
    assert gc.isenabled()
