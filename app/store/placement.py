"""Where a workspace file lives: on this computer's disk, or on a network share.

SQLite's WAL mode keeps an index in shared memory, which a network file system cannot share
between computers, and its file locks are only as good as the share's; so a workspace on a
share is opened with a rollback journal and exclusive locking (``app/store/core.py``).
"""
from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

# File system types of network shares as the kernel names them (Linux /proc/mounts, macOS
# statfs) and FUSE mounts of remote storage.
NETWORK_FS_TYPES = frozenset({
    "cifs", "smb", "smb2", "smb3", "smbfs", "nfs", "nfs4", "afs", "ncpfs", "coda", "9p", "ceph",
    "glusterfs", "lustre", "gpfs", "davfs", "webdav", "fuse.sshfs", "sshfs", "fuse.rclone", "fuse.davfs2",
})

MountTable = Callable[[], list[tuple[str, str, str]]]


def mounts() -> list[tuple[str, str, str]]:
    """(mount point, file system type, options) of every mounted file system."""
    import psutil  # 20 ms of imports: only when the file's place is not known otherwise

    return [(p.mountpoint, p.fstype.lower(), p.opts.lower()) for p in psutil.disk_partitions(all=True)]


def is_unc(path: str) -> bool:
    r"""A Windows network path: \\server\share\... (or //server/share/...)."""
    return path.startswith(("\\\\", "//")) and not path.startswith("\\\\?\\")


def on_local_disk(where: str) -> bool:
    """Linux: the file's folder is on a block device of this computer. A network file system
    (NFS, SMB, 9p, FUSE mounts of remote storage) has no block device: its device number's
    major is 0, as for tmpfs and overlay, which the mount table then tells apart."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        return os.major(os.stat(os.path.dirname(where) or ".").st_dev) != 0
    except OSError:
        return False


def network_file_system(path: Path, table: MountTable | None = None) -> str | None:
    """The network file system type (or 'UNC') the file at path lives on; None for a local disk."""
    text = str(path)
    if is_unc(text):
        return "UNC"
    where = os.path.realpath(os.path.abspath(text))  # a mapped drive letter stays; its type is in opts
    if table is None and on_local_disk(where):
        return None
    if sys.platform == "win32":
        where = where.lower()
    best: tuple[str, str, str] | None = None
    for point, fstype, opts in (table or mounts)():
        point = point.lower() if sys.platform == "win32" else point
        inside = where == point or where.startswith(point.rstrip("/\\") + os.sep)
        if inside and (best is None or len(point) > len(best[0])):
            best = (point, fstype, opts)
    if best is None:
        return None
    point, fstype, opts = best
    if fstype in NETWORK_FS_TYPES or "remote" in opts.split(","):
        return fstype or "network"
    return None
