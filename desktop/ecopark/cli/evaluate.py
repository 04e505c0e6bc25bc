"""``ecopark evaluate FILE.gpkg [--scenario ID] [--json] [--withdrawal]``: the live indicators of
a project, with its symbiosis network (balances, chains; ``--withdrawal``: key-plant ranking).

With ``--json``: one JSON object for the scenario (default: the plan, or the only scenario), in
the shape of :meth:`ScenarioResult.to_json`. Without: readable tables of land output per zone,
coverage per medium and the space score, one column per scenario (every scenario when none is
named), then the HJ 274 evaluation of the chosen scenario.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import unicodedata
from typing import Any

from ecopark.cli import evaluate_sets
from ecopark.cli.carbon_report import carbon_rows, factor_note, saving_rows
from ecopark.cli.loading import add_strict_argument, load_checked
from ecopark.cli.symbiosis import symbiosis_lines
from ecopark.hydraulics.report import extend_evaluation
from ecopark.indicators import IndicatorEngine, ScenarioResult
from ecopark.indicators.params import SPACE_COMPONENTS
from ecopark.indicators.verdicts import tally, verdict
from ecopark.model import MEDIA, MEDIUM_FIELDS, Park
from ecopark.phasing.report import phasing_json, phasing_lines  # issue 17: progress, by year
from ecopark.symbiosis.report import symbiosis_json


def register(sub: Any) -> None:
    p = sub.add_parser(
        "evaluate",
        help="land output, infrastructure coverage, space score and HJ 274 of a project",
    )
    p.add_argument("file", help="project file (.gpkg)")
    p.add_argument("--scenario", help="scenario id (default: the plan, or the only scenario)")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument(
        "--withdrawal",
        action="store_true",
        help="rank every firm and facility by the damage its withdrawal does (key plants)",
    )
    add_strict_argument(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    park = load_checked(args)
    focus = park.scenario(args.scenario) if args.scenario else park.default_scenario()
    engine = IndicatorEngine(park)
    if args.json:
        data = engine.result(focus.scenario_id).to_json()
        data.update(symbiosis_json(park, focus.scenario_id, withdrawal=args.withdrawal))
        extend_evaluation(data, park, focus.scenario_id, engine)  # networks, coverage_served
        data.update(phasing_json(park, focus.scenario_id, engine.result(focus.scenario_id)))
        _emit(json.dumps(data, ensure_ascii=False, allow_nan=False, indent=2))
        return 0
    ids = [focus.scenario_id] if args.scenario else list(park.scenarios)
    results = [engine.result(sid) for sid in ids]
    lines = report_lines(park, results, engine.result(focus.scenario_id))
    lines += [""] + symbiosis_lines(park, focus.scenario_id, withdrawal=args.withdrawal)
    lines += [""] + phasing_lines(park, focus.scenario_id, engine.result(focus.scenario_id))
    _emit("\n".join(lines))
    return 0


def _emit(text: str) -> None:
    """Print; a reader that stops early (``| head``) is not an error."""
    try:
        sys.stdout.write(text + "\n")
        sys.stdout.flush()
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def report_lines(park: Park, results: list[ScenarioResult], focus: ScenarioResult) -> list[str]:
    """The readable report: tables with one column per result, then HJ 274 of ``focus``."""
    heads = [_scenario_head(park, r.scenario_id) for r in results]
    out = [f"park: {park.name}   crs: {park.crs}", ""]
    out += _land_table(results, heads)
    out += [""] + _coverage_table(results, heads)
    out += [""] + _space_table(results, heads) + evaluate_sets.space_notes(results, heads)
    out += ["", "Energy and carbon (docs/carbon.md)"] + _table(
        ["figure", *heads], carbon_rows(results)
    )
    out += [factor_note(results)]
    out += [""] + _hj274_table(park, focus)
    title = _scenario_head(park, focus.scenario_id)
    out += [""] + evaluate_sets.ctip_table(focus, title, _table)
    out += [""] + evaluate_sets.lowcarbon_table(focus, title, _table)
    out += [""] + evaluate_sets.targets_lines(focus, title, _table)
    return out


def _scenario_head(park: Park, sid: str) -> str:
    info = park.scenario(sid).info
    return f"{sid} ({info.kind} {info.year})"


def _num(value: float | None, digits: int = 2) -> str:
    return "-" if value is None else f"{value:,.{digits}f}"


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.1f} %"


def _verdict(passes: bool | None) -> str:
    return {True: " ok", False: " FAIL", None: ""}[passes]


def _table(header: list[str], rows: list[list[str]], first_width: int = 34) -> list[str]:
    widths = [max(_width(r[k]) for r in [header, *rows]) for k in range(len(header))]
    widths[0] = max(widths[0], first_width)

    def fmt(row: list[str]) -> str:
        cells = []
        for k, cell in enumerate(row):
            pad = " " * (widths[k] - _width(cell))
            cells.append(cell + pad if k == 0 else pad + cell)
        return "  ".join(cells).rstrip()

    return [fmt(header), fmt(["-" * w for w in widths]), *(fmt(r) for r in rows)]


def _width(text: str) -> int:
    """Columns a text takes in a terminal: Chinese characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _land_table(results: list[ScenarioResult], heads: list[str]) -> list[str]:
    zones: dict[str, str] = {}
    for r in results:
        for z in r.land_output.zones:
            zones.setdefault(z.zone_id, f"{z.zone_id} {z.name} [{z.kind}]")
    rows = []
    for zid, label in zones.items():
        row = [label]
        for r in results:
            found = next((z for z in r.land_output.zones if z.zone_id == zid), None)
            row.append(
                "absent" if found is None else _num(found.land_output) + _verdict(found.passes)
            )
        rows.append(row)
    rows.append(
        ["park (industrial land)"]
        + [_num(r.land_output.park_value) + _verdict(r.land_output.passes) for r in results]
    )
    rows.append(["industrial land, km²"] + [_num(r.land_output.industrial_area_km2, 3)
                                             for r in results])  # fmt: skip
    out = ["Land output, 10^8 RMB/km² (HJ 274 2.1: >= 9; judged on industrial zones)"]
    out += _table(["zone", *heads], rows)
    for r, head in zip(results, heads, strict=True):
        lo = r.land_output
        if lo.firms_on_non_industrial or lo.firms_outside_zones:
            out.append(
                f"  {head}: firms on non-industrial land: {_ids(lo.firms_on_non_industrial)}; "
                f"outside every zone: {_ids(lo.firms_outside_zones)}"
            )
    return out


