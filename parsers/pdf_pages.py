"""Reading every page of a PDF with both cores: this process from the first page onward, a
forked helper from the last page backward, meeting in the middle.

PDFium's page and text-page loading is most of a PDF's reading time and cannot be shared
between threads (PDFium is not thread-safe), so the second core needs a second process.
The helper opens the file itself (a document handle shared across ``fork`` would share
its file offset) and sends each page's result through a pipe as soon as it has it. This
process reads the pages the helper has not sent yet, in order, and never waits for it:
a helper that starts late, runs slowly on a busy machine or fails costs at most the pages
it duplicated. A page's result is the same whichever process read it (the same code on
the same library; pickled floats cross the pipe exactly), which
``tests/parsers/test_pdf_pages.py`` checks on every fixture PDF.

The helper is forked only where that is safe and pays: Linux (Windows has no ``fork``; on
macOS system libraries are not safe to fork), two usable cores, a process running a single
thread (the command line; not the window, whose import runs beside Qt's threads, nor a
worker process of a bulk import, where the files already keep both cores busy), a second
core idle by the load average, a file of ``MIN_PAGES`` pages or more. ``GIJIROKU_PAGE_HELPER=0`` turns it off, ``=1`` on wherever it is safe.
"""
from __future__ import annotations

import gc
import os
import signal
import struct
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from app.core.progress import Progress, check

T = TypeVar("T")
# A file with fewer pages is read in this process alone: the fork and the pipe would cost
# about what the helper saves.
MIN_PAGES = 8
# A second core counts as idle while the one-minute load average stays below cores - 1 plus
# this (this process's own run queue entry is part of the load).
BUSY_MARGIN = 0.5
# Each message of the helper: the page index and the length of the pickled result after it.
_FRAME = struct.Struct("<iI")
# A larger pipe lets the helper send a dense page without waiting for this process to read.
_PIPE_BYTES = 1 << 20
_F_SETPIPE_SZ = 1031  # Linux fcntl


def helper_allowed(pages: int) -> bool:
    """True when a forked page helper is safe and worth it here (see the module's text)."""
    return pages >= MIN_PAGES and helper_possible()


def helper_possible() -> bool:
    """True when a forked page helper is safe and worth it here for a file of enough pages."""
    wanted = os.environ.get("GIJIROKU_PAGE_HELPER")
    if wanted == "0" or not sys.platform.startswith("linux"):
        return False
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    if cores < 2 or threading.active_count() != 1 or (wanted != "1" and _busy(cores)):
        return False
    mp = sys.modules.get("multiprocessing")
    return mp is None or mp.parent_process() is None


def _busy(cores: int) -> bool:
    """True when the load average leaves no core idle for the helper: on a busy machine the
    two processes only take turns on the same core, and the copy-on-write of the shared
    memory and the pipe make the whole slower (bench/bench_import.py: the page helper rows)."""
    try:
        return os.getloadavg()[0] > cores - 1 + BUSY_MARGIN
    except OSError:  # no load average on this system: assume a core is free
        return False


