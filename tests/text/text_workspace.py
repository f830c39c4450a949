"""A workspace built from the fixtures' gold.json documents (no parser involved)."""
from __future__ import annotations

import dataclasses
import json
from pathlib import Path

from app.api import Workbench
from app.core.contract import from_json
from app.core.domain import Document, DocumentId

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
MINUTES = "sendai-ict-council-2016"
SENDAI_COMMENTS = "sendai-dx-pubcom-2024"
SHINAGAWA_COMMENTS = "shinagawa-dx-pubcom-2025"


def gold_document(folder: str) -> Document:
    """The gold document of a fixture folder, with a hash so it can be stored."""
    doc = from_json(json.loads((FIXTURES / folder / "gold.json").read_text(encoding="utf-8")))
    return dataclasses.replace(doc, source=dataclasses.replace(doc.source, sha256="gold-" + folder))


def build_workspace(path: Path) -> tuple[Workbench, dict[str, DocumentId]]:
    """A workbench on path holding the three fixture documents."""
    bench = Workbench(path)
    ids = {}
    for folder in (MINUTES, SENDAI_COMMENTS, SHINAGAWA_COMMENTS):
        ids[folder], _ = bench.store_document(gold_document(folder))
    return bench, ids
