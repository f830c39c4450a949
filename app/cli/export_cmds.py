"""``gijiroku`` sub-commands for exports, keys and verify.

    gijiroku export minutes DOC --out F.docx [--pdf] [--sign KEY.p12 [--password [PW]]] [--summary] [--public]
    gijiroku export followups --out F.{docx,xlsx,csv} [--status S]... [--owner O] [--body B]
                              [--due-from D] [--due-to D] [--overdue]
    gijiroku export comments DOC --out F.docx
    gijiroku keys new --out KEY.p12 --name 氏名 [--password [PW]]
    gijiroku keys trust CERT [--name 登録名] [--fingerprint FP] [--ca] [--password [PW]]
    gijiroku keys list
    gijiroku keys untrust FP
    gijiroku verify F.docx [--p7s F.p7s] [--cert CERT]...
    gijiroku verify F.pdf [--cert CERT]...

``verify`` trusts the workspace's registered certificates (``keys trust``), or with
``--cert`` only the certificates named.

``--pdf`` also prints the minutes to F.pdf with LibreOffice; with ``--sign`` the PDF gets a
PAdES signature (app/signing_pdf.py) besides the .docx's detached F.docx.p7s.

``--password`` without a value reads GIJIROKU_KEY_PASSWORD, else asks on the terminal.
"""
from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from app.cli.common import SubCommand, add_workspace, typed_date

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
    import getpass

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
    from app.services.signing_trust import fingerprint, format_fingerprint

    cert = new_key(Path(a.out), a.name, _password(a, confirm=True))
    print(f"{a.out}\t{a.name}\t有効期限 {cert.not_valid_after_utc.date().isoformat()}")
    print(f"  SHA-256\t{format_fingerprint(fingerprint(cert))}")
    print(f"  登録するには: gijiroku keys trust {a.out}")
    return 0


def _print_trusted(entry: Any, prefix: str = "") -> None:
    from app.services.signing_trust import format_fingerprint

    kind = "認証局" if entry.is_ca else "署名者"
    print(f"{prefix}{entry.label}\t{kind}\t有効期限 {entry.not_after}\t{entry.subject}")
    print(f"  SHA-256\t{format_fingerprint(entry.fingerprint)}")


def cmd_keys_trust(a: argparse.Namespace) -> int:
    """Register a signer's (or, with --ca, a CA's) certificate; prints its fingerprint."""
    password = _password(a)

    def work(bench: Any) -> int:
        for entry in bench.trust_certificate(a.cert, a.name or "", password, a.fingerprint, a.ca):
            _print_trusted(entry, "登録しました\t")
        return 0
    return _with_bench(a, work)


def cmd_keys_list(a: argparse.Namespace) -> int:
    def work(bench: Any) -> int:
        entries = bench.trusted_certificates()
        if not entries:
            print("登録された証明書はありません（gijiroku keys trust CERT で登録）")
        for entry in entries:
            _print_trusted(entry)
        return 0
    return _with_bench(a, work)


def cmd_keys_untrust(a: argparse.Namespace) -> int:
    def work(bench: Any) -> int:
        _print_trusted(bench.untrust_certificate(a.fingerprint), "登録を外しました\t")
        return 0
    return _with_bench(a, work)


def _trusted(a: argparse.Namespace) -> list[bytes]:
    """The certificates verify trusts: --cert files, else the workspace's trust list."""
    from app.api import Workbench
    from app.cli.common import workspace_path
    from app.core.errors import WorkbenchError

    if a.cert:
        from cryptography.hazmat.primitives import serialization

        from app.services.signing_trust import read_certificates

        return [c.public_bytes(serialization.Encoding.DER)
                for path in a.cert for c in read_certificates(Path(path), _password(a))]
    path = workspace_path(a)
    if not path.exists():
        raise WorkbenchError("no_trust_list", path=str(path))
    bench = Workbench(path)
    try:
        return list(bench.trust_list())
    finally:
        bench.close()


def cmd_verify(a: argparse.Namespace) -> int:
    """有効 only when the bytes are intact and the signer chains to a trusted certificate."""
    from app.api import Workbench

    check = Workbench.verify_signature(a.file, a.p7s, _trusted(a))
    sig = check.signature
    print(f"{check.verdict}\t{a.file}" + (f"\t{check.failure}" if not check.valid else ""))
    claimed = f"-（証明書の記載「{sig.claimed}」は未確認）" if sig.claimed else "-"
    print(f"  署名者\t{sig.signer or claimed}")
    print(f"  証明書 SHA-256\t{sig.fingerprint_text or '-'}")
    print(f"  署名日時\t{sig.signed_at or '-'}")
    if Path(a.file).suffix.lower() == ".pdf":
        print("  署名方式\tPAdES（PDF 埋め込み）")
    else:
        print(f"  署名ファイル\t{check.p7s or '-'}")
        print(f"  文書指紋\t{check.fingerprint or '-'}（{'一致' if check.fingerprint_ok else '不一致'}）")
    if check.valid:
        return 0
    sys.stderr.write(f"gijiroku: {a.file}: 無効です（{check.failure}: {check.reason}）。\n")
    return 1