class _Helper:
    """The forked process reading pages from the end, and what it has sent so far."""

    def __init__(self, path: Path, pages: int, read_page: Callable[[Any, int], Any]) -> None:
        read_end, write_end = os.pipe()
        gc.freeze()  # neither process's collector walks (and so copies) the memory they share
        self.pid = os.fork()
        if self.pid == 0:  # the helper: never returns into the caller's code
            _serve(path, pages, read_page, read_end, write_end)
        os.close(write_end)
        if sys.platform.startswith("linux"):
            try:
                import fcntl

                fcntl.fcntl(read_end, _F_SETPIPE_SZ, _PIPE_BYTES)
            except OSError:  # a limit on pipe sizes: the default pipe works, a little slower
                pass
        os.set_blocking(read_end, False)
        self.fd: int | None = read_end
        self.buffer = bytearray()

    def collect(self, into: dict[int, Any]) -> None:
        """Add the pages the helper has sent by now (without waiting) to ``into``."""
        while self.fd is not None:
            try:
                chunk = os.read(self.fd, _PIPE_BYTES)
            except BlockingIOError:
                break
            if not chunk:  # the helper has ended
                self._close_pipe()
                break
            self.buffer += chunk
        while len(self.buffer) >= _FRAME.size:
            index, size = _FRAME.unpack_from(self.buffer)
            end = _FRAME.size + size
            if len(self.buffer) < end:
                break
            import pickle  # here, not at the top: a file read in one process never needs it

            into.setdefault(index, pickle.loads(self.buffer[_FRAME.size:end]))
            del self.buffer[:end]

    def _close_pipe(self) -> None:
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None

    def stop(self) -> None:
        """End the helper (it may still be reading a page nobody needs) and reap it."""
        self._close_pipe()
        try:
            os.kill(self.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        os.waitpid(self.pid, 0)
        gc.unfreeze()


def _serve(path: Path, pages: int, read_page: Callable[[Any, int], Any], unused: int, out: int) -> None:
    """The helper's whole life: open the file (the caller has checked it), read pages from
    the last one backward and send each; end without running any of the caller's cleanup."""
    status = 0
    gc.disable()  # a short life making objects that form no cycles (app/core/collector.py)
    try:
        os.close(unused)
        import pickle

        import pypdfium2 as pdfium

        doc = pdfium.PdfDocument(str(path))
        for index in range(pages - 1, -1, -1):
            data = pickle.dumps(read_page(doc, index), protocol=pickle.HIGHEST_PROTOCOL)
            view = memoryview(_FRAME.pack(index, len(data)) + data)
            while view:
                view = view[os.write(out, view):]
    except BaseException:  # the caller reads the pages not sent; nothing to report here
        status = 1
    finally:
        os._exit(status)  # no cleanup of the caller's objects in this copy of its memory


# Helpers started ahead of their reading (``read_ahead``), by file and page reader, until
# ``read_pages`` takes theirs over.
_started_ahead: dict[tuple[str, Callable[[Any, int], Any]], _Helper] = {}


@contextmanager
def read_ahead(path: Path, pages: int, read_page: Callable[[Any, int], Any]) -> Iterator[None]:
    """Start the helper on the checked file ``path`` of ``pages`` pages now, where it is
    allowed, so that it reads from the last page backward while this process finishes what
    comes before its own reading (the file's digest, its kind, the parser's modules);
    ``read_pages`` of the same file and reader takes it over. A helper nobody took over
    (the file was read as another kind, or the parse failed first) ends on leaving."""
    key = (str(path), read_page)
    if key not in _started_ahead and helper_allowed(pages):
        _started_ahead[key] = _Helper(path, pages, read_page)
    try:
        yield
    finally:
        left = _started_ahead.pop(key, None)
        if left is not None:
            left.stop()


def read_pages(path: Path, doc: Any, read_page: Callable[[Any, int], T], progress: Progress,
               helper: bool | None = None) -> list[T]:
    """``read_page(doc, i)`` for every page of ``doc``, the pypdfium2 document of the
    checked file ``path``, in page order. Reports one step per page and raises Cancelled when asked to stop.
    ``helper`` forces the second process on or off; None takes over a helper started by
    ``read_ahead`` or decides by ``helper_allowed``."""
    pages = len(doc)
    other = _started_ahead.pop((str(path), read_page), None) if helper is None else None
    if other is None:
        use_helper = helper_allowed(pages) if helper is None else helper and hasattr(os, "fork")
        other = _Helper(path, pages, read_page) if use_helper else None
    results: dict[int, T] = {}
    try:
        for index in range(pages):
            if other is not None:
                other.collect(results)
            if index in results:
                continue
            check(progress, len(results), pages, f"{len(results) + 1}/{pages} ページ")
            results[index] = read_page(doc, index)
    finally:
        if other is not None:
            other.stop()
    return [results[i] for i in range(pages)]
