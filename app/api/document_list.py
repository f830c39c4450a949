"""What ``gijiroku list`` asks of a workspace: whether opening it first brings the file up to
date, and its list of documents. Without the ``Workbench``, whose store verbs and the
domain's dataclasses take longer to load than the listing takes."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from app.core.summary import DocumentSummary
from app.core.workspace import workspace_address
from app.store.listing import DocumentListing


def needs_upgrade(path: str | Path) -> bool:
    """Whether opening the workspace at path first brings its file up to date (for a
    large workspace that takes a while: a million turns, minutes). Reads only."""
    from app.store.migrations import pending_steps

    address = workspace_address(path)
    return isinstance(address, Path) and pending_steps(address) > 0


def read_document_list(path: str | Path, tell: Callable[[str], None]) -> list[DocumentSummary]:
    """The documents of the workspace at ``path`` (a file or a server's address) as the
    document list shows them, as ``Workbench.documents`` reads them; ``tell`` gets each of the
    opening's notices (a network share, another program that has it open). The workspace is
    not entered in the record of who has it open: it is read for milliseconds."""
    listing = DocumentListing(workspace_address(path), announce=False)
    try:
        for notice in listing.notices:
            tell(notice)
        return listing.list_documents()
    finally:
        listing.close()
