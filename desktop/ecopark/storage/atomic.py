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


@contextlib.contextmanager
def atomic_target(path: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path to write; on success fsync it and rename it over ``path``.

    On any exception the temporary file is removed and ``path`` is untouched.
    """
    final = Path(path)
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
