"""What QGIS needs to show a project file as EcoPark does: default layer styles and a project.

QGIS reads a layer's default style from the GeoPackage's ``layer_styles`` table (QML, the XML
of its symbology) and lists projects stored in the ``qgis_projects`` table (a .qgz archive,
hex-encoded, holding the .qgs XML). We write zones by kind, firms by sector, facilities by kind,
pipelines by medium and status, corridors by kind, plots plain, in the colours of
:mod:`ecopark.symbology`, and one project with a layer group per scenario, each layer filtered
by ``scenario_id`` so that scenarios are not drawn on top of each other. Plain XML text: no QGIS
needed to write it; PyQGIS (where installed) checks it in the tests.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import sqlite3
import time
import warnings
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

import pyproj

from ecopark import __version__
from ecopark.model import Park
from ecopark.model.kinds import CORRIDOR_KINDS, FACILITY_KINDS, MEDIA, PIPELINE_STATUSES, SECTORS
from ecopark.symbology import (
    CORRIDOR_STYLES,
    FACILITY_SIZE_PX,
    PLOT_STYLE,
    SYMBOL_SIZES_PX,
    ZONE_FILL_OPACITY,
    LineStyle,
    facility_symbol,
    pipeline_style,
    rgb,
    sector_symbol,
    zone_colour,
    zone_outline_colour,
)

PROJECT_NAME = "EcoPark"
"""The name of the project in ``qgis_projects`` (QGIS lists it under the GeoPackage)."""
QGIS_VERSION = "3.22.16-Białowieża"
"""The QGIS version the XML is written for (the oldest LTR planners use with GDAL 3.6)."""
GEOMETRY_COLUMN = "geom"

STYLED_LAYERS: dict[str, str] = {
    "zones": "Polygon",
    "plots": "Polygon",
    "corridors": "Line",
    "pipelines": "Line",
    "facilities": "Point",
    "firms": "Point",
}
"""Drawing order bottom to top, with QGIS's geometry word for each."""

_MARKER_NAMES = {
    "circle": ("circle", 0),
    "square": ("square", 0),
    "triangle": ("triangle", 0),
    "triangle_down": ("triangle", 180),
    "diamond": ("diamond", 0),
    "pentagon": ("pentagon", 0),
    "hexagon": ("hexagon", 0),
    "star": ("star", 0),
    "cross": ("cross_fill", 0),
}


def _colour(hex_colour: str, alpha: float = 1.0) -> str:
    r, g, b = rgb(hex_colour)
    return f"{r},{g},{b},{round(alpha * 255)}"


def _props(values: dict[str, object]) -> str:
    return "".join(f"<prop k={quoteattr(k)} v={quoteattr(str(v))}/>" for k, v in values.items())


def _fill_symbol(name: str, fill: str, outline: str, alpha: float) -> str:
    layer = _props(
        {
            "color": _colour(fill, alpha),
            "outline_color": _colour(outline),
            "outline_style": "solid",
            "outline_width": "0.4",
            "outline_width_unit": "MM",
            "style": "solid",
        }
    )
    return (
        f'<symbol type="fill" name={quoteattr(name)} alpha="1" clip_to_extent="1" '
        f'force_rhr="0"><layer class="SimpleFill" enabled="1" locked="0" pass="0">{layer}'
        "</layer></symbol>"
    )


def _line_symbol(name: str, style: LineStyle) -> str:
    values: dict[str, object] = {
        "line_color": _colour(style.colour),
        "line_width": f"{style.width_px:g}",
        "line_width_unit": "Pixel",
        "line_style": "solid",
        "capstyle": "round",
        "joinstyle": "round",
    }
    if style.dash:
        values["use_custom_dash"] = "1"
        values["customdash"] = ";".join(f"{d * style.width_px:g}" for d in style.dash)
        values["customdash_unit"] = "Pixel"
    return (
        f'<symbol type="line" name={quoteattr(name)} alpha="1" clip_to_extent="1" '
        f'force_rhr="0"><layer class="SimpleLine" enabled="1" locked="0" pass="0">'
        f"{_props(values)}</layer></symbol>"
    )


def _marker_symbol(name: str, shape: str, fill: str, outline: str, size_px: float) -> str:
    marker, angle = _MARKER_NAMES.get(shape, ("circle", 0))
    values = {
        "name": marker,
        "angle": angle,
        "color": _colour(fill),
        "outline_color": _colour(outline),
        "outline_style": "solid",
        "outline_width": "1",
        "outline_width_unit": "Pixel",
        "size": f"{size_px:g}",
        "size_unit": "Pixel",
        "scale_method": "diameter",
    }
    return (
        f'<symbol type="marker" name={quoteattr(name)} alpha="1" clip_to_extent="1" '
        f'force_rhr="0"><layer class="SimpleMarker" enabled="1" locked="0" pass="0">'
        f"{_props(values)}</layer></symbol>"
    )


