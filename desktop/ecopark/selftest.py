"""``ecopark --selftest [PARK.gpkg]``: prove that an installed build works, without a screen.

Run by the installer checks on a fresh machine (installer/selftest_bundle.sh) and by the tests.
It exercises what a bundle can forget to ship: Qt's platform plugin, the compiled translations,
a font that draws Chinese, GDAL (reading the GeoPackage) and PROJ data (a CRS transformation),
the main window, the indicator engine and the Excel export. Each step prints one line; the first
failure prints its reason and the run exits 1. Settings go to a throw-away folder, never to the
user's. The Qt steps live in :mod:`ecopark.ui.selftest_qt` (only ``ui`` imports Qt).
"""

from __future__ import annotations

import faulthandler
import os
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ecopark import __version__
from ecopark.paths import DEMO_LAYOUT, demo_layouts, is_frozen, resources_dir


class SelfTestFailure(Exception):
    """A step of the self-test failed; the message says which and why."""


class _Report:
    def __init__(self, out: Callable[[str], None]) -> None:
        self.out = out
        self.skipped: list[str] = []

    def line(self, label: str, text: str) -> None:
        self.out(f"  {label:<13} {text}")

    def skip(self, label: str, reason: str) -> None:
        self.skipped.append(label)
        self.line(label, f"SKIPPED: {reason}")


def _print(text: str) -> None:
    print(text, flush=True)  # every finished step is on screen even if the next one crashes


def run(argv: list[str] | None = None, out: Callable[[str], None] = _print) -> int:
    """Run every step; 0 when all passed, 1 (with the reason printed) otherwise."""
    args = list(argv or [])
    faulthandler.enable()  # a crash inside a native library still names the step
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    report = _Report(out)
    started = time.perf_counter()
    out(f"EcoPark Planner {__version__} self-test ({'bundle' if is_frozen() else 'source'})")
    try:
        with tempfile.TemporaryDirectory(prefix="ecopark-selftest-") as tmp:
            _run_steps(Path(tmp), args, report)
    except SelfTestFailure as exc:
        out(f"FAIL: {exc}")
        return 1
    except Exception as exc:  # the self-test must end with a verdict, whatever broke
        out(f"FAIL: unexpected {type(exc).__name__}: {exc}")
        out(traceback.format_exc())
        return 1
    elapsed = time.perf_counter() - started
    skipped = f" ({len(report.skipped)} skipped: {', '.join(report.skipped)})"
    out(f"PASS in {elapsed:.1f} s" + (skipped if report.skipped else ""))
    return 0


def _run_steps(tmp: Path, args: list[str], report: _Report) -> None:
    from ecopark.ui import selftest_qt

    app, runtime = selftest_qt.start_app(tmp / "settings")
    report.line("runtime", runtime)
    if not resources_dir().is_dir():
        raise SelfTestFailure(f"resources folder missing: {resources_dir()}")
    problem, lines = selftest_qt.check_translations(app)
    if problem:
        raise SelfTestFailure(problem)
    for label, text in lines:
        report.line(label, text)
    park_path = Path(args[0]) if args else _demo_path()
    park = _load(park_path, report)
    _check_projection(park, report)
    try:
        text = selftest_qt.check_main_window(app, park, park_path)
    except ModuleNotFoundError as exc:
        if exc.name != "ecopark.ui.main_window" or is_frozen():
            raise
        report.skip("main window", "ecopark.ui.main_window is not part of this build yet")
    else:
        if text.startswith("FAIL"):
            raise SelfTestFailure(text[5:].strip())
        report.line("main window", text)
    _evaluate(park, report)
    _export(park, tmp, report)


def _demo_path() -> Path:
    layouts = demo_layouts()
    if not layouts:
        raise SelfTestFailure(f"no demo layout found (expected layouts/{DEMO_LAYOUT})")
    return layouts[0]


