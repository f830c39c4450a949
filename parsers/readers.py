"""Opening input files safely: format sniffing, text decoding, PDF/DOCX/XLSX/HTML handles.

Every failure becomes a WorkbenchError naming the file, so callers never see a library's
own exception for bad input.
"""
from __future__ import annotations

import hashlib
import re
import zipfile
from pathlib import Path
from typing import Any

from app.core.errors import WorkbenchError
from parsers.input_limits import check_package, check_pdf

FORMATS = ("pdf", "docx", "xlsx", "txt", "html")
TEXT_SUFFIXES = {".txt", ".text", ".csv", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
# A web page saved from a 会議録検索 system: its first bytes (after a BOM or blank space)
# open one of these, whatever the file is called.
HTML_OPENINGS = (b"<!doctype html", b"<html", b"<?xml", b"<head", b"<meta", b"<!--")
# The charset a page declares: <meta charset="…"> or http-equiv content="…; charset=…".
META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.IGNORECASE)
# What pages declare, to the codec that reads them (Shift_JIS pages use CP932's extras).
CHARSET_CODECS = {"shift_jis": "cp932", "shift-jis": "cp932", "sjis": "cp932", "x-sjis": "cp932",
                  "windows-31j": "cp932", "ms932": "cp932", "cp932": "cp932", "euc-jp": "euc_jp",
                  "x-euc-jp": "euc_jp", "iso-2022-jp": "iso2022_jp", "utf-8": "utf-8", "utf8": "utf-8"}
# The encodings Japanese offices save text in; charset-normalizer chooses among these only,
# so a CP932 file is never read as, say, Latin-1.
JAPANESE_ENCODINGS = ["utf_8", "cp932", "euc_jp", "iso2022_jp"]
PREVIEW_CHARS = 3000


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def file_format(path: Path) -> str:
    """pdf, docx, xlsx, html or txt by content first (a .pdf that is not one is caught later)."""
    suffix = path.suffix.lower()
    with path.open("rb") as f:
        head = f.read(8)
        if suffix in HTML_SUFFIXES or suffix in TEXT_SUFFIXES or suffix == "":
            opening = (head + f.read(504)).lstrip(b"\xef\xbb\xbf \t\r\n").lower()
            if opening.startswith(HTML_OPENINGS) and b"<html" in opening + f.read(2048).lower():
                return "html"
    if head.startswith(b"%PDF") or suffix == ".pdf":
        return "pdf"
    if head.startswith(b"PK"):
        if suffix in (".docx", ".xlsx"):
            return suffix[1:]
        try:
            with zipfile.ZipFile(path) as z:
                names = set(z.namelist())
        except zipfile.BadZipFile:
            return suffix.lstrip(".")
        return "xlsx" if "xl/workbook.xml" in names else "docx" if "word/document.xml" in names else "zip"
    if suffix in (".docx", ".xlsx"):
        return suffix[1:]
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in TEXT_SUFFIXES or suffix == "":
        return "txt"
    return suffix.lstrip(".")


def decode_text(path: Path) -> str:
    """The text of a plain-text file in UTF-8 (BOM or not), CP932, EUC-JP or ISO-2022-JP.

    Raises WorkbenchError('unknown_encoding') rather than guess when no candidate fits.
    """
    data = path.read_bytes()
    if not data.strip():
        raise WorkbenchError("empty", path=str(path))
    for bom, enc in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return data.decode(enc)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    decodable = [enc for enc in JAPANESE_ENCODINGS[1:] if _decodes(data, enc)]
    if len(decodable) == 1:
        return data.decode(decodable[0])
    from charset_normalizer import from_bytes

    # charset-normalizer finds nothing for some valid CP932 files (seen with ～ U+FF5E in
    # a generated minutes header), hence the strict decodes above and below.
    best = from_bytes(data, cp_isolation=decodable or JAPANESE_ENCODINGS).best()
    if best is None:
        raise WorkbenchError("unknown_encoding", path=str(path))
    text = str(best)
    if best.chaos > 0.2 or "\ufffd" in text:
        raise WorkbenchError("unknown_encoding", path=str(path))
    return text


