"""The use cases: ``Workbench`` is the one entry the CLI and the window use for data, with
the record types its queries return.

The names below are loaded when first used, so that ``gijiroku list`` can read through
app/api/document_list.py without loading the Workbench and every verb of the store.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from app.core.lazy_names import lazy_names

if TYPE_CHECKING:
    from app.api.workbench import Workbench
    from app.store import ActionFilter, ActionRow, DocumentSnapshot

_MODULE_OF = {"Workbench": "app.api.workbench", "ActionFilter": "app.store", "ActionRow": "app.store",
              "DocumentSnapshot": "app.store"}


__getattr__ = lazy_names(globals(), _MODULE_OF)  # a submodule (``from app.api import workspace_copy``) is imported as usual

__all__ = ["ActionFilter", "ActionRow", "DocumentSnapshot", "Workbench"]
