"""Per-mu (亩均) grades of firms: a table sorted by grade (docs/indicators.md §6).

The table only shows what :func:`ecopark.indicators.permu.grade_firms` computes; double-clicking
a firm selects it on the map. The map's grade mode (:mod:`ecopark.ui.canvas.grade_layer`)
colours the same grades.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ecopark.indicators.permu import FirmGrade, grade_firms, scheme
from ecopark.ui.canvas.grade_layer import GRADE_COLOURS
from ecopark.ui.docks.binding import DocumentDock
from ecopark.ui.docks.table_kit import new_table
from ecopark.ui.document import ProjectDocument
from ecopark.ui.i18n import arg, current_language
from ecopark.ui.i18n import unit as unit_word

MEASURES = ("iav_per_mu", "tax_per_mu", "energy_per_mu", "emission_per_mu", "labour_productivity")


def _num(value: float | None) -> str:
    return "—" if value is None else f"{value:,.1f}"


class GradesDock(DocumentDock):
    grades_changed = Signal(object)
    """dict firm_id -> grade (A-D) of the current scenario, after every refresh."""

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Per-mu grades"))
        self.setObjectName("grades_dock")
        self.setToolTip(
            self.tr(
                "Firms graded A-D by the percentile of a weighted score of IAV, tax, energy and "
                "emissions per mu and labour productivity (weights and cut-offs are editable data)"
            )
        )
        page = QWidget()
        layout = QVBoxLayout(page)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        measures, _ = scheme()
        zh = current_language() == "zh_CN"
        heads = [self.tr("Grade"), self.tr("Firm"), self.tr("Score")] + [
            f"{m.name_zh if zh else m.name_en} ({unit_word(m.unit).replace('10^4', '10⁴')})"
            for m in measures
        ] + [self.tr("Note")]  # fmt: skip
        self.table = new_table(heads)
        self.table.cellDoubleClicked.connect(self._select_firm)
        layout.addWidget(self.table, 1)
        self.setWidget(page)
        self.grades: tuple[FirmGrade, ...] = ()
        self.feeds_map = False
        """The map's grade mode is on: keep grading while the dock is hidden."""
        self._stale = True
        """The document changed while the dock was hidden and nothing was graded."""
        self.set_document(document)

    def bind(self, document: ProjectDocument) -> None:
        self.listen(document.changed, self.schedule_refresh)
        self.listen(document.scenario_switched, self.schedule_refresh)

    def schedule_refresh(self, *_: object) -> None:
        if self.isVisible() or self.feeds_map:
            super().schedule_refresh()

    def refresh(self) -> None:
        self._refresh_timer.stop()
        if not (self.isVisible() or self.feeds_map):
            # Graded when shown: the dock is hidden by default, and filling its table for a
            # district of 70,000 firms took 3 s and some 150 MB at every opening.
            self._stale = True
            return
        self._stale = False
        doc = self.document
        if doc.scenario_id not in doc.park.scenarios:
            return
        self.grades = grade_firms(doc.park, doc.scenario_id)
        counts = {g: sum(1 for f in self.grades if f.grade == g) for g in "ABCD"}
        self.summary.setText(
            arg(
                self.tr("A %1 · B %2 · C %3 · D %4 · not graded (no plot area) %5"),
                counts["A"],
                counts["B"],
                counts["C"],
                counts["D"],
                sum(1 for f in self.grades if f.grade is None),
            )  # fmt: skip
        )
        self.table.setRowCount(len(self.grades))
        measures, _ = scheme(doc.park.settings)
        zh = current_language() == "zh_CN"
        names = {m.key: m.name_zh if zh else m.name_en for m in measures}
        for r, g in enumerate(self.grades):
            grade = arg(self.tr("grade %1"), g.grade) if g.grade else "—"
            cells = [grade, g.name or g.firm_id, _num(g.composite)]
            cells += [_num(g.values.get(m)) for m in MEASURES]
            missing = [names[k] for k in MEASURES if g.grade and g.values.get(k) is None]
            if g.grade is None:
                cells.append(self.tr("no plot area: not graded"))
            else:
                cells.append(
                    arg(self.tr("not recorded (scores 0): %1"), ", ".join(missing))
                    if missing
                    else ""
                )
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 0 and g.grade:
                    item.setBackground(QBrush(QColor(GRADE_COLOURS[g.grade])))
                    item.setForeground(QBrush(QColor("#ffffff")))
                if c == 1:
                    item.setData(Qt.ItemDataRole.UserRole, g.firm_id)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.grades_changed.emit({g.firm_id: g.grade for g in self.grades if g.grade})

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _select_firm(self, row: int, _column: int) -> None:
        item = self.table.item(row, 1)
        if item is not None:
            self.document.set_selection([("firms", str(item.data(Qt.ItemDataRole.UserRole)))])
