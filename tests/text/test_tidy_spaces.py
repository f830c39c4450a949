"""tidy_spaces drops the single spaces extraction puts between Japanese and anything else,
exactly as the regular expression that defined it did (a class over every kanji took
milliseconds of each start to compile; the code point ranges take none)."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.text import tidy_spaces

_CJK = r"\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff01-\uff60"
_BESIDE_CJK = re.compile(rf"(?<=[{_CJK}]) (?=\S)|(?<=\S) (?=[{_CJK}])")


def _defined(text: str) -> str:
    words = re.split(r"[ \t]{2,}|\u3000+", text.strip())
    out = []
    for w in words:
        w = _BESIDE_CJK.sub("", re.sub(r"[ \t]+", " ", w.strip()))
        if w:
            out.append(w)
    return " ".join(out)


# the edges of each range and their neighbours, Latin, digits, and every kind of space
_ALPHABET = st.sampled_from(["\u2fff", "\u3000", "\u3001", "\u30ff", "\u3100", "\u33ff", "\u3400", "議", "\u9fff",
                             "\ua000", "\uf8ff", "\uf900", "\ufaff", "\ufb00", "\uff00", "\uff01", "\uff60",
                             "\uff61", "A", "z", "2", "7", " ", " ", " ", "\t", "\n", "\xa0", "年", "や"])


@settings(max_examples=500, deadline=None)
@given(st.lists(_ALPHABET, max_size=16).map("".join))
def test_spaces_beside_japanese_go_as_the_expression_defined(text: str) -> None:
    assert tidy_spaces(text) == _defined(text)


def test_the_usual_cases() -> None:
    assert tidy_spaces("平成 27 年度  第 1 回") == "平成27年度 第1回"
    assert tidy_spaces("Office や Word") == "OfficeやWord"
    assert tidy_spaces("Microsoft Office") == "Microsoft Office"
