"""Presentation mode (F5): the saved views of the project as full-screen slides for a panel.

Each slide is a :class:`ecopark.model.SavedView`: an extent, the layers shown and a scenario, and
optionally a second scenario shown side by side (baseline on the left, plan on the right), each
map with its indicator scorecard under it. No docks, no toolbars, large labels; Right, Down,
PageDown and Space step forward, Left, Up, PageUp and Backspace back, Home and End jump, Esc
leaves. F shows the slide's flow diagram (Sankey, baseline and plan side by side on a compare
slide) over the maps, and hides it again. On a compare slide S switches between side by side
and a swipe (one map, the plan over the baseline, a divider to drag; ``[`` and ``]`` or
Shift+Left/Right nudge it by 5 %); the choice holds for the following compare slides.

Every map pane has its own lightweight :class:`ProjectDocument` over the same park, so showing a
baseline beside a plan never switches the scenario of the main window, and nothing here edits
the park (the canvases are given the pan tool and no keyboard focus).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ecopark.commands import SetViews
from ecopark.export.scorecard import ScoreRow, park_scorecard
from ecopark.messages import render
from ecopark.model import Change, EcoParkError, Park, SavedView
from ecopark.symbology import MAP_LAYERS
from ecopark.ui.canvas.map_canvas import MapCanvas
from ecopark.ui.document import ProjectDocument
from ecopark.ui.i18n import arg, current_language
from ecopark.ui.presentation_flows import FlowOverlay
from ecopark.ui.swipe import SwipeView
from ecopark.ui.tools.manager import ToolManager

CanvasFactory = Callable[[ProjectDocument], QWidget]
"""Builds a map widget for a document; it must offer ``set_extent(xmin, ymin, xmax, ymax)``
and ``set_layer_visible(layer, visible)`` (as :class:`ecopark.ui.canvas.MapCanvas` does)."""

LABEL_SCALE = 1.6
"""Labels are this much larger than in the editor: the back row of a meeting room reads them."""
NEXT_KEYS = {Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Space}
PREVIOUS_KEYS = {Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace}
SWIPE_NUDGE = 0.05
"""One press of [ or ] (or Shift+Left/Right) moves the swipe divider by this share of the width."""
PASS_COLOUR = "#1e7b34"
FAIL_COLOUR = "#b3261e"


def default_canvas_factory(document: ProjectDocument) -> QWidget:
    """The editor's own map canvas (same symbols as on screen)."""
    from ecopark.ui.canvas.map_canvas import MapCanvas

    return MapCanvas(document)


def default_slides(park: Park, scenario_id: str) -> list[SavedView]:
    """One slide of the whole park when the project has no saved views: the current scenario,
    beside the baseline when the current scenario is a plan."""
    from ecopark.export.map_layers import scenario_bounds

    scenario = park.scenario(scenario_id)
    bounds = scenario_bounds(scenario) or (0.0, 0.0, 1000.0, 1000.0)
    x0, y0, x1, y1 = bounds
    if x1 <= x0 or y1 <= y0:
        x0, y0, x1, y1 = x0 - 500, y0 - 500, x1 + 500, y1 + 500
    baseline = park.baseline()
    compare = ""
    if baseline is not None and baseline.scenario_id != scenario_id:
        compare = baseline.scenario_id
    return [
        SavedView(
            view_id="whole_park",
            name=park.name,
            xmin=x0,
            ymin=y0,
            xmax=x1,
            ymax=y1,
            scenario_id=scenario_id,
            compare_with=compare,
        )
    ]


