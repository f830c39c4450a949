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
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import IO

from app.core.errors import WorkbenchError
from app.core.faults import from_os_error, shown_path

MB = 1 << 20
MAX_FILE_BYTES = 200 * MB          # the file as given
MAX_ZIP_ENTRIES = 2_000            # parts in a DOCX/XLSX (a 300-page report with images: ~200)
MAX_UNPACKED_BYTES = 256 * MB      # all parts unpacked (images included)
MAX_XML_BYTES = 96 * MB            # all XML parts unpacked: python-docx and openpyxl hold them as trees
MAX_XML_TAGS = 1_500_000           # start and end tags in all XML parts (a 20-page DOCX: 26,000)
MAX_PARAGRAPHS = 100_000           # DOCX paragraphs (python-docx reads ~20,000 a second; a 20-page DOCX: ~700)
MAX_TABLE_CELLS = 200_000          # DOCX table cells
MAX_SHEET_ROWS = 20_000            # rows in one sheet (openpyxl reads ~4,000 cells a second here)
MAX_CELLS = 100_000                # cells of a workbook's sheets, counted as rows x used columns
MAX_PDF_PAGES = 2_000
MAX_PDF_OBJECTS = 1_000_000        # the PDF's declared object count (/Size)
MAX_PDF_FONT_BYTES = 64 * MB       # one inflated embedded font program
MAX_PDF_INFLATED_BYTES = 256 * MB  # all inflated non-image streams
CHUNK = 1 * MB
TAIL = 64  # bytes of a chunk carried into the next, so a tag cut at the boundary is seen whole

ROW_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?row[\s>/]")
CELL_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?c[\s>/]")
CELL_COLUMN = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?c\s[^>]*?\br=\"([A-Za-z]{1,3})[0-9]")
MERGE_RANGE = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?mergeCell\s[^>]*?\bref=\"([A-Za-z]{1,3})([0-9]{1,7}):([A-Za-z]{1,3})([0-9]{1,7})")
PARAGRAPH_TAG = re.compile(rb"<w:p[\s>/]")
TABLE_CELL_TAG = re.compile(rb"<w:tc[\s>/]")
DTD = re.compile(rb"<!(?:DOCTYPE|ENTITY)")
PDF_SIZE = re.compile(rb"/Size\s+(\d+)")
PDF_PAGE_TYPE = re.compile(rb"/Type\s*/Page(?![s\w])")
PDF_DICT_SCAN = 65536  # how far from /Type /Page its dictionary's ends are looked for
PDF_CONTENTS = re.compile(rb"/Contents\s*(\[[^\]]*\]|\d+\s+\d+\s+R)")
PDF_REF = re.compile(rb"(\d+)\s+\d+\s+R")
PDF_OBJ_NUMBER = re.compile(rb"(\d+)\s+\d+\s+obj$")
PDF_STREAM = re.compile(rb">>\s*stream\r?\n")
PDF_DICT_MAX = 8192  # how far before 'stream' its dictionary may start
PDF_FONT_KEYS = (b"/Length1", b"/Length2", b"/Length3", b"/Type1C", b"/CIDFontType0C", b"/OpenType")


def _size_text(n: int) -> str:
    if n >= 1 << 30:
        return f"{n / (1 << 30):.1f} GB"
    return f"{n / MB:.1f}".rstrip("0").rstrip(".") + " MB"


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
                raise WorkbenchError("too_many_cells", path=where, limit=f"{MAX_CELLS:,}")


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
        tail = block[-TAIL:]


class _Counts:
    """What one streamed XML part holds: tags, and per kind of part the costly elements."""

    def __init__(self) -> None:
        self.tags = self.rows = self.cells = self.max_column = self.merged = 0
        self.paragraphs = self.table_cells = 0

    def add(self, pattern: re.Pattern[bytes], chunk: bytes, first: bool) -> int:
        """Matches in chunk, less those wholly inside the carried-over tail (counted before)."""
        return len(pattern.findall(chunk)) - (0 if first else len(pattern.findall(chunk[:TAIL])))

    def grid(self) -> int:
        return max(self.cells, self.rows * self.max_column) + self.merged


def _column_number(letters: bytes) -> int:
    n = 0
    for ch in letters.upper():
        n = n * 26 + ch - 64
    return n


