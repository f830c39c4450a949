"""Limits on input, checked before a library reads the file, so that a small file built to
inflate (a 3 MB DOCX of 3 GB XML, a sheet of a million rows, a PDF whose 400 KB hold
hundreds of megabytes of page content) is refused with a message instead of taking the
machine's memory or minutes of time.

``check_file`` runs first for every input (a folder, no permission, a name too long);
``check_package`` before python-docx or openpyxl open a DOCX/XLSX, reading only the zip
directory and streaming the XML through a byte counter; ``check_pdf`` before pypdfium2 or
pdfplumber open a PDF, inflating its Flate streams in bounded chunks. Each check of a file
runs once per content (cached by path, size and modification time).

The figures leave room for the largest real documents we know (ten years of a council's
minutes in one DOCX is under 20 MB of XML; a public-comment sheet under 10,000 rows; a fully
embedded CJK font is about 20 MB) and keep every refused file far below 1 GB of memory.
"""
from __future__ import annotations

import os
import re
import zipfile
import zlib
from functools import lru_cache
from pathlib import Path
from typing import IO, Iterator

from app.core.errors import WorkbenchError
from app.core.faults import from_os_error, shown_path

MB = 1 << 20
MAX_FILE_BYTES = 200 * MB          # the file as given
MAX_ZIP_ENTRIES = 2_000            # parts in a DOCX/XLSX (a 300-page report with images: ~200)
MAX_UNPACKED_BYTES = 256 * MB      # all parts unpacked (images included)
MAX_XML_BYTES = 96 * MB            # all XML parts unpacked: python-docx and openpyxl hold them as trees
MAX_XML_TAGS = 6_000_000           # start and end tags in all XML parts (each element costs ~100 bytes)
MAX_SHEET_ROWS = 50_000            # rows in one sheet
MAX_CELLS = 1_000_000              # cells in a workbook
MAX_PDF_PAGES = 2_000
MAX_PDF_OBJECTS = 1_000_000        # the PDF's declared object count (/Size)
MAX_PDF_STREAM_BYTES = 32 * MB     # one inflated stream other than a font or an image
MAX_PDF_FONT_BYTES = 64 * MB       # one inflated embedded font program
MAX_PDF_INFLATED_BYTES = 256 * MB  # all inflated non-image streams
CHUNK = 1 * MB

ROW_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?row[\s>/]")
CELL_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?c[\s>/]")
DTD = re.compile(rb"<!(?:DOCTYPE|ENTITY)")
PDF_SIZE = re.compile(rb"/Size\s+(\d+)")
PDF_PAGE_COUNT = re.compile(rb"/Type\s*/Page[^s]")
PDF_STREAM = re.compile(rb">>\s*stream\r?\n")
PDF_DICT_MAX = 8192  # how far before 'stream' its dictionary may start
PDF_FONT_KEYS = (b"/Length1", b"/Length2", b"/Length3", b"/Type1C", b"/CIDFontType0C", b"/OpenType")


def _size_text(n: int) -> str:
    return f"{n / (1 << 30):.1f} GB" if n >= 1 << 30 else f"{n / MB:.0f} MB"


def check_file(path: Path) -> None:
    """A readable regular file no larger than the limit. Raises WorkbenchError naming it."""
    try:
        st = path.stat()
        if path.is_dir():
            raise WorkbenchError("is_directory", path=shown_path(path))
        with path.open("rb"):
            pass
    except FileNotFoundError as e:
        raise WorkbenchError("not_found", path=shown_path(path)) from e
    except OSError as e:
        raise from_os_error(e, path) from e
    if st.st_size > MAX_FILE_BYTES:
        raise WorkbenchError("too_large_file", path=shown_path(path), size=_size_text(st.st_size),
                             limit=_size_text(MAX_FILE_BYTES))


def _key(path: Path) -> tuple[str, int, int]:
    st = path.stat()
    return str(path.resolve()), st.st_size, st.st_mtime_ns


def check_package(path: Path, kind: str) -> None:
    """A DOCX/XLSX whose parts, unpacked, stay under the limits (and, for XLSX, rows per
    sheet and cells). Raises WorkbenchError; a file that is no zip is left to the reader."""
    try:
        _check_package(_key(path), kind)
    except OSError as e:
        raise from_os_error(e, path) from e


