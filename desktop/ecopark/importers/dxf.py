"""Read CAD drawings (DXF) with ezdxf: one preview layer per CAD layer.

Drawings arrive damaged (junk after EOF, duplicate handles), without a CRS, and in millimetres
that look like metres; so we read with ezdxf's recover mode, take the CRS from a GEODATA object
when there is one, and propose the units from $INSUNITS for the planner to confirm. Closed
outlines become polygons, open ones lines, blocks and points points; text inside an outline
becomes its name. Lines on a layer that enclose areas also give a "faces" layer (lot plans draw
parcels as loose lines).
"""

from __future__ import annotations

import contextlib
import logging
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import shapely

from ecopark.importers.mapping import MEDIUM_WORDS
from ecopark.importers.preview import (
    FeatureTable,
    ImportPreview,
    ImportProblem,
    LayerPreview,
    SourceError,
    geometry_type_counts,
)

METRES_PER_INSUNIT: dict[int, tuple[str, float]] = {
    1: ("inches", 0.0254),
    2: ("feet", 0.3048),
    3: ("miles", 1609.344),
    4: ("millimetres", 0.001),
    5: ("centimetres", 0.01),
    6: ("metres", 1.0),
    7: ("kilometres", 1000.0),
    10: ("yards", 0.9144),
    14: ("decimetres", 0.1),
    15: ("decametres", 10.0),
    16: ("hectometres", 100.0),
    21: ("US survey feet", 1200.0 / 3937.0),
}
"""$INSUNITS codes a site drawing plausibly uses, with their length in metres."""

UNIT_CHOICES: dict[str, float] = {name: scale for name, scale in METRES_PER_INSUNIT.values()}

PLAUSIBLE_EXTENT_M = (5.0, 50_000.0)
"""A park drawing is between a few metres and some tens of kilometres across."""

_PATH_TYPES = {"LINE", "LWPOLYLINE", "POLYLINE", "ARC", "CIRCLE", "ELLIPSE", "SPLINE"}
_TEXT_TYPES = {"TEXT", "MTEXT"}
_POINT_TYPES = {"POINT", "INSERT"}

_LAYER_HINTS: tuple[tuple[tuple[str, ...], str, str, str], ...] = (
    (("steam", "蒸汽"), "pipelines", "", "steam_mp"),
    (("heat", "热力", "热水"), "pipelines", "", "heat"),
    (("reclaimed", "中水", "再生水"), "pipelines", "", "reclaimed_water"),
    (("industrial", "工业"), "zones", "lingang_industrial", ""),
    (("harbor", "harbour", "port", "港"), "zones", "harbor", ""),
    (("city", "urban", "城区"), "zones", "city", ""),
    (("green", "buffer", "ecolog", "绿"), "zones", "ecological", ""),
    (("road", "street", "道路"), "corridors", "road", ""),
    (("plot", "parcel", "lot", "地块"), "plots", "", ""),
    (("firm", "enterprise", "企业"), "firms", "", ""),
)


@contextlib.contextmanager
def _quiet_ezdxf() -> Iterator[None]:
    """ezdxf logs every repaired handle; the preview reports them instead."""
    logger = logging.getLogger("ezdxf")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)


def open_drawing(path: Path) -> tuple[Any, list[ImportProblem]]:
    """Open a DXF, repairing what recover mode can; a :class:`SourceError` when nothing can."""
    import ezdxf
    from ezdxf import recover

    notes: list[ImportProblem] = []
    with _quiet_ezdxf():
        try:
            doc, auditor = recover.readfile(str(path))
        except OSError as exc:
            raise SourceError(
                f"{path.name}: cannot be read ({exc.strerror or exc})", path=str(path)
            ) from exc
        except Exception as first:
            try:  # binary DXF is not handled by recover mode but by the normal reader
                doc = ezdxf.readfile(str(path))
            except Exception:
                raise SourceError(
                    f"{path.name}: not a DXF drawing ezdxf can read, even in recover mode "
                    f"({_first_line(first)})",
                    path=str(path),
                ) from first
            auditor = None
    if auditor is not None:
        if auditor.has_errors:
            notes.append(
                ImportProblem(
                    path.name,
                    None,
                    "",
                    f"the drawing has {len(auditor.errors)} unrecoverable error(s); entities "
                    "that depend on them are left out",
                    "warning",
                )
            )
        if auditor.fixes:
            notes.append(
                ImportProblem(
                    path.name,
                    None,
                    "",
                    f"the drawing was damaged; recover mode repaired {len(auditor.fixes)} "
                    f"problem(s) (e.g. {auditor.fixes[0].message})",
                    "warning",
                )
            )
    return doc, notes