def _scan_xml(z: zipfile.ZipFile, info: zipfile.ZipInfo, where: str, sheet: str | None) -> tuple[int, int]:
    """(tags, grid cells) of one XML part, streamed; rows of a sheet and paragraphs and table
    cells of a DOCX body checked against their limits. A DTD (entity definitions: the
    'billion laughs') has no place in an Office file."""
    n = _Counts()
    body_part = info.filename.startswith("word/")
    try:
        with z.open(info) as stream:
            for k, chunk in enumerate(_chunks(stream, info.file_size)):
                first = k == 0
                n.tags += chunk.count(b"<") - (0 if first else chunk[:TAIL].count(b"<"))
                if first and DTD.search(chunk[:4096]):
                    raise WorkbenchError("too_large_unpacked", path=where, size="DTD を含む XML", limit="DTD なし")
                if body_part:
                    n.paragraphs += n.add(PARAGRAPH_TAG, chunk, first)
                    n.table_cells += n.add(TABLE_CELL_TAG, chunk, first)
                    for count, limit, what in ((n.paragraphs, MAX_PARAGRAPHS, "段落"),
                                               (n.table_cells, MAX_TABLE_CELLS, "表のセル")):
                        if count > limit:
                            raise WorkbenchError("too_many_parts", path=where, what=what, limit=f"{limit:,}")
                if sheet is None:
                    continue
                n.rows += n.add(ROW_TAG, chunk, first)
                n.cells += n.add(CELL_TAG, chunk, first)
                columns = CELL_COLUMN.findall(chunk)
                if columns:
                    n.max_column = max(n.max_column, max(_column_number(c) for c in columns))
                for m in MERGE_RANGE.finditer(chunk, 0 if first else TAIL):
                    a, r1, b, r2 = m.groups()
                    n.merged += (abs(_column_number(b) - _column_number(a)) + 1) * (abs(int(r2) - int(r1)) + 1)
                if n.rows > MAX_SHEET_ROWS:
                    raise WorkbenchError("too_many_rows", path=where, sheet=sheet, limit=f"{MAX_SHEET_ROWS:,}")
                if n.grid() > MAX_CELLS:
                    raise WorkbenchError("too_many_cells", path=where, limit=f"{MAX_CELLS:,}")
    except (zipfile.BadZipFile, zlib.error, OverflowError, EOFError, NotImplementedError):
        pass  # damage: the reader says so
    return n.tags, n.grid() if sheet is not None else 0


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


@dataclass(frozen=True)
class PdfLimits:
    """What one PDF reader takes in under a minute and well under 1 GB here: PDFium reads
    31 MB of page content in 9 s with 500 MB; pdfminer (pdfplumber's table geometry) reads
    about 35 KB of page content a second, so a 100-page Word-made table (1.4 MB) is its most."""

    stream: int  # one inflated content stream (page, form, object stream)
    content: int  # all inflated content streams


PDF_READERS = {"pdfium": PdfLimits(16 * MB, 64 * MB), "pdfplumber": PdfLimits(int(1.5 * MB), int(1.5 * MB))}


@dataclass(frozen=True)
class _PdfSizes:
    objects: int  # declared (/Size)
    pages: int  # page objects, in the file and in object streams
    largest_stream: int  # the largest inflated content stream
    content: int  # all inflated content streams
    largest_font: int
    total: int  # all inflated streams but images


def check_pdf(path: Path, reader: str = "pdfium") -> None:
    """A PDF with no more pages and objects than the limits, whose Flate streams (other than
    images, which reading text never decodes) inflate to no more than ``reader`` (pdfium or
    pdfplumber) reads in time. Raises WorkbenchError('too_many_pages'/'too_many_objects');
    damage is left to the reader."""
    try:
        sizes = _pdf_sizes(_key(path))
    except OSError as e:
        raise from_os_error(e, path) from e
    where = shown_path(path)
    limits = PDF_READERS[reader]
    if sizes.objects > MAX_PDF_OBJECTS:
        raise WorkbenchError("too_many_objects", path=where, what="オブジェクト数", limit=f"{MAX_PDF_OBJECTS:,} 個")
    for what, size, limit in (("フォント1つの展開後の大きさ", sizes.largest_font, MAX_PDF_FONT_BYTES),
                              ("ページ内容1つの展開後の大きさ", sizes.largest_stream, limits.stream),
                              ("ページ内容の展開後の大きさ", sizes.content, limits.content),
                              ("展開後の大きさ", sizes.total, MAX_PDF_INFLATED_BYTES)):
        if size > limit:
            raise WorkbenchError("too_many_objects", path=where, what=what, limit=_size_text(limit))
    if sizes.pages > MAX_PDF_PAGES:
        raise WorkbenchError("too_many_pages", path=where, count=f"{sizes.pages:,}", limit=f"{MAX_PDF_PAGES:,}")


