"""The set-up puts the clone on the interpreter's path without code that runs at every
start: the default editable install imports a finder (pathlib, importlib.util) into every
``gijiroku`` command, 25 ms of a `list` or `--help` that should take a tenth of a second."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def test_the_interpreter_starts_without_an_import_finder_from_the_installation() -> None:
    probe = "import sys; print(','.join(sorted(m for m in sys.modules if m.startswith('__editable__'))))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_the_project_is_still_found_from_any_folder(tmp_path: Path) -> None:
    out = subprocess.run([sys.executable, "-c", "import app, parsers, exports, widgets; print(app.__file__)"],
                         capture_output=True, text=True, check=True, cwd=str(tmp_path))
    assert out.stdout.strip().endswith("__init__.py")
