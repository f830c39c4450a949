"""Japanese for taking meetings to a laptop and bringing them back (issue 13: the window's
workspace copy, widgets/copy_dialog.py, copy_flow.py, copy_report_dialog.py); fill_ja.py
merges this table into its own."""
from __future__ import annotations

COPY_JA = {
    # the File menu (widgets/window_actions.py)
    "&Take meetings out to a laptop…": "会議をノートPCへ持ち出す(&T)…",
    "Copy meetings to a workspace file for a room without the network":
        "ネットワークのない会議室で使うため、会議をワークスペースのファイルへコピーします",
    "&Bring back from a laptop…": "持ち帰った内容を取り込む(&B)…",
    "Bring the tags and action items added on a laptop back":
        "ノートPCで追加したタグや対応事項をこのワークスペースに取り込みます",
    # the dialog (widgets/copy_dialog.py)
    "Take meetings out to a laptop": "ノートPCへ持ち出す",
    "Bring back from a laptop": "持ち帰った内容を取り込む",
    "The chosen meetings are copied from %1 to a workspace file, with their revisions, tags, action "
    "items and sign-offs, to work on them where there is no network. Bring the file back with "
    "File > Bring back from a laptop…: what changed on both sides is then reported, never overwritten.":
        "選んだ会議を、版・タグ・対応事項・署名委員の確認ごと、%1 からワークスペースのファイルへコピーします。"
        "ネットワークのない会議室でも作業できます。戻ったら［ファイル］>［持ち帰った内容を取り込む］で取り込みます"
        "（両方で変更された内容は上書きせず、お知らせします）。",
    "The meetings of a workspace file taken out before, with the tags and action items added or "
    "changed there, are brought into %1. A change made on one side only is taken; what changed on "
    "both sides stays as it is here and is reported.":
        "前に持ち出したワークスペースのファイルから、会議と、そこで追加・変更したタグや対応事項を %1 に取り込みます。"
        "片方だけで変更された内容は反映し、両方で変更された内容はこちらのまま残して、一覧でお知らせします。",
    "e.g. D:\\meeting-room.gijiroku": "例：D:\\会議室用.gijiroku",
    "Br&owse…": "参照(&O)…",
    "A file of an earlier trip is brought up to date; what was changed in it is not overwritten.":
        "前に持ち出したファイルを選ぶと、その内容を最新にします（ファイル側で変更した内容は上書きしません）。",
    "&Take out": "持ち出す(&T)", "&Bring back": "取り込む(&B)",
    "Save &to:": "保存先(&T):", "&File:": "ファイル(&F):", "&Meetings:": "会議(&M):",
    "Workspace file to take the meetings to": "持ち出し先のワークスペースのファイル",
    "Workspace file to bring back": "取り込むワークスペースのファイル",
    # running it (widgets/copy_flow.py)
    "Taking %1 meetings out to %2 …": "%2 へ会議 %1 件を持ち出しています…",
    "Bringing back from %2 …": "%2 から取り込んでいます…",
    "Cancelled: neither workspace was changed.": "キャンセルしました。どちらのワークスペースも変更していません。",
    "Could not take the meetings out": "持ち出せませんでした", "Could not bring back": "取り込めませんでした",
    "Neither workspace was changed.": "どちらのワークスペースも変更していません。",
    # the report (widgets/copy_report_dialog.py)
    "Brought back": "取り込みの結果", "Taken out": "持ち出しの結果", "None.": "ありません。",
    "These were left as the destination (%1) has them. Check which is right and correct it there if needed.":
        "これらはコピー先（%1）の内容のままです。どちらが正しいか確かめ、必要ならコピー先で直してください。",
}
