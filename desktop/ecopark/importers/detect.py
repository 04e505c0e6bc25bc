"""``inspect_source``: read any supported file into an :class:`ImportPreview`, changing nothing."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np

from ecopark.importers.dxf import read_dxf
from ecopark.importers.mapping import (
    convert_values,
    geometry_problems,
    propose_mapping,
    propose_target,
)
from ecopark.importers.osm import apply_osm_proposals, is_osm_extract
from ecopark.importers.preview import ImportPreview, ImportProblem, LayerPreview, SourceError
from ecopark.importers.vector import VECTOR_SUFFIXES, list_source_layers, read_vector_layer
from ecopark.model import BUILTIN_ZONE_KINDS

SUPPORTED = (".gpkg", ".geojson", ".json", ".shp", ".dxf")


def inspect_source(path: str | os.PathLike[str]) -> ImportPreview:
    """What an import of ``path`` would bring: layers, counts, CRS, units, problems.

    Raises :class:`SourceError` (naming the file) when the file cannot be read at all.
    """
    p = Path(path)
    if not p.exists():
        raise SourceError(f"{p}: no such file", path=str(p))
    if p.is_dir():
        raise SourceError(f"{p}: is a folder; choose a file inside it", path=str(p))
    suffix = p.suffix.lower()
    if suffix == ".dxf":
        preview = read_dxf(p)
    elif suffix in VECTOR_SUFFIXES:
        preview = _read_vector(p, VECTOR_SUFFIXES[suffix])
    else:
        raise SourceError(
            f"{p.name}: EcoPark imports {', '.join(SUPPORTED)} files, not {suffix or 'this'}",
            path=str(p),
        )
    for layer in preview.layers:
        _check_layer(layer)
    return preview


def _read_vector(path: Path, fmt: str) -> ImportPreview:
    problems: list[ImportProblem] = []
    layers: list[LayerPreview] = []
    for name in list_source_layers(path):
        try:
            layers.append(read_vector_layer(path, name))
        except SourceError as exc:
            problems.append(ImportProblem(name, None, "", str(exc)))
    if not layers:
        raise SourceError(
            "; ".join(p.message for p in problems) or f"{path.name}: nothing can be read",
            path=str(path),
        )
    preview = ImportPreview(path=path, format=fmt, layers=layers, problems=problems)
    for layer in layers:
        layer.target_layer = propose_target(layer.name, layer.geometry_types, layer.fields)
        layer.field_mapping = propose_mapping(layer.target_layer, layer.fields)
        if layer.target_layer == "zones" and "kind" not in layer.field_mapping:
            layer.default_kind = "reserve"
    if fmt == "gpkg" and is_osm_extract(layers):
        apply_osm_proposals(preview)
    return preview


def _check_layer(layer: LayerPreview) -> None:
    """Add the problems the proposed target and mapping would meet (source CRS, no park)."""
    table = layer.features
    if table is None or layer.target_layer is None:
        return
    seen = {(p.feature, p.message) for p in layer.problems}
    geo, ok = geometry_problems(layer.name, table.geometries, table.feature_ids, layer.target_layer)
    for p in geo:
        if (p.feature, p.message) not in seen and p.feature not in table.read_problems:
            layer.problems.append(p)
    kinds = set(BUILTIN_ZONE_KINDS)
    for i in np.flatnonzero(ok):
        _, value_problems = convert_values(
            layer.name,
            table,
            int(i),
            layer.target_layer,
            layer.field_mapping,
            known_kinds=kinds,
            default_kind=layer.default_kind,
            default_medium=layer.default_medium,
        )
        layer.problems.extend(value_problems)


def refusal(preview: ImportPreview) -> str | None:
    """Why nothing of the file can be imported, or None when something can."""
    if preview.importable:
        return None
    name = preview.path.name
    if preview.feature_count == 0:
        return f"{name}: has no features to import"
    errors = [p for p in preview.all_problems() if p.severity == "error"]
    first = f" (e.g. {errors[0]})" if errors else ""
    return f"{name}: none of its {preview.feature_count} feature(s) can be imported{first}"
