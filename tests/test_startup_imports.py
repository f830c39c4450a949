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


def _loaded_after(code: str) -> list[str]:
    probe = (f"try:\n    {code}\nexcept SystemExit:\n    pass\nimport sys\n"
             f"print('LOADED:' + ','.join(sorted({{m.split('.')[0] for m in sys.modules}} & set({HEAVY!r}))))\n")
    out = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True)
    loaded = next(line for line in out.stdout.splitlines() if line.startswith("LOADED:"))
    return [m for m in loaded[len("LOADED:"):].split(",") if m]


def test_the_window_modules_load_no_heavy_library() -> None:
    assert _loaded_after("import app.cli.gui, widgets.main_window, app.qt.opening") == []


def test_list_and_help_load_no_heavy_library(tmp_path: Path) -> None:
    workspace = tmp_path / "w.gijiroku"
    assert _loaded_after(f"from app.cli.main import main; main(['list', '-w', {str(workspace)!r}])") == []
    assert _loaded_after("from app.cli.main import main; main(['--help'])") == []
