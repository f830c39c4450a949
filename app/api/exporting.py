"""Exports as use cases: read the store, build domain values, hand them to ``exports/``.

The only code that reads the store for an export. Thread: the store's owning thread (the
store connection is not shared); the writing itself is in pure functions under exports/.
"""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.core.domain import TAG_ACTION, TAG_DECISION, TAG_PRIVATE, CommentTable, DocumentId, Minutes, Tagging
from app.core.errors import WorkbenchError
from app.core.progress import NO_PROGRESS, Progress
from app.store import ActionFilter, ActionRow, Store

if TYPE_CHECKING:  # python-docx and cryptography load when an export runs, not with the window
    from exports.minutes_docx import MinutesLayout
    from exports.passages import Span

SUMMARY_TAGS = (TAG_DECISION, TAG_ACTION)
SUMMARY_NOTE = "（要点記録）"
STATUS_FINAL = "確定"


def _spans_by_turn(store: Store, doc_id: DocumentId, tag_names: Sequence[str]) -> dict[int, list[Span]]:
    """Turn index -> the passages tagged with any of ``tag_names`` (None = whole turn)."""
    wanted = {t.id for t in store.tags() if t.name in tag_names}
    position: dict[int, int] = {turn_id: i for i, turn_id in enumerate(store.turn_ids(doc_id))}
    spans: dict[int, list[Span]] = {}
    for t in store.taggings_in_document(doc_id):
        if t.tag_id in wanted and t.target_kind == "turn" and t.target_id in position:
            spans.setdefault(position[t.target_id], []).append(_span(t))
    return spans


def _span(t: Tagging) -> Span:
    return None if t.start is None or t.end is None else (t.start, t.end)


def minutes_for_export(store: Store, doc_id: DocumentId, summary: bool = False,
                       public: bool = False) -> Minutes:
    """The stored minutes, cut to the 決定事項/対応事項 passages and/or with the 非公開
    passages replaced by （非公開）. Raises WorkbenchError('not_minutes')."""
    from exports.passages import cut_minutes

    doc = store.load_document(doc_id)
    if not isinstance(doc, Minutes):
        raise WorkbenchError("not_minutes", doc_id=doc_id)
    keep = _spans_by_turn(store, doc_id, SUMMARY_TAGS) if summary else None
    hide = _spans_by_turn(store, doc_id, (TAG_PRIVATE,)) if public else {}
    return cut_minutes(doc, keep, hide) if (summary or hide) else doc


def minutes_layout(store: Store, doc_id: DocumentId, summary: bool = False,
                   public: bool = False) -> MinutesLayout:
    """The signature block and properties: who signs, who has signed off and when, and (in
    the file's properties) who set the status and who recorded each sign-off, and when."""
    from exports.minutes_docx import MinutesLayout, SignatureLine

    signoffs = store.signoffs(doc_id)
    signed = {s.signatory: s.signed_at for s in signoffs}
    signatories = store.signatories(doc_id) or list(signed)
    lines = tuple(SignatureLine(name, signed.get(name)) for name in signatories)
    all_signed = bool(lines) and all(line.signed_at for line in lines)
    date = max(str(line.signed_at) for line in lines) if all_signed else None
    status = store.status(doc_id)
    variant = "+".join(v for v, on in (("要点記録", summary), ("公開用", public)) if on) or "全文"
    status_by, status_at = store.status_stamp(doc_id)
    recorded = "；".join(f"{s.signatory}：{s.signed_by} {s.recorded_at}" for s in signoffs if s.signed_by)
    props = (("gijiroku-document", str(doc_id)), ("gijiroku-status", status), ("gijiroku-variant", variant),
             ("gijiroku-status-by", status_by or ""), ("gijiroku-status-at", status_at or ""),
             ("gijiroku-signoffs-recorded-by", recorded))
    return MinutesLayout(note=SUMMARY_NOTE if summary else "", draft=status != STATUS_FINAL, signatures=lines,
                         signature_date=date, properties=props)


def export_minutes(store: Store, doc_id: DocumentId, out: Path, **options: Any) -> list[Path]:
    """Write the Word minutes; with ``sign`` (a .p12) also ``out``.p7s; with ``pdf`` also
    ``out`` as .pdf printed by LibreOffice, PAdES-signed when ``sign`` is given.

    Signing needs 確定 minutes and a key whose certificate the workspace trusts; both are
    checked before anything is written. Every file is written under a temporary name in the
    target folder and renamed only when all of them are done: a failed or cancelled export
    leaves nothing behind (and an earlier export of the same name as it was).

    Returns the files in that order. Options: summary (bool), public (bool), pdf (bool),
    sign (path), password (str), progress. Blocks for the conversion (seconds).
    Raises WorkbenchError (not_minutes, no_document, sign_draft, bad_key, key_not_trusted,
    key_expired, export_write, pdf_no_office, pdf_convert, pdf_sign), Cancelled."""
    from cryptography import x509

    from app.services.signing import load_signing_key, require_trusted_key, sign_detached
    from exports.minutes_docx import write_minutes

    summary, public = bool(options.get("summary")), bool(options.get("public"))
    progress: Progress = options.get("progress") or NO_PROGRESS
    out = _docx_path(out)
    key_path = Path(options["sign"]) if options.get("sign") else None
    key = None
    if key_path is not None:
        from app.services.signoff_rules import check_can_sign

        check_can_sign(store, doc_id)
        key = load_signing_key(key_path, options.get("password"))
        require_trusted_key(key, [x509.load_der_x509_certificate(c.der) for c in store.trusted_certificates()])
    minutes = minutes_for_export(store, doc_id, summary, public)
    layout = minutes_layout(store, doc_id, summary, public)
    with StagedFiles(out) as staged:
        docx = staged.add(out)
        write_minutes(minutes, docx, layout, progress)
        if key is not None:
            staged.add(out.with_name(out.name + ".p7s")).write_bytes(
                sign_detached(docx.read_bytes(), key.key, key.cert, key.chain))
        if options.get("pdf"):
            pdf = out.with_suffix(".pdf")
            _minutes_pdf(docx, staged.add(pdf), key_path, options.get("password"), pdf)
        return staged.commit()


