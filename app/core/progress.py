"""A Qt-free progress channel that long work reports to and checks for cancellation."""
from __future__ import annotations

from typing import Protocol

from app.core.errors import Cancelled


class Progress(Protocol):
    def step(self, done: int, total: int, label: str = "") -> None: ...
    def cancelled(self) -> bool: ...


class NoProgress:
    """Reports nowhere and is never cancelled."""

    def step(self, done: int, total: int, label: str = "") -> None:
        return None

    def cancelled(self) -> bool:
        return False


NO_PROGRESS: Progress = NoProgress()


def check(progress: Progress, done: int, total: int, label: str = "") -> None:
    """Report a step and raise Cancelled when the user asked to stop."""
    progress.step(done, total, label)
    if progress.cancelled():
        raise Cancelled()
