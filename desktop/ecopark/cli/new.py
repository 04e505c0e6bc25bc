"""``ecopark new FILE.gpkg --at LON,LAT [--name NAME]``: an empty park placed on Earth.

The park's CRS is the CGCS2000 3-degree Gauss-Kruger zone of the longitude (122.03,40.68 ->
EPSG:4550) and the editor's view starts at that place. ``--at`` also takes a city or county
name from the gazetteer (``--at 盘锦市``). An existing file is never overwritten.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from ecopark.cli import CliError
from ecopark.places import create_empty_park, search_places
from ecopark.storage import save_park


def register(sub: Any) -> None:
    p = sub.add_parser(
        "new",
        help="create an empty park at a longitude/latitude (or a Chinese city or county)",
        description="Create an empty park file in the CGCS2000 3-degree Gauss-Kruger zone of "
        "the given longitude; the map editor opens on that place.",
    )
    p.add_argument("file", help="new project file (.gpkg); must not exist yet")
    p.add_argument(
        "--at",
        required=True,
        metavar="LON,LAT",
        help="where the park is: longitude,latitude in degrees (e.g. 122.03,40.68) or a city or "
        "county name (e.g. 盘锦市 or Panjin)",
    )
    p.add_argument("--name", help="park name (default: the file name)")
    p.add_argument(
        "--year", type=int, default=dt.date.today().year - 1, help="baseline year (default: last)"
    )
    p.set_defaults(func=run)


def parse_at(text: str) -> tuple[float, float, str]:
    """(lon, lat, what) from "LON,LAT" or a gazetteer name."""
    parts = text.replace("，", ",").split(",")
    if len(parts) == 2:
        try:
            lon, lat = float(parts[0]), float(parts[1])
        except ValueError:
            pass
        else:
            return lon, lat, f"{lon:g}°E {lat:g}°N"
    found = search_places(text, limit=2)
    if not found:
        raise CliError(f"--at {text!r}: give LON,LAT in degrees (e.g. 122.03,40.68) or a city name")
    place = found[0]
    return place.lon, place.lat, place.display("zh")


def run(args: argparse.Namespace) -> int:
    target = Path(args.file)
    if target.suffix.lower() != ".gpkg":
        raise CliError(f"{target.name}: a project file must be named .gpkg")
    if target.exists():
        raise CliError(f"{target}: already exists; choose another name (nothing was changed)")
    if not target.parent.is_dir():
        raise CliError(f"{target}: folder {target.parent} does not exist; create it first")
    lon, lat, what = parse_at(args.at)
    park = create_empty_park(args.name or target.stem, lon, lat, baseline_year=args.year)
    try:
        save_park(park, target)
    except OSError as exc:
        raise CliError(f"cannot write {target}: {exc.strerror or exc}") from None
    print(f"created {target}: park “{park.name}” at {what}, CRS {park.crs}")
    return 0
