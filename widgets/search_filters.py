"""The search panel's filter rows: speaker, body, period, tag, kind, the open document only."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from app.api import Workbench

DATE_FORMAT = "yyyy-MM-dd"


def _compact(combo: QComboBox, chars: int) -> QComboBox:
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(chars)
    return combo


def _refill(combo: QComboBox, all_text: str, items: list[str]) -> None:
    """Replace a combo's items (first: all_text, data None), keeping its choice if still there."""
    current = combo.currentText() if combo.isEditable() else combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(all_text, None)
    for item in items:
        combo.addItem(item, item)
    if combo.isEditable():
        combo.setCurrentIndex(max(0, combo.findText(current)) if current else 0)
        combo.setEditText(current)
    else:
        combo.setCurrentIndex(max(0, combo.findData(current)))
    combo.blockSignals(False)


class SearchFilters(QWidget):
    """Filter controls; ``changed`` whenever what ``values`` returns changes.

    ``values()`` gives the keyword arguments of ``app.services.search.SearchFilter`` that are set (an
    empty dict: no filter). The panel builds the SearchFilter itself, so this module does not
    import app.services.search (it may be missing in an installation without Sudachi)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchFilters")
        self._doc_id: int | None = None
        self._speakers: set[str] = set()
        self._last: dict[str, Any] = {}
        self.speaker = _compact(QComboBox(objectName="searchSpeaker", editable=True), 10)
        self.body = _compact(QComboBox(objectName="searchBody"), 10)
        self.from_on = QCheckBox(self.tr("from"), objectName="searchFromOn")
        self.date_from = QDateEdit(QDate.currentDate(), objectName="searchFrom", calendarPopup=True,
                                   enabled=False)
        self.to_on = QCheckBox(self.tr("to"), objectName="searchToOn")
        self.date_to = QDateEdit(QDate.currentDate(), objectName="searchTo", calendarPopup=True,
                                 enabled=False)
        self.tag = _compact(QComboBox(objectName="searchTag"), 8)
        self.kind = _compact(QComboBox(objectName="searchKind"), 6)
        self.this_document = QCheckBox(self.tr("&Just the open document"), objectName="searchThisDocument",
                                       enabled=False)
        self.clear_button = QPushButton(self.tr("C&lear filters"), objectName="searchClearFilters",
                                        enabled=False)
        self._build()
        self._connect()

    def _build(self) -> None:
        self.speaker.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = QCompleter(self.speaker.model(), self.speaker)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)  # 課長 finds 情報政策課長
        self.speaker.setCompleter(completer)
        self.speaker.lineEdit().setPlaceholderText(self.tr("All speakers"))
        self.speaker.lineEdit().setClearButtonEnabled(True)
        self.speaker.setToolTip(self.tr("Only turns of this speaker label (as printed in the minutes)"))
        for text, kind in ((self.tr("All"), ""), (self.tr("Turns"), "turn"), (self.tr("Comments"), "comment"),
                           (self.tr("Answers"), "response")):
            self.kind.addItem(text, kind)
        for edit in (self.date_from, self.date_to):
            edit.setDisplayFormat(DATE_FORMAT)
        self.from_on.setToolTip(self.tr("Only meetings on or after this date"))
        self.to_on.setToolTip(self.tr("Only meetings on or before this date"))
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        period = QHBoxLayout()
        for w in (self.from_on, self.date_from, self.to_on, self.date_to):
            period.addWidget(w)
        period.addStretch(1)
        end = QHBoxLayout()
        end.addWidget(self.this_document)
        end.addStretch(1)
        end.addWidget(self.clear_button)
        cells = ((self.tr("Spea&ker:"), self.speaker, 0, 0), (self.tr("&Body:"), self.body, 0, 2),
                 (self.tr("Per&iod:"), period, 1, 0), (self.tr("Ta&g:"), self.tag, 1, 2),
                 (self.tr("T&ype:"), self.kind, 2, 0), (None, end, 2, 2))
        for text, field, row, column in cells:
            if text is not None:
                label = QLabel(text)
                label.setBuddy(field if isinstance(field, QWidget) else self.from_on)
                grid.addWidget(label, row, column)
            if isinstance(field, QWidget):
                grid.addWidget(field, row, column + 1)
            else:
                grid.addLayout(field, row, column + 1 if text is not None else column, 1, 1 if text else 2)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        order = [self.speaker, self.body, self.from_on, self.date_from, self.to_on, self.date_to, self.tag,
                 self.kind, self.this_document, self.clear_button]
        for a, b in zip(order, order[1:]):
            QWidget.setTabOrder(a, b)

    def _connect(self) -> None:
        self.speaker.currentIndexChanged.connect(lambda _i: self._emit_if_changed())
        self.speaker.editTextChanged.connect(self._speaker_typed)
        self.speaker.lineEdit().editingFinished.connect(self._emit_if_changed)
        for combo in (self.body, self.tag, self.kind):
            combo.currentIndexChanged.connect(lambda _i: self._emit_if_changed())
        for check, edit in ((self.from_on, self.date_from), (self.to_on, self.date_to)):
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(lambda _on: self._emit_if_changed())
            edit.dateChanged.connect(lambda _d: self._emit_if_changed())
        self.this_document.toggled.connect(lambda _on: self._emit_if_changed())
        self.clear_button.clicked.connect(self.clear)

    # --- what the filters say ----------------------------------------------------------
    def values(self) -> dict[str, Any]:
        """The SearchFilter fields that are set: speaker, body, date_from, date_to, tag, kinds,
        document_id."""
        v: dict[str, Any] = {}
        speaker = self.speaker.currentText().strip()
        if speaker:
            v["speaker"] = speaker
        if self.body.currentData():
            v["body"] = self.body.currentData()
        if self.from_on.isChecked():
            v["date_from"] = self.date_from.date().toString(DATE_FORMAT)
        if self.to_on.isChecked():
            v["date_to"] = self.date_to.date().toString(DATE_FORMAT)
        if self.tag.currentData():
            v["tag"] = self.tag.currentData()
        if self.kind.currentData():
            v["kinds"] = (self.kind.currentData(),)
        if self.this_document.isChecked() and self._doc_id is not None:
            v["document_id"] = self._doc_id
        return v

    def is_active(self) -> bool:
        return bool(self.values())

    def _emit_if_changed(self) -> None:
        values = self.values()
        self.clear_button.setEnabled(self._any_set())
        if values != self._last:
            self._last = values
            self.changed.emit()

    def _any_set(self) -> bool:
        return bool(self.values()) or self.this_document.isChecked()

    def _speaker_typed(self, text: str) -> None:
        """Typing filters once the text is empty or a known label; anything else on Enter/leaving."""
        text = text.strip()
        if not text or text in self._speakers:
            self._emit_if_changed()
        else:
            self.clear_button.setEnabled(True)

    # --- changing them -----------------------------------------------------------------
    def clear(self) -> None:
        """Every filter back to 'all'; one ``changed`` (when something was set)."""
        widgets = (self.speaker, self.body, self.tag, self.kind, self.from_on, self.to_on, self.this_document)
        for w in widgets:
            w.blockSignals(True)
        for combo in (self.speaker, self.body, self.tag, self.kind):
            combo.setCurrentIndex(0)
        self.speaker.setEditText("")
        for check, edit in ((self.from_on, self.date_from), (self.to_on, self.date_to)):
            check.setChecked(False)
            edit.setEnabled(False)
        self.this_document.setChecked(False)
        for w in widgets:
            w.blockSignals(False)
        self._emit_if_changed()

    def set_current_document(self, doc_id: int | None, title: str = "") -> None:
        """The document open in the reader (None: none): what 'Just the open document' means."""
        self._doc_id = doc_id
        self.this_document.setEnabled(doc_id is not None)
        self.this_document.setToolTip(self.tr("Only passages of %1").replace("%1", title) if title else "")
        self._emit_if_changed()

    def refresh_choices(self, bench: Workbench) -> None:
        """Refill speakers, bodies and tags from the workspace; dates not yet ticked start at
        the first and last meeting date. Emits ``changed`` if a chosen value disappeared."""
        docs = bench.documents()
        speakers = bench.all_speakers()
        self._speakers = set(speakers)
        _refill(self.speaker, "", speakers)
        _refill(self.body, self.tr("All"), sorted({d.body for d in docs if d.body}))
        _refill(self.tag, self.tr("All"), [t.name for t in bench.tags()])
        dates = sorted(d.date for d in docs if d.date)
        for check, edit, date in ((self.from_on, self.date_from, dates[0] if dates else None),
                                  (self.to_on, self.date_to, dates[-1] if dates else None)):
            if not check.isChecked() and date:
                parsed = QDate.fromString(date[:10], DATE_FORMAT)
                if parsed.isValid():
                    edit.blockSignals(True)
                    edit.setDate(parsed)
                    edit.blockSignals(False)
        self._emit_if_changed()
