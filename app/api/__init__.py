"""The use cases: ``Workbench`` is the one entry the CLI and the window use for data, with
the record types its queries return."""
from app.api.workbench import Workbench
from app.store import ActionFilter, ActionRow, DocumentSnapshot

__all__ = ["ActionFilter", "ActionRow", "DocumentSnapshot", "Workbench"]
