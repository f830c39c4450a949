"""Reading a PDF's pages with a forked helper from the last page backward gives exactly what
reading them in one process gives, on every fixture PDF; a helper that fails or is slow
costs nothing but time; cancelling ends the helper."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from app.core.errors import Cancelled
from app.core.progress import NO_PROGRESS
from parsers import pdf_pages
from parsers.minutes_pdf import _page_lines, open_pdfium, read_pdf_lines
from parsers.pdf_pages import MIN_PAGES, helper_allowed, read_pages
from tests.conftest import CancelAt

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
PDFS = sorted(FIXTURES.glob("**/*.pdf"))
M01 = FIXTURES / "real" / "m01_caa_shohisha_kyoiku25.pdf"

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the page helper is forked (POSIX only)")


def _pages(path: Path, read_page: Any, helper: bool, progress: Any = NO_PROGRESS) -> list[Any]:
    doc = open_pdfium(path)
    try:
        return read_pages(path, doc, read_page, progress, helper=helper)
    finally:
        doc.close()


@pytest.mark.parametrize("path", PDFS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_page_line_by_line_as_one_process_reads_it(path: Path) -> None:
    alone = _pages(path, _page_lines, helper=False)
    shared = _pages(path, _page_lines, helper=True)
    assert len(shared) == len(alone)
    for page, (mine, theirs) in enumerate(zip(shared, alone), start=1):
        assert [(ln.page, ln.y, ln.size, ln.text, ln.chars) for ln in mine] == \
               [(ln.page, ln.y, ln.size, ln.text, ln.chars) for ln in theirs], f"page {page}"


def test_the_minutes_lines_are_the_same_with_the_helper(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GIJIROKU_PAGE_HELPER", "0")
    alone = read_pdf_lines(M01, NO_PROGRESS)
    # whatever the load and the threads an earlier test left behind
    monkeypatch.setattr(pdf_pages, "helper_allowed", lambda pages: True)
    assert read_pdf_lines(M01, NO_PROGRESS) == alone


def test_no_helper_for_a_short_file_or_when_turned_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GIJIROKU_PAGE_HELPER", "1")
    assert not helper_allowed(MIN_PAGES - 1)
    monkeypatch.setenv("GIJIROKU_PAGE_HELPER", "0")
    assert not helper_allowed(100)


def test_a_helper_that_fails_leaves_every_page_read() -> None:
    parent = os.getpid()

    def fails_in_helper(doc: Any, index: int) -> Any:
        if os.getpid() != parent and index < 25:
            os._exit(3)  # the helper dies mid-file, as a killed process would
        return _page_lines(doc, index)

    assert _pages(M01, fails_in_helper, helper=True) == _pages(M01, _page_lines, helper=False)


def test_the_helper_does_its_share() -> None:
    parent = os.getpid()
    read_here: list[int] = []

    def counted(doc: Any, index: int) -> Any:
        if os.getpid() == parent:
            read_here.append(index)
            import time
            time.sleep(0.05)  # a slow page here: the helper, started at once, gets ahead
        return _page_lines(doc, index)

    _pages(M01, counted, helper=True)
    assert read_here[:3] == [0, 1, 2] and len(read_here) < 33


def test_cancel_ends_the_helper() -> None:
    before = _children()
    with pytest.raises(Cancelled):
        _pages(M01, _page_lines, helper=True, progress=CancelAt(2))
    assert _children() == before


def _children() -> set[int]:
    """This process's live child processes (Linux), else an empty set."""
    tasks = Path(f"/proc/{os.getpid()}/task")
    if not tasks.exists():
        return set()
    found: set[int] = set()
    for task in tasks.iterdir():
        children = task / "children"
        if children.exists():
            found |= {int(p) for p in children.read_text().split()}
    return found


def test_no_helper_beside_another_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    """The window imports beside Qt's threads: forking there could copy a held lock."""
    import threading

    monkeypatch.setenv("GIJIROKU_PAGE_HELPER", "1")
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert not helper_allowed(100)
    finally:
        stop.set()
        other.join()


def test_gijiroku_parse_prints_the_same_once_with_the_helper() -> None:
    """The helper never flushes the command's output a second time, nor changes it."""
    import subprocess
    import sys

    root = FIXTURES.parents[1]
    outputs = []
    for wanted in ("1", "0"):
        env = {**os.environ, "GIJIROKU_PAGE_HELPER": wanted}
        done = subprocess.run([sys.executable, "-m", "app", "parse", str(M01)], cwd=root, env=env,
                              capture_output=True, check=True, timeout=120)
        outputs.append(done.stdout)
    assert outputs[0] == outputs[1] and outputs[0].count(b'"turns"') == 1


def _helper_may_run(monkeypatch: pytest.MonkeyPatch) -> None:
    """As on an idle two-core machine, whatever threads an earlier test left behind."""
    import parsers.minutes_pdf

    monkeypatch.setattr(pdf_pages, "helper_possible", lambda: True)
    monkeypatch.setattr(parsers.minutes_pdf, "helper_possible", lambda: True)


def test_the_pages_are_read_ahead_while_the_kind_is_detected(monkeypatch: pytest.MonkeyPatch) -> None:
    """`gijiroku parse` of PDF minutes: the helper is reading pages before the file's kind is
    known, the parse takes it over, and the result is the one-process result."""
    import parsers
    from app.core.contract import to_json

    monkeypatch.setenv("GIJIROKU_PAGE_HELPER", "0")
    alone = to_json(parsers.parse_file(M01))
    monkeypatch.delenv("GIJIROKU_PAGE_HELPER")
    _helper_may_run(monkeypatch)
    helpers_at_detection: list[int] = []
    detect = parsers.detect_kind

    def detect_kind(path: Path) -> str:
        helpers_at_detection.append(len(pdf_pages._started_ahead))
        return detect(path)

    monkeypatch.setattr(parsers, "detect_kind", detect_kind)
    before = _children()
    assert to_json(parsers.parse_file(M01)) == alone
    assert helpers_at_detection == [1]
    assert pdf_pages._started_ahead == {} and _children() == before


def test_a_helper_read_ahead_for_nothing_is_ended(monkeypatch: pytest.MonkeyPatch) -> None:
    """A file that turns out to be a comment table, or a parse that fails before reading:
    the helper started ahead does not outlive the parse."""
    _helper_may_run(monkeypatch)
    before = _children()
    with pdf_pages.read_ahead(M01, 33, _page_lines):
        assert len(_children() - before) == 1
    assert _children() == before and pdf_pages._started_ahead == {}
