"""Import with preview: parse in a worker (progress, Cancel), show what was found, store on OK.

The dialog never stores anything itself: on accept, ``document()`` is the parsed document
with the clerk's corrections, and the window pushes an ImportDocumentCommand with it.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QStringListModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.domain import CommentTable, Document, DocumentId, Minutes
from app.core.errors import WorkbenchError
from app.qt.bridge import WorkbenchBridge
from app.qt.jobs import ParseJob
from widgets.import_preview import AgendaChoiceDelegate, PreviewCommentModel, PreviewTurnModel

MEETING_FIELDS = ("title", "body", "session", "date", "start", "end", "venue")
CAPPED_COLUMN_EMS = 16  # an agenda item's column: about 16 characters before it elides


class ImportDialog(QDialog):
    """``parse(path, as_kind, progress)`` defaults to Workbench.parse (any pure parser will do)."""

    def __init__(self, bridge: WorkbenchBridge, path: Path, parse: Callable[..., Document] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import %1").replace("%1", path.name))
        self._bridge, self.path = bridge, path
        self._parse = parse or bridge.bench.parse
        self.job: ParseJob | None = None
        self.parsed: Document | None = None
        self.error_box: QMessageBox | None = None
        self.duplicate_of: DocumentId | None = None
        self.turn_model: PreviewTurnModel | None = None
        self._fields: dict[str, QLineEdit] = {}
        self.pages = QStackedWidget()
        self.progress = QProgressBar(objectName="importProgress")
        self.progress_label = QLabel(self.tr("Reading %1 …").replace("%1", path.name), wordWrap=True)
        self.cancel_button = QPushButton(self.tr("Cancel"), objectName="importCancel")
        self.tabs = QTabWidget(objectName="previewTabs")
        self.summary = QLabel(wordWrap=True, objectName="previewSummary")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.rest_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.rest_button.setObjectName("importRest")
        self.rest_button.setVisible(False)
        self.store_rest = False  # set when the clerk stores this file and the rest without preview
        self._build()
        em = self.fontMetrics().height()
        self.resize(em * 60, em * 38)

    def _build(self) -> None:
        progress_page = QWidget()
        box = QVBoxLayout(progress_page)
        box.addStretch(1)
        for w in (self.progress_label, self.progress, self.cancel_button):
            box.addWidget(w)
        box.addStretch(1)
        preview_page = QWidget()
        box = QVBoxLayout(preview_page)
        box.addWidget(self.summary)
        box.addWidget(self.tabs, 1)
        box.addWidget(self.buttons)
        self.pages.addWidget(progress_page)
        self.pages.addWidget(preview_page)
        QVBoxLayout(self).addWidget(self.pages)
        self.cancel_button.clicked.connect(self.reject)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Store in workspace"))
        self.rest_button.clicked.connect(self._store_with_rest)

    def set_rest(self, count: int) -> None:
        """Offer to store this file and the ``count`` files queued after it without preview."""
        self.rest_button.setText(self.tr("Store this and the other %1 &without preview").replace("%1", str(count)))
        self.rest_button.setVisible(count > 0)

    def _store_with_rest(self) -> None:
        self.store_rest = True
        self.accept()

    def start(self, as_kind: str | None = None) -> None:
        """Check for a duplicate, then parse in the thread pool (as ``as_kind`` when the
        clerk said which kind the file is). Call after show()/open()."""
        duplicate = self._bridge.try_call(lambda: self._bridge.bench.duplicate_of(self.path))
        if duplicate is not None:
            self.duplicate_of = duplicate
            self._fail(WorkbenchError("duplicate", path=str(self.path), doc_id=duplicate))
            return
        self.job = ParseJob(self._parse, self.path, as_kind)
        signals = self.job.signals
        # the worker may answer after the clerk closed the dialog and Qt deleted it
        signals.progressed.connect(self._while_open(self._progressed))
        signals.finished.connect(self._while_open(self._parsed))
        signals.failed.connect(self._while_open(self._fail))
        signals.cancelled.connect(self._while_open(lambda: QDialog.reject(self)))
        self.job.start()

    def _while_open(self, slot: Callable[..., Any]) -> Callable[..., None]:
        def call(*args: Any) -> None:
            if shiboken6.isValid(self):
                slot(*args)
        return call

    def _progressed(self, done: int, total: int, label: str) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)
        if label:
            self.progress_label.setText(label)

    def _fail(self, error: Exception) -> None:
        if isinstance(error, WorkbenchError) and error.code == "ambiguous_kind":
            self._ask_kind()
            return
        text = error.message_ja() if isinstance(error, WorkbenchError) else self.tr(
            "%1 could not be read (%2). Check the file, or send it to the support desk.").replace(
            "%1", str(self.path)).replace("%2", type(error).__name__)
        self.error_box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Cannot import"), text,
                                     QMessageBox.StandardButton.Ok, self)
        self.error_box.setObjectName("importError")
        self.error_box.finished.connect(lambda _r: super(ImportDialog, self).reject())
        self.error_box.open()

    def _ask_kind(self) -> None:
        """The file shows neither kind clearly: ask which it is, then parse it as that."""
        text = self.tr("%1: it cannot be told whether this is minutes or a comment table. "
                       "How should it be read?").replace("%1", self.path.name)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Minutes or comment table?"), text,
                          QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("askKind")
        kinds = {box.addButton(self.tr("Read as &minutes"), QMessageBox.ButtonRole.AcceptRole): "minutes",
                 box.addButton(self.tr("Read as &comment table"), QMessageBox.ButtonRole.AcceptRole): "comments"}
        self.error_box = box

        def chosen(_result: int) -> None:
            kind = kinds.get(box.clickedButton())  # type: ignore[call-overload]
            self.error_box = None
            if kind is None:
                super(ImportDialog, self).reject()
            else:
                self.start(kind)
        box.finished.connect(chosen)
        box.open()

    def reject(self) -> None:
        """Cancel: stop the parse if it runs (the job's ``cancelled`` then closes the dialog)."""
        if self.job is not None and self.parsed is None and not self.job.progress.cancelled():
            self.job.cancel()
            self.progress_label.setText(self.tr("Cancelling …"))
            self.cancel_button.setEnabled(False)
            return
        super().reject()

    # --- preview -----------------------------------------------------------------------
    def _parsed(self, doc: Document) -> None:
        self.parsed = doc
        self.tabs.clear()
        if isinstance(doc, Minutes):
            self._preview_minutes(doc)
        else:
            self._preview_comments(doc)
        warnings = QListView(objectName="previewWarnings")
        warnings.setModel(QStringListModel(list(doc.warnings), warnings))
        warnings.setWordWrap(True)
        title = self.tr("Warnings (%1)").replace("%1", str(len(doc.warnings)))
        self.tabs.addTab(warnings, title)
        self.pages.setCurrentIndex(1)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setFocus()

    def _preview_minutes(self, doc: Minutes) -> None:
        m = doc.meeting
        self.summary.setText(self.tr("Minutes: %1 turns, %2 agenda items, %3 participants, %4 warnings.")
                             .replace("%1", str(len(doc.turns))).replace("%2", str(len(doc.agenda)))
                             .replace("%3", str(len(doc.participants))).replace("%4", str(len(doc.warnings))))
        page = QWidget()
        form = QFormLayout(page)
        labels = [self.tr("Title:"), self.tr("Body:"), self.tr("Session:"), self.tr("Date:"),
                  self.tr("Start:"), self.tr("End:"), self.tr("Venue:")]
        for name, label in zip(MEETING_FIELDS, labels):
            self._fields[name] = QLineEdit(getattr(m, name) or "", objectName=f"meeting_{name}")
            form.addRow(label, self._fields[name])
        people = [" / ".join(x for x in (p.label, p.role, p.group) if x) for p in doc.participants]
        form.addRow(self.tr("Participants:"), self._list(people, "previewParticipants"))
        form.addRow(self.tr("Signatories:"), QLabel("、".join(doc.signatories) or "—"))
        self.tabs.addTab(page, self.tr("Meeting"))
        self.tabs.addTab(self._list([a.label for a in doc.agenda], "previewAgenda"), self.tr("Agenda"))
        self.turn_model = PreviewTurnModel(doc, self)
        table = self._table(self.turn_model, "previewTurns", (PreviewTurnModel.TEXT,), (PreviewTurnModel.AGENDA,))
        table.setItemDelegateForColumn(PreviewTurnModel.AGENDA, AgendaChoiceDelegate(self.turn_model.agenda, table))
        self.tabs.addTab(table, self.tr("Turns (%1)").replace("%1", str(len(doc.turns))))

    def _preview_comments(self, doc: CommentTable) -> None:
        self.summary.setText(self.tr("Comment table: %1 comments, %2 answers, %3 categories, %4 warnings.")
                             .replace("%1", str(len(doc.comments))).replace("%2", str(len(doc.responses)))
                             .replace("%3", str(len(doc.categories))).replace("%4", str(len(doc.warnings))))
        page = QWidget()
        form = QFormLayout(page)
        self._fields["title"] = QLineEdit(doc.title or "", objectName="table_title")
        form.addRow(self.tr("Title:"), self._fields["title"])
        declared = str(doc.declared_total) if doc.declared_total is not None else "—"
        form.addRow(self.tr("Declared total:"), QLabel(declared))
        cats = [f"{c.label}（{c.declared}）" if c.declared is not None else c.label for c in doc.categories]
        form.addRow(self.tr("Categories:"), self._list(cats, "previewCategories"))
        self.tabs.addTab(page, self.tr("Table"))
        model = PreviewCommentModel(doc, self)
        self.tabs.addTab(self._table(model, "previewComments", (PreviewCommentModel.COMMENT, PreviewCommentModel.ANSWER)),
                         self.tr("Comments (%1)").replace("%1", str(len(doc.comments))))

    def _list(self, items: list[str], name: str) -> QListView:
        view = QListView(objectName=name)
        view.setModel(QStringListModel(items, view))
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        return view

    def _table(self, model: Any, name: str, text_columns: tuple[int, ...],
               capped_columns: tuple[int, ...] = ()) -> QTableView:
        table = QTableView(objectName=name)
        table.setModel(model)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in text_columns:  # the texts share the width left, so none pushes another off screen
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        for column in capped_columns:  # as wide as its contents up to a limit; the clerk may widen it
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            table.resizeColumnToContents(column)
            table.setColumnWidth(column, min(table.columnWidth(column), self.fontMetrics().height() * CAPPED_COLUMN_EMS))
        table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                              | QAbstractItemView.EditTrigger.AnyKeyPressed)
        return table

    def prepared_terms(self) -> dict[str, list[str]] | None:
        """The search-index terms the worker computed with the parse (None if it did not)."""
        return self.job.prepared if self.job is not None else None

    def document(self) -> Document | None:
        """The parsed document with the clerk's corrections (None before parsing finished)."""
        doc = self.parsed
        if doc is None:
            return None
        values = {k: (f.text().strip() or None) for k, f in self._fields.items()}
        if isinstance(doc, Minutes):
            doc = dataclasses.replace(doc, meeting=dataclasses.replace(doc.meeting, **values))
            return self.turn_model.corrected(doc) if self.turn_model else doc
        return dataclasses.replace(doc, title=values.get("title"))
