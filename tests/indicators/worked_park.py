"""Worked example W of docs/indicators.md §7: one park on which every row of every shipped
indicator set, the targets and the per-mu grades are computed by hand."""

from __future__ import annotations

from ind_parks import firm, zone

from ecopark.commands import SetEnteredValue
from ecopark.model import Exchange, Park, ScenarioInfo

F1 = dict(sector="steel", key_sector=True, iav_10k_rmb=50_000, employees=1_000,
          plot_area_m2=100_000, floor_area_m2=80_000, green_certified_floor_m2=20_000,
          coal_t=10_000, electricity_mwh=20_000, energy_tce=9_601,
          fresh_water_m3=300_000, water_reused_m3=900_000, wastewater_t=200_000,
          wastewater_recycled_t=50_000, wastewater_discharged_t=150_000,
          solid_waste_t=10_000, solid_waste_reused_t=9_000, solid_waste_disposed_t=800,
          solid_waste_handled_t=200, cod_kg=20_000, so2_kg=30_000, nox_kg=40_000,
          ammonia_kg=2_000, mineral_resources_t=500_000, cleaner_production_audit=True,
          tax_10k_rmb=5_000, fixed_asset_investment_10k_rmb=30_000)  # fmt: skip
F2 = dict(sector="food", iav_10k_rmb=30_000, employees=1_000, plot_area_m2=50_000,
          floor_area_m2=40_000, green_certified_floor_m2=0, energy_tce=2_399,
          fresh_water_m3=100_000, water_reused_m3=300_000, wastewater_t=80_000,
          wastewater_recycled_t=30_000, wastewater_discharged_t=50_000, solid_waste_t=2_000,
          solid_waste_reused_t=1_000, cod_kg=10_000, tax_10k_rmb=3_000)  # fmt: skip
F3 = dict(sector="logistics", iav_10k_rmb=20_000, employees=500, plot_area_m2=50_000)
ENTERED = {"3.5": 100, "3.6": 90, "3.7": 100, "3.8": 1, "4.0": 1, "4.1": 100, "4.2": 1,
           "4.3": 80, "4.4": 92, "4.5": 88, "lowcarbon:LC.2": 0.5}  # fmt: skip
TARGETS = [
    {"programme": "ctip", "id": "1.3", "value": 60_000, "year": 2025},
    {"programme": "ctip", "id": "2.1", "value": 1.4e-5, "year": 2025},
    {"programme": "ctip", "id": "3.1", "change_pct": 10, "year": 2025},
    {"programme": "ctip", "id": "5.1", "value": 60, "year": 2025},
]


def worked_park() -> Park:
    park = Park("W", "EPSG:4550")
    scenarios = (("base", "baseline", 2020), ("plan", "plan", 2025), ("mon", "monitoring", 2023))
    for sid, kind, year in scenarios:
        park.add_scenario(ScenarioInfo(scenario_id=sid, name=sid, kind=kind, year=year))
        park.add(sid, zone("Z1", "harbor", 0, 0, 2000, 1000))  # 2 km² industrial
        park.add(sid, zone("Z2", "city", 0, 3000, 1000, 4000))
        f1, f2, f3 = dict(F1), dict(F2), dict(F3)
        if sid == "base":  # IAV 80,000 (x 1.25 to 2025), energy 10,000 tce, SO2 40 t
            f1.update(iav_10k_rmb=40_000, so2_kg=40_000)
            f2.update(iav_10k_rmb=24_000, energy_tce=399)
            f3.update(iav_10k_rmb=16_000)
        park.add(sid, firm("F1", 500, 500, **f1))
        park.add(sid, firm("F2", 1500, 500, **f2))
        park.add(sid, firm("F3", 1000, 200, **f3))
        park.add(sid, Exchange(exchange_id="E1", from_id="F1", to_id="F2", material="slag",
                               quantity=1_000))  # fmt: skip
        for key, value in ENTERED.items():
            SetEnteredValue(sid, key, value).redo(park)
    park.settings["targets"] = {"plan": TARGETS}
    park.settings["monitoring_plan"] = {"mon": "plan"}
    return park
