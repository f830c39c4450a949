"""The sample workspace a first start opens: built once, then copied.

Parsing and indexing the sample meeting and comment table took most of a new workspace's
start-up (Sudachi, openpyxl, the index). The built workspace is kept in the user's data
folder under a name that changes with the sample files, the schema and the code that
parses and stores them, so a newer version never copies an older sample; a new workspace
is a file copy. ``Workbench.prepare_sample()`` builds it ahead (app/bootstrap.py runs it
after installing).
"""
from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from app.core.workspace import sample_files, user_data_dir

ROOT = Path(__file__).resolve().parents[2]
# What a built sample depends on besides the sample files themselves.
CODE_FOLDERS = ("parsers", "app/core", "app/store")


def sample_key() -> str:
    """A digest of the sample files and of the code that parses and stores them."""
    h = hashlib.sha256()
    sources = sample_files() + sorted(p for d in CODE_FOLDERS for p in (ROOT / d).glob("*.py"))
    for p in sources:
        h.update(p.name.encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:16]


def cached_sample_path() -> Path:
    return user_data_dir() / "cache" / f"sample-{sample_key()}.gijiroku"


def ensure_sample_workspace(build: Callable[[Path], None]) -> Path:
    """The built sample workspace; ``build(path)`` makes it (a closed workspace file at
    path) when the cache holds none for this version. Concurrent starts each build into
    their own temporary file and the last rename wins, whole."""
    target = cached_sample_path()
    if target.exists():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=target.parent) as tmp:
        built = Path(tmp) / target.name
        build(built)
        os.replace(built, target)
    for old in target.parent.glob("sample-*.gijiroku"):  # samples of earlier versions
        if old != target:
            old.unlink(missing_ok=True)
    return target


def copy_sample_workspace(dest: Path, build: Callable[[Path], None]) -> None:
    """Create the new workspace ``dest`` as a copy of the built sample."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(ensure_sample_workspace(build), dest)

