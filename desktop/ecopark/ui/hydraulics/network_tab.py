"""The indicator panel's "Networks" tab: every solved segment (flow, velocity against its
limit, pressure drop, heat loss) and consumer (pressure and temperature delivered, margin,
condensate), the map mode switch and the pipe-sizing button."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ecopark.hydraulics import HydraulicResult
from ecopark.numbers import format_plain
from ecopark.terms import label
from ecopark.ui import i18n


def _num(x: float | None, digits: int = 3) -> str:
    return "–" if x is None else f"{x:,.{digits}f}"


def _table(headers: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.verticalHeader().setVisible(False)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setAlternatingRowColors(True)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return t


def _cell(text: str, *, right: bool = False, bad: bool = False, tip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if bad:
        item.setForeground(Qt.GlobalColor.red)
    if tip:
        item.setToolTip(tip)
    return item


class NetworkTab(QWidget):
    """Shows a :class:`HydraulicResult`; asks for the map mode and for sizing."""

    mode_changed = Signal(str)
    size_requested = Signal()

    def __init__(self, language: Callable[[], str] = lambda: "en", parent: QWidget | None = None):
        super().__init__(parent)
        self._language = language
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Map colours")))
        self.mode_box = QComboBox()
        for key, text in (
            ("off", self.tr("Off")),
            ("pressure", self.tr("Pressure")),
            ("velocity", self.tr("Velocity against its limit")),
        ):
            self.mode_box.addItem(text, key)
        self.mode_box.setToolTip(
            self.tr(
                "Colour the steam and hot-water pipes by pressure or by velocity, and mark "
                "each consumer with its pressure margin"
            )  # fmt: skip
        )
        self.mode_box.currentIndexChanged.connect(
            lambda _i: self.mode_changed.emit(self.mode_box.currentData())
        )
        row.addWidget(self.mode_box, 1)
        self.size_button = QPushButton(self.tr("Size pipes…"))
        self.size_button.setToolTip(
            self.tr(
                "Propose the smallest standard DN for each pipe that keeps within the "
                "velocity limits and gives every consumer its pressure"
            )  # fmt: skip
        )
        self.size_button.clicked.connect(self.size_requested.emit)
        row.addWidget(self.size_button)
        layout.addLayout(row)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        split = QSplitter(Qt.Orientation.Vertical)
        self.consumer_table = _table([
            self.tr("Consumer"), self.tr("Medium"), self.tr("Needs, MPa"),
            self.tr("Delivered, MPa"), self.tr("Temperature, °C"), self.tr("Margin, MPa"),
            self.tr("Superheat, K"), self.tr("Condensate, t/h"), self.tr("Served"),
        ])  # fmt: skip
        self.segment_table = _table([
            self.tr("Pipeline"), self.tr("Medium"), self.tr("DN"), self.tr("Length, m"),
            self.tr("Flow, t/h"), self.tr("Velocity, m/s"), self.tr("Limit, m/s"),
            self.tr("Pressure drop, MPa"), self.tr("Outlet, MPa"), self.tr("Outlet, °C"),
            self.tr("Heat loss, kW"),
        ])  # fmt: skip
        split.addWidget(self.consumer_table)
        split.addWidget(self.segment_table)
        layout.addWidget(split, 1)
        self.result: HydraulicResult | None = None

    def title(self) -> str:
        return self.tr("Networks")

    def mode(self) -> str:
        return str(self.mode_box.currentData())

    def set_mode(self, mode: str) -> None:
        i = self.mode_box.findData(mode)
        if i >= 0:
            self.mode_box.setCurrentIndex(i)

    def show_result(self, result: HydraulicResult | None, error: str = "") -> None:
        self.result = result
        ct, st = self.consumer_table, self.segment_table
        ct.setRowCount(0)
        st.setRowCount(0)
        if result is None:
            template = self.tr("The networks could not be solved: %1")
            self.summary.setText(i18n.arg(template, error) if error else "")
            return
        lang = self._language()
        consumers = [(n, c) for n in result.networks for c in n.consumers]
        segments = [(n, s) for n in result.networks for s in n.segments]
        short = sum(1 for _, c in consumers if not c.served)
        text = self.tr("%n network(s) solved", "", len(result.networks))
        served = self.tr("%1 of %2 consumers physically served")
        text += " · " + i18n.arg(served, len(consumers) - short, len(consumers))
        notes = list(result.messages) + [m for n in result.networks for m in n.messages
                                         if "consumer" not in m]  # fmt: skip
        if notes:
            text += "\n" + "\n".join(notes[:6]) + ("\n…" if len(notes) > 6 else "")
        self.summary.setText(text)
        ct.setRowCount(len(consumers))
        for r, (net, c) in enumerate(consumers):
            bad = not c.served
            cells = [
                _cell(c.id, bad=bad, tip=c.message),
                _cell(label("medium", net.medium, lang)),
                _cell(_num(c.required_pressure_mpa), right=True),
                _cell(_num(c.delivered_pressure_mpa), right=True, bad=bad),
                _cell(_num(c.delivered_temperature_c, 1), right=True),
                _cell(_num(c.margin_mpa), right=True, bad=(c.margin_mpa or 0) < 0),
                _cell(_num(c.superheat_k, 1), right=True),
                _cell(_num(c.condensate_tph, 2), right=True),
                _cell(self.tr("yes") if c.served else self.tr("no"), bad=bad, tip=c.message),
            ]
            for k, item in enumerate(cells):
                ct.setItem(r, k, item)
        st.setRowCount(len(segments))
        for r, (net, s) in enumerate(segments):
            fast = s.velocity_ms is not None and s.velocity_ms > s.velocity_limit_ms
            failed = s.outlet_pressure_mpa is None
            cells = [
                _cell(s.pipeline_id, bad=failed, tip=s.message),
                _cell(label("medium", net.medium, lang)),
                _cell(format_plain(s.dn), right=True),
                _cell(_num(s.length_m, 0), right=True),
                _cell(_num(s.mass_flow_tph, 1), right=True),
                _cell(_num(s.velocity_ms, 1), right=True, bad=fast),
                _cell(_num(s.velocity_limit_ms, 1), right=True),
                _cell(_num(s.pressure_drop_mpa), right=True, bad=failed),
                _cell(_num(s.outlet_pressure_mpa), right=True, bad=failed),
                _cell(_num(s.outlet_temperature_c, 1), right=True),
                _cell(_num(s.heat_loss_kw, 1), right=True),
            ]
            for k, item in enumerate(cells):
                st.setItem(r, k, item)
