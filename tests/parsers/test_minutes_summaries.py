"""Records that summarise the meeting (議事概要) rather than transcribe it: members anonymised
as （Ａ委員） or by role, printed alone on the line above their statement, and the record's own
numbered sections after its proceedings. Documents written for the project."""
from __future__ import annotations

from tests.conftest import FIXTURES, layout_minutes

LAYOUTS = FIXTURES / "layouts"


def test_bracketed_role_alone_on_its_line_labels_the_statement_below() -> None:
    m = layout_minutes("t1_gaiyo_tokumei.txt")
    spoken = [(t.speaker, t.text[:10]) for t in m.turns if t.speaker]
    assert spoken == [("Ａ委員", "・朝食を欠食する若者"), ("事務局", "・県内の大学の学生食"),
                      ("Ｂ委員", "・共食の機会を増やす"), ("会長", "・生産者と学校をつな"),
                      ("事務局", "・次回会議で、県内の")]
    labels = [a.label for a in m.agenda]
    assert [labels[t.agenda] for t in m.turns if t.speaker and t.agenda is not None][-1] == \
        "（２）学校給食における地場産物の活用について"


def test_anonymised_members_are_not_warned_as_unknown_people() -> None:
    m = layout_minutes("t1_gaiyo_tokumei.txt")
    assert not [w for w in m.warnings if "対応づけられません" in w]


def test_the_records_next_numbered_section_is_a_note_not_an_item_or_speech() -> None:
    m = layout_minutes("t1_gaiyo_tokumei.txt")
    notes = [t.text for t in m.turns if t.speaker is None]
    assert "７\u3000その他" in notes and "次回は１２月に開催する予定。" in notes
    assert len(m.agenda) == 2


def test_a_speech_that_opens_the_next_item_goes_with_that_item() -> None:
    """The chair decides item 1 and, in the same speech, opens item 2 ('次に、日程第２、…を
    議題とします', on its own line or after the decision on the same line): no heading is
    printed, so it stays one turn, filed under the item it opens, and so is what follows
    (before, the turn and the whole next item stayed under item 1)."""
    m = layout_minutes("t2_nogyo_sokai.txt")
    labels = [a.label[:4] for a in m.agenda]
    chair = [(labels[t.agenda] if t.agenda is not None else None, t.text[:12]) for t in m.turns if t.speaker == "会長"]
    assert chair == [("日程第１", "ただいまから第１１回総会"), ("日程第２", "ほかにありませんか。なけ"), ("日程第３", "議案第４１号は許可相当と"),
                     ("日程第３", "以上で本日の総会を閉会し")]
    after = {t.text[:7]: labels[t.agenda] for t in m.turns if t.speaker and t.agenda is not None}
    assert after["番号１は、畑を"] == "日程第２" and after["報告第９号は、"] == "日程第３"


def test_a_speaker_tables_caption_row_and_a_remark_row_are_not_turns() -> None:
    """A Word table 発言者 | 発言内容: the caption row names the columns, and a row with only
    '（異議なし）' in the speaker cell is a remark, not the chair's name."""
    m = layout_minutes("t3_table_caption.docx")
    assert "発言者" not in [t.speaker for t in m.turns]
    remark = [t for t in m.turns if t.speaker is None]
    assert [t.text for t in remark] == ["（異議なし）"]
    assert [t.text[:6] for t in m.turns if t.speaker == "委員長"] == ["ただいまから", "それでは、報", "以上で本日の"]


def test_numbered_signatory_line_and_a_roll_beside_its_head() -> None:
    """'４　会議録署名委員　　片山委員　　谷口委員' names the signatories (it was read as one
    more person of the roll), and '３　出席者　　委員長　大　野　正　人' holds the roll's first
    entry beside its head; '委員長職務代理者' is a title."""
    m = layout_minutes("t4_senkan_iinkai.txt")
    assert list(m.signatories) == ["片山委員", "谷口委員"]
    assert [p.label for p in m.participants] == ["大野正人委員長", "片山緑委員長職務代理者", "谷口進委員"]
    assert {t.participant for t in m.turns if t.speaker == "委員長"} == {"大野正人委員長"}


