"""Where a new park lies: GK zone from longitude, gazetteer, home view."""

from __future__ import annotations

import pyproj
import pytest

from ecopark.model.errors import InvalidValueError
from ecopark.places import (
    CGCS2000_3DEG_ZONES,
    central_meridian,
    create_empty_park,
    gk_zone_for_longitude,
    home_extent,
    load_gazetteer,
    search_places,
)


def test_zone_table_matches_proj() -> None:
    for code, cm in CGCS2000_3DEG_ZONES.items():
        crs = pyproj.CRS.from_user_input(code)
        assert crs.name == f"CGCS2000 / 3-degree Gauss-Kruger CM {cm}E"
        lon_0 = next(
            p.value
            for p in crs.coordinate_operation.params
            if p.name == "Longitude of natural origin"
        )
        assert lon_0 == pytest.approx(cm)


@pytest.mark.parametrize(
    ("lon", "code"),
    [
        (122.03, "EPSG:4550"),
        (123.0, "EPSG:4550"),
        (121.49, "EPSG:4549"),
        (118.5, "EPSG:4549"),
        (109.6, "EPSG:4546"),
        (109.4, "EPSG:4545"),
        (75.0, "EPSG:4534"),
        (135.0, "EPSG:4554"),
    ],
)
def test_zone_for_longitude(lon: float, code: str) -> None:
    assert gk_zone_for_longitude(lon) == code
    assert abs(central_meridian(lon) - lon) <= 1.5


def test_longitude_outside_china_refused() -> None:
    with pytest.raises(InvalidValueError, match="outside"):
        gk_zone_for_longitude(13.4)


def test_new_park_home_is_the_place() -> None:
    park = create_empty_park("辽滨", 122.03, 40.68, baseline_year=2025)
    assert park.crs == "EPSG:4550"
    ext = home_extent(park)
    assert ext is not None
    x, y = (ext[0] + ext[2]) / 2, (ext[1] + ext[3]) / 2
    lon, lat = pyproj.Transformer.from_crs("EPSG:4550", "EPSG:4490", always_xy=True).transform(x, y)
    assert (lon, lat) == pytest.approx((122.03, 40.68), abs=1e-6)
    assert list(park.scenarios) == ["baseline"]


def test_gazetteer_has_prefecture_cities_with_both_names() -> None:
    places = load_gazetteer()
    cities = [p for p in places if p.level == "city"]
    assert len(cities) >= 300
    panjin = search_places("盘锦")[0]
    assert (panjin.name_zh, panjin.name_en, panjin.province_zh) == ("盘锦市", "Panjin", "辽宁省")
    assert gk_zone_for_longitude(panjin.lon) == "EPSG:4550"
    assert search_places("yingkou")[0].name_zh == "营口市"
    # every place lies in China's box and inside a CGCS2000 3-degree zone
    for p in places:
        assert 73 < p.lon < 136 and 3 < p.lat < 54, p
        gk_zone_for_longitude(p.lon)


def test_industrial_parks_are_found_by_their_own_names() -> None:
    for query in ("Liaobin", "liaob", "辽滨"):
        park = search_places(query)[0]
        assert (park.name_zh, park.level) == ("辽滨沿海经济区", "park"), query
        assert gk_zone_for_longitude(park.lon) == "EPSG:4550"
    assert search_places("盘锦")[0].name_zh == "盘锦市"  # the city still comes first
    assert search_places("Caofeidian")[0].province_zh == "河北省"
