"""Tools > Symbiosis network…: the park's flow diagram (baseline and plan side by side), its
by-product balances, chains and cycles, the key-plant withdrawal ranking with the what-if of the
chosen site, and match suggestions to accept (one undo step). Everything is computed by
``ecopark.symbiosis``; the dialog only shows it and pushes the accepted command."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ecopark import terms
from ecopark.model import EcoParkError
from ecopark.numbers import format_number
from ecopark.symbiosis.balance import balances
from ecopark.symbiosis.chains import structure
from ecopark.symbiosis.materials import stream_label
from ecopark.symbiosis.sankey import layout
from ecopark.symbiosis.suggest import Suggestion, accept, suggestions
from ecopark.symbiosis.withdrawal import Withdrawal, rank_withdrawals, what_if
from ecopark.ui.document import ProjectDocument
from ecopark.ui.i18n import current_language
from ecopark.ui.sankey import SankeyView


def _table(headers: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    t.verticalHeader().setVisible(False)
    return t


def _fill(table: QTableWidget, rows: list[list[Any]]) -> None:
    table.setRowCount(len(rows))
    for i, row in enumerate(rows):
        for j, value in enumerate(row):
            if isinstance(value, float):
                text = format_number(value) if abs(value) < 100 else f"{value:,.0f}"
            else:
                text = "" if value is None else str(value)
            item = QTableWidgetItem(text)
            if isinstance(value, int | float):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(i, j, item)


class SymbiosisDialog(QDialog):
    """Non-modal; "Refresh" recomputes after edits on the map."""

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("symbiosis_dialog")
        self.document = document
        self.setModal(False)
        self.setWindowTitle(self.tr("Symbiosis network"))
        self.resize(1280, 760)
        self.scenario_box = QComboBox()
        for sid, sc in document.park.scenarios.items():
            self.scenario_box.addItem(f"{sc.info.name} ({sid})", sid)
        self.scenario_box.setCurrentIndex(
            max(
                0,
                list(document.park.scenarios).index(document.scenario_id)
                if document.scenario_id in document.park.scenarios
                else 0,
            )
        )
        self.compare_box = QCheckBox(self.tr("Baseline and plan side by side"))
        self.compare_box.setChecked(True)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.export_button = QPushButton(self.tr("Export diagram…"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Scenario")))
        top.addWidget(self.scenario_box)
        top.addWidget(self.compare_box)
        top.addStretch(1)
        top.addWidget(self.export_button)
        top.addWidget(self.refresh_button)
        self.tabs = QTabWidget()
        # diagram
        self.base_view = SankeyView()
        self.plan_view = SankeyView()
        diagram = QSplitter()
        diagram.addWidget(self.base_view)
        diagram.addWidget(self.plan_view)
        self.tabs.addTab(diagram, self.tr("Flow diagram"))
        # balances
        self.balance_table = _table([
            self.tr("Site"), self.tr("Name"), self.tr("Stream"), self.tr("Unit"),
            self.tr("Generated"), self.tr("Used in house"), self.tr("Exchanged out"),
            self.tr("Received"), self.tr("Disposed"), self.tr("Can take in"),
        ])  # fmt: skip
        self.tabs.addTab(self.balance_table, self.tr("Balances"))
        # chains
        chains_page = QWidget()
        cl = QVBoxLayout(chains_page)
        self.measures_label = QLabel()
        self.measures_label.setWordWrap(True)
        self.chain_table = _table([self.tr("Kind"), self.tr("Chain"), self.tr("Ids"),
                                   self.tr("Materials")])  # fmt: skip
        cl.addWidget(self.measures_label)
        cl.addWidget(self.chain_table)
        self.tabs.addTab(chains_page, self.tr("Chains"))
        # withdrawal
        w_page = QSplitter(Qt.Orientation.Vertical)
        self.withdrawal_table = _table([
            self.tr("Rank"), self.tr("Site"), self.tr("Name"), self.tr("Damage"),
            self.tr("Broken exchanges"), self.tr("Stranded consumers"),
            self.tr("Coverage drop (pp)"), self.tr("Land output change"),
        ])  # fmt: skip
        self.whatif_label = QLabel()
        self.whatif_label.setWordWrap(True)
        self.whatif_table = _table([self.tr("Indicator"), self.tr("Unit"), self.tr("Before"),
                                    self.tr("After"), self.tr("Change")])  # fmt: skip
        lower = QWidget()
        ll = QVBoxLayout(lower)
        ll.addWidget(self.whatif_label)
        ll.addWidget(self.whatif_table)
        w_page.addWidget(self.withdrawal_table)
        w_page.addWidget(lower)
        self.tabs.addTab(w_page, self.tr("Key-plant withdrawal"))
        # suggestions
        s_page = QWidget()
        sl = QVBoxLayout(s_page)
        self.suggestion_table = _table([
            self.tr("From"), self.tr("To"), self.tr("Material"), self.tr("Quantity"),
            self.tr("Unit"), self.tr("Distance (m)"), self.tr("Pipe"), self.tr("Source"),
        ])  # fmt: skip
        self.accept_button = QPushButton(self.tr("Accept suggestion"))
        self.accept_button.setToolTip(self.tr(
            "Record the exchange and, for steam, heat or water, route its pipe along the "
            "corridors; one step on the undo stack"))  # fmt: skip
        sl.addWidget(self.suggestion_table)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.accept_button)
        sl.addLayout(row)
        self.tabs.addTab(s_page, self.tr("Suggestions"))
        main = QVBoxLayout(self)
        main.addLayout(top)
        main.addWidget(self.tabs)
        self.ranking: list[Withdrawal] = []
        self.proposals: list[Suggestion] = []
        self.scenario_box.currentIndexChanged.connect(self.refresh)
        self.compare_box.toggled.connect(self.refresh)
        self.refresh_button.clicked.connect(self.refresh)
        self.export_button.clicked.connect(self.export_diagram)
        self.withdrawal_table.itemSelectionChanged.connect(self.show_what_if)
        self.accept_button.clicked.connect(self.accept_selected)
        self.refresh()

    @property
    def scenario_id(self) -> str:
        return str(self.scenario_box.currentData())

    def diagram_scenarios(self) -> list[str]:
        base = self.document.park.baseline()
        if (
            self.compare_box.isChecked()
            and base is not None
            and base.scenario_id != self.scenario_id
        ):
            return [base.scenario_id, self.scenario_id]
        return [self.scenario_id]

    def refresh(self) -> None:
        park, sid = self.document.park, self.scenario_id
        lang = current_language()
        shown = self.diagram_scenarios()
        self.base_view.set_layout(layout(park, shown[0], lang=lang))
        self.base_view.setVisible(True)
        self.plan_view.setVisible(len(shown) > 1)
        if len(shown) > 1:
            self.plan_view.set_layout(layout(park, shown[1], lang=lang))
        rows: list[list[Any]] = []
        for site in balances(park, sid).sites.values():
            for stream, sb in site.streams.items():
                rows.append([site.site_id, site.name, stream_label(stream, lang), sb.unit,
                             sb.generated,
                             sb.used_in_house, sb.out_total, sb.received_total, sb.disposed,
                             sb.can_take_in])  # fmt: skip
        _fill(self.balance_table, rows)
        st = structure(park, sid)
        self.measures_label.setText(self.tr(
            "%1 of %2 firms take part in an exchange; association degree %3 % of IAV; %4 links "
            "per firm").replace("%1", str(st.linked_firms)).replace("%2", str(st.firms))
            .replace("%3", f"{st.association_degree_pct or 0:.1f}")
            .replace("%4", f"{st.mean_links_per_firm or 0:.2f}"))  # fmt: skip
        _fill(self.chain_table, [
            [self.tr("cycle") if c.cycle else self.tr("chain"), c.name, " → ".join(c.ids),
             " | ".join(c.materials)] for c in [*st.chains, *st.cycles]
        ])  # fmt: skip
        self.ranking = rank_withdrawals(park, sid)
        _fill(self.withdrawal_table, [
            [k, w.id, w.name, w.damage, len(w.broken_exchanges), len(w.stranded_consumers),
             100 * w.coverage_drop, w.land_output_change]
            for k, w in enumerate(self.ranking, start=1)
        ])  # fmt: skip
        hint = self.tr(
            "Choose a firm or facility to see what its withdrawal changes (a what-if: the park "
            "is not edited)."
        )
        self.whatif_label.setText(hint)
        self.whatif_table.setRowCount(0)
        self.proposals = suggestions(park, sid)
        _fill(self.suggestion_table, [
            [f"{s.from_id} {s.from_name}", f"{s.to_id} {s.to_name}", s.material, s.quantity,
             s.unit, s.distance_m, terms.label("medium", s.medium, lang) if s.medium else "",
             self._source(s.source, lang)] for s in self.proposals
        ])  # fmt: skip

    def _source(self, source: str, lang: str) -> str:
        """Citations stay as published; a Chinese UI says what they are."""
        return f"文献：{source}" if lang.startswith("zh") else source

    def show_what_if(self) -> None:
        rows = self.withdrawal_table.selectionModel().selectedRows()
        if not rows:
            return
        w = self.ranking[rows[0].row()]
        wi = what_if(self.document.park, self.scenario_id, w.id)
        self.whatif_label.setText(self.tr(
            "Without %1: exchanges broken: %2; consumers losing steam, heat or reclaimed water: "
            "%3").replace("%1", f"{w.id} {w.name}")
            .replace("%2", ", ".join(w.broken_exchanges) or "-")
            .replace("%3", ", ".join(w.stranded_consumers) or "-"))  # fmt: skip
        _fill(self.whatif_table, [
            [c.label, c.unit, c.before, c.after, c.change] for c in wi.changes
            if c.before != c.after
        ])  # fmt: skip

    def accept_selected(self) -> None:
        rows = self.suggestion_table.selectionModel().selectedRows()
        if not rows:
            return
        s = self.proposals[rows[0].row()]
        try:
            acc = accept(self.document.park, self.scenario_id, s)
        except EcoParkError as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return
        if self.document.push(acc.command):
            if acc.note:
                QMessageBox.information(self, self.windowTitle(), acc.note)
            self.refresh()

    def export_diagram(self) -> None:
        from ecopark.export.sankey import export_sankey

        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export diagram"), f"{self.document.park.name} sankey.pdf",
            self.tr("PDF (*.pdf);;PNG (*.png);;SVG (*.svg)"))  # fmt: skip
        if not path:
            return
        try:
            export_sankey(self.document.park, self.diagram_scenarios(), path)
        except (EcoParkError, OSError) as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))


def install_symbiosis_actions(window: Any) -> QAction:
    """Tools > Symbiosis network… on a main window with ``add_action``, ``action_registry`` and
    ``document``: one non-modal dialog per open project."""
    shown: dict[str, SymbiosisDialog] = {}

    def show() -> None:
        dialog = shown.get("dialog")
        if dialog is None or dialog.document is not window.document:
            if dialog is not None:
                dialog.close()
            dialog = SymbiosisDialog(window.document, window)
            shown["dialog"] = dialog
        else:
            dialog.refresh()
        dialog.show()
        dialog.raise_()

    action = window.action_registry.add(
        "tools.symbiosis",
        QCoreApplication.translate("MainWindow", "S&ymbiosis network…"),
        show,
        "Ctrl+Shift+Y",
        QCoreApplication.translate(
            "MainWindow",
            "Flow diagram, by-product balances, chains, key-plant withdrawal and match suggestions",
        ),
    )
    window.add_action("Tools", action)
    window.symbiosis_action = action
    return action
