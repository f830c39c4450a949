"""nfkc() is unicodedata's NFKC, faster: the same string for every text the parsers and
the search index normalise (a different one would move index terms and parse results)."""
from __future__ import annotations

import random
import sys
import unicodedata

from app.core.text import nfkc, normalize


def test_every_character_alone() -> None:
    for code in range(sys.maxunicode + 1):
        if 0xD800 <= code <= 0xDFFF:
            continue
        ch = chr(code)
        assert nfkc(ch) == unicodedata.normalize("NFKC", ch), hex(code)


# Characters that change under NFKC in their neighbours' company: half-width kana and their
# voiced marks, kana and combining marks, Hangul jamo, combining accents in any order,
# full-width forms, spaces, ligatures and units.
TRICKY = ("ｶﾞｷﾞﾊﾟﾟｰｦﾝﾞ" "かが\u3099\u309a\u309b\u309cカハ" "\u1100\u1161\u11a8\uac00"
          "e\u0301\u0327\u0323\u0308a\u030a" "０９ＡＺａｚ！（）　 \t" "①⑳㈱㎡Ⅳⅻ…‥ﬁ" "漢字。、")


def test_random_texts_of_tricky_characters() -> None:
    rng = random.Random(12)
    for _ in range(20000):
        text = "".join(rng.choice(TRICKY) for _ in range(rng.randint(0, 12)))
        assert nfkc(text) == unicodedata.normalize("NFKC", text), ascii(text)


def test_japanese_lines_and_the_matching_form() -> None:
    line = "○委員長（山田太郎君）　ただいまから第２回ｾﾐﾅｰを開会いたします。①㎡…"
    assert nfkc(line) == unicodedata.normalize("NFKC", line)
    assert normalize(line) == "".join(unicodedata.normalize("NFKC", line).lower().split())
