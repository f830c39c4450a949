"""The last net of the window: an exception that escapes a slot or a virtual method (Qt only
prints it to the console) is worded and shown to the clerk instead of ending without a word."""
from __future__ import annotations

import contextlib
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from app.core.errors import WorkbenchError
from app.core.faults import explain

Report = Callable[[WorkbenchError], None]


def install(report: Report) -> Callable[[], None]:
    """Route uncaught exceptions to ``report`` (after printing them); returns the undo."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, (KeyboardInterrupt, SystemExit)):
            previous(kind, value, tb)
            return
        traceback.print_exception(kind, value, tb)
        with contextlib.suppress(Exception):  # the window is closing: the console has it
            report(explain(value))

    sys.excepthook = hook

    def uninstall() -> None:
        sys.excepthook = previous

    return uninstall
