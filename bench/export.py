"""Benchmark the exports on a generated 1,000-firm park (targets: workbook <= 2 s, PDF <= 3 s).

Usage::

    python bench/export.py [--firms 1000] [--repeat 3] [--seed 0] [--projects 200]

Builds a baseline and a plan of a park with ``--firms`` firms in eight zones, 200 pipelines
(half planned), 12 facilities and 300 exchanges, then times (best of ``--repeat``, after one
warm-up) the Excel work plan and an A4 landscape PDF map with the scorecard. Prints one line::

    export firms=1000 workbook_s=... pdf_s=... png_s=... xlsx_kb=... pdf_kb=... evaluate_s=...
        work_plan_s=... targets=ok|MISSED

and then the full work plan of issue 17 (``--projects`` projects grouping the planned pipes,
facilities and exchanges, with benefits and cost-benefit): targets workbook <= 3 s, PDF report
<= 5 s::

    work_plan firms=1000 projects=200 workbook_s=... report_s=... report_pages=... evaluate_s=...
        work_plan_s=... targets=ok|MISSED

``evaluate_s`` (the indicator engine on the plan and its baseline) and ``work_plan_s``
(``ecopark.projects.plan.work_plan``: pricing, per-project benefit runs, cost-benefit) are timed
on their own, best of ``--repeat``, to show how much of ``workbook_s`` is computing the figures
and how much is writing the workbook (the rest).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
from shapely.geometry import LineString, Point, box

try:
    from ecopark.export.map_export import export_map
    from ecopark.export.workbook import export_workbook
except ImportError:  # running from a checkout without an installed package
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "desktop"))
    from ecopark.export.map_export import export_map
    from ecopark.export.workbook import export_workbook

from ecopark.model import (
    SECTORS,
    Exchange,
    Facility,
    Firm,
    Park,
    Pipeline,
    ScenarioInfo,
    Zone,
)

WORKBOOK_TARGET_S = 2.0
PDF_TARGET_S = 3.0
WORK_PLAN_WORKBOOK_TARGET_S = 3.0
REPORT_TARGET_S = 5.0


def add_projects(park: Park, count: int) -> None:
    """Group the plan's planned pipes, planned facilities and exchanges into ``count`` projects
    (round robin), with per-project years and subsidy rates in the seed's 2.3-14.5 % range."""
    from ecopark.projects import Project
    from ecopark.projects.model import projects_value

    plan = park.scenario("plan")
    members: list[tuple[str, str]] = [
        ("pipelines", pid) for pid, p in plan.layers["pipelines"].items() if p.status == "planned"
    ] + [("exchanges", eid) for eid in plan.exchanges]
    groups: list[list[tuple[str, str]]] = [[] for _ in range(count)]
    for k, m in enumerate(members):
        groups[k % count].append(m)
    kinds = ("pipeline", "symbiosis", "measure", "facility")
    park.settings["projects"] = projects_value(
        [
            Project(
                project_id=f"P{k:03d}",
                name=f"项目 {k}",
                kind=kinds[k % 4] if groups[k] else "measure",
                start_year=2026 + k % 3,
                completion_year=2028 + k % 3,
                subsidy_rate=0.023 + (0.145 - 0.023) * (k % 13) / 12,
                investment_10k_rmb=None if groups[k] else 100.0 + k,
                members=tuple(groups[k]),
            )
            for k in range(count)
        ]
    )