def _first_line(exc: BaseException) -> str:
    lines = str(exc).strip().splitlines()
    return lines[0] if lines else type(exc).__name__


def read_dxf(path: Path) -> ImportPreview:
    doc, file_problems = open_drawing(path)
    msp = doc.modelspace()
    crs, matrix, crs_problem = _geodata(msp)
    if crs_problem:
        file_problems.append(crs_problem)
    units, scale = _units(doc, crs)
    if scale is None and crs is None:
        file_problems.append(
            ImportProblem(
                path.name,
                None,
                "",
                "the drawing does not say its units ($INSUNITS); confirm them before importing",
                "warning",
            )
        )
    if crs is None:
        file_problems.append(
            ImportProblem(
                path.name,
                None,
                "",
                "the drawing has no GEODATA, so its coordinate reference system is unknown; "
                "choose it before importing (EcoPark proposes CRSs its coordinates fit)",
                "warning",
            )
        )
    by_layer: dict[str, list[tuple[int, Any, str, str]]] = defaultdict(list)
    labels: list[tuple[Any, str]] = []
    ignored: Counter[str] = Counter()
    with _quiet_ezdxf():
        for index, entity in enumerate(msp):
            kind = entity.dxftype()
            try:
                layer_name = str(entity.dxf.layer)
            except Exception:
                layer_name = "0"
            try:
                if kind in _TEXT_TYPES:
                    label = _label(entity, matrix)
                    if label is not None:
                        labels.append(label)
                    continue
                geom = _geometry(entity, kind, matrix)
            except _Degenerate as exc:
                by_layer[layer_name].append((index, None, kind, str(exc)))
                continue
            except Exception as exc:
                by_layer[layer_name].append((index, None, kind, f"cannot be converted: {exc}"))
                continue
            if geom is None:
                ignored[kind] += 1
                continue
            by_layer[layer_name].append((index, geom, kind, ""))
    layers = [_layer_preview(name, rows, crs) for name, rows in sorted(by_layer.items())]
    layers += [face for layer in list(layers) if (face := _faces(layer)) is not None]
    _assign_labels(layers, labels)
    if ignored:
        summary = ", ".join(f"{n} {kind}" for kind, n in ignored.most_common())
        file_problems.append(
            ImportProblem(path.name, None, "", f"left out (not map geometry): {summary}", "info")
        )
    if not layers:
        raise SourceError(
            f"{path.name}: the drawing has no lines, outlines or points to import",
            path=str(path),
        )
    _check_extent(path, layers, scale, units, crs, file_problems)
    return ImportPreview(
        path=path,
        format="dxf",
        layers=layers,
        problems=file_problems,
        units=units,
        metres_per_unit=1.0 if crs else scale,
    )


def _geodata(msp: Any) -> tuple[str | None, Any, ImportProblem | None]:
    try:
        geodata = msp.get_geodata()
    except Exception:
        geodata = None
    if geodata is None:
        return None, None, None
    try:
        matrix, epsg = geodata.get_crs_transformation()
    except Exception as exc:
        return (
            None,
            None,
            ImportProblem(
                "GEODATA",
                None,
                "",
                f"the drawing has GEODATA but its CRS cannot be used ({_first_line(exc)}); "
                "choose the CRS",
                "warning",
            ),
        )
    return f"EPSG:{epsg}", matrix, None


