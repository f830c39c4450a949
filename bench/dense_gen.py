"""Minutes in the dense style of a browser's print of a council's web page: about two
thousand characters a page in one column, speaker marks inline (○委員長　…), and on every
page a header (date and page title) and a footer (address and n/m), as a browser prints them.

Written as a Word document with that header and footer and converted with LibreOffice
(bench/minutes_gen.soffice_to_pdf), cached like the Word-style file.
"""
from __future__ import annotations

import hashlib
import random
import shutil
import tempfile
from pathlib import Path

from bench.minutes_gen import SENTENCES, cache_dir, pdf_pages, soffice_to_pdf

TITLE = "第12回 ベンチ市都市計画審議会 会議録"
HEADER = [TITLE, "", "１　日時　令和６年１０月２日（水）午後２時００分～午後４時１０分",
          "２　場所　ベンチ市役所本庁舎８階　大会議室",
          "３　出席者", "　委員：青木委員長、東副委員長、色川委員、岩本委員、尾上委員、片山委員",
          "　事務局：都市計画課長、都市計画課主幹、交通政策課長",
          "４　議事", "　⑴　ベンチ市都市計画マスタープランの改定について", "　⑵　その他", "",
          "５　議事の経過"]
SPEAKERS = ["委員長", "副委員長", "色川委員", "岩本委員", "尾上委員", "片山委員", "都市計画課長",
            "交通政策課長", "事務局"]
ADDRESS = "https://www.city.bench.lg.jp/shisei/shingikai/toshikeikaku/kaigiroku/r6-12.html"
CACHE_VERSION = "1"
# Characters a page holds at 9.5 pt in A4 with 15 mm margins: about two thousand once
# paragraph ends are counted (measured with pdftotext on the result).
CHARS_PER_PAGE = 2000
FONT_PT = 9.5
MARGIN_MM = 15


def dense_paragraphs(pages: int, seed: int = 11) -> list[str]:
    """The proceedings: ○-marked turns of one to six sentences, agenda lines, notes."""
    rnd = random.Random(seed)
    paras: list[str] = []
    total, agenda = 0, 0
    while total < CHARS_PER_PAGE * pages * 1.2:
        k = len(paras)
        if k % 60 == 0:
            agenda += 1
            text = f"（議事{agenda}）ベンチ市都市計画マスタープランの改定について"
        elif k % 17 == 5:
            text = "（「異議なし」と呼ぶ者あり）"
        else:
            speaker = SPEAKERS[rnd.randrange(len(SPEAKERS))]
            text = "○" + speaker + "　" + "".join(rnd.choice(SENTENCES) for _ in range(rnd.randint(1, 6)))
        paras.append(text)
        total += len(text)
    return paras


def write_dense_docx(path: Path, pages: int, seed: int) -> Path:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt

    from exports.docx_style import _add_field, new_document

    doc = new_document()
    section = doc.sections[0]
    for side in ("top_margin", "bottom_margin", "left_margin", "right_margin"):
        setattr(section, side, Mm(MARGIN_MM))
    section.header_distance = section.footer_distance = Mm(6)
    for name in ("Normal", "Header", "Footer"):
        doc.styles[name].font.size = Pt(FONT_PT if name == "Normal" else 8)
    doc.styles["Normal"].paragraph_format.space_after = Pt(0)
    header = section.header.paragraphs[0]
    header.add_run("2024/10/15 9:41" + "\u3000" * 6 + TITLE + "｜ベンチ市")
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.LEFT
    footer.add_run(ADDRESS + "\u3000" * 4)
    _add_field(footer, "PAGE", "1")
    footer.add_run("/")
    _add_field(footer, "NUMPAGES", "1")
    for line in HEADER:
        doc.add_paragraph(line)
    for text in dense_paragraphs(pages, seed):
        doc.add_paragraph(text)
    doc.save(str(path))
    return path


def dense_minutes_pdf(pages: int, variant: int = 0) -> Path:
    """A cached browser-print-style minutes PDF of exactly ``pages`` pages.
    Raises RuntimeError when soffice is missing or fails."""
    content = repr((CACHE_VERSION, TITLE, HEADER, SPEAKERS, SENTENCES, CHARS_PER_PAGE, FONT_PT, pages, variant))
    target = cache_dir() / f"dense-{pages}p-{variant}-{hashlib.sha1(content.encode()).hexdigest()[:12]}.pdf"
    if target.exists():
        return target
    with tempfile.TemporaryDirectory() as tmp:
        docx = write_dense_docx(Path(tmp) / "dense.docx", pages, 11 + variant)
        pdf = soffice_to_pdf(docx, Path(tmp), last_page=pages)
        got = pdf_pages(pdf)
        if got != pages:
            raise RuntimeError(f"the dense minutes came out with {got} pages, not {pages}")
        shutil.move(str(pdf), target)
    return target
