"""Web pages saved from a 会議録検索 system: navigation, side panels, speaker lists and
print-hidden furniture around the speeches; UTF-8 or Shift_JIS by the page's meta charset."""
from __future__ import annotations

from pathlib import Path

import pytest

from app.core.domain import Minutes
from parsers import parse_file

SPEECHES = [("◯委員長", "ただいまから委員会を開会いたします。本日は御意見を伺います。"),
            ("◯福田ようすけ委員", "ダッシュボードの利用状況を伺います。"),
            ("◯デジタル戦略推進部長", "この４月から１１月までで合計約２万件でございます。"),
            ("◯委員長", "以上で委員会を閉会いたします。")]


def _page(charset: str, meta: str) -> str:
    items = "\n".join(
        f"""<li><div class="voice__header hidden-print"><span class="voice__title">{label}</span>
        <p class="voice__hits">検索語: なし</p></div>
        <div class="voice__text"><p class="js-textwrap-container">
        <span class="visible-print-block">{k + 1}: </span>{label}　　{text}<br>
        　続けて申し上げます。<br></p></div></li>"""
        for k, (label, text) in enumerate(SPEECHES))
    speaker_panel = "".join(f'<li><a href="#VoiceNo{k + 1}">{label}</a></li>' for k, (label, _) in enumerate(SPEECHES))
    return f"""<!DOCTYPE html>
<html lang="ja"><head>{meta}<title>文書閲覧 | テスト市議会会議録</title>
<script>var x = "◯委員長　スクリプトの文字";</script><style>p {{ color: red }}</style></head>
<body><a class="skip" href="#main">ナビゲーションをスキップする</a>
<header><h1>テスト市議会会議録</h1></header>
<nav><ul><li><a href="/">トップ</a></li><li><a href="/search">検索結果</a></li></ul></nav>
<main id="main">
<p class="view__title">ＤＸ推進調査特別委員会　本文</p>
<p class="view__date">開催日: 2024-12-26</p>
<p class="view__speaches hidden-print">文書中の発言: {len(SPEECHES)}</p>
<ul class="speakers">{speaker_panel}</ul>
<form><select><option>すべての発言を表示</option></select><button>表示</button></form>
<ul class="voice__list">{items}</ul>
</main>
<footer><p>Copyright (C) Test City Assembly</p></footer></body></html>"""


def _check(m: Minutes) -> None:
    speech = [t for t in m.turns if t.speaker is not None]
    assert [(t.speaker, t.name) for t in speech] == [("委員長", None), ("委員", "福田ようすけ"),
                                                     ("デジタル戦略推進部長", None), ("委員長", None)]
    assert speech[0].text.replace("\n", "") == SPEECHES[0][1] + "続けて申し上げます。"
    assert m.meeting.date == "2024-12-26"
    everything = "".join(t.text for t in m.turns) + "".join(p.label for p in m.participants)
    for furniture in ("スクリプト", "ナビゲーション", "検索語", "Copyright", "トップ", "すべての発言", "1: "):
        assert furniture not in everything
    assert not any("入っていません" in w for w in m.warnings)


@pytest.mark.parametrize("encoding,meta", [
    ("utf-8", '<meta charset="utf-8">'),
    ("cp932", '<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">'),
    ("euc_jp", '<meta http-equiv="Content-Type" content="text/html; charset=EUC-JP">'),
])
def test_saved_page_in_its_declared_charset(tmp_path: Path, encoding: str, meta: str) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(_page(encoding, meta).encode(encoding))
    doc = parse_file(path)  # detected as minutes although the chair speaks of 御意見
    assert isinstance(doc, Minutes) and doc.source.format == "html"
    _check(doc)


def test_page_saved_without_an_html_suffix(tmp_path: Path) -> None:
    path = tmp_path / "文書閲覧.txt"
    path.write_text(_page("utf-8", '<meta charset="utf-8">'), encoding="utf-8")
    doc = parse_file(path)
    assert isinstance(doc, Minutes) and doc.source.format == "html"
    _check(doc)


def test_table_layout_reads_label_cells(tmp_path: Path) -> None:
    rows = "".join(f"<tr><td>{label}</td><td>{text}<br>補足します。</td></tr>" for label, text in
                   [("座長", "会議を始めます。"), ("事務局", "資料を説明します。")])
    path = tmp_path / "t.htm"
    path.write_text(f"""<html><head><meta charset="utf-8"></head><body>
        <h1>第３回テスト会議　議事録</h1><p>日時：令和６年４月１日（月）13：30～15：00</p>
        <table>{rows}</table></body></html>""", encoding="utf-8")
    doc = parse_file(path, "minutes")
    assert isinstance(doc, Minutes)
    assert [(t.speaker, t.text.replace("\n", "")) for t in doc.turns] == [
        ("座長", "会議を始めます。補足します。"), ("事務局", "資料を説明します。補足します。")]
    assert (doc.meeting.date, doc.meeting.start, doc.meeting.end) == ("2024-04-01", "13:30", "15:00")


