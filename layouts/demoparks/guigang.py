"""贵港国家生态工业(制糖)示范园区 Guigang sugar eco-industrial park (seed 001's sugar example).

The sugar - alcohol - paper - cogeneration chain: the sugar mill sends molasses to the alcohol
distillery and the yeast plant, bagasse to the paper mill and the fibreboard plant, filter mud and
vinasse to the fertiliser plant; the paper mill's white mud goes to light calcium carbonate and
cement. In the baseline (现状 2023) the mill's back-pressure turbine already feeds the distillery
with exhaust steam and firms run their own boilers; the plan (规划 2030) builds a bagasse-pith
CHP plant with MP/LP steam and a reclaimed-water plant, and two new firms on free plots.

Local frame: x metres east, y metres north; the Xijiang (郁江) bank is at y = 0; 3.6 x 2.8 km.
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
from ecopark.model import ScenarioInfo, ZoneKind

MP, LP, RW = "steam_mp", "steam_lp", "reclaimed_water"

SUGAR_CLUSTER = ZoneKind(
    kind="sugar_cluster",
    industrial=True,
    label_en="Sugar circular-economy cluster",
    label_zh="制糖循环经济区",
    allowed_sectors=frozenset(
        {"sugar", "alcohol", "paper", "power", "food", "chemical", "building_materials", "other"}
    ),
)
"""A park-specific zone kind (declared in the file), industrial, for the sugar chain."""

ZONES = (
    ZoneSpec("Z01", "贵港港区", "Guigang river port area", "harbor", rect(0, 0, 2400, 400)),
    ZoneSpec(
        "Z02",
        "制糖循环经济区",
        "Sugar circular-economy cluster",
        "sugar_cluster",
        rect(0, 400, 1600, 1600),
    ),
    ZoneSpec(
        "Z03",
        "临港工业区",
        "Lingang industrial area",
        "lingang_industrial",
        rect(1600, 400, 2400, 1600),
    ),
    ZoneSpec("Z04", "公用工程区", "Utilities strip", "utilities", rect(2400, 0, 2900, 1600)),
    ZoneSpec("Z05", "东部预留用地", "East reserve land", "reserve", rect(2900, 0, 3600, 1600)),
    ZoneSpec(
        "Z06", "生态隔离带", "Ecological buffer", "ecological", rect(0, 1600, 3600, 2400)
    ),
    ZoneSpec("Z07", "港北城区", "Gangbei city area", "city", rect(0, 2400, 3600, 3300)),
)

# fmt: off
FIRMS = (
    # --- 制糖循环经济区 sugar cluster ---------------------------------------------------------
    FirmSpec("F001", "贵糖制糖厂", "Guitang sugar mill (1.5 Mt/a cane)", "sugar", "Z02",
             (450, 1250), 40, 45_000, growth=1.15, boilers=3, demand={MP: 70},
             supply={LP: 25}),
    FirmSpec("F002", "贵糖酒精厂", "Guitang alcohol distillery (molasses)", "alcohol", "Z02",
             (950, 1100), 12, 15_000, growth=1.2, demand={LP: 20, RW: 3_000}),
    FirmSpec("F003", "贵糖纸业", "Guitang bagasse paper mill", "paper", "Z02",
             (1250, 1380), 30, 35_000, growth=1.25, boilers=2, demand={MP: 40, RW: 8_000}),
    FirmSpec("F004", "轻质碳酸钙", "Light calcium carbonate (white mud)", "chemical", "Z02",
             (1480, 1150), 5, 4_000, growth=1.2),
    FirmSpec("F005", "复合肥厂", "Compound fertiliser (filter mud, vinasse)", "chemical", "Z02",
             (300, 600), 10, 6_000, growth=1.2, boilers=1, demand={LP: 5}),
    FirmSpec("F006", "酵母厂", "Yeast plant (molasses)", "food", "Z02",
             (800, 600), 6, 8_000, growth=1.3, boilers=1, demand={LP: 8}),
    FirmSpec("F007", "蔗渣纤维板", "Bagasse fibreboard", "building_materials", "Z02",
             (200, 1480), 10, 5_000, growth=1.1, boilers=1, demand={LP: 6}),
    # --- 临港工业区 Lingang industrial area ---------------------------------------------------
    FirmSpec("F008", "贵港水泥", "Guigang cement (white mud, fly ash)", "cement", "Z03",
             (1850, 1380), 20, 10_000, growth=1.1, demand={RW: 1_000}),
    FirmSpec("F009", "糖果食品", "Confectionery", "food", "Z03",
             (1800, 600), 5, 6_000, growth=1.3, boilers=1, demand={LP: 4}),
    FirmSpec("F010", "饲料厂", "Feed mill (yeast residue)", "food", "Z03",
             (2200, 600), 6, 5_000, growth=1.2),
    FirmSpec("F011", "纸制品包装", "Paper packaging", "paper", "Z03",
             (1800, 1150), 6, 4_000, growth=1.25, boilers=1, demand={LP: 4}),
    # --- 港区 river port ----------------------------------------------------------------------
    FirmSpec("F012", "贵港港务", "Guigang port", "port", "Z01",
             (700, 200), 25, 12_000, growth=1.2),
    FirmSpec("F013", "港口物流", "Port logistics", "logistics", "Z01",
             (1700, 200), 10, 4_000, growth=1.2),
    # --- 港北城区 city area -------------------------------------------------------------------
    FirmSpec("F014", "电子元件", "Electronic components", "electronics", "Z07",
             (1000, 2800), 3, 6_000, growth=1.4),
    FirmSpec("F015", "食品加工", "Food processing", "food", "Z07",
             (2200, 2850), 3, 3_000, growth=1.2),
    # --- new in the plan ----------------------------------------------------------------------
    FirmSpec("F016", "木糖醇", "Xylitol (bagasse hemicellulose)", "chemical", "Z02",
             (1325, 650), 8, 12_000, roles=PLAN_ONLY, demand={LP: 6}),
    FirmSpec("F017", "有机肥", "Organic fertiliser (filter mud)", "other", "Z03",
             (2200, 1125), 6, 3_000, roles=PLAN_ONLY),
    FirmSpec("F018", "糖品仓储物流", "Sugar warehousing and trading", "logistics", "Z03",
             (2150, 765), 6, 4_000, roles=PLAN_ONLY),
)

FACILITIES = (
    FacilitySpec("FA01", "蔗髓热电联产中心", "Bagasse-pith CHP plant", "chp", (700, 1000),
                 baseline=None,
                 plan={"steam_mp_capacity_tph": 150, "steam_lp_capacity_tph": 60}),
    FacilitySpec("FA02", "园区污水处理厂", "Park WWTP", "wwtp", (2550, 250),
                 baseline={"wastewater_capacity_m3d": 20_000, "service_radius_m": 2_000},
                 plan={"wastewater_capacity_m3d": 30_000, "service_radius_m": 3_500}),
    FacilitySpec("FA03", "再生水厂", "Reclaimed-water plant", "reclaimed_water_plant",
                 (2750, 250), baseline=None, plan={"reclaimed_water_capacity_m3d": 20_000}),
    FacilitySpec("FA04", "固废资源化中心", "Solid-waste recycling centre", "solid_waste_centre",
                 (2650, 1350),
                 baseline={"solid_waste_capacity_tpd": 200, "service_radius_m": 2_000},
                 plan={"solid_waste_capacity_tpd": 400, "service_radius_m": 3_500}),
)

_RACK_WEST = ((700, 1000), (700, 900), (100, 900))
_RACK_EAST = ((700, 900), (2400, 900))
NETWORKS = (
    NetworkSpec("MP", MP, "中压蒸汽", "FA01", 0, 400,
                legs=(Leg(_RACK_WEST, from_source=True), Leg(_RACK_EAST)),
                branches=(Branch("F001"), Branch("F003"))),
    NetworkSpec("LP", LP, "低压蒸汽", "FA01", 20, 300,
                legs=(Leg(_RACK_WEST, from_source=True), Leg(_RACK_EAST)),
                branches=(Branch("F005"), Branch("F006"), Branch("F009"), Branch("F011"),
                          Branch("F016"))),
    NetworkSpec("RW", RW, "再生水", "FA03", -10, 400,
                legs=(Leg(((2750, 250), (2750, 900), (100, 900)), from_source=True),),
                branches=(Branch("F002"), Branch("F003"), Branch("F008"))),
)

PIPES = (
    PipeSpec("LPX-01", LP, "乏汽管 (制糖厂→酒精厂)", "F001", "F002", via=((950, 1250),),
             diameter_mm=250, existing=True),
)
# fmt: on

CORRIDORS = (
    CorridorSpec("R01", "road", "沿江路", ((0, 400), (3600, 400))),
    CorridorSpec("R02", "road", "糖业大道", ((0, 850), (2900, 850))),
    CorridorSpec("R03", "road", "园区北路", ((0, 1600), (3600, 1600))),
    CorridorSpec("R04", "road", "港北大道", ((0, 2400), (3600, 2400))),
    CorridorSpec("R05", "road", "纬一路", ((1600, 0), (1600, 3300))),
    CorridorSpec("R06", "road", "纬二路", ((2400, 0), (2400, 3300))),
    CorridorSpec("R07", "road", "经一路", ((1100, 400), (1100, 1600))),
    CorridorSpec("U01", "utility", "制糖区公共管廊", ((100, 900), (2750, 900))),
)

PLOTS = (
    PlotSpec("P01", "临港 P01 地块", rect(2050, 1000, 2350, 1250), roles=BASELINE_ONLY),
    PlotSpec("P02", "临港 P02 地块", rect(2050, 1300, 2350, 1550), roles=BOTH),
    PlotSpec("P03", "制糖区 P03 地块", rect(1100, 450, 1550, 850), roles=BASELINE_ONLY),
    PlotSpec("P04", "临港 P04 地块", rect(1950, 680, 2350, 850), roles=BASELINE_ONLY),
)

# fmt: off
EXCHANGES = (
    ExchangeSpec("E01", "F001", "F002", "糖蜜 molasses", 45_000, "t/a"),
    ExchangeSpec("E02", "F001", "F003", "蔗渣 bagasse", 350_000, "t/a"),
    ExchangeSpec("E03", "F001", "F006", "糖蜜 molasses (yeast)", 15_000, "t/a"),
    ExchangeSpec("E04", "F001", "F005", "滤泥 filter mud", 40_000, "t/a", plan_quantity=25_000),
    ExchangeSpec("E05", "F002", "F005", "酒精废液 vinasse", 120_000, "t/a"),
    ExchangeSpec("E06", "F003", "F004", "白泥 white mud", 30_000, "t/a"),
    ExchangeSpec("E07", "F003", "F008", "白泥 white mud (raw meal)", 20_000, "t/a"),
    ExchangeSpec("E08", "F001", "F002", "乏汽 exhaust steam (LP)", 20, "t/h"),
    ExchangeSpec("E09", "F001", "F007", "蔗渣 bagasse (fibreboard)", 60_000, "t/a"),
    ExchangeSpec("E10", "F006", "F010", "酵母渣 yeast residue (feed)", 8_000, "t/a"),
    ExchangeSpec("E11", "F001", "FA01", "蔗髓 bagasse pith (CHP fuel)", 80_000, "t/a",
                 roles=PLAN_ONLY),
    ExchangeSpec("E12", "FA01", "F008", "粉煤灰 fly ash", 20_000, "t/a", roles=PLAN_ONLY),
    ExchangeSpec("E13", "F001", "F016", "蔗渣 bagasse (xylose)", 40_000, "t/a", roles=PLAN_ONLY),
    ExchangeSpec("E14", "F001", "F017", "滤泥 filter mud", 15_000, "t/a", roles=PLAN_ONLY),
)
# fmt: on

_ALL = ("zones", "firms", "facilities", "pipelines", "corridors", "plots", "exchanges")
VIEWS = (
    ViewSpec("V1", "全园区 Whole park (plan 2030)", (-200, -200, 3800, 3500), "plan", _ALL),
    ViewSpec(
        "V2",
        "制糖循环链 Sugar chain close-up",
        (-100, 350, 2500, 1650),
        "plan",
        ("zones", "firms", "facilities", "pipelines", "exchanges"),
    ),
    ViewSpec(
        "V3",
        "现状与规划对比 Baseline vs plan",
        (-200, -200, 3800, 3500),
        "plan",
        _ALL,
        compare_with="baseline",
    ),
)

ENTERED: dict[Role, dict[str, float]] = {
    "baseline": {"3.5": 92, "3.6": 70, "3.7": 90, "3.8": 0,
                 "4.0": 0, "4.1": 40, "4.2": 0, "4.3": 60, "4.4": 80, "4.5": 70},
    "plan": {"3.5": 100, "3.6": 90, "3.7": 100, "3.8": 1,
             "4.0": 1, "4.1": 100, "4.2": 1, "4.3": 100, "4.4": 91, "4.5": 92},
}  # fmt: skip

SPEC = ParkSpec(
    name="贵港国家生态工业(制糖)示范园区 Guigang sugar eco-industrial park (demo)",
    crs="EPSG:4546",
    site_lonlat=(109.60, 23.10),
    site_local=(1800, 1400),
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
    zone_kinds=(SUGAR_CLUSTER,),
)