def _ids(ids: tuple[str, ...], limit: int = 12) -> str:
    if not ids:
        return "none"
    more = f" (+{len(ids) - limit} more)" if len(ids) > limit else ""
    return ", ".join(ids[:limit]) + more


def _coverage_table(results: list[ScenarioResult], heads: list[str]) -> list[str]:
    rows = []
    for m in MEDIA:
        unit = MEDIUM_FIELDS[m].unit
        row = [f"{m} ({unit})"]
        for r in results:
            c = r.coverage.media[m]
            row.append(f"{_pct(c.share)} of {_num(c.demand, 1)}" if c.demand else "no demand")
        rows.append(row)
    rows.append(["combined"] + [_pct(r.coverage.combined) for r in results])
    for service in results[0].coverage.point_services:
        rows.append(
            [f"{service} service (firms in radius)"]
            + [_pct(r.coverage.point_services[service].share) for r in results]
        )
    rows.append(["small boilers replaced"] + [str(r.coverage.boilers_replaced) for r in results])
    rows += saving_rows(results)  # what the replaced boilers and reclaimed water save
    return ["Shared-infrastructure coverage (share of demand served)"] + _table(
        ["medium", *heads], rows
    )


def _space_table(results: list[ScenarioResult], heads: list[str]) -> list[str]:
    rows = [["score (0-100)"] + [_num(r.space.score, 1) for r in results]]
    for c in SPACE_COMPONENTS:
        rows.append(
            [f"  {c} (weight {results[0].space.weights[c]:g})"]
            + [_num(r.space.components.get(c), 3) for r in results]
        )
    return ["Space-optimization score (components 0-1, 1 is best)"] + _table(
        ["component", *heads], rows
    )


def _hj274_table(park: Park, r: ScenarioResult) -> list[str]:
    rows = [
        [
            f"{row.id} {row.name}",
            row.unit,
            _num(row.value, 3),
            "-" if row.threshold is None else f"{row.comparator} {row.threshold:g}",
            verdict(row) + " (entered)" if row.status == "entered" else row.status,
        ]
        for row in r.hj274
    ]
    title = f"HJ 274-2009 evaluation of {_scenario_head(park, r.scenario_id)}"
    t = tally(r.hj274)  # the one rule (ecopark.indicators.verdicts), as in the panel and slides
    counts = (
        f"pass {t.passed} / {t.judged}, fail {t.failed}, no data {t.no_data}, "
        f"not judged {t.not_judged}; entered {t.entered} (pass {t.entered_passed}, "
        f"fail {t.entered_failed})"
    )
    return (
        [title]
        + _table(["indicator", "unit", "value", "requirement", "status"], rows, 50)
        + [counts]
    )
