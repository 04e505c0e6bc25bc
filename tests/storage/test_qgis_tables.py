"""Issue 19, failure 7: opened in QGIS, the file looks like EcoPark.

Every project EcoPark writes has a ``layer_styles`` table with a default style per layer (zones by
kind, firms by sector, pipelines by medium and status, in ecopark.symbology's colours) and a
``qgis_projects`` table holding one project with a layer group per scenario filtered by
``scenario_id``. Checked with SQLite/pyogrio here, and with PyQGIS where QGIS is installed.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
import pyogrio
import pytest
from PIL import Image

from ecopark.storage import load_park, save_park
from ecopark.storage.qgis import PROJECT_NAME, STYLED_LAYERS, read_project_xml
from ecopark.symbology import MEDIUM_COLOURS, rgb, sector_symbol, zone_colour
from factories import small_park

PROBE = Path(__file__).with_name("qgis_probe.py")
SYSTEM_PYTHON = Path("/usr/bin/python3")


def _saved(tmp_path: Path) -> Path:
    path = tmp_path / "园区.gpkg"
    save_park(small_park(), path)
    return path


def _styles(path: Path) -> dict[str, ET.Element]:
    frame = pyogrio.read_dataframe(path, layer="layer_styles", read_geometry=False)
    assert set(frame["useAsDefault"]) == {1}
    assert set(frame["f_geometry_column"]) == {"geom"}
    return {
        str(r["f_table_name"]): ET.fromstring(str(r["styleQML"]).split("\n", 1)[1])
        for _, r in frame.iterrows()
    }


def _colour(value: str) -> str:
    r, g, b = (int(x) for x in value.split(",")[:3])
    return f"#{r:02x}{g:02x}{b:02x}"


def test_every_layer_has_a_default_style_in_ecoparks_colours(tmp_path: Path) -> None:
    styles = _styles(_saved(tmp_path))
    assert set(styles) == set(STYLED_LAYERS)
    zones = styles["zones"].find("renderer-v2")
    assert zones is not None and zones.get("type") == "categorizedSymbol"
    assert zones.get("attr") == "kind"
    symbols = {s.get("name"): s for s in zones.iter("symbol")}
    colours = {
        c.get("value"): _colour(
            symbols[c.get("symbol")].find("layer/prop[@k='color']").get("v")  # type: ignore[union-attr]
        )
        for c in zones.iter("category")
    }
    assert colours["harbor"] == zone_colour("harbor")
    assert colours["chem_cluster"] == zone_colour("chem_cluster")  # the park's own kind too
    firms = styles["firms"].find("renderer-v2")
    assert firms is not None and firms.get("attr") == "sector"
    first = next(firms.iter("category"))
    assert first.get("value") == "power"
    pipelines = styles["pipelines"].find("renderer-v2")
    assert pipelines is not None and pipelines.get("type") == "RuleRenderer"
    rules = {r.get("filter"): r.get("symbol") for r in pipelines.iter("rule")}
    assert len(rules) == 10  # 5 media × existing/planned
    psyms = {s.get("name"): s for s in pipelines.iter("symbol")}
    planned = psyms[rules["\"medium\" = 'steam_mp' AND \"status\" = 'planned'"]]
    assert (
        _colour(planned.find("layer/prop[@k='line_color']").get("v"))
        == MEDIUM_COLOURS[  # type: ignore[union-attr]
            "steam_mp"
        ]
    )
    assert planned.find("layer/prop[@k='use_custom_dash']").get("v") == "1"  # type: ignore[union-attr]
    assert sector_symbol("power").colour == "#c0392b" and rgb("#c0392b") == (192, 57, 43)


def test_one_project_with_a_group_per_scenario_filtered_by_scenario_id(tmp_path: Path) -> None:
    path = _saved(tmp_path)
    with sqlite3.connect(path) as con:
        rows = con.execute("SELECT name, metadata, content FROM qgis_projects").fetchall()
    [(name, metadata, content)] = rows
    assert name == PROJECT_NAME and "last_modified_time" in json.loads(metadata)
    root = ET.fromstring(read_project_xml(content).split("\n", 1)[1])
    groups = root.findall("layer-tree-group/layer-tree-group")
    assert [g.get("name") for g in groups] == [
        "现状 2024 (base, baseline 2024)",
        "规划 2030 (plan2030, plan 2030)",
    ]
    assert [g.get("checked") for g in groups] == ["Qt::Unchecked", "Qt::Checked"]
    for group, sid in zip(groups, ("base", "plan2030"), strict=True):
        sources = [n.get("source") for n in group.findall("layer-tree-layer")]
        assert len(sources) == len(STYLED_LAYERS)
        assert all(f"subset=\"scenario_id\" = '{sid}'" in s for s in sources)  # type: ignore[operator]
        assert all(s.startswith("./园区.gpkg|layername=") for s in sources)  # type: ignore[union-attr]
    ids = [e.text or "" for e in root.iter("id")]
    assert all(len(i) > 10 for i in ids)  # QGIS replaces layer ids of 10 characters or fewer


def test_the_tables_follow_save_as_and_do_not_disturb_loading(tmp_path: Path) -> None:
    path = _saved(tmp_path)
    park = load_park(path)
    assert park.snapshot() == small_park().snapshot()
    other = tmp_path / "copy.gpkg"
    save_park(park, other)
    with sqlite3.connect(other) as con:
        [(content,)] = con.execute("SELECT content FROM qgis_projects").fetchall()
    assert "./copy.gpkg|layername=zones" in read_project_xml(content)


def _qgis_python() -> Path:
    if not SYSTEM_PYTHON.exists():
        pytest.skip("no system Python 3: PyQGIS (Debian's python3-qgis) is not installed")
    probe = subprocess.run(
        [str(SYSTEM_PYTHON), "-c", "import qgis.core"],
        capture_output=True,
        env={"PATH": "/usr/bin:/bin"},
        check=False,
    )
    if probe.returncode != 0:
        pytest.skip("PyQGIS is not installed (apt-get install qgis python3-qgis to run this check)")
    return SYSTEM_PYTHON


def test_qgis_opens_the_file_styled_and_renders_it(tmp_path: Path) -> None:
    python = _qgis_python()
    path = _saved(tmp_path)
    png = tmp_path / "qgis.png"
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run(
        [str(python), str(PROBE), str(path), str(png)],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
        check=False,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    seen = json.loads(run.stdout.strip().splitlines()[-1])
    assert seen["project_read"] and seen["crs"] == "EPSG:4550"
    zones = seen["styles"]["zones"]
    assert zones["loaded"] and zones["renderer"] == "categorizedSymbol"
    assert zones["categories"]["lingang_industrial"] == zone_colour("lingang_industrial")
    assert seen["styles"]["firms"]["categories"]["brewery"] == sector_symbol("brewery").colour
    rules = seen["styles"]["pipelines"]["rules"]
    assert rules["\"medium\" = 'heat' AND \"status\" = 'planned'"] == [MEDIUM_COLOURS["heat"], "1"]
    park = small_park()
    groups = seen["groups"]
    assert len(groups) == len(park.scenarios)
    for (sid, scenario), group in zip(park.scenarios.items(), groups.values(), strict=True):
        assert group["visible"] == (sid == park.default_scenario().scenario_id)
        for layer, info in group["layers"].items():
            assert info["valid"], (sid, layer)
            assert info["features"] == len(scenario.objects(layer)), (sid, layer)
    image = np.asarray(Image.open(png).convert("RGB"))
    background = np.array(rgb("#f6f6f2"))
    assert (np.abs(image - background).sum(axis=2) > 30).mean() > 0.3  # the plan is drawn
    harbor = np.array(rgb(zone_colour("harbor")))  # drawn at 55 % over the background
    blended = 0.55 * harbor + 0.45 * background
    assert (np.abs(image - blended).sum(axis=2) < 12).any()
