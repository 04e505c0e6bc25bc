"""``ecopark inspect FILE``: what an import of FILE would bring, changing nothing.

Prints the layers, counts, geometry types, CRS, units, proposed targets and the problems per
feature. Exit 0 when something can be imported (perhaps with warnings), 2 with a one-line message
naming the file when nothing can.
"""

from __future__ import annotations

import argparse
import warnings
from collections import defaultdict
from typing import Any

from ecopark.importers import ImportPreview, ImportProblem, LayerPreview, inspect_source, refusal
from ecopark.model import EcoParkError

FORMAT_NAMES = {
    "gpkg": "GeoPackage",
    "geojson": "GeoJSON",
    "shp": "Shapefile",
    "dxf": "DXF drawing",
    "osm": "GeoPackage in the OpenStreetMap extract layout",
}


def register(sub: Any) -> None:
    p = sub.add_parser(
        "inspect",
        help="show what importing a GeoPackage/GeoJSON/Shapefile/DXF would bring, without "
        "changing anything",
    )
    p.add_argument("file", help="file to inspect (.gpkg, .geojson, .shp, .dxf)")
    p.add_argument(
        "--max-problems",
        type=int,
        default=20,
        metavar="N",
        help="problems listed per layer (default 20; 0 lists all)",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ecopark.cli import CliError

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            preview = inspect_source(args.file)
    except EcoParkError:
        raise
    except Exception as exc:  # a reader bug must still not show a traceback to a planner
        raise CliError(f"{args.file}: cannot be inspected ({type(exc).__name__}: {exc})") from exc
    for line in report_lines(preview, max_problems=args.max_problems):
        print(line)
    why = refusal(preview)
    if why:
        raise CliError(f"{why}; nothing would be imported")
    return 0


def report_lines(preview: ImportPreview, *, max_problems: int = 20) -> list[str]:
    lines = [
        f"file: {preview.path}",
        f"format: {FORMAT_NAMES.get(preview.format, preview.format)}",
    ]
    if preview.format == "dxf":
        scale = preview.metres_per_unit
        lines.append(
            f"units: {preview.units}"
            + (f" (1 unit = {scale:g} m; confirm when importing)" if scale else "")
        )
    for problem in preview.problems:
        lines.append(f"  {problem.severity}: {problem.message}")
    for layer in preview.layers:
        lines.extend(_layer_lines(layer, max_problems))
        if not layer.source_crs:
            lines.extend(_candidate_lines(preview, layer))
    usable = sum(layer.usable_count for layer in preview.layers)
    repairable = sum(layer.repairable_count for layer in preview.layers)
    lines.append(
        f"summary: {len(preview.layers)} layer(s), {preview.feature_count} feature(s), "
        f"{usable} importable as they are, {repairable} after repair, "
        f"{_counts(preview.all_problems())}"
    )
    return lines


def _layer_lines(layer: LayerPreview, max_problems: int) -> list[str]:
    types = ", ".join(f"{t} {n}" for t, n in sorted(layer.geometry_types.items())) or "none"
    crs = f"{layer.source_crs} (from {layer.crs_origin})" if layer.source_crs else "unknown"
    target = layer.target_layer or "not proposed (choose in the import dialog)"
    if layer.target_layer and layer.default_kind:
        target += f", kind {layer.default_kind}"
    if layer.target_layer and layer.default_medium:
        target += f", medium {layer.default_medium}"
    out = [
        f"layer {layer.name}: {layer.feature_count} feature(s) [{types}]",
        f"  crs: {crs}",
        f"  target: {target}",
        f"  fields: {', '.join(layer.fields) or '(none)'}",
    ]
    if layer.field_mapping:
        pairs = ", ".join(f"{park} <- {src}" for park, src in layer.field_mapping.items())
        out.append(f"  mapping: {pairs}")
    out += [f"  note: {note}" for note in layer.notes]
    out.append(f"  problems: {_counts(layer.problems)}")
    shown = layer.problems if max_problems <= 0 else layer.problems[:max_problems]
    out += [f"    {_problem_text(p)}" for p in shown]
    if len(shown) < len(layer.problems):
        out.append(f"    ... and {len(layer.problems) - len(shown)} more (--max-problems 0)")
    return out


def _candidate_lines(preview: ImportPreview, layer: LayerPreview) -> list[str]:
    """A layer without a CRS: say so, and list the CRSs its coordinates fit (PROJ's areas of
    use); nothing is assumed, the planner confirms one when importing."""
    from ecopark.importers.crs_guess import candidates_for_layer

    out = ["  crs: the file does not say which coordinate reference system it uses"]
    candidates = candidates_for_layer(preview, layer)
    if not candidates:
        out.append("  candidate CRSs: none fit these coordinates (check the units)")
        return out
    units = "" if preview.format != "dxf" else " (coordinates read as metres)"
    out.append(f"  candidate CRSs from the coordinates{units}:")
    out += [f"    {c.line()}" for c in candidates]
    return out


def _problem_text(p: ImportProblem) -> str:
    where = "layer" if p.feature is None else f"feature {p.feature}"
    if p.field:
        where += f" {p.field}"
    extra = " (repairable)" if p.repairable else ""
    return f"{p.severity}: {where}: {p.message}{extra}"


def _counts(problems: list[ImportProblem]) -> str:
    counts: dict[str, int] = defaultdict(int)
    for p in problems:
        counts[p.severity] += 1
    if not counts:
        return "no problems"
    return ", ".join(f"{counts[s]} {s}(s)" for s in ("error", "warning", "info") if counts[s])
