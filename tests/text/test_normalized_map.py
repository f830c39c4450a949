"""normalized_map's offsets: every character of the normalised text points at the character
of the original it came from, whichever path (identity, dropped white space, general) made it."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.core.text import normalize
from app.services.search import normalized_map, normalized_text

CHARS = st.sampled_from(list("情報政策課長ＩＣＴict ABC\n\u3000\t㈱ｶﾞ①ー、。") + ["\u00a0"])


def slow_map(text: str) -> list[int]:
    return [i for i, ch in enumerate(text) for _ in normalize(ch)]


@given(st.lists(CHARS, max_size=40).map("".join))
def test_every_offset_points_at_its_source(text: str) -> None:
    norm, where = normalized_map(text)
    assert norm == normalized_text(text) == "".join(normalize(ch) for ch in text)
    assert [where[k] for k in range(len(norm))] == slow_map(text)


def test_a_pdf_turn_with_line_breaks_maps_through_the_gaps() -> None:
    text = "情報政策\n課長の\u3000説明"
    norm, where = normalized_map(text)
    at = norm.find("課長")
    assert text[where[at]:where[at + 1] + 1] == "課長" and type(where).__name__ == "_Gaps"
