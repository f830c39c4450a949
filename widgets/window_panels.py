"""The panels a clerk opens when needed: the レビュー and 検索結果 tabs, and the 候補, キーワード
and 同趣旨の意見 docks behind 詳細. Each is built the first time its tab or dock is shown (or
code asks for it) and then follows the open document like the rest of the window; until then
the window holds an empty place for it (building all five made the first screen wait about a
tenth of a second for panels it does not show)."""
from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDockWidget, QHBoxLayout, QPushButton, QTabWidget, QVBoxLayout, QWidget

from app.core.domain import MINUTES, DocumentId, SearchHit
from app.qt.bridge import WorkbenchBridge
from widgets.lazy_panel import LazyPanel, PanelT

if TYPE_CHECKING:
    from widgets.keywords_panel import KeywordsPanel
    from widgets.reader_view import ReaderView
    from widgets.review_panel import ReviewPanel
    from widgets.search_panel import SearchPanel
    from widgets.similar_panel import SimilarCommentsPanel
    from widgets.suggestion_panel import SuggestionPanel


translate = QCoreApplication.translate  # the main window's strings (its context)


class PanelHost(Protocol):
    """What the panels need of the main window (widgets.main_window.MainWindow is one)."""

    bridge: WorkbenchBridge
    reader: ReaderView

    def status(self, message: str) -> None: ...
    def open_passage(self, doc_id: int, kind: str, target_id: int) -> None: ...
    def open_search_hit(self, hit: SearchHit) -> None: ...
    def search_for(self, text: str) -> None: ...
    def export_followups(self) -> None: ...
    def print_followups(self, preview: bool = False) -> None: ...


