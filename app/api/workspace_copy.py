"""``gijiroku workspace copy SRC DEST``: a whole workspace, or chosen meetings, from a file
to a server, a server to a file, or any two — so a clerk can take a meeting to a laptop for
a meeting room without the network and bring the new tags and action items back.

- Whole, into an empty workspace: every row as it is, ids included (a server's identity
  counters then continue above them); the search index is built anew (a file's and a
  server's differ).
- Chosen documents (``--document``, the source's numbers), each with its revision chain, its
  tags, taggings, action items, sign-offs and suggestion decisions; or a whole workspace
  into one that an earlier copy related to it: rows are matched by names that survive a copy
  (app/api/copy_identity.py) and merged three ways (app/api/copy_merge.py).

All of it is one transaction on DEST: a fault leaves DEST as it was (a DEST file that did
not exist before is removed again). The source is only read.
"""
from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from app.api.copy_identity import SPECS, Row, Side, document_chain, document_groups, row_hash, shared_columns
from app.api.copy_merge import Merge, MergeResult
from app.api.copy_report import KEPT, MOVED, NOT_COPIED, CopyReport
from app.api.copy_structure import moved_documents, moved_text
from app.api.workbench import Workbench
from app.core.domain import Changes, DocumentSummary
from app.core.errors import WorkbenchError
from app.core.progress import NO_PROGRESS, Progress, check
from app.core.workspace import ServerAddress, workspace_address
from app.store import Store
from app.store.notices import everything

# Documents a whole copy indexes and records at a time (their revisions always together).
WHOLE_COPY_GROUP = 20
COPY_PROGRAM = "gijiroku workspace copy"  # who has the workspace open, as another program is told


def _shown(address: Path | ServerAddress) -> str:
    return address.name if isinstance(address, ServerAddress) else str(address)


def copy_workspace(source: str | Path, dest: str | Path, documents: Sequence[int] = (),
                   progress: Progress = NO_PROGRESS) -> CopyReport:
    """Copy ``source`` into ``dest`` (addresses: a file path or a server). Raises
    WorkbenchError naming the workspace on a fault; DEST is then as it was."""
    with _source(source) as src, _destination(dest) as target:
        return copy_between(src, target, documents, progress)


def copy_out_of(bench: Workbench, dest: str | Path, documents: Sequence[int],
                progress: Progress = NO_PROGRESS) -> CopyReport:
    """The window's 持ち出し: chosen meetings of the open workspace into ``dest`` (a laptop's
    file, made when it does not exist; merged into when an earlier trip made it)."""
    with _destination(dest) as target:
        return copy_between(bench.store, target, documents, progress)


def copy_into(bench: Workbench, source: str | Path, documents: Sequence[int],
              progress: Progress = NO_PROGRESS) -> CopyReport:
    """The window's 取り込み: chosen meetings of ``source`` (a laptop's file) merged into the
    open workspace."""
    with _source(source) as src:
        return copy_between(src, bench.store, documents, progress)


def workspace_documents(source: str | Path) -> list[DocumentSummary]:
    """The meetings of another workspace (a laptop's file), to choose what to bring back."""
    with _source(source) as src:
        return src.list_documents()


def changes_after_copy(bench: Workbench) -> Changes:
    """What the window reloads after a copy brought rows into ``bench``'s workspace: all of
    it (a copy touches any document, tag and action item)."""
    return everything([d.id for d in bench.documents()])


@contextmanager
def _source(source: str | Path) -> Iterator[Store]:
    address = workspace_address(source)
    if isinstance(address, Path) and not address.is_file():
        raise WorkbenchError("copy_no_source", path=str(address))
    store = Store(address, program=COPY_PROGRAM)
    try:
        yield store
    finally:
        store.close()


@contextmanager
def _destination(dest: str | Path) -> Iterator[Store]:
    """The destination, opened; a file the copy made is removed again when the copy fails."""
    address = workspace_address(dest)
    new_file = isinstance(address, Path) and not address.exists()
    try:
        store = Store(address, program=COPY_PROGRAM)
        try:
            yield store
        finally:
            store.close()
    except BaseException:
        if new_file and isinstance(address, Path):
            _remove_file(address)
        raise


