"""Draw a pipeline: click its route; ends snap onto firms, facilities and pipes of the same
medium, so the network engineer's topology sees them joined."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from shapely.geometry import LineString

from ecopark.commands import AddObjects
from ecopark.model import Pipeline
from ecopark.ui.i18n import QT_TRANSLATE_NOOP, arg
from ecopark.ui.tools.base import MapXY
from ecopark.ui.tools.labels import is_chinese, term
from ecopark.ui.tools.sketch import SketchTool
from ecopark.ui.tools.snapping import SnapTargets


class DrawPipelineTool(SketchTool):
    name = "draw_pipeline"
    label = QT_TRANSLATE_NOOP("MapTool", "Draw pipeline")
    shortcut = "P"
    icon = "draw-polyline"
    tooltip = QT_TRANSLATE_NOOP(
        "MapTool",
        "Click along the pipe route from source to consumer; double-click or Enter finishes, "
        "Backspace removes the last point, Esc cancels. Points snap to firms, facilities and "
        "pipes of the same medium. The medium is chosen in the toolbar; pipes drawn in a plan "
        "scenario are planned. Or press Tab and type two ids (S1 F3): a pipe between them along an "
        "orthogonal route.",
    )
    min_vertices = 2

    @property
    def idle_hint(self) -> str:  # type: ignore[override]
        medium = term("medium", self.manager.medium)
        return arg(
            QCoreApplication.translate(
                "MapTool",
                "Draw a %1 pipeline: click its start (snaps to a firm, facility or %1 pipe)",
            ),
            medium,
        )

    def snap_targets(self) -> SnapTargets:
        return SnapTargets(
            points=("facilities", "firms"),
            shapes=("pipelines",),
            pipeline_medium=self.manager.medium,
        )

    def sketch_text(self) -> str:
        pts = list(self.vertices) + ([self.hover] if self.hover else [])
        if len(pts) < 2:
            return ""
        return f"{LineString(pts).length:,.0f} m"

    def commit(self, coords: list[MapXY]) -> bool:
        line = LineString(coords)
        if line.length <= 0:
            self.set_hint(
                QCoreApplication.translate("MapTool", "Not added: the pipeline has no length")
            )
            return False
        doc = self.document
        park, sid = doc.park, doc.scenario_id
        status = "planned" if doc.scenario.info.kind == "plan" else "existing"
        pipe = Pipeline(
            pipeline_id=park.new_id(sid, "P"),
            medium=self.manager.medium,
            geometry=line,
            status=status,
        )
        medium = term("medium", pipe.medium)
        if not self.push(
            AddObjects(
                sid,
                [pipe],
                text=arg(
                    QCoreApplication.translate("MapTool", "Draw %1 pipeline %2"),
                    medium,
                    pipe.pipeline_id,
                ),
            )
        ):
            return False
        self.canvas.select([("pipelines", pipe.pipeline_id)])
        self.canvas.object_created.emit("pipelines", pipe.pipeline_id)
        ends = [s.ref[1] for s in (self.snaps[0], self.snaps[-1]) if s is not None]
        if ends:
            joined = arg(
                QCoreApplication.translate("MapTool", ", joined to %1"),
                QCoreApplication.translate("MapTool", " and ").join(ends),
            )
        else:
            joined = QCoreApplication.translate("MapTool", ", ends not joined to anything")
        template = QCoreApplication.translate(
            "MapTool", "Pipeline %1 added (%2 m, %3%4). Click to draw another"
        )
        zh = is_chinese()
        status_word = term("status", status) if zh else status
        self.set_hint(arg(template, pipe.pipeline_id, f"{line.length:,.0f}", status_word, joined))
        return True
