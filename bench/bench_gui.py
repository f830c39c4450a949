"""Open a generated 5,000-turn meeting in the real window and scroll it; print the timings.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_gui.py [--turns 5000]

Prints the time from choosing the meeting to the reader's first paint, and the worst and
median frame (scroll step + synchronous repaint) while scrolling the whole meeting.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject, QPoint

from app.api import Workbench
from app.cli.gui import install_translations, make_application
from app.core.domain import AgendaItem, Meeting, Minutes, Participant, Source, Turn
from app.qt.settings import WindowSettings

SENTENCES = ["本市のＩＣＴ利活用方針について、関係部署と調整して検討する。", "（了承）",
             "資料１－２の５ページをご覧いただきたい。市民への情報発信は多角的に行う必要がある。",
             "ご指摘の点は、来年度に向けて何かしらの取り組みを検討していかなくてはならないと考えている。"]


def generated_minutes(turns: int) -> Minutes:
    speakers = ["座長", "情報政策課長", "林委員", "柳生委員", "吉田委員", "事務局", None]
    agenda = tuple(AgendaItem(f"議題（{i + 1}）第{i + 1}次計画の進捗について") for i in range(20))
    body = [Turn(speaker=speakers[i % len(speakers)],
                 text="（了承）" if speakers[i % len(speakers)] is None else
                 "".join(SENTENCES[(i + k) % len(SENTENCES)] for k in range(1 + i % 5)),
                 agenda=min(19, i * 20 // turns), page=1 + i // 12) for i in range(turns)]
    return Minutes(Source("generated.txt", "txt", turns // 12, f"bench-{turns}"),
                   Meeting("第99回 ベンチマーク会議 議事録", "ベンチマーク会議", "第99回", "2026-04-01"),
                   tuple(Participant(s) for s in speakers if s), (), agenda, tuple(body))


class FirstPaint(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.at: float | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.at is None:
            self.at = time.perf_counter()
        return False


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--turns", type=int, default=5000)
    args = parser.parse_args()
    app = make_application()
    install_translations(app, "ja")
    folder = Path(tempfile.mkdtemp())
    bench = Workbench(folder / "bench.gijiroku")
    doc_id, _ = bench.store_document(generated_minutes(args.turns))
    from widgets.main_window import MainWindow

    window = MainWindow(bench, WindowSettings(folder / "settings.ini"))
    window.resize(1500, 950)
    window.show()
    window.open_document(None)
    app.processEvents()
    probe = FirstPaint()
    viewport = window.reader.viewport()
    viewport.installEventFilter(probe)
    start = time.perf_counter()
    window.open_document(doc_id)
    while probe.at is None and time.perf_counter() - start < 10:
        app.processEvents()
    first_paint = (probe.at or time.perf_counter()) - start
    frames = scroll_frames(app, window)
    print(f"turns: {window.reader.model().rowCount()}")
    print(f"first paint: {first_paint * 1000:.0f} ms")
    print(f"scroll frames: {len(frames)}, worst {max(frames) * 1000:.1f} ms, "
          f"median {statistics.median(frames) * 1000:.1f} ms, p95 {sorted(frames)[int(len(frames) * .95)] * 1000:.1f} ms")
    return 0


def scroll_frames(app, window) -> list[float]:  # type: ignore[no-untyped-def]
    """Scroll top to bottom a page at a time; each frame = step + repaint + pending events
    (including the next batch of row layout while the list is still being measured)."""
    bar = window.reader.verticalScrollBar()
    frames = []
    deadline = time.perf_counter() + 60
    while time.perf_counter() < deadline:
        t0 = time.perf_counter()
        bar.setValue(bar.value() + max(1, bar.pageStep()))
        window.reader.viewport().repaint()
        app.processEvents()
        frames.append(time.perf_counter() - t0)
        bottom = window.reader.indexAt(window.reader.viewport().rect().bottomLeft() + QPoint(5, -5)).row()
        if bar.value() >= bar.maximum() and bottom == window.reader.model().rowCount() - 1:
            break
    return frames


if __name__ == "__main__":
    raise SystemExit(main())