def _remove_file(path: Path) -> None:
    for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
        leftover.unlink(missing_ok=True)


def copy_between(src: Store, dest: Store, documents: Sequence[int] = (),
                 progress: Progress = NO_PROGRESS) -> CopyReport:
    """Copy between two open stores (see the module's words). One transaction on ``dest``,
    which its reads share (what the copy compares is what it writes over). ``progress``
    hears of each table or group of documents and may cancel (nothing is then written)."""
    src_name, dest_name = _shown(src.path), _shown(dest.path)
    peer, me = src.workspace_uid(), dest.workspace_uid()
    if peer == me:
        raise WorkbenchError("copy_same", path=dest_name)
    report = CopyReport(src_name, dest_name, whole=not documents)
    with src.reading_snapshot(), dest.copying_into():
        chosen = _chosen_documents(src, documents, src_name)
        for line in _columns_left_behind(src, dest):
            report.note(NOT_COPIED, line)
        if not documents and dest.is_empty_workspace():
            _whole_copy(src, dest, peer, report, progress)
            return report
        if not documents and not (src.copy_records(me) or dest.copy_records(peer)):
            raise WorkbenchError("copy_not_empty", path=dest_name)
        report.documents = len(chosen)
        _merge_copy(src, dest, chosen, peer, me, report, progress)
    return report


def _columns_left_behind(src: Store, dest: Store) -> list[str]:
    """One line per table whose columns the destination does not have (a workspace of an
    older program): those are not copied."""
    shared = shared_columns(src, dest)
    return [f"{t} の列 {'・'.join(sorted(set(src.table_columns(t)) - cols))} はコピー先にありません"
            "（コピー先を新しい版のプログラムで開いてから、もう一度コピーしてください）。"
            for t, cols in shared.items() if set(src.table_columns(t)) - cols]


def _chosen_documents(src: Store, documents: Sequence[int], src_name: str) -> list[int]:
    rows = src.table_rows("documents")
    known = {r["id"] for r in rows}
    if not documents:
        return sorted(known)
    for doc_id in documents:
        if doc_id not in known:
            raise WorkbenchError("copy_no_document", path=src_name, doc_id=doc_id)
    return document_chain(rows, documents)


def _generation(src: Store, dest: Store, peer: str, me: str) -> tuple[int, dict[tuple[str, str], str]]:
    """The next copy's number between the two, and per row the hash the newest copy that
    left it equal in both recorded (whichever side recorded it)."""
    theirs, ours = src.copy_records(me), dest.copy_records(peer)
    newest: dict[tuple[str, str], tuple[int, str]] = {}
    for records in (theirs, ours):  # ours last: on a tie, the destination's record
        for key, (hashed, generation) in records.items():
            if key not in newest or generation >= newest[key][0]:
                newest[key] = (generation, hashed)
    top = max((g for g, _h in newest.values()), default=0)
    return top + 1, {key: hashed for key, (_g, hashed) in newest.items()}


def _whole_copy(src: Store, dest: Store, peer: str, report: CopyReport, progress: Progress) -> None:
    """Every row into an empty workspace, ids included, a batch at a time; then, a group of
    documents at a time (revision chains kept together), the destination's search index from
    the source's stored terms and the copy records."""
    shared = shared_columns(src, dest)
    dest.clear_table("tags")  # the built-in tags of a new workspace: the source's come with their ids
    tables = [t for t in src.data_tables() if t in shared]
    groups = document_groups(src.table_rows("documents"), WHOLE_COPY_GROUP)
    steps = len(tables) + len(groups) + 1
    for step, table in enumerate(tables):
        check(progress, step, steps, report.dest)
        for rows in src.table_batches(table):
            dest.put_rows(table, [{c: v for c, v in r.items() if c in shared[table]} for r in rows])
            report.added += len(rows)
            report.added_by[table] += len(rows)
    generation, _base = _generation(src, dest, peer, dest.workspace_uid())
    dest.forget_all_copy_records(peer)  # an emptied workspace may remember an earlier copy
    for step, group in enumerate([[], *groups], start=len(tables)):  # [] first: the rows of no document
        check(progress, step, steps, report.dest)
        side = Side(src, group, whole=not group, shared=shared)
        dest.add_copy_records(peer, [(table, name, str(row_hash(row)), generation) for table in side.tables
                                      if bool(group) == src.belongs_to_documents(table)
                                      for name, row in side.portable[table].items()])
        dest.reindex_documents(group, src.indexed_terms(group) if group else None)
        report.documents += len(group)


