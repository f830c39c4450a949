"""Every speaker-mark style, note and heading, in generated text, DOCX and PDF minutes."""
from __future__ import annotations

from pathlib import Path

import pytest
from minutes_builders import write_docx, write_pdf, write_text

from app.core.domain import Minutes, Turn
from app.core.progress import NO_PROGRESS
from parsers.minutes import parse_minutes

GREETING = "ただいまから会議を開きます。"
# (line as printed, speaker, name, speech)
MARKED = [
    ("○議長（山田太郎君）　" + GREETING, "議長", "山田太郎", GREETING),
    ("◯議長（山田太郎君）　" + GREETING, "議長", "山田太郎", GREETING),
    ("〇議長（山田太郎君）　" + GREETING, "議長", "山田太郎", GREETING),
    ("◆11番（中村健一君）　質問いたします。", "11番", "中村健一", "質問いたします。"),
    ("◎総務部長（小林和夫君）　お答えします。", "総務部長", "小林和夫", "お答えします。"),
    ("○田中委員長　報告します。", "委員長", "田中", "報告します。"),
    ("委員長(加藤君):では始めます。", "委員長", "加藤", "では始めます。"),
    ("【委員長】本日の議題を確認します。", "委員長", None, "本日の議題を確認します。"),
    ("【議長：山田一郎】開会を宣言します。", "議長", "山田一郎", "開会を宣言します。"),
    ("□総務部長（佐藤次郎様）　ご説明します。", "総務部長", "佐藤次郎", "ご説明します。"),
    ("◇議長 鈴木三郎　休憩します。", "議長", "鈴木三郎", "休憩します。"),
    ("〇議長（森　淳君）　再開します。", "議長", "森淳", "再開します。"),
    ("・委員：資料の説明を求めます。", "委員", None, "資料の説明を求めます。"),
    ("事務局　資料を説明します。", "事務局", None, "資料を説明します。"),
    ("情報政策課長　適切な表現を検討したい。", "情報政策課長", None, "適切な表現を検討したい。"),
]
OPENING = "○議長（山田太郎君）　" + GREETING


def _parse(path: Path) -> Minutes:
    return parse_minutes(path, "", NO_PROGRESS)


def _plain(s: str | None) -> str | None:
    return None if s is None else s.replace("\u3000", "").replace(" ", "").replace("\n", "")


def _speech(m: Minutes) -> list[Turn]:
    return [t for t in m.turns if t.speaker is not None]


@pytest.mark.parametrize("line,speaker,name,speech", MARKED, ids=[m[0][:8] for m in MARKED])
def test_marker_style_in_text(tmp_path: Path, line: str, speaker: str, name: str | None, speech: str) -> None:
    path = write_text(tmp_path / "m.txt", [("", OPENING), ("", line), ("", "続けて発言します。")])
    turns = _speech(_parse(path))
    assert len(turns) == 2
    t = turns[1]
    assert (t.speaker, _plain(t.name)) == (speaker, _plain(name))
    assert _plain(t.text) == _plain(speech + "続けて発言します。")


@pytest.mark.parametrize("note", ["（了承）", "(なし)", "〔「異議なし」と呼ぶ者あり〕", "（開始 13：30）",
                                  "○（佐藤花子議員登壇）", "〔町長 高橋四郎君登壇〕"])
def test_a_note_is_its_own_turn_and_ends_the_speech(tmp_path: Path, note: str) -> None:
    path = write_text(tmp_path / "n.txt", [("", OPENING), ("", note), ("", "次に移ります。")])
    turns = _parse(path).turns
    assert [(t.speaker, _plain(t.text)) for t in turns] == [
        ("議長", _plain(GREETING)), (None, _plain(note.lstrip("○"))), ("議長", "次に移ります。")]


def test_agenda_headings_end_turns_and_index_them(tmp_path: Path) -> None:
    rows = [("", OPENING), ("", "〔議題（１）予算について〕"), ("", "◎財政課長（木村一君）　説明します。"),
            ("", "２　その他"), ("", "○議長（山田太郎君）　ほかにありますか。")]
    m = _parse(write_text(tmp_path / "a.txt", rows))
    assert [a.label for a in m.agenda] == ["議題（１）予算について", "２　その他"]
    assert [(t.speaker, t.agenda) for t in m.turns] == [("議長", None), ("財政課長", 0), ("議長", 1)]


