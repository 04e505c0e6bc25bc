"""Wires the indicator tabs to the "what is this" pane and to the map.

A tab that can explain its rows has ``explain_table`` (its table) and ``explain_at(row)``
(an Explanation or None), and may have ``default_explanation()`` (shown when the tab is opened,
e.g. the park's land output or the space score) and ``object_at(row)`` ((layer, id) of the zone
or firm behind the row: clicking the row selects it on the map, zooming when it is off-screen).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ecopark.ui.docks.indicator_select import show_on_map

if TYPE_CHECKING:
    from ecopark.ui.docks.indicator_panel import IndicatorPanel


def attach(panel: IndicatorPanel, tabs: list[Any]) -> None:
    for tab in tabs:
        table = getattr(tab, "explain_table", None)
        if table is None:
            continue
        table.currentCellChanged.connect(
            lambda row, _c, _pr, _pc, tab=tab: _explain(panel, tab, row)
        )
        table.cellClicked.connect(lambda row, _c, tab=tab: _clicked(panel, tab, row))
    panel.tabs.currentChanged.connect(lambda _i: _tab_opened(panel))


def _explain(panel: IndicatorPanel, tab: Any, row: int) -> None:
    if row < 0 or panel.result is None:
        return
    panel.explain.show_explanation(tab.explain_at(row))


def _clicked(panel: IndicatorPanel, tab: Any, row: int) -> None:
    _explain(panel, tab, row)
    object_at = getattr(tab, "object_at", None)
    ref = object_at(row) if object_at is not None else None
    if ref is not None:
        show_on_map(panel, panel.document, [ref])


def _tab_opened(panel: IndicatorPanel) -> None:
    tab = panel.tabs.currentWidget()
    default = getattr(tab, "default_explanation", None)
    if panel.result is None:
        return
    panel.explain.show_explanation(default() if default is not None else None)


def refreshed(panel: IndicatorPanel) -> None:
    """After a refresh: re-explain the current row of the open tab with the new figures."""
    tab = panel.tabs.currentWidget()
    table = getattr(tab, "explain_table", None)
    if table is not None and table.currentRow() >= 0:
        _explain(panel, tab, table.currentRow())
    elif panel.explain.explanation is not None or getattr(tab, "default_explanation", None):
        _tab_opened(panel)