def _units(doc: Any, crs: str | None) -> tuple[str, float | None]:
    if crs is not None:
        return "GEODATA (coordinates in the CRS)", 1.0
    code = doc.header.get("$INSUNITS", 0)
    try:
        name, scale = METRES_PER_INSUNIT[int(code)]
    except (KeyError, TypeError, ValueError):
        return "unknown", None
    return name, scale


def _xy(points: Any, matrix: Any) -> np.ndarray:
    pts = list(points)
    if matrix is not None:
        pts = list(matrix.transform_vertices(pts))
    return np.array([(p[0], p[1]) for p in pts], dtype=float).reshape(-1, 2)


def _geometry(entity: Any, kind: str, matrix: Any) -> Any:
    if kind in _POINT_TYPES:
        where = entity.dxf.insert if kind == "INSERT" else entity.dxf.location
        xy = _xy([where], matrix)
        return shapely.points(xy[0])
    if kind not in _PATH_TYPES:
        return None
    if kind == "POLYLINE" and not (entity.is_2d_polyline or entity.is_3d_polyline):
        return None  # polyface and polygon meshes are not map outlines
    from ezdxf import path as dxfpath

    p = dxfpath.make_path(entity)
    extent = max(_path_size(p), 1e-9)
    xy = _xy(p.flattening(extent / 1000.0), matrix)
    if len(xy) < 2:
        return None
    closed = (
        bool(getattr(entity, "closed", False))
        or kind in ("CIRCLE",)
        or (len(xy) > 3 and np.allclose(xy[0], xy[-1], rtol=0, atol=extent * 1e-9))
    )
    if kind == "POLYLINE":
        closed = closed or bool(entity.is_closed)
    if kind == "ELLIPSE" and p.is_closed:
        closed = True
    distinct = len(np.unique(xy, axis=0))
    if closed and distinct >= 3:
        return shapely.polygons(xy)
    if distinct < 2:
        raise _Degenerate("has zero length (drawn as a point); left out")
    return shapely.linestrings(xy)


class _Degenerate(ValueError):
    """An entity that has no extent (a line from a point to itself)."""


def _path_size(p: Any) -> float:
    try:
        from ezdxf import path as dxfpath

        box = dxfpath.bbox([p])
        return float(max(box.size.x, box.size.y))
    except Exception:
        return 1.0


def _label(entity: Any, matrix: Any) -> tuple[Any, str] | None:
    text = entity.plain_text() if entity.dxftype() == "MTEXT" else entity.dxf.text
    text = " ".join(str(text).split())
    if not text:
        return None
    return shapely.points(_xy([entity.dxf.insert], matrix)[0]), text


def _hint(name: str) -> tuple[str | None, str, str]:
    key = name.lower()
    for words, target, kind, medium in _LAYER_HINTS:
        if any(w in key for w in words):
            return target, kind, medium
    if key in MEDIUM_WORDS:
        return "pipelines", "", MEDIUM_WORDS[key]
    return None, "", ""


def _layer_preview(
    name: str, rows: list[tuple[int, Any, str, str]], crs: str | None
) -> LayerPreview:
    geoms = np.array([r[1] for r in rows], dtype=object)
    fids = np.array([r[0] for r in rows], dtype=np.int64)
    problems = [
        ImportProblem(name, r[0], "geometry", f"{r[2]} {r[3]}") for r in rows if r[1] is None
    ]
    for r, g in zip(rows, geoms, strict=True):
        if g is not None and g.geom_type == "Polygon" and not g.is_valid:
            problems.append(
                ImportProblem(
                    name,
                    r[0],
                    "geometry",
                    f"{r[2]} outline is invalid ({shapely.is_valid_reason(g)}); repair it or "
                    "leave it out",
                    repairable=True,
                )
            )
    target, kind, medium = _hint(name)
    columns = {"entity": np.array([r[2] for r in rows], dtype=object)}
    return LayerPreview(
        name=name,
        feature_count=len(rows),
        geometry_types=geometry_type_counts(geoms),
        fields=["entity"],
        source_crs=crs,
        crs_origin="GEODATA" if crs else "missing",
        target_layer=target,
        default_kind=kind,
        default_medium=medium,
        problems=problems,
        features=FeatureTable(
            geoms,
            fids,
            columns,
            labels=np.full(len(rows), "", dtype=object),
            read_problems={p.feature: p for p in problems if p.feature is not None},
        ),
    )


