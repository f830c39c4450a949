"""Front matter — 議事日程/議事次第, rolls, 配付資料 — is never speech: its lists become the
agenda and the participants, in text downloads, Word→PDF minutes and 要点記録 PDFs."""
from __future__ import annotations

from pathlib import Path

from minutes_builders import write_pdf, write_text

from app.core.domain import Minutes, Turn
from app.core.progress import NO_PROGRESS
from parsers.minutes import parse_minutes

# The shape of a 会議録検索 system's text download (弘前市, 仙台市 … print it alike).
DOWNLOAD_HEAD = [
    "開催日：令和 6年 3月 4日",
    "会議名：令和 6年第1回定例会（第2号 3月 4日）",
    "",
    "○議事日程",
    "",
    "議事日程（第２号）　令和６年３月４日",
    "　　　　　　　　　午前10時　開議",
    "第１　会議録署名議員の指名",
    "第２　議案第５号　テスト市税条例の一部を改正する条例案",
    "　　　議案第６号　テスト市手数料条例の一部を改正する条例案",
    "―――――――――――――――――――――――",
    "本日の会議に付した事件",
    "　議事日程に同じ",
    "―――――――――――――――――――――――",
    "出席議員（５名）",
    "　　　　　１番　　樋　川　篤　子　議員",
    "　　　　　２番　　竹　浪　　　敦　議員",
    "　　　　　５番　　宇　野　雅　史　議員",
    "　　　　　14番　　片　岡　智　子　議員",
    "　　　　　25番　　清　野　一　榮　議員",
    "",
    "欠席議員（１名）",
    "　　　　　23番　　越　　　明　男　議員",
    "",
    "地方自治法第121条による出席者",
    "　　市長　　　　　　　　　　　　櫻　田　　　宏",
    "　　総務部長　　　　　　　　　　番　場　邦　夫",
    "",
    "出席事務局職員",
    "　　事務局長　　　　　　　　　　佐　藤　記　一",
    "　――――◇―――◇―――◇――――",
    "　　午前10時00分　開議",
]
DOWNLOAD_BODY = [
    "○議長（清野一榮議員）　これより本日の会議を開きます。",
    "―――――――――――――――――",
    "",
    "○議長（清野一榮議員）　日程第１、会議録署名議員の指名を行います。",
    "　５番宇野雅史議員、14番片岡智子議員を指名いたします。",
    "",
    "○議長（清野一榮議員）　日程第２、議案第５号及び議案第６号を一括議題といたします。",
    "　　〔市長　櫻田　宏　登壇〕",
    "○市長（櫻田　宏）　提案理由を御説明申し上げます。",
    "",
    "○議長（清野一榮議員）　本日は、これをもって散会いたします。",
    "　　午前10時31分　散会",
]


def _parse(path: Path) -> Minutes:
    return parse_minutes(path, "", NO_PROGRESS)


def _speech(m: Minutes) -> list[Turn]:
    return [t for t in m.turns if t.speaker is not None]


def test_text_download_front_matter_is_not_speech(tmp_path: Path) -> None:
    path = tmp_path / "dl.txt"
    path.write_text("\r\n".join(DOWNLOAD_HEAD + DOWNLOAD_BODY) + "\r\n", encoding="utf-8")
    m = _parse(path)
    assert [t.speaker for t in _speech(m)] == ["議長", "議長", "議長", "市長", "議長"]
    assert [a.label.replace("\u3000", " ") for a in m.agenda] == [
        "第１ 会議録署名議員の指名", "第２ 議案第５号 テスト市税条例の一部を改正する条例案",
        "議案第６号 テスト市手数料条例の一部を改正する条例案"]
    by_name = {p.name: p for p in m.participants}
    assert (by_name["樋川篤子"].label, by_name["樋川篤子"].group) == ("樋川篤子議員", "出席議員")
    assert by_name["竹浪敦"].title == "議員" and by_name["越明男"].group == "欠席議員"
    assert (by_name["櫻田宏"].title, by_name["番場邦夫"].title) == ("市長", "総務部長")
    assert by_name["佐藤記一"].group == "出席事務局職員"
    mayor = next(t for t in m.turns if t.speaker == "市長")
    assert mayor.participant == "櫻田宏市長" and m.agenda[mayor.agenda or 0].label.startswith("第２")
    assert m.signatories == ("宇野雅史議員", "片岡智子議員")
    assert (m.meeting.date, m.meeting.start, m.meeting.end) == ("2024-03-04", "10:00", "10:31")
    assert m.warnings == ()


