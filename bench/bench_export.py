"""Seconds to export 100 pages of minutes and a 1,000-row follow-up list.

    .venv/bin/python bench/bench_export.py [--pages] [--pdf]
        --pages: count pages with LibreOffice; --pdf: also time the PDF + PAdES export

Builds a temporary workspace: the Sendai council minutes repeated to about 100 A4 pages
(55 turns make 9 pages), and 1,000 action items; setup is not timed.
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
FIXTURE = ROOT / "tests" / "fixtures" / "sendai-ict-council-2016" / "gold.json"
COPIES = 13  # 13 x 55 turns ~ 100 pages (LibreOffice: 101)
ITEMS = 1000


def big_minutes() -> object:
    from app.core.contract import from_json
    from app.core.domain import AgendaItem, Minutes

    m = from_json(json.loads(FIXTURE.read_text(encoding="utf-8")))
    assert isinstance(m, Minutes)
    agenda, turns = [], []
    for k in range(COPIES):
        base = len(agenda)
        agenda += [AgendaItem(f"{a.label}（その{k + 1}）") for a in m.agenda]
        turns += [replace(t, agenda=None if t.agenda is None else t.agenda + base) for t in m.turns]
    return replace(m, agenda=tuple(agenda), turns=tuple(turns),
                   source=replace(m.source, sha256="bench-minutes"))


def pages(path: Path) -> str:
    if not shutil.which("soffice"):
        return "?"
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(path.parent), str(path)],
                   capture_output=True, timeout=300)
    info = subprocess.run(["pdfinfo", str(path.with_suffix(".pdf"))], capture_output=True, text=True).stdout
    return next((ln.split()[-1] for ln in info.splitlines() if ln.startswith("Pages")), "?")


def pdf_seconds(bench: object, doc_id: object, folder: Path) -> float:
    """Seconds for the minutes as .docx, .p7s and a PAdES-signed PDF (key made untimed)."""
    from app.services.signing import new_key

    key = folder / "bench.p12"
    new_key(key, "ベンチ 太郎")
    bench.trust_certificate(key)  # type: ignore[attr-defined]
    if bench.status(doc_id) != "確定":  # type: ignore[attr-defined]
        bench.set_status(doc_id, "確認中")  # type: ignore[attr-defined]
        for name in bench.signatories(doc_id):  # type: ignore[attr-defined]
            bench.add_signoff(doc_id, name)  # type: ignore[attr-defined]
        bench.set_status(doc_id, "確定")  # type: ignore[attr-defined]
    t = time.perf_counter()
    bench.export_minutes(doc_id, folder / "minutes-pdf.docx", pdf=True, sign=key)  # type: ignore[attr-defined]
    return time.perf_counter() - t


def main() -> None:
    from app.api import Workbench
    from app.core.domain import ACTION_STATUSES, TAG_ACTION

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        bench = Workbench(folder / "bench.gijiroku")
        doc_id, _ = bench.store_document(big_minutes())
        ids = bench.turn_ids(doc_id)
        for n in range(ITEMS):
            tagging, _ = bench.tag(TAG_ACTION, "turn", ids[n % len(ids)])
            item = bench.action_item_for_tagging(tagging)
            bench.update_action_item(item.id, owner=f"第{n % 7 + 1}課", due=f"2026-{n % 12 + 1:02d}-15",
                                     status=ACTION_STATUSES[n % 4], note="次回の会議で報告")
        t = time.perf_counter()
        out = folder / "minutes.docx"
        bench.export_minutes(doc_id, out)
        minutes_s = time.perf_counter() - t
        count = pages(out) if "--pages" in sys.argv else "-"
        print(f"minutes: {len(ids)} turns, {count} pages: {minutes_s:.2f} s")
        if "--pdf" in sys.argv and shutil.which("soffice"):
            print(f"minutes .docx + .pdf (LibreOffice) + PAdES: {pdf_seconds(bench, doc_id, folder):.2f} s")
        for suffix in ("docx", "xlsx", "csv"):
            t = time.perf_counter()
            bench.export_followups(folder / f"followups.{suffix}")
            print(f"follow-ups {ITEMS} rows .{suffix}: {time.perf_counter() - t:.2f} s")
        bench.close()


if __name__ == "__main__":
    main()
