"""Long work off the GUI thread: a QRunnable on QThreadPool reporting through Qt signals.

The work function is pure and Qt-free; it receives a ``JobProgress`` (the app.core.progress
protocol), reports ``step`` and checks ``cancelled``. Results come back to the GUI thread
through the queued ``finished``/``failed``/``cancelled`` signals of a QObject owned there.
Any exception a job meets reaches ``failed`` as a WorkbenchError (``app.core.faults.explain``:
a full disk, a locked workspace, a folder given as a file, a bug), worded in Japanese.
"""
from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from app.core.errors import Cancelled, WorkbenchError
from app.core.faults import explain


class JobSignals(QObject):
    """Lives in the GUI thread; the worker emits, so delivery is queued."""

    progressed = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)  # WorkbenchError or another Exception
    cancelled = Signal()
    done = Signal()  # emitted last, whatever the outcome


# Running jobs stay referenced here until shortly after they end, so neither the runnable
# nor its signals object is collected while a worker thread still uses them.
_RUNNING: set[Job] = set()
RELEASE_DELAY_MS = 200


class JobProgress:
    """The Qt-free progress channel handed to the work function (any thread)."""

    def __init__(self, report: Callable[[int, int, str], None]) -> None:
        self._report = report
        self._cancel = threading.Event()

    def step(self, done: int, total: int, label: str = "") -> None:
        self._report(done, total, label)

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()


def _finished_work(progress: JobProgress) -> None:
    return None


class Job(QRunnable):
    """Runs ``work(progress)`` once on the global thread pool."""

    def __init__(self, work: Callable[[JobProgress], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = JobSignals()
        self.progress = JobProgress(self.signals.progressed.emit)
        self._work = work
        self.subject: object = ""  # the file or workspace a failure message names

    def run(self) -> None:  # worker thread
        try:
            result = self._work(self.progress)
        except Cancelled:
            self._emit(self.signals.cancelled)
        except WorkbenchError as e:
            self._emit(self.signals.failed, e)
        except ImportError as e:  # a module still being written: the view words it
            self._emit(self.signals.failed, e)
        except Exception as e:  # a parser bug, a full disk: worded, never a dead window
            traceback.print_exc()
            self._emit(self.signals.failed, explain(e, self.subject))
        else:
            if self.progress.cancelled():
                self._emit(self.signals.cancelled)
            else:
                self._emit(self.signals.finished, result)
        finally:
            self._work = _finished_work
            self._emit(self.signals.done)

    @staticmethod
    def _emit(signal: Any, *args: Any) -> None:
        """Emit unless the application is closing and the signal's object is already gone."""
        try:
            signal.emit(*args)
        except RuntimeError:
            pass

    def start(self) -> None:
        _RUNNING.add(self)
        self.signals.done.connect(self._release)
        QThreadPool.globalInstance().start(self)

    def _release(self) -> None:  # GUI thread
        QTimer.singleShot(RELEASE_DELAY_MS, lambda: _RUNNING.discard(self))

    def cancel(self) -> None:
        self.progress.cancel()


class LatestJob:
    """The one job a view is waiting for: starting another (or ``cancel``) drops the one
    before, so an older job's result never reaches the view. GUI thread."""

    def __init__(self) -> None:
        self.job: Job | None = None

    def start(self, job: Job, finished: Callable[[Any], None], failed: Callable[[Exception], None]) -> None:
        """Run job; its result goes to ``finished`` or ``failed`` unless a newer job came."""
        self.cancel()
        self.job = job
        job.signals.finished.connect(lambda result: self._deliver(job, finished, result))
        job.signals.failed.connect(lambda error: self._deliver(job, failed, error))
        job.start()

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.job = None

    def _deliver(self, job: Job, handler: Callable[[Any], None], value: Any) -> None:
        if job is self.job:
            self.job = None
            handler(value)


class ParseJob(Job):
    """Parse one file with the given pure parse function (``Workbench.parse`` by default)."""

    def __init__(self, parse: Callable[..., Any], path: Any, as_kind: str | None = None) -> None:
        super().__init__(self._parse_and_tokenise)
        self._parse_with, self._as_kind = parse, as_kind
        self.path = self.subject = path
        self.prepared: dict[str, list[str]] | None = None  # search-index terms, set by the worker

    def _parse_and_tokenise(self, progress: JobProgress) -> Any:
        """Worker: parse, then tokenise for the search index here rather than on the GUI
        thread when the clerk presses OK (a long meeting takes a second)."""
        from app.api import Workbench

        doc = self._parse_with(self.path, self._as_kind, progress)
        self.prepared = Workbench.prepare_index_terms(doc)
        return doc


# Workspaces the window holds exclusively (on a network share: app/store/core.py): a worker
# cannot open them a second time, so their BenchJobs run on the GUI thread with the
# window's own Workbench instead. Set by the bridge when it opens or switches workspaces.
_EXCLUSIVE: dict[Path, Any] = {}


def hold_exclusive(bench: Any) -> None:
    """Record the window's Workbench when its store holds the file exclusively."""
    if getattr(bench, "exclusive", False):
        _EXCLUSIVE[Path(bench.path)] = bench


def release_exclusive(bench: Any) -> None:
    if _EXCLUSIVE.get(Path(bench.path)) is bench:
        del _EXCLUSIVE[Path(bench.path)]


class BenchJob(Job):
    """Run ``work(bench, progress)`` in a worker with its own Workbench on the same file.

    The GUI thread's SQLite connection is never shared: the worker opens the workspace
    again (WAL lets both read) and closes it when the work ends. Used for exports. A
    workspace held exclusively (a network share) cannot be opened again: there the work
    runs on the GUI thread with the window's Workbench, its signals delivered alike."""

    def __init__(self, workspace: Path, work: Callable[[Any, JobProgress], Any]) -> None:
        def run(progress: JobProgress) -> Any:
            from app.api import Workbench

            bench = Workbench(workspace)
            try:
                return work(bench, progress)
            finally:
                bench.close()

        super().__init__(run)
        self.workspace = self.subject = workspace
        self._bench_work = work

    def start(self) -> None:
        shared = _EXCLUSIVE.get(Path(self.workspace))
        if shared is None:
            super().start()
            return
        work = self._bench_work
        self._work = lambda progress: work(shared, progress)
        _RUNNING.add(self)
        self.signals.done.connect(self._release)
        QTimer.singleShot(0, self.run)  # after the caller's connections, as a pool start would be
