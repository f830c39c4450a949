"""The workspace store: the only code that knows SQL.

``Store`` (app/store/store.py) gathers every verb, one mixin per area. The names below are
loaded when first used, so a module of the store can be imported without all the others:
``gijiroku list`` opens a workspace through app/store/listing.py alone.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from app.core.lazy_names import lazy_names

if TYPE_CHECKING:
    from app.store.edits import TurnsSnapshot
    from app.store.snapshots import DocumentSnapshot
    from app.store.store import Store
    from app.store.structure_snapshot import StructureSnapshot
    from app.store.tags import ActionFilter, ActionRow
    from app.store.trust import TrustedCertificate

_MODULE_OF = {"ActionFilter": "app.store.tags", "ActionRow": "app.store.tags",
              "DocumentSnapshot": "app.store.snapshots", "Store": "app.store.store",
              "StructureSnapshot": "app.store.structure_snapshot", "TrustedCertificate": "app.store.trust",
              "TurnsSnapshot": "app.store.edits"}


__getattr__ = lazy_names(globals(), _MODULE_OF)  # a submodule (``from app.store import roles``) is imported as usual

__all__ = ["ActionFilter", "ActionRow", "DocumentSnapshot", "Store", "StructureSnapshot", "TrustedCertificate",
           "TurnsSnapshot"]
