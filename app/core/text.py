"""Japanese text services without a dictionary: width folding, marks, numerals, era dates.

Sudachi-based tokenising lives in ``app/tokens.py``; this module is cheap to import.
"""
from __future__ import annotations

import re
import unicodedata
from functools import cache

# Private-use glyphs that symbol fonts (Wingdings, Symbol) leave in extracted text stand for
# bullets in every fixture seen (the Sendai minutes and result table).
PRIVATE_USE = re.compile("[\ue000-\uf8ff]")
# The three look-alike circles used as speaker marks: ○ U+25CB, ◯ U+25EF, 〇 U+3007.
CIRCLES = "○◯〇"
KANJI_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6,
                "七": 7, "八": 8, "九": 9, "元": 1}
KANJI_UNITS = {"十": 10, "百": 100, "千": 1000}
ERAS = {"明治": 1867, "大正": 1911, "昭和": 1925, "平成": 1988, "令和": 2018,
        "M": 1867, "T": 1911, "S": 1925, "H": 1988, "R": 2018}
FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
NUM = r"[0-9０-９〇零一二三四五六七八九十百千元]+"
ERA_DATE = re.compile(rf"(明治|大正|昭和|平成|令和|[MTSHR]\.?)\s*({NUM})\s*[年.]\s*({NUM})\s*[月.]\s*({NUM})\s*日?")
WESTERN_DATE = re.compile(r"((?:19|20)[0-9０-９]{2})\s*[年/\-.]\s*([0-9０-９]{1,2})\s*[月/\-.]\s*([0-9０-９]{1,2})\s*日?")
TIME = re.compile(rf"(午前|午後)?\s*({NUM})\s*[:：時]\s*({NUM}|半)?\s*分?")


def fold_width(text: str) -> str:
    """Full-width ASCII and digits to half-width, half-width kana to full-width (NFKC),
    keeping the Japanese punctuation a reader expects (、。「」（）〔〕・～)."""
    keep = "、。「」『』（）〔〕【】・～〜：；！？"
    out = []
    for ch in text:
        out.append(ch if ch in keep else unicodedata.normalize("NFKC", ch))
    return "".join(out)


# Blocks whose characters nfkc() replaces one by one before it checks the text: the general
# punctuation (…), number forms (Ⅳ), enclosed numbers (①), the ideographic space and kana
# marks, enclosed CJK and units (㈱ ㎡), compatibility ideographs, full- and half-width forms.
_NFKC_BLOCKS = ((0x2000, 0x206F), (0x2150, 0x218F), (0x2460, 0x24FF), (0x3000, 0x30FF), (0x3200, 0x33FF),
                (0xF900, 0xFAFF), (0xFF00, 0xFFEF))


@cache
def _nfkc_table() -> dict[int, str]:
    """Each character of _NFKC_BLOCKS that NFKC changes, and what it becomes (built on first use)."""
    table = {}
    for first, last in _NFKC_BLOCKS:
        for code in range(first, last + 1):
            folded = unicodedata.normalize("NFKC", chr(code))
            if folded != chr(code):
                table[code] = folded
    return table


def nfkc(text: str) -> str:
    """``unicodedata.normalize("NFKC", text)``, the same string for every text, four to
    ten times faster on Japanese lines: Python normalises the whole string, decomposing and
    recomposing every character, as soon as one full-width digit or ideographic space is in
    it. Replacing a character by its own NFKC form leaves the text's compatibility
    decomposition (NFKD) as it was, so the NFKC of the result is the NFKC of the text; when
    the result is already in NFKC (the usual case) it is that."""
    if unicodedata.is_normalized("NFKC", text):
        return text
    folded = text.translate(_nfkc_table())
    return folded if unicodedata.is_normalized("NFKC", folded) else unicodedata.normalize("NFKC", folded)


def normalize(text: str) -> str:
    """The form used for matching: NFKC, lower-case Latin, no white space, no PUA glyphs."""
    t = nfkc(PRIVATE_USE.sub("", text)).lower()
    return "".join(t.split())  # str.split() cuts at exactly the characters str.isspace() names


def bullets_to_middot(text: str) -> str:
    """Symbol-font bullets (private-use code points) become ・."""
    return PRIVATE_USE.sub("・", text)


def kanji_to_int(s: str) -> int | None:
    """二十八 -> 28, 元 -> 1, ２８ -> 28, 一〇 -> 10; None when not a number."""
    s = unicodedata.normalize("NFKC", s.strip())
    if not s:
        return None
    if s.isdigit():
        return int(s)
    if all(c in KANJI_DIGITS for c in s):  # positional: 二〇一六
        return int("".join(str(KANJI_DIGITS[c]) for c in s))
    total, current = 0, 0
    for c in s:
        if c in KANJI_DIGITS:
            current = KANJI_DIGITS[c]
        elif c in KANJI_UNITS:
            total += (current or 1) * KANJI_UNITS[c]
            current = 0
        elif c.isdigit():
            current = current * 10 + int(c)
        else:
            return None
    return total + current


def parse_date(text: str) -> str | None:
    """The first date in text as ISO: 平成28年2月8日, 平成二十八年二月八日, 令和元年5月1日,
    H28.2.8, 2016年2月8日, ２０１６/２/８ -> 2016-02-08. None when there is none."""
    text = text.translate(FULLWIDTH_DIGITS)
    m = ERA_DATE.search(text)
    if m:
        era = m.group(1).rstrip(".")
        y, mo, d = (kanji_to_int(g) for g in m.groups()[1:])
        if y is not None and mo and d and 1 <= mo <= 12 and 1 <= d <= 31:
            return f"{ERAS[era] + y:04d}-{mo:02d}-{d:02d}"
    m = WESTERN_DATE.search(text)
    if m:
        y, mo, d = (int(unicodedata.normalize("NFKC", g)) for g in m.groups())
        if 1 <= mo <= 12 and 1 <= d <= 31:
            return f"{y:04d}-{mo:02d}-{d:02d}"
    return None


