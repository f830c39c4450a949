"""Minutes or comment table? Read from the first pages' words, never refusing a readable file.

Minutes show speakers: lines opened by a speaker label (``○議長（山田太郎君）``,
``委員長(相馬君):``, ``・委員：``) and a title naming 議事録/会議録. Comment tables show
their column words (意見の概要, 市の考え方, 受付番号 …), a table, and a title naming the
public comment. Where the two kinds of evidence weigh the same, the document's own title
decides; where nothing decides, ``WorkbenchError('ambiguous_kind')`` asks the user to say
which (``--as minutes|comments``, or the import dialog's question).
"""
from __future__ import annotations

import re
from pathlib import Path

from app.core.domain import COMMENTS, MINUTES
from app.core.errors import WorkbenchError
from parsers.minutes_labels import looks_like_speaker, marked_speaker, plain_speaker
from parsers.readers import PREVIEW_CHARS, file_format, open_docx, preview_text

# Column and heading words of 意見の概要と考え方 tables and intake sheets.
COMMENT_WORDS = ("意見の概要", "意見の要旨", "意見の内容", "ご意見", "御意見", "考え方", "受付番号",
                 "意見募集", "パブリックコメント", "パブリック・コメント", "意見公募", "提出意見",
                 "対応方針", "意見に対する")
MINUTES_TITLE = re.compile(r"議事録|会議録|議事要旨|会議要旨|議事概要|会議概要|要点記録|速記録|議事速報|"
                           r"(?:委員会|本会議|審議会|協議会|部会|会議)記録")
COMMENTS_TITLE = re.compile(r"パブリック・?コメント|意見募集|意見公募|意見の概要|意見の要旨|意見及び|意見と|"
                            r"提出された(?:ご|御)?意見|(?:ご|御)?意見(?:に対する|への)")
# Speaker lines among the first page's lines that make a file minutes by themselves.
SPEAKER_LINES_MIN = 3
# Distinct comment words that make a file a comment table by themselves.
COMMENT_WORDS_MIN = 2
TITLE_LINES = 6


def _is_speaker_line(t: str) -> bool:
    """A line opened by a speaker label with speech after it (not '○ 意見提出件数')."""
    found = marked_speaker(t, frozenset()) or plain_speaker(t, frozenset(), False)
    if found is None:  # '学校施設担当課長（中島健）　それでは…': a role and a bracketed name, unmarked
        bare = plain_speaker(t, frozenset(), True)
        found = bare if bare is not None and bare[0].name and re.match(r"^[^（(]+[（(]", t) else None
    if found is None or not found[1].strip():
        return False
    label = found[0]
    return label.name is not None or looks_like_speaker(label.speaker)


def _has_table(path: Path, fmt: str) -> bool:
    if fmt == "xlsx":
        return True
    if fmt == "docx":
        return len(open_docx(path).tables) > 0
    return False


def detect_kind(path: Path) -> str:
    """``minutes`` or ``comments``. Raises WorkbenchError('ambiguous_kind') when the file
    gives no evidence either way, so the caller asks the user."""
    fmt = file_format(path)
    if fmt == "xlsx":
        return COMMENTS
    if fmt == "html":
        from parsers.minutes_html import html_text  # here: a PDF never compiles the HTML patterns

        head = html_text(path)[:PREVIEW_CHARS]
    else:
        head = preview_text(path)
    lines = [ln.strip(" \u3000\t") for ln in head.splitlines() if ln.strip(" \u3000\t")]
    speaking = [k for k, t in enumerate(lines) if _is_speaker_line(t)]
    words = sum(1 for w in COMMENT_WORDS if w in head)
    # the title block, spaces closed up ('議　事　録' on a cover)
    title = "".join(lines[: min(TITLE_LINES, speaking[0] if speaking else TITLE_LINES)]).replace(" ", "").replace("\u3000", "")
    minutes_title = MINUTES_TITLE.search(title) is not None
    comments_title = COMMENTS_TITLE.search(title) is not None
    if minutes_title != comments_title:
        return MINUTES if minutes_title else COMMENTS
    if not minutes_title:
        # here, not at the top: minutes that say so never compile the comment parsers' patterns
        from parsers.comments_labelled import looks_labelled

        if looks_labelled(head):  # 意見：… 回答：… read as labels, not speakers
            return COMMENTS
    if len(speaking) >= SPEAKER_LINES_MIN:
        return MINUTES
    if words >= COMMENT_WORDS_MIN or (words and _has_table(path, fmt)):
        return COMMENTS
    if speaking:
        return MINUTES
    raise WorkbenchError("ambiguous_kind", path=str(path))
