"""Fuzz the project loader and the importer with mutated GeoPackage and GeoJSON bytes.

Prints one line of figures per target: cases tried and how each ended (loaded / the typed
error a planner sees / unhandled exception). Any unhandled exception is a bug; the first few
are written out for reproduction.

    .venv/bin/python bench/fuzz.py [CASES_PER_TARGET] [SEED]
"""

from __future__ import annotations

import json
import random
import sys
import tempfile
import warnings
from collections import Counter
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from ecopark.importers import inspect_source  # noqa: E402
from ecopark.model import EcoParkError  # noqa: E402
from ecopark.storage import load_park, save_park  # noqa: E402


def seed_files(folder: Path) -> dict[str, bytes]:
    from factories import small_park

    gpkg = folder / "seed.gpkg"
    save_park(small_park(), gpkg)
    geojson = {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "properties": {"name": f"f{i}", "iav_10k_rmb": 10.0 * i, "employees": i},
                "geometry": {"type": "Point", "coordinates": [121.0 + i / 100, 39.0]},
            }
            for i in range(5)
        ]
        + [
            {
                "type": "Feature",
                "properties": {"name": "zone", "kind": "city"},
                "geometry": {
                    "type": "Polygon",
                    "coordinates": [[[121, 39], [121.1, 39], [121.1, 39.1], [121, 39]]],
                },
            }
        ],
    }
    return {"gpkg": gpkg.read_bytes(), "geojson": json.dumps(geojson).encode()}


TOKENS = [b"NaN", b"-1", b"1e309", b"-Infinity", b'"x"', b"null", b"[]", b"{}", b"0", b"1e20"]


def mutate(data: bytes, rng: random.Random) -> bytes:
    """Flip, overwrite, insert or delete a few bytes; rarely truncate; for JSON, swap tokens."""
    buf = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        op = rng.random()
        pos = rng.randrange(len(buf)) if buf else 0
        if data[:1] == b"{" and op < 0.5:
            numbers = [i for i in range(1, len(buf)) if chr(buf[i]).isdigit()]
            if numbers:
                start = rng.choice(numbers)
                end = start
                while end < len(buf) and chr(buf[end]) in "0123456789.-e":
                    end += 1
                buf[start:end] = rng.choice(TOKENS)
        elif op < 0.45 and buf:
            buf[pos] ^= 1 << rng.randrange(8)
        elif op < 0.75 and buf:
            buf[pos] = rng.randrange(256)
        elif op < 0.85:
            buf[pos:pos] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 16)))
        elif op < 0.97 and buf:
            del buf[pos : pos + rng.randint(1, 64)]
        else:
            del buf[rng.randrange(len(buf) + 1) :]
    return bytes(buf)


def outcome(action: Callable[[Path], object], path: Path) -> str:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            action(path)
    except EcoParkError as exc:
        return type(exc).__name__
    except Exception as exc:  # the bug class this script hunts
        first = str(exc).splitlines()[0][:80] if str(exc) else ""
        return f"UNHANDLED {type(exc).__name__}: {first}"
    return "ok"


TARGETS: dict[str, tuple[str, str, Callable[[Path], object]]] = {
    "load_park(gpkg)": ("gpkg", ".gpkg", load_park),
    "inspect_source(gpkg)": ("gpkg", ".gpkg", inspect_source),
    "inspect_source(geojson)": ("geojson", ".geojson", inspect_source),
}


def main() -> int:
    cases = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    rng = random.Random(seed)
    unhandled = 0
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        seeds = seed_files(folder)
        for name, (kind, suffix, action) in TARGETS.items():
            counts: Counter[str] = Counter()
            for i in range(cases):
                path = folder / f"case{i}{suffix}"
                path.write_bytes(mutate(seeds[kind], rng))
                result = outcome(action, path)
                counts[result] += 1
                if result.startswith("UNHANDLED"):
                    unhandled += 1
                    if unhandled <= 5:
                        keep = REPO / f"fuzz_failure_{unhandled}{suffix}"
                        keep.write_bytes(path.read_bytes())
                path.unlink()
            figures = ", ".join(f"{k}={v}" for k, v in counts.most_common())
            print(f"fuzz {name}: cases={cases} seed={seed} {figures}")
    return 1 if unhandled else 0


if __name__ == "__main__":
    sys.exit(main())
