"""The parse checks itself: no text of the proceedings may vanish, and a structure that
looks wrong is said, in Japanese, with the page and a quote.

Every line of the proceedings must end up in a turn (its speech, or a note), as an agenda
heading, or be a speaker label; the front matter and the closing block are zones of
their own, and page numbers, running heads and rules outside a speech are named
removals made by the readers. The check is independent of the splitter: it looks for
each line's words in the turns as they came out.
"""
from __future__ import annotations

import re

from app.core.domain import Turn
from app.core.text import nfkc, strip_honorific
from parsers.minutes_labels import looks_like_speaker, marked_speaker, name_like, plain_speaker
from parsers.minutes_lines import Line

# The end of a line is looked for: its last characters are speech even when a label
# opens the line.
TAIL_CHARS = 12
# A turn's text that is only a name, a seat number or a title (a roll read as speech).
NAME_ONLY = re.compile(r"^[0-9０-９]{0,3}番?[\u4e00-\u9fff々ヶ\s\u3000]{0,10}(?:議員|委員|君|氏)?$")
NAME_RUN_MIN = 3
QUOTE_CHARS = 20
MARKS = "○◯〇◆◇◎□■●△▲・"
_SPACE = re.compile(r"\s+")
LOST_WARNINGS_MAX = 5


def _squeeze(text: str) -> str:
    return _SPACE.sub("", nfkc(text))


def _where(page: int | None) -> str:
    return f"{page} ページ: " if page else ""


def _quote(text: str) -> str:
    t = re.sub(r"\s+", " ", text).strip()
    return t if len(t) <= QUOTE_CHARS else t[:QUOTE_CHARS] + "…"


def _speech_part(text: str, known: frozenset[str]) -> str:
    """A line without the speaker label it opens with ('' for a label alone)."""
    t = text.strip()
    if t[:1] in "（(" and t[-1:] in "）)" and name_like(t[1:-1]) and looks_like_speaker(strip_honorific(t[1:-1])):
        return ""
    found = marked_speaker(t, known) or plain_speaker(t, known, True)
    return found[1] if found is not None else t


def lost_lines(lines: list[Line], turns: list[Turn], agenda: list[str],
               known: frozenset[str]) -> list[Line]:
    """The lines of the proceedings whose text is in no turn and no agenda heading."""
    produced = _squeeze("".join(t.text for t in turns))
    headings = [_squeeze(a) for a in agenda]
    cursor = 0
    lost = []
    for ln in lines:
        if ln.rule or not ln.text.strip():
            continue
        s = _squeeze(_speech_part(ln.text, known)).lstrip(MARKS)
        if not s:
            continue  # a speaker label alone, or a bracketed name under it
        tail = s[-TAIL_CHARS:]
        at = produced.find(tail, max(0, cursor - len(tail)))
        if at < 0:
            at = produced.find(tail)
        if at >= 0:
            cursor = at + len(tail)
            continue
        bare = s.strip("〔〕［］[]【】◎○◯〇")
        if any(bare and (bare in h or h in bare) for h in headings):
            continue
        lost.append(ln)
    return lost


def coverage_warnings(lines: list[Line], turns: list[Turn], agenda: list[str],
                      known: frozenset[str]) -> list[str]:
    """Japanese warnings for text that went missing, one per line (a few at most)."""
    lost = lost_lines(lines, turns, agenda, known)
    out = [f"{_where(ln.page)}「{_quote(ln.text)}」が発言にも注記にも入っていません。原文と照らして確かめてください。"
           for ln in lost[:LOST_WARNINGS_MAX]]
    if len(lost) > LOST_WARNINGS_MAX:
        out.append(f"ほかに {len(lost) - LOST_WARNINGS_MAX} 行が発言に入っていません。")
    return out


def structure_warnings(turns: list[Turn], listed: list[str], headings_found: set[int]) -> list[str]:
    """Warnings where the structure looks wrong: a run of turns holding only names or
    numbers, an agenda list none of whose items was met in the proceedings, a turn of one
    character."""
    out: list[str] = []
    run: list[Turn] = []
    for t in [*turns, Turn("", "。")]:
        if t.speaker is not None and NAME_ONLY.match(t.text.strip()) and t.text.strip():
            run.append(t)
            continue
        if len(run) >= NAME_RUN_MIN:
            out.append(f"{_where(run[0].page)}名前や番号だけの発言が {len(run)} 件続いています"
                       f"（「{_quote(run[0].text)}」）。出席者の名簿が発言として読まれていないか確かめてください。")
        run = []
    if listed and not headings_found:
        out.append(f"議事日程の項目（「{_quote(listed[0])}」など）を本文の見出しと対応づけられません。"
                   "発言がどの議題のものかを確かめてください。")
    for t in turns:
        if t.speaker is not None and len(_squeeze(t.text)) == 1:
            out.append(f"{_where(t.page)}1 文字だけの発言があります（{t.speaker}「{t.text.strip()}」）。"
                       "行の区切りを確かめてください。")
    return out
