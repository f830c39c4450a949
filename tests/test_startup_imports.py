"""Nothing heavy is imported before it is needed: the window's modules and the command
line's ``list`` and ``--help`` load no Word, Excel, PDF-table, signing or Sudachi library
(each costs a clerk tenths of a second at every start)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# python-docx, openpyxl, pdfplumber/pdfminer, cryptography, pyHanko, SudachiPy, lxml, PDFium,
# psycopg (a server workspace's driver: a workspace file needs none of it)
HEAVY = ("docx", "openpyxl", "pdfplumber", "pdfminer", "cryptography", "pyhanko", "sudachipy", "lxml",
         "pypdfium2", "psycopg")
# What `gijiroku list` has no use for and a clerk would wait for at every listing: psutil
# (20 ms: who else has the file open, mount points), the search index and its tokens, text
# normalisation (its CJK character classes take milliseconds to compile), the services.
NOT_FOR_LIST = ("psutil", "hashlib", "app.store.search_index", "app.store.search_tokens", "app.store.search_server",
                "app.store.search_filters", "app.store.search_query", "app.core.text", "app.core.tokens",
                "app.services", "app.api.bulk_import", "app.api.exporting", "parsers", "exports")
# ... nor the Workbench with every verb of the store, nor any dataclass: the domain's thirty
# dataclasses and the dataclasses module (with inspect) took 40 ms of every listing, the
# store's verbs 25 ms more. The list reads through app/api/document_list.py.
NOT_FOR_LIST_EITHER = ("dataclasses", "inspect", "app.core.domain", "app.api.workbench", "app.api.structure",
                       "app.store.store", "app.store.documents", "app.store.edits", "app.store.tags",
                       "app.store.roles")


def _loaded_after(code: str, watched: tuple[str, ...] = HEAVY) -> list[str]:
    """Which of ``watched`` (modules, or packages with everything under them) are loaded
    once ``code`` has run in a fresh interpreter."""
    probe = (f"try:\n    {code}\nexcept SystemExit:\n    pass\nimport sys\n"
             f"hit = {{w for w in {watched!r} for m in sys.modules if m == w or m.startswith(w + '.')}}\n"
             f"print('LOADED:' + ','.join(sorted(hit)))\n")
    out = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True)
    loaded = next(line for line in out.stdout.splitlines() if line.startswith("LOADED:"))
    return [m for m in loaded[len("LOADED:"):].split(",") if m]


def test_the_window_modules_load_no_heavy_library() -> None:
    assert _loaded_after("import app.cli.gui, widgets.main_window, app.qt.opening") == []


def test_the_window_loads_the_workspace_copy_when_it_is_used() -> None:
    """The laptop trip's code (row copies, identities, merging, hashing) and its dialogs
    (80–90 ms at every start) load at ファイル > 会議をノートPCへ持ち出す…, not before."""
    copy_code = ("app.api.workspace_copy", "app.api.copy_merge", "app.api.copy_identity", "widgets.copy_dialog",
                 "widgets.copy_report_dialog")
    assert _loaded_after("import app.cli.gui, widgets.main_window, app.qt.opening", copy_code) == []


def test_the_window_loads_the_panels_it_does_not_show_when_they_are_opened() -> None:
    """The レビュー and 検索結果 tabs, the 候補, キーワード and 同趣旨の意見 docks, the inspector's turn
    and comment editors and printing (Qt's page sizes, images) load when a clerk opens them
    (widgets/window_panels.py, widgets/inspector.py), not at start; nor does a window module load
    Qt modules the first screen does not use."""
    later = ("widgets.review_panel", "widgets.review_columns", "widgets.search_panel", "widgets.search_filters",
             "widgets.snippet_delegate", "widgets.suggestion_panel", "widgets.keywords_panel", "widgets.similar_panel",
             "widgets.print_flow", "widgets.turn_editor", "widgets.comment_editor",
             "widgets.action_form", "PySide6.QtPrintSupport", "PySide6.QtSvg", "PySide6.QtNetwork", "PySide6.QtDBus")
    assert _loaded_after("import app.cli.gui, widgets.main_window, app.qt.opening", later) == []


def test_list_and_help_load_no_heavy_library(tmp_path: Path) -> None:
    workspace = tmp_path / "w.gijiroku"
    assert _loaded_after(f"from app.cli.main import main; main(['list', '-w', {str(workspace)!r}])") == []
    assert _loaded_after("from app.cli.main import main; main(['--help'])") == []


def test_list_loads_neither_the_search_index_nor_psutil(tmp_path: Path) -> None:
    """`gijiroku list` opens the workspace (bringing an older file up to date) and reads the
    document list: the search modules load when text is indexed or searched, psutil when
    another program's entry in the open-record is checked."""
    workspace = tmp_path / "w.gijiroku"
    listing = f"from app.cli.main import main; main(['list', '-w', {str(workspace)!r}])"
    # a new file gets its schema and search index first (that step needs the index's modules)
    assert _loaded_after(listing, ("app.store.listing", "app.store.search_index")) == [
        "app.store.listing", "app.store.search_index"]
    assert workspace.exists()
    assert _loaded_after(listing, NOT_FOR_LIST) == []  # the clerk's everyday listing


def test_list_loads_no_dataclass_and_not_the_workbench(tmp_path: Path) -> None:
    workspace = tmp_path / "w.gijiroku"
    listing = f"from app.cli.main import main; main(['list', '-w', {str(workspace)!r}])"
    assert _loaded_after(listing, ("app.store.listing",)) == ["app.store.listing"]  # a new file
    assert _loaded_after(listing, NOT_FOR_LIST_EITHER) == []
    assert _loaded_after(listing.replace("'list'", "'list', '--json'"), NOT_FOR_LIST_EITHER) == []
    # other commands still open the whole Workbench (the probe sees what it watches)
    status = listing.replace("'list'", "'status', '1'")
    assert _loaded_after(status, ("app.api.workbench", "dataclasses")) == ["app.api.workbench", "dataclasses"]


def test_help_loads_neither_the_store_nor_sqlite() -> None:
    """`gijiroku --help` needs the sub-commands' names and help lines only: no database
    driver, no store, no Workbench, no password prompt (the fault wording loads on a failure)."""
    assert _loaded_after("from app.cli.main import main; main(['--help'])",
                         ("sqlite3", "getpass", "dataclasses", "app.store", "app.api", "app.core.faults")) == []
