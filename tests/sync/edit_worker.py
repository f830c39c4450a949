"""A second clerk in a process of its own: open a workspace, wait for the signal to go, make
one edit on the version it was told it read, and print what happened as one JSON line.

    python -m tests.sync.edit_worker ADDRESS KIND ID VERSION TEXT GO_FILE

KIND is turn (its text), response (an answer's text) or action_item (its note).
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from app.api import Workbench
from app.core.domain import ActionItemId, ResponseId, TurnId
from app.core.errors import WorkbenchError


def edit(bench: Workbench, kind: str, row_id: int, version: int, text: str) -> None:
    if kind == "turn":
        bench.update_turn(TurnId(row_id), version, text=text)
    elif kind == "response":
        bench.update_response(ResponseId(row_id), text, expected_version=version)
    elif kind == "action_item":
        bench.update_action_item(ActionItemId(row_id), version, note=text)
    else:
        raise SystemExit(f"unknown kind {kind}")


def main(argv: list[str]) -> int:
    address, kind, row_id, version, text, go = argv
    bench = Workbench(address)
    try:
        deadline = time.monotonic() + 60
        while not Path(go).exists() and time.monotonic() < deadline:
            time.sleep(0.01)
        try:
            edit(bench, kind, int(row_id), int(version), text)
            result = {"ok": True}
        except WorkbenchError as e:
            result = {"ok": False, "code": e.code, "message": e.message_ja()}
    finally:
        bench.close()
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
