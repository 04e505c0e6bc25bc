"""Turn a confirmed preview into one undoable command that adds the imported objects.

Nothing here changes the park: :func:`plan_import` computes the objects and the problems, and
:func:`build_import` wraps them in an :class:`ImportCommand` the caller pushes on its undo stack.
Refusing (no CRS, no confirmed units, nothing importable) raises :class:`ImportRefused`, so a
refused import leaves the project exactly as it was.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pyproj
import shapely

from ecopark.commands import AddObjects, Command, MacroCommand
from ecopark.importers.mapping import (
    ID_PREFIX,
    convert_values,
    geometry_problems,
    make_valid_for,
)
from ecopark.importers.preview import (
    ImportOptions,
    ImportPreview,
    ImportProblem,
    ImportRefused,
    LayerPreview,
    LayerTarget,
)
from ecopark.model import TYPE_BY_LAYER, Park, ParkObject, ValidationError

FAR_FROM_PARK_M = 100_000.0
"""Imported features farther than this from the park suggest a wrong CRS or wrong units."""


class ImportCommand(MacroCommand):
    """The import as one undo step; carries what was imported and what was left out."""

    def __init__(
        self,
        text: str,
        commands: Sequence[Command],
        *,
        problems: list[ImportProblem],
        counts: dict[str, int],
    ):
        super().__init__(text, commands)
        self.problems = problems
        self.counts = counts


@dataclass
class ImportPlan:
    """What an import with given options would add, and what it leaves out (and why)."""

    objects: list[ParkObject] = field(default_factory=list)
    problems: list[ImportProblem] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    """Objects per park layer."""
    skipped: int = 0
    """Source features left out because of an error."""
    far: int = 0
    """Objects left out because they would land far from the park (see ``allow_far``)."""


def plan_import(
    preview: ImportPreview, options: ImportOptions, park: Park, scenario_id: str
) -> ImportPlan:
    """Compute the objects an import would add, without changing the park."""
    park.scenario(scenario_id)  # unknown scenario: a clear error before any work
    plan = ImportPlan()
    next_number: dict[str, int] = {}
    industrial = _osm_industrial_area(preview, options, park)
    for layer in preview.layers:
        target = options.targets.get(layer.name)
        if target is None or target.layer is None or layer.features is None:
            continue
        if target.layer not in TYPE_BY_LAYER or target.layer == "exchanges":
            raise ImportRefused(f"{target.layer!r} is not a map layer objects can be imported into")
        _plan_layer(
            preview, layer, target, options, park, scenario_id, plan, next_number, industrial
        )
    _refuse_far(preview, options, park, plan)
    plan.counts = dict(Counter(o.LAYER for o in plan.objects))
    return plan


def build_import(
    preview: ImportPreview, options: ImportOptions, park: Park, scenario_id: str
) -> ImportCommand:
    """One undoable command adding everything importable; refuses when nothing is."""
    plan = plan_import(preview, options, park, scenario_id)
    if not plan.objects:
        errors = [p for p in plan.problems if p.severity == "error"]
        why = f" ({errors[0]})" if errors else ""
        raise ImportRefused(
            f"{preview.path.name}: nothing to import with these choices{why}; the project is "
            "unchanged"
        )
    name = preview.path.name
    text = f"Import {len(plan.objects)} object(s) from {name}"
    return ImportCommand(
        text,
        [AddObjects(scenario_id, plan.objects, text=text)],
        problems=plan.problems,
        counts=plan.counts,
    )


def source_crs_of(preview: ImportPreview, layer: LayerPreview, options: ImportOptions) -> str:
    crs = options.source_crs or layer.source_crs
    if not crs:
        raise ImportRefused(
            f"{preview.path.name}: layer {layer.name} does not say which coordinate reference "
            "system it uses; choose one in the import dialog"
        )
    return crs


def reproject(geoms: np.ndarray, source_crs: str, target_crs: str) -> np.ndarray:
    """Geometries from one CRS to another (vectorised); points outside the CRS become inf."""
    try:
        src = pyproj.CRS.from_user_input(source_crs)
        dst = pyproj.CRS.from_user_input(target_crs)
    except pyproj.exceptions.CRSError as exc:
        raise ImportRefused(f"unknown coordinate reference system ({exc})") from None
    present = np.array([g is not None for g in geoms], dtype=bool)
    out = geoms.copy()
    if src == dst or not present.any():
        return out
    transformer = pyproj.Transformer.from_crs(src, dst, always_xy=True)

    def move(xy: np.ndarray) -> np.ndarray:
        x, y = transformer.transform(xy[:, 0], xy[:, 1], errcheck=False)
        return np.column_stack([x, y])

    out[present] = shapely.transform(geoms[present], move)
    return out


def _scaled(preview: ImportPreview, layer: LayerPreview, options: ImportOptions) -> np.ndarray:
    assert layer.features is not None
    geoms = layer.features.geometries
    if preview.format != "dxf" or layer.crs_origin == "GEODATA":
        return geoms
    scale = options.metres_per_unit
    if scale is None or not np.isfinite(scale) or scale <= 0:
        raise ImportRefused(
            f"{preview.path.name}: the drawing does not say its units; confirm the units "
            "(metres, millimetres...) in the import dialog"
        )
    if scale == 1.0:
        return geoms
    present = np.array([g is not None for g in geoms], dtype=bool)
    out = geoms.copy()
    out[present] = shapely.transform(geoms[present], lambda xy: xy * scale)
    return out


def _plan_layer(
    preview: ImportPreview,
    layer: LayerPreview,
    target: LayerTarget,
    options: ImportOptions,
    park: Park,
    scenario_id: str,
    plan: ImportPlan,
    next_number: dict[str, int],
    industrial: Any,
) -> None:
    table = layer.features
    assert table is not None and target.layer is not None
    cls = TYPE_BY_LAYER[target.layer]
    crs = source_crs_of(preview, layer, options)
    geoms = reproject(_scaled(preview, layer, options), crs, park.crs)
    fids = table.feature_ids
    problems: list[ImportProblem] = []
    for i in np.flatnonzero([g is None for g in geoms]):
        read = table.read_problems.get(int(fids[i]))
        problems.append(read or ImportProblem(layer.name, int(fids[i]), "geometry", "no geometry"))
    geo_problems, ok = geometry_problems(layer.name, geoms, fids, target.layer)
    if table.needs_repair is not None:
        for i in np.flatnonzero(table.needs_repair & ok):
            ok[i] = False
            geo_problems.append(table.read_problems[int(fids[i])])
    present = [g is not None for g in geoms]
    finite_fail = sum(1 for p in geo_problems if p.message.startswith("has coordinates"))
    if finite_fail and finite_fail == sum(present):
        problems.append(
            ImportProblem(
                layer.name,
                None,
                "geometry",
                f"no coordinate fits {crs}: the layer's CRS or units are probably wrong",
            )
        )
    repairable = {p.feature for p in geo_problems if p.repairable}
    for p in geo_problems:
        if p.repairable and options.repair:
            problems.append(
                ImportProblem(p.layer, p.feature, p.field, p.message + "; repaired", "warning")
            )
        else:
            problems.append(p)
    if options.repair:
        for i in np.flatnonzero(~ok):
            if int(fids[i]) in repairable and geoms[i] is not None:
                fixed = make_valid_for(target.layer, geoms[i])
                if fixed is not None and not fixed.is_empty:
                    geoms[i] = fixed
                    ok[i] = True
    keep = np.flatnonzero(ok)
    within = _within_industrial(layer, target, geoms, keep, industrial)
    if within is not None:
        dropped = len(keep) - len(within)
        keep = within
        if dropped:
            problems.append(
                ImportProblem(
                    layer.name,
                    None,
                    "",
                    f"{dropped} building(s) outside industrial land were left out",
                    "info",
                )
            )
    known_kinds = set(park.zone_kinds)
    scheme = park.id_scheme(scenario_id, ID_PREFIX[target.layer], target.layer)
    prefix = scheme.prefix  # the park's own numbering: F051 after F050
    if prefix not in next_number:
        next_number[prefix] = scheme.next_number
    skipped_features = {
        p.feature for p in problems if p.severity == "error" and p.feature is not None
    }
    for i in keep:
        fid = int(fids[i])
        values, value_problems = convert_values(
            layer.name,
            table,
            int(i),
            target.layer,
            target.field_mapping,
            known_kinds=known_kinds,
            default_kind=target.kind,
            default_medium=target.medium,
        )
        problems.extend(value_problems)
        if any(p.severity == "error" for p in value_problems):
            skipped_features.add(fid)
            continue
        label = table.labels[i] if table.labels is not None else ""
        if label and not values.get("name") and "name" in _field_names(cls):
            values["name"] = str(label)
        parts, footprint = _shape_for(target.layer, geoms[i])
        if len(parts) > 1:
            problems.append(
                ImportProblem(
                    layer.name,
                    fid,
                    "geometry",
                    f"has {len(parts)} separate parts; imported as {len(parts)} {target.layer}",
                    "warning",
                )
            )
        if target.layer == "zones" and "industrial" not in values:
            values["industrial"] = park.is_industrial_kind(values.get("kind", ""))
        if target.layer == "firms" and "plot_area_m2" not in values and footprint:
            values["plot_area_m2"] = footprint
        for part in parts:
            oid = scheme.format(next_number[prefix])
            try:
                obj = cls(**{cls.ID_FIELD: oid, "geometry": part, **values})
            except ValidationError as exc:
                tail = str(exc).split(": ", 1)[-1]
                problems.append(ImportProblem(layer.name, fid, exc.field, tail))
                skipped_features.add(fid)
                continue
            except TypeError as exc:  # a mapped column that the model does not take
                problems.append(ImportProblem(layer.name, fid, "", str(exc)))
                skipped_features.add(fid)
                continue
            next_number[prefix] += 1
            plan.objects.append(obj)
    plan.skipped += len(skipped_features)
    plan.problems.extend(problems)


def _field_names(cls: type[ParkObject]) -> set[str]:
    return set(getattr(cls, "__dataclass_fields__", {}))


def _shape_for(target: str, geom: Any) -> tuple[list[Any], float]:
    """Geometries the target layer holds, and the footprint area for polygons made points."""
    gtype = geom.geom_type
    if target == "zones":
        return [geom], 0.0
    if target == "plots":
        return list(shapely.get_parts(geom)), 0.0
    if target in ("firms", "facilities"):
        if gtype in ("Polygon", "MultiPolygon"):
            return [shapely.point_on_surface(geom)], float(geom.area)
        return list(shapely.get_parts(geom)), 0.0
    if gtype == "MultiLineString":
        merged = shapely.line_merge(geom)
        return list(shapely.get_parts(merged)), 0.0
    return [geom], 0.0


def _osm_industrial_area(preview: ImportPreview, options: ImportOptions, park: Park) -> Any:
    """Industrial land of an OSM extract in the park CRS (to pick buildings inside it)."""
    if preview.format != "osm" or not options.buildings_within_industrial:
        return None
    try:
        layer = preview.layer("landuse_industrial")
    except KeyError:
        return None
    if layer.features is None:
        return None
    crs = options.source_crs or layer.source_crs
    if not crs:
        return None
    geoms = reproject(layer.features.geometries, crs, park.crs)
    polys = [shapely.make_valid(g) for g in geoms if g is not None]
    return shapely.STRtree(polys) if polys else None


def _within_industrial(
    layer: LayerPreview, target: LayerTarget, geoms: np.ndarray, keep: np.ndarray, tree: Any
) -> np.ndarray | None:
    if tree is None or layer.name != "buildings" or target.layer != "firms" or not len(keep):
        return None
    points = shapely.point_on_surface(geoms[keep])
    hits, _ = tree.query(points, predicate="intersects")
    return keep[np.unique(hits)]


def park_extent(park: Park, crs_area: bool = True) -> Any:
    """The box the park's objects cover (every scenario), or, for a park without objects yet,
    the area of use of its CRS in park coordinates; None when neither is known."""
    geoms = [
        g
        for s in park.scenarios.values()
        for o in s.all_objects()
        if (g := getattr(o, "geometry", None)) is not None
    ]
    if geoms:
        return shapely.box(*shapely.total_bounds(geoms))
    if not crs_area:
        return None
    crs = pyproj.CRS.from_user_input(park.crs)
    area = crs.area_of_use
    if area is None:
        return None
    to_park = pyproj.Transformer.from_crs("EPSG:4326", crs, always_xy=True)
    xmin, ymin, xmax, ymax = to_park.transform_bounds(area.west, area.south, area.east, area.north)
    return shapely.box(xmin, ymin, xmax, ymax)


def _refuse_far(
    preview: ImportPreview, options: ImportOptions, park: Park, plan: ImportPlan
) -> None:
    """Features landing farther than FAR_FROM_PARK_M from the park are left out (a wrong CRS
    or wrong units, usually) unless the planner insists (``options.allow_far``)."""
    extent = park_extent(park)
    spatial = [
        (k, g)
        for k, o in enumerate(plan.objects)
        if (g := getattr(o, "geometry", None)) is not None
    ]
    if extent is None or not spatial:
        return
    gaps = shapely.distance(extent, np.array([g for _, g in spatial], dtype=object))
    far = gaps > FAR_FROM_PARK_M
    if not far.any():
        return
    nearest, farthest = float(gaps[far].min()) / 1000, float(gaps[far].max()) / 1000
    span = (
        f"{nearest:,.0f} km"
        if round(nearest) == round(farthest)
        else (f"{nearest:,.0f}–{farthest:,.0f} km")
    )
    count = int(far.sum())
    if options.allow_far:
        plan.problems.append(
            ImportProblem(
                preview.path.name,
                None,
                "geometry",
                f"{count} feature(s) lie {span} from the park; imported because you chose to",
                "warning",
            )
        )
        return
    drop = {spatial[i][0] for i in np.flatnonzero(far)}
    plan.objects = [o for k, o in enumerate(plan.objects) if k not in drop]
    plan.far = count
    plan.problems.append(
        ImportProblem(
            preview.path.name,
            None,
            "geometry",
            f"{count} feature(s) would land {span} from the park and were left out; check the "
            "coordinate reference system and the units, or choose to import them anyway",
        )
    )