def iso_to_wareki(iso: str) -> str:
    """2016-02-08 -> 平成28年2月8日 (令和元年 for the first year)."""
    y, m, d = (int(x) for x in iso.split("-"))
    bounds = [("令和", (2019, 5, 1)), ("平成", (1989, 1, 8)), ("昭和", (1926, 12, 25))]
    for era, start in bounds:
        if (y, m, d) >= start:
            n = y - start[0] + 1
            return f"{era}{'元' if n == 1 else n}年{m}月{d}日"
    return f"{y}年{m}月{d}日"


def parse_times(text: str) -> list[str]:
    """Every clock time in text as HH:MM: １３：３０, 午後1時30分, 13時半 -> 13:30."""
    out = []
    for m in TIME.finditer(text):
        h = kanji_to_int(m.group(2))
        mi_raw = m.group(3)
        mi = 30 if mi_raw == "半" else (kanji_to_int(mi_raw) if mi_raw else 0)
        if h is None or mi is None or h > 24 or mi > 59:
            continue
        if m.group(1) == "午後" and h < 12:
            h += 12
        out.append(f"{h:02d}:{mi:02d}")
    return out


# --- speaker marks and layout clean-up (used by the minutes parsers) ------------------

# Marks that open a speaker line in Japanese minutes: the three circles, and the symbols
# assemblies use to tell members, executives and chairs apart (◆ member, ◎ executive, …).
SPEAKER_MARKS = CIRCLES + "◆◇◎□■●△▲▽▼☆★"
# Honorifics printed after a speaker's name: 山田太郎君, 佐藤次郎様, 加藤氏.
HONORIFICS = ("君", "さん", "様", "氏", "殿")
# A line counts as letter-spaced ("議 長 皆 さ ん 、") when at least this share of its
# space-separated tokens are one character long (seen in PDFs set with wide tracking).
LETTER_SPACED_SHARE = 0.7
LETTER_SPACED_MIN_TOKENS = 4
# Kana, kanji and full-width forms: the characters Japanese text is set in (as code point
# ranges: a regular expression's class this wide takes milliseconds to compile).
_CJK_BLOCKS = ((0x3000, 0x30FF), (0x3400, 0x9FFF), (0xF900, 0xFAFF), (0xFF01, 0xFF60))


def _is_cjk(ch: str) -> bool:
    code = ord(ch)
    return any(low <= code <= high for low, high in _CJK_BLOCKS)


def _drop_spaces_beside_cjk(text: str) -> str:
    """``text`` without each space that has a Japanese character on one side and anything
    but white space on the other ('平成 27 年度' -> '平成27年度', 'Office や Word' ->
    'OfficeやWord')."""
    if " " not in text:
        return text
    kept = []
    last = len(text) - 1
    for k, ch in enumerate(text):
        if ch == " " and 0 < k < last:
            before, after = text[k - 1], text[k + 1]
            if (_is_cjk(before) and not after.isspace()) or (not before.isspace() and _is_cjk(after)):
                continue
        kept.append(ch)
    return "".join(kept)


def strip_mark(text: str) -> tuple[str, str]:
    """Split a leading speaker mark off: '○議長' -> ('○', '議長'); no mark -> ('', text).

    The three circles ○ ◯ 〇 are all read as ○. 〇 is a mark only when a non-digit follows,
    so 〇〇委員 style placeholders and numbers like 〇一 are kept."""
    if text and text[0] in SPEAKER_MARKS:
        mark = "○" if text[0] in CIRCLES else text[0]
        rest = text[1:].lstrip(" \u3000")
        if text[0] == "〇" and (not rest or rest[0] in "〇一二三四五六七八九十"):
            return "", text
        return mark, rest
    return "", text


def strip_honorific(name: str) -> str:
    """'山田太郎君' -> '山田太郎'; 'さん', '様', '氏', '殿' likewise."""
    for h in HONORIFICS:
        if name.endswith(h) and len(name) > len(h):
            return name[: -len(h)]
    return name


def collapse_letter_spacing(line: str) -> str:
    """'議 長 皆 さ ん 、' -> '議長皆さん、'; a wider gap ('議 長  皆') stays one space.

    Lines that are not letter-spaced come back unchanged."""
    tokens = line.split()
    if len(tokens) < LETTER_SPACED_MIN_TOKENS:
        return line
    single = sum(1 for t in tokens if len(t) == 1)
    if single / len(tokens) < LETTER_SPACED_SHARE:
        return line
    words = re.split(r"[ \t\u3000]{2,}|\u3000", line.strip())
    return " ".join("".join(w.split()) for w in words if w.strip())


def tidy_spaces(text: str) -> str:
    """Drop the single spaces extraction puts around digits and Latin words ('平成 27 年度'
    -> '平成27年度'); a full-width space or a wider gap between words stays one space."""
    words = re.split(r"[ \t]{2,}|\u3000+", text.strip())
    out = []
    for w in words:
        w = re.sub(r"[ \t]+", " ", w.strip())
        w = _drop_spaces_beside_cjk(w)
        if w:
            out.append(w)
    return " ".join(out)