def test_signatories_named_by_seat_without_a_roll(tmp_path: Path) -> None:
    appointment = "会議録署名議員は、会議規則第88条の規定により、５番宇野雅史君、14番片岡智子君を指名いたします。"
    rows = [("○議長（山田太郎君）", appointment)]
    m = _parse(write_text(tmp_path / "s.txt", rows, header=["テスト市議会会議録", "開催日：令和6年3月4日"]))
    assert m.signatories == ("宇野雅史", "片岡智子")


AGENDA_PAGE = ["第25回テスト推進会議", "議 事 次 第", "１ 日 時 令和元年７月26日（金）14：00～15：56",
               "２ 場 所 中央合同庁舎第４号館共用1208特別会議室", "３　議　題",
               "⑴　アクションプログラムの進捗状況について", "⑵　各分科会の取りまとめについて",
               "・若年者の消費者教育分科会", "⑶　推進会議取りまとめについて", "⑷　その他",
               "４　出席者（敬称略・50音順）", "委員：青木秀子、東珠実、色川卓男", "５　配付資料",
               "資料１　アクションプログラムの進捗状況について", "資料２　各分科会の取りまとめについて"]


def test_word_pdf_agenda_page_gives_the_agenda(tmp_path: Path) -> None:
    rows = [("○東会長", "それでは、ただいまより会議を開催いたします。１つ目の議題から審議をさせていただきます。"),
            ("○青木委員", "進捗について質問します。"),
            ("○東会長", "では、次の議題に移ります。次の議題は各分科会の取りまとめについてでございます。"),
            ("○色川委員", "分科会について意見を申し上げます。")]
    m = _parse(write_pdf(tmp_path / "a.pdf", rows, header=AGENDA_PAGE, footer=True, width=40))
    assert [a.label.split("\u3000")[0] for a in m.agenda] == ["⑴", "⑵", "⑶", "⑷"]
    assert [t.speaker for t in _speech(m)] == ["会長", "委員", "会長", "委員"]
    assert [t.agenda for t in _speech(m)] == [0, 0, 1, 1]
    assert (m.meeting.date, m.meeting.start, m.meeting.end) == ("2019-07-26", "14:00", "15:56")
    assert {p.label for p in m.participants} >= {"青木秀子", "東珠実", "色川卓男"}
    assert _speech(m)[0].participant == "東珠実"


YOTEN_HEAD = ["第３回テスト市地域福祉審議会　会議録（要点記録）", "１　日時　令和６年５月１０日（金）10時00分～11時30分",
              "２　場所　テスト市役所３階会議室", "３　出席者　委員５名、事務局３名", "４　議題",
              "（１）地域福祉計画の進捗について", "（２）次期計画の策定について", "５　配付資料",
              "資料１　進捗状況一覧", "６　会議の結果"]


def test_yoten_kiroku_keeps_its_first_item_and_statements(tmp_path: Path) -> None:
    rows = [("", "（１）地域福祉計画の進捗について"), ("", "・委員：進捗が遅れている事業の理由を伺いたい。"),
            ("", "・事務局：人員の不足によるものである。"), ("", "（２）次期計画の策定について"),
            ("", "・委員：住民の意見を聞く機会を設けてほしい。")]
    m = _parse(write_pdf(tmp_path / "y.pdf", rows, header=YOTEN_HEAD, width=40))
    assert [t.speaker for t in _speech(m)] == ["委員", "事務局", "委員"]
    assert [t.agenda for t in _speech(m)] == [0, 0, 1]
    assert _speech(m)[0].text.startswith("進捗が遅れている")
    assert [a.label for a in m.agenda] == ["（１）地域福祉計画の進捗について", "（２）次期計画の策定について"]