def test_letter_spaced_lines_are_read_as_words(tmp_path: Path) -> None:
    rows = [("", "○ 議 長 （ 山 田 太 郎 君 ） 　 皆 さ ん 、 お は よ う ご ざ い ま す 。")]
    m = _parse(write_text(tmp_path / "s.txt", rows))
    assert (m.turns[0].speaker, m.turns[0].name, m.turns[0].text) == ("議長", "山田太郎", "皆さん、おはようございます。")


def test_symbol_font_bullets_become_middots(tmp_path: Path) -> None:
    m = _parse(write_text(tmp_path / "b.txt", [("", OPENING), ("", "\uf06c資料を配布します。")]))
    assert m.turns[0].text.endswith("・資料を配布します。")


def test_header_block_and_resolution(tmp_path: Path) -> None:
    rows = [("", "○会長（山田委員）　開会します。"), ("", "○会長　続けます。"), ("", "○中村委員　質問です。"),
            ("", "議事録署名委員　中村委員、森　淳委員")]
    m = _parse(write_text(tmp_path / "h.txt", rows))
    assert (m.meeting.date, m.meeting.start, m.meeting.end) == ("2023-10-02", "13:30", "15:00")
    assert m.meeting.session == "第3回" and m.meeting.venue == "テスト市役所本庁舎3階 第一会議室"
    assert [t.participant for t in _speech(m)][:3] == ["山田委員", "山田委員", "中村委員"]
    assert m.signatories == ("中村委員", "森淳委員")


def test_unknown_speaker_is_warned_not_dropped(tmp_path: Path) -> None:
    m = _parse(write_text(tmp_path / "u.txt", [("", OPENING), ("", "○佐々木参考人　意見を述べます。")]))
    assert m.turns[-1].speaker == "参考人" or m.turns[-1].speaker == "佐々木参考人"
    assert any("出席者と対応づけられません" in w for w in m.warnings)


@pytest.mark.parametrize("encoding", ["utf-8-sig", "cp932", "euc_jp", "utf-8"])
def test_text_encodings(tmp_path: Path, encoding: str) -> None:
    m = _parse(write_text(tmp_path / "e.txt", [("", OPENING), ("", "（了承）")], encoding=encoding))
    assert [t.speaker for t in m.turns] == ["議長", None]
    assert m.meeting.title is not None and m.meeting.title.startswith("令和5年度")


def test_docx_paragraph_markers(tmp_path: Path) -> None:
    rows = [("", OPENING), ("", "〔議題（１）予算について〕"), ("", "◆11番（中村健一君）　質問します。"), ("", "（了承）")]
    m = _parse(write_docx(tmp_path / "p.docx", rows))
    assert [(t.speaker, t.name, t.agenda) for t in m.turns] == [
        ("議長", "山田太郎", None), ("11番", "中村健一", 0), (None, None, 0)]


def test_docx_label_table_with_wrapped_label(tmp_path: Path) -> None:
    header = ["第1回 テスト会議 議事録", "日時：令和6年4月1日 10:00～11:00",
              "出席者：", "曽根委員(座長)、林委員"]
    rows = [("", "（開始 10：00）"), ("座長\n（曽根委員）", "始めます。"), ("", "〔報告事項〕"),
            ("", "続けて報告をお願いする。"), ("林委員", "報告します。")]
    m = _parse(write_docx(tmp_path / "t.docx", rows, header=header, table=True))
    assert [(t.speaker, t.participant, t.agenda, t.text) for t in m.turns] == [
        (None, None, None, "（開始 10：00）"), ("座長", "曽根委員", None, "始めます。"),
        ("座長", "曽根委員", 0, "続けて報告をお願いする。"), ("林委員", "林委員", 0, "報告します。")]
    assert m.turns[1].name == "曽根"


def test_single_column_pdf_over_a_page_break(tmp_path: Path) -> None:
    long = "本日の議題について説明します。" * 6
    rows = [("○議長（山田太郎君）", GREETING), ("◎総務部長（小林和夫君）", long), ("", "（了承）")]
    m = _parse(write_pdf(tmp_path / "s.pdf", rows, page_break_after=None, width=20))
    assert [t.speaker for t in m.turns] == ["議長", "総務部長", None]
    assert _plain(m.turns[1].text) == _plain(long)
