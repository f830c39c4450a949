"""``gijiroku server``: the administrator's commands for a server workspace — the groups
事務局・委員長・閲覧 and who is in them (docs/SERVER.md). Logins themselves are made by IT
(``CREATE ROLE name LOGIN``); passwords live in ~/.pgpass or pg_service.conf, never here."""
from __future__ import annotations

import argparse

from app.cli.common import SubCommand, add_workspace
from app.core.errors import WorkbenchError


def _address(a: argparse.Namespace) -> str:
    if not a.workspace:
        raise WorkbenchError("bad_value", what="--workspace",
                             detail="サーバーのワークスペース（postgresql://管理者@サーバー/データベース か service=…）を指定")
    return str(a.workspace)


def cmd_roles(a: argparse.Namespace) -> int:
    from app.api.server_admin import set_up_roles

    report = set_up_roles(_address(a))
    made = "、".join(report.created) if report.created else "既存"
    print(f"グループ: {made}　スキーマ: {report.version}　権限を設定しました")
    for login, group in report.members:
        print(f"{login}\t{group}")
    return 0


def cmd_grant(a: argparse.Namespace) -> int:
    from app.api.server_admin import grant_role

    role = grant_role(_address(a), a.login, a.role)
    print(f"{a.login} を {a.role}（{role}）にしました")
    return 0


def cmd_revoke(a: argparse.Namespace) -> int:
    from app.api.server_admin import revoke_role

    revoke_role(_address(a), a.login)
    print(f"{a.login} の権限を外しました")
    return 0


def _server_arguments(server: argparse.ArgumentParser) -> None:
    verbs = server.add_subparsers(dest="server_command", required=True)
    p = verbs.add_parser("roles", help="グループ（事務局・委員長・閲覧）を作り、全テーブルに権限を設定する（何度実行してもよい）")
    add_workspace(p)
    p.set_defaults(handler=cmd_roles)
    p = verbs.add_parser("grant", help="ログイン（CREATE ROLE … LOGIN で作成済み）をグループに入れる")
    p.add_argument("login", help="ログイン名（データベースのロール）")
    p.add_argument("role", help="事務局・委員長・閲覧")
    add_workspace(p)
    p.set_defaults(handler=cmd_grant)
    p = verbs.add_parser("revoke", help="ログインをすべてのグループから外す")
    p.add_argument("login")
    add_workspace(p)
    p.set_defaults(handler=cmd_revoke)


SUB_COMMANDS = (SubCommand("server", "サーバーのワークスペースの管理（権限のグループ）", _server_arguments),)
