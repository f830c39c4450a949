"""A workspace built from the fixtures' gold.json documents (no parser involved), and new
workspaces on either backend for the search tests (``Workspaces``)."""
from __future__ import annotations

import dataclasses
import json
import tempfile
import uuid
from pathlib import Path
from typing import Any

import pytest

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


BACKENDS = ["file", "server"]


class Workspaces:
    """Opens new workspaces of one backend; every server database is dropped at the end."""

    def __init__(self, backend: str, request: pytest.FixtureRequest) -> None:
        self.backend = backend
        self._request = request
        self._folder = tempfile.TemporaryDirectory()
        self._databases: list[str] = []
        self._server: Any = None
        self._shared: Workbench | None = None

    def address(self, name: str = "w") -> str:
        """The address of a new, empty workspace."""
        if self.backend == "file":
            return str(Path(self._folder.name) / f"{name}-{uuid.uuid4().hex[:8]}.gijiroku")
        if self._server is None:
            self._server = self._request.getfixturevalue("pg_server")  # tests/conftest.py
        self._databases.append(self._server.create_database())
        return self._databases[-1]

    def open(self, name: str = "w") -> Workbench:
        return Workbench(self.address(name))

    def shared(self) -> Workbench:
        """One open workspace for the whole test (hypothesis examples that leave it empty)."""
        if self._shared is None:
            self._shared = self.open()
        return self._shared

    def close(self) -> None:
        if self._shared is not None:
            self._shared.close()
        for dsn in self._databases:
            self._server.drop_database(dsn)
        self._folder.cleanup()
