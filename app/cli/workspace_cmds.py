"""``gijiroku`` sub-commands that work on a workspace: gui, import, list, tag, status,
workspace backup, workspace copy."""
from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from app.cli.common import SubCommand, add_workspace, typed_date
from app.core.errors import WorkbenchError


def _bench(a: argparse.Namespace) -> Any:
    from app.cli.common import open_bench, workspace_path

    return open_bench(workspace_path(a))


def cmd_gui(a: argparse.Namespace) -> int:
    from app.cli.common import workspace_path
    from app.cli.gui import run_gui

    status: int = run_gui(workspace_path(a))
    return status


def cmd_import(a: argparse.Namespace) -> int:
    """Parse and store each file; one line per file. A failing file stores nothing."""
    from pathlib import Path

    from app.api.bulk_import import import_files

    bench = _bench(a)
    status = 0
    try:
        for outcome in import_files(bench, [Path(f) for f in a.files], a.as_kind):
            if outcome.error is not None:
                sys.stderr.write("gijiroku: " + outcome.error.message_ja() + "\n")
                status = 1
                continue
            info = bench.document_info(outcome.document_id)
            print(f"{outcome.document_id}\t{info['kind']}\t{info['title']}\t{outcome.path}")
    finally:
        bench.close()
    return status


def cmd_list(a: argparse.Namespace) -> int:
    """One line per document (a JSON list with --json), read without the Workbench
    (app/api/document_list.py): a clerk or a batch job lists often."""
    from app.api.document_list import read_document_list
    from app.cli.common import print_notice, workspace_path

    docs = read_document_list(workspace_path(a), print_notice)
    if a.json:
        print(json.dumps([d._asdict() for d in docs], ensure_ascii=False))
        return 0
    for d in docs:
        kind = "議事録" if d.kind == "minutes" else "意見"
        print(f"{d.id}\t{kind}\t{d.date or '-'}\t{d.status}\t{d.items}件\t{d.title}")
    return 0


def _doc_id(bench: Any, value: str) -> Any:
    from app.core.domain import DocumentId

    if not value.isdigit() or all(d.id != int(value) for d in bench.documents()):
        raise WorkbenchError("no_document", doc_id=value)
    return DocumentId(int(value))


def cmd_tag(a: argparse.Namespace) -> int:
    """Tag the n-th turn (or comment) of a document; 対応事項 takes owner, due and status
    (one transaction with the tag)."""
    from app.core.domain import TAG_ACTION

    bench = _bench(a)
    try:
        doc_id = _doc_id(bench, a.doc)
        kind = "turn" if bench.document_info(doc_id)["kind"] == "minutes" else "comment"
        ids = bench.turn_ids(doc_id) if kind == "turn" else [c.id for c in bench.comments(doc_id)]
        if not 0 <= a.index < len(ids):
            raise WorkbenchError("bad_value", what="番号", detail=f"0〜{len(ids) - 1} で指定してください")
        fields = {k: v for k, v in (("owner", a.owner), ("due", a.due), ("status", a.status)) if v}
        tagging_id, _ = bench.tag(a.tag, kind, ids[a.index], memo=a.memo or "",
                                  **(fields if a.tag == TAG_ACTION else {}))
        print(tagging_id)
    finally:
        bench.close()
    return 0


def cmd_status(a: argparse.Namespace) -> int:
    """Move a meeting to 作成中/確認中/確定, or record a signatory's sign-off."""
    bench = _bench(a)
    try:
        doc_id = _doc_id(bench, a.doc)
        if a.signoff:  # the rules (app/services/signoff_rules.py) are checked by the Workbench
            bench.add_signoff(doc_id, a.signoff)
        if a.set:
            bench.set_status(doc_id, a.set)
        if a.revise:
            new_id, _ = bench.new_revision(doc_id)
            print(new_id)
            return 0
        print(f"{doc_id}\t{bench.status(doc_id)}\t" + "、".join(f"{s.signatory} {s.signed_at}" for s in bench.signoffs(doc_id)))
    finally:
        bench.close()
    return 0