@lru_cache(maxsize=32)
def _check_package(key: tuple[str, int, int], kind: str) -> None:
    path = Path(key[0])
    try:
        z = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, zipfile.LargeZipFile):
        return  # the reader says 'broken_docx'/'broken_xlsx'
    with z:
        infos = z.infolist()
        where = shown_path(path)
        if len(infos) > MAX_ZIP_ENTRIES:
            raise WorkbenchError("too_many_entries", path=where, count=len(infos), limit=MAX_ZIP_ENTRIES)
        total = sum(i.file_size for i in infos)
        xml = [i for i in infos if i.filename.lower().endswith((".xml", ".rels", ".vml"))]
        xml_total = sum(i.file_size for i in xml)
        for declared, limit in ((total, MAX_UNPACKED_BYTES), (xml_total, MAX_XML_BYTES)):
            if declared > limit:
                raise WorkbenchError("too_large_unpacked", path=where, size=_size_text(declared),
                                     limit=_size_text(limit))
        sheets = _sheet_names(z) if kind == "xlsx" else {}
        tags = cells = 0
        for info in xml:
            counts = _scan_xml(z, info, where, sheets.get(info.filename))
            tags += counts[0]
            cells += counts[1]
            if tags > MAX_XML_TAGS:
                raise WorkbenchError("too_large_unpacked", path=where, size=f"{tags:,} 個以上のタグ",
                                     limit=f"{MAX_XML_TAGS:,} 個")
            if cells > MAX_CELLS:
                raise WorkbenchError("too_many_cells", path=where, count=f"{cells:,}", limit=f"{MAX_CELLS:,}")


def _chunks(stream: IO[bytes], limit: int) -> Iterator[bytes]:
    """The stream in chunks, each with the tail of the one before (so a tag cut by a chunk
    boundary is seen whole once); never more than ``limit`` bytes in all."""
    read, tail = 0, b""
    while True:
        block = stream.read(CHUNK)
        if not block:
            return
        read += len(block)
        if read > limit:
            raise OverflowError
        yield tail + block
        tail = block[-32:]


def _scan_xml(z: zipfile.ZipFile, info: zipfile.ZipInfo, where: str, sheet: str | None) -> tuple[int, int]:
    """(tags, cells) of one XML part, streamed; rows of a sheet checked against the limit.
    A DTD (entity definitions: the 'billion laughs') has no place in an Office file."""
    tags = rows = cells = 0
    try:
        with z.open(info) as stream:
            for n, chunk in enumerate(_chunks(stream, info.file_size)):
                body = chunk if n == 0 else chunk[32:]
                tags += body.count(b"<")
                if n == 0 and DTD.search(chunk[:4096]):
                    raise WorkbenchError("too_large_unpacked", path=where, size="DTD を含む XML", limit="DTD なし")
                if sheet is not None:
                    rows += len(ROW_TAG.findall(chunk)) - (len(ROW_TAG.findall(chunk[:32])) if n else 0)
                    cells += len(CELL_TAG.findall(chunk)) - (len(CELL_TAG.findall(chunk[:32])) if n else 0)
                    if rows > MAX_SHEET_ROWS:
                        raise WorkbenchError("too_many_rows", path=where, sheet=sheet, count=f"{rows:,} 以上",
                                             limit=f"{MAX_SHEET_ROWS:,}")
    except (zipfile.BadZipFile, zlib.error, OverflowError, EOFError, NotImplementedError):
        return tags, cells  # damage: the reader says so
    return tags, cells


