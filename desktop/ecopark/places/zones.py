"""CGCS2000 3-degree Gauss-Kruger zones (EPSG:4534-4554, central meridians 75°E-135°E).

A 3-degree zone n covers longitudes 3n-1.5 .. 3n+1.5 around its central meridian 3n, so the
zone of a longitude is ``3 * round(lon / 3)``; these EPSG codes carry no zone-number prefix on
the easting (false easting 500 km), which is what Chinese planning drawings use.
"""

from __future__ import annotations

import math

from ecopark.model.errors import InvalidValueError

FIRST_EPSG = 4534
FIRST_CM = 75
CGCS2000_3DEG_ZONES: dict[str, int] = {
    f"EPSG:{FIRST_EPSG + i}": FIRST_CM + 3 * i for i in range(21)
}
"""EPSG code -> central meridian (°E); checked against PROJ's definitions in the tests."""


def central_meridian(longitude: float) -> int:
    """The central meridian (°E) of the 3-degree zone holding ``longitude``."""
    if not math.isfinite(longitude):
        raise InvalidValueError(f"longitude {longitude!r} is not a number")
    # round half away from zero: 121.5°E lies on the 120/123 boundary and goes east (123)
    return 3 * int(math.floor(longitude / 3.0 + 0.5))


def gk_zone_for_longitude(longitude: float) -> str:
    """The EPSG code of the CGCS2000 3-degree GK zone for ``longitude`` (°E), e.g. 122.03 ->
    EPSG:4550 (CM 123°E). Longitudes outside China's zones (73.5°E-136.5°E) are refused."""
    cm = central_meridian(longitude)
    if not FIRST_CM <= cm <= FIRST_CM + 60:
        raise InvalidValueError(
            f"longitude {longitude:g}°E is outside the CGCS2000 3-degree zones (73.5°E-136.5°E)"
        )
    return f"EPSG:{FIRST_EPSG + (cm - FIRST_CM) // 3}"


__all__ = ["CGCS2000_3DEG_ZONES", "central_meridian", "gk_zone_for_longitude"]
