"""曹妃甸循环经济示范区 Caofeidian steel and seawater-desalination park (seed 001).

An integrated steel works (ironmaking, steelmaking and rolling, coking, pelletising, a gas-fired
power plant) on reclaimed coastal land beside an ore terminal. The steelworks' exhaust steam
drives the seawater desalination plant (already in the baseline); desalinated water goes back to
the steelworks and the concentrated brine to a salt-chemical plant; blast-furnace slag goes to a
slag-cement plant, coke-oven gas to a methanol plant. The plan (规划 2030) adds the energy centre's
MP/LP steam and heat networks (with blast-furnace waste heat for the new town), a reclaimed-water
plant, and two firms on free plots.

Local frame: x metres east, y metres north; the coast is at y = 0; 5 x 3.8 km.
"""

from __future__ import annotations

from demoparks.specs import (
    BASELINE_ONLY,
    BOTH,
    PLAN_ONLY,
    Branch,
    CorridorSpec,
    ExchangeSpec,
    FacilitySpec,
    FirmSpec,
    Leg,
    NetworkSpec,
    ParkSpec,
    PipeSpec,
    PlotSpec,
    Role,
    ViewSpec,
    ZoneSpec,
    rect,
)
from ecopark.model import ScenarioInfo

MP, LP, HEAT, RW = "steam_mp", "steam_lp", "heat", "reclaimed_water"

ZONES = (
    ZoneSpec(
        "Z01",
        "矿石码头港区",
        "Ore terminal harbor area",
        "harbor",
        ((0, 0), (2000, 0), (2000, -800), (2400, -800), (2400, 0), (3000, 0), (3000, 700),
         (0, 700)),
    ),
    ZoneSpec(
        "Z02",
        "临港工业区·钢铁片区",
        "Lingang industrial area - steelworks",
        "lingang_industrial",
        rect(0, 700, 3000, 2400),
    ),
    ZoneSpec("Z03", "公用工程区", "Utilities strip", "utilities", rect(3000, 0, 3600, 2400)),
    ZoneSpec(
        "Z04",
        "临港工业区·循环产业片区",
        "Lingang industrial area - circular-economy cluster",
        "lingang_industrial",
        rect(3600, 700, 5000, 2400),
    ),
    ZoneSpec("Z05", "港口物流区", "Port logistics area", "logistics", rect(3600, 0, 5000, 700)),
    ZoneSpec(
        "Z06", "生态隔离带", "Ecological buffer", "ecological", rect(0, 2400, 5000, 3000)
    ),
    ZoneSpec("Z07", "曹妃甸新城", "Caofeidian new town", "city", rect(0, 3000, 5000, 3900)),
)

# fmt: off
FIRMS = (
    # --- 钢铁片区 steelworks ------------------------------------------------------------------
    FirmSpec("F001", "曹妃甸钢铁·炼铁厂", "Caofeidian Steel - ironmaking (blast furnaces)",
             "steel", "Z02", (600, 1200), 80, 120_000, growth=1.1,
             demand={MP: 30, RW: 12_000}, supply={HEAT: 40}, profile={"solid_waste": 6.0}),
    FirmSpec("F002", "曹妃甸钢铁·炼钢轧钢厂", "Caofeidian Steel - steelmaking and rolling",
             "steel", "Z02", (1600, 1200), 80, 180_000, growth=1.1,
             demand={MP: 40, RW: 15_000}, supply={LP: 60}, profile={"solid_waste": 1.2}),
    FirmSpec("F003", "焦化厂", "Coking plant", "chemical", "Z02",
             (600, 1950), 40, 40_000, growth=1.05, demand={MP: 20}),
    FirmSpec("F004", "球团厂", "Pelletising plant", "steel", "Z02",
             (1600, 1950), 30, 20_000, growth=1.05, profile={"solid_waste": 0.3}),
    FirmSpec("F005", "钢铁煤气发电", "Steelworks gas-fired power plant", "power", "Z02",
             (2500, 1500), 40, 25_000, growth=1.1, demand={RW: 8_000},
             profile={"energy": 2.0, "so2": 3.0, "solid_waste": 0.2}),
    # --- 港区 harbor --------------------------------------------------------------------------
    FirmSpec("F006", "曹妃甸矿石码头", "Caofeidian ore terminal", "port", "Z01",
             (2300, -450), 60, 40_000, growth=1.2, boilers=1, demand={LP: 3}),
    FirmSpec("F007", "港口物流", "Port logistics", "logistics", "Z01",
             (800, 350), 20, 8_000, growth=1.2),
    # --- 循环产业片区 circular-economy cluster ------------------------------------------------
    FirmSpec("F008", "矿渣微粉", "Slag cement (granulated BF slag)", "cement", "Z04",
             (4000, 1000), 20, 10_000, growth=1.2, boilers=2, demand={LP: 6},
             profile={"energy": 1.2}),
    FirmSpec("F009", "盐化工", "Salt chemicals (desalination brine)", "chemical", "Z04",
             (4600, 1000), 25, 25_000, growth=1.3, boilers=2, demand={MP: 15}),
    FirmSpec("F010", "焦炉煤气制甲醇", "Methanol from coke-oven gas", "chemical", "Z04",
             (4000, 1800), 20, 20_000, growth=1.2, boilers=2, demand={MP: 20}),
    FirmSpec("F011", "冶金装备", "Metallurgical equipment", "equipment", "Z04",
             (4600, 1800), 15, 12_000, growth=1.3, boilers=1, demand={LP: 4}),
    FirmSpec("F012", "钢材物流", "Steel logistics", "logistics", "Z05",
             (4300, 350), 15, 6_000, growth=1.2),
    # --- 曹妃甸新城 new town ------------------------------------------------------------------
    FirmSpec("F013", "电子信息", "Electronics", "electronics", "Z07",
             (1500, 3550), 3, 5_000, growth=1.5, demand={HEAT: 1.5}),
    FirmSpec("F014", "食品加工", "Food processing", "food", "Z07",
             (3500, 3550), 3, 3_000, growth=1.3, demand={HEAT: 1}),
    # --- new in the plan ----------------------------------------------------------------------
    FirmSpec("F015", "卤水提溴", "Bromine from bittern", "chemical", "Z04",
             (4300, 950), 8, 10_000, roles=PLAN_ONLY),
    FirmSpec("F016", "钢渣建材", "Steel-slag building materials", "building_materials", "Z04",
             (4300, 2175), 10, 6_000, roles=PLAN_ONLY),
)

