"""What an import would bring, before it changes anything: the preview a planner confirms.

Readers (:mod:`.vector`, :mod:`.dxf`) fill an :class:`ImportPreview` with the features they could
read, the problems they met per feature, and a proposed target layer and field mapping per source
layer. The planner adjusts :class:`ImportOptions` in the import dialog (or accepts the proposal in
the CLI), and :func:`ecopark.importers.build.build_import` turns preview + options into one
undoable command. Keeping the read data inside the preview means the file is read once.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import numpy as np

from ecopark.model import EcoParkError

Severity = Literal["error", "warning", "info"]


class SourceError(EcoParkError):
    """A file cannot be imported at all (unreadable, empty, unsupported); names the file."""

    def __init__(self, message: str, *, path: str = ""):
        super().__init__(message)
        self.path = path


class ImportRefused(EcoParkError):
    """The options cannot produce an import (e.g. no CRS chosen); the park stays unchanged."""


@dataclass(frozen=True)
class ImportProblem:
    """One thing wrong with a source feature (or the whole layer when ``feature`` is None).

    ``severity`` "error" means the feature is skipped (unless ``repairable`` and the user opts
    in to repair); "warning" means it is imported but changed or doubtful; "info" is a note.
    """

    layer: str
    feature: int | None
    field: str
    message: str
    severity: Severity = "error"
    repairable: bool = False

    def __str__(self) -> str:
        where = self.layer if self.feature is None else f"{self.layer} feature {self.feature}"
        if self.field:
            where += f", field {self.field}"
        return f"{self.severity}: {where}: {self.message}"


@dataclass
class FeatureTable:
    """Features of one source layer as read: geometries (shapely or None), ids, attributes."""

    geometries: np.ndarray
    feature_ids: np.ndarray
    columns: dict[str, np.ndarray] = field(default_factory=dict)
    nulls: dict[str, set[int]] = field(default_factory=dict)
    """Feature ids whose value is NULL (not recorded) per float column, as opposed to NaN."""
    labels: np.ndarray | None = None
    """Text found inside each feature (DXF TEXT/MTEXT), used as a name when none is mapped."""
    needs_repair: np.ndarray | None = None
    """True where the geometry was only readable by fixing it (e.g. closing a ring)."""
    read_problems: dict[int, ImportProblem] = field(default_factory=dict)
    """Why a feature's geometry is missing or needed fixing, by feature id."""

    def __len__(self) -> int:
        return len(self.geometries)


@dataclass
class LayerPreview:
    """One source layer (or one CAD layer) and how it would be imported."""

    name: str
    feature_count: int
    geometry_types: dict[str, int]
    fields: list[str]
    source_crs: str | None
    crs_origin: str
    """Where the CRS came from: "file", "GEODATA", or "missing" (the user must choose)."""
    target_layer: str | None = None
    """Proposed park layer (zones, firms, facilities, pipelines, corridors, plots) or None."""
    field_mapping: dict[str, str] = field(default_factory=dict)
    """Park field -> source field, proposed from names; the user can change it."""
    default_kind: str = ""
    """Zone kind (zones) or facility kind (facilities) for features without a mapped value."""
    default_medium: str = ""
    """Pipeline medium for features without a mapped value."""
    problems: list[ImportProblem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    features: FeatureTable | None = field(default=None, repr=False)

    def problem_counts(self) -> dict[str, int]:
        return dict(Counter(p.severity for p in self.problems))

    @property
    def usable_count(self) -> int:
        """Features that can be imported as they are (no error on them)."""
        bad = {p.feature for p in self.problems if p.severity == "error" and p.feature is not None}
        return self.feature_count - len(bad)

    @property
    def repairable_count(self) -> int:
        """Features whose only errors can be repaired if the user opts in."""
        errors: dict[int, bool] = {}
        for p in self.problems:
            if p.severity == "error" and p.feature is not None:
                errors[p.feature] = errors.get(p.feature, True) and p.repairable
        return sum(errors.values())


@dataclass
class ImportPreview:
    """Everything an import of ``path`` would bring, and what is wrong with it."""

    path: Path
    format: str
    """"gpkg", "geojson", "shp", "dxf", "osm" (a GeoPackage in the OSM extract layout)."""
    layers: list[LayerPreview]
    problems: list[ImportProblem] = field(default_factory=list)
    """Problems about the whole file (not one feature)."""
    units: str = ""
    """Drawing units (DXF): what $INSUNITS or GEODATA says, for the user to confirm."""
    metres_per_unit: float | None = 1.0
    """Proposed scale from drawing units to metres; None when the file does not say."""
    extra: dict[str, Any] = field(default_factory=dict, repr=False)

    @property
    def feature_count(self) -> int:
        return sum(layer.feature_count for layer in self.layers)

    @property
    def importable(self) -> bool:
        """At least one feature can be imported (possibly after the user maps its layer)."""
        return any(layer.usable_count + layer.repairable_count > 0 for layer in self.layers)

    def layer(self, name: str) -> LayerPreview:
        for layer in self.layers:
            if layer.name == name:
                return layer
        raise KeyError(name)

    def all_problems(self) -> list[ImportProblem]:
        return [*self.problems, *(p for layer in self.layers for p in layer.problems)]


@dataclass
class LayerTarget:
    """Where one source layer goes: a park layer, the field mapping and defaults."""

    layer: str | None
    field_mapping: dict[str, str] = field(default_factory=dict)
    kind: str = ""
    medium: str = ""


@dataclass
class ImportOptions:
    """The planner's choices in the import dialog; :meth:`from_preview` gives the proposal."""

    targets: dict[str, LayerTarget] = field(default_factory=dict)
    source_crs: str | None = None
    """CRS of the source coordinates when the file has none (or to override it)."""
    metres_per_unit: float | None = None
    """Confirmed drawing-unit scale (DXF without GEODATA)."""
    repair: bool = False
    """Repair invalid geometries with make_valid instead of skipping them."""
    buildings_within_industrial: bool = True
    """OSM extracts: import only buildings inside industrial land as firms."""
    allow_far: bool = False
    """Import features that land far from the park all the same (the planner insists)."""

    @classmethod
    def from_preview(cls, preview: ImportPreview) -> ImportOptions:
        return cls(
            targets={
                layer.name: LayerTarget(
                    layer.target_layer,
                    dict(layer.field_mapping),
                    kind=layer.default_kind,
                    medium=layer.default_medium,
                )
                for layer in preview.layers
            },
            metres_per_unit=preview.metres_per_unit,
        )


def geometry_type_counts(geoms: np.ndarray) -> dict[str, int]:
    """How many features of each geometry type ("none" for missing geometries)."""
    counts: Counter[str] = Counter()
    for g in geoms:
        counts["none" if g is None else g.geom_type] += 1
    return dict(counts)
