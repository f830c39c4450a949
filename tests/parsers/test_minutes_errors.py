"""Bad input gives a WorkbenchError with a code a clerk can act on; nothing half-parsed."""
from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from minutes_builders import write_image_pdf, write_pdf, write_text

from app.core.errors import WorkbenchError
from parsers import parse_file

ROWS = [("○議長（山田太郎君）", "開会します。")]


def _code(path: Path) -> str:
    with pytest.raises(WorkbenchError) as e:
        parse_file(path, "minutes")
    assert str(path) in e.value.message_ja()
    return e.value.code


def test_scanned_pdf(tmp_path: Path) -> None:
    assert _code(write_image_pdf(tmp_path / "scan.pdf")) == "scanned_pdf"


def test_encrypted_pdf(tmp_path: Path) -> None:
    assert _code(write_pdf(tmp_path / "enc.pdf", ROWS, encrypt="secret")) == "encrypted_pdf"


def test_truncated_pdf(tmp_path: Path) -> None:
    good = write_pdf(tmp_path / "good.pdf", ROWS).read_bytes()
    bad = tmp_path / "cut.pdf"
    bad.write_bytes(good[: len(good) // 3])
    assert _code(bad) == "broken_pdf"


def test_not_a_pdf(tmp_path: Path) -> None:
    p = tmp_path / "x.pdf"
    p.write_bytes(b"this is not a pdf at all")
    assert _code(p) == "broken_pdf"


def test_zip_that_is_not_docx(tmp_path: Path) -> None:
    p = tmp_path / "x.docx"
    with zipfile.ZipFile(p, "w") as z:
        z.writestr("hello.txt", "hi")
    assert _code(p) == "broken_docx"


@pytest.mark.parametrize("name", ["e.txt", "e.pdf", "e.docx"])
def test_empty_file(tmp_path: Path, name: str) -> None:
    p = tmp_path / name
    p.write_bytes(b"")
    assert _code(p) == "empty"


def test_blank_text_file(tmp_path: Path) -> None:
    p = tmp_path / "b.txt"
    p.write_text("\n   \n", encoding="utf-8")
    assert _code(p) == "empty"


def test_undecodable_text(tmp_path: Path) -> None:
    p = tmp_path / "u.txt"
    p.write_bytes(bytes([0x85, 0x40, 0xA0, 0xFD, 0x00, 0x01, 0x9F]) * 50)
    assert _code(p) == "unknown_encoding"


def test_document_without_turns(tmp_path: Path) -> None:
    p = write_text(tmp_path / "n.txt", [], header=["お知らせ", "本日は晴天なり。", "以上"])
    assert _code(p) == "no_content"
