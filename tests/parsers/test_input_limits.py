"""Files built to exhaust the machine are refused with one Japanese line, in well under a
minute and 1 GB (peak RSS of a fresh interpreter, measured with resource.getrusage)."""
from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import time
import zipfile
from pathlib import Path

import pytest

from parsers import input_limits
from tests.conftest import FIXTURES, ROOT
from tests.parsers import bombs

GB = 1 << 30
MEMORY_LIMIT_KB = 1024 * 1024  # 1 GB, in ru_maxrss units (KB on Linux)
TIME_LIMIT_S = 60

PARSE = textwrap.dedent("""
    import json, resource, sys
    from app.core.errors import WorkbenchError
    from parsers import parse_file
    try:
        parse_file(sys.argv[1], sys.argv[2] or None)
        outcome = {"parsed": True}
    except WorkbenchError as e:
        outcome = {"code": e.code, "message": e.message_ja()}
    outcome["maxrss_kb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps(outcome, ensure_ascii=False))
""")


def parse_in_child(path: Path, as_kind: str | None = None) -> dict[str, object]:
    """Parse in a fresh interpreter; its outcome, peak memory and wall time."""
    start = time.monotonic()
    r = subprocess.run([sys.executable, "-c", PARSE, str(path), as_kind or ""], cwd=ROOT, check=False, capture_output=True,
                       text=True, timeout=TIME_LIMIT_S * 2)
    elapsed = time.monotonic() - start
    assert r.returncode == 0 and "Traceback" not in r.stderr, r.stderr
    outcome: dict[str, object] = json.loads(r.stdout)
    outcome["seconds"] = elapsed
    return outcome


def assert_refused(outcome: dict[str, object], code: str, name: str, *words: str) -> None:
    assert outcome.get("code") == code, outcome
    message = str(outcome["message"])
    assert name in message and "\n" not in message
    for w in words:
        assert w in message, message
    assert int(outcome["maxrss_kb"]) < MEMORY_LIMIT_KB, outcome  # type: ignore[call-overload]
    assert float(outcome["seconds"]) < TIME_LIMIT_S, outcome  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def bomb_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("bombs")


def test_a_docx_inflating_to_3_gb(bomb_dir: Path) -> None:
    bomb = bombs.docx_bomb(bomb_dir / "爆弾.docx", 3 * GB)
    assert bomb.stat().st_size < 6 << 20
    assert sum(i.file_size for i in zipfile.ZipFile(bomb).infolist()) >= 3 * GB - (2 << 20)
    for kind in (None, "minutes", "comments"):
        assert_refused(parse_in_child(bomb, kind), "too_large_unpacked", "爆弾.docx", "3.0 GB", "上限 256 MB")


def test_an_xlsx_inflating_to_3_gb(bomb_dir: Path) -> None:
    bomb = bombs.xlsx_bomb(bomb_dir / "爆弾.xlsx", 3 * GB)
    assert bomb.stat().st_size < 6 << 20
    assert_refused(parse_in_child(bomb), "too_large_unpacked", "爆弾.xlsx", "3.0 GB")


def test_a_sheet_of_a_million_rows(bomb_dir: Path) -> None:
    sheet = bombs.xlsx_rows(bomb_dir / "百万行.xlsx", 1_000_000)
    with zipfile.ZipFile(sheet) as z:
        assert z.read("xl/worksheets/sheet1.xml")[-2000:].count(b"<row>") > 10  # rows to the end
    assert_refused(parse_in_child(sheet), "too_many_rows", "百万行.xlsx", "シート「意見一覧」", "20,000 行")


