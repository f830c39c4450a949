"""Many files in one import: worker processes parse ahead, this process stores in order; a
process forked after the tokenizing helper thread ran must not wait for that thread."""
from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, ROOT

SCRIPT = textwrap.dedent("""
    import sys
    from pathlib import Path
    from app.api import Workbench
    from app.api.bulk_import import import_files
    from app.core.tokens import terms_for_texts

    # several Sudachi batches, so the helper thread has run before the workers fork
    assert all(terms_for_texts([f"第{i}回の会議で情報政策課長が説明した。" * 200 for i in range(20)]))
    bench = Workbench(Path(sys.argv[1]))
    outcomes = list(import_files(bench, [Path(p) for p in sys.argv[2:]]))
    print([(o.path.name, o.document_id is not None, o.error.code if o.error else None) for o in outcomes])
""")


def test_bulk_import_after_the_helper_thread_ran(tmp_path: Path) -> None:
    long = tmp_path / "long.txt"  # 600 different turns: several Sudachi batches in the worker too
    speakers = ["○議長（山田太郎君）", "○総務部長（小林和夫君）"]
    long.write_text("第1回 総務委員会 会議録\n" + "".join(
        f"{speakers[i % 2]}　第{i}号議案について、情報政策課長から説明があり、委員から今後の取組について質問があった。"
        f"所管課において来年度中に検討する予定である（整理番号{i}）。\n" for i in range(600)), encoding="utf-8")
    files = [long, FIXTURES / "sendai-dx-pubcom-2024" / "comments.docx", long]
    r = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path / "w.gijiroku"), *map(str, files)],
                       cwd=ROOT, capture_output=True, text=True, timeout=240)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == ("[('long.txt', True, None), ('comments.docx', True, None), "
                                "('long.txt', False, 'duplicate')]")


ONE_FILE = textwrap.dedent("""
    import sys
    from app.cli.main import main
    status = main(["import", "-w", sys.argv[1], sys.argv[2]])
    print(status, sorted(m for m in ("multiprocessing", "concurrent.futures.process") if m in sys.modules))
""")


def test_one_file_is_imported_without_loading_the_worker_processes_machinery(tmp_path: Path) -> None:
    """A one-file import parses in its own process: multiprocessing's modules (30-40 ms of
    every such import) are not loaded."""
    r = subprocess.run([sys.executable, "-c", ONE_FILE, str(tmp_path / "w.gijiroku"),
                        str(FIXTURES / "sendai-dx-pubcom-2024" / "comments.docx")],
                       cwd=ROOT, capture_output=True, text=True, timeout=240)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip().splitlines()[-1] == "0 []"


def test_a_file_already_imported_is_refused_before_it_is_parsed(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """Importing the same file again says so at once: no parse (seconds for a long PDF)."""
    from app.api import Workbench
    from app.api.bulk_import import import_files

    comments = FIXTURES / "sendai-dx-pubcom-2024" / "comments.docx"
    bench = Workbench(tmp_path / "w.gijiroku")
    try:
        [first] = import_files(bench, [comments])
        assert first.document_id is not None

        def no_parse(*args: object, **kwargs: object) -> None:
            raise AssertionError("parsed again")

        monkeypatch.setattr(Workbench, "parse", no_parse)
        [again] = import_files(bench, [comments])
        assert again.error is not None and again.error.code == "duplicate"
        assert len(bench.documents()) == 1
    finally:
        bench.close()


LOADER = textwrap.dedent("""
    import threading
    from app.core.tokens import load_ahead
    load_ahead()
    print([t.daemon for t in threading.enumerate() if t.name == "sudachi-load"])
""")


def test_an_import_refused_at_once_ends_with_its_message_not_an_abort(tmp_path: Path) -> None:
    """The dictionary loads on a thread beside the parse. A process that ends while that
    thread is inside SudachiPy (a folder given as the file) waits for it: a daemon thread was
    unwound there by the interpreter's shutdown, and the process aborted now and then
    ("FATAL: exception not rethrown", status -6) instead of ending with the message."""
    loader = subprocess.run([sys.executable, "-c", LOADER], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert loader.returncode == 0 and loader.stdout.strip() == "[False]", loader.stderr
    folder = tmp_path / "folder"
    folder.mkdir()
    for _ in range(6):
        r = subprocess.run([sys.executable, "-m", "app", "import", str(folder), "-w", str(tmp_path / "w.gijiroku")],
                           cwd=ROOT, capture_output=True, text=True, timeout=120)
        assert r.returncode == 1 and "フォルダです" in r.stderr and "FATAL" not in r.stderr, (r.returncode, r.stderr)


def test_one_pdf_gets_its_page_helper_before_the_dictionary_thread_starts(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A one-file import of long PDF minutes reads its pages in two processes and loads the
    Sudachi dictionary on a thread meanwhile: the helper is forked first (a fork beside
    another thread could copy a lock that thread holds), and the thread is started after."""
    import threading

    import parsers.minutes_pdf
    from app.api import Workbench, bulk_import
    from parsers import pdf_pages

    monkeypatch.setattr(pdf_pages, "helper_possible", lambda: True)  # as on an idle two-core machine
    monkeypatch.setattr(parsers.minutes_pdf, "helper_possible", lambda: True)
    events: list[str] = []
    helper_init = pdf_pages._Helper.__init__

    def helper_started(self: object, *args: object) -> None:
        events.append(f"helper forked beside {threading.active_count()} thread(s)")
        helper_init(self, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(pdf_pages._Helper, "__init__", helper_started)
    monkeypatch.setattr(bulk_import, "load_ahead", lambda: events.append("dictionary thread"))
    bench = Workbench(str(tmp_path / "w.gijiroku"))
    already = threading.active_count()  # threads earlier tests left behind
    try:
        outcomes = list(bulk_import.import_files(bench, [FIXTURES / "real" / "m01_caa_shohisha_kyoiku25.pdf"]))
    finally:
        bench.close()
    assert [o.error for o in outcomes] == [None]
    assert events == [f"helper forked beside {already} thread(s)", "dictionary thread"]