@lru_cache(maxsize=32)
def _pdf_sizes(key: tuple[str, int, int]) -> _PdfSizes:
    """Measure a PDF from its bytes: each stream's inflated size (in bounded chunks), and per
    page the content it draws. A page's cost is the sum of its /Contents streams, so one
    large stream shared by every page counts once per page, as the readers parse it."""
    data = Path(key[0]).read_bytes()
    declared = max((int(m.group(1)) for m in PDF_SIZE.finditer(data)), default=0)
    stream_cap = max(r.stream for r in PDF_READERS.values())
    stream_sizes: dict[int, int] = {}
    page_dicts = _page_dicts(data)
    largest_font = total = 0
    for m in PDF_STREAM.finditer(data):
        opened = data.rfind(b"obj", max(0, m.start() - PDF_DICT_MAX), m.start())
        head = data[opened if opened >= 0 else max(0, m.start() - PDF_DICT_MAX):m.start()]
        number = PDF_OBJ_NUMBER.search(data[max(0, opened - 24):opened + 3]) if opened >= 0 else None
        if re.search(rb"/Subtype\s*/Image", head):
            continue
        font = any(k in head for k in PDF_FONT_KEYS)
        cap = (MAX_PDF_FONT_BYTES if font else stream_cap) + 1
        if b"/Filter" not in head:
            end = data.find(b"endstream", m.end())
            inflated = (end if end >= 0 else len(data)) - m.end()
        elif b"/FlateDecode" in head or re.search(rb"/Fl\b", head):
            inflated = _inflated_size(data, m.end(), cap)
        else:
            continue  # other filters (images' DCT, JPX, CCITT, JBIG2) are not read for text
        if font:
            largest_font = max(largest_font, inflated)
        elif number is not None:
            stream_sizes[int(number.group(1))] = inflated
        if b"/ObjStm" in head:
            page_dicts += _page_dicts(_inflated(data, m.end(), stream_cap))
        total += inflated
        if total > MAX_PDF_INFLATED_BYTES:
            break
    costs = [sum(stream_sizes.get(int(ref), 0) for ref in PDF_REF.findall(_contents(d))) for d in page_dicts]
    return _PdfSizes(declared, len(page_dicts), max(costs, default=0), sum(costs), largest_font, total)


def _page_dicts(data: bytes) -> list[bytes]:
    """The top level of each page dictionary (nested dictionaries left out) in data."""
    out = []
    for m in PDF_PAGE_TYPE.finditer(data):
        start, depth, i = -1, 0, m.start()
        while i > max(0, m.start() - PDF_DICT_SCAN):
            pair = data[i - 2:i]
            if pair == b">>":
                depth, i = depth + 1, i - 2
            elif pair == b"<<":
                if depth == 0:
                    start = i
                    break
                depth, i = depth - 1, i - 2
            else:
                i -= 1
        if start < 0:
            continue
        top, depth, i = bytearray(), 0, start
        while i < min(len(data), start + PDF_DICT_SCAN):
            pair = data[i:i + 2]
            if pair == b"<<":
                depth, i = depth + 1, i + 2
            elif pair == b">>":
                if depth == 0:
                    break
                depth, i = depth - 1, i + 2
            else:
                if depth == 0:
                    top.append(data[i])
                i += 1
        out.append(bytes(top))
    return out


def _contents(page: bytes) -> bytes:
    """The /Contents value of a page dictionary: one reference or an array of them."""
    m = PDF_CONTENTS.search(page)
    return m.group(1) if m else b""


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


def _inflated(data: bytes, start: int, cap: int) -> bytes:
    """The zlib stream at data[start:] inflated, at most ``cap`` bytes (an object stream)."""
    try:
        return zlib.decompressobj().decompress(data[start:start + cap], cap)
    except zlib.error:
        return b""