def cmd_workspace_backup(a: argparse.Namespace) -> int:
    """A copy of the workspace holding everything committed, even while the window has it
    open (SQLite's backup API, not a file copy that would miss the -wal file)."""
    from pathlib import Path

    from app.cli.common import workspace_path

    source = workspace_path(a)
    if isinstance(source, Path) and not source.is_file():
        raise WorkbenchError("not_found", path=str(source))
    bench = _bench(a)
    try:
        print(bench.backup(Path(a.dest)))
    finally:
        bench.close()
    return 0


def cmd_workspace_copy(a: argparse.Namespace) -> int:
    """Copy a whole workspace, or chosen documents, between files and servers; one line per
    row left alone (changed on both sides, removed), then the summary."""
    from app.api.workspace_copy import copy_workspace

    report = copy_workspace(a.source, a.dest, a.documents or ())
    for line in report.text_lines_ja():  # the wording the window's report shows too (app/api/copy_report.py)
        print(line)
    return 0


def _gui_arguments(p: argparse.ArgumentParser) -> None:
    add_workspace(p)
    p.set_defaults(handler=cmd_gui)


def _import_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("files", nargs="+")
    p.add_argument("--as", dest="as_kind", choices=["minutes", "comments"])
    add_workspace(p)
    p.set_defaults(handler=cmd_import)


def _list_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true")
    add_workspace(p)
    p.set_defaults(handler=cmd_list)


def _tag_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("doc", help="文書番号")
    p.add_argument("index", type=int, help="発言（意見）の番号、0 から")
    p.add_argument("tag", help="論点・決定事項・対応事項・非公開、または自分のタグ")
    p.add_argument("--owner")
    p.add_argument("--due", type=typed_date, help="期限（2024-03-31、2024/3/31、R6.3.31、令和6年3月31日）")
    p.add_argument("--status", choices=["未着手", "対応中", "完了", "保留"])
    p.add_argument("--memo")
    add_workspace(p)
    p.set_defaults(handler=cmd_tag)


def _status_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("doc", help="文書番号")
    p.add_argument("--set", choices=["作成中", "確認中", "確定"])
    p.add_argument("--signoff", metavar="署名委員", help="この署名委員の確認を記録する")
    p.add_argument("--revise", action="store_true", help="確定した議事録の新しい版を作る")
    add_workspace(p)
    p.set_defaults(handler=cmd_status)


def _workspace_arguments(p: argparse.ArgumentParser) -> None:
    actions = p.add_subparsers(dest="workspace_action", required=True)
    b = actions.add_parser("backup", help="開いている間の変更も含めたコピーを作る（上書きしない）")
    b.add_argument("dest", help="コピーの保存先 (.gijiroku)")
    add_workspace(b)
    b.set_defaults(handler=cmd_workspace_backup)
    c = actions.add_parser("copy", help="ワークスペース（または選んだ文書）をファイル・サーバーの間でコピーする")
    c.add_argument("source", help="コピー元（.gijiroku ファイル、または postgresql://… / service=…）")
    c.add_argument("dest", help="コピー先（新しいファイル名・空のサーバーのワークスペース、または持ち帰り先）")
    c.add_argument("--document", "-d", dest="documents", type=int, action="append", metavar="N",
                   help="コピーする文書（コピー元の番号、改訂の版もまとめて）。繰り返し指定できます")
    c.set_defaults(handler=cmd_workspace_copy)


SUB_COMMANDS = (
    SubCommand("gui", "ワークベンチを開く", _gui_arguments),
    SubCommand("import", "ファイルを解析してワークスペースに保存", _import_arguments),
    SubCommand("list", "ワークスペースの文書一覧", _list_arguments),
    SubCommand("tag", "発言・意見にタグを付ける（対応事項には担当・期限・状況）", _tag_arguments),
    SubCommand("status", "議事録の状態（作成中・確認中・確定）と署名委員の確認", _status_arguments),
    SubCommand("workspace", "ワークスペースそのものの操作", _workspace_arguments),
)
