"""The use cases: ``Workbench`` is the one entry the CLI and the window use for data, with
the record types its queries return."""
from app.api.workbench import ActionFilter, ActionRow, DocumentSnapshot, Workbench

__all__ = ["ActionFilter", "ActionRow", "DocumentSnapshot", "Workbench"]