def test_many_cells_in_few_rows_and_a_huge_merged_range(bomb_dir: Path) -> None:
    wide = bomb_dir / "横長.xlsx"
    cells = b"".join(b'<c r="%s1" t="inlineStr"><is><t>x</t></is></c>' % col for col in (b"A", b"XFD"))
    rows = b"".join(b'<row r="%d">' % r + cells.replace(b"1\"", b'%d"' % r) + b"</row>" for r in range(1, 20))
    parts = dict(bombs.XLSX_PARTS, **{"xl/worksheets/sheet1.xml": bombs.SHEET_HEAD + rows + bombs.SHEET_TAIL})
    with zipfile.ZipFile(wide, "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)
    assert_refused(parse_in_child(wide), "too_many_cells", "横長.xlsx", "100,000")
    merged = bomb_dir / "結合.xlsx"
    sheet = bombs.SHEET_HEAD + b'<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row></sheetData>' \
        b'<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells></worksheet>'
    with zipfile.ZipFile(merged, "w") as z:
        for name, data in dict(bombs.XLSX_PARTS, **{"xl/worksheets/sheet1.xml": sheet}).items():
            z.writestr(name, data)
    assert_refused(parse_in_child(merged), "too_many_cells", "結合.xlsx")


def test_a_docx_of_empty_paragraphs(bomb_dir: Path) -> None:
    """Small enough unpacked (1 MB) but a million paragraphs: python-docx would take minutes."""
    bomb = bombs.docx_bomb(bomb_dir / "段落.docx", 6 << 20)
    assert_refused(parse_in_child(bomb, "minutes"), "too_many_parts", "段落.docx", "段落", "100,000")


def test_an_xml_part_with_entity_definitions(bomb_dir: Path) -> None:
    laughs = bomb_dir / "laughs.docx"
    document = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
                + b"".join(b'<!ENTITY lol%d "%s">' % (i, b"&lol%d;" % (i - 1) * 10 if i else b"&lol;" * 10)
                           for i in range(10))
                + b']><w:document ' + bombs.W + b"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>")
    with zipfile.ZipFile(laughs, "w") as z:
        for name, data in dict(bombs.DOCX_PARTS, **{"word/document.xml": document}).items():
            z.writestr(name, data)
    assert_refused(parse_in_child(laughs, "minutes"), "too_large_unpacked", "laughs.docx", "DTD")


def test_a_400_kb_pdf_of_400_mb_page_content(bomb_dir: Path) -> None:
    bomb = bombs.pdf_content_bomb(bomb_dir / "爆弾.pdf", 400 << 20)
    assert bomb.stat().st_size < 2 << 20
    for kind in (None, "minutes", "comments"):
        assert_refused(parse_in_child(bomb, kind), "too_many_objects", "爆弾.pdf", "ページ内容")


def test_one_content_stream_drawn_on_many_pages(bomb_dir: Path) -> None:
    """10 MB of content, under the one-stream limit, shown on 50 pages: 500 MB to parse."""
    bomb = bombs.pdf_content_bomb(bomb_dir / "共有.pdf", 10 << 20, pages=50)
    assert_refused(parse_in_child(bomb, "minutes"), "too_many_objects", "共有.pdf", "64 MB")


def test_a_pdf_of_too_many_pages(bomb_dir: Path) -> None:
    many = bombs.pdf_many_pages(bomb_dir / "頁.pdf", 5_000)
    assert_refused(parse_in_child(many), "too_many_pages", "頁.pdf", "5,000 ページ", "2,000")


def test_the_comment_reader_has_its_own_smaller_budget(bomb_dir: Path) -> None:
    """2 MB of page content: PDFium reads it in a second or two, pdfminer would take a minute."""
    pdf = bombs.pdf_content_bomb(bomb_dir / "表.pdf", 2 << 20)
    assert_refused(parse_in_child(pdf, "comments"), "too_many_objects", "表.pdf", "1.5 MB")
    outcome = parse_in_child(pdf, "minutes")
    assert outcome.get("code") != "too_many_objects", outcome


def test_every_fixture_is_within_the_limits() -> None:
    for path in sorted(FIXTURES.rglob("*")):
        if path.suffix == ".pdf":
            for reader in input_limits.PDF_READERS:
                input_limits.check_pdf(path, reader)
        elif path.suffix in (".docx", ".xlsx"):
            input_limits.check_package(path, path.suffix[1:])
