"""Issue 19, failure 6: what no rule forbids but no planner means.

A 1 mm² zone evaluated to a land output of 5 × 10¹² "ok"; NUL characters that cut names at save;
a 10 MB name clipped in the workbook without notice.
"""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest
import shapely

from ecopark.commands import ReplaceObjects
from ecopark.importers import ImportOptions, inspect_source, plan_import
from ecopark.indicators import IndicatorEngine
from ecopark.model import InvalidValueError, Park, ScenarioInfo, Zone
from ecopark.model.sanity import limit
from ecopark.storage import load_park, save_park
from factories import full_firm, small_park
from outside_writer import outside_edit


def _tiny_zone_park() -> Park:
    park = Park("tiny", "EPSG:4550")
    park.add_scenario(ScenarioInfo(scenario_id="base", name="b", kind="baseline", year=2024))
    park.add(
        "base",
        Zone(
            zone_id="Z1",
            name="slip",
            kind="lingang_industrial",
            industrial=True,
            geometry=shapely.box(500, 500, 500.001, 500.001),  # 1 mm²
        ),
    )
    park.add("base", full_firm("F1", 500.0005, 500.0005))
    return park


def test_a_1_mm2_zone_is_warned_about_and_not_judged_ok() -> None:
    park = _tiny_zone_park()
    warnings = [p for p in park.check() if p.severity == "warning"]
    texts = [str(w) for w in warnings]
    assert any("Z1" in t and "below 100 m²" in t for t in texts)
    assert any("Z1" in t and "beyond any plausible value" in t for t in texts)
    result = IndicatorEngine(park).result("base").land_output
    [zone] = result.zones
    assert zone.land_output is not None and zone.land_output > limit("max_plausible_land_output")
    assert zone.passes is None  # not "ok"
    assert result.passes is None


def test_a_normal_park_has_no_plausibility_warnings() -> None:
    park = small_park()
    assert not [p for p in park.check() if "plausible" in str(p) or "below 100" in str(p)]


def test_control_characters_are_refused_at_entry() -> None:
    with pytest.raises(InvalidValueError, match=r"name contains an invisible control") as caught:
        full_firm("F1", 0, 0, name="啤酒\x00厂")
    assert caught.value.field == "name"
    with pytest.raises(InvalidValueError, match="U\\+001B"):
        full_firm("F\x1b1", 0, 0)
    full_firm("F1", 0, 0, name="two\nlines\tand a tab")  # ordinary whitespace is fine


def test_control_characters_are_refused_at_import(tmp_path: Path) -> None:
    path = tmp_path / "firms.geojson"
    features = [
        {
            "type": "Feature",
            "properties": {"name": name},
            "geometry": {"type": "Point", "coordinates": [123.0, 40.0]},
        }
        for name in ("good", "bad\u001bname")  # GDAL itself cuts a NUL: ESC instead
    ]
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}))
    preview = inspect_source(path)
    park = Park("p", "EPSG:4550")
    park.add_scenario(ScenarioInfo(scenario_id="base", name="b", kind="baseline", year=2024))
    plan = plan_import(preview, ImportOptions.from_preview(preview), park, "base")
    assert [o.name for o in plan.objects] == ["good"]
    assert any("control character" in p.message for p in plan.problems)


def test_control_characters_written_by_another_program_are_set_aside(tmp_path: Path) -> None:
    path = tmp_path / "p.gpkg"
    save_park(small_park(), path)
    with outside_edit(path) as con:
        con.execute("UPDATE firms SET name = 'a' || char(0) || 'b' WHERE firm_id = 'F2'")
    park = load_park(path, set_aside=True)
    firms = [r for r in park.needs_attention if r.layer == "firms"]
    assert firms and firms[0].problems[0].field == "name"
    assert "control character" in firms[0].problems[0].problem


def test_a_10_mb_name_is_cut_in_the_workbook_with_a_notice(tmp_path: Path) -> None:
    from ecopark.export.workbook import export_workbook

    park = small_park()
    firm = park.scenario("plan2030").firms["F1"]
    ReplaceObjects("plan2030", [firm.with_changes(name="长" * 10_000_000)]).redo(park)
    target = export_workbook(park, "plan2030", tmp_path / "plan.xlsx", "zh")
    wb = openpyxl.load_workbook(target)
    cells = [
        c
        for ws in wb.worksheets
        for row in ws.iter_rows()
        for c in row
        if isinstance(c.value, str) and c.value.startswith("长长长")
    ]
    assert cells
    for cell in cells:
        assert len(cell.value) == 32_767
        assert cell.value.endswith("[cut: 10,000,000 characters]")
        assert cell.comment is not None and "10,000,000" in cell.comment.text
