"""Small parks for the hydraulic tests."""

from __future__ import annotations

from typing import Any

from shapely.geometry import LineString, Point

from ecopark.model import Facility, Firm, Park, Pipeline, ScenarioInfo


def firm(firm_id: str, x: float, y: float, **values: Any) -> Firm:
    return Firm(firm_id=firm_id, name=firm_id, geometry=Point(x, y), **values)


def chp(fid: str, x: float, y: float, **values: Any) -> Facility:
    return Facility(facility_id=fid, name=fid, kind="chp", geometry=Point(x, y), **values)


def pipe(pipe_id: str, medium: str, dn: float, *coords: tuple[float, float], **kw: Any) -> Pipeline:
    return Pipeline(
        pipeline_id=pipe_id, medium=medium, geometry=LineString(coords), diameter_mm=dn, **kw
    )


def park_with(*objects: Any, settings: dict[str, Any] | None = None) -> Park:
    park = Park("hydraulics", "EPSG:4550")
    park.add_scenario(ScenarioInfo(scenario_id="plan", name="plan", kind="plan", year=2030))
    for obj in objects:
        park.add("plan", obj)
    park.settings.update(settings or {})
    return park


def single_pipe_park(length_m: float = 2000.0, dn: float = 250.0, **pipe_kw: Any) -> Park:
    """The docs' single superheated-steam pipe: 20 t/h, 1.0 MPa, 250 °C, DN250, 2 km, 100 mm
    insulation on a rack, 10 °C ambient, no fittings allowance; the consumer needs 0.7 MPa."""
    return park_with(
        chp("CHP", 0, 0, steam_mp_capacity_tph=50, steam_mp_outlet_mpa=1.0,
            steam_mp_outlet_c=250.0),
        pipe("P1", "steam_mp", dn, (0, 0), (length_m, 0),
             **{"insulation_mm": 100.0, "insulation_w_mk": 0.05, "laying": "rack", **pipe_kw}),
        firm("F1", length_m, 0, steam_mp_demand_tph=20.0, steam_mp_min_mpa=0.7),
        settings={"ambient_temperature_c": 10.0, "hydraulics": {"fittings_allowance": 0.0}},
    )  # fmt: skip