def _document_name(row: Row) -> str:
    return json.dumps([row["sha256"], row["revision"]], ensure_ascii=False)


def _merge_copy(src: Store, dest: Store, chosen: list[int], peer: str, me: str, report: CopyReport,
                progress: Progress) -> None:
    """Merge the workspace's own rows (tags; certificates with the whole workspace), then the
    chosen documents a group at a time (a revision chain in one group)."""
    generation, base = _generation(src, dest, peer, me)
    shared = shared_columns(src, dest)
    wanted_ids = set(chosen)
    src_docs = [r for r in src.table_rows("documents") if r["id"] in wanted_ids]
    groups: list[list[int]] = [[], *document_groups(src_docs, WHOLE_COPY_GROUP)]
    for step, group in enumerate(groups):
        check(progress, step, len(groups), report.dest)
        theirs, ours = _sides(src, dest, group, report.whole and not group, shared)
        moved = moved_documents(theirs, ours, base)
        if moved:  # positions moved by a split, merge or delete: such meetings are reported, not merged
            for doc, where in moved.items():
                report.note(MOVED, moved_text(theirs, doc, where))
            report.unmatched += len(moved)
            group = [i for i in group if theirs.name_of["documents"].get(i) not in moved]
            theirs, ours = _sides(src, dest, group, report.whole and not group, shared)
        tables = [t for t in theirs.tables if src.belongs_to_documents(t) == bool(group)]
        result = Merge(theirs, ours, base, tables).run()
        touched = [ours.id_of["documents"][n] for n in result.touched if n in ours.id_of["documents"]]
        dest.reindex_documents(touched, src.indexed_terms(group) if touched else None)
        dest.forget_copy_records(peer, result.forgotten)
        dest.save_copy_records(peer, [(t, n, h, generation) for t, n, h in result.agreed])
        _add_up(report, result)
    if report.whole:
        _report_removed_documents(src_docs, dest.table_rows("documents"), base, report)
    skipped = [t for t in src.data_tables() if t not in SPECS and src.table_rows(t)]
    if skipped:
        report.note(NOT_COPIED, "・".join(skipped) + " はワークスペース全体を空のワークスペースへ"
                            "コピーするときだけ写します。")


def _sides(src: Store, dest: Store, group: list[int], whole: bool,
           shared: dict[str, set[str]]) -> tuple[Side, Side]:
    """The source's documents ``group`` and the destination's documents of the same names."""
    theirs = Side(src, group, whole=whole, shared=shared)
    wanted = set(theirs.raw["documents"])
    ours = Side(dest, [r["id"] for r in dest.table_rows("documents") if _document_name(r) in wanted],
                whole=whole, shared=shared)
    return theirs, ours


def _report_removed_documents(src_docs: list[Row], dest_docs: list[Row], base: dict[tuple[str, str], str],
                              report: CopyReport) -> None:
    """Documents an earlier copy brought that the source no longer has: a copy never removes
    a meeting (with it would go its turns, tags and action items), it says so."""
    present = {_document_name(r) for r in src_docs}
    for row in dest_docs:
        name = _document_name(row)
        if name not in present and ("documents", name) in base:
            report.note(KEPT, f"文書「{row['title']}」第{row['revision']}版 はコピー元で削除されていますが、"
                                "コピー先には残しました。")


def _add_up(report: CopyReport, result: MergeResult) -> None:
    report.added += result.added
    report.updated += result.updated
    report.deleted += result.deleted
    report.conflicts += result.conflicts
    report.added_by.update(result.added_by)
    report.updated_by.update(result.updated_by)
    report.notes.extend(result.notes)
