"""The wording of faults outside the document itself: the disk, the workspace file, the
input file's place and size. Merged into ``app.core.errors.MESSAGES``."""
from __future__ import annotations

FAULT_MESSAGES = {
    "is_directory": "{path}: フォルダです。フォルダの中のファイルを選んでください。",
    "unreadable": "{path}: ファイルを読む権限がありません。アクセス権を確かめるか、読める場所にコピーしてから選んでください。",
    "name_too_long": "{path}: ファイル名（またはフォルダの階層）が長すぎます。短い名前に変えるか、浅いフォルダに移してから選んでください。",
    "io_error": "{path}: 読み書きできませんでした（{detail}）。ディスクやネットワークの接続を確かめて、もう一度試してください。",
    "disk_full": "{path}: ディスクがいっぱいで保存できませんでした。ワークスペースは変更前のままです。不要なファイルを削除して空きを作ってから、もう一度試してください。",
    "write_denied": "{path}: 書き込む権限がありません（読み取り専用）。書き込める場所を選ぶか、アクセス権を確かめてください。",
    "workspace_locked": "{path}: {holder}がワークスペースに書き込み中のため、{seconds} 秒待っても使えませんでした。その処理が終わるのを待つか、そのプログラムを閉じてから、もう一度試してください。",
    "workspace_is_directory": "{path}: フォルダです。ワークスペースにはファイル（.gijiroku）を指定してください。",
    "workspace_network": "{path}: ネットワーク上のフォルダ（{fs}）にあるワークスペースです。壊れないように、閉じるまでほかの PC やプログラムからは使えない方式で開きます。複数の人で同時に使うには、各自の PC にコピーするか、サーバー型の共有をご検討ください。",
    "workspace_in_use": "{path}: このワークスペースは {holders} でも開かれています。同時に書き込むと一方が待たされます。",
    "backup_exists": "{path}: 同じ名前のファイルがあります。別の名前を指定してください（上書きはしません）。",
    "backup_same": "{path}: 開いているワークスペースそのものには保存できません。別の場所か名前を指定してください。",
    "too_large_file": "{path}: ファイルが大きすぎます（{size}、上限 {limit}）。必要な部分だけのファイルにして読み込んでください。",
    "too_large_unpacked": "{path}: 展開すると {size} になるため読み込みません（上限 {limit}）。壊れたファイルか意図しない内容の可能性があります。Word・Excel で開いて保存し直したファイルを読み込んでください。",
    "too_many_entries": "{path}: ファイルの中の部品が多すぎます（{count} 個、上限 {limit} 個）。Word・Excel で開いて保存し直したファイルを読み込んでください。",
    "too_many_rows": "{path}: シート「{sheet}」の行が上限の {limit} 行を超えています。意見一覧の表だけのファイルにして読み込んでください。",
    "too_many_cells": "{path}: 表のセル（行数×使っている列数）が上限の {limit} 個を超えています。意見一覧の表だけのファイルにして読み込んでください。",
    "too_many_parts": "{path}: {what}が上限の {limit} 個を超えています。ファイルを分けるか、Word で開いて保存し直してから読み込んでください。",
    "too_many_pages": "{path}: ページが多すぎます（{count} ページ、上限 {limit} ページ）。ファイルを分けて読み込んでください。",
    "too_many_objects": "{path}: PDF の中身が多すぎます（{what}が上限の {limit} を超えています）。壊れたファイルか意図しない内容の可能性があります。ページを分けた PDF か、元の Word・Excel ファイルを読み込んでください。",
    "unexpected": "{what}: 思いがけないエラーで処理できませんでした（{detail}）。ワークスペースは最後に保存した状態のままです。もう一度試し、続くときはこの文面をサポート窓口にお送りください。",
    "server_unreachable": "{path}: サーバーのワークスペースに接続できません（{detail}）。サーバーの名前・ポート・データベース名と、ネットワークにつながっているかを確かめてください。パスワードは libpq のパスワードファイル（~/.pgpass）かサービスファイルに登録してください。",
    "server_denied": "{path}: この操作の権限がありません（{detail}）。必要ならシステム管理者に権限（事務局・委員長・閲覧）を確かめてもらってください。",
    "server_upgrade": "{path}: このワークスペースはこの版の形式への更新（{done}/{steps}）が済んでいません。更新できるのは事務局の利用者だけです。事務局の方に一度開いてもらってから、もう一度開いてください。",
    "server_no_login": "ログイン「{login}」がサーバーにありません。システム管理者が CREATE ROLE {login} LOGIN で作ってから、もう一度試してください。",
    "server_read_only": "{path}: 閲覧の権限で開いているため変更できません。変更が必要なら事務局に依頼するか、システム管理者に権限を確かめてもらってください。",
    "server_busy": "{path}: サーバーが混み合っていて処理できませんでした（{detail}）。少し待ってからもう一度試してください。",
    "server_backup": "{path}: サーバーのワークスペースはこの方法では保存できません。gijiroku workspace copy でファイルに写すか、システム管理者に pg_dump でのバックアップを依頼してください。",
}