class WindowPanels:
    """The five panels, each a LazyPanel, and the document they are to show once built."""

    def __init__(self, host: PanelHost) -> None:
        self.host = host
        self.doc_id: DocumentId | None = None
        self.doc_kind = ""
        self.review = LazyPanel("reviewTab", self._make_review, self._review_ready)
        self.search = LazyPanel("searchTab", self._make_search, self._search_ready)
        self.suggestions = LazyPanel("suggestionsSlot", self._make_suggestions, self._suggestions_ready)
        self.keywords = LazyPanel("keywordsSlot", self._make_keywords, self._keywords_ready)
        self.similar = LazyPanel("similarSlot", self._make_similar, self._similar_ready)
        # whether each dock's tab is the one shown: a panel behind another tab waits for its tab
        self._on_screen: dict[str, bool] = {}

    # --- where they live ------------------------------------------------------------------
    def add_tabs(self, tabs: QTabWidget) -> None:
        """The レビュー and 検索結果 tabs; each panel is built when its tab is chosen."""
        tabs.addTab(self.review.place, translate("MainWindow", "Review"))
        tabs.addTab(self.search.place, translate("MainWindow", "Search results"))
        tabs.currentChanged.connect(lambda index: self._tab_shown(tabs.widget(index)))

    def _tab_shown(self, page: QWidget) -> None:
        for lazy in (self.review, self.search):
            if page is lazy.place:
                lazy.get()

    def docked(self) -> list[tuple[str, QWidget, str]]:
        """(title, widget, object name) of the three docks behind 詳細."""
        return [(translate("MainWindow", "Suggestions"), self.suggestions.place, "suggestionsDock"),
                (translate("MainWindow", "Keywords"), self.keywords.place, "keywordsDock"),
                (translate("MainWindow", "Similar comments"), self.similar.place, "similarDock")]

    def watch_dock(self, dock: QDockWidget) -> None:
        """Build the dock's panel when its tab is shown; tell it when it is shown or left."""
        lazy = next(p for p in (self.suggestions, self.keywords, self.similar) if dock.widget() is p.place)
        name = lazy.place.objectName()
        self._on_screen[name] = False

        def shown(visible: bool) -> None:
            self._on_screen[name] = visible
            if visible:
                lazy.get()
            lazy.if_built(lambda panel: panel.set_on_screen(visible))  # type: ignore[attr-defined]

        dock.visibilityChanged.connect(shown)

    def build_all(self) -> None:
        """Every panel now (the manual lists the keys of each, those of the panels not yet opened too)."""
        for lazy in (self.review, self.search, self.suggestions, self.keywords, self.similar):
            lazy.get()

    def _on_screen_now(self, lazy: LazyPanel[PanelT]) -> bool:
        return self._on_screen.get(lazy.place.objectName(), True)  # outside a dock: shown with the window

    # --- what they show -------------------------------------------------------------------
    def show_document(self, doc_id: DocumentId | None, kind: str) -> None:
        """The document opened in the reader, for the panels built (the others read it when built)."""
        self.doc_id, self.doc_kind = doc_id, kind
        self.suggestions.if_built(self._load_suggestions)
        self.keywords.if_built(lambda p: p.show_document(self.doc_id))
        self.search.if_built(lambda p: p.set_current_document(self.doc_id))
        self.similar.if_built(self._load_similar)

    def _load_suggestions(self, panel: SuggestionPanel) -> None:
        panel.load(self.doc_id, self.doc_kind == MINUTES)

    def _load_similar(self, panel: SimilarCommentsPanel) -> None:
        panel.show_document(self.doc_id if self.doc_kind == "comments" else None)

    # --- building ---------------------------------------------------------------------------
    def _make_review(self, box: QVBoxLayout) -> ReviewPanel:
        """The review panel with buttons exporting and printing exactly what its filters show."""
        from widgets.review_panel import ReviewPanel

        host = self.host
        panel = ReviewPanel(host.bridge)
        row = QHBoxLayout()
        button = QPushButton(translate("MainWindow", "E&xport this list (Word, Excel, CSV)…"), objectName="reviewExport")
        button.clicked.connect(host.export_followups)
        preview = QPushButton(translate("MainWindow", "Print pre&view…"), objectName="reviewPreview")
        preview.clicked.connect(lambda: host.print_followups(True))
        print_button = QPushButton(translate("MainWindow", "Prin&t…"), objectName="reviewPrint")
        print_button.clicked.connect(lambda: host.print_followups(False))
        row.setContentsMargins(9, 0, 9, 9)
        row.addStretch(1)
        row.addWidget(preview)
        row.addWidget(print_button)
        row.addWidget(button)
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(panel, 1)
        column.addLayout(row)
        box.addWidget(page)
        return panel

    def _review_ready(self, panel: ReviewPanel) -> None:
        panel.open_passage.connect(self.host.open_passage)

    def _make_search(self, box: QVBoxLayout) -> SearchPanel:
        from widgets.search_panel import SearchPanel

        panel = SearchPanel(self.host.bridge)
        box.addWidget(panel)
        return panel

    def _search_ready(self, panel: SearchPanel) -> None:
        panel.open_hit.connect(self.host.open_search_hit)
        panel.message.connect(self.host.status)
        panel.set_current_document(self.doc_id)

    def _docked(self, box: QVBoxLayout, panel: PanelT, slot: LazyPanel[PanelT]) -> PanelT:
        """A dock's panel placed in its box, computing only while its dock is on screen."""
        panel.on_screen = self._on_screen_now(slot)
        box.addWidget(panel)
        return panel

    def _make_suggestions(self, box: QVBoxLayout) -> SuggestionPanel:
        from widgets.suggestion_panel import SuggestionPanel

        return self._docked(box, SuggestionPanel(self.host.bridge), self.suggestions)

    def _suggestions_ready(self, panel: SuggestionPanel) -> None:
        panel.message.connect(self.host.status)
        panel.show_turn.connect(self.host.reader.select_id)
        self._load_suggestions(panel)

    def _make_keywords(self, box: QVBoxLayout) -> KeywordsPanel:
        from widgets.keywords_panel import KeywordsPanel

        return self._docked(box, KeywordsPanel(self.host.bridge), self.keywords)

    def _keywords_ready(self, panel: KeywordsPanel) -> None:
        panel.message.connect(self.host.status)
        panel.search_requested.connect(self.host.search_for)
        panel.show_document(self.doc_id)

    def _make_similar(self, box: QVBoxLayout) -> SimilarCommentsPanel:
        from widgets.similar_panel import SimilarCommentsPanel

        return self._docked(box, SimilarCommentsPanel(self.host.bridge), self.similar)

    def _similar_ready(self, panel: SimilarCommentsPanel) -> None:
        panel.message.connect(self.host.status)
        panel.go_to_comment.connect(self.host.reader.select_id)
        self._load_similar(panel)
