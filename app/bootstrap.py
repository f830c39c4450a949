"""Set up everything on a fresh machine, then open the workbench, run the tests or build the bundle.

    python3 -m app.bootstrap gui      # install, then open the workbench
    python3 -m app.bootstrap test     # install, then check style and types and run the whole test suite
    python3 -m app.bootstrap bundle   # install, then build the portable folder dist/gijiroku/

Standard library only: this runs before anything is installed. It installs the Debian
packages Qt needs (when missing and apt-get is there), creates ``.venv`` and installs the
project into it, then hands over to ``gijiroku``, ``pytest`` or PyInstaller (docs/BUNDLE.md).
"""
from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
# Qt's runtime libraries for the offscreen platform (measured on a bare Debian 12).
QT_PACKAGES = ["libegl1", "libgl1", "libx11-6", "libdbus-1-3", "libfontconfig1", "libfreetype6",
               "libglib2.0-0", "libxkbcommon0"]
# A real window (xcb) and Japanese glyphs.
WINDOW_PACKAGES = ["libxcb-cursor0", "libxcb-icccm4", "libxcb-image0", "libxcb-keysyms1",
                   "libxcb-render-util0", "libxcb-render0", "libxcb-shape0", "libxcb-util1",
                   "libxcb-xkb1", "libxkbcommon-x11-0", "fonts-noto-cjk"]
# Tests also open exported files in LibreOffice, run a window under Xvfb and time pdftotext.
TEST_PACKAGES = ["xvfb", "xauth", "poppler-utils", "libreoffice-writer-nogui", "libreoffice-calc-nogui"]
# The server workspace's tests start a throwaway cluster of their own with these binaries
# (tests/pg_cluster.py, /usr/lib/postgresql/<version>/bin); the window needs no server.
SERVER_TEST_PACKAGES = ["postgresql"]


def say(msg: str) -> None:
    print(f"[bootstrap] {msg}", flush=True)


def missing_debs(packages: list[str]) -> list[str]:
    if not shutil.which("dpkg-query"):
        return []
    out = []
    for p in packages:
        r = subprocess.run(["dpkg-query", "-W", "-f=${Status}", p], capture_output=True, text=True)
        if "install ok installed" not in r.stdout:
            out.append(p)
    return out


def apt_install(packages: list[str]) -> None:
    """Install missing Debian packages with apt-get (as root, or through sudo)."""
    need = missing_debs(packages)
    if not need or not shutil.which("apt-get"):
        return
    prefix: list[str] = []
    if os.geteuid() != 0:
        if not shutil.which("sudo"):
            say("次のパッケージを管理者にインストールしてもらってください: " + " ".join(need))
            return
        prefix = ["sudo"]
    say("apt-get install " + " ".join(need))
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run(prefix + ["apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run(prefix + ["apt-get", "install", "-y", "-qq", "--no-install-recommends", *need],
                   check=True, env=env)


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def ensure_venv() -> None:
    if venv_python().exists():
        return
    say("creating .venv")
    r = subprocess.run([sys.executable, "-m", "venv", str(VENV)])
    if r.returncode != 0:  # Debian's python3 ships venv separately
        shutil.rmtree(VENV, ignore_errors=True)
        ver = f"python3.{sys.version_info.minor}-venv"
        apt_install(["python3-venv", ver])
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)


# The clone goes on the path by a plain .pth line: the default editable install imports a
# finder module (pathlib, importlib.util) at every interpreter start, 25 ms of each
# `gijiroku` command's start-up. setuptools calls this mode transitional; where it is gone
# the default is used.
EDITABLE_MODE = "compat"