def test_assembly_headings_and_notes(tmp_path: Path) -> None:
    head = ["テスト県議会　総務委員会会議録", "開催日：令和元年６月２８日", "出席委員（３名）",
            "◎委員長　鈴　木　一　郎　　○副委員長　佐　藤　二　郎", "田中　三郎"]
    rows = [("", "◎開会の宣告"), ("○鈴木委員長", "ただいまから委員会を開会いたします。"),
            ("", "◎第六十二号議案　令和元年度テスト県一般会計補正予算"),
            ("○田中委員", "補正の理由を伺います。"), ("", "〔理事者交代〕"),
            ("○総務部長（山本五郎君）", "お答えいたします。")]
    m = _parse(write_text(tmp_path / "k.txt", rows, header=head))
    assert [a.label for a in m.agenda] == ["開会の宣告", "第六十二号議案　令和元年度テスト県一般会計補正予算"]
    assert [(t.speaker, t.name) for t in _speech(m)] == [("委員長", "鈴木"), ("委員", "田中"), ("総務部長", "山本五郎")]
    assert [t.text for t in m.turns if t.speaker is None] == ["〔理事者交代〕"]
    roles = {p.name: p.role for p in m.participants}
    assert roles == {"鈴木一郎": "委員長", "佐藤二郎": "副委員長", "田中三郎": None}
    assert [t.participant for t in _speech(m)][:2] == ["鈴木一郎", "田中三郎"]


def test_section_heads_with_the_speakers_mark(tmp_path: Path) -> None:
    """◯ opens the front matter's heads, ○ the speeches, in one document."""
    head = ["テスト市議会　文教委員会　会議録", "◯開催日　令和５年９月１２日", "◯出席委員",
            "山田太郎　　鈴木花子　　佐藤一郎", "◯説明員", "教育長　中村健一"]
    rows = [("○山田委員長", "ただいまから委員会を開きます。"), ("○鈴木委員", "質問します。"),
            ("○教育長", "お答えします。")]
    m = _parse(write_text(tmp_path / "h.txt", rows, header=head))
    assert [t.speaker for t in _speech(m)] == ["委員長", "委員", "教育長"]
    assert m.meeting.date == "2023-09-12"
    assert {p.name for p in m.participants} >= {"山田太郎", "鈴木花子", "佐藤一郎", "中村健一"}
    assert [t.participant for t in _speech(m)] == ["山田太郎", "鈴木花子", "中村健一教育長"]


def test_header_table_of_a_word_minutes(tmp_path: Path) -> None:
    """日時・場所・出席者・議題 in a two-column table before the speeches, as Word minutes print it."""
    import docx

    d = docx.Document()
    d.add_paragraph("第２回テスト市環境審議会　議事録")
    table = d.add_table(rows=0, cols=2)
    for key, value in [("日時", "令和６年７月１日（月）　午後２時から午後４時まで"), ("場所", "テスト市役所本庁舎５階会議室"),
                       ("出席委員", "山田太郎（会長）、鈴木花子、佐藤一郎"), ("事務局", "環境政策課"),
                       ("議題", "（１）環境基本計画の改定について\n（２）その他")]:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = key, value
    for line in ["（１）環境基本計画の改定について", "山田会長：ただいまから審議会を開会します。",
                 "事務局：資料１により説明します。", "鈴木委員：目標の設定について伺います。"]:
        d.add_paragraph(line)
    path = tmp_path / "table.docx"
    d.save(str(path))
    m = _parse(path)
    assert (m.meeting.date, m.meeting.start, m.meeting.end) == ("2024-07-01", "14:00", "16:00")
    assert m.meeting.venue == "テスト市役所本庁舎5階会議室"
    assert [a.label for a in m.agenda] == ["（１）環境基本計画の改定について", "（２）その他"]
    assert [(t.speaker, t.agenda) for t in _speech(m)] == [("山田会長", 0), ("事務局", 0), ("鈴木委員", 0)]
    assert [t.participant for t in _speech(m)] == ["山田太郎", "事務局", "鈴木花子"]
    assert m.warnings == ()


