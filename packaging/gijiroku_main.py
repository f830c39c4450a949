"""The bundled program's entry point (packaging/gijiroku.spec): the same ``gijiroku`` command."""
from __future__ import annotations

import multiprocessing

from app.cli.main import main

if __name__ == "__main__":
    # A bulk import parses in worker processes; a frozen program must let a worker that was
    # started by spawning itself (Windows, macOS) run its task instead of the command line.
    multiprocessing.freeze_support()
    raise SystemExit(main())