def _add_password(p: argparse.ArgumentParser) -> None:
    p.add_argument("--password", nargs="?", const=ASK, default=None,
                   help=f"鍵のパスワード（値を省くと {PASSWORD_ENV} か入力を求める）")


def _export_arguments(export: argparse.ArgumentParser) -> None:
    kinds = export.add_subparsers(dest="export_kind", required=True)
    p = kinds.add_parser("minutes", help="議事録を Word で書き出す（--sign で電子署名）")
    p.add_argument("doc", type=int, help="文書番号（gijiroku list）")
    p.add_argument("--out", required=True, help="出力ファイル (.docx)")
    p.add_argument("--sign", help="署名に使う鍵ファイル (.p12)。確定した議事録だけ、登録済みの鍵だけ（keys trust）")
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
    p.add_argument("--due-from", type=typed_date, help="期限の開始（2024-03-31、2024/3/31、R6.3.31、令和6年3月31日）")
    p.add_argument("--due-to", type=typed_date, help="期限の終了（同上）")
    p.add_argument("--overdue", action="store_true", help="期限を過ぎた未完了のものだけ")
    add_workspace(p)
    p.set_defaults(handler=cmd_export_followups)
    p = kinds.add_parser("comments", help="意見の概要と市の考え方を Word で書き出す")
    p.add_argument("doc", type=int, help="文書番号（gijiroku list）")
    p.add_argument("--out", required=True, help="出力ファイル (.docx)")
    add_workspace(p)
    p.set_defaults(handler=cmd_export_comments)


def _keys_arguments(keys: argparse.ArgumentParser) -> None:
    actions = keys.add_subparsers(dest="keys_action", required=True)
    p = actions.add_parser("new", help="鍵と自己署名証明書を作る (.p12)")
    p.add_argument("--out", required=True, help="鍵ファイル (.p12)")
    p.add_argument("--name", required=True, help="署名者の氏名")
    _add_password(p)
    p.set_defaults(handler=cmd_keys_new)
    p = actions.add_parser("trust", help="署名者（または --ca で認証局）の証明書を信頼する証明書として登録する")
    p.add_argument("cert", help="証明書 (.cer .pem .crt .p7b) または鍵ファイル (.p12)")
    p.add_argument("--name", help="一覧に出す登録名（省略時は証明書の名義）")
    p.add_argument("--fingerprint", help="本人に確かめた SHA-256 指紋（先頭 8 桁以上）。一致しなければ登録しない")
    p.add_argument("--ca", action="store_true", help="認証局の証明書を登録する（その CA が発行した証明書をすべて信頼）")
    _add_password(p)
    add_workspace(p)
    p.set_defaults(handler=cmd_keys_trust)
    p = actions.add_parser("list", help="信頼する証明書の一覧（登録名・指紋・有効期限）")
    add_workspace(p)
    p.set_defaults(handler=cmd_keys_list)
    p = actions.add_parser("untrust", help="信頼する証明書から外す（指紋か、その先頭 8 桁以上）")
    p.add_argument("fingerprint", help="SHA-256 指紋（keys list）")
    add_workspace(p)
    p.set_defaults(handler=cmd_keys_untrust)


def _verify_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", help="議事録 (.docx または署名付き .pdf)")
    p.add_argument("--p7s", help="署名ファイル（省略時は F.docx.p7s か F.p7s）")
    p.add_argument("--cert", action="append",
                   help="ワークスペースの登録の代わりに信頼する証明書 (.cer .pem .p7b .p12)。複数指定可")
    _add_password(p)
    add_workspace(p)
    p.set_defaults(handler=cmd_verify)


SUB_COMMANDS = (
    SubCommand("export", "議事録・対応事項一覧・意見と考え方を書き出す", _export_arguments),
    SubCommand("keys", "署名用の鍵", _keys_arguments),
    SubCommand("verify", "書き出した議事録の署名（登録済みの署名者か）と文書指紋を確かめる", _verify_arguments),
)
