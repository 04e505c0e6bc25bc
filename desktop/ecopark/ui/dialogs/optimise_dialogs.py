"""Optimise > Optimise placement… and Optimise > Route pipelines…

Both dialogs collect the options, then run the Qt-free optimiser
(:mod:`ecopark.optimise.placement`, :mod:`ecopark.optimise.routing`) in a worker thread with a
progress bar and a Cancel button; Cancel stops the solver, which returns its best result so far.
The result is a *proposal*: a before/after table measured on a scratch copy of the park
(:mod:`ecopark.optimise.scratch`), which the planner accepts (one undo step on the document) or
discards (nothing changes). The open park is never touched by the worker: it gets a clone made
when Run is pressed. :func:`install_optimise_actions` adds the menu entries to a main window.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ecopark.commands import Command
from ecopark.model import MEDIA, MEDIUM_FIELDS, EcoParkError
from ecopark.numbers import format_plain
from ecopark.optimise.bounds import gap_to_bound, gilmore_lawler_bound
from ecopark.optimise.placement import (
    PlacementProposal,
    PlacementWeights,
    build_placement_problem,
    firms_in_zone,
    solve_placement,
)
from ecopark.optimise.progress import SolveControl
from ecopark.optimise.routing import (
    DEFAULT_DIAMETER_MM,
    RoutingProposal,
    build_corridor_graph,
    route_pipelines,
)
from ecopark.optimise.scratch import Figures, before_after, clone_park
from ecopark.ui.document import ProjectDocument
from ecopark.ui.i18n import arg, term

log = logging.getLogger(__name__)

DEFAULT_SECONDS = 5.0

Proposal = PlacementProposal | RoutingProposal


@dataclass(frozen=True)
class Outcome:
    """What a run hands back to the dialog: the proposal and the figures before and after."""

    proposal: Proposal
    before: Figures
    after: Figures

    @property
    def changes(self) -> bool:
        if isinstance(self.proposal, PlacementProposal):
            return bool(self.proposal.moves)
        return bool(self.proposal.pipelines)

    @property
    def change_count(self) -> int:
        """Firms moved or pipes added (the undo history names the step by it)."""
        if isinstance(self.proposal, PlacementProposal):
            return len(self.proposal.moves)
        return len(self.proposal.pipelines)


Job = Callable[[SolveControl], Outcome]


class SolveWorker(QObject):
    """Runs one optimiser job in a worker thread and reports through signals.

    ``progress(fraction, best_cost)`` comes from the solver's throttled callback, so the GUI
    event loop is never flooded. ``finished(outcome)`` or ``failed(message)`` ends the run.
    """

    progress = Signal(float, float)
    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, job: Job, control: SolveControl):
        super().__init__()
        self.job = job
        self.control = control
        control.on_progress = self._report

    def _report(self, fraction: float, best: float) -> None:
        self.progress.emit(float(fraction), float(best))

    @Slot()
    def run(self) -> None:
        try:
            outcome = self.job(self.control)
        except EcoParkError as exc:
            self.failed.emit(str(exc))
        except Exception as exc:  # noqa: BLE001 - shown to the planner, logged in full
            log.exception("optimiser failed")
            self.failed.emit(f"the optimiser stopped on an unexpected error: {exc}")
        else:
            self.finished.emit(outcome)
        finally:
            # back to the GUI thread, whose event loop outlives this one: the dialog deletes
            # the worker there (a QObject left on a finished thread is never deleted)
            app = QCoreApplication.instance()
            if app is not None:
                self.moveToThread(app.thread())


class OptimiseDialog(QDialog):
    """Shared frame: options form, Run/Cancel, progress bar, before/after table, Accept/Discard.

    Subclasses fill :attr:`form` and implement :meth:`make_job` and :meth:`rows`.
    """

    started = Signal()
    progressed = Signal(float)
    run_finished = Signal(object)
    """The run ended with an :class:`Outcome` (also after Cancel: best result so far). Named
    apart from QDialog.finished(int), which reports the dialog closing."""
    run_failed = Signal(str)

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.scenario_id = document.scenario_id
        self.outcome: Outcome | None = None
        self.control: SolveControl | None = None
        self._thread: QThread | None = None
        self._worker: SolveWorker | None = None
        self._result: Outcome | None = None
        self._error: str | None = None
        self.lower_bound: float | None = None
        """Lower bound of the objective for the run (set by :meth:`make_job` where known)."""

        self.form = QFormLayout()
        self.seconds = QDoubleSpinBox()
        self.seconds.setRange(0.1, 600.0)
        self.seconds.setDecimals(1)
        self.seconds.setValue(DEFAULT_SECONDS)
        self.seconds.setSuffix(" s")
        self.seconds.setToolTip(self.tr("Time limit: the best result found by then is proposed"))
        self.seed = QSpinBox()
        self.seed.setRange(0, 1_000_000)
        self.seed.setToolTip(self.tr("Same seed and options give the same proposal"))

        self.run_button = QPushButton(self.tr("Run"))
        self.run_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.status = QLabel(self.tr("Choose the options and press Run."))
        self.status.setWordWrap(True)
        self.best = QLabel()
        self.best.setToolTip(self.tr("What the solver minimises, rule-breach penalties included"))
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Figure"), self.tr("Before"), self.tr("After")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.accept_button = QPushButton(self.tr("Accept"))
        self.accept_button.setToolTip(self.tr("Apply the proposal as one step (Ctrl+Z undoes it)"))
        self.accept_button.setEnabled(False)
        self.discard_button = QPushButton(self.tr("Discard"))
        self.discard_button.setToolTip(self.tr("Close without changing the park"))

        run_row = QHBoxLayout()
        run_row.addWidget(self.progress, 1)
        run_row.addWidget(self.run_button)
        run_row.addWidget(self.cancel_button)
        end_row = QHBoxLayout()
        end_row.addStretch(1)
        end_row.addWidget(self.accept_button)
        end_row.addWidget(self.discard_button)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addLayout(run_row)
        layout.addWidget(self.status)
        layout.addWidget(self.best)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.notes)
        layout.addLayout(end_row)

        self.run_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.accept_button.clicked.connect(self.accept_proposal)
        self.discard_button.clicked.connect(self.discard)
        self.resize(620, 640)

    # ----- to implement
    def make_job(self) -> Job:
        """Read the options (UI thread) and return the job for the worker; raise
        EcoParkError with a planner-readable message if the options cannot work."""
        raise NotImplementedError

    def rows(self, outcome: Outcome) -> list[tuple[str, str, str]]:
        raise NotImplementedError

    def details(self, outcome: Outcome) -> list[str]:
        """Lines under the table (what changes, in words)."""
        return []

    # ----- running
    @property
    def running(self) -> bool:
        return self._thread is not None

    def start(self) -> None:
        if self.running:
            return
        try:
            job = self.make_job()
        except EcoParkError as exc:
            self._show_failure(str(exc))
            return
        self.outcome = None
        self._result = None
        self._error = None
        self.table.setRowCount(0)
        self.notes.clear()
        self.best.clear()
        self.accept_button.setEnabled(False)
        self.control = SolveControl(seconds=self.seconds.value(), seed=self.seed.value())
        thread = QThread(self)
        worker = SolveWorker(job, self.control)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.progress.connect(self._on_progress)
        worker.finished.connect(self._on_worker_finished)
        worker.failed.connect(self._on_worker_failed)
        thread.finished.connect(self._on_thread_finished)
        self._thread, self._worker = thread, worker
        self.progress.setValue(0)
        self.run_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.status.setText(self.tr("Optimising…"))
        thread.start()
        self.started.emit()

    def cancel(self) -> None:
        """Stop the run; the solver hands back its best result so far."""
        if self.control is not None and self.running:
            self.control.cancel()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Stopping: keeping the best result found so far…"))

    @Slot(float, float)
    def _on_progress(self, fraction: float, best: float) -> None:
        self.progress.setValue(int(round(1000 * max(0.0, min(1.0, fraction)))))
        self.best.setText(self.best_text(best))
        self.progressed.emit(fraction)

    def best_text(self, best: float) -> str:
        """"Best so far", with how far above the lower bound it is at most (where known)."""
        if not math.isfinite(best):
            return ""
        text = self.tr("Best objective so far: %1").replace("%1", _num(best))
        gap = None if self.lower_bound is None else gap_to_bound(best, self.lower_bound)
        if gap is not None and self.lower_bound is not None:
            text += " · " + self.tr("at most %1 above the lower bound %2").replace(
                "%1", _pct(gap)
            ).replace("%2", _num(self.lower_bound))
        return text

    @Slot(object)
    def _on_worker_finished(self, outcome: Outcome) -> None:
        self._result = outcome
        if self._thread is not None:
            self._thread.quit()

    @Slot(str)
    def _on_worker_failed(self, message: str) -> None:
        self._error = message
        if self._thread is not None:
            self._thread.quit()

    @Slot()
    def _on_thread_finished(self) -> None:
        """The worker thread has ended: show the outcome (only now, so that a listener of
        :attr:`run_finished` can rely on no thread running any more)."""
        thread, worker = self._thread, self._worker
        self._thread = self._worker = None
        if thread is not None:
            thread.wait()
            thread.deleteLater()
        if worker is not None:
            worker.control.on_progress = None  # the control must not keep the worker alive
            worker.deleteLater()
        self.run_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        if self._result is not None:
            self._show_outcome(self._result)
        else:
            self._show_failure(self._error or self.tr("The optimiser stopped without a result."))

    def _show_outcome(self, outcome: Outcome) -> None:
        self.outcome = outcome
        self.progress.setValue(1000)
        rows = self.rows(outcome)
        self.table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, text in enumerate(values):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(r, c, item)
        cancelled = bool(getattr(outcome.proposal, "cancelled", False))
        if not outcome.changes:
            text = self.tr("Nothing to change: the current layout is already the best found.")
        elif cancelled:
            text = self.tr("Stopped early: this is the best result found so far.")
        else:
            text = self.tr("Proposal ready: accept it as one undoable step, or discard it.")
        self.status.setText(text)
        self.notes.setText("\n".join([*self.details(outcome), *outcome.proposal.notes]))
        self.accept_button.setEnabled(outcome.changes)
        self.run_finished.emit(outcome)

    def _show_failure(self, message: str) -> None:
        self.progress.setValue(0)
        self.status.setText(message)
        self.run_failed.emit(message)

    # ----- ending
    def proposal_command(self, outcome: Outcome) -> Command:
        return outcome.proposal.command(self.document.park, self.scenario_id)

    def accept_proposal(self) -> None:
        """Apply the proposal to the open park as one undo step, then close."""
        if self.outcome is None or not self.outcome.changes:
            return
        try:
            command = self.proposal_command(self.outcome)
        except EcoParkError as exc:
            self._show_failure(str(exc))
            return
        changes = self.outcome.change_count
        command.text = arg(self.tr("%1: %2 change(s)"), self.windowTitle(), changes)
        if self.document.push(command):
            self.accept()
        else:
            self.status.setText(self.tr("The park refused the change; see the message bar."))

    def discard(self) -> None:
        """Close without changing anything (stops a run first)."""
        self.outcome = None
        self.reject()

    def reject(self) -> None:
        self._stop_and_wait()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self._stop_and_wait()
        super().closeEvent(event)

    def _stop_and_wait(self) -> None:
        if self._thread is not None and self.control is not None:
            self.control.cancel()
            self._thread.quit()
            self._thread.wait()


# ----------------------------------------------------------------------------------- placement


class OptimisePlacementDialog(OptimiseDialog):
    """Place firms on plots: candidate plots (free plots of a zone, or the selected plots),
    the firms to place (selected firms, else firms with exchanges in the zone)."""

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None):
        super().__init__(document, parent)
        self.setWindowTitle(self.tr("Optimise placement"))
        scenario = document.scenario
        selection = document.selection
        self.selected_plots = [oid for layer, oid in selection if layer == "plots"]
        selected_firms = [oid for layer, oid in selection if layer == "firms"]

        self.use_zone = QRadioButton(self.tr("Free plots of zone"))
        self.use_selection = QRadioButton(
            self.tr("Selected plots (%n)", "", len(self.selected_plots))
        )
        self.use_selection.setEnabled(bool(self.selected_plots))
        self.zone = QComboBox()
        for zid in sorted(scenario.zones):
            zone = scenario.zones[zid]
            label = f"{zid} {zone.name} ({term('zone_kind', zone.kind)})"
            self.zone.addItem(label, zid)
        self.firms = QListWidget()
        self.firms.setToolTip(self.tr("Tick the firms to place"))
        self.firms.setMaximumHeight(150)
        for fid in sorted(scenario.firms):
            firm = scenario.firms[fid]
            item = QListWidgetItem(f"{fid} {firm.name} ({term('sector', firm.sector)})")
            item.setData(Qt.ItemDataRole.UserRole, fid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.firms.addItem(item)
        self._firms_from_selection = bool(selected_firms)
        if self.selected_plots:
            self.use_selection.setChecked(True)
        else:
            self.use_zone.setChecked(True)
        self.keep_current = QCheckBox(self.tr("Firms may stay where they are"))
        self.keep_current.setChecked(True)
        self.along_corridors = QCheckBox(self.tr("Distances along corridors"))
        self.along_corridors.setToolTip(
            self.tr("Measure exchanges along roads and pipe racks instead of straight lines")
        )
        self.along_corridors.setEnabled(bool(scenario.layers["corridors"]))

        zone_row = QHBoxLayout()
        zone_row.addWidget(self.use_zone)
        zone_row.addWidget(self.zone, 1)
        self.form.addRow(self.tr("Candidate plots"), zone_row)
        self.form.addRow("", self.use_selection)
        self.form.addRow(self.tr("Firms to place"), self.firms)
        self.form.addRow("", self.keep_current)
        self.form.addRow("", self.along_corridors)
        self.form.addRow(self.tr("Time limit"), self.seconds)
        self.form.addRow(self.tr("Seed"), self.seed)

        if selected_firms:
            self.set_firms(selected_firms)
        self.zone.currentIndexChanged.connect(self._zone_changed)
        self._zone_changed()

    def set_zone(self, zone_id: str) -> None:
        self.zone.setCurrentIndex(max(0, self.zone.findData(zone_id)))
        self.use_zone.setChecked(True)

    def set_firms(self, firm_ids: list[str]) -> None:
        wanted = set(firm_ids)
        for row in range(self.firms.count()):
            item = self.firms.item(row)
            fid = item.data(Qt.ItemDataRole.UserRole)
            item.setCheckState(Qt.CheckState.Checked if fid in wanted else Qt.CheckState.Unchecked)
        ticked = [self.firms.item(r) for r in range(self.firms.count())]
        first = next((i for i in ticked if i.checkState() == Qt.CheckState.Checked), None)
        if first is not None:
            self.firms.scrollToItem(first, QAbstractItemView.ScrollHint.PositionAtTop)

    def chosen_firms(self) -> list[str]:
        return [
            self.firms.item(r).data(Qt.ItemDataRole.UserRole)
            for r in range(self.firms.count())
            if self.firms.item(r).checkState() == Qt.CheckState.Checked
        ]

    def _zone_changed(self, *_: object) -> None:
        """Without selected firms, the zone's firms that take part in exchanges are ticked."""
        zone_id = self.zone.currentData()
        if self._firms_from_selection or zone_id is None:
            return
        self.set_firms(firms_in_zone(self.document.park, self.scenario_id, zone_id))

    def make_job(self) -> Job:
        firms = self.chosen_firms()
        if not firms:
            raise EcoParkError(self.tr("Tick at least one firm to place."))
        by_selection = self.use_selection.isChecked()
        plots = list(self.selected_plots) if by_selection else None
        zone_id = None if by_selection else self.zone.currentData()
        weights = PlacementWeights(
            keep_current=self.keep_current.isChecked(),
            along_corridors=self.along_corridors.isChecked(),
        )
        park = clone_park(self.document.park)
        sid = self.scenario_id
        # Built here, in the UI thread, so that bad input is reported before the run starts.
        problem = build_placement_problem(park, sid, firms, plots, zone_id=zone_id, weights=weights)
        self.lower_bound = gilmore_lawler_bound(problem.flow, problem.dist, problem.linear)

        def job(control: SolveControl) -> Outcome:
            proposal = solve_placement(problem, control)
            before, after = before_after(park, sid, proposal.command(park, sid))
            return Outcome(proposal, before, after)

        return job

    def details(self, outcome: Outcome) -> list[str]:
        p = outcome.proposal
        assert isinstance(p, PlacementProposal)
        if not p.moves:
            return []
        moves = ", ".join(f"{fid} → {plot}" for fid, (_, _, plot) in sorted(p.moves.items()))
        return [self.tr("Moves: %1").replace("%1", moves)]

    def rows(self, outcome: Outcome) -> list[tuple[str, str, str]]:
        p = outcome.proposal
        assert isinstance(p, PlacementProposal)
        b, a = outcome.before, outcome.after
        return [
            (
                self.tr("Σ exchange × distance (t·km/a)"),
                _num(p.flow_distance_before_t_m / 1000.0),
                _num(p.flow_distance_after_t_m / 1000.0),
            ),
            (
                self.tr("Rule breaches: zoning / buffer / plot size"),
                _breaches(p.breaches_before),
                _breaches(p.breaches_after),
            ),
            (self.tr("Firms moved"), "", str(len(p.moves))),
            (self.tr("Space-optimization score"), _num(b.space_score, 2), _num(a.space_score, 2)),
            (self.tr("Coverage, all media"), _pct(b.coverage_combined), _pct(a.coverage_combined)),
            (
                self.tr("Pipe length (m)"),
                _num(b.total_pipe_length_m),
                _num(a.total_pipe_length_m),
            ),
        ]


