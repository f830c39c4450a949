"""Helpers for export tests: a parse of an exported file as contract JSON."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.conftest import FIXTURES


def parsed_json(path: Path, as_kind: str | None = None) -> dict[str, Any]:
    """What ``gijiroku parse`` prints for ``path``."""
    from app.core.contract import to_json
    from parsers import parse_file

    return to_json(parse_file(path, as_kind))


def gold_json(folder: str) -> dict[str, Any]:
    import json

    return json.loads((FIXTURES / folder / "gold.json").read_text(encoding="utf-8"))
