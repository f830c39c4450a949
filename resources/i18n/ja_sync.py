"""Japanese for several people at once (issue 13): the server workspace dialog and menu;
fill_ja.py merges this table into its own."""
from __future__ import annotations

SYNC_JA = {
    "Open a &server workspace…": "サーバーのワークスペースを開く(&S)…", "Server: %1": "サーバー：%1",
    "Open a server workspace": "サーバーのワークスペースを開く",
    "(enter a new server below)": "（新しいサーバーを下に入力）", "&Server": "サーバーを指定(&S)",
    "Ser&vice name": "サービス名で指定(&V)", "your login name on the server": "サーバーでのユーザー名",
    "The workbench never stores a password. Register it in libpq's password file "
    "(%APPDATA%\\postgresql\\pgpass.conf on Windows, ~/.pgpass elsewhere) or in the service "
    "file (pg_service.conf), or ask your IT department to set up sign-in for you.":
        "このプログラムはパスワードを保存しません。パスワードは libpq のパスワードファイル"
        "（Windows では %APPDATA%\\postgresql\\pgpass.conf、それ以外では ~/.pgpass）かサービスファイル"
        "（pg_service.conf）に登録するか、情報システム担当に接続の設定を依頼してください。",
    "&Recent servers:": "最近使ったサーバー(&R):", "&Host:": "ホスト(&H):", "&Port:": "ポート(&P):",
    "&Database:": "データベース(&D):", "&User:": "ユーザー(&U):", "Servi&ce:": "サービス(&C):",
}