@dataclass(frozen=True)
class _Category:
    value: str
    label: str
    symbol: str


def _marker_categories(
    attribute: str, keys: Iterable[str], symbol_of: Callable[[str], Any], size_px: float
) -> str:
    """A categorized point renderer: one marker per key, drawn as the canvas draws it."""
    return _categorized(
        attribute,
        [
            _Category(key, key, _marker_symbol("s", sym.shape, sym.colour, sym.outline, size_px))
            for key in keys
            if (sym := symbol_of(key))
        ],
    )


def _categorized(attribute: str, categories: list[_Category]) -> str:
    cats = "".join(
        f'<category render="true" symbol="{k}" value={quoteattr(c.value)} '
        f"label={quoteattr(c.label)}/>"
        for k, c in enumerate(categories)
    )
    symbols = "".join(c.symbol.replace("name=\"s\"", f'name="{k}"', 1)
                      for k, c in enumerate(categories))  # fmt: skip
    return (
        f'<renderer-v2 type="categorizedSymbol" attr={quoteattr(attribute)} '
        f'enableorderby="0" forceraster="0" symbollevels="0">'
        f"<categories>{cats}</categories><symbols>{symbols}</symbols></renderer-v2>"
    )


def _rule_based(rules: list[tuple[str, str, str]]) -> str:
    """(label, filter expression, symbol) per rule."""
    body = "".join(
        f'<rule key="r{k}" symbol="{k}" label={quoteattr(label)} filter={quoteattr(expr)}/>'
        for k, (label, expr, _) in enumerate(rules)
    )
    symbols = "".join(sym.replace("name=\"s\"", f'name="{k}"', 1)
                      for k, (_, _, sym) in enumerate(rules))  # fmt: skip
    return (
        '<renderer-v2 type="RuleRenderer" enableorderby="0" forceraster="0" symbollevels="0">'
        f'<rules key="root">{body}</rules><symbols>{symbols}</symbols></renderer-v2>'
    )


def _single(symbol: str) -> str:
    named = symbol.replace('name="s"', 'name="0"', 1)
    return (
        '<renderer-v2 type="singleSymbol" enableorderby="0" forceraster="0" symbollevels="0">'
        f"<symbols>{named}</symbols></renderer-v2>"
    )


def renderer(layer: str, park: Park) -> str:
    """The ``renderer-v2`` element of a layer, in EcoPark's colours."""
    if layer == "zones":
        return _categorized(
            "kind",
            [
                _Category(
                    kind,
                    zk.label_zh or zk.label_en or kind,
                    _fill_symbol(
                        "s", zone_colour(kind), zone_outline_colour(kind), ZONE_FILL_OPACITY
                    ),
                )  # fmt: skip
                for kind, zk in park.zone_kinds.items()
            ],
        )
    if layer == "firms":
        return _marker_categories("sector", SECTORS, sector_symbol, SYMBOL_SIZES_PX[1])
    if layer == "facilities":
        return _marker_categories("kind", FACILITY_KINDS, facility_symbol, FACILITY_SIZE_PX)
    if layer == "pipelines":
        rules = []
        for medium in MEDIA:
            for status in PIPELINE_STATUSES:
                style = pipeline_style(medium, status, 300.0)
                rules.append(
                    (
                        f"{medium} ({status})",
                        f"\"medium\" = '{medium}' AND \"status\" = '{status}'",
                        _line_symbol("s", style),
                    )
                )
        return _rule_based(rules)
    if layer == "corridors":
        return _categorized(
            "kind",
            [
                _Category(kind, kind, _line_symbol("s", CORRIDOR_STYLES.get(kind, PLOT_STYLE)))
                for kind in CORRIDOR_KINDS
            ],
        )
    return _single(_fill_symbol("s", "#ffffff", PLOT_STYLE.colour, 0.0))


_LABEL_FIELDS = {"zones": "name", "firms": "name", "facilities": "name"}


def _labeling(layer: str) -> str:
    field = _LABEL_FIELDS.get(layer)
    if field is None:
        return ""
    size = 9 if layer == "zones" else 7
    return (
        '<labeling type="simple"><settings calloutType="simple">'
        f'<text-style fieldName={quoteattr(field)} fontSize="{size}" fontSizeUnit="Point" '
        'textColor="40,40,40,255" isExpression="0"><text-buffer bufferDraw="1" '
        'bufferSize="0.8" bufferColor="255,255,255,255"/></text-style>'
        '<placement placement="1"/><rendering scaleVisibility="1" scaleMin="1" '
        'scaleMax="25000"/></settings></labeling>'
    )