def test_assembly_minutes_pdf_two_column_seat_roll_and_signatories_in_the_chairs_speech() -> None:
    """A 町議会 本会議録 printed to PDF: the 出席議員 roll in two columns whose second seat comes
    out glued to the first name ('１番赤井稔君２番井口早苗君'), '○本日の会議に付した事件' after
    the numbered '○議事日程' (a head of its own, not part of item 第２), and the chair's
    '会議録署名議員には、…２番井口早苗さん、５番大森徹君を指名いたします' (a sentence, not a
    line listing names)."""
    m = layout_minutes("t5_chogikai_honkaigi.pdf")
    assert [p.name for p in m.participants][:6] == ["赤井稔", "井口早苗", "宇佐美薫", "遠山信吾", "大森徹", "金子美智子"]
    assert [a.label for a in m.agenda] == ["第１\u3000会議録署名議員の指名", "第２\u3000町政に対する一般質問"]
    assert list(m.signatories) == ["井口早苗", "大森徹"]
    assert [t.speaker for t in m.turns] == ["議長", "議長", "議長", "３番", "町長", "議長"]
    assert {t.participant for t in m.turns if t.speaker == "３番"} == {"宇佐美薫"}


def test_nested_agenda_items_are_items_each_and_turns_sit_under_the_deepest() -> None:
    """'（１）諮問事項' → 'ア　諮問第３号…' → '(ｱ)　屋外広告物の基準' (公用文 numbering): each line
    an item (they were run together into one), repeated as headings, each turn under the
    deepest heading above it."""
    m = layout_minutes("t6_keikan_nested.txt")
    assert [a.label for a in m.agenda] == [
        "（１）諮問事項", "ア\u3000諮問第３号\u3000景観計画の変更について", "(ｱ)\u3000屋外広告物の基準",
        "(ｲ)\u3000色彩の基準", "（２）報告事項", "ア\u3000景観重要建造物の指定状況について"]
    under = {t.text[:6]: m.agenda[t.agenda].label[:3] for t in m.turns if t.speaker and t.agenda is not None}
    assert under["諮問第３号は"] == "ア\u3000諮" and under["幹線道路沿い"] == "(ｱ)" and under["既存の広告物"] == "(ｱ)"
    assert under["外壁の基調色"] == "(ｲ)" and under["本年度は、旧"] == "ア\u3000景"


def test_a_post_in_brackets_stays_in_the_speaker() -> None:
    """'○事務局（都市景観課長）' and '○事務局（建築指導課長）' are two officers: the post in the
    brackets is no person's name, so it stays in the speaker (it was dropped, leaving 事務局)."""
    m = layout_minutes("t6_keikan_nested.txt")
    speakers = {t.speaker for t in m.turns if t.speaker}
    assert {"事務局（都市景観課長）", "事務局（建築指導課長）"} <= speakers and "事務局" not in speakers


def test_a_list_of_title_and_name_and_signatories_named_by_surname() -> None:
    """'会長　渡部　聡、委員　石井　真弓、…' are titles before names; '４名（定数７名）' is a
    head count; the chair names the signatories by surname and title ('石井委員と原田委員')."""
    m = layout_minutes("t6_keikan_nested.txt")
    members = [p.label for p in m.participants if p.group == "出席委員"]
    assert members == ["渡部聡会長", "石井真弓委員", "山内浩二委員", "原田陽委員"]
    assert list(m.signatories) == ["石井真弓委員", "原田陽委員"]
    assert {t.participant for t in m.turns if t.speaker == "会長"} == {"渡部聡会長"}


