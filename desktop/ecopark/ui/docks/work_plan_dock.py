"""The Work plan dock: the key projects (grouped objects with owner, years, investment and
subsidy rate) and the safeguard texts of the work plan (issue 17; docs/work-plan.md).

Thin: every edit is a command of :mod:`ecopark.projects.commands` pushed on the document, so it
undoes like any other edit and is saved with the project; the figures come from the core
(:func:`ecopark.projects.pricing.price_projects`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ecopark.export.labels import pick, unit_in
from ecopark.export.workbook_projects import HISTORY_QUANTITIES
from ecopark.model import EcoParkError
from ecopark.numbers import format_plain
from ecopark.projects import Project, ProjectError, projects_of, words
from ecopark.projects.commands import (
    EditProject,
    RemoveProjects,
    ReplaceAllProjects,
    SetHistoryValue,
    SetSafeguardText,
)
from ecopark.projects.model import (
    HISTORY_SETTING,
    PARK_COMMITTEE,
    SAFEGUARD_TOPICS,
    SAFEGUARDS_SETTING,
)
from ecopark.projects.plan import joint_totals
from ecopark.projects.pricing import price_projects
from ecopark.projects.propose import propose_projects
from ecopark.ui.docks.binding import DocumentDock
from ecopark.ui.document import ProjectDocument
from ecopark.ui.i18n import current_language

PLAN_FIGURES_DELAY_MS = 300
"""The plan's joint figures are computed this long after the last edit (one benefit run)."""
COLUMNS = ("id", "name", "kind", "owner", "start", "completion", "investment", "rate", "members")
EDITABLE = {1: "name", 4: "start_year", 5: "completion_year", 6: "investment", 7: "rate"}