# ----------------------------------------------------------------------------------- routing


class RoutePipelinesDialog(OptimiseDialog):
    """Route new pipes of one medium along the corridors from its sources to its demands."""

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None):
        super().__init__(document, parent)
        self.setWindowTitle(self.tr("Route pipelines"))
        self.medium = QComboBox()
        for m in MEDIA:
            self.medium.addItem(f"{term('medium', m)} ({MEDIUM_FIELDS[m].unit})", m)
        self.diameter = QDoubleSpinBox()
        self.diameter.setRange(15.0, 2000.0)
        self.diameter.setDecimals(0)
        self.diameter.setSingleStep(50.0)
        self.diameter.setValue(DEFAULT_DIAMETER_MM)
        self.diameter.setPrefix("DN ")
        self.diameter.setSuffix(" mm")
        self.reuse = QCheckBox(self.tr("Reuse the pipes of this medium already drawn"))
        self.reuse.setChecked(True)
        self.seconds.setValue(2.0)
        self.form.addRow(self.tr("Medium"), self.medium)
        self.form.addRow(self.tr("Diameter"), self.diameter)
        self.form.addRow("", self.reuse)
        self.form.addRow(self.tr("Time limit"), self.seconds)
        self.form.addRow(self.tr("Seed"), self.seed)

    def set_medium(self, medium: str) -> None:
        self.medium.setCurrentIndex(max(0, self.medium.findData(medium)))

    def make_job(self) -> Job:
        medium = str(self.medium.currentData())
        diameter = float(self.diameter.value())
        park = clone_park(self.document.park)
        sid = self.scenario_id
        graph = build_corridor_graph(
            park, sid, medium=medium, reuse_existing=self.reuse.isChecked()
        )

        name = arg(self.tr("Routed %1 DN%2"), term("medium", medium), format_plain(diameter))

        def job(control: SolveControl) -> Outcome:
            proposal = route_pipelines(graph, control, diameter_mm=diameter, name=name)
            before, after = before_after(park, sid, proposal.command(park, sid))
            return Outcome(proposal, before, after)

        return job

    def rows(self, outcome: Outcome) -> list[tuple[str, str, str]]:
        p = outcome.proposal
        assert isinstance(p, RoutingProposal)
        b, a = outcome.before, outcome.after
        m = p.medium
        medium = term("medium", m)
        return [
            (self.tr("New pipe length (m)"), "0", _num(p.length_m)),
            (self.tr("Existing pipe reused (m)"), "", _num(p.reused_m)),
            (
                self.tr("Pipe length, %1 (m)").replace("%1", medium),
                _num(b.pipe_length_m.get(m, 0.0)),
                _num(a.pipe_length_m.get(m, 0.0)),
            ),
            (
                self.tr("Coverage, %1").replace("%1", medium),
                _pct(b.coverage.get(m)),
                _pct(a.coverage.get(m)),
            ),
            (self.tr("Coverage, all media"), _pct(b.coverage_combined), _pct(a.coverage_combined)),
            (self.tr("Space-optimization score"), _num(b.space_score, 2), _num(a.space_score, 2)),
            (
                self.tr("Investment (10⁴ RMB), DN %1").replace("%1", format_plain(p.diameter_mm)),
                "",
                _num(p.cost_10k_rmb),
            ),
            (self.tr("Not reached"), "", ", ".join(p.unreached) or "–"),
        ]


