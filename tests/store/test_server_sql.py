"""The store's SQL, written once with ``?`` placeholders, on a server workspace."""
from __future__ import annotations

from app.store.postgres import PostgresDatabase


def test_question_marks_and_percent_signs_inside_literals_stay_text(pg_dsn: str) -> None:
    db = PostgresDatabase(pg_dsn)
    try:
        row = db.execute("SELECT ?, '50%?', 'x' LIKE '%', ? || '%'", ["あ", "い"]).fetchone()
        assert tuple(row) == ("あ", "50%?", True, "い%")
        assert db.execute("SELECT '100%'").fetchone()[0] == "100%"
    finally:
        db.close()
