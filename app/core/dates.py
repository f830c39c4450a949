"""Dates a user types: 2024-03-31, 2024/3/31, 2024年3月31日, R6.3.31, 令和6年3月31日, 令和元年5月1日.

Full-width digits and slashes are read as half-width (NFKC). The Japanese era forms are read
by ``japanera`` (era names, 元年, kanji numerals, and the era's own bounds: 平成31年5月1日
does not exist). Anything else is refused with a WorkbenchError naming the field and the
accepted forms, never stored as typed.
"""
from __future__ import annotations

import datetime as dt
import unicodedata

from app.core.errors import WorkbenchError

WESTERN_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%Y.%m.%d", "%Y年%m月%d日")
ERA_FORMATS = ("%-K%-y年%m月%d日", "%-K%-n年%-m月%-d日", "%-K%-y.%m.%d", "%-K%-y/%m/%d",
               "%-h%-y.%m.%d", "%-h%-y/%m/%d", "%-h%-y-%m-%d")
ACCEPTED = "2024-03-31・2024/3/31・2024年3月31日・R6.3.31・令和6年3月31日 のいずれかで入力してください"


def _western(text: str) -> dt.date | None:
    for fmt in WESTERN_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def _era(text: str) -> dt.date | None:
    from japanera import ERA_DATA_GENERAL, EraDate

    if text[:1].isascii() and text[:1].isalpha():
        text = text[0].upper() + text[1:]  # r6.3.31
    for fmt in ERA_FORMATS:
        try:
            found = EraDate.strptime(text, fmt)
        except (ValueError, KeyError, IndexError):
            continue
        dates = {dt.date(d.year, d.month, d.day) for d in found if d.era in ERA_DATA_GENERAL}
        if len(dates) == 1:
            return dates.pop()
    return None


def parse_date(text: str, what: str = "日付") -> dt.date:
    """The date ``text`` names. Raises WorkbenchError('bad_date') naming ``what``."""
    cleaned = unicodedata.normalize("NFKC", text).strip().replace(" ", "")
    found = _western(cleaned) or (_era(cleaned) if cleaned else None)
    if found is None:
        raise WorkbenchError("bad_date", what=what, text=text, accepted=ACCEPTED)
    return found


def parse_optional_date(text: str | None, what: str = "日付") -> str | None:
    """ISO text of a typed date; None or blank stays None (the field is cleared)."""
    if text is None or not text.strip():
        return None
    return parse_date(text, what).isoformat()