def test_yoten_kiroku_bracketed_labels(tmp_path: Path) -> None:
    rows = [("", "（委員）地域の担い手が不足しているのではないか。"), ("", "（事務局）人材の育成に取り組んでいる。")]
    m = _parse(write_text(tmp_path / "b.txt", rows, header=["テスト市審議会　要点記録", "日時：令和6年5月10日"]))
    assert [(t.speaker, t.text) for t in m.turns] == [("委員", "地域の担い手が不足しているのではないか。"),
                                                      ("事務局", "人材の育成に取り組んでいる。")]


ASSEMBLY_DAY = """令和５年第２回テスト市議会定例会会議録（第３号）
令和５年６月１２日（月曜日）
───────────────────────
議事日程　第３号
　令和５年６月12日（月曜日）午前10時開議
第１　一般質問
───────────────────────
本日の会議に付した事件
日程第１　一般質問
───────────────────────
出席議員（４名）
　　１番　　山　田　太　郎　君　　　　２番　　鈴　木　花　子　君
　　３番　　佐　藤　一　郎　君　　　　４番　　高　橋　　　勇　君
───────────────────────
説明のため出席した者
　市長　　　　　佐　藤　一　郎　君　　　副市長　　　田　中　次　郎　君
　教育長　　　　中　村　健　一　君
───────────────────────
職務のため出席した事務局職員
　事務局長　　　高　橋　三　郎　　　　議事課長　　伊　藤　四　郎
───────────────────────
　　　　午前10時00分　開議
○議長（高橋勇君）　おはようございます。ただいまから本日の会議を開きます。
───────────────────────
◎日程第１　一般質問
○議長（高橋勇君）　日程第１、一般質問を行います。順次発言を許します。１番山田太郎君。
　　〔１番　山田太郎君登壇〕
○１番（山田太郎君）　質問します。子育て支援について伺います。
○議長（高橋勇君）　市長。
○市長（佐藤一郎君）　お答えします。
───────────────────────
○議長（高橋勇君）　以上で本日の日程は全部終了しました。本日はこれにて散会します。
　　　　午前11時05分　散会
"""


def test_two_seats_a_line_and_a_restated_agenda(tmp_path: Path) -> None:
    """Rolls printed two to a line, 本日の会議に付した事件 restating the 議事日程, 日程第１ of an
    item whose name opens with 一 (一般質問)."""
    path = tmp_path / "day.txt"
    path.write_text(ASSEMBLY_DAY, encoding="utf-8")
    m = _parse(path)
    assert [a.label for a in m.agenda] == ["第１\u3000一般質問"]
    assert [(t.speaker, t.participant) for t in _speech(m)] == [
        ("議長", "高橋勇"), ("議長", "高橋勇"), ("１番", "山田太郎"), ("議長", "高橋勇"), ("市長", "佐藤一郎市長"),
        ("議長", "高橋勇")]
    assert [t.agenda for t in _speech(m)] == [None, 0, 0, 0, 0, 0]
    titles = {p.label: (p.title, p.group) for p in m.participants}
    assert titles["田中次郎副市長"] == ("副市長", "説明のため出席した者")
    assert titles["伊藤四郎議事課長"] == ("議事課長", "職務のため出席した事務局職員")
    assert {"鈴木花子", "高橋勇"} <= set(titles)
    assert (m.meeting.date, m.meeting.start, m.meeting.end) == ("2023-06-12", "10:00", "11:05")
    assert m.warnings == ()


