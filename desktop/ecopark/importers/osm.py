"""Recognise GeoPackages split from OpenStreetMap extracts and propose how to import them.

An OSM extract as planners get it (osm2pgsql/ogr2ogr style) has layers such as
landuse_industrial, buildings, roads and pipelines with an ``osm_id`` column. Industrial land
becomes Lingang-industrial zones, buildings on it become firms (at a point inside the footprint,
with the footprint as plot area), pipelines keep their medium where OSM's ``substance`` names
one we plan (heat, steam); the rest is left for the planner to opt in to.
"""

from __future__ import annotations

from ecopark.importers.preview import ImportPreview, LayerPreview

OSM_LAYERS = {"landuse_industrial", "landuse_all", "buildings", "facilities", "roads", "pipelines"}

_PROPOSALS: dict[str, tuple[str | None, str, str, dict[str, str]]] = {
    "landuse_industrial": ("zones", "lingang_industrial", "", {"name": "name"}),
    "buildings": ("firms", "", "", {"name": "name"}),
    "pipelines": ("pipelines", "", "", {"name": "name", "medium": "substance"}),
    "landuse_all": (None, "", "", {"name": "name", "kind": "landuse"}),
    "roads": (None, "road", "", {"name": "name"}),
    "facilities": (None, "", "", {"name": "name"}),
}
"""Layer -> (target, default kind, default medium, park field -> column)."""


def is_osm_extract(layers: list[LayerPreview]) -> bool:
    names = {layer.name for layer in layers}
    has_osm_ids = any("osm_id" in layer.fields for layer in layers)
    return has_osm_ids and len(names & OSM_LAYERS) >= 2


def apply_osm_proposals(preview: ImportPreview) -> None:
    """Set the OSM-specific targets and mappings on a preview read from a GeoPackage."""
    preview.format = "osm"
    for layer in preview.layers:
        if layer.name not in _PROPOSALS:
            layer.target_layer = None
            layer.field_mapping = {}
            continue
        target, kind, medium, mapping = _PROPOSALS[layer.name]
        layer.target_layer = target
        layer.default_kind = kind
        layer.default_medium = medium
        layer.field_mapping = {k: v for k, v in mapping.items() if v in layer.fields}
        if layer.name == "buildings":
            layer.notes.append(
                "only buildings inside industrial land are proposed as firms (option)"
            )