def test_surnames_ending_in_mura_are_names_like_any_other() -> None:
    """'○中村委員', '○今村委員', '○木村会長' read like '○荒川委員': role and surname (a surname
    ending in 村 was taken for a village's name and the label left whole)."""
    m = layout_minutes("t8_surname_mura.txt")
    assert [(t.speaker, t.name) for t in m.turns] == [
        ("会長", "木村"), ("委員", "中村"), ("委員", "今村"), ("委員", "荒川"), ("会長", "木村")]
    assert [t.participant for t in m.turns] == ["木村会長", "中村委員", "今村委員", "荒川委員", "木村会長"]


def test_guests_and_officers_named_with_a_shorter_title_resolve() -> None:
    """'ひかり信用金庫　営業推進部長　岡田氏' is 岡田 (organisation and post before the name), and
    '【白石企画課長】' is the officer listed as '中小企業庁事業環境部企画課長　白石': the label
    names the person and the end of the title."""
    m = layout_minutes("t9_kentokai_guest.txt")
    guest = next(p for p in m.participants if p.name == "岡田")
    assert guest.title == "ひかり信用金庫\u3000営業推進部長"
    by_speaker = {t.speaker: t.participant for t in m.turns}
    assert by_speaker["岡田氏"] == guest.label
    assert by_speaker["白石企画課長"] is not None and by_speaker["白石企画課長"].startswith("白石")
    assert not [w for w in m.warnings if "対応づけられません" in w]


def test_a_speaker_table_printed_to_pdf_drops_its_caption_rows() -> None:
    """A Word speaker table (発言者 | 発言内容) printed to PDF: the caption row repeated on each
    table is no turn (it was an unknown speaker's 'speech', then the chair's)."""
    m = layout_minutes("t10_kotsu_table_pdf.pdf")
    assert not [t for t in m.turns if "発言内容" in t.text]
    assert [t.speaker for t in m.turns][:3] == ["事務局", "会長", "事務局"]
    assert [t.text for t in m.turns if t.speaker is None] == ["（異議なし）"]
    assert not [w for w in m.warnings if "分からない" in w]


def test_label_column_lines_a_remark_a_heading_and_a_named_first_speaker() -> None:
    """Lines as the PDF reader gives a label | speech table whose front matter shares the label
    column: '事務局（松井）' beside the first speech opens the proceedings (it was read as a row
    of a header table, 事務局 | …), a heading printed at the label column's edge is a heading,
    and '（異議なし）' alone in the label column is a remark, not a name."""
    from parsers.minutes import _known
    from parsers.minutes_header import front_matter, parse_header
    from parsers.minutes_lines import Line
    from parsers.minutes_split import split_proceedings

    lines = [Line("令和６年度第２回ふたば町交通会議　会議録", 1, "", True),
             Line("日　時：令和６年８月１日（木）午後２時から", 1),
             Line("", 1, "次　第："), Line("１　議題１　路線の見直しについて", 1),
             Line("２　議題２　運賃について", 1),
             Line("定刻となりましたので、ただいまから会議を開", 1, "事務局（松井）"),
             Line("会いたします。", 1),
             Line("", 1, "１　議題１　路線の見直しについて"),
             Line("原案のとおりでよろしいですか。", 1, "会長"),
             Line("", 1, "（異議なし）"),
             Line("", 1, "２　議題２　運賃について"),
             Line("運賃は据え置きます。", 1, "事務局（松井）")]
    zones = front_matter(lines, _known([]))
    header = parse_header(zones, lines[:zones.start])
    found = split_proceedings(lines[zones.start:], _known(header.participants), listed=header.agenda)
    pieces = [(p.label.speaker if p.label else None, p.text, p.agenda) for p in found.pieces]
    assert pieces == [("事務局", "定刻となりましたので、ただいまから会議を開会いたします。", None),
                      ("会長", "原案のとおりでよろしいですか。", 0), (None, "（異議なし）", 0),
                      ("事務局", "運賃は据え置きます。", 1)]