def _faces(layer: LayerPreview) -> LayerPreview | None:
    """Areas enclosed by a layer's loose lines (parcels drawn as separate segments)."""
    table = layer.features
    if table is None:
        return None
    lines = [g for g in table.geometries if g is not None and g.geom_type == "LineString"]
    if len(lines) < 3:
        return None
    noded = shapely.node(shapely.multilinestrings(lines))
    faces = shapely.get_parts(shapely.polygonize(shapely.get_parts(noded)))
    faces = faces[shapely.area(faces) > 0] if len(faces) else faces
    if not len(faces):
        return None
    name = f"{layer.name} (areas enclosed by lines)"
    fids = np.arange(len(faces), dtype=np.int64)
    target, kind, medium = _hint(layer.name)
    return LayerPreview(
        name=name,
        feature_count=len(faces),
        geometry_types=geometry_type_counts(faces),
        fields=[],
        source_crs=layer.source_crs,
        crs_origin=layer.crs_origin,
        target_layer=target if target in ("zones", "plots") else None,
        default_kind=kind,
        notes=[f"{len(faces)} area(s) formed by {len(lines)} line(s) of layer {layer.name}"],
        features=FeatureTable(
            np.asarray(faces, dtype=object), fids, {}, labels=np.full(len(faces), "", dtype=object)
        ),
    )


def _assign_labels(layers: list[LayerPreview], labels: list[tuple[Any, str]]) -> None:
    """Name each outline after the text written inside it (lot numbers, firm names)."""
    if not labels:
        return
    points = np.array([p for p, _ in labels], dtype=object)
    texts = [t for _, t in labels]
    for layer in layers:
        table = layer.features
        if table is None or table.labels is None:
            continue
        polys = np.array(
            [g if g is not None and g.geom_type == "Polygon" else None for g in table.geometries],
            dtype=object,
        )
        if not any(p is not None for p in polys):
            continue
        tree = shapely.STRtree(polys)
        point_idx, poly_idx = tree.query(points, predicate="within")
        found: dict[int, list[str]] = defaultdict(list)
        for pi, gi in zip(point_idx, poly_idx, strict=True):
            found[int(gi)].append(texts[int(pi)])
        for gi, words in found.items():
            table.labels[gi] = " ".join(words)


def _check_extent(
    path: Path,
    layers: list[LayerPreview],
    scale: float | None,
    units: str,
    crs: str | None,
    problems: list[ImportProblem],
) -> None:
    geoms = [
        g
        for layer in layers
        if layer.features is not None
        for g in layer.features.geometries
        if g is not None
    ]
    if not geoms or scale is None or crs is not None:
        return
    xmin, ymin, xmax, ymax = shapely.total_bounds(geoms)
    size = max(xmax - xmin, ymax - ymin) * scale
    lo, hi = PLAUSIBLE_EXTENT_M
    if not lo <= size <= hi:
        problems.append(
            ImportProblem(
                path.name,
                None,
                "",
                f"read in {units}, the drawing is {size:,.1f} m across, which is unusual for a "
                "park; check the units",
                "warning",
            )
        )
    else:
        problems.append(
            ImportProblem(
                path.name,
                None,
                "",
                f"read in {units} ($INSUNITS), the drawing is {size:,.1f} m across; confirm the "
                "units",
                "info",
            )
        )