def _sheet_names(z: zipfile.ZipFile) -> dict[str, str]:
    """Part name (xl/worksheets/sheet1.xml) -> the sheet's name as Excel shows it."""
    try:
        book = z.read("xl/workbook.xml").decode("utf-8", "replace")
        rels = z.read("xl/_rels/workbook.xml.rels").decode("utf-8", "replace")
    except (KeyError, zipfile.BadZipFile, zlib.error):
        return {info.filename: info.filename.rsplit("/", 1)[-1] for info in z.infolist()
                if info.filename.startswith("xl/worksheets/")}
    targets = {m.group(1): m.group(2) for m in re.finditer(r'<Relationship[^>]*?Id="([^"]+)"[^>]*?Target="([^"]+)"', rels)}
    targets.update({m.group(2): m.group(1) for m in re.finditer(r'<Relationship[^>]*?Target="([^"]+)"[^>]*?Id="([^"]+)"', rels)})
    out: dict[str, str] = {}
    for m in re.finditer(r'<(?:\w+:)?sheet\b[^>]*>', book):
        name = re.search(r'\bname="([^"]*)"', m.group(0))
        rid = re.search(r'\br:id="([^"]*)"|\bid="([^"]*)"', m.group(0))
        target = targets.get((rid.group(1) or rid.group(2)) if rid else "", "")
        if target:
            part = target.lstrip("/") if target.startswith("/") else "xl/" + target
            out[os.path.normpath(part).replace(os.sep, "/")] = name.group(1) if name else part
    for info in z.infolist():
        if info.filename.startswith("xl/worksheets/") and info.filename.endswith(".xml"):
            out.setdefault(info.filename, info.filename.rsplit("/", 1)[-1])
    return out


def check_pdf(path: Path) -> None:
    """A PDF with no more pages and objects than the limits, whose Flate streams (other than
    images, which reading text never decodes) inflate to no more than the limits. Raises
    WorkbenchError('too_many_pages'/'too_many_objects'); damage is left to the reader."""
    try:
        _check_pdf(_key(path))
    except OSError as e:
        raise from_os_error(e, path) from e


@lru_cache(maxsize=32)
def _check_pdf(key: tuple[str, int, int]) -> None:
    path = Path(key[0])
    data = path.read_bytes()
    where = shown_path(path)
    sizes = [int(m.group(1)) for m in PDF_SIZE.finditer(data)]
    declared = max(sizes, default=0)
    if declared > MAX_PDF_OBJECTS:
        raise WorkbenchError("too_many_objects", path=where, what="オブジェクト数", count=f"{declared:,}",
                             limit=f"{MAX_PDF_OBJECTS:,}")
    pages = len(PDF_PAGE_COUNT.findall(data))
    total = 0
    for m in PDF_STREAM.finditer(data):
        opened = data.rfind(b"obj", max(0, m.start() - PDF_DICT_MAX), m.start())
        head = data[opened if opened >= 0 else max(0, m.start() - PDF_DICT_MAX):m.start()]
        if b"/FlateDecode" not in head and b"/Fl " not in head and b"/Fl]" not in head:
            continue
        if re.search(rb"/Subtype\s*/Image", head):
            continue
        font = any(k in head for k in PDF_FONT_KEYS)
        limit = MAX_PDF_FONT_BYTES if font else MAX_PDF_STREAM_BYTES
        inflated = _inflated_size(data, m.end(), limit + 1)
        if b"/ObjStm" in head:
            pages += _page_objects_in(data, m.end(), limit)
        total += inflated
        if inflated > limit or total > MAX_PDF_INFLATED_BYTES:
            what = "フォントの展開後の大きさ" if font and inflated > limit else "展開後の大きさ"
            shown = inflated if inflated > limit else total
            raise WorkbenchError("too_many_objects", path=where, what=what, count=_size_text(shown),
                                 limit=_size_text(limit if inflated > limit else MAX_PDF_INFLATED_BYTES))
    if pages > MAX_PDF_PAGES:
        raise WorkbenchError("too_many_pages", path=where, count=f"{pages:,}", limit=f"{MAX_PDF_PAGES:,}")


def _inflated_size(data: bytes, start: int, cap: int) -> int:
    """How many bytes the zlib stream at data[start:] inflates to, stopping past ``cap``;
    the inflated bytes are never held beyond one chunk."""
    inflater = zlib.decompressobj()
    size, pos, pending = 0, start, b""
    try:
        while size <= cap and not inflater.eof:
            if not pending:
                if pos >= len(data):
                    break
                pending, pos = data[pos:pos + CHUNK], pos + CHUNK
            size += len(inflater.decompress(pending, CHUNK))
            pending = inflater.unconsumed_tail
    except zlib.error:
        pass  # damaged: the reader says so
    return size


def _page_objects_in(data: bytes, start: int, cap: int) -> int:
    """Page objects inside a compressed object stream (PDF 1.5+ hides them there)."""
    inflater = zlib.decompressobj()
    try:
        text = inflater.decompress(data[start:start + cap], cap)
    except zlib.error:
        return 0
    return len(PDF_PAGE_COUNT.findall(text))
