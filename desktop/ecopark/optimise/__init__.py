"""Optimisation solvers for park planning (no Qt, no dependency on the park model).

- :func:`solve_qap`: place firms on plots (quadratic assignment, robust tabu search).
- :func:`solve_steiner`: route a shared pipe network (Steiner tree in graphs).
- :class:`SolveControl`: time budget, seed, progress callback and cancellation for both.
"""

from .progress import SolveControl
from .qap import QapResult, qap_cost, solve_qap, solve_qap_exact
from .steiner import SteinerResult, solve_steiner, solve_steiner_nx

__all__ = [
    "QapResult",
    "SolveControl",
    "SteinerResult",
    "qap_cost",
    "solve_qap",
    "solve_qap_exact",
    "solve_steiner",
    "solve_steiner_nx",
]