def decode_html(path: Path) -> str:
    """The text of a saved web page, in the charset its meta tag declares (UTF-8, Shift_JIS,
    EUC-JP …), else as a text file is read. Raises WorkbenchError('unknown_encoding')."""
    data = path.read_bytes()
    if not data.strip():
        raise WorkbenchError("empty", path=str(path))
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    m = META_CHARSET.search(data[:4096])
    codec = CHARSET_CODECS.get(m.group(1).decode("ascii").lower()) if m else None
    if codec is not None:
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            pass  # a page that lies about its charset is read like a text file
    return decode_text(path)


def _decodes(data: bytes, encoding: str) -> bool:
    """True when data decodes strictly as encoding and yields no control characters."""
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return False
    return not any(ord(c) < 32 and c not in "\r\n\t\f" for c in text)


def open_pdf(path: Path) -> Any:
    """A pdfplumber PDF; the caller closes it. Maps encryption and damage to clear errors."""
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    check_pdf(path, "pdfplumber")
    try:
        pdf = pdfplumber.open(path)
        _ = pdf.pages  # forces the page tree to be read
    except Exception as e:  # pdfminer raises many kinds for damaged files
        code = "encrypted_pdf" if _is_encryption_error(e, (PDFPasswordIncorrect, PDFEncryptionError)) \
            else "broken_pdf"
        raise WorkbenchError(code, path=str(path)) from e
    if not pdf.pages:
        pdf.close()
        raise WorkbenchError("broken_pdf", path=str(path))
    return pdf


def _is_encryption_error(e: BaseException, kinds: tuple[type[BaseException], ...]) -> bool:
    """pdfplumber wraps pdfminer's password error with an empty message: look inside."""
    seen: list[BaseException] = []
    todo: list[object] = [e]
    while todo:
        x = todo.pop()
        if not isinstance(x, BaseException) or x in seen:
            continue
        seen.append(x)
        if isinstance(x, kinds) or any(w in str(x).lower() for w in ("password", "encrypt")):
            return True
        todo.extend([*x.args, x.__cause__, x.__context__])
    return False


def open_docx(path: Path) -> Any:
    import docx

    check_package(path, "docx")
    try:
        return docx.Document(str(path))
    except Exception as e:  # python-docx raises zip, XML and key errors for damaged files
        raise WorkbenchError("broken_docx", path=str(path)) from e


def open_xlsx(path: Path) -> Any:
    import openpyxl

    check_package(path, "xlsx")
    try:
        return openpyxl.load_workbook(str(path), data_only=True)
    except Exception as e:
        raise WorkbenchError("broken_xlsx", path=str(path)) from e


def preview_text(path: Path) -> str:
    """The first few thousand characters of any supported file, for kind detection."""
    fmt = file_format(path)
    if fmt == "txt":
        return decode_text(path)[:PREVIEW_CHARS]
    if fmt == "docx":
        d = open_docx(path)
        parts = [p.text for p in d.paragraphs[:60]]
        for t in d.tables[:2]:
            for row in t.rows[:3]:
                parts.extend(c.text for c in row.cells)
        return "\n".join(parts)[:PREVIEW_CHARS]
    if fmt == "pdf":
        import pypdfium2 as pdfium

        check_pdf(path)
        try:
            doc = pdfium.PdfDocument(str(path))
        except pdfium.PdfiumError as e:
            msg = str(e).lower()
            code = "encrypted_pdf" if "password" in msg else "broken_pdf"
            raise WorkbenchError(code, path=str(path)) from e
        try:
            return "".join(doc[i].get_textpage().get_text_range() for i in range(min(2, len(doc))))[:PREVIEW_CHARS]
        finally:
            doc.close()
    return ""
