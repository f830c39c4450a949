"""The sign-off rules of a meeting, in one place for the CLI, the window and any script.

- Status moves 作成中 ⇄ 確認中 → 確定. 確定 is final: no status change afterwards, no
  sign-off given or withdrawn; a new revision (作成中, revision n+1) is the only way to
  correct confirmed minutes, and only confirmed minutes get one.
- A 議事録署名委員's sign-off is recorded (or withdrawn) only while the minutes are 確認中,
  and only for a signatory the minutes name.
- 確定 only when every signatory the minutes name has signed off (minutes that name none,
  and comment tables, can be confirmed as they are).
- Only 確定 minutes can be signed electronically; a draft is exported with （案） unsigned.

Each check reads the store and raises WorkbenchError with a message that says what to do.
"""
from __future__ import annotations

from app.core.domain import DocumentId
from app.core.errors import WorkbenchError
from app.store import Store
from app.store.signoffs import STATUSES

DRAFT, IN_REVIEW, FINAL = STATUSES


def check_status_change(store: Store, doc_id: DocumentId, new: str) -> None:
    """Raises WorkbenchError (bad_value, status_final, confirm_from_review, signoff_missing) unless ``doc_id`` may
    move to ``new``."""
    if new not in STATUSES:
        raise WorkbenchError("bad_value", what="状態", detail=f"{new}（{'・'.join(STATUSES)} のいずれか）")
    current = store.status(doc_id)
    if new == current:
        return
    if current == FINAL:
        raise WorkbenchError("status_final", doc_id=doc_id, status=new)
    if new == FINAL and store.signatories(doc_id) and current != IN_REVIEW:
        raise WorkbenchError("confirm_from_review", doc_id=doc_id, status=current)
    if new == FINAL:
        signed = {s.signatory for s in store.signoffs(doc_id)}
        missing = [name for name in store.signatories(doc_id) if name not in signed]
        if missing:
            raise WorkbenchError("signoff_missing", doc_id=doc_id, names="、".join(missing))


def check_signoff(store: Store, doc_id: DocumentId, signatory: str) -> None:
    """Raises WorkbenchError (signoff_status, not_signatory) unless ``signatory``'s sign-off
    on ``doc_id`` may be recorded or withdrawn now."""
    status = store.status(doc_id)
    if status != IN_REVIEW:
        raise WorkbenchError("signoff_status", doc_id=doc_id, status=status)
    names = store.signatories(doc_id)
    if signatory not in names:
        raise WorkbenchError("not_signatory", doc_id=doc_id, name=signatory, names="、".join(names) or "なし")


def check_revision(store: Store, doc_id: DocumentId) -> None:
    """Raises WorkbenchError('revise_unconfirmed') unless ``doc_id`` is 確定."""
    status = store.status(doc_id)
    if status != FINAL:
        raise WorkbenchError("revise_unconfirmed", doc_id=doc_id, status=status)


def check_can_sign(store: Store, doc_id: DocumentId) -> None:
    """Raises WorkbenchError('sign_draft') unless ``doc_id`` is 確定."""
    status = store.status(doc_id)
    if status != FINAL:
        raise WorkbenchError("sign_draft", doc_id=doc_id, status=status)