def ensure_project(extras: set[str]) -> None:
    """pip install -e .[extras] unless this pyproject.toml was installed with them already.

    The stamp holds the pyproject.toml digest and the extras installed with it, so switching
    between modes does not reinstall, and a changed pyproject.toml does."""
    stamp = VENV / ".installed"
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + EDITABLE_MODE.encode()).hexdigest()
    recorded = stamp.read_text().split() if stamp.exists() else []
    if recorded[:1] == [digest] and extras <= set(recorded[1:]):
        return
    if recorded[:1] == [digest]:
        extras = extras | set(recorded[1:])
    py = str(venv_python())
    subprocess.run([py, "-m", "pip", "install", "-q", "--upgrade", "pip"], check=True)
    project = f"{ROOT}[{','.join(sorted(extras))}]"
    try:
        subprocess.run([py, "-m", "pip", "install", "-q", "--config-settings", f"editable_mode={EDITABLE_MODE}",
                        "-e", project], check=True)
    except subprocess.CalledProcessError:  # a setuptools without that mode: its default finder
        subprocess.run([py, "-m", "pip", "install", "-q", "-e", project], check=True)
    # the sample workspace a first start copies (else the first start builds it)
    subprocess.run([py, "-c", "from app.api import Workbench; Workbench.prepare_sample()"], cwd=ROOT, check=False)
    stamp.write_text(" ".join([digest, *sorted(extras)]))


SPEC = ROOT / "packaging" / "gijiroku.spec"
DIST = ROOT / "dist"
BUNDLE_WORK = ROOT / "build" / "bundle"


def bundle_command(python: str, dist: Path = DIST, work: Path = BUNDLE_WORK) -> list[str]:
    """PyInstaller on packaging/gijiroku.spec; the bundle lands in dist/gijiroku/."""
    return [python, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
            "--distpath", str(dist), "--workpath", str(work), str(SPEC)]


def bundle_program(dist: Path = DIST) -> Path:
    """The bundled ``gijiroku`` command."""
    return dist / "gijiroku" / ("gijiroku.exe" if os.name == "nt" else "gijiroku")


def folder_size(folder: Path) -> int:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink())


def build_bundle(python: str, extra_args: list[str]) -> int:
    say("PyInstaller packaging/gijiroku.spec (a few minutes)")
    status = subprocess.call(bundle_command(python) + extra_args, cwd=ROOT)
    program = bundle_program()
    if status != 0 or not program.exists():
        say("PyInstaller が失敗しました。上の出力を確認してください。")
        return status or 1
    started = subprocess.run([str(program), "--help"], check=False, capture_output=True)
    if started.returncode != 0:
        say(f"{program} が起動しません: " + started.stderr.decode(errors="replace")[-2000:])
        return 1
    size_mb = folder_size(program.parent) / 1024**2
    say(f"{program.relative_to(ROOT)} ({size_mb:.0f} MB): copy the folder {program.parent.relative_to(ROOT)}/ "
        "to the PC and run gijiroku there")
    return 0


def run_checks_and_tests(py: str, pytest_args: list[str]) -> int:
    """ruff and mypy (their rules are in pyproject.toml), then the whole test suite."""
    for name, command in (("ruff", [py, "-m", "ruff", "check", "."]), ("mypy", [py, "-m", "mypy"])):
        say(name)
        status = subprocess.call(command, cwd=ROOT)
        if status != 0:
            say(f"{name} で問題が見つかりました（上の一覧）。直してからもう一度実行してください。")
            return status
    return subprocess.call([py, "-m", "pytest", "-q", *pytest_args], cwd=ROOT)


def main(argv: list[str]) -> int:
    mode = argv[0] if argv else "gui"
    if mode not in ("gui", "test", "bundle"):
        print("usage: python3 -m app.bootstrap gui|test|bundle [args...]", file=sys.stderr)
        return 2
    if sys.platform.startswith("linux"):
        # The bundle carries the window's libraries too: PyInstaller copies them from the system.
        apt_install(QT_PACKAGES + WINDOW_PACKAGES
                    + (TEST_PACKAGES + SERVER_TEST_PACKAGES if mode == "test" else []))
    ensure_venv()
    ensure_project({"bundle"} if mode == "bundle" else {"test"})
    py = str(venv_python())
    if mode == "test":
        return run_checks_and_tests(py, argv[1:])
    if mode == "bundle":
        return build_bundle(py, argv[1:])
    return subprocess.call([py, "-m", "app", "gui", *argv[1:]], cwd=ROOT)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
