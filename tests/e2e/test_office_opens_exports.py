"""Every exported file opens in LibreOffice, as a clerk's Word or Excel would open it."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pypdfium2 as pdfium

from app.api import Workbench

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def convert_to_pdf(src: Path, out_dir: Path) -> Path:
    profile = out_dir / "lo-profile"
    subprocess.run([str(SOFFICE), f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(out_dir), str(src)], check=True, capture_output=True, timeout=240)
    return out_dir / (src.stem + ".pdf")


def page_texts(pdf: Path) -> list[str]:
    doc = pdfium.PdfDocument(str(pdf))
    try:
        return [doc[i].get_textpage().get_text_range() for i in range(len(doc))]
    finally:
        doc.close()


def test_exports_open_in_libreoffice(council_bench: Workbench, tmp_path: Path) -> None:
    docs = {d.kind + (d.title[:2] if d.kind == "comments" else ""): d.id for d in council_bench.documents()}
    minutes_id = docs["minutes"]
    council_bench.tag("対応事項", "turn", council_bench.turn_ids(minutes_id)[11])
    comments_id = next(v for k, v in docs.items() if k.startswith("comments"))
    files = [*council_bench.export_minutes(minutes_id, tmp_path / "minutes.docx"),
             council_bench.export_followups(tmp_path / "followups.docx"),
             council_bench.export_followups(tmp_path / "followups.xlsx"),
             council_bench.export_comments(comments_id, tmp_path / "comments.docx")]
    expected = {"minutes": "適切な表現を検討したい", "followups": "適切な表現を検討したい", "comments": "意見"}
    for f in (f for f in files if f.suffix in (".docx", ".xlsx")):
        texts = page_texts(convert_to_pdf(f, tmp_path / f.suffix[1:]))
        assert texts, f"{f.name} gave no pages"
        joined = "".join("".join(t.split()) for t in texts)
        assert expected[f.stem] in joined, f.name
    minutes_pages = page_texts(tmp_path / "docx" / "minutes.pdf")
    assert len(minutes_pages) >= 5 and "-1-" in "".join(minutes_pages[0].split())