def add_slide(
    document: ProjectDocument, canvas: Any, *, compare_baseline: bool = False
) -> SavedView:
    """Save what ``canvas`` shows (extent, visible layers, the current scenario) as the last
    slide, as one undoable edit. With ``compare_baseline`` the slide shows the baseline beside
    the current scenario (when the current scenario is not the baseline itself)."""
    park = document.park
    xmin, ymin, xmax, ymax = (float(v) for v in canvas.extent())
    layers = tuple(layer for layer in MAP_LAYERS if canvas.layer_visible(layer))
    baseline = park.baseline()
    compare = ""
    if compare_baseline and baseline is not None and baseline.scenario_id != document.scenario_id:
        compare = baseline.scenario_id
    taken = {v.view_id for v in park.views}
    n = len(park.views) + 1
    while f"S{n:02d}" in taken:
        n += 1
    info = document.scenario.info
    view = SavedView(
        view_id=f"S{n:02d}",
        name=f"{park.scenario(compare).info.name} | {info.name}" if compare else info.name,
        xmin=xmin,
        ymin=ymin,
        xmax=xmax,
        ymax=ymax,
        scenario_id=document.scenario_id,
        visible_layers=layers if len(layers) < len(MAP_LAYERS) else (),
        compare_with=compare,
    )
    text = QCoreApplication.translate("Presentation", "Add slide %1").replace("%1", view.view_id)
    document.push(SetViews([*park.views, view], text=text))
    return view


def enlarge_labels(canvas: QWidget, factor: float) -> None:
    """Larger map labels: the canvas's ``set_label_scale`` when it has one, else its label
    layer's fonts."""
    setter = getattr(canvas, "set_label_scale", None)
    if callable(setter):
        setter(factor)
        return
    labels = getattr(canvas, "label_layer", None)
    if labels is None:
        return
    if hasattr(labels, "size_factor"):  # sizes from the park's label settings, times a factor
        labels.size_factor *= factor
        labels.apply_styles(labels.styles, labels.texts)
        return
    for name in ("zone_font", "point_font", "facility_font"):
        font = getattr(labels, name, None)
        if isinstance(font, QFont):
            font.setPointSizeF(font.pointSizeF() * factor)
    cache = getattr(labels, "_metrics", None)
    if isinstance(cache, dict):
        cache.clear()