class StagedFiles:
    """Files written under temporary names beside their targets, renamed together by
    ``commit``; on leaving the block without a commit, the temporary files are removed.
    An OSError while writing becomes WorkbenchError('export_write') naming the target."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.files: list[tuple[Path, Path]] = []  # (temporary, target)

    def __enter__(self) -> StagedFiles:
        return self

    def add(self, target: Path) -> Path:
        import os
        import tempfile

        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, name = tempfile.mkstemp(prefix=".~gijiroku-", suffix=target.suffix, dir=target.parent)
        except OSError as e:
            raise WorkbenchError("export_write", path=str(target), detail=e.strerror or str(e)) from e
        os.close(fd)
        self.files.append((Path(name), target))
        return Path(name)

    def commit(self) -> list[Path]:
        for temporary, target in self.files:
            temporary.replace(target)
        done, self.files = [target for _, target in self.files], []
        return done

    def __exit__(self, kind: Any, error: Any, _tb: Any) -> None:
        for temporary, _target in self.files:
            temporary.unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise WorkbenchError("export_write", path=str(self.out), detail=error.strerror or str(error)) from error


def _minutes_pdf(docx: Path, pdf: Path, key: Path | None, password: str | None, shown: Path) -> Path:
    """The PDF of ``docx`` at ``pdf``, signed (PAdES B-B) when a key is given; errors name
    ``shown`` (the file the clerk asked for), not the temporary file."""
    from exports.pdf_convert import docx_to_pdf

    try:
        docx_to_pdf(docx, pdf)
        if key is not None:
            from app.services.signing_pdf import sign_pdf

            sign_pdf(pdf, key, password)
    except WorkbenchError as e:
        if e.data.get("path") in (str(docx), str(pdf)):
            raise WorkbenchError(e.code, **{**e.data, "path": str(shown)}) from e
        raise
    return pdf


def _docx_path(out: Path) -> Path:
    if out.suffix.lower() != ".docx":
        raise WorkbenchError("export_format", path=str(out))
    return out


def followup_rows(rows: Sequence[ActionRow]) -> list[Any]:
    """Store rows as the export's ``FollowupRow`` values, numbered from 1."""
    from exports.followups import FollowupRow

    out = []
    for n, r in enumerate(rows, start=1):
        note = r.item.note
        if r.item.review:
            remark = f"：{r.item.review_remark}" if r.item.review_remark else ""
            note = "\n".join(x for x in (note, f"【{r.item.review}{remark}】") if x)
        out.append(FollowupRow(n, r.item.text, r.item.owner, r.item.due, r.item.status, r.meeting,
                               r.date, r.speaker or "", note, r.item.reviewed_by, r.item.reviewed_at,
                               r.item.changed_by or "", r.item.changed_at))
    return out


def describe_filter(f: ActionFilter) -> str:
    """The filter in words for the list's subtitle, e.g. 状況：未着手・対応中　担当：情報政策課."""
    parts = []
    if f.statuses:
        parts.append("状況：" + "・".join(f.statuses))
    if f.owner:
        parts.append("担当：" + f.owner)
    if f.body:
        parts.append("会議体：" + f.body)
    if f.due_from or f.due_to:
        parts.append(f"期限：{f.due_from or ''}～{f.due_to or ''}")
    if f.overdue_only:
        parts.append("期限超過のみ")
    return "　".join(parts)


def export_followups(store: Store, out: Path, f: ActionFilter = ActionFilter()) -> Path:
    """Write the follow-up list of the action items ``f`` selects; format by suffix.

    Raises WorkbenchError (export_format, export_write)."""
    from exports.followup_list import write_followups

    if out.suffix.lower() not in (".docx", ".xlsx", ".csv"):
        raise WorkbenchError("export_format", path=str(out))
    rows = followup_rows(store.action_rows(f))
    try:
        if out.suffix.lower() == ".docx":
            from exports.followups_docx import write_docx

            out.parent.mkdir(parents=True, exist_ok=True)
            return write_docx(rows, out, subtitle=describe_filter(f))
        return write_followups(rows, out)
    except OSError as e:
        raise WorkbenchError("export_write", path=str(out), detail=e.strerror or str(e)) from e


def export_comments(store: Store, doc_id: DocumentId, out: Path) -> Path:
    """Write the public-comment result table of a stored comment document.

    Raises WorkbenchError (not_comments, no_document, export_format, export_write)."""
    from exports.comments_docx import write_comments

    doc = store.load_document(doc_id)
    if not isinstance(doc, CommentTable):
        raise WorkbenchError("not_comments", doc_id=doc_id)
    out = _docx_path(out)
    try:
        return write_comments(doc, out)
    except OSError as e:
        raise WorkbenchError("export_write", path=str(out), detail=e.strerror or str(e)) from e

