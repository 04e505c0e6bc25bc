"""The project file (GeoPackage), atomic writes and file-format versions."""

from ecopark.storage.atomic import atomic_target
from ecopark.storage.gpkg import load_park, read_schema_version, save_park
from ecopark.storage.schema import SCHEMA_VERSION

__all__ = ["SCHEMA_VERSION", "atomic_target", "load_park", "read_schema_version", "save_park"]
