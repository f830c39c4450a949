"""The content fingerprint of exported minutes, computable from the .docx alone.

The fingerprint is SHA-256 over the canonical text of the document body: every paragraph
of ``word/document.xml`` in document order (table cells included, row by row), one per
line, tabs and breaks kept, with the paragraphs of the fingerprint style itself left out —
so the value can be printed in the document it describes. ``gijiroku verify`` recomputes it
and compares it with the printed value and the ``gijiroku-fingerprint`` custom property.
The detached CMS signature (app/signing.py) covers the final bytes; the fingerprint names
the content, so a re-saved but unchanged text still shows which content was signed.
"""
from __future__ import annotations

import hashlib
import io
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
FINGERPRINT_STYLE = "Fingerprint"  # the style id of the paragraph printing the value
FINGERPRINT_PROPERTY = "gijiroku-fingerprint"
CUSTOM_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
FINGERPRINT_LABEL = "文書指紋（SHA-256）："
MAX_PART_BYTES = 64 * 1024 * 1024  # the XML of 1,000 pages of minutes is under 20 MB


def _w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


def paragraph_text(p: Any) -> str:
    """The text of a ``w:p`` element: w:t, with w:tab as a tab and w:br as a newline."""
    out = []
    for el in p.iter(_w("t"), _w("tab"), _w("br"), _w("instrText")):
        if el.tag == _w("t"):
            out.append(el.text or "")
        elif el.tag == _w("tab") and el.getparent().tag == _w("r"):
            out.append("\t")
        elif el.tag == _w("br"):
            out.append("\n")
    return "".join(out)


def _style_of(p: Any) -> str | None:
    ppr = p.find(_w("pPr"))
    style = ppr.find(_w("pStyle")) if ppr is not None else None
    return style.get(_w("val")) if style is not None else None


def canonical_lines(body: Any) -> Iterable[str]:
    """The body's paragraph texts in order, without fingerprint-style paragraphs."""
    for p in body.iter(_w("p")):
        if _style_of(p) != FINGERPRINT_STYLE:
            yield paragraph_text(p)


def fingerprint_of_body(body: Any) -> str:
    """SHA-256 hex of the canonical text of a ``w:body`` (or ``w:document``) element."""
    text = "\n".join(canonical_lines(body))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class FingerprintCheck:
    computed: str
    stored: str | None  # the custom property
    printed: str | None  # the value printed in the document

    @property
    def ok(self) -> bool:
        return self.stored == self.computed and self.printed == self.computed


def check_docx(data: bytes) -> FingerprintCheck:
    """Recompute a .docx's fingerprint and read the stored and printed ones.

    Raises zipfile.BadZipFile, KeyError, ValueError (a part that would unpack past
    MAX_PART_BYTES: a zip bomb is not inflated) or etree.XMLSyntaxError on a damaged file."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for part in ("word/document.xml", "docProps/custom.xml"):
            if part in z.namelist() and z.getinfo(part).file_size > MAX_PART_BYTES:
                raise ValueError(f"{part} unpacks to {z.getinfo(part).file_size} bytes")
        root = etree.fromstring(z.read("word/document.xml"))
        custom = z.read("docProps/custom.xml") if "docProps/custom.xml" in z.namelist() else None
    printed = None
    for p in root.iter(_w("p")):
        if _style_of(p) == FINGERPRINT_STYLE:
            text = paragraph_text(p)
            printed = text.split("：", 1)[-1].strip() if "：" in text else text.strip()
    stored = None
    if custom is not None:
        props = etree.fromstring(custom)
        for prop in props.iter(f"{{{CUSTOM_NS}}}property"):
            if prop.get("name") == FINGERPRINT_PROPERTY:
                stored = "".join(prop.itertext()).strip()
    return FingerprintCheck(fingerprint_of_body(root), stored, printed)
