"""A .docx export as PDF, printed by LibreOffice (``soffice --headless --convert-to pdf``).

No Qt, no store. Each conversion runs soffice with its own throw-away user profile
(``-env:UserInstallation``), so two conversions at once — a GUI export while the CLI runs,
or parallel tests — never wait on or corrupt one shared profile. The PDF is written in a
private folder first and moved beside the .docx only when complete.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from app.core.errors import WorkbenchError

SOFFICE_ENV = "GIJIROKU_SOFFICE"  # an explicit soffice path wins over the search below
# Where the LibreOffice installers put soffice when it is not on PATH (Windows, macOS).
SOFFICE_PLACES = (r"C:\Program Files\LibreOffice\program\soffice.exe",
                  r"C:\Program Files (x86)\LibreOffice\program\soffice.exe",
                  "/Applications/LibreOffice.app/Contents/MacOS/soffice")
# A 100-page minutes converts in about 15 s; a first start with a new profile adds ~5 s.
CONVERT_TIMEOUT_S = 300


def find_soffice() -> str | None:
    """The soffice executable: $GIJIROKU_SOFFICE, soffice/libreoffice on PATH, or an
    installer's default place; None when LibreOffice is not on this machine."""
    explicit = os.environ.get(SOFFICE_ENV)
    if explicit and Path(explicit).is_file():
        return explicit
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    return next((p for p in SOFFICE_PLACES if Path(p).is_file()), None)


def _command(soffice: str, profile: Path, outdir: Path, docx: Path) -> list[str]:
    return [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
            "--nolockcheck", "--convert-to", "pdf", "--outdir", str(outdir), str(docx)]


def _run(cmd: list[str], docx: Path, timeout: float) -> None:
    """Run soffice; raises WorkbenchError('pdf_convert') on a timeout or a failure."""
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout,
                              stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired as e:
        raise WorkbenchError("pdf_convert", path=str(docx),
                             detail=f"{int(timeout)} 秒以内に終わりませんでした") from e
    except OSError as e:
        raise WorkbenchError("pdf_convert", path=str(docx), detail=e.strerror or str(e)) from e
    if done.returncode != 0:
        last = (done.stderr or done.stdout).strip().splitlines()[-1:] or [f"終了コード {done.returncode}"]
        raise WorkbenchError("pdf_convert", path=str(docx), detail=last[0])


def docx_to_pdf(docx: Path, out: Path | None = None, timeout: float = CONVERT_TIMEOUT_S) -> Path:
    """Print ``docx`` to ``out`` (default: the same name with .pdf) with LibreOffice.

    Blocks up to ``timeout`` seconds; any thread. Raises WorkbenchError('pdf_no_office')
    when soffice is not found, ('pdf_convert') when it fails or times out."""
    soffice = find_soffice()
    if soffice is None:
        raise WorkbenchError("pdf_no_office", path=str(docx))
    out = out or docx.with_suffix(".pdf")
    with tempfile.TemporaryDirectory(prefix="gijiroku-pdf-") as tmp:
        work = Path(tmp)
        _run(_command(soffice, work / "profile", work / "out", docx.resolve()), docx, timeout)
        made = work / "out" / (docx.stem + ".pdf")
        if not made.is_file() or made.stat().st_size == 0:
            raise WorkbenchError("pdf_convert", path=str(docx), detail="PDF が作られませんでした")
        out.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(made), str(out))
    return out
