"""A new empty park placed on Earth: its CRS is the 3-degree GK zone of the chosen longitude
and its "home" (the view a new file opens on) is the chosen place.

The home is kept in ``Park.settings["home"]`` (the free-form settings JSON of the file), so no
schema change is needed and older files simply have none.
"""

from __future__ import annotations

import math
from typing import Any

import pyproj

from ecopark.model import Park, ScenarioInfo
from ecopark.model.errors import InvalidValueError
from ecopark.places.zones import gk_zone_for_longitude

HOME_SETTING = "home"
HOME_VIEW_M = 4000.0
"""Width and height of the first view around the home point: a park is a few km across."""


def create_empty_park(
    name: str,
    lon: float,
    lat: float,
    *,
    baseline_year: int,
    baseline_name: str = "Baseline",
    crs: str | None = None,
) -> Park:
    """An empty park with a baseline scenario, in the GK zone of ``lon`` (or ``crs``), whose
    view starts at (lon, lat)."""
    if not (math.isfinite(lat) and -90.0 <= lat <= 90.0):
        raise InvalidValueError(f"latitude {lat!r} must be between -90 and 90")
    park = Park(name, crs or gk_zone_for_longitude(lon))
    to_map = pyproj.Transformer.from_crs("EPSG:4490", park.crs, always_xy=True)
    x, y = to_map.transform(lon, lat)
    if not (math.isfinite(x) and math.isfinite(y)):
        raise InvalidValueError(f"{lon:g}°E {lat:g}°N cannot be placed in {park.crs}")
    park.settings[HOME_SETTING] = {"lon": lon, "lat": lat, "x": round(x, 3), "y": round(y, 3)}
    park.add_scenario(
        ScenarioInfo(
            scenario_id="baseline", name=baseline_name, kind="baseline", year=baseline_year
        )
    )
    return park


def home_point(park: Park) -> tuple[float, float] | None:
    """The map point a park's view starts at when it has nothing drawn (None if unplaced)."""
    home: Any = park.settings.get(HOME_SETTING)
    if not isinstance(home, dict):
        return None
    try:
        x, y = float(home["x"]), float(home["y"])
    except (KeyError, TypeError, ValueError):
        return None
    return (x, y) if math.isfinite(x) and math.isfinite(y) else None


def home_extent(
    park: Park, size_m: float = HOME_VIEW_M
) -> tuple[float, float, float, float] | None:
    p = home_point(park)
    if p is None:
        return None
    h = size_m / 2
    return p[0] - h, p[1] - h, p[0] + h, p[1] + h


__all__ = ["HOME_SETTING", "create_empty_park", "home_extent", "home_point"]
