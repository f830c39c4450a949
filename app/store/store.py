"""``Store``: one workspace with every verb of the store, one mixin per area."""
from __future__ import annotations

from app.store.copies import CopiesMixin
from app.store.decisions import DecisionsMixin
from app.store.documents import DocumentsMixin
from app.store.edits import EditsMixin
from app.store.revisions import RevisionsMixin
from app.store.row_copies import RowCopiesMixin
from app.store.signoffs import SignoffsMixin
from app.store.snapshots import SnapshotsMixin
from app.store.structure import StructureMixin
from app.store.tags import TagsMixin
from app.store.trust import TrustMixin
from app.store.watching import WatchMixin


class Store(DocumentsMixin, EditsMixin, TagsMixin, SignoffsMixin, RevisionsMixin, SnapshotsMixin,
            DecisionsMixin, StructureMixin, CopiesMixin, TrustMixin, WatchMixin, RowCopiesMixin):
    """One workspace file. See the mixins for the verbs."""

