"""Things saved with a project that are not map objects: presentation views and image underlays."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from ecopark.model.errors import InvalidValueError


@dataclass(frozen=True, kw_only=True)
class SavedView:
    """A presentation slide: an extent, the layers shown and the scenario, in show order."""

    view_id: str
    name: str
    xmin: float
    ymin: float
    xmax: float
    ymax: float
    scenario_id: str = ""
    visible_layers: tuple[str, ...] = ()
    compare_with: str = ""
    """Scenario shown side by side (baseline versus plan), or empty for a single map."""

    def __post_init__(self) -> None:
        values = (self.xmin, self.ymin, self.xmax, self.ymax)
        if not all(isinstance(v, int | float) and math.isfinite(v) for v in values):
            raise InvalidValueError(
                f"view {self.view_id}: extent must be finite numbers", layer="views"
            )
        if not (self.xmax > self.xmin and self.ymax > self.ymin):
            raise InvalidValueError(f"view {self.view_id}: extent is empty", layer="views")
        object.__setattr__(self, "visible_layers", tuple(self.visible_layers))


@dataclass(frozen=True, kw_only=True)
class Underlay:
    """A scanned master plan placed under the map by an affine transform from control points.

    ``transform`` maps image pixel (col, row) to map (x, y): x = a*col + b*row + c,
    y = d*col + e*row + f. The image is stored inside the project (``image_png``) so the project
    stays one file that can be mailed.
    """

    underlay_id: str
    name: str
    image_png: bytes = field(repr=False)
    transform: tuple[float, float, float, float, float, float]
    opacity: float = 0.6
    visible: bool = True

    def __post_init__(self) -> None:
        if len(self.transform) != 6 or not all(math.isfinite(float(v)) for v in self.transform):
            raise InvalidValueError(
                f"underlay {self.underlay_id}: bad transform", layer="underlays"
            )
        if not 0.0 <= float(self.opacity) <= 1.0:
            raise InvalidValueError(
                f"underlay {self.underlay_id}: opacity must be between 0 and 1", layer="underlays"
            )
        object.__setattr__(self, "transform", tuple(float(v) for v in self.transform))
