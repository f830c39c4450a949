"""Helpers for export tests: the scorer, and a parse of an exported file as contract JSON."""
from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType
from typing import Any

from tests.conftest import FIXTURES, SHARED


def scorer() -> ModuleType:
    """../shared/eval/score.py as a module (it is a script, not a package)."""
    spec = importlib.util.spec_from_file_location("gijiroku_score", SHARED / "eval" / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def parsed_json(path: Path, as_kind: str | None = None) -> dict[str, Any]:
    """What ``gijiroku parse`` prints for ``path``."""
    from app.contract import to_json
    from parsers import parse_file

    return to_json(parse_file(path, as_kind))


def gold_json(folder: str) -> dict[str, Any]:
    import json

    return json.loads((FIXTURES / folder / "gold.json").read_text(encoding="utf-8"))
