"""Linking the action items that revisions copied before migration step 6 to the items they
were copied from (their lineage). Only SQL on the connection: the migrations call it."""
from __future__ import annotations

from typing import Any

from app.store.database import Database


def _copy_key(db: Database, tagging: dict[str, Any]) -> tuple[Any, ...]:
    """What a tagging and its copy in the next revision have in common: tag, target kind,
    the target's position, span and creation time (new_revision copies all of them)."""
    table = {"turn": "turns", "comment": "comments", "response": "responses"}[tagging["target_kind"]]
    position = db.execute(f"SELECT position FROM {table} WHERE id = ?", [tagging["target_id"]]).fetchone()
    return (tagging["tag_id"], tagging["target_kind"], position[0] if position else None,
            tagging["start"], tagging["end"], tagging["created_at"])


def link_revision_copies(db: Database) -> None:
    """Give the action items that earlier revisions copied the lineage of their originals
    (migration step 6; before it, each copy was an item of its own and drifted apart)."""
    sql = """SELECT g.*, a.id AS item, a.lineage FROM taggings g JOIN action_items a ON a.tagging_id = g.id
             WHERE g.document_id = ?"""
    for doc_id, previous in db.execute("SELECT id, previous_id FROM documents WHERE previous_id IS NOT NULL"
                                       " ORDER BY revision, id").fetchall():
        cur = db.execute(sql, [previous])
        cols = [c[0] for c in cur.description]
        originals = {_copy_key(db, row): row["lineage"] for row in (dict(zip(cols, r)) for r in cur.fetchall())}
        cur = db.execute(sql, [doc_id])
        for copy in [dict(zip(cols, r)) for r in cur.fetchall()]:
            lineage = originals.get(_copy_key(db, copy))
            if lineage is not None:
                db.execute("UPDATE action_items SET lineage = ? WHERE id = ?", [lineage, copy["item"]])
