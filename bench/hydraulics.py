"""Benchmark the hydraulic solve (docs/hydraulics.md) and print the single-pipe reference check.

Usage::

    python bench/hydraulics.py [--runs 20] [--grid 32]

Prints one line per case::

    case=liaobin_plan2030 segments=N solve_p50_ms=.. solve_p95_ms=.. cpu_p50_ms=.. cpu_p95_ms=..
    case=grid_32x32 segments=N solve_p50_ms=.. solve_p95_ms=.. cpu_p50_ms=.. cpu_p95_ms=..
    case=single_pipe p_out_mpa=.. ref_p_out_mpa=.. diff_pct=.. t_out_c=.. ref_t_out_c=.. diff_k=..

The solve is timed as the live view runs it after an edit: with the scenario's indicator state
already built (its coverage allocation and the pipe graph cached), so the figure is the network
solve itself. The grid is a meshed steam network of 100 m pipes (DN600 near the middle, DN400,
then DN250 towards the edges) between the nodes of a
square grid (2 x n x (n - 1) segments, 1,984 for n = 32), a CHP in the middle and a 0.5 t/h
consumer at every node. The single pipe (20 t/h, 1.0 MPa, 250 °C, DN250, 2 km, 100 mm insulation)
is compared with an adaptive RK45 integration of the same balances with IAPWS-95 (CoolProp HEOS)
properties and a fixed-point Colebrook, as in tests/hydraulics/test_single_pipe.py.
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from pathlib import Path

import CoolProp.CoolProp as CP
import numpy as np
from scipy.integrate import solve_ivp
from shapely.geometry import LineString, Point

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "desktop"))

from ecopark.hydraulics import solve_scenario  # noqa: E402
from ecopark.indicators.state import ScenarioState  # noqa: E402
from ecopark.model import Facility, Firm, Park, Pipeline, ScenarioInfo  # noqa: E402
from ecopark.storage import load_park  # noqa: E402


def timed(park: Park, sid: str, runs: int) -> str:
    """``segments=N solve_p50_ms= solve_p95_ms=`` (wall clock) plus the process CPU time, which
    a machine shared with other jobs inflates far less than the wall clock."""
    state = ScenarioState.build(park, sid)
    result = solve_scenario(park, sid, state)
    wall, cpu = [], []
    for _ in range(runs):
        t, c = time.perf_counter(), time.process_time()
        solve_scenario(park, sid, state)
        wall.append((time.perf_counter() - t) * 1000)
        cpu.append((time.process_time() - c) * 1000)
    segments = sum(len(n.segments) for n in result.networks)
    return (f"segments={segments} solve_p50_ms={np.percentile(wall, 50):.1f} "
            f"solve_p95_ms={np.percentile(wall, 95):.1f} cpu_p50_ms={np.percentile(cpu, 50):.1f} "
            f"cpu_p95_ms={np.percentile(cpu, 95):.1f}")  # fmt: skip


def grid_park(n: int) -> Park:
    park = Park("grid", "EPSG:4550")
    park.add_scenario(ScenarioInfo(scenario_id="plan", name="plan", kind="plan", year=2030))
    c = (n // 2) * 100
    park.add("plan", Facility(facility_id="CHP", name="CHP", kind="chp", geometry=Point(c, c),
                              steam_mp_capacity_tph=1000))  # fmt: skip
    k = 0
    for i in range(n):
        for j in range(n):
            park.add("plan", Firm(firm_id=f"F{i}_{j}", name="", geometry=Point(i * 100, j * 100),
                                  steam_mp_demand_tph=0.5))  # fmt: skip
            for di, dj in ((1, 0), (0, 1)):
                if i + di < n and j + dj < n:
                    k += 1
                    line = LineString([(i * 100, j * 100), ((i + di) * 100, (j + dj) * 100)])
                    ring = max(abs(line.centroid.x - c), abs(line.centroid.y - c))
                    dn = 600 if ring < 400 else 400 if ring < 900 else 250
                    park.add("plan", Pipeline(pipeline_id=f"P{k}", medium="steam_mp",
                                              geometry=line, diameter_mm=dn))  # fmt: skip
    return park


def single_pipe() -> str:
    park = Park("pipe", "EPSG:4550")
    park.add_scenario(ScenarioInfo(scenario_id="plan", name="plan", kind="plan", year=2030))
    park.add("plan", Facility(facility_id="CHP", name="", kind="chp", geometry=Point(0, 0),
                              steam_mp_capacity_tph=50, steam_mp_outlet_mpa=1.0,
                              steam_mp_outlet_c=250.0))  # fmt: skip
    park.add("plan", Pipeline(pipeline_id="P1", medium="steam_mp", diameter_mm=250,
                              geometry=LineString([(0, 0), (2000, 0)]), insulation_mm=100.0,
                              insulation_w_mk=0.05, laying="rack"))  # fmt: skip
    park.add("plan", Firm(firm_id="F1", name="", geometry=Point(2000, 0),
                          steam_mp_demand_tph=20.0, steam_mp_min_mpa=0.7))  # fmt: skip
    park.settings.update({"ambient_temperature_c": 10.0,
                          "hydraulics": {"fittings_allowance": 0.0}})  # fmt: skip
    seg = solve_scenario(park, "plan").networks[0].segments[0]
    p_ref, t_ref = reference()
    p, t = seg.outlet_pressure_mpa or math.nan, seg.outlet_temperature_c or math.nan
    return (f"case=single_pipe p_out_mpa={p:.5f} ref_p_out_mpa={p_ref:.5f} "
            f"diff_pct={100 * (p - p_ref) / p_ref:+.4f} t_out_c={t:.3f} ref_t_out_c={t_ref:.3f} "
            f"diff_k={t - t_ref:+.4f}")  # fmt: skip


def reference() -> tuple[float, float]:
    d, d_out, m, t_amb = 0.259, 0.273, 20 / 3.6, 283.15
    r2 = d_out / 2 + 0.1
    r_th = math.log(r2 / (d_out / 2)) / (2 * math.pi * 0.05) + 1 / (11.63 * 2 * math.pi * r2)
    area = math.pi * d * d / 4

    def rhs(_x: float, y: list[float]) -> list[float]:
        p, h = y
        rho, mu, t = (CP.PropsSI(k, "P", p, "H", h, "HEOS::Water") for k in ("D", "V", "T"))
        v = m / (rho * area)
        re = rho * v * d / mu
        f = 0.02
        for _ in range(60):
            f = (-2 * math.log10(0.2e-3 / d / 3.7 + 2.51 / (re * math.sqrt(f)))) ** -2
        return [-f / d * rho * v * v / 2, -(t - t_amb) / (r_th * m)]

    h0 = CP.PropsSI("H", "P", 1e6, "T", 523.15, "HEOS::Water")
    sol = solve_ivp(rhs, (0, 2000), [1e6, h0], rtol=1e-9, atol=1e-6)
    p, h = sol.y[0, -1], sol.y[1, -1]
    return p / 1e6, CP.PropsSI("T", "P", p, "H", h, "HEOS::Water") - 273.15


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--grid", type=int, default=32)
    args = ap.parse_args()
    liaobin = ROOT / "layouts" / "liaobin_coastal.gpkg"
    park = load_park(liaobin)
    sid = park.default_scenario().scenario_id
    print(f"case=liaobin_{sid} {timed(park, sid, args.runs)}")
    g = grid_park(args.grid)
    print(f"case=grid_{args.grid}x{args.grid} {timed(g, 'plan', max(3, args.runs // 4))}")
    print(single_pipe())
    return 0


if __name__ == "__main__":
    sys.exit(main())