def qml(layer: str, park: Park) -> str:
    """A QGIS style (QML) for one layer: symbology and labels."""
    labels = _labeling(layer)
    return (
        "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n"
        f'<qgis version="{QGIS_VERSION}" styleCategories="Symbology|Labeling" '
        f'labelsEnabled="{1 if labels else 0}">'
        f"{renderer(layer, park)}{labels}<blendMode>0</blendMode>"
        "<featureBlendMode>0</featureBlendMode><layerOpacity>1</layerOpacity></qgis>\n"
    )


def _utc_stamp() -> str:
    """The time written into the QGIS tables, UTC. ``SOURCE_DATE_EPOCH`` (the reproducible-builds
    convention) pins it, so the demo parks rebuild to the same bytes."""
    pinned = os.environ.get("SOURCE_DATE_EPOCH", "")
    when = time.gmtime(int(pinned)) if pinned.isdigit() else time.gmtime()
    return time.strftime("%Y-%m-%dT%H:%M:%S", when)


def layer_style_rows(park: Park, layers: Iterable[str]) -> list[dict[str, object]]:
    """Rows of ``layer_styles``: one default style per layer, as QGIS writes them."""
    stamp = _utc_stamp()
    return [
        {
            "f_table_catalog": "",
            "f_table_schema": "",
            "f_table_name": layer,
            "f_geometry_column": GEOMETRY_COLUMN,
            "styleName": f"EcoPark {layer}",
            "styleQML": qml(layer, park),
            "styleSLD": "",
            "useAsDefault": 1,
            "description": f"EcoPark Planner {__version__}: {layer} as EcoPark draws them",
            "owner": "EcoPark",
            "ui": "",
            "update_time": stamp,
        }
        for layer in layers
    ]


LAYER_STYLES_COLUMNS: list[tuple[str, str]] = [
    ("f_table_catalog", "object"),
    ("f_table_schema", "object"),
    ("f_table_name", "object"),
    ("f_geometry_column", "object"),
    ("styleName", "object"),
    ("styleQML", "object"),
    ("styleSLD", "object"),
    ("useAsDefault", "int32"),
    ("description", "object"),
    ("owner", "object"),
    ("ui", "object"),
    ("update_time", "object"),
]


# ----- the project ----------------------------------------------------------------------------
def _srs(crs: str) -> str:
    c = pyproj.CRS.from_user_input(crs)
    authid = crs if ":" in crs else f"EPSG:{c.to_epsg()}"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # a PROJ string loses detail: WKT leads
        proj4 = c.to_proj4() or ""
    return (
        "<spatialrefsys>"
        f"<wkt>{escape(c.to_wkt())}</wkt><proj4>{escape(proj4)}</proj4>"
        f"<authid>{escape(authid)}</authid><description>{escape(c.name)}</description>"
        "<projectionacronym></projectionacronym><ellipsoidacronym></ellipsoidacronym>"
        "<geographicflag>false</geographicflag></spatialrefsys>"
    )


def _source(file_name: str, layer: str, scenario_id: str) -> str:
    subset = f"\"scenario_id\" = '{scenario_id.replace(chr(39), chr(39) * 2)}'"
    return f"./{file_name}|layername={layer}|subset={subset}"


