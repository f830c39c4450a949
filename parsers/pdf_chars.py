"""A PDF page's characters with their PDFium loose boxes, read in bulk.

The per-character work is one PDFium call writing into one float array, driven by ``map``
(no Python bytecode runs per character); the floats come back as lists in one step and the
character tuples are zipped together. That takes 10-15 % less CPU than a Python loop over
the characters did; what remains is the calls themselves (about a microsecond each through
ctypes) and PDFium's own page and text-page loading, which on the real minutes alone costs
more than ``pdftotext``'s whole run (bench/bench_import.py). PDFium offers no call that
returns every character's box at once; its text runs (``FPDFText_GetRect``) give the ink
box of a whole text object, from which the character gaps that decide word spaces and
the label column cannot be read back exactly.
"""
from __future__ import annotations

import ctypes
import re
from collections import deque
from itertools import repeat
from operator import add, mul, sub
from typing import Any

# PDFium's loose character box is this many font sizes tall (8.9 pt for 10.5 pt text
# in the Sendai minutes).
LOOSE_BOX_EM = 0.85
# The baseline lies this share of the loose box's height above its bottom: 0.04-0.09 for
# the CJK fonts of the Sendai minutes and LibreOffice's Noto CJK, 0.19 for Latin fonts, so
# the estimate is off by about 1 pt at most, well inside the line tolerance.
BASELINE_SHARE = 0.08
_FLOATS_PER_BOX = 4  # FS_RECTF: left, top, right, bottom
_SKIPPED = re.compile("[\r\n ]")  # line breaks are always generated; spaces sometimes

Char = tuple[str, float, float, float, float]  # char, x0, x1, baseline y, font size

_loose_box: Any = None


def _loose_box_by_address() -> Any:
    """FPDFText_GetLooseCharBox taking the box as a plain address, so ``map`` can hand it
    consecutive slots of one array (the binding's own prototype wants a struct pointer)."""
    global _loose_box
    if _loose_box is None:
        from pypdfium2 import raw

        original = raw.FPDFText_GetLooseCharBox
        address = ctypes.cast(original, ctypes.c_void_p).value
        fn = type(original)(address)  # the same function (and calling convention), its own prototype
        fn.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p]
        fn.restype = ctypes.c_int
        _loose_box = fn
    return _loose_box


def page_chars(doc: Any, index: int) -> tuple[list[Char], float]:
    """(char, x0, x1, baseline y, font size) for the visible characters of one page, in
    PDFium's order, and the page height. Generated spaces and line breaks are skipped: gaps
    decide spacing. The baseline is estimated from the loose box (asking PDFium for it
    would cost a second call per character); the loose box is the font's ascent to
    descent, about one em, which gives the font size without a third."""
    from pypdfium2 import raw

    page = doc[index]
    height = float(page.get_height())
    tp = page.get_textpage()
    try:
        text = tp.get_text_range()
        n = min(tp.count_chars(), len(text))
        if n <= 0:
            return [], height
        handle = tp.raw
        boxes = (ctypes.c_float * (_FLOATS_PER_BOX * n))()
        base, step = ctypes.addressof(boxes), ctypes.sizeof(ctypes.c_float) * _FLOATS_PER_BOX
        deque(map(_loose_box_by_address(), repeat(handle, n), range(n), range(base, base + step * n, step)),
              maxlen=0)
        lefts, tops, rights, bottoms = boxes[0::4], boxes[1::4], boxes[2::4], boxes[3::4]
        talls = list(map(sub, tops, bottoms))
        ys = map(add, bottoms, map(mul, repeat(BASELINE_SHARE), talls))
        sizes = [t / LOOSE_BOX_EM or 10.0 for t in talls]
        chars = list(zip(text[:n], lefts, rights, ys, sizes))
        generated = raw.FPDFText_IsGenerated
        drop = [m.start() for m in _SKIPPED.finditer(text, 0, n)
                if m.group() != " " or generated(handle, m.start()) == 1]
        for i in reversed(drop):
            del chars[i]
        return chars, height
    finally:
        tp.close()
        page.close()