FACILITIES = (
    FacilitySpec("FA01", "海水淡化厂 (热法, 5万 m³/d)",
                 "Seawater desalination plant (thermal, 50,000 m³/d)", "desalination_plant",
                 (3300, 300), baseline={}, plan={}),
    FacilitySpec("FA02", "能源中心", "Energy centre (CHP)", "chp", (3300, 1200),
                 baseline={"steam_mp_capacity_tph": 80},
                 plan={"steam_mp_capacity_tph": 160, "steam_lp_capacity_tph": 40,
                       "heat_capacity_mw": 40}),
    FacilitySpec("FA03", "污水处理厂", "WWTP", "wwtp", (3200, 2000),
                 baseline={"wastewater_capacity_m3d": 30_000, "service_radius_m": 3_000},
                 plan={"wastewater_capacity_m3d": 50_000, "service_radius_m": 4_500}),
    FacilitySpec("FA05", "固废资源化中心", "Solid-waste recycling centre", "solid_waste_centre",
                 (3150, 1750),
                 baseline={"solid_waste_capacity_tpd": 300, "service_radius_m": 2_500},
                 plan={"solid_waste_capacity_tpd": 600, "service_radius_m": 4_000}),
    FacilitySpec("FA04", "再生水厂", "Reclaimed-water plant", "reclaimed_water_plant",
                 (3450, 2000), baseline=None, plan={"reclaimed_water_capacity_m3d": 40_000}),
)

_RACK_WEST = ((3300, 1200), (3300, 1600), (300, 1600))
_RACK_EAST = ((3300, 1600), (4800, 1600))
NETWORKS = (
    NetworkSpec("MP", MP, "中压蒸汽", "FA02", 0, 500,
                legs=(Leg(_RACK_WEST, from_source=True), Leg(_RACK_EAST)),
                branches=(Branch("F001", existing=True), Branch("F002", existing=True),
                          Branch("F003"), Branch("F009"), Branch("F010"))),
    NetworkSpec("LP", LP, "低压蒸汽", "FA02", 20, 300,
                legs=(Leg(_RACK_WEST, from_source=True), Leg(_RACK_EAST)),
                branches=(Branch("F008"), Branch("F011"))),
    NetworkSpec("HW", HEAT, "供热热水", "FA02", 30, 500,
                legs=(Leg(((3300, 1200), (3300, 3300), (1200, 3300)), from_source=True),
                      Leg(((3300, 3300), (3800, 3300))),
                      Leg(((3300, 1500), (500, 1500)))),
                branches=(Branch("F013"), Branch("F014"), Branch("F001"))),
    NetworkSpec("RW", RW, "再生水", "FA04", -10, 500,
                legs=(Leg(((3450, 2000), (3450, 1600), (300, 1600)), from_source=True),),
                branches=(Branch("F001"), Branch("F002"), Branch("F005"))),
)

PIPES = (
    PipeSpec("LPX-01", LP, "乏汽管 (炼钢轧钢厂→海水淡化厂)", "F002", "FA01",
             via=((1600, 800), (3300, 800)), diameter_mm=500, existing=True),
)
# fmt: on

