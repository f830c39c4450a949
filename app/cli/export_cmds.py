"""``gijiroku`` sub-commands for exports, keys and verify.

    gijiroku export minutes DOC --out F.docx [--pdf] [--sign KEY.p12 [--password [PW]]] [--summary] [--public]
    gijiroku export followups --out F.{docx,xlsx,csv} [--status S]... [--owner O] [--body B]
                              [--due-from D] [--due-to D] [--overdue]
    gijiroku export comments DOC --out F.docx
    gijiroku keys new --out KEY.p12 --name 氏名 [--password [PW]]
    gijiroku verify F.docx [--p7s F.p7s] [--cert CERT]
    gijiroku verify F.pdf [--cert CERT]

``--pdf`` also prints the minutes to F.pdf with LibreOffice; with ``--sign`` the PDF gets a
PAdES signature (app/signing_pdf.py) besides the .docx's detached F.docx.p7s.

``--password`` without a value reads GIJIROKU_KEY_PASSWORD, else asks on the terminal.
"""
from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ASK = "\0ask"  # --password given without a value
PASSWORD_ENV = "GIJIROKU_KEY_PASSWORD"


class _ActionStatuses:
    """The action statuses as argparse choices, read from the domain types only when a value
    is checked or this sub-command's help is shown: `gijiroku --help` stays light."""

    def __iter__(self) -> Iterator[str]:
        from app.core.domain import ACTION_STATUSES

        return iter(ACTION_STATUSES)

    def __contains__(self, value: object) -> bool:
        return value in list(self)


def _password(a: argparse.Namespace, confirm: bool = False) -> str | None:
    value: str | None = getattr(a, "password", None)
    if value != ASK:
        return value
    if os.environ.get(PASSWORD_ENV):
        return os.environ[PASSWORD_ENV]
    first = getpass.getpass("鍵のパスワード: ")
    if confirm and getpass.getpass("もう一度: ") != first:
        from app.core.errors import WorkbenchError
        raise WorkbenchError("bad_value", what="パスワード", detail="二回の入力が一致しません")
    return first


def _with_bench(a: argparse.Namespace, work: Callable[[Any], int]) -> int:
    from app.cli.common import open_bench, workspace_path

    path = workspace_path(a)
    if not path.exists():
        from app.core.errors import WorkbenchError
        raise WorkbenchError("not_found", path=str(path))
    bench = open_bench(path)
    try:
        return work(bench)
    finally:
        bench.close()


def cmd_export_minutes(a: argparse.Namespace) -> int:
    password = _password(a) if a.sign else None

    def work(bench: Any) -> int:
        from app.core.domain import DocumentId

        files = bench.export_minutes(DocumentId(a.doc), a.out, summary=a.summary, public=a.public,
                                     sign=a.sign, password=password, pdf=a.pdf)
        for f in files:
            print(f)
        return 0
    return _with_bench(a, work)


def cmd_export_followups(a: argparse.Namespace) -> int:
    from app.store import ActionFilter

    f = ActionFilter(statuses=tuple(a.status or ()), owner=a.owner or "", body=a.body or "",
                     due_from=a.due_from, due_to=a.due_to, overdue_only=a.overdue)
    return _with_bench(a, lambda bench: print(bench.export_followups(a.out, f)) or 0)


def cmd_export_comments(a: argparse.Namespace) -> int:
    from app.core.domain import DocumentId

    def work(bench: Any) -> int:
        out = bench.export_comments(DocumentId(a.doc), a.out)
        print(out)
        unanswered = bench.unanswered_comments(DocumentId(a.doc))
        if unanswered:
            print(f"警告: {out.name}: 回答のない意見が {len(unanswered)} 件あり、考え方の欄が空です"
                  f"（No.{'、No.'.join(unanswered)}）。回答を書いてから書き出し直してください。", file=sys.stderr)
        return 0
    return _with_bench(a, work)


def cmd_keys_new(a: argparse.Namespace) -> int:
    from app.services.signing import new_key

    cert = new_key(Path(a.out), a.name, _password(a, confirm=True))
    print(f"{a.out}\t{a.name}\t有効期限 {cert.not_valid_after_utc.date().isoformat()}")
    return 0


def _verify_pdf(a: argparse.Namespace, trusted: tuple[Any, ...]) -> int:
    """``gijiroku verify F.pdf``: the PAdES signature inside the PDF."""
    from app.services.signing_pdf import verify_pdf

    sig = verify_pdf(Path(a.file), trusted)
    print(f"{sig.verdict}\t{a.file}")
    print(f"  署名者\t{sig.signer or '-'}")
    print(f"  署名日時\t{sig.signed_at or '-'}")
    print("  署名方式\tPAdES（PDF 埋め込み）")
    if sig.valid:
        return 0
    sys.stderr.write(f"gijiroku: {a.file}: 無効です（{sig.reason}）。\n")
    return 1


