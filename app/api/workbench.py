"""``Workbench``: the whole surface the GUI and the CLI use. No Qt.

Thread: the owning thread only (the GUI thread), except ``parse``, which is pure and may
run in a worker. Each mutator is one store transaction and returns ``Changes``.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.api import document_list
from app.api.structure import StructureEdits
from app.core.domain import (
    REVIEW_NONE,
    TAG_ACTION,
    ActionItemId,
    AgendaItemId,
    Changes,
    CommentId,
    Document,
    DocumentId,
    DocumentSummary,
    Minutes,
    ResponseId,
    StoredAgendaItem,
    StoredComment,
    StoredResponse,
    StoredTurn,
    Tag,
    Tagging,
    TaggingId,
    TagId,
    TurnId,
)
from app.core.progress import NO_PROGRESS, Progress
from app.core.workspace import ServerAddress, is_server_address, sample_files, workspace_address
from app.store import ActionFilter, ActionRow, DocumentSnapshot, Store, TurnsSnapshot
from app.store.roles import Access, access


def review_stamp(verdict: str, actor: str) -> dict[str, Any]:
    """Who decides ``verdict`` and when: ``actor`` (``Workbench.actor``: the server's login
    role, or the OS login name for a file — what the database records on every change) and
    the local time now; nobody for a review taken back (REVIEW_NONE)."""
    import datetime as dt

    if verdict == REVIEW_NONE:
        return {"reviewed_by": "", "reviewed_at": None}
    return {"reviewed_by": actor, "reviewed_at": dt.datetime.now().replace(microsecond=0).isoformat()}


class Workbench(StructureEdits):
    """The workbench over one workspace file (structure corrections: app/api/structure.py)."""

    def __init__(self, path: str | Path, program: str | None = None, announce: bool = True) -> None:
        """``announce=False``: not entered in the record of who has the file open (a short
        read, such as ``gijiroku list``)."""
        self.path: Path | ServerAddress = workspace_address(path)
        self.store = Store(self.path, program, announce=announce)

    @property
    def on_server(self) -> bool:
        return isinstance(self.path, ServerAddress)

    @property
    def shown_name(self) -> str:
        """The workspace as the window's title and messages name it (a server without password)."""
        return self.path.name

    # --- other people's changes (app/store/notices.py) -----------------------------------
    def start_watching(self) -> None:
        """Begin noticing what other programs change (a server's notices, a file's data version)."""
        self.store.start_watching()

    def changes_elsewhere(self) -> Changes:
        """What other programs changed since the last call; empty when nothing did."""
        return self.store.changes_elsewhere()

    def stop_watching(self) -> None:
        self.store.stop_watching()

    @property
    def notices(self) -> list[str]:
        """Japanese lines to show on opening: a network share (opened exclusively), another
        program that has the workspace open."""
        return list(self.store.notices)

    @property
    def exclusive(self) -> bool:
        """Whether this Workbench holds its file exclusively (a network share): no other
        connection, not even this program's workers, can open it while it is open."""
        return self.store.network_fs is not None

    def backup(self, dest: str | Path) -> Path:
        """A self-contained copy of everything committed (SQLite's backup API), never over an
        existing file. Raises WorkbenchError (backup_exists, disk_full, …)."""
        return self.store.backup(dest)

    @classmethod
    def open_or_sample(cls, path: str | Path, samples: bool = False) -> Workbench:
        """Open a workspace (a new file starts empty). ``samples``: the first start's workspace,
        which, when new, is a copy of the sample workspace: the sample meeting and comment
        table, marked as samples, parsed and indexed once (app/api/samples.py)."""
        if samples and not is_server_address(path) and not Path(path).exists():
            from app.api.samples import copy_sample_workspace

            copy_sample_workspace(Path(path), cls._build_sample)
        return cls(path)

    @classmethod
    def prepare_sample(cls) -> Path:
        """Build the sample workspace ahead of the first start (the installer calls this)."""
        from app.api.samples import ensure_sample_workspace

        return ensure_sample_workspace(cls._build_sample)

    @classmethod
    def _build_sample(cls, path: Path) -> None:
        bench = cls(path)
        try:
            for f in sample_files():
                doc_id, _ = bench.import_file(f)
                bench.store.mark_sample(doc_id)
        finally:
            bench.close()

    @staticmethod
    def needs_upgrade(path: str | Path) -> bool:
        """Whether opening the workspace at path first brings its file up to date (for a
        large workspace that takes a while: a million turns, minutes). Reads only."""
        return document_list.needs_upgrade(path)

    def close(self) -> None:
        self.store.close()

    # --- documents ---------------------------------------------------------------------
    @staticmethod
    def parse(path: str | Path, as_kind: str | None = None, progress: Progress = NO_PROGRESS,
              reading: Callable[[], None] | None = None) -> Document:
        """Parse without storing. Pure: safe in a worker thread. ``reading``: called once
        the file's reading has begun (``parsers.parse_file``). Raises WorkbenchError, Cancelled."""
        from parsers import parse_file

        return parse_file(path, as_kind, progress, reading)

    def store_document(self, doc: Document, prepared: dict[str, list[str]] | None = None
                       ) -> tuple[DocumentId, Changes]:
        """Store a parsed (and maybe corrected) document in one transaction; ``prepared``
        are its index terms from ``prepare_index_terms`` (computed in a worker)."""
        doc_id = self.store.save_document(doc, prepared)
        return doc_id, Changes.of("document", doc_id)

    @staticmethod
    def prepare_index_terms(doc: Document) -> dict[str, list[str]]:
        """The search-index terms of a parsed document's texts. Pure: safe in a worker."""
        from app.store.search_index import prepare_terms

        if isinstance(doc, Minutes):
            return prepare_terms(t.text for t in doc.turns)
        return prepare_terms([c.text for c in doc.comments] + [r.text for r in doc.responses])

    def import_file(self, path: str | Path, as_kind: str | None = None,
                    progress: Progress = NO_PROGRESS) -> tuple[DocumentId, Changes]:
        from parsers.readers import sha256_of

        existing = self.store.find_by_hash(sha256_of(Path(path))) if Path(path).is_file() else None
        if existing is not None:
            from app.core.errors import WorkbenchError
            raise WorkbenchError("duplicate", path=str(path), doc_id=existing)
        return self.store_document(self.parse(path, as_kind, progress))

    def find_by_hash(self, sha256: str) -> DocumentId | None:
        return self.store.find_by_hash(sha256)

    def documents(self) -> list[DocumentSummary]:
        return self.store.list_documents()

    def document(self, doc_id: DocumentId) -> Document:
        return self.store.load_document(doc_id)

    def document_info(self, doc_id: DocumentId) -> dict[str, Any]:
        return self.store.document_row(doc_id)

    def delete_document(self, doc_id: DocumentId) -> Changes:
        """Remove a document with its tags, action items and sign-offs (undo: restore_document)."""
        self.store.delete_document(doc_id)
        return Changes.of("document", doc_id) | Changes.of("action_item")

    def snapshot_document(self, doc_id: DocumentId) -> DocumentSnapshot:
        """Everything of one document, to bring it back with ``restore_document`` (undo)."""
        return self.store.snapshot_document(doc_id)

    def restore_document(self, snap: DocumentSnapshot) -> Changes:
        self.store.restore_document(snap)
        return Changes.of("document", snap.document_id)

    # --- reading -----------------------------------------------------------------------
    def turn_ids(self, doc_id: DocumentId) -> list[TurnId]:
        return self.store.turn_ids(doc_id)

    def turns(self, ids: list[TurnId]) -> list[StoredTurn]:
        return self.store.turns(ids)

    def agenda_items(self, doc_id: DocumentId) -> list[StoredAgendaItem]:
        return self.store.agenda_items(doc_id)

    def speakers(self, doc_id: DocumentId) -> list[str]:
        return self.store.speakers(doc_id)

    def all_speakers(self) -> list[str]:
        """Every speaker label in the workspace once, sorted (for the search's speaker filter)."""
        return self.store.all_speakers()

    def speaker_people(self, doc_id: DocumentId) -> list[tuple[str, str | None, str | None]]:
        """(speaker, name, participant) of each speaker's first turn, in order of appearance."""
        return self.store.speaker_people(doc_id)

    def comments(self, doc_id: DocumentId) -> list[StoredComment]:
        return self.store.comments(doc_id)

    def responses(self, doc_id: DocumentId) -> list[StoredResponse]:
        return self.store.responses(doc_id)

    # --- corrections -------------------------------------------------------------------
    # ``expected_version``: the version of the row as the caller read it (StoredTurn.version …);
    # the edit is refused with WorkbenchError('edit_conflict') when someone else changed it since.
    def update_turn(self, turn_id: TurnId, expected_version: int | None = None, **values: Any) -> Changes:
        self.store.update_turn(turn_id, expected_version, **values)
        return Changes.of("turn", turn_id)

    def split_turn(self, turn_id: TurnId, offset: int,
                   expected_version: int | None = None) -> tuple[TurnId, Changes]:
        new_id = self.store.split_turn(turn_id, offset, expected_version)
        doc = self.store.turn(turn_id).document_id
        return new_id, Changes.of("turn", turn_id, new_id) | Changes.of("turn_set", doc)

    def merge_turn_with_next(self, turn_id: TurnId, expected_version: int | None = None,
                             next_version: int | None = None) -> Changes:
        removed = self.store.merge_turn_with_next(turn_id, expected_version, next_version)
        doc = self.store.turn(turn_id).document_id
        return Changes.of("turn", turn_id, removed) | Changes.of("turn_set", doc)

    def snapshot_turns(self, doc_id: DocumentId) -> TurnsSnapshot:
        return self.store.snapshot_turns(doc_id)

    def restore_turns(self, snap: TurnsSnapshot, expected: TurnsSnapshot | None = None) -> Changes:
        """Put a meeting's turns back as captured (undo of a split or merge); ``expected`` is
        how this program left them: refused (edit_conflict) when someone else changed one since."""
        ids = self.store.restore_turns(snap, expected)
        return Changes.of("turn", *ids) | Changes.of("turn_set", snap.document_id)

    def link_comment(self, comment_id: CommentId, response_id: ResponseId | None,
                     expected_version: int | None = None) -> Changes:
        self.store.link_comment(comment_id, response_id, expected_version)
        return Changes.of("comment", comment_id)

    def update_response(self, response_id: ResponseId, text: str | None = None,
                        revised: bool | None = None, expected_version: int | None = None) -> Changes:
        self.store.update_response(response_id, text, revised, expected_version)
        return Changes.of("response", response_id)

    def add_response(self, doc_id: DocumentId, text: str, response_id: ResponseId | None = None,
                     version: int | None = None) -> tuple[ResponseId, Changes]:
        """A new answer in a comment table (link comments to it with link_comment);
        ``response_id`` re-creates a removed answer under its old id at ``version`` (redo)."""
        rid = self.store.add_response(doc_id, text, response_id, version)
        return rid, Changes.of("response", rid)

    def remove_response(self, response_id: ResponseId) -> Changes:
        """Delete an answer no comment points at (undo of add_response)."""
        self.store.remove_response(response_id)
        return Changes.of("response", response_id)

    def unanswered_comments(self, doc_id: DocumentId) -> list[str]:
        """The numbers of a table's comments with no answer or an empty one (their 考え方
        cells would be blank in the exported result table)."""
        written = {r.id for r in self.store.responses(doc_id) if r.text.strip()}
        return [c.no for c in self.store.comments(doc_id) if c.response_id not in written]

    def agenda_item_id(self, doc_id: DocumentId, position: int) -> AgendaItemId | None:
        items = self.store.agenda_items(doc_id)
        return items[position].id if 0 <= position < len(items) else None

    # --- tags and action items ---------------------------------------------------------
    def tags(self) -> list[Tag]:
        return self.store.tags()

    def add_tag(self, name: str, color: str = "#888888", parent_id: TagId | None = None) -> tuple[TagId, Changes]:
        tag_id = self.store.add_tag(name, color, parent_id)
        return tag_id, Changes.of("tag", tag_id)

    def remove_tag(self, tag_id: TagId) -> Changes:
        """Remove an unused tag of the clerk's own from the codebook (undo of add_tag)."""
        self.store.remove_tag(tag_id)
        return Changes.of("tag", tag_id)

    def tag(self, tag_name: str, kind: str, target_id: int, start: int | None = None,
            end: int | None = None, memo: str = "", **action_values: Any) -> tuple[TaggingId, Changes]:
        """Tag a turn/comment/response (or a span of it). An 対応事項 gets its action item with
        ``action_values`` (owner, due, status, note), all in one transaction.
        Refused on a confirmed (確定) document: its tags are part of what was confirmed."""
        self.store.ensure_editable(self.store.document_of_target(kind, target_id))
        if "due" in action_values:  # typed dates are read (R6.3.31 …) or refused before storing
            from app.core.dates import parse_optional_date

            action_values = {**action_values, "due": parse_optional_date(action_values["due"], "期限")}
        tag = self.store.tag_by_name(tag_name)
        action = None
        if tag_name == TAG_ACTION:
            text = self._target_text(kind, target_id)
            action = {"text": text[start:end] if start is not None else text, **action_values}
        tagging_id, item = self.store.tag_with_action(tag.id, kind, target_id, start, end, memo, action)
        changes = Changes.of("tagging", tagging_id) | Changes.of(kind, target_id)
        if item is not None:
            changes = changes | Changes.of("action_item", item)
        return tagging_id, changes

    def _target_text(self, kind: str, target_id: int) -> str:
        return self.store.target_text(kind, target_id)

    def untag(self, tagging_id: TaggingId) -> Changes:
        t = self.store.tagging(tagging_id)
        self.store.ensure_editable(self.store.document_of_target(t.target_kind, t.target_id))
        self.store.remove_tagging(tagging_id)
        return Changes.of("tagging", tagging_id) | Changes.of(t.target_kind, t.target_id)

    def tagging(self, tagging_id: TaggingId) -> Tagging:
        return self.store.tagging(tagging_id)

    def restore_tagging(self, t: Tagging, action: Any = None, lineage: int | None = None) -> Changes:
        """Re-create a removed tagging (and its action item) under the old ids (undo), in one
        transaction; ``lineage`` puts the item back among its copies in other revisions."""
        values = None
        if action is not None:
            values = {k: getattr(action, k) for k in ("id", "text", "owner", "due", "status", "note",
                                                         "review", "review_remark", "reviewed_by", "reviewed_at", "version")}
            if lineage is not None:
                values["lineage"] = lineage
        self.store.tag_with_action(t.tag_id, t.target_kind, t.target_id, t.start, t.end, t.memo, values,
                                   tagging_id=t.id, uid=t.uid)
        return Changes.of("tagging", t.id) | Changes.of(t.target_kind, t.target_id) | Changes.of("action_item")

    def set_tagging_memo(self, tagging_id: TaggingId, memo: str) -> Changes:
        self.store.set_tagging_memo(tagging_id, memo)
        return Changes.of("tagging", tagging_id)

    def taggings_for(self, kind: str, ids: list[int]) -> list[Tagging]:
        return self.store.taggings_for(kind, ids)

    def taggings_in_document(self, doc_id: DocumentId) -> list[Tagging]:
        return self.store.taggings_in_document(doc_id)

    def action_item_for_tagging(self, tagging_id: TaggingId) -> Any:
        return self.store.action_item_for_tagging(tagging_id)

    def action_item(self, item_id: ActionItemId) -> Any:
        return self.store.action_item(item_id)

    @property
    def access(self) -> Access:
        """What this user may do here (app/store/roles.py ``Access``): everything in a file;
        on a server what its group's GRANTs allow (事務局, 委員長 or 閲覧)."""
        return access(self.store.db)

    @property
    def actor(self) -> str:
        """Who this workbench records on changes: the server's login role, or the OS login
        name for a file (the database's ``current_actor()``, app/store/stamps.py)."""
        return self.store.actor

    def review_stamp(self, verdict: str) -> dict[str, Any]:
        """reviewed_by/reviewed_at for deciding ``verdict`` now (see ``review_stamp``)."""
        return review_stamp(verdict, self.actor)

    def update_action_item(self, item_id: ActionItemId, expected_version: int | None = None,
                           **values: Any) -> Changes:
        """Set fields of an action item; setting ``review`` also records who decided and when
        (``review_stamp``) unless ``reviewed_by`` is given; a typed ``due`` (2024/3/31, R6.3.31,
        令和6年3月31日 …) is stored as ISO or refused (WorkbenchError 'bad_date')."""
        if "review" in values and "reviewed_by" not in values:
            values = {**values, **self.review_stamp(values["review"])}
        if "due" in values:
            from app.core.dates import parse_optional_date

            values = {**values, "due": parse_optional_date(values["due"], "期限")}
        self.store.update_action_item(item_id, expected_version, **values)
        return Changes.of("action_item", item_id)

    # --- decisions on suggestions (the 候補 panel) -----------------------------------------
    def decide_suggestion(self, doc_id: DocumentId, key: tuple[int, str, str], decision: str) -> Changes:
        """Remember that the clerk accepted or dismissed a suggestion (turn id, kind, text)."""
        self.store.decide_suggestion(doc_id, key, decision)
        return Changes.of("suggestion", doc_id)

    def forget_suggestion(self, doc_id: DocumentId, key: tuple[int, str, str]) -> Changes:
        self.store.forget_suggestion(key)
        return Changes.of("suggestion", doc_id)

    def suggestion_decisions(self, doc_id: DocumentId) -> dict[tuple[int, str, str], str]:
        return self.store.suggestion_decisions(doc_id)

    def same_tagging(self, tag_name: str, kind: str, target_id: int, start: int | None = None,
                     end: int | None = None) -> TaggingId | None:
        """The tagging with this tag on exactly this target and span, if there is one."""
        return self.store.same_tagging(self.store.tag_by_name(tag_name).id, kind, target_id, start, end)

    def action_lineage(self, item_id: ActionItemId) -> int | None:
        """The lineage an action item shares with its copies in other revisions."""
        return self.store.action_lineage(item_id)

    def action_rows(self, f: ActionFilter = ActionFilter()) -> list[ActionRow]:
        return self.store.action_rows(f)

    # --- status and sign-off -----------------------------------------------------------
    def status(self, doc_id: DocumentId) -> str:
        return self.store.status(doc_id)

    def set_status(self, doc_id: DocumentId, status: str) -> Changes:
        """Move to 作成中/確認中/確定 as app/services/signoff_rules.py allows (WorkbenchError)."""
        from app.services.signoff_rules import check_status_change

        check_status_change(self.store, doc_id, status)
        self.store.set_status(doc_id, status)
        return Changes.of("document", doc_id)

    def new_revision(self, doc_id: DocumentId) -> tuple[DocumentId, Changes]:
        """An editable copy (revision n+1) of a confirmed document; the old one stays frozen."""
        from app.services.signoff_rules import check_revision

        check_revision(self.store, doc_id)
        new_id = self.store.new_revision(doc_id)
        return new_id, Changes.of("document", doc_id, new_id)

    def signatories(self, doc_id: DocumentId) -> list[str]:
        return self.store.signatories(doc_id)

    def add_signoff(self, doc_id: DocumentId, signatory: str, signed_at: str | None = None) -> Changes:
        """Record a signatory's sign-off (only while 確認中; signoff_rules.check_signoff)."""
        from app.services.signoff_rules import check_signoff

        check_signoff(self.store, doc_id, signatory)
        self.store.add_signoff(doc_id, signatory, signed_at)
        return Changes.of("document", doc_id)

    def signoffs(self, doc_id: DocumentId) -> list[Any]:
        return self.store.signoffs(doc_id)

    # --- Japanese text: search, suggestions, similar comments, keywords (app/search.py …) --
    def search(self, query: str, filters: Any = None, limit: int = 200) -> list[Any]:
        """Ranked hits over every stored turn, comment and response (see app/search.py)."""
        from app.services.search import search

        return search(self.store, query, filters, limit)

    def suggest(self, doc_id: DocumentId) -> list[Any]:
        """Suggested action items and decisions for a stored meeting (see app/suggest.py)."""
        from app.services.suggest import suggest

        doc = self.store.load_document(doc_id)
        return suggest(doc) if isinstance(doc, Minutes) else []

    def similar_comments(self, doc_id: DocumentId) -> list[Any]:
        from app.services.similar import group_similar_comments

        return group_similar_comments(self.store, doc_id)

    def keywords(self, doc_id: DocumentId, limit: int = 20) -> list[Any]:
        from app.services.keywords import document_keywords

        return document_keywords(self.store, doc_id, limit)

    # --- exports (app/exporting.py) -----------------------------------------------------
    def export_minutes(self, doc_id: DocumentId, out: str | Path, **options: Any) -> list[Path]:
        """Write the Word minutes (and .p7s / PDF where asked); returns the files written."""
        from app.api.exporting import export_minutes

        return export_minutes(self.store, doc_id, Path(out), **options)

    def export_followups(self, out: str | Path, f: ActionFilter = ActionFilter()) -> Path:
        from app.api.exporting import export_followups

        return export_followups(self.store, Path(out), f)

    def export_comments(self, doc_id: DocumentId, out: str | Path) -> Path:
        from app.api.exporting import export_comments

        return export_comments(self.store, doc_id, Path(out))

    # --- printing (app/api/printing.py) ------------------------------------------------
    def minutes_print_pdf(self, doc_id: DocumentId, folder: str | Path) -> Path:
        """The minutes exactly as exported (Word, printed to PDF by LibreOffice) in ``folder``."""
        from app.api.printing import minutes_pdf

        return minutes_pdf(self.store, doc_id, Path(folder))

    def followups_print_pdf(self, folder: str | Path, f: ActionFilter | None = None) -> Path:
        """The follow-up list ``f`` selects (all by default) exactly as exported, as a PDF in
        ``folder``."""
        from app.api.printing import followups_pdf

        return followups_pdf(self.store, Path(folder), f)

    # --- window helpers (app/qt, widgets) -------------------------------------------------
    def duplicate_of(self, path: str | Path) -> DocumentId | None:
        """The stored document imported from a file with the same content, else None.

        Lets the import dialog say "already imported" before parsing. Reads the file once."""
        from parsers.readers import sha256_of

        p = Path(path)
        return self.store.find_by_hash(sha256_of(p)) if p.is_file() else None

    @staticmethod
    def suggest_document(doc: Document) -> list[Any]:
        """``suggest`` on an already loaded document. Pure: the window runs it in a worker,
        so tokenising a long meeting never blocks the GUI thread. Raises ImportError while
        app/suggest.py is missing."""
        from app.services.suggest import suggest

        return suggest(doc)  # type: ignore[arg-type]

    def remove_signoff(self, doc_id: DocumentId, signatory: str) -> Changes:
        """Withdraw one signatory's sign-off (the undo of ``add_signoff``; only while 確認中)."""
        from app.services.signoff_rules import check_signoff

        check_signoff(self.store, doc_id, signatory)
        self.store.remove_signoff(doc_id, signatory)
        return Changes.of("document", doc_id)

    def revision(self, doc_id: DocumentId) -> int:
        """The document's revision number (1 for an import, n+1 for ``new_revision``)."""
        return int(self.store.document_row(doc_id).get("revision") or 1)

    # --- signatures and the trust list (app/services/signing*.py, app/api/trust.py) ----------
    def trusted_certificates(self) -> list[Any]:
        """The registered signers' and CAs' certificates (app.store.trust.TrustedCertificate)."""
        return self.store.trusted_certificates()

    def trust_certificate(self, path: str | Path, label: str = "", password: str | None = None,
                          expect: str | None = None, allow_ca: bool = False) -> list[Any]:
        """Register the certificate(s) of a file as trusted signers; see app/api/trust.py."""
        from app.api.trust import trust_file

        return trust_file(self.store, Path(path), label, password, expect, allow_ca)

    def untrust_certificate(self, fingerprint: str) -> Any:
        """Remove one registered certificate by (a unique prefix of) its SHA-256 fingerprint."""
        return self.store.remove_trusted_certificate(fingerprint)

    def trust_list(self) -> list[bytes]:
        """The DER bytes of every trusted certificate, to hand to ``verify_signature`` in a worker."""
        return [c.der for c in self.store.trusted_certificates()]

    @staticmethod
    def verify_signature(path: str | Path, p7s: str | Path | None = None, trusted: list[bytes] | None = None) -> Any:
        """What ``gijiroku verify`` checks, as an app.services.signing.MinutesCheck: for a .docx the
        .p7s beside it and the printed fingerprint; for a .pdf its embedded PAdES signature
        (which covers the PDF's own bytes, so there is no separate fingerprint). ``trusted``
        is ``trust_list()`` (DER). Pure (no store): safe in a worker. Raises WorkbenchError('not_found')."""
        from app.api.trust import verify_file

        return verify_file(Path(path), Path(p7s) if p7s else None, trusted or [])

    @staticmethod
    def create_key(out: str | Path, name: str, password: str | None = None) -> str:
        """A signing key for ``name`` in a new .p12 (as ``gijiroku keys new``); returns the
        certificate's last valid day (ISO). Pure: safe in a worker. Raises WorkbenchError
        ('key_exists')."""
        from app.services.signing import new_key

        cert = new_key(Path(out), name, password or None)
        return cert.not_valid_after_utc.date().isoformat()
