"""Import what planners receive: GeoPackage, GeoJSON, Shapefile, DXF and OSM extracts.

``inspect_source(path)`` reads a file into an :class:`ImportPreview` (layers, counts, geometry
types, CRS, units, proposed target layer and field mapping, problems per feature) without
touching any park. ``build_import(preview, options, park, scenario_id)`` turns the confirmed
preview into one undoable :class:`ImportCommand`. No Qt here.
"""

from ecopark.importers.build import ImportCommand, ImportPlan, build_import, plan_import
from ecopark.importers.detect import SUPPORTED, inspect_source, refusal
from ecopark.importers.preview import (
    ImportOptions,
    ImportPreview,
    ImportProblem,
    ImportRefused,
    LayerPreview,
    LayerTarget,
    SourceError,
)

__all__ = [
    "SUPPORTED",
    "ImportCommand",
    "ImportOptions",
    "ImportPlan",
    "ImportPreview",
    "ImportProblem",
    "ImportRefused",
    "LayerPreview",
    "LayerTarget",
    "SourceError",
    "build_import",
    "inspect_source",
    "plan_import",
    "refusal",
]