def cmd_verify(a: argparse.Namespace) -> int:
    from app.services.signing import load_certificate, verify_minutes

    trusted = (load_certificate(Path(a.cert), _password(a)),) if a.cert else ()
    if Path(a.file).suffix.lower() == ".pdf":
        return _verify_pdf(a, trusted)
    check = verify_minutes(Path(a.file), Path(a.p7s) if a.p7s else None, trusted)
    sig = check.signature
    print(f"{check.verdict}\t{a.file}")
    print(f"  署名者\t{sig.signer or '-'}")
    print(f"  署名日時\t{sig.signed_at or '-'}")
    print(f"  署名ファイル\t{check.p7s or '-'}")
    print(f"  文書指紋\t{check.fingerprint or '-'}（{'一致' if check.fingerprint_ok else '不一致'}）")
    if check.valid:
        return 0
    sys.stderr.write(f"gijiroku: {a.file}: 無効です（{check.reason}）。\n")
    return 1


def _date(text: str) -> str:
    import datetime as dt

    try:
        return dt.date.fromisoformat(text).isoformat()
    except ValueError as e:
        raise argparse.ArgumentTypeError(f"日付は YYYY-MM-DD で指定してください: {text}") from e


def _add_password(p: argparse.ArgumentParser) -> None:
    p.add_argument("--password", nargs="?", const=ASK, default=None,
                   help=f"鍵のパスワード（値を省くと {PASSWORD_ENV} か入力を求める）")


def _register_export(sub: Any, add_workspace: Callable[[argparse.ArgumentParser], None]) -> None:
    export = sub.add_parser("export", help="議事録・対応事項一覧・意見と考え方を書き出す")
    kinds = export.add_subparsers(dest="export_kind", required=True)
    p = kinds.add_parser("minutes", help="議事録を Word で書き出す（--sign で電子署名）")
    p.add_argument("doc", type=int, help="文書番号（gijiroku list）")
    p.add_argument("--out", required=True, help="出力ファイル (.docx)")
    p.add_argument("--sign", help="署名に使う鍵ファイル (.p12)")
    _add_password(p)
    p.add_argument("--pdf", action="store_true",
                   help="LibreOffice で PDF も作る（--sign があれば PDF にも電子署名）")
    p.add_argument("--summary", action="store_true", help="決定事項・対応事項だけの要点記録")
    p.add_argument("--public", action="store_true", help="非公開の箇所を（非公開）に置き換えた公開版")
    add_workspace(p)
    p.set_defaults(handler=cmd_export_minutes)
    p = kinds.add_parser("followups", help="対応事項一覧を書き出す (.docx .xlsx .csv)")
    p.add_argument("--out", required=True)
    p.add_argument("--status", action="append", choices=_ActionStatuses(), metavar="状況",
                   help="状況（%(choices)s のいずれか。複数指定可）")
    p.add_argument("--owner", help="担当（部分一致）")
    p.add_argument("--body", help="会議体（部分一致）")
    p.add_argument("--due-from", type=_date, help="期限の開始 (YYYY-MM-DD)")
    p.add_argument("--due-to", type=_date, help="期限の終了 (YYYY-MM-DD)")
    p.add_argument("--overdue", action="store_true", help="期限を過ぎた未完了のものだけ")
    add_workspace(p)
    p.set_defaults(handler=cmd_export_followups)
    p = kinds.add_parser("comments", help="意見の概要と市の考え方を Word で書き出す")
    p.add_argument("doc", type=int, help="文書番号（gijiroku list）")
    p.add_argument("--out", required=True, help="出力ファイル (.docx)")
    add_workspace(p)
    p.set_defaults(handler=cmd_export_comments)


def register(sub: Any, add_workspace: Callable[[argparse.ArgumentParser], None]) -> None:
    """Add this module's sub-commands to the gijiroku parser."""
    _register_export(sub, add_workspace)
    keys = sub.add_parser("keys", help="署名用の鍵")
    actions = keys.add_subparsers(dest="keys_action", required=True)
    p = actions.add_parser("new", help="鍵と自己署名証明書を作る (.p12)")
    p.add_argument("--out", required=True, help="鍵ファイル (.p12)")
    p.add_argument("--name", required=True, help="署名者の氏名")
    _add_password(p)
    p.set_defaults(handler=cmd_keys_new)
    p = sub.add_parser("verify", help="書き出した議事録の署名と文書指紋を確かめる")
    p.add_argument("file", help="議事録 (.docx または署名付き .pdf)")
    p.add_argument("--p7s", help="署名ファイル（省略時は F.docx.p7s か F.p7s）")
    p.add_argument("--cert", help="署名者のはずの証明書 (.p12 .pem .cer)")
    _add_password(p)
    p.set_defaults(handler=cmd_verify)