SHIDAI = """第３回テスト市子ども・子育て会議　会議録
日時：令和６年８月５日（月）午前10時～午前11時30分
場所：テスト市役所第２会議室
出席委員：山田会長、鈴木委員、佐藤委員
事務局：こども政策課
次第
１　開会
２　議事
（１）子ども・子育て支援事業計画の進捗について
（２）その他
３　閉会

１　開会
事務局：ただいまから会議を開会いたします。
２　議事
（１）子ども・子育て支援事業計画の進捗について
山田会長：事務局から説明をお願いします。
事務局：資料１により説明します。
鈴木委員：待機児童数の推移を伺いたい。
（２）その他
山田会長：その他、何かありますか。
３　閉会
事務局：以上で会議を閉会いたします。
"""


def test_shidai_items_printed_again_as_headings(tmp_path: Path) -> None:
    """A 次第 of 開会 / 議事 (1)(2) / 閉会, each printed again over its part of the proceedings."""
    path = tmp_path / "shidai.txt"
    path.write_text(SHIDAI, encoding="utf-8")
    m = _parse(path)
    assert [a.label.split("\u3000")[0][:3] for a in m.agenda] == ["１", "２", "（１）", "（２）", "３"]
    assert [(t.speaker, t.agenda) for t in m.turns] == [("事務局", 0), ("山田会長", 2), ("事務局", 2),
                                                        ("鈴木委員", 2), ("山田会長", 3), ("事務局", 4)]
    assert m.warnings == ()


def test_attendance_groups_carry_over_wrapped_lines(tmp_path: Path) -> None:
    """'委員：…' and '消費者庁：…' lists wrapped onto the next line keep their group; a person
    after an office and a colon is the person; a name printed in a speaker label names them."""
    head = ["第25回テスト推進会議　議事録", "日時：令和元年７月26日（金）", "出席者（敬称略）",
            "委員：青木秀子、東珠実、", "色川卓男", "幹事：金融庁総合政策局総合政策課：佐藤総合政策管理官",
            "消費者庁：宮腰内閣府特命担当大臣（消費者及び食品安全）、", "伊藤長官、米山企画官"]
    rows = [("○東会長", "ただいまより会議を開催いたします。"), ("○宮腰大臣", "御挨拶を申し上げます。"),
            ("○伊藤長官", "よろしくお願いいたします。")]
    m = _parse(write_text(tmp_path / "g.txt", rows, header=head))
    people = {p.label: p for p in m.participants}
    assert [people[x].group for x in ("青木秀子", "東珠実", "色川卓男")] == ["委員"] * 3
    assert people["佐藤総合政策管理官"].group == "幹事"
    assert [people[x].group for x in ("宮腰内閣府特命担当大臣", "伊藤長官", "米山企画官")] == ["消費者庁"] * 3
    assert (people["宮腰内閣府特命担当大臣"].name, people["宮腰内閣府特命担当大臣"].role) == ("宮腰", "消費者及び食品安全")
    assert [t.participant for t in _speech(m)] == ["東珠実", "宮腰内閣府特命担当大臣", "伊藤長官"]


DIET_STYLE = """第211回国会　衆議院　総務委員会　第5号
令和五年三月十四日（火曜日）
    午前九時開議
 出席委員
   委員長　浮島　智子君
   理事　石川　昭政君　理事　古川　　康君
 出席国務大臣
       総務大臣　　　　松本　剛明君
     ―――――――――――――
○浮島委員長　これより会議を開きます。
○松本国務大臣　お答えいたします。固定資産税は市町村の基幹税目です。
○浮島委員長　本日は、これにて散会いたします。
    午前十一時五十二分散会
"""


def test_an_opening_time_above_the_rolls_does_not_open_the_proceedings(tmp_path: Path) -> None:
    """国会 minutes print 開議 under the date and the rolls below it: the rolls are people."""
    path = tmp_path / "diet.txt"
    path.write_text(DIET_STYLE, encoding="utf-8")
    m = _parse(path)
    assert [t.speaker for t in _speech(m)] == ["委員長", "松本国務大臣", "委員長"]
    assert {"浮島智子", "石川昭政", "古川康"} <= {p.label.replace("\u3000", "") for p in m.participants} | {
        (p.name or "").replace("\u3000", "") for p in m.participants}
    assert (m.meeting.date, m.meeting.start, m.meeting.end) == ("2023-03-14", "09:00", "11:52")