def _load(path: Path, report: _Report) -> Any:
    from ecopark.model import EcoParkError
    from ecopark.storage import load_park

    if not path.is_file():
        raise SelfTestFailure(f"{path} does not exist")
    try:
        park = load_park(path)
    except EcoParkError as exc:
        raise SelfTestFailure(f"could not open {path.name}: {exc}") from exc
    counts = {sid: len(s.firms) for sid, s in park.scenarios.items()}
    report.line(
        "park",
        f"{path.name}: '{park.name}', {park.crs}, {len(park.scenarios)} scenarios, "
        f"firms per scenario {counts}",
    )
    return park


def _check_projection(park: Any, report: _Report) -> None:
    """A CRS transformation needs proj.db: a bundle without PROJ data fails here."""
    import pyogrio
    import pyproj
    import pyproj.datadir

    try:
        crs = pyproj.CRS.from_user_input(park.crs)
        to_lonlat = pyproj.Transformer.from_crs(crs, "EPSG:4326", always_xy=True)
    except pyproj.exceptions.CRSError as exc:
        raise SelfTestFailure(f"PROJ cannot read {park.crs}: {exc}") from exc
    x, y = _park_centre(park)
    lon, lat = to_lonlat.transform(x, y)
    if not (-180 <= lon <= 180 and -90 <= lat <= 90):
        raise SelfTestFailure(f"PROJ transformed the park centre to ({lon}, {lat})")
    report.line(
        "GDAL/PROJ",
        f"GDAL {pyogrio.__gdal_version_string__}, PROJ {pyproj.proj_version_str} "
        f"({pyproj.datadir.get_data_dir()}); park centre {lon:.4f}E {lat:.4f}N",
    )


def _park_centre(park: Any) -> tuple[float, float]:
    import shapely

    geoms = [
        obj.geometry
        for scenario in park.scenarios.values()
        for layer in ("zones", "firms", "facilities")
        for obj in scenario.layers.get(layer, {}).values()
    ]
    if not geoms:
        raise SelfTestFailure("the park has no zones, firms or facilities to check")
    centre = shapely.centroid(shapely.union_all(shapely.envelope(geoms)))
    return float(centre.x), float(centre.y)


def _evaluate(park: Any, report: _Report) -> None:
    from ecopark.indicators import evaluate_scenario

    for sid in park.scenarios:
        result = evaluate_scenario(park, sid)
        land = result.land_output
        value = "n/a" if land.park_value is None else f"{land.park_value:.2f}"
        verdict = {True: "meets", False: "below", None: "n/a"}[land.passes]
        score = "n/a" if result.space.score is None else f"{result.space.score:.1f}"
        coverage = "n/a" if result.coverage.combined is None else f"{result.coverage.combined:.0%}"
        report.line(
            "evaluate",
            f"{sid}: land output {value} 10^8 RMB/km² ({verdict} 9), coverage {coverage}, "
            f"space score {score}, {len(result.hj274)} HJ 274 rows",
        )


def _export(park: Any, tmp: Path, report: _Report) -> None:
    try:
        from ecopark.export.workbook import export_workbook
    except ModuleNotFoundError as exc:
        if exc.name != "ecopark.export.workbook" or is_frozen():
            raise
        report.skip("workbook", "ecopark.export.workbook is not part of this build yet")
        return
    from openpyxl import load_workbook

    sid = park.default_scenario().scenario_id
    target = export_workbook(park, sid, tmp / "selftest_work_plan.xlsx", lang="zh")
    book = load_workbook(target)
    if len(book.sheetnames) < 2:
        raise SelfTestFailure(f"the exported workbook has only {book.sheetnames}")
    report.line(
        "workbook",
        f"{target.name} ({target.stat().st_size // 1024} KiB, scenario {sid}): "
        f"{len(book.sheetnames)} sheets re-read with openpyxl: {', '.join(book.sheetnames[:4])}…",
    )


__all__ = ["SelfTestFailure", "run"]
