"""Where workspaces live, and the sample workspace a first start opens."""
from __future__ import annotations

import os
import sys
from pathlib import Path

WORKSPACE_SUFFIX = ".gijiroku"
SAMPLE_DIR = Path(__file__).resolve().parents[2] / "resources" / "sample"


def user_data_dir() -> Path:
    """The per-user data folder: %APPDATA% on Windows, $XDG_DATA_HOME or ~/.local/share elsewhere."""
    if sys.platform == "win32" and os.environ.get("APPDATA"):
        return Path(os.environ["APPDATA"]) / "gijiroku"
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "gijiroku"


def default_workspace_path() -> Path:
    given = os.environ.get("GIJIROKU_WORKSPACE")
    return Path(given) if given else user_data_dir() / ("workspace" + WORKSPACE_SUFFIX)


def sample_files() -> list[Path]:
    """The sample meeting and comment table shipped in resources/sample."""
    return sorted(p for p in SAMPLE_DIR.glob("sample_*") if p.is_file())
