"""Readers for QAPLIB and SteinLib files: real benchmark files and awkward layouts."""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import pytest

from ecopark.optimise.formats import (
    FormatError,
    read_qaplib,
    read_qaplib_solution,
    read_steinlib,
)
from ecopark.optimise.qap import qap_cost

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
QAPLIB = SHARED / "bench" / "qaplib"
STEINLIB = SHARED / "bench" / "steinlib"
needs_shared = pytest.mark.skipif(
    not SHARED.is_dir(), reason=f"benchmark instances not available ({SHARED} is absent)"
)


def _rows(path: Path) -> dict[str, dict[str, str]]:
    with path.open(newline="") as fh:
        return {row["instance"].lower(): row for row in csv.DictReader(fh)}


@needs_shared
def test_every_qaplib_instance_scores_its_solution() -> None:
    """The .sln permutation re-scores to its stated value (tho30 uses the inverse convention)."""
    table = _rows(QAPLIB / "bks.csv")
    dats = sorted(QAPLIB.glob("*.dat"))
    assert dats
    for dat in dats:
        inst = read_qaplib(dat)
        sol = read_qaplib_solution(dat.with_suffix(".sln"))
        assert inst.n == sol.n == int(table[inst.name]["n"])
        assert sol.cost == float(table[inst.name]["best_known"])
        direct = qap_cost(inst.a, inst.b, sol.permutation)
        inverse = qap_cost(inst.a, inst.b, np.argsort(sol.permutation))
        assert sol.cost in (direct, inverse), inst.name


@needs_shared
def test_every_steinlib_instance_matches_table() -> None:
    table = _rows(STEINLIB / "opt.csv")
    stps = sorted(STEINLIB.glob("*.stp"))
    assert stps
    for stp in stps:
        inst = read_steinlib(stp)
        row = table[stp.stem.lower()]
        assert inst.n_nodes == int(row["nodes"])
        assert inst.n_edges == int(row["edges"])
        assert inst.terminals.size == int(row["terminals"])
        assert inst.u.min() >= 0 and max(inst.u.max(), inst.v.max()) < inst.n_nodes
        assert inst.name.lower() == stp.stem.lower()


def test_qaplib_any_line_layout(tmp_path: Path) -> None:
    a = np.arange(9).reshape(3, 3)
    b = np.arange(9, 18).reshape(3, 3)
    text = "  3\r\n\r\n" + " ".join(map(str, a.ravel())) + "\n\t" + "\n".join(map(str, b.ravel()))
    path = tmp_path / "odd3.dat"
    path.write_text(text)
    inst = read_qaplib(path)
    assert inst.name == "odd3" and inst.n == 3
    np.testing.assert_array_equal(inst.flow, a)
    np.testing.assert_array_equal(inst.dist, b)


def test_qaplib_rejects_truncated(tmp_path: Path) -> None:
    path = tmp_path / "bad.dat"
    path.write_text("3\n1 2 3\n4 5 6\n")
    with pytest.raises(FormatError):
        read_qaplib(path)


def test_qaplib_solution_wrapped_and_commas(tmp_path: Path) -> None:
    path = tmp_path / "x.sln"
    path.write_text("4   17\n 2, 4,\n 1, 3\n")
    sol = read_qaplib_solution(path)
    assert sol.cost == 17
    assert sol.permutation.tolist() == [1, 3, 0, 2]


def test_steinlib_tolerant_layout(tmp_path: Path) -> None:
    text = """33d32945 stp file, stp format version 1.0
section comment
name "tiny one"
end

SECTION Graph
Nodes 4
Edges 3
E 1 2 5
e   2 3   2.5
E 3 4 1   # trailing comment
END

SECTION Coordinates
DD 1 0 0
END

Section Terminals
Terminals 2
T 1
T 4
END
EOF
"""
    path = tmp_path / "tiny.stp"
    path.write_text(text.replace("\n", "\r\n"))
    inst = read_steinlib(path)
    assert inst.name == "tiny one"
    assert inst.n_nodes == 4 and inst.n_edges == 3
    assert inst.u.tolist() == [0, 1, 2] and inst.v.tolist() == [1, 2, 3]
    assert inst.w.tolist() == [5.0, 2.5, 1.0]
    assert inst.terminals.tolist() == [0, 3]


def test_steinlib_rejects_wrong_edge_count(tmp_path: Path) -> None:
    path = tmp_path / "bad.stp"
    path.write_text(
        "33D32945 STP File\nSECTION Graph\nNodes 2\nEdges 2\nE 1 2 1\nEND\n"
        "SECTION Terminals\nT 1\nEND\nEOF\n"
    )
    with pytest.raises(FormatError):
        read_steinlib(path)
