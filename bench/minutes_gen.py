"""A long two-column minutes PDF for benchmarks: label column left, speech right,
agenda headings, notes and '- n -' footers, set with reportlab's built-in Japanese font."""
from __future__ import annotations

from pathlib import Path

FONT = "HeiseiMin-W3"
SIZE = 10.5
PAGE_W, PAGE_H = 595.0, 842.0
LEFT, BODY_X, TOP, BOTTOM, LEADING = 60.0, 150.0, 780.0, 70.0, 15.0
WIDTH = 32  # characters per speech line
SPEAKERS = ["座長", "情報政策課長", "林委員", "吉田委員", "事務局", "及川委員"]
SPEECH = ("情報システムの利活用を進めるにあたっては、職員の育成と市民への情報発信が重要であり、"
          "来年度に向けて具体的な取り組みを検討していきたいと考えている。")
HEADER = ["令和6年度 ベンチ市情報化推進会議（第1回） 議事録", "日時：令和6年5月20日（月） 13:30～15:00",
          "会場：ベンチ市役所本庁舎2階 第三委員会室", "出席者：", "曽根委員(座長)、林委員、吉田委員、及川委員",
          "（ベンチ市）：渋谷情報政策課長", "事務局 情報政策課"]


def write_minutes_pdf(path: Path, pages: int) -> None:
    """Write a minutes PDF of exactly ``pages`` pages to ``path``."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    c = canvas.Canvas(str(path), pagesize=(PAGE_W, PAGE_H))
    for page in range(1, pages + 1):
        c.setFont(FONT, SIZE)
        y = TOP
        if page == 1:
            for line in HEADER:
                c.drawString(LEFT, y, line)
                y -= LEADING
            y -= LEADING
        turn = page * 7
        while y > BOTTOM + 4 * LEADING:
            turn += 1
            if turn % 9 == 0:
                c.drawString(BODY_X, y, f"〔議題（{turn // 9}）情報化の推進について〕")
                y -= 1.5 * LEADING
                continue
            if turn % 11 == 0:
                c.drawString(BODY_X, y, "（了承）")
                y -= 1.5 * LEADING
                continue
            c.drawString(LEFT, y, SPEAKERS[turn % len(SPEAKERS)])
            text = SPEECH * (1 + turn % 3)
            for k in range(0, len(text), WIDTH):
                if y <= BOTTOM:
                    break
                c.drawString(BODY_X, y, text[k:k + WIDTH])
                y -= LEADING
            y -= LEADING / 2
        c.drawCentredString(PAGE_W / 2, 40, f"- {page} -")
        c.showPage()
    c.save()
