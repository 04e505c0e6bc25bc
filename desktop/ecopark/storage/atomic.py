"""Write-then-replace, so an interrupted write never damages the file the user already has.

Used by the project file and by every export: either the old file stays, or the complete new one
replaces it, and no half-written output is left behind.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path


def _fsync_path(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def temporary_sibling(path: Path) -> Path:
    """A temporary name in the same folder (so the final rename stays on one file system)."""
    return path.with_name(f".{path.stem}.{os.getpid()}.tmp{path.suffix}")


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, owned by someone else
        return True
    except OSError:
        return False
    return True


def remove_orphaned_temporaries(path: Path) -> list[Path]:
    """Delete temporary siblings left by writers that were killed mid-write.

    A temporary belongs to a dead process when the pid in its name no longer runs; files of
    live writers (another window saving the same project) are left alone. SQLite's
    ``-journal`` file of a temporary (a save killed inside a transaction) goes with it.
    """
    removed = []
    candidates = [
        c
        for pattern in ("", "-journal", "-wal", "-shm")
        for c in path.parent.glob(f".{path.stem}.*.tmp{path.suffix}{pattern}")
    ]  # SQLite's rollback journal (and WAL files) of a temporary killed mid-transaction
    for candidate in candidates:
        pid_text = candidate.name[len(path.stem) + 2 :].split(".", 1)[0]
        if not pid_text.isdigit() or int(pid_text) == os.getpid() or _pid_alive(int(pid_text)):
            continue
        with contextlib.suppress(OSError):
            candidate.unlink()
            removed.append(candidate)
    return removed


@contextlib.contextmanager
def atomic_target(path: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path to write; on success fsync it and rename it over ``path``.

    On any exception the temporary file is removed and ``path`` is untouched.
    """
    final = Path(path)
    remove_orphaned_temporaries(final)
    tmp = temporary_sibling(final)
    if tmp.exists():
        tmp.unlink()
    try:
        yield tmp
        _fsync_path(tmp)
        os.replace(tmp, final)
        if os.name == "posix":
            with contextlib.suppress(OSError):
                _fsync_path(final.parent)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