CORRIDORS = (
    CorridorSpec("R01", "road", "滨海大道", ((0, 700), (5000, 700))),
    CorridorSpec("R02", "road", "钢铁大道", ((0, 1550), (5000, 1550))),
    CorridorSpec("R03", "road", "园区北路", ((0, 2400), (5000, 2400))),
    CorridorSpec("R04", "road", "新城南路", ((0, 3000), (5000, 3000))),
    CorridorSpec("R05", "road", "新城中路", ((0, 3300), (5000, 3300))),
    CorridorSpec("R06", "road", "纵一路", ((1100, 700), (1100, 2400))),
    CorridorSpec("R07", "road", "纵二路", ((3000, 0), (3000, 3900))),
    CorridorSpec("R08", "road", "纵三路", ((3600, 0), (3600, 2400))),
    CorridorSpec("R09", "road", "码头路", ((2200, -800), (2200, 700))),
    CorridorSpec("U01", "utility", "钢铁区公共管廊", ((300, 1600), (4800, 1600))),
    CorridorSpec("U02", "utility", "热力管廊", ((3300, 1200), (3300, 3300))),
    CorridorSpec("U03", "utility", "淡化乏汽管廊", ((1600, 800), (3300, 800))),
)

PLOTS = (
    PlotSpec("P01", "循环区 P01 地块", rect(3700, 2000, 3950, 2350), roles=BOTH),
    PlotSpec("P02", "循环区 P02 地块", rect(4150, 2000, 4450, 2350), roles=BASELINE_ONLY),
    PlotSpec("P03", "循环区 P03 地块", rect(4750, 2000, 4950, 2350), roles=BOTH),
    PlotSpec("P04", "循环区 P04 地块", rect(4150, 750, 4450, 1150), roles=BASELINE_ONLY),
)

# fmt: off
EXCHANGES = (
    ExchangeSpec("E01", "F002", "FA01", "乏汽 exhaust steam (desalination heat)", 60, "t/h"),
    ExchangeSpec("E02", "FA01", "F002", "淡化水 desalinated water", 30_000, "m³/d"),
    ExchangeSpec("E03", "FA01", "F009", "浓盐水 concentrated brine", 35_000, "m³/d"),
    ExchangeSpec("E04", "F001", "F008", "高炉水渣 granulated BF slag", 600_000, "t/a"),
    ExchangeSpec("E05", "F003", "F010", "焦炉煤气 coke-oven gas", 300_000_000, "m³/a"),
    ExchangeSpec("E06", "F001", "F005", "高炉煤气 blast-furnace gas", 2_000_000_000, "m³/a"),
    ExchangeSpec("E07", "F006", "F001", "铁矿石 iron ore", 8_000_000, "t/a"),
    ExchangeSpec("E08", "F004", "F001", "球团矿 pellets", 3_000_000, "t/a"),
    ExchangeSpec("E09", "F002", "F016", "钢渣 steel slag", 150_000, "t/a", roles=PLAN_ONLY),
    ExchangeSpec("E10", "F001", "FA02", "高炉冲渣水余热 BF slag-water waste heat", 40, "MW",
                 roles=PLAN_ONLY),
    ExchangeSpec("E11", "F009", "F015", "苦卤 bittern", 200_000, "t/a", roles=PLAN_ONLY),
)
# fmt: on

_ALL = ("zones", "firms", "facilities", "pipelines", "corridors", "plots", "exchanges")
VIEWS = (
    ViewSpec("V1", "全园区 Whole park (plan 2030)", (-200, -1000, 5200, 4000), "plan", _ALL),
    ViewSpec(
        "V2",
        "钢铁与海水淡化 Steel and desalination",
        (300, -200, 3800, 1800),
        "plan",
        ("zones", "firms", "facilities", "pipelines", "exchanges"),
    ),
    ViewSpec(
        "V3",
        "现状与规划对比 Baseline vs plan",
        (-200, -1000, 5200, 4000),
        "plan",
        _ALL,
        compare_with="baseline",
    ),
)

ENTERED: dict[Role, dict[str, float]] = {
    "baseline": {"3.5": 96, "3.6": 75, "3.7": 95, "3.8": 1,
                 "4.0": 0, "4.1": 50, "4.2": 1, "4.3": 80, "4.4": 78, "4.5": 72},
    "plan": {"3.5": 100, "3.6": 92, "3.7": 100, "3.8": 1,
             "4.0": 1, "4.1": 100, "4.2": 1, "4.3": 100, "4.4": 90, "4.5": 91},
}  # fmt: skip

SPEC = ParkSpec(
    name="曹妃甸循环经济示范区 Caofeidian steel and desalination park (demo)",
    crs="EPSG:4548",
    site_lonlat=(118.45, 38.95),
    site_local=(2500, 1500),
    scenarios={
        "baseline": ScenarioInfo(
            scenario_id="baseline", name="现状 2023 Baseline", kind="baseline", year=2023
        ),
        "plan": ScenarioInfo(scenario_id="plan2030", name="规划 2030 Plan", kind="plan", year=2030),
    },
    zones=ZONES,
    firms=FIRMS,
    facilities=FACILITIES,
    networks=NETWORKS,
    pipes=PIPES,
    corridors=CORRIDORS,
    plots=PLOTS,
    exchanges=EXCHANGES,
    views=VIEWS,
    entered_values=ENTERED,
)
