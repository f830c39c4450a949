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


def default_workspace_path() -> Path | ServerAddress:
    given = os.environ.get("GIJIROKU_WORKSPACE")
    return workspace_address(given) if given else user_data_dir() / ("workspace" + WORKSPACE_SUFFIX)


def sample_files() -> list[Path]:
    """The sample meeting and comment table shipped in resources/sample."""
    return sorted(p for p in SAMPLE_DIR.glob("sample_*") if p.is_file())


# --- server workspaces ------------------------------------------------------------------
SERVER_PREFIXES = ("postgresql://", "postgres://")


class ServerAddress(str):
    """A server workspace's address: a libpq connection string (``postgresql://…``,
    ``service=gijiroku``, ``host=… dbname=…``). Never holds a password the program stored:
    libpq's password file, service file or the OS keyring supply it."""

    @property
    def name(self) -> str:
        """What the window and messages show: the address without any password in it."""
        import re

        shown = re.sub(r"(://[^:/@]+):[^@]*@", r"\1@", str(self))
        return re.sub(r"password\s*=\s*\S+", "password=…", shown)

    def exists(self) -> bool:  # a server workspace is created by its administrator, not by opening it
        return True


def is_server_address(text: object) -> bool:
    """Whether a workspace given on the command line or in a dialog names a server."""
    if isinstance(text, ServerAddress):
        return True
    if not isinstance(text, str):
        return False
    s = text.strip()
    if s.startswith(SERVER_PREFIXES):
        return True
    return "=" in s and s.split("=", 1)[0].strip() in {"service", "host", "dbname", "hostaddr", "port", "user"}


def workspace_address(text: str | os.PathLike[str]) -> Path | ServerAddress:
    """A file workspace's path, or a server workspace's address."""
    if isinstance(text, ServerAddress):
        return text
    if isinstance(text, str) and is_server_address(text):
        return ServerAddress(text.strip())
    return Path(text)
