"""会議情報・出席者・署名委員・発言者・議題: one dialog to correct what the import read from
a meeting's header and structure. Each change is one undo step in the window's stack, so
Ctrl+Z in the window takes it back; the pages follow every change to the meeting."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTabWidget, QVBoxLayout, QWidget

from app.core.domain import Changes, DocumentId
from app.qt.bridge import WorkbenchBridge
from widgets.structure_pages import (
    AgendaPage,
    MeetingPage,
    ParticipantsPage,
    SignatoriesPage,
    SpeakersPage,
    StructurePage,
)

MEETING, PARTICIPANTS, SIGNATORIES, SPEAKERS, AGENDA = range(5)


class MeetingDialog(QDialog):
    """The editor of one meeting's data and structure (non-modal: the reader stays usable)."""

    def __init__(self, bridge: WorkbenchBridge, doc_id: DocumentId, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetingDialog")
        self._bridge, self.doc_id = bridge, doc_id
        self.heading = QLabel(objectName="meetingDialogHeading", wordWrap=True)
        self.frozen = QLabel(objectName="meetingDialogFrozen", wordWrap=True)
        self.frozen.setStyleSheet("QLabel { background: #fff4ce; border: 1px solid #e0c060; padding: 4px; }")
        self.tabs = QTabWidget(objectName="meetingDialogTabs")
        self.pages: list[StructurePage] = [MeetingPage(bridge, doc_id), ParticipantsPage(bridge, doc_id),
                                           SignatoriesPage(bridge, doc_id), SpeakersPage(bridge, doc_id),
                                           AgendaPage(bridge, doc_id)]
        for page, title in zip(self.pages, (self.tr("Meeting"), self.tr("Participants"), self.tr("Signatories"),
                                            self.tr("Speakers"), self.tr("Agenda"))):
            self.tabs.addTab(page, title)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        hint = QLabel(self.tr("Each change is saved at once and can be undone with Ctrl+Z in the window."),
                      wordWrap=True)
        layout = QVBoxLayout(self)
        for w in (self.heading, self.frozen, self.tabs, hint):
            layout.addWidget(w, 1 if w is self.tabs else 0)
        layout.addWidget(buttons)
        em = self.fontMetrics().height()
        self.resize(em * 40, em * 30)
        bridge.changed.connect(self._on_changed)
        self.reload()

    def reload(self) -> None:
        bench = self._bridge.bench
        if self.doc_id not in {d.id for d in bench.documents()}:
            self.reject()
            return
        info = bench.document_info(self.doc_id)
        title = str(info.get("title") or "")
        self.setWindowTitle(self.tr("Meeting data and structure — %1").replace("%1", title))
        self.heading.setText(title)
        frozen = info.get("status") == "確定"
        self.frozen.setText(self.tr("This meeting is confirmed (確定): it cannot be changed. "
                                    "To correct it, create a new revision."))
        self.frozen.setVisible(frozen)
        for page in self.pages:
            page.setEnabled(not frozen)
            page.reload()

    def _on_changed(self, changes: Changes) -> None:
        if self.isVisible() and (self.doc_id in changes.ids("document") or self.doc_id in changes.ids("turn_set")):
            self.reload()

    def show_page(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
