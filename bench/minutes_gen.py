"""Long two-column minutes PDFs for benchmarks, made the way cities make them.

The main generator writes a Word document in the layout of
fixtures/sendai-ict-council-2016/minutes.docx — header paragraphs, then a borderless
two-column table (speaker label | speech), 〔agenda〕 rows and notes such as （了承） in the
speech column, '- n -' page-number footers — and converts it with LibreOffice, which
embeds subsets of its fonts as Word's own PDF export does. The result is cached, since a
conversion takes several seconds.

When ``soffice`` is missing, ``write_minutes_pdf`` draws a similar page with reportlab's
non-embedded CID font instead; PDFium then searches for a substitute font on every page,
which makes text extraction slower than on a real file (the caller prints a caveat).
"""
from __future__ import annotations

import hashlib
import json
import random
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

SPEAKERS = ["座長", "情報政策課長", "林委員", "吉田委員", "事務局", "及川委員", "情報システム課長", "千葉委員"]
# Sentences of the kind council minutes are made of: full-width digits, Latin words,
# quotations, promises to consider (検討), so tokenising and indexing see real variety.
SENTENCES = (
    "情報システムの利活用を進めるにあたっては、職員の育成と市民への情報発信が重要である。",
    "来年度に向けて具体的な取り組みを検討していきたいと考えている。",
    "ＩＣＴ利活用方針2016-2020の策定について、資料１に基づき説明する。",
    "オープンデータの公開件数は、平成２７年度末で１２０件となっている。",
    "標的型メール対策として全庁に向けた訓練を実施し、開封率は前年より低下した。",
    "「市民協働」という言葉の使い方については、適切な表現を検討したい。",
    "マイナンバー制度の導入に伴い、庁内ネットワークの分離を進めているところである。",
    "地域の事業者やNPOと連携し、Wi-Fi環境の整備を段階的に進める予定である。",
    "高齢者の方にも使いやすいよう、窓口での案内を充実させてほしいという意見があった。",
    "委員の皆さんからいただいた意見を踏まえ、次回の会議までに修正案を示したい。",
    "クラウドサービスの活用により、運用経費を年間約３割削減できる見込みである。",
    "防災情報の発信については、ＳＮＳとホームページの両方で迅速に行うことが求められる。",
)
HEADER = ["令和6年度 ベンチ市情報化推進会議（第1回） 議事録", "",
          "日　時：令和６年５月２０日（月）　１３：３０～１５：００",
          "会　場：ベンチ市役所本庁舎２階　第三委員会室", "出席者（ベンチ市情報化推進会議委員／五十音順）：",
          "　及川委員、曽根委員（座長）、千葉委員、林委員、吉田委員",
          "（ベンチ市）：渋谷情報政策課長、佐藤情報システム課長",
          "事務局　まちづくり政策局情報政策部情報政策課", ""]
# Table rows per page of the converted PDF (measured: about 9); generous, since the
# export is cut to the page count asked for.
ROWS_PER_PAGE = 12
CACHE_VERSION = "2"  # bump when the layout of write_minutes_docx changes
SOFFICE_TIMEOUT_S = 600


@dataclass(frozen=True)
class Row:
    """One table row: the label-column lines and the speech-column paragraphs."""

    label: tuple[str, ...]
    paras: tuple[str, ...]
    bold: bool = False


def minutes_rows(count: int, seed: int = 7) -> list[Row]:
    """``count`` table rows of proceedings: turns, 〔agenda〕 rows and notes."""
    rnd = random.Random(seed)
    rows = [Row((), ("（開始 13：30）",)), Row(("座長", "（曽根委員）"), ("次第に基づき会議を進める。",))]
    agenda = 0
    while len(rows) < count:
        k = len(rows)
        if k % 40 == 3:
            agenda += 1
            rows.append(Row((), (f"〔議題（{agenda}）情報化の推進について〕",), bold=True))
        elif k % 11 == 0:
            rows.append(Row((), ("（了承）",)))
        else:
            paras = tuple("".join(rnd.choice(SENTENCES) for _ in range(rnd.randint(1, 4)))
                          for _ in range(rnd.choice((1, 1, 1, 2, 3))))
            rows.append(Row((SPEAKERS[rnd.randrange(len(SPEAKERS))],), paras))
    return rows


def write_minutes_docx(path: Path, rows: list[Row]) -> Path:
    """The minutes as Word would hold them (A4, 明朝 10.5 pt, label | speech table)."""
    from docx.shared import Pt

    from exports.docx_style import add_page_number_footer, fix_table_widths, new_document, new_row, set_table_borders

    doc = new_document()
    for line in HEADER:
        doc.add_paragraph(line)
    table = doc.add_table(rows=0, cols=2)
    set_table_borders(table, "nil")
    for row in rows:
        label_cell, speech_cell = new_row(table)
        for i, text in enumerate(row.label):
            (label_cell.paragraphs[0] if i == 0 else label_cell.add_paragraph()).add_run(text)
        for i, text in enumerate(row.paras):
            p = speech_cell.paragraphs[0] if i == 0 else speech_cell.add_paragraph()
            p.add_run(text).bold = row.bold or None
            p.paragraph_format.space_after = Pt(4) if i == len(row.paras) - 1 else None
    fix_table_widths(table, [1701, 7370])
    add_page_number_footer(doc)
    doc.save(str(path))
    return path


