"""Item-data roles and colours shared by the reader's models and its delegate."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

USER = Qt.ItemDataRole.UserRole.value
ID_ROLE = USER + 1  # the record id (turn, comment, document, hit)
HEADING_ROLE = USER + 2  # agenda heading or comment category opening at this row, else None
LABEL_ROLE = USER + 3  # speaker label / comment number shown in the left column
COLOR_ROLE = USER + 4  # the speaker's colour (QColor)
NOTE_ROLE = USER + 5  # True for a note (a turn without a speaker)
TAGS_ROLE = USER + 6  # list[tuple[str, str]]: tag name, colour
SPANS_ROLE = USER + 7  # list[tuple[int, int, str]]: start, end, colour of span tags
ANSWER_ROLE = USER + 8  # a comment's answer text (None for turns)
RECORD_ROLE = USER + 9  # the stored record itself (StoredTurn, StoredComment, ActionRow, hit)
KIND_ROLE = USER + 10  # "turn" | "comment" | "document" | "group"
MARKS_ROLE = USER + 11  # list[Mark]: found or searched-for passages highlighted in the reader

# One readable colour per speaker, cycling; dark enough on white, distinct side by side.
SPEAKER_COLORS = ["#1f5fa8", "#b5470b", "#2a7d2e", "#8e2c8e", "#a01c2c", "#0f7c80",
                  "#6a4f1d", "#4b4bb8", "#b0306a", "#3c6e1f", "#7a3da8", "#996000"]
NOTE_COLOR = "#808080"


TEXT_FIELD, ANSWER_FIELD = 0, 1  # where in a reader row a mark lies: the text or the answer beside it


@dataclass(frozen=True)
class Mark:
    """A highlighted passage [start, end) of a reader row's text or answer; ``current`` is the
    one the find bar or a search hit points at."""

    row: int
    field: int
    start: int
    end: int
    current: bool = False


def speaker_color(index: int) -> str:
    return SPEAKER_COLORS[index % len(SPEAKER_COLORS)]


def item_data(index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
    """``index.data(role)`` without PySide6 6.12's bug: QModelIndex.data() called from Python
    on a Python model that returns None drops one reference to None each time, and a
    long session then aborts with "none_dealloc". Calling the model's own data() is safe."""
    model = index.model() if index.isValid() else None
    return model.data(index, role) if model is not None else None