def build_park(firms: int, seed: int) -> Park:
    rng = np.random.default_rng(seed)
    park = Park("Bench park 基准园区", "EPSG:4550")
    park.add_scenario(ScenarioInfo(scenario_id="base", name="现状", kind="baseline", year=2024))
    x0, y0 = 500_000.0, 4_400_000.0
    kinds = ["harbor", "lingang_industrial", "lingang_industrial", "city", "logistics",
             "lingang_industrial", "ecological", "reserve"]  # fmt: skip
    for k, kind in enumerate(kinds):
        col, row = k % 4, k // 4
        park.add(
            "base",
            Zone(
                zone_id=f"Z{k}",
                name=f"功能区 {k}",
                kind=kind,
                industrial=kind in ("harbor", "lingang_industrial"),
                geometry=box(
                    x0 + col * 2500, y0 + row * 2500, x0 + (col + 1) * 2500, y0 + (row + 1) * 2500
                ),
            ),
        )
    xy = rng.uniform([x0, y0], [x0 + 10_000, y0 + 5_000], size=(firms, 2))
    for i, (x, y) in enumerate(xy):
        boiler = bool(rng.random() < 0.2)
        park.add("base", Firm(
            firm_id=f"F{i:04d}", name=f"企业 {i}", sector=str(rng.choice(SECTORS)),
            geometry=Point(x, y), plot_area_m2=float(rng.uniform(2e4, 2e5)),
            floor_area_m2=float(rng.uniform(1e4, 1e5)), employees=int(rng.integers(20, 2000)),
            iav_10k_rmb=float(rng.uniform(500, 80_000)), energy_tce=float(rng.uniform(10, 5e4)),
            fresh_water_m3=float(rng.uniform(1e3, 1e6)), own_boiler=boiler,
            boiler_count=int(rng.integers(1, 4)) if boiler else 0,
            steam_mp_demand_tph=float(rng.uniform(0, 20)),
            heat_demand_mw=float(rng.uniform(0, 5)),
        ))  # fmt: skip
    for j in range(12):
        park.add("base", Facility(
            facility_id=f"C{j}", name=f"设施 {j}",
            kind=["chp", "wwtp", "solid_waste_centre"][j % 3],
            geometry=Point(x0 + 800 * j + 300, y0 + 2500), heat_capacity_mw=50.0,
            steam_mp_capacity_tph=100.0, wastewater_capacity_m3d=20_000.0,
            solid_waste_capacity_tpd=200.0, service_radius_m=3000.0,
        ))  # fmt: skip
    park.add_scenario(
        ScenarioInfo(scenario_id="plan", name="规划 2030", kind="plan", year=2030), copy_from="base"
    )
    for p in range(200):
        a = xy[p]
        b = xy[(p * 7 + 3) % firms]
        park.add("plan", Pipeline(
            pipeline_id=f"P{p}", medium=["heat", "steam_mp", "reclaimed_water"][p % 3],
            geometry=LineString([tuple(a), (b[0], a[1]), tuple(b)]),
            diameter_mm=float(rng.choice([150, 300, 500, 800])),
            status="planned" if p % 2 else "existing",
        ))  # fmt: skip
    for e in range(300):
        s, t = int(rng.integers(firms)), int(rng.integers(firms))
        if s == t:
            continue
        park.add("plan", Exchange(exchange_id=f"E{e}", from_id=f"F{s:04d}", to_id=f"F{t:04d}",
                                  material="steam", quantity=float(rng.uniform(1, 50)),
                                  unit="t/h"))  # fmt: skip
    return park


def best_of(repeat: int, fn: Callable[[], object]) -> float:
    fn()  # warm-up: imports, font cache
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def figure_times(park: Park, repeat: int) -> tuple[float, float]:
    """(evaluate_s, work_plan_s): the parts of the workbook export that compute its figures."""
    from ecopark.indicators import evaluate_scenario
    from ecopark.projects.plan import work_plan

    def evaluate() -> object:
        return evaluate_scenario(park, "plan"), evaluate_scenario(park, "base")

    result = evaluate_scenario(park, "plan")
    return (
        best_of(repeat, evaluate),
        best_of(repeat, lambda: work_plan(park, "plan", result, language="zh")),
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--firms", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--projects", type=int, default=200)
    args = parser.parse_args()
    park = build_park(args.firms, args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        xlsx, pdf, png = folder / "plan.xlsx", folder / "map.pdf", folder / "map.png"
        wb_s = best_of(args.repeat, lambda: export_workbook(park, "plan", xlsx))
        pdf_s = best_of(args.repeat, lambda: export_map(park, "plan", pdf))
        png_s = best_of(1, lambda: export_map(park, "plan", png))
        ok = wb_s <= WORKBOOK_TARGET_S and pdf_s <= PDF_TARGET_S
        ev_s, plan_s = figure_times(park, args.repeat)
        print(
            f"export firms={args.firms} workbook_s={wb_s:.2f} pdf_s={pdf_s:.2f} png_s={png_s:.2f} "
            f"xlsx_kb={xlsx.stat().st_size / 1024:.0f} pdf_kb={pdf.stat().st_size / 1024:.0f} "
            f"evaluate_s={ev_s:.2f} work_plan_s={plan_s:.2f} "
            f"targets={'ok' if ok else 'MISSED'}"
        )
        from ecopark.export.report import export_report

        add_projects(park, args.projects)
        report = folder / "report.pdf"
        wp_s = best_of(args.repeat, lambda: export_workbook(park, "plan", xlsx))
        rep_s = best_of(args.repeat, lambda: export_report(park, "plan", report))
        pages = report.read_bytes().count(b"/Type /Page") - report.read_bytes().count(
            b"/Type /Pages"
        )
        ok = wp_s <= WORK_PLAN_WORKBOOK_TARGET_S and rep_s <= REPORT_TARGET_S
        ev_s, plan_s = figure_times(park, args.repeat)
        print(
            f"work_plan firms={args.firms} projects={args.projects} workbook_s={wp_s:.2f} "
            f"report_s={rep_s:.2f} report_pages={pages} "
            f"evaluate_s={ev_s:.2f} work_plan_s={plan_s:.2f} "
            f"targets={'ok' if ok else 'MISSED'}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
