"""Where a park lies on Earth: the Gauss-Kruger zone of a longitude, a gazetteer of Chinese
cities and counties, and a new empty park whose view starts at the chosen place (no Qt)."""

from ecopark.places.gazetteer import Place, load_gazetteer, search_places
from ecopark.places.new_park import HOME_SETTING, create_empty_park, home_extent, home_point
from ecopark.places.zones import CGCS2000_3DEG_ZONES, central_meridian, gk_zone_for_longitude

__all__ = [
    "CGCS2000_3DEG_ZONES",
    "HOME_SETTING",
    "Place",
    "central_meridian",
    "create_empty_park",
    "gk_zone_for_longitude",
    "home_extent",
    "home_point",
    "load_gazetteer",
    "search_places",
]