def project_xml(park: Park, file_name: str) -> str:
    """The .qgs XML: a group per scenario (the plan shown, others hidden), each with the park's
    layers filtered to that scenario, styled as :func:`qml` says."""
    srs = _srs(park.crs)
    groups, maplayers, order = [], [], []
    default = park.default_scenario().scenario_id if park.scenarios else ""
    for sid, scenario in park.scenarios.items():
        info = scenario.info
        shown = "Qt::Checked" if sid == default else "Qt::Unchecked"
        members = []
        for layer in reversed(list(STYLED_LAYERS)):  # top of the legend = drawn last
            lid = f"ecopark_{layer}_{sid}"  # QGIS keeps only ids longer than 10 characters
            source = _source(file_name, layer, sid)
            members.append(
                f"<layer-tree-layer id={quoteattr(lid)} name={quoteattr(layer)} "
                f'providerKey="ogr" source={quoteattr(source)} checked="Qt::Checked" '
                'expanded="0"><customproperties/></layer-tree-layer>'
            )
            order.append(lid)
            labels = _labeling(layer)
            maplayers.append(
                f'<maplayer type="vector" geometry="{STYLED_LAYERS[layer]}" '
                f'labelsEnabled="{1 if labels else 0}" autoRefreshEnabled="0" '
                'hasScaleBasedVisibilityFlag="0" minScale="100000000" maxScale="0" '
                'readOnly="0" refreshOnNotifyEnabled="0" simplifyDrawingHints="1" '
                'simplifyDrawingTol="1" simplifyLocal="1" simplifyMaxScale="1" '
                'simplifyAlgorithm="0" styleCategories="AllStyleCategories">'
                f"<id>{escape(lid)}</id><datasource>{escape(source)}</datasource>"
                f"<layername>{escape(layer)}</layername><srs>{srs}</srs>"
                '<provider encoding="UTF-8">ogr</provider>'
                f"{renderer(layer, park)}{labels}<blendMode>0</blendMode>"
                "<featureBlendMode>0</featureBlendMode><layerOpacity>1</layerOpacity>"
                "</maplayer>"
            )
        title = f"{info.name} ({sid}, {info.kind} {info.year})"
        groups.append(
            f"<layer-tree-group name={quoteattr(title)} checked={quoteattr(shown)} "
            f'expanded="1"><customproperties/>{"".join(members)}</layer-tree-group>'
        )
    order_xml = "".join(f"<item>{escape(lid)}</item>" for lid in reversed(order))
    return (
        "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n"
        f'<qgis projectname={quoteattr(park.name)} version="{QGIS_VERSION}">'
        '<homePath path=""/>'
        f"<title>{escape(park.name)}</title>"
        f"<projectCrs>{srs}</projectCrs>"
        f"<layer-tree-group><customproperties/>{''.join(groups)}"
        f'<custom-order enabled="0">{order_xml}</custom-order></layer-tree-group>'
        f"<projectlayers>{''.join(maplayers)}</projectlayers>"
        f"<layerorder>{''.join(f'<layer id={quoteattr(i)}/>' for i in order)}</layerorder>"
        '<properties><Paths><Absolute type="bool">false</Absolute></Paths>'
        f'<SpatialRefSys><ProjectionsEnabled type="int">1</ProjectionsEnabled>'
        f'<ProjectCrs type="QString">{escape(park.crs)}</ProjectCrs></SpatialRefSys>'
        '<Measurement><DistanceUnits type="QString">meters</DistanceUnits>'
        '<AreaUnits type="QString">m2</AreaUnits></Measurement></properties>'
        "</qgis>\n"
    )


def project_row(park: Park, file_name: str) -> dict[str, object]:
    """The ``qgis_projects`` row: the project as QGIS stores it (a .qgz zip, hex text)."""
    buffer = io.BytesIO()
    entry = zipfile.ZipInfo(f"{PROJECT_NAME}.qgs", date_time=(1980, 1, 1, 0, 0, 0))
    entry.compress_type = zipfile.ZIP_DEFLATED  # a fixed date: same park, same bytes
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(entry, project_xml(park, file_name))
    metadata = json.dumps(
        {
            "last_modified_time": _utc_stamp(),
            "last_modified_user": "EcoPark Planner",
        }
    )
    return {"name": PROJECT_NAME, "metadata": metadata, "content": buffer.getvalue().hex()}


def read_project_xml(content_hex: str) -> str:
    """The .qgs XML inside a ``qgis_projects`` content value (for checks and tests)."""
    with zipfile.ZipFile(io.BytesIO(bytes.fromhex(content_hex))) as archive:
        name = next(n for n in archive.namelist() if n.endswith(".qgs"))
        return archive.read(name).decode("utf-8")


def write_qgis_tables(park: Park, path: Path, file_name: str) -> None:
    """Add ``layer_styles`` (through GDAL, registered as an attribute table, as QGIS does) and
    ``qgis_projects`` (plain SQLite, as QGIS does) to a freshly written project file."""
    import pandas as pd
    import pyogrio

    rows = layer_style_rows(park, STYLED_LAYERS)
    frame = pd.DataFrame(
        {
            name: pd.Series([r[name] for r in rows], dtype="int32" if dtype == "int32" else object)
            for name, dtype in LAYER_STYLES_COLUMNS
        }
    )
    pyogrio.write_dataframe(frame, path, layer="layer_styles", driver="GPKG")
    row = project_row(park, file_name)
    with contextlib.closing(sqlite3.connect(path)) as con, con:
        con.execute(
            "CREATE TABLE IF NOT EXISTS qgis_projects"
            "(name TEXT PRIMARY KEY, metadata BLOB, content BLOB)"
        )
        con.execute(
            "INSERT OR REPLACE INTO qgis_projects (name, metadata, content) VALUES (?, ?, ?)",
            (row["name"], row["metadata"], row["content"]),
        )
