"""``gijiroku`` sub-commands for search and suggestions."""
from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from app.cli.common import SubCommand, add_workspace
from app.core.errors import WorkbenchError


def cmd_suggest(a: argparse.Namespace) -> int:
    """Parse FILE and print {"suggestions": [...]} (CONTRACT.md); writes nothing."""
    from app.services.suggest import suggest, to_json
    from parsers import parse_file

    doc = parse_file(a.file, None)
    sys.stdout.write(json.dumps(to_json(suggest(doc)), ensure_ascii=False) + "\n")  # type: ignore[arg-type]
    return 0


def _filter(a: argparse.Namespace) -> Any:
    from app.services.search import SearchFilter

    for name in ("date_from", "date_to"):
        value = getattr(a, name)
        if value is not None and not _is_iso(value):
            raise WorkbenchError("bad_value", what="--" + name[5:], detail=f"{value}、例: 2016-02-08、2016-02、2016")
    kinds = tuple(a.kind) if a.kind else ()
    return SearchFilter(speaker=a.speaker, body=a.body, date_from=a.date_from, date_to=a.date_to,
                        document_id=a.document, agenda_item_id=a.agenda, tag=a.tag, kinds=kinds)


def _is_iso(value: str) -> bool:
    """An ISO date, or a year-month or a year (a whole month or year)."""
    from app.services.search import date_bound

    try:
        date_bound(value, last=False)
    except ValueError:
        return False
    return True


def cmd_search(a: argparse.Namespace) -> int:
    """Search the workspace; one line per hit (or a JSON list with --json)."""
    from app.cli.common import open_bench, workspace_path

    bench = open_bench(workspace_path(a))
    try:
        hits = bench.search(a.query, _filter(a), a.limit)
    finally:
        bench.close()
    if a.json:
        sys.stdout.write(json.dumps([h.as_json() for h in hits], ensure_ascii=False) + "\n")
        return 0
    for h in hits:
        print(f"{h.document_id}\t{h.kind}:{h.id}\t{h.date or '-'}\t{h.speaker or '-'}\t{h.snippet}")
    return 0


def _search_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("query", help="検索語（空白区切りで AND、\"…\" や「…」で完全一致）")
    p.add_argument("--json", action="store_true")
    p.add_argument("--speaker", help="発言者（座長、情報政策課長 など）")
    p.add_argument("--body", help="会議体名の一部")
    p.add_argument("--from", dest="date_from", help="開催日（以降, YYYY-MM-DD・YYYY-MM・YYYY）")
    p.add_argument("--to", dest="date_to", help="開催日（以前, YYYY-MM-DD・YYYY-MM・YYYY）")
    p.add_argument("--document", type=int, help="文書番号")
    p.add_argument("--agenda", type=int, help="議題番号（内部 ID）")
    p.add_argument("--tag", help="タグ名（対応事項 など）")
    p.add_argument("--kind", action="append", choices=["turn", "comment", "response"])
    p.add_argument("--limit", type=int, default=200)
    add_workspace(p)
    p.set_defaults(handler=cmd_search)


def _suggest_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("file")
    p.set_defaults(handler=cmd_suggest)


SUB_COMMANDS = (
    SubCommand("search", "ワークスペース全体を検索", _search_arguments),
    SubCommand("suggest", "ファイルを解析して対応事項・決定事項の候補を JSON で出力（保存しない）", _suggest_arguments),
)
