"""Every broken file we know of gives a clear message naming it, and a partial import or nothing.

The expected outcome per file is written down so a change in behaviour is noticed:
"refused" = the file cannot be read (SourceError naming it), "nothing" = readable but nothing
can be imported (refused, park unchanged), "partial"/"all" = some or all features imported.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ecopark.commands import CommandStack
from ecopark.importers import (
    ImportOptions,
    ImportRefused,
    LayerTarget,
    SourceError,
    build_import,
    inspect_source,
)
from ecopark.model import Park, ScenarioInfo

EXPECTED: dict[str, str] = {
    "bad/geojson/15_bad_json_syntax.geojson": "refused",
    "bad/geojson/16_unclosed_ring.geojson": "nothing",
    "bad/geojson/17_self_intersecting_hourglass.geojson": "nothing",
    "bad/geojson/19_legacy_crs_member.geojson": "nothing",
    "bad/geojson/20_mixed_geometry_types.geojson": "partial",
    "bad/gpkg/01_empty_no_layers.gpkg": "refused",
    "bad/gpkg/02_null_geometry.gpkg": "partial",
    "bad/gpkg/03_v12_bad_attributes.gpkg": "partial",
    "bad/gpkg/05_test_gpkg_nulls.gpkg": "all",
    "bad/gpkg/06_curvepolygon.gpkg": "all",
    "bad/gpkg/07_multisurface.gpkg": "all",
    "bad/shp/08_corrupt_too_long/corrupt_too_long.shp": "all",
    "bad/shp/09_empty/empty.shp": "nothing",
    "bad/shp/10_null_shapes/null.shp": "partial",
    "bad/shp/11_missing_shx/singleton.shp": "refused",
    "bad/shp/13_latin1_dbf_no_cpg/latin1-property.shp": "all",
    "bad/shp/14_tin_multipatch/test_tin.shp": "nothing",
    "dxf/broken/R12_with_trash_beyond_EOF.dxf": "all",
    "dxf/broken/bin_dxf_r13.dxf": "all",
    "dxf/broken/duplicate_handles.dxf": "partial",  # 3 zero-length LINEs left out
    "dxf/broken/recover01.dxf": "partial",  # zero-length LINEs left out
}


def _park() -> Park:
    park = Park("robustness", "EPSG:3857")
    park.add_scenario(ScenarioInfo(scenario_id="base", name="base", kind="baseline", year=2024))
    return park


def _options(preview) -> ImportOptions:  # type: ignore[no-untyped-def]
    """Accept the proposal; map unmapped layers by geometry, as a planner would in the dialog."""
    options = ImportOptions.from_preview(preview)
    options.source_crs = None if all(layer.source_crs for layer in preview.layers) else "EPSG:3857"
    options.metres_per_unit = preview.metres_per_unit or 1.0
    for layer in preview.layers:
        target = options.targets[layer.name]
        if target.layer is None:
            types = set(layer.geometry_types)
            if types & {"Point", "MultiPoint"}:
                options.targets[layer.name] = LayerTarget("firms")
            elif types & {"Polygon", "MultiPolygon"}:
                options.targets[layer.name] = LayerTarget("zones", kind="reserve")
            else:
                options.targets[layer.name] = LayerTarget("corridors", kind="road")
        elif target.layer == "zones" and not target.kind:
            target.kind = "reserve"
    return options


def outcome(path: Path) -> tuple[str, str]:
    """What importing ``path`` into an empty park gives, and the message shown."""
    park = _park()
    before = park.snapshot()
    try:
        preview = inspect_source(path)
    except SourceError as exc:
        return "refused", str(exc)
    try:
        command = build_import(preview, _options(preview), park, "base")
    except ImportRefused as exc:
        assert park.snapshot() == before
        return "nothing", str(exc)
    stack = CommandStack(park)
    stack.push(command)
    imported = sum(command.counts.values())
    stack.undo()
    assert park.snapshot() == before
    errors = [p for p in command.problems if p.severity == "error"]
    kind = "partial" if errors else "all"
    return kind, f"{imported} object(s); " + "; ".join(str(p) for p in errors[:3])


@pytest.mark.parametrize("relative", sorted(EXPECTED))
def test_bad_file_gives_a_clear_message_and_partial_import_or_nothing(
    shared_dir: Path, relative: str
) -> None:
    path = shared_dir / "data" / relative
    kind, message = outcome(path)
    assert kind == EXPECTED[relative], message
    if kind in ("refused", "nothing"):
        assert path.name in message


def test_every_bad_file_is_covered(shared_dir: Path) -> None:
    data = shared_dir / "data"
    found = {
        str(p.relative_to(data))
        for p in [*(data / "bad").rglob("*"), *(data / "dxf" / "broken").glob("*")]
        if p.suffix in (".gpkg", ".geojson", ".shp", ".dxf")
    }
    assert found == set(EXPECTED)


def test_null_geometries_are_named_by_feature(shared_dir: Path) -> None:
    preview = inspect_source(shared_dir / "data" / "bad" / "shp" / "10_null_shapes" / "null.shp")
    nulls = sorted(p.feature for p in preview.layers[0].problems if "NULL" in p.message)
    assert nulls == [1, 3, 4, 7]
    assert preview.layers[0].usable_count == 5