def _num(value: float | None, decimals: int = 0) -> str:
    return "–" if value is None else f"{value:,.{decimals}f}"


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{100.0 * value:.1f} %"


def _breaches(counts: dict[str, int]) -> str:
    return f"{counts['zoning']} / {counts['buffer']} / {counts['plot_size']}"


# ----------------------------------------------------------------------------------- menu


def install_optimise_actions(window: Any) -> dict[str, QAction]:
    """Add Optimise > Optimise placement… and Optimise > Route pipelines… to a main window that
    has ``add_action(menu, action)`` and ``document``. Each opens its dialog (modal)."""

    def open_dialog(cls: type[OptimiseDialog]) -> None:
        document = getattr(window, "document", None)
        if document is None or not document.scenario_id:
            return
        dialog = cls(document, window)
        dialog.exec()
        dialog.deleteLater()

    actions = {
        "optimise_placement": QAction(
            QCoreApplication.translate("OptimiseDialogs", "Optimise placement…"), window
        ),
        "route_pipelines": QAction(
            QCoreApplication.translate("OptimiseDialogs", "Route pipelines…"), window
        ),
    }
    actions["optimise_placement"].setToolTip(
        QCoreApplication.translate(
            "OptimiseDialogs",
            "Place firms on free plots to shorten their exchanges, within the zoning rules",
        )
    )
    actions["route_pipelines"].setToolTip(
        QCoreApplication.translate(
            "OptimiseDialogs",
            "Connect the sources and demands of one medium along roads and corridors",
        )
    )
    actions["optimise_placement"].triggered.connect(lambda: open_dialog(OptimisePlacementDialog))
    actions["route_pipelines"].triggered.connect(lambda: open_dialog(RoutePipelinesDialog))
    for action in actions.values():
        window.add_action("Optimise", action)
    return actions


__all__ = [
    "OptimiseDialog",
    "OptimisePlacementDialog",
    "Outcome",
    "RoutePipelinesDialog",
    "SolveWorker",
    "install_optimise_actions",
]