def soffice_to_pdf(docx: Path, out_dir: Path, last_page: int | None = None) -> Path:
    """Convert with LibreOffice in a private profile; ``last_page`` cuts the export.
    Raises RuntimeError when soffice is missing or fails."""
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        raise RuntimeError("soffice not found")
    fmt = "pdf"
    if last_page is not None:
        pages = {"PageRange": {"type": "string", "value": f"1-{last_page}"}}
        fmt += ":writer_pdf_Export:" + json.dumps(pages)
    with tempfile.TemporaryDirectory() as profile:
        done = subprocess.run([exe, f"-env:UserInstallation=file://{profile}", "--headless",
                               "--convert-to", fmt, "--outdir", str(out_dir), str(docx)],
                              capture_output=True, timeout=SOFFICE_TIMEOUT_S)
    pdf = out_dir / (docx.stem + ".pdf")
    if done.returncode != 0 or not pdf.exists():
        raise RuntimeError(f"soffice failed: {done.stderr.decode(errors='replace')[:300]}")
    return pdf


def pdf_pages(path: Path) -> int:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(path))
    try:
        return len(doc)
    finally:
        doc.close()


def cache_dir() -> Path:
    d = Path(tempfile.gettempdir()) / "gijiroku-bench"
    d.mkdir(parents=True, exist_ok=True)
    return d


def word_minutes_pdf(pages: int, variant: int = 0) -> Path:
    """A cached Word-style minutes PDF of exactly ``pages`` pages (variant = text seed).
    Raises RuntimeError when soffice is missing or cannot make enough pages."""
    content = repr((CACHE_VERSION, SPEAKERS, SENTENCES, HEADER, ROWS_PER_PAGE, pages, variant))
    key = hashlib.sha1(content.encode()).hexdigest()[:12]
    target = cache_dir() / f"minutes-{pages}p-{variant}-{key}.pdf"
    if target.exists():
        return target
    count = ROWS_PER_PAGE * pages + 20
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(3):
            docx = write_minutes_docx(Path(tmp) / "minutes.docx", minutes_rows(count, seed=7 + variant))
            pdf = soffice_to_pdf(docx, Path(tmp), last_page=pages)
            got = pdf_pages(pdf)
            if got == pages:
                shutil.move(str(pdf), target)
                return target
            count = int(count * 1.5 * pages / max(got, 1)) + 20
    raise RuntimeError(f"could not make a {pages}-page PDF")


def minutes_pdf(pages: int, variant: int = 0) -> tuple[Path, str | None]:
    """A minutes PDF for benchmarks and a caveat to print (None for the Word-style one)."""
    try:
        return word_minutes_pdf(pages, variant), None
    except (RuntimeError, subprocess.TimeoutExpired) as e:
        path = cache_dir() / f"minutes-reportlab-{pages}p-{variant}.pdf"
        write_minutes_pdf(path, pages)
        return path, (f"CAVEAT: {e}; using reportlab's non-embedded CID font, on which PDFium "
                      "looks for a substitute font on every page — slower than a real Word PDF.")


# --- reportlab fallback --------------------------------------------------------------------

FONT = "HeiseiMin-W3"
SIZE = 10.5
PAGE_W, PAGE_H = 595.0, 842.0
LEFT, BODY_X, TOP, BOTTOM, LEADING = 60.0, 150.0, 780.0, 70.0, 15.0
WIDTH = 32  # characters per speech line


def write_minutes_pdf(path: Path, pages: int) -> None:
    """Write a minutes PDF of exactly ``pages`` pages to ``path`` with reportlab."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    c = canvas.Canvas(str(path), pagesize=(PAGE_W, PAGE_H))
    rows = iter(minutes_rows(ROWS_PER_PAGE * pages * 2))
    for page in range(1, pages + 1):
        c.setFont(FONT, SIZE)
        y = TOP
        for line in HEADER if page == 1 else []:
            c.drawString(LEFT, y, line)
            y -= LEADING
        while y > BOTTOM + 4 * LEADING:
            row = next(rows)
            for i, label in enumerate(row.label):
                c.drawString(LEFT, y - i * LEADING, label)
            for text in row.paras:
                for k in range(0, len(text), WIDTH):
                    if y > BOTTOM:
                        c.drawString(BODY_X, y, text[k:k + WIDTH])
                        y -= LEADING
            y -= LEADING / 2
        c.drawCentredString(PAGE_W / 2, 40, f"- {page} -")
        c.showPage()
    c.save()
