"""Importing many files at once (ten years of minutes): parse and tokenise ahead in worker
processes while this process stores, in the order given.

Parsing is pure and its results are plain frozen dataclasses, so they cross process
boundaries; storing stays in the one process that owns the workspace connection. With two
cores the store of one file overlaps the parse of the next. The workers end when this
process ends, however it ends (kill -9 included).
"""
from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.domain import Document, DocumentId
from app.core.errors import WorkbenchError
from app.core.faults import explain
from app.core.tokens import load_ahead

if TYPE_CHECKING:
    from concurrent.futures import Future

    from app.api.workbench import Workbench

# More files than this ahead of the store would only hold parsed documents in memory.
PARSE_AHEAD = 4
# How often a worker checks that the process that started it still runs (where the kernel
# cannot end it with its parent).
PARENT_CHECK_S = 1.0


@dataclass(frozen=True)
class ImportOutcome:
    path: Path
    document_id: DocumentId | None = None
    error: WorkbenchError | None = None


def _parse(path: str, as_kind: str | None) -> tuple[Document, dict[str, list[str]]]:
    """Worker process: parse and tokenise for the search index."""
    from app.api.workbench import Workbench

    doc = Workbench.parse(path, as_kind)
    return doc, Workbench.prepare_index_terms(doc)


def _watch_parent(parent_pid: int) -> None:
    """Worker process: end with the parent. Linux kills us with the parent (PR_SET_PDEATHSIG);
    elsewhere a thread checks that the parent still runs. SIGTERM ends a worker as usual."""
    import signal
    import sys
    import threading
    import time

    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if sys.platform.startswith("linux"):
        import ctypes

        pr_set_pdeathsig = 1
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(pr_set_pdeathsig, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent_pid:  # the parent ended before the line above
        os._exit(1)

    def watch() -> None:
        import psutil

        while psutil.pid_exists(parent_pid) and os.getppid() == parent_pid:
            time.sleep(PARENT_CHECK_S)
        os._exit(1)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def worker_count(files: int) -> int:
    return max(1, min(files, (os.cpu_count() or 1), PARSE_AHEAD))


def import_files(bench: Workbench, paths: list[Path], as_kind: str | None = None) -> Iterator[ImportOutcome]:
    """Import each file, yielding its outcome as soon as it is stored (in the given order).

    Thread: the workspace's own. A file already in the workspace (same hash) or one that
    cannot be read yields an error and stores nothing; the others go on."""
    if len(paths) <= 1 or worker_count(len(paths)) == 1:
        for p in paths:
            refused = _refusal(bench, p)
            if refused is not None:
                yield ImportOutcome(p, error=refused)
                continue
            # the index needs Sudachi: its dictionary loads on a thread while the file is parsed,
            # started after a PDF's page helper is forked (no fork beside another thread)
            yield _store_one(bench, p, lambda p=p: (bench.parse(p, as_kind, reading=load_ahead), None))
        return
    # loaded only here: multiprocessing's modules cost a one-file import 30-40 ms
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=worker_count(len(paths)), initializer=_watch_parent,
                             initargs=(os.getpid(),)) as pool:
        pending: list[tuple[Path, Future[tuple[Document, dict[str, list[str]]]] | WorkbenchError]] = []
        for p in paths:
            refused = _refusal(bench, p)
            pending.append((p, refused if refused is not None else pool.submit(_parse, str(p), as_kind)))
        for p, job in pending:
            if isinstance(job, WorkbenchError):
                yield ImportOutcome(p, error=job)
            else:
                yield _store_one(bench, p, job.result)


def _refusal(bench: Workbench, path: Path) -> WorkbenchError | None:
    """Why a file is not parsed at all: it is already in the workspace (same hash), or it
    cannot be read (a folder, no permission, a name too long); None to go on."""
    from parsers.readers import sha256_of

    try:
        existing = bench.find_by_hash(sha256_of(path)) if path.is_file() else None
    except OSError as e:
        return explain(e, path)
    return WorkbenchError("duplicate", path=str(path), doc_id=existing) if existing is not None else None


def _store_one(bench: Workbench, path: Path, parsed: object) -> ImportOutcome:
    try:
        doc, prepared = parsed()  # type: ignore[operator]
        doc_id, _ = bench.store_document(doc, prepared)  # refuses a hash already stored
        return ImportOutcome(path, document_id=doc_id)
    except Exception as e:  # one file's fault (a worker killed, a folder) ends no import
        return ImportOutcome(path, error=explain(e, path))