PRE_PAGE = """<HTML><HEAD><META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=Shift_JIS"><TITLE>会議録</TITLE></HEAD>
<BODY><FORM><INPUT TYPE=button VALUE="戻る"></FORM>
<TABLE><TR><TD><A HREF="a">前の発言</A></TD><TD><A HREF="b">次の発言</A></TD></TR></TABLE>
<PRE>
令和 5年第1回定例会（第2号 3月 1日）

○議事日程
第１　一般質問
―――――――――――――――――――――――
出席議員（２名）
　　　　　１番　　樋　川　篤　子　議員
　　　　　２番　　竹　浪　　　敦　議員
　――――◇―――◇―――◇――――
　　午前10時00分　開議
○議長（清野一榮議員）　これより本日の会議を開きます。
　日程第１、一般質問を行います。
○１番（樋川篤子議員）　質問します。
</PRE>
<HR><A HREF="top">先頭へ</A>
</BODY></HTML>"""


def test_preformatted_page_with_link_rows(tmp_path: Path) -> None:
    """An older system's page: Shift_JIS, the download text in <PRE>, 前の発言 / 次の発言 and
    先頭へ links around it; the date is the title's year with its day."""
    path = tmp_path / "kaigiroku.html"
    path.write_bytes(PRE_PAGE.encode("cp932"))
    doc = parse_file(path)
    assert isinstance(doc, Minutes)
    assert doc.meeting.date == "2023-03-01" and doc.meeting.title is not None and "前の発言" not in doc.meeting.title
    assert [(t.speaker, t.text) for t in doc.turns if t.speaker] == [
        ("議長", "これより本日の会議を開きます。日程第１、一般質問を行います。"), ("１番", "質問します。")]
    assert [p.name for p in doc.participants] == ["樋川篤子", "竹浪敦"]


def test_frame_divs_and_plain_speaker_index_are_not_the_record() -> None:
    """A page laid out with <div>s only (written for the project, EUC-JP): its header with
    a print stamp, bread crumbs, a side list of the day's speakers as plain text (no links)
    and a footer are no turns, and the date comes from the record's own heading."""
    from tests.conftest import FIXTURES

    m = parse_file(str(FIXTURES / "layouts" / "h8_chogikai_side.html"), None)
    assert isinstance(m, Minutes)
    speech = [t for t in m.turns if t.speaker is not None]
    assert len(speech) == 10
    assert speech[0].text.startswith("おはようございます。")
    assert speech[-1].text.startswith("以上で本日の日程は")
    assert m.meeting.date == "2024-09-12"  # not the 出力日時 of the page's header
    everything = "".join(t.text for t in m.turns)
    for furniture in ("この日の発言者", "トップ", "出力日時", "事務局", "ホーム"):
        assert furniture not in everything
    assert not any("開催日" in w for w in m.warnings)


def test_content_named_like_a_frame_is_kept(tmp_path: Path) -> None:
    """A page whose whole record sits in a <div class="main-side"> is still read: a frame
    is only what holds a small share of the page."""
    path = tmp_path / "page.html"
    path.write_text("""<html><head><meta charset="utf-8"></head><body>
<div class="main-side"><h2>令和７年２月３日　文教委員会　本文</h2>
<p>○委員長　ただいまから文教委員会を開会いたします。本日は請願の審査を行います。</p>
<p>○山本委員　請願第３号について、紹介議員の考えを伺います。</p>
<p>○委員長　以上で本日の委員会を閉会いたします。</p></div>
<div id="footer">文教委員会</div></body></html>""", encoding="utf-8")
    m = parse_file(str(path), None)
    assert isinstance(m, Minutes)
    assert [t.speaker for t in m.turns if t.speaker] == ["委員長", "委員", "委員長"]
    assert m.meeting.date == "2025-02-03"


def test_table_layout_with_a_side_cell_of_speakers() -> None:
    """A page laid out in a <table> (written for the project, Shift_JIS): a left cell lists
    the speakers one per <br> line under a heading, the right cell holds the record, a
    copyright row closes the page. Only the record's speeches are turns."""
    from tests.conftest import FIXTURES

    m = parse_file(str(FIXTURES / "layouts" / "h12_table_layout.html"), None)
    assert isinstance(m, Minutes)
    speech = [t for t in m.turns if t.speaker is not None]
    assert [(t.speaker, t.name) for t in speech] == [
        ("議長", "坂口\u3000勉"), ("２番", "宮田\u3000美咲"), ("教育長", "安藤\u3000正"),
        ("２番", "宮田\u3000美咲"), ("議長", "坂口\u3000勉")]
    assert speech[-1].text.endswith("散会いたします。")
    assert m.meeting.date == "2025-03-06"
    assert not any("All Rights" in t.text or "発言者" in t.text for t in m.turns)