class WorkPlanDock(DocumentDock):
    def __init__(
        self,
        document: ProjectDocument,
        engine_of: Callable[[], Any] | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Work plan"))
        self.setObjectName("work_plan_dock")
        self.setToolTip(
            self.tr(
                "Key projects of the work plan (objects grouped, owner, years, investment, "
                "subsidy rate), safeguard measures and the baseline history"
            )
        )
        self._engine_of = engine_of or (lambda: None)
        self._filling = False
        tabs = QTabWidget()
        # ----- projects
        page = QWidget()
        layout = QVBoxLayout(page)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.plan_figures = QLabel()
        self.plan_figures.setObjectName("work_plan_joint_totals")
        self.plan_figures.setWordWrap(True)
        self.plan_figures.setToolTip(
            self.tr(
                "Each project's benefit is the plan with it minus without it, so two projects "
                "can claim the same saving: the plan's figures come from one run without all "
                "the projects, never from the sum of the projects"
            )
        )
        layout.addWidget(self.plan_figures)
        # the joint run takes a moment on a large park: once a burst of edits has settled
        self._plan_timer = QTimer(self)
        self._plan_timer.setSingleShot(True)
        self._plan_timer.setInterval(PLAN_FIGURES_DELAY_MS)
        self._plan_timer.timeout.connect(self._show_plan_figures)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Id"),
                self.tr("Project"),
                self.tr("Type"),
                self.tr("Owner"),
                self.tr("Start year"),
                self.tr("Completion year"),
                self.tr("Investment (10⁴ RMB)"),
                self.tr("Subsidy rate %"),
                self.tr("Objects"),
            ]
        )
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setColumnWidth(1, 320)  # names are long ("MP steam pipeline, 临港, 3.2 km")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.itemChanged.connect(self._item_changed)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.propose_button = QPushButton(self.tr("Propose projects"))
        self.propose_button.setToolTip(
            self.tr(
                "Replace the projects by the automatic proposal: runs of new pipe, planned "
                "facilities, boiler replacements, symbiosis links (undoable)"
            )
        )
        self.propose_button.clicked.connect(self.propose)
        buttons.addWidget(self.propose_button)
        self.remove_button = QPushButton(self.tr("Remove project"))
        self.remove_button.clicked.connect(self.remove_selected)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        tabs.addTab(page, self.tr("Key projects"))
        # ----- safeguards
        safe = QWidget()
        s_layout = QVBoxLayout(safe)
        self.topic_combo = QComboBox()
        for topic in SAFEGUARD_TOPICS:
            self.topic_combo.addItem(words.word(f"safeguard.{topic}", current_language()), topic)
        self.topic_combo.currentIndexChanged.connect(self._show_topic)
        s_layout.addWidget(self.topic_combo)
        self.safeguard_text = QPlainTextEdit()
        self.safeguard_text.setPlaceholderText(
            self.tr("Organisation, policy, funding or monitoring measures, as printed in the plan")
        )
        s_layout.addWidget(self.safeguard_text, 1)
        self.apply_text_button = QPushButton(self.tr("Apply text"))
        self.apply_text_button.clicked.connect(self.apply_text)
        s_layout.addWidget(self.apply_text_button, 0, Qt.AlignmentFlag.AlignRight)
        tabs.addTab(safe, self.tr("Safeguard measures"))
        # ----- baseline history (park-level quantities of the three years before the baseline)
        hist = QWidget()
        h_layout = QVBoxLayout(hist)
        self.history_table = QTableWidget(len(HISTORY_QUANTITIES), 4)
        self.history_table.verticalHeader().hide()
        self.history_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.history_table.itemChanged.connect(self._history_changed)
        h_layout.addWidget(self.history_table, 1)
        note = QLabel(self.tr("Park-level figures of the three years before the baseline year"))
        note.setWordWrap(True)
        h_layout.addWidget(note)
        tabs.addTab(hist, self.tr("Baseline history"))
        self.tabs = tabs
        self.setWidget(tabs)

    # ----- document ------------------------------------------------------------------------
    def bind(self, document: ProjectDocument) -> None:
        self.listen(document.changed, self.schedule_refresh)
        self.listen(document.scenario_switched, self.schedule_refresh)

    def _result(self) -> Any:
        engine = self._engine_of()
        if engine is None:
            return None
        try:
            return engine.result(self.document.scenario_id)
        except EcoParkError:
            return None

    def showEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self.schedule_refresh()

    def refresh(self) -> None:
        if not self.isVisible():
            return  # pricing runs when the planner looks (showEvent), not on every edit
        park, sid = self.document.park, self.document.scenario_id
        lang = current_language()
        try:
            projects = projects_of(park)
            prices = price_projects(park, sid, projects, self._result()) if sid else {}
        except EcoParkError as exc:
            self.message.setText(str(exc))
            projects, prices = [], {}
        firms = park.scenario(sid).firms if sid in park.scenarios else {}
        self._filling = True
        self.table.setRowCount(len(projects))
        total = 0.0
        for r, p in enumerate(projects):
            price = prices.get(p.project_id)
            inv = price.investment_10k_rmb if price else p.investment_10k_rmb or 0.0
            rate = price.subsidy_rate if price else p.subsidy_rate or 0.0
            total += inv
            owner = (
                words.word("owner.park_committee", lang)
                if p.owner == PARK_COMMITTEE
                else getattr(firms.get(p.owner), "name", "") or p.owner
            )
            values = [p.project_id, p.name, words.word(f"kind.{p.kind}", lang), owner,
                      str(p.start_year), str(p.completion_year), f"{inv:,.1f}",
                      f"{100 * rate:.1f}", str(len(p.members))]  # fmt: skip
            for c, text in enumerate(values):
                item = QTableWidgetItem(text)
                if c not in EDITABLE:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if c == 6 and price is not None and price.from_cost_table:
                    item.setToolTip(self.tr("From the cost table; type a figure to override"))
                self.table.setItem(r, c, item)
        self._fill_history()
        self._filling = False
        self.heading.setText(
            self.tr("%n project(s), investment %1 (10⁴ RMB)", "", len(projects)).replace(
                "%1", f"{total:,.1f}"
            )
        )
        self._plan_timer.start()
        self._show_topic()

    def _show_plan_figures(self) -> None:
        if not self.isVisible():
            return
        try:
            projects = projects_of(self.document.park)
        except EcoParkError as exc:
            self.plan_figures.setText(str(exc))
            return
        self.plan_figures.setText(self._plan_text(projects))

    def _plan_text(self, projects: list[Project]) -> str:
        """The plan's savings, NPV and payback, computed jointly (ecopark.projects.plan)."""
        park, sid = self.document.park, self.document.scenario_id
        if not projects or not sid:
            return ""
        try:
            t = joint_totals(park, sid, projects, self._result())
        except EcoParkError as exc:
            return str(exc)
        payback = (
            self.tr("%1 years").replace("%1", f"{t.payback_years:,.1f}")
            if t.payback_years is not None
            else self.tr("no payback")
        )
        return (
            self.tr(
                "Plan, all projects together (computed jointly, not the sum of the projects): "
                "savings %1 (10⁴ RMB/a), NPV %2 (10⁴ RMB), payback %3"
            )
            .replace("%1", f"{t.annual_savings_10k_rmb:,.1f}")
            .replace("%2", f"{t.npv_10k_rmb:,.1f}")
            .replace("%3", payback)
        )

    # ----- edits -------------------------------------------------------------------------
    def _push(self, command: Any) -> None:
        self.message.setText("")
        self.document.push(command)

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() not in EDITABLE:
            return
        projects = projects_of(self.document.park)
        if item.row() >= len(projects):
            return
        p = projects[item.row()]
        text = item.text().strip().replace(",", "")
        field = EDITABLE[item.column()]
        try:
            changed: Project
            if field == "name":
                changed = p.with_changes(name=text)
            elif field in ("start_year", "completion_year"):
                changed = p.with_changes(**{field: int(text)})
            elif field == "investment":
                changed = p.with_changes(investment_10k_rmb=float(text) if text else None)
            else:
                changed = p.with_changes(subsidy_rate=float(text) / 100.0 if text else None)
            self._push(EditProject(self.document.park, changed))
        except (ValueError, ProjectError) as exc:
            self.message.setText(self.tr("Not changed: %1").replace("%1", str(exc)))
            self.schedule_refresh()

    def propose(self) -> None:
        park, sid = self.document.park, self.document.scenario_id
        try:
            proposal = propose_projects(park, sid, language=current_language(),
                                        result=self._result())  # fmt: skip
        except EcoParkError as exc:
            self.message.setText(str(exc))
            return
        self._push(ReplaceAllProjects(proposal, text="Propose projects"))

    def remove_selected(self) -> None:
        projects = projects_of(self.document.park)
        rows = sorted({i.row() for i in self.table.selectedItems()})
        ids = [projects[r].project_id for r in rows if r < len(projects)]
        if ids:
            self._push(RemoveProjects(self.document.park, ids))

    def history_years(self) -> list[int]:
        base = self.document.park.baseline()
        year = base.info.year if base is not None else self.document.scenario.info.year
        return [year - 3, year - 2, year - 1]

    def _fill_history(self) -> None:
        years = self.history_years()
        lang = "zh" if current_language() == "zh" else "en"
        raw = self.document.park.settings.get(HISTORY_SETTING) or {}
        self.history_table.setHorizontalHeaderLabels([self.tr("Quantity"), *map(str, years)])
        for r, (key, (label, unit)) in enumerate(HISTORY_QUANTITIES.items()):
            name = QTableWidgetItem(f"{pick(label, lang)} {unit_in(unit, lang)}".strip())
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            name.setData(Qt.ItemDataRole.UserRole, key)
            self.history_table.setItem(r, 0, name)
            for c, year in enumerate(years, start=1):
                value = (raw.get(str(year)) or {}).get(key)
                self.history_table.setItem(
                    r,
                    c,
                    QTableWidgetItem("" if value is None else format_plain(value, grouped=False)),
                )

    def _history_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() == 0:
            return
        label = self.history_table.item(item.row(), 0)
        if label is None:
            return
        key = str(label.data(Qt.ItemDataRole.UserRole))
        year = self.history_years()[item.column() - 1]
        text = item.text().strip().replace(",", "")
        try:
            value = float(text) if text else None
        except ValueError:
            self.message.setText(self.tr("Not changed: %1").replace("%1", text))
            self.schedule_refresh()
            return
        self._push(SetHistoryValue(self.document.park, year, key, value))

    def _show_topic(self, *_: object) -> None:
        topic = self.topic_combo.currentData()
        texts = self.document.park.settings.get(SAFEGUARDS_SETTING) or {}
        self.safeguard_text.setPlainText(str(texts.get(topic, "")))

    def apply_text(self) -> None:
        topic = str(self.topic_combo.currentData())
        self._push(SetSafeguardText(self.document.park, topic, self.safeguard_text.toPlainText()))
