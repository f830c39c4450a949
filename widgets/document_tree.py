"""The workspace's documents as a tree: bodies → meetings by date, then the comment tables."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.api import Workbench
from app.core.domain import MINUTES, Changes, DocumentId, DocumentSummary
from widgets.item_frame import draw_row_frame
from widgets.roles import ID_ROLE, KIND_ROLE, RECORD_ROLE

Index = QModelIndex | QPersistentModelIndex
STATUS_DRAFT, STATUS_FINAL = "作成中", "確定"
FINAL_COLOR = "#1b5e20"  # confirmed minutes: dark green, like a seal


@dataclass
class DocumentGroup:
    label: str
    documents: list[DocumentSummary] = field(default_factory=list)


class DocumentTreeModel(QAbstractItemModel):
    """Two levels. A top-level row has internalId 0; a document row carries its group's row + 1."""

    def __init__(self, bench: Workbench, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bench = bench
        self._groups: list[DocumentGroup] = []
        self._revisions: dict[int, int] = {}
        self.reload()

    def reload(self, bench: Workbench | None = None) -> None:
        self.beginResetModel()
        if bench is not None:
            self.bench = bench
        docs = self.bench.documents()
        self._groups = self._group(docs)
        self._revisions = {d.id: self.bench.revision(d.id) for d in docs}
        self.endResetModel()

    def _group(self, docs: list[DocumentSummary]) -> list[DocumentGroup]:
        bodies: dict[str, DocumentGroup] = {}
        tables = DocumentGroup(self.tr("Comment tables"))
        for d in docs:
            if d.kind != MINUTES:
                tables.documents.append(d)
                continue
            label = d.body or self.tr("Meetings")
            bodies.setdefault(label, DocumentGroup(label)).documents.append(d)
        groups = sorted(bodies.values(), key=lambda g: g.label)
        for g in groups:
            g.documents.sort(key=lambda d: (d.date or "", d.id))
        return groups + ([tables] if tables.documents else [])

    def apply_changes(self, changes: Changes) -> None:
        if changes.ids("document") or "document" in changes.kinds():
            self.reload()

    # --- QAbstractItemModel ------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, 0) if row < len(self._groups) else QModelIndex()
        if parent.internalId() != 0:
            return QModelIndex()
        group = self._groups[parent.row()]
        return self.createIndex(row, 0, parent.row() + 1) if row < len(group.documents) else QModelIndex()

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._groups[parent.row()].documents)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self._group_data(self._groups[index.row()], role)
        doc = self._groups[index.internalId() - 1].documents[index.row()]
        return self._document_data(doc, role)

    def _group_data(self, group: DocumentGroup, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{group.label}（{len(group.documents)}）"
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return "group" if role == KIND_ROLE else None

    def _document_data(self, doc: DocumentSummary, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return (f"{doc.date}　{doc.title}" if doc.date else doc.title) + self._suffix(doc)
        if role == Qt.ItemDataRole.ToolTipRole:
            unit = self.tr("turns") if doc.kind == MINUTES else self.tr("comments")
            return f"{doc.title}{self._suffix(doc)}\n{doc.items} {unit} · {doc.status}\n{doc.path}"
        if role == Qt.ItemDataRole.ForegroundRole and doc.status == STATUS_FINAL:
            return QColor(FINAL_COLOR)
        values = {ID_ROLE: doc.id, KIND_ROLE: "document", RECORD_ROLE: doc}
        return values.get(role)

    def parts(self, index: Index) -> tuple[str, str, str] | None:
        """A document row's date, title and status suffix (None for a group row)."""
        if not index.isValid() or index.internalId() == 0:
            return None
        doc = self._groups[index.internalId() - 1].documents[index.row()]
        return doc.date or "", doc.title, self._suffix(doc)

    def _suffix(self, doc: DocumentSummary) -> str:
        """（第2版） for a later revision, 〔確認中〕/〔確定〕 once past drafting."""
        revision = self._revisions.get(doc.id, 1)
        text = "（" + self.tr("revision %1").replace("%1", str(revision)) + "）" if revision > 1 else ""
        text += f"〔{doc.status}〕" if doc.kind == MINUTES and doc.status != STATUS_DRAFT else ""
        return text + ("〔" + self.tr("sample") + "〕" if doc.sample else "")

    def document_count(self) -> int:
        return sum(len(g.documents) for g in self._groups)

    def index_of(self, doc_id: DocumentId) -> QModelIndex:
        for g, group in enumerate(self._groups):
            for r, doc in enumerate(group.documents):
                if doc.id == doc_id:
                    return self.index(r, 0, self.index(g, 0))
        return QModelIndex()


def fit_line(date: str, title: str, suffix: str, metrics: QFontMetrics, width: int) -> tuple[str, str, str]:
    """What a document row shows in ``width``: the date whole, the suffix (第2版, 確定) whole,
    the title elided at its end in what is left."""
    gap = metrics.horizontalAdvance("　") if date else 0
    room = width - metrics.horizontalAdvance(date) - gap - metrics.horizontalAdvance(suffix)
    return date, metrics.elidedText(title, Qt.TextElideMode.ElideRight, max(0, room)), suffix


class DocumentTreeDelegate(QStyledItemDelegate):
    """Paints a document row as ``fit_line`` says: a narrow dock elides the title, never the
    date in its middle (「2016-0…議事録」) nor the status."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        model = index.model()
        parts = model.parts(index) if isinstance(model, DocumentTreeModel) else None
        if parts is None:
            super().paint(painter, option, index)
            return
        opt, style = draw_row_frame(self, painter, option, index)
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget)
        metrics = QFontMetrics(opt.font)
        date, title, suffix = fit_line(*parts, metrics, text_rect.width())
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        pen = opt.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        foreground = index.data(Qt.ItemDataRole.ForegroundRole)
        if isinstance(foreground, QColor) and not selected:
            pen = foreground
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(pen)
        x = text_rect.x()
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for piece in (date + ("　" if date else ""), title, suffix):
            if piece:
                w = metrics.horizontalAdvance(piece)
                painter.drawText(QRect(x, text_rect.y(), w + 1, text_rect.height()), flags, piece)
                x += w
        painter.restore()

    def displayed(self, index: Index, width: int, font: QFont) -> str:
        """The row's text as painted at ``width`` (for tests and tooltips)."""
        model = index.model()
        parts = model.parts(index) if isinstance(model, DocumentTreeModel) else None
        if parts is None:
            return str(index.data() or "")
        date, title, suffix = fit_line(*parts, QFontMetrics(font), width)
        return (date + "　" if date else "") + title + suffix
