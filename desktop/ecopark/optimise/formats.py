"""Readers for the research benchmark formats used to validate the optimisers.

QAPLIB ``.dat``/``.sln`` (Burkard, Karisch, Rendl 1997) and SteinLib ``.stp`` (Koch, Martin,
Voss 2001). Files in the wild differ in line layout (matrices wrapped over several lines, blank
lines, tabs, CRLF, keyword case), so the QAPLIB readers treat a file as a stream of numbers and
the SteinLib reader matches keywords case-insensitively and ignores sections it does not need.
"""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from numpy.typing import NDArray


class FormatError(ValueError):
    """A benchmark file does not follow its format closely enough to be read."""


@dataclass(frozen=True)
class QapInstance:
    """QAPLIB instance: cost of ``p`` is ``sum a[i, j] * b[p[i], p[j]]``.

    QAPLIB does not fix which matrix is flow and which is distance (the optimum is the same
    either way), so the raw names ``a``/``b`` are kept and ``flow``/``dist`` are aliases.
    """

    name: str
    n: int
    a: NDArray[np.float64]
    b: NDArray[np.float64]

    @property
    def flow(self) -> NDArray[np.float64]:
        return self.a

    @property
    def dist(self) -> NDArray[np.float64]:
        return self.b


@dataclass(frozen=True)
class QapSolution:
    """QAPLIB ``.sln``: objective value and a 0-based permutation (as printed, not re-scored)."""

    name: str
    n: int
    cost: float
    permutation: NDArray[np.int64]


@dataclass(frozen=True)
class SteinerInstance:
    """SteinLib graph with 0-based node ids; edges as parallel ``u``, ``v``, ``w`` arrays."""

    name: str
    n_nodes: int
    u: NDArray[np.int64]
    v: NDArray[np.int64]
    w: NDArray[np.float64]
    terminals: NDArray[np.int64]

    @property
    def n_edges(self) -> int:
        return int(self.u.size)


_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")


def _numbers(text: str, path: Path) -> list[float]:
    tokens = text.split()
    values: list[float] = []
    for tok in tokens:
        if not _NUMBER.fullmatch(tok):
            raise FormatError(f"{path}: unexpected token {tok!r}")
        values.append(float(tok))
    return values


def read_qaplib(path: str | Path) -> QapInstance:
    """Read a QAPLIB ``.dat``: ``n`` followed by two ``n x n`` matrices, any line layout."""
    path = Path(path)
    values = _numbers(path.read_text(encoding="utf-8", errors="replace"), path)
    if not values:
        raise FormatError(f"{path}: empty file")
    n = int(values[0])
    if n != values[0] or n <= 0:
        raise FormatError(f"{path}: bad size {values[0]}")
    need = 1 + 2 * n * n
    if len(values) < need:
        raise FormatError(f"{path}: expected {need - 1} matrix entries, found {len(values) - 1}")
    if len(values) > need:
        raise FormatError(f"{path}: {len(values) - need} numbers after the two matrices")
    data = np.array(values[1:], dtype=np.float64)
    a = data[: n * n].reshape(n, n)
    b = data[n * n :].reshape(n, n)
    return QapInstance(path.stem, n, a, b)


def read_qaplib_solution(path: str | Path) -> QapSolution:
    """Read a QAPLIB ``.sln``: ``n``, objective value, then a 1-based permutation."""
    path = Path(path)
    text = path.read_text(encoding="utf-8", errors="replace").replace(",", " ")
    values = _numbers(text, path)
    if len(values) < 2:
        raise FormatError(f"{path}: missing size or objective value")
    n = int(values[0])
    perm = np.array(values[2:], dtype=np.int64)
    if perm.size != n or sorted(perm.tolist()) != list(range(1, n + 1)):
        raise FormatError(f"{path}: not a permutation of 1..{n}")
    return QapSolution(path.stem, n, values[1], perm - 1)


def read_steinlib(path: str | Path) -> SteinerInstance:
    """Read a SteinLib ``.stp`` (undirected ``E`` edges; ``A`` arcs are read as edges).

    Only the Comment/Name, Graph and Terminals sections are interpreted; coordinates and other
    sections are skipped, so files with extra sections still load.
    """
    path = Path(path)
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    if not lines or "STP FILE" not in lines[0].upper():
        raise FormatError(f"{path}: missing 'STP File' header")
    name = path.stem
    n_nodes = -1
    n_edges_declared = -1
    us: list[int] = []
    vs: list[int] = []
    ws: list[float] = []
    terminals: list[int] = []
    section = ""
    for lineno, raw in enumerate(lines[1:], start=2):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        try:
            parts = shlex.split(line)
        except ValueError:
            parts = line.split()
        key = parts[0].upper()
        if key == "SECTION":
            section = parts[1].upper() if len(parts) > 1 else ""
            continue
        if key in ("END", "EOF"):
            section = ""
            continue
        try:
            if section == "COMMENT" and key == "NAME" and len(parts) > 1:
                name = parts[1]
            elif section == "GRAPH" and key == "NODES":
                n_nodes = int(parts[1])
            elif section == "GRAPH" and key in ("EDGES", "ARCS"):
                n_edges_declared = int(parts[1])
            elif section == "GRAPH" and key in ("E", "A"):
                us.append(int(parts[1]) - 1)
                vs.append(int(parts[2]) - 1)
                ws.append(float(parts[3]) if len(parts) > 3 else 1.0)
            elif section == "TERMINALS" and key == "T":
                terminals.append(int(parts[1]) - 1)
        except (IndexError, ValueError) as exc:
            raise FormatError(f"{path}:{lineno}: cannot read {raw.strip()!r}") from exc
    if n_nodes < 0:
        raise FormatError(f"{path}: no 'Nodes' line in SECTION Graph")
    if n_edges_declared >= 0 and n_edges_declared != len(us):
        raise FormatError(f"{path}: declares {n_edges_declared} edges, lists {len(us)}")
    u = np.array(us, dtype=np.int64)
    v = np.array(vs, dtype=np.int64)
    t = np.array(sorted(set(terminals)), dtype=np.int64)
    for label, arr in (("edge end", u), ("edge end", v), ("terminal", t)):
        if arr.size and (arr.min() < 0 or arr.max() >= n_nodes):
            raise FormatError(f"{path}: {label} outside 1..{n_nodes}")
    return SteinerInstance(name, n_nodes, u, v, np.array(ws, dtype=np.float64), t)
