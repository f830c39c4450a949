"""``gijiroku`` sub-commands for search and suggestions."""
from __future__ import annotations

import argparse
from typing import Any, Callable


def register(sub: Any, add_workspace: Callable[[argparse.ArgumentParser], None]) -> None:
    """Add this module's sub-commands to the gijiroku parser."""
