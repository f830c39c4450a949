"""The search index, kept inside the workspace file (owned by the search service).

Called inside the store's transactions: ``add_document`` after an import,
``remove_document`` before a delete, ``reindex`` after an edit of turns/comments/responses.
"""
from __future__ import annotations

from typing import Iterable

from sqlite_utils import Database


def add_document(db: Database, document_id: int) -> None:
    """Index every turn, comment and response of a newly stored document."""


def remove_document(db: Database, document_id: int) -> None:
    """Drop a document's rows from the index."""


def reindex(db: Database, kind: str, ids: Iterable[int]) -> None:
    """Refresh the index rows of edited records (kind: turn, comment, response)."""
