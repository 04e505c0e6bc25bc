"""Shared run control for the optimisers: time budget, seed, progress and cancellation.

The solvers run in a worker thread of the desktop app. The GUI needs three things from them:
a bounded run time, a way to stop early (the user presses *Cancel*), and a progress signal for
a progress bar. None of this may depend on Qt, so it lives here as a tiny plain-Python type that
the GUI layer adapts (e.g. it connects ``on_progress`` to a signal and calls ``cancel()`` from a
button).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

ProgressCallback = Callable[[float, float], None]
"""``progress(fraction, best_cost)``: ``fraction`` in [0, 1], ``best_cost`` the incumbent."""

DEFAULT_PROGRESS_INTERVAL = 0.1
"""Seconds between progress reports; throttled so a fast solver cannot flood a GUI event loop."""


@dataclass
class SolveControl:
    """Budget and callbacks for one solver run.

    ``seconds`` and ``seed`` are defaults that a solver's own keyword arguments override, so
    a GUI can hand the same control object to several solvers. Cancellation is backed by a
    :class:`threading.Event` so it is safe to trigger from another thread.
    """

    seconds: float | None = None
    seed: int | None = None
    on_progress: ProgressCallback | None = None
    cancel_event: threading.Event = field(default_factory=threading.Event)
    progress_interval: float = DEFAULT_PROGRESS_INTERVAL

    def cancel(self) -> None:
        """Ask the running solver to stop; it returns its best solution so far."""
        self.cancel_event.set()

    def should_stop(self) -> bool:
        """True once :meth:`cancel` was called (solvers poll this between iterations)."""
        return self.cancel_event.is_set()


class RunClock:
    """Solver-side view of a :class:`SolveControl`: deadline, cancel polling, throttled progress.

    Kept separate from :class:`SolveControl` so the user-facing object stays a plain record and
    every solver measures time and throttles reports the same way.
    """

    def __init__(
        self,
        seconds: float,
        control: SolveControl | None,
        max_iterations: int | None = None,
    ) -> None:
        self.start = time.perf_counter()
        self.seconds = max(0.0, float(seconds))
        self.deadline = self.start + self.seconds
        self.control = control
        self.max_iterations = max_iterations
        self._interval = control.progress_interval if control is not None else 0.0
        self._next_report = self.start

    def elapsed(self) -> float:
        """Seconds since the run started."""
        return time.perf_counter() - self.start

    def stop(self, iteration: int = 0) -> bool:
        """True when the time or iteration budget is spent or the user cancelled."""
        if self.max_iterations is not None and iteration >= self.max_iterations:
            return True
        if self.control is not None and self.control.should_stop():
            return True
        return time.perf_counter() >= self.deadline

    def fraction(self, iteration: int = 0) -> float:
        """Share of the budget used: the larger of the time and iteration shares."""
        frac = self.elapsed() / self.seconds if self.seconds > 0 else 1.0
        if self.max_iterations:
            frac = max(frac, iteration / self.max_iterations)
        return min(1.0, max(0.0, frac))

    def report(self, best_cost: float, iteration: int = 0, *, final: bool = False) -> None:
        """Send a progress report, at most every ``progress_interval`` s (always when final)."""
        if self.control is None or self.control.on_progress is None:
            return
        now = time.perf_counter()
        if not final and now < self._next_report:
            return
        self._next_report = now + self._interval
        fraction = 1.0 if final else self.fraction(iteration)
        self.control.on_progress(fraction, float(best_cost))


def resolve_budget(
    seconds: float | None,
    seed: int | None,
    control: SolveControl | None,
    default_seconds: float,
) -> tuple[float, int]:
    """Pick the effective time limit and seed: explicit argument, then control, then default."""
    if seconds is None:
        seconds = control.seconds if control is not None and control.seconds is not None else None
    if seconds is None:
        seconds = default_seconds
    if seed is None:
        seed = control.seed if control is not None and control.seed is not None else 0
    if seconds < 0:
        raise ValueError(f"time limit must be >= 0 s, got {seconds}")
    return float(seconds), int(seed)
