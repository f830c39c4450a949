"""Files the comment parser cannot read fail with the WorkbenchError code a clerk acts on."""
from __future__ import annotations

from pathlib import Path

import pytest
from comments_builders import Line, Section, write_docx

from app.core.errors import Cancelled, WorkbenchError
from parsers.comments import parse_comments


def code_of(path: Path) -> str:
    with pytest.raises(WorkbenchError) as e:
        parse_comments(path, "x")
    assert str(path) in e.value.message_ja()
    return e.value.code


def test_scanned_pdf_without_text(tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(tmp_path / "scan.pdf"))
    c.rect(50, 50, 400, 600, fill=1)
    c.save()
    assert code_of(tmp_path / "scan.pdf") == "scanned_pdf"


def test_encrypted_pdf(tmp_path: Path) -> None:
    from reportlab.lib.pdfencrypt import StandardEncryption
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(tmp_path / "lock.pdf"), encrypt=StandardEncryption("secret", canPrint=0))
    c.drawString(100, 700, "No comments")
    c.save()
    assert code_of(tmp_path / "lock.pdf") == "encrypted_pdf"


def test_broken_pdf(tmp_path: Path) -> None:
    (tmp_path / "bad.pdf").write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 50)
    assert code_of(tmp_path / "bad.pdf") == "broken_pdf"


def test_broken_docx_and_xlsx(tmp_path: Path) -> None:
    (tmp_path / "bad.docx").write_bytes(b"PK\x03\x04 not really a zip")
    (tmp_path / "bad.xlsx").write_bytes(b"PK\x03\x04 not really a zip")
    assert code_of(tmp_path / "bad.docx") == "broken_docx"
    assert code_of(tmp_path / "bad.xlsx") == "broken_xlsx"


def test_empty_files(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"  \n\n ")
    assert code_of(tmp_path / "empty.txt") == "empty"
    assert code_of(tmp_path / "blank.txt") == "empty"


def test_undecodable_text(tmp_path: Path) -> None:
    (tmp_path / "noise.txt").write_bytes(bytes(range(128, 256)) * 8)
    assert code_of(tmp_path / "noise.txt") == "unknown_encoding"


def test_no_table_found(tmp_path: Path) -> None:
    import docx
    d = docx.Document()
    d.add_paragraph("令和7年度 第1回 会議録")
    d.add_paragraph("議長　ただいまから会議を開きます。")
    d.save(str(tmp_path / "minutes.docx"))
    (tmp_path / "memo.txt").write_text("連絡事項\n来週の会議は中止です。\n", encoding="utf-8")
    assert code_of(tmp_path / "minutes.docx") == "no_comments"
    assert code_of(tmp_path / "memo.txt") == "no_comments"


def test_cancel_stops_the_parse(tmp_path: Path) -> None:
    path = write_docx(tmp_path / "t.docx", "結果", [Section("（１）意見", [Line("1", "意見", "考え方")])])

    class Stop:
        def step(self, done: int, total: int, label: str = "") -> None:
            return None

        def cancelled(self) -> bool:
            return True

    with pytest.raises(Cancelled):
        parse_comments(path, "x", Stop())
