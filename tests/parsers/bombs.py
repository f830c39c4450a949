"""Small files that inflate to huge ones, built in a second or two without writing the
inflated bytes: one deflate block of a repeated pattern, emitted after a full flush,
decompresses the same way wherever it stands, so it is computed once and repeated."""
from __future__ import annotations

import struct
import zlib
from pathlib import Path

MB = 1 << 20


def _repeated_deflate(prefix: bytes, pattern: bytes, total: int, suffix: bytes) -> tuple[bytes, int, int]:
    """(raw deflate data, crc32, inflated size) of prefix + pattern repeated to ~total + suffix."""
    chunk = pattern * max(1, MB // len(pattern))
    count = max(1, (total - len(prefix) - len(suffix)) // len(chunk))
    squeeze = zlib.compressobj(9, zlib.DEFLATED, -15)
    head = squeeze.compress(prefix) + squeeze.flush(zlib.Z_FULL_FLUSH)
    block = squeeze.compress(chunk) + squeeze.flush(zlib.Z_FULL_FLUSH)
    again = squeeze.compress(chunk) + squeeze.flush(zlib.Z_FULL_FLUSH)
    assert again == block, "a full flush must make each chunk's block the same"
    tail = squeeze.compress(suffix) + squeeze.flush(zlib.Z_FINISH)
    crc = zlib.crc32(prefix)
    for _ in range(count):
        crc = zlib.crc32(chunk, crc)
    crc = zlib.crc32(suffix, crc)
    data = head + block * count + tail
    return data, crc, len(prefix) + len(chunk) * count + len(suffix)


def write_zip(path: Path, small: dict[str, bytes], big_name: str, prefix: bytes, pattern: bytes,
              total: int, suffix: bytes) -> Path:
    """A zip holding ``small`` entries and one entry of ~total bytes (declared honestly)."""
    entries: list[tuple[str, bytes, int, int, int]] = []  # name, data, crc, size, method
    for name, content in small.items():
        entries.append((name, content, zlib.crc32(content), len(content), 0))
    data, crc, size = _repeated_deflate(prefix, pattern, total, suffix)
    entries.append((big_name, data, crc, size, 8))
    out = bytearray()
    central = bytearray()
    for name, content, crc, size, method in entries:
        encoded = name.encode()
        offset = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, method, 0, 0x21, crc, len(content), size,
                           len(encoded), 0) + encoded + content
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, method, 0, 0x21, crc, len(content),
                               size, len(encoded), 0, 0, 0, 0, 0, offset) + encoded
    start = len(out)
    out += central
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(central), start, 0)
    path.write_bytes(bytes(out))
    return path


W = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
DOCX_PARTS = {
    "[Content_Types].xml": b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
    b'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    b'<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
    b'wordprocessingml.document.main+xml"/></Types>',
    "_rels/.rels": b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
    b'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    b'relationships/officeDocument" Target="word/document.xml"/></Relationships>',
}
XLSX_PARTS = {
    "[Content_Types].xml": b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
    b'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    b'<Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType='
    b'"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/'
    b'worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    b'</Types>',
    "_rels/.rels": b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
    b'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    b'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    "xl/workbook.xml": b'<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
    b'2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
    b'<sheet name="\xe6\x84\x8f\xe8\xa6\x8b\xe4\xb8\x80\xe8\xa6\xa7" sheetId="1" r:id="rId1"/></sheets></workbook>',
    "xl/_rels/workbook.xml.rels": b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
    b'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
    b'2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
}
SHEET_HEAD = (b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              b'<sheetData>')
SHEET_TAIL = b"</sheetData></worksheet>"
ROW = b'<row><c t="inlineStr"><is><t>x</t></is></c></row>'


def docx_bomb(path: Path, inflated: int = 3 << 30) -> Path:
    """A DOCX whose document.xml is ~inflated bytes of empty paragraphs."""
    return write_zip(path, DOCX_PARTS, "word/document.xml",
                     b'<?xml version="1.0"?><w:document ' + W + b"><w:body>", b"<w:p/>", inflated,
                     b"</w:body></w:document>")


def xlsx_bomb(path: Path, inflated: int = 3 << 30) -> Path:
    """An XLSX whose one sheet is ~inflated bytes of blank rows of one cell."""
    return write_zip(path, XLSX_PARTS, "xl/worksheets/sheet1.xml", SHEET_HEAD, b"<row/>", inflated, SHEET_TAIL)


def xlsx_rows(path: Path, rows: int) -> Path:
    """An XLSX whose sheet has about ``rows`` rows of one text cell (a million: 3 MB on disk)."""
    return write_zip(path, XLSX_PARTS, "xl/worksheets/sheet1.xml", SHEET_HEAD, ROW, rows * len(ROW), SHEET_TAIL)


def _pdf(objects: list[bytes]) -> bytes:
    """A PDF of the given object bodies (1 0 obj = the catalog), with a correct xref."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def pdf_content_bomb(path: Path, inflated: int = 400 * MB, pages: int = 1) -> Path:
    """A PDF whose one content stream (a few hundred KB), shown on each of ``pages`` pages,
    inflates to ~inflated bytes of text objects, each a page object for the reader."""
    op = b"BT /F1 12 Tf 72 720 Td (x) Tj ET\n"
    raw, _crc, size = _repeated_deflate(b"", op, inflated, b"")
    adler = 1
    chunk = op * max(1, MB // len(op))
    for _ in range(size // len(chunk)):
        adler = zlib.adler32(chunk, adler)
    data = b"\x78\xda" + raw + struct.pack(">I", adler)
    stream = f"<< /Length {len(data)} /Filter /FlateDecode >>\nstream\n".encode() + data + b"\nendstream"
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
    kids = " ".join(f"{5 + i} 0 R" for i in range(pages)).encode()
    page = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R"
            b" /Resources << /Font << /F1 4 0 R >> >> >>")
    path.write_bytes(_pdf([b"<< /Type /Catalog /Pages 2 0 R >>",
                           b"<< /Type /Pages /Kids [" + kids + b"] /Count " + str(pages).encode() + b" >>",
                           stream, font] + [page] * pages))
    return path


def pdf_many_pages(path: Path, pages: int) -> Path:
    """A PDF of ``pages`` pages sharing one small content stream."""
    first_page = 5
    kids = " ".join(f"{first_page + i} 0 R" for i in range(pages)).encode()
    content = b"BT /F1 12 Tf 72 720 Td (x) Tj ET"
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [" + kids + b"] /Count " + str(pages).encode() + b" >>",
               f"<< /Length {len(content)} >>\nstream\n".encode() + content + b"\nendstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    page = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R"
            b" /Resources << /Font << /F1 4 0 R >> >> >>")
    objects += [page] * pages
    path.write_bytes(_pdf(objects))
    return path
