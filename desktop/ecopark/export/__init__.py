"""Exports: the Excel work plan and map renderings (PDF/PNG/SVG). No Qt.

``export_workbook`` and ``export_map`` are imported lazily so that importing one export module
(e.g. the layer export) does not load openpyxl and matplotlib.
"""

from __future__ import annotations

from typing import Any

__all__ = ["export_map", "export_workbook"]


def __getattr__(name: str) -> Any:
    if name == "export_workbook":
        from ecopark.export.workbook import export_workbook

        return export_workbook
    if name == "export_map":
        from ecopark.export.map_export import export_map

        return export_map
    raise AttributeError(f"module 'ecopark.export' has no attribute {name!r}")