class ScorecardWidget(QFrame):
    """A scenario's scorecard in large type: label, value, threshold, pass/fail mark."""

    def __init__(self, parent: QWidget | None = None, point_size: float = 15.0):
        super().__init__(parent)
        self.setObjectName("scorecard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#scorecard { background: #ffffff; border: 1px solid #c8c8c8; }")
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(14, 8, 14, 8)
        self._grid.setHorizontalSpacing(18)
        self._grid.setVerticalSpacing(2)
        self._point_size = point_size
        self.rows: list[ScoreRow] = []

    def set_rows(self, rows: list[ScoreRow], lang: str) -> None:
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # gone at once: the deletion waits for the event loop
                widget.deleteLater()
        self.rows = list(rows)
        columns = 2 if len(rows) > 5 else 1
        per_column = -(-len(rows) // columns)
        for k, row in enumerate(rows):
            r, c = k % per_column, (k // per_column) * 4
            label = row.label[0] if lang == "zh" else row.label[1]
            cells = [label.strip(), row.text, row.threshold_text, ""]
            if row.status:
                cells[3] = "✓" if row.status == "pass" else "✗"
            for j, text in enumerate(cells):
                w = QLabel(text)
                font = w.font()
                font.setPointSizeF(self._point_size * (1.0 if j != 2 else 0.8))
                font.setBold(j in (1, 3))
                w.setFont(font)
                w.setTextFormat(Qt.TextFormat.PlainText)
                if j == 3 and row.status:
                    colour = PASS_COLOUR if row.status == "pass" else FAIL_COLOUR
                    w.setStyleSheet(f"color: {colour};")
                if j == 1:
                    w.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self._grid.addWidget(w, r, c + j)

    def text_rows(self) -> list[str]:
        """The shown rows as plain text (for tests and accessibility)."""
        return [f"{r.label[1].strip()}: {r.text}" for r in self.rows]


class MapPane(QWidget):
    """One map of a slide: caption (scenario), canvas, scorecard."""

    def __init__(self, park: Park, canvas_factory: CanvasFactory, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = ProjectDocument(park, parent=self)
        self.canvas = canvas_factory(self.document)
        self.canvas.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        if isinstance(self.canvas, MapCanvas):  # a real map pans under the mouse
            self.tools = ToolManager(self.canvas, self)
            self.tools.set_tool("pan")
        enlarge_labels(self.canvas, LABEL_SCALE)
        self.caption = QLabel()
        font = self.caption.font()
        font.setPointSizeF(20)
        font.setBold(True)
        self.caption.setFont(font)
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scorecard = ScorecardWidget(self)
        # Ignored across: two large-type cards side by side must not make the full-screen
        # window wider than the screen (the divider would no longer be where the map is cut).
        self.scorecard.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Maximum)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(6)
        self._layout.addWidget(self.caption)
        self._layout.addWidget(self.canvas, 1)
        self._layout.addWidget(self.scorecard)
        self.extent: tuple[float, float, float, float] | None = None
        self.refit_on_resize = True
        """False while the canvas follows another's view (the plan side of a swipe)."""
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(0)
        self._refit.timeout.connect(self.apply_extent)
        self.canvas.installEventFilter(self)

    def show_scenario(
        self,
        scenario_id: str,
        extent: tuple[float, float, float, float],
        layers: tuple[str, ...],
        scorecard: list[ScoreRow],
        lang: str,
    ) -> None:
        park = self.document.park
        info = park.scenario(scenario_id).info
        self.document.switch_scenario(scenario_id)
        self.caption.setText(f"{info.name} ({info.year})")
        shown = set(layers) if layers else set(MAP_LAYERS)
        for layer in MAP_LAYERS:
            try:
                self.canvas.set_layer_visible(layer, layer in shown)  # type: ignore[attr-defined]
            except KeyError:
                continue
        self.extent = extent
        self.apply_extent()
        self.scorecard.set_rows(scorecard, lang)

    def apply_extent(self) -> None:
        if self.extent is not None:
            self.canvas.set_extent(*self.extent)  # type: ignore[attr-defined]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.canvas and event.type() == QEvent.Type.Resize and self.refit_on_resize:
            self._refit.start()  # keep the slide's extent whatever the window size
        return False

    def lend_canvas(self) -> QWidget:
        """Take the canvas out of this pane (the swipe view shows it); caption and scorecard
        stay."""
        self._layout.removeWidget(self.canvas)
        return self.canvas

    def take_canvas_back(self) -> None:
        if self.canvas.parent() is not self:
            self.canvas.setParent(self)
            self._layout.insertWidget(1, self.canvas, 1)
            self.canvas.show()

    def close_document(self) -> None:
        self._refit.stop()
        self.canvas.removeEventFilter(self)
        self.document.close()


class PresentationWindow(QWidget):
    """Full-screen slides over the project's saved views; see the module docstring for keys.

    Use: ``PresentationWindow(document).start()``; ``closed`` is emitted when the planner
    leaves (Esc).
    """

    closed = Signal()
    slide_changed = Signal(int)

    def __init__(
        self,
        document: ProjectDocument,
        canvas_factory: CanvasFactory | None = None,
        parent: QWidget | None = None,
        *,
        lang: str = "zh",
    ):
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("presentation")
        self.setWindowTitle(arg(self.tr("%1 — presentation"), document.park.name))
        self.setStyleSheet("#presentation { background: #f6f6f2; }")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.document = document
        self.park = document.park
        self.lang = lang
        self._factory = canvas_factory or default_canvas_factory
        self.slides: list[SavedView] = list(self.park.views) or default_slides(
            self.park, document.scenario_id
        )
        self.index = -1
        self._scorecards: dict[str, list[ScoreRow]] = {}
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(26)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.counter = QLabel()
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._keys_hint = self.tr("← → PageUp PageDown slides  ·  F flows  ·  Esc leave")
        self.hint = QLabel(self._keys_hint)
        self.hint.setStyleSheet("color: #707070;")
        self.notice = QLabel()
        self.notice.setStyleSheet(f"color: {FAIL_COLOUR};")
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.counter)
        self.panes = [
            MapPane(self.park, self._factory, self),
            MapPane(self.park, self._factory, self),
        ]
        for pane in self.panes:
            # a click or drag on a map must not take the keys from the slides
            pane.canvas.setFocusProxy(self)
        self.swipe = SwipeView(self)
        self.swipe.hide()
        self.swipe_mode = False
        """The planner's choice (S) for compare slides: swipe, else side by side."""
        self._maps = QHBoxLayout()
        self._maps.setSpacing(18)
        for pane in self.panes:
            self._maps.addWidget(pane, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.notice, 1)
        bottom.addWidget(self.hint)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(24, 16, 24, 12)
        self._layout.addLayout(top)
        self._layout.addWidget(self.swipe, 1)
        self._layout.addLayout(self._maps, 1)
        self._layout.addLayout(bottom)
        self.park.subscribe(self._on_park_change)
        self.flows = FlowOverlay(self)  # F: the slide's flow diagram (ecopark.symbiosis)
        from ecopark.ui.timeline.presenter import PresentationPhases

        self.phases = PresentationPhases(self)  # Y / Shift+Y: step through the milestone years
        self.show_slide(0)

    # ----- public API --------------------------------------------------------------------------
    def start(self) -> None:
        """Show full screen on the current screen and take the keyboard."""
        self.showFullScreen()
        self.raise_()
        self.activateWindow()
        self.setFocus()

    @property
    def current(self) -> SavedView:
        return self.slides[self.index]

    def show_slide(self, index: int) -> None:
        """Show slide ``index`` (clamped to the first and last)."""
        if hasattr(self, "phases"):
            self.phases.slide_shown()
        index = max(0, min(index, len(self.slides) - 1))
        view = self.slides[index]
        self.index = index
        scenario_id, compare = self._scenarios_of(view)
        extent = (view.xmin, view.ymin, view.xmax, view.ymax)
        left, right = self.panes
        if compare:
            left.show_scenario(compare, extent, view.visible_layers, self._card(compare), self.lang)
            right.show_scenario(
                scenario_id, extent, view.visible_layers, self._card(scenario_id), self.lang
            )
            right.setVisible(True)
        else:
            left.show_scenario(
                scenario_id, extent, view.visible_layers, self._card(scenario_id), self.lang
            )
            right.setVisible(False)
        self._arrange()
        self.title.setText(view.name)
        self.counter.setText(f"{index + 1} / {len(self.slides)}")
        if hasattr(self, "flows"):
            self.flows.follow(self.park, self.shown_scenarios())
        self.slide_changed.emit(index)

    def next_slide(self) -> None:
        self.show_slide(self.index + 1)

    def previous_slide(self) -> None:
        self.show_slide(self.index - 1)

    def shown_scenarios(self) -> list[str]:
        """Scenario ids on screen, left to right."""
        return [p.document.scenario_id for p in self.panes if not p.isHidden()]

    @property
    def swiping(self) -> bool:
        """Whether the slide on screen is shown as a swipe (one map, divider)."""
        return self.swipe.under is not None

    def toggle_swipe(self) -> None:
        """Side by side <-> swipe, on compare slides only; kept for the next compare slides."""
        if self.panes[1].isHidden():
            return
        self.swipe_mode = not self.swipe_mode
        self._arrange()

    # ----- internals ---------------------------------------------------------------------------
    def _arrange(self) -> None:
        """Put the canvases where the slide and the planner's choice want them: in their panes
        (side by side, or one map) or stacked in the swipe view (the scorecards stay under
        it, baseline left, plan right)."""
        left, right = self.panes
        compare = not right.isHidden()
        if compare and self.swipe_mode:
            if not self.swiping:
                right.refit_on_resize = False  # the plan takes the baseline's view
                self.swipe.attach(left.lend_canvas(), right.lend_canvas())
            self.swipe.set_names(left.caption.text(), right.caption.text())
        elif self.swiping:
            self.swipe.detach()
            right.refit_on_resize = True
            for pane in self.panes:
                pane.take_canvas_back()
        self.swipe.setVisible(self.swiping)
        self._layout.setStretchFactor(self._maps, 0 if self.swiping else 1)
        hints = [self._keys_hint]
        if self.swiping:
            hints += [self.tr("S side by side"), self.tr("[ ] move the divider")]
        elif compare:
            hints.append(self.tr("S swipe"))
        self.hint.setText("  ·  ".join(hints))

    def _scenarios_of(self, view: SavedView) -> tuple[str, str]:
        """(scenario, compare_with) of a slide; a scenario deleted since the view was saved is
        replaced by the current one, and the planner is told."""
        notes = []
        scenario_id = view.scenario_id or self.document.scenario_id
        if scenario_id not in self.park.scenarios:
            notes.append(scenario_id)
            scenario_id = self.document.scenario_id
        compare = view.compare_with
        if compare and compare not in self.park.scenarios:
            notes.append(compare)
            compare = ""
        if compare == scenario_id:
            compare = ""
        self.notice.setText(
            arg(
                self.tr("Scenario not found: %1"),
                ("、" if current_language().startswith("zh") else ", ").join(notes),
            )
            if notes
            else ""
        )
        return scenario_id, compare

    def _card(self, scenario_id: str) -> list[ScoreRow]:
        if scenario_id not in self._scorecards:
            try:
                self._scorecards[scenario_id] = park_scorecard(self.park, scenario_id)
            except EcoParkError as exc:
                self.notice.setText(render(str(exc), current_language()))
                self._scorecards[scenario_id] = []
        return self._scorecards[scenario_id]

    def _on_park_change(self, change: Change) -> None:
        self._scorecards.clear()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key = event.key()
        shifted = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        if self.swiping and shifted and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.swipe.nudge(SWIPE_NUDGE if key == Qt.Key.Key_Right else -SWIPE_NUDGE)
        elif key in NEXT_KEYS:
            self.next_slide()
        elif key in PREVIOUS_KEYS:
            self.previous_slide()
        elif key == Qt.Key.Key_Home:
            self.show_slide(0)
        elif key == Qt.Key.Key_End:
            self.show_slide(len(self.slides) - 1)
        elif key == Qt.Key.Key_Escape:
            self.close()
        elif key == Qt.Key.Key_S:
            self.toggle_swipe()
        elif key == Qt.Key.Key_F:
            self.flows.toggle(self.park, self.shown_scenarios())
        elif key == Qt.Key.Key_Y:  # the plan as built year by year (ecopark.ui.timeline)
            self.phases.step(-1 if shifted else 1)
        elif self.swiping and key in (Qt.Key.Key_BracketLeft, Qt.Key.Key_BracketRight):
            self.swipe.nudge(SWIPE_NUDGE if key == Qt.Key.Key_BracketRight else -SWIPE_NUDGE)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.park.unsubscribe(self._on_park_change)
        self.swipe.detach()
        for pane in self.panes:
            pane.close_document()
        super().closeEvent(event)
        self.closed.emit()


def start_presentation(
    document: ProjectDocument,
    canvas_factory: CanvasFactory | None = None,
    parent: QWidget | None = None,
    lang: str = "zh",
) -> PresentationWindow:
    """Open presentation mode full screen over ``document``; returns the window."""
    window = PresentationWindow(document, canvas_factory, parent, lang=lang)
    window.start()
    return window


__all__ = [
    "LABEL_SCALE",
    "add_slide",
    "CanvasFactory",
    "MapPane",
    "PresentationWindow",
    "ScorecardWidget",
    "default_canvas_factory",
    "default_slides",
    "enlarge_labels",
    "start_presentation",
]
