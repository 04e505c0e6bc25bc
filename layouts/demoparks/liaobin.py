"""辽滨沿海经济区 Liaobin coastal park: the seeds' "industrial park A" (seed 001).

Harbor area, Lingang industrial area (petrochemical cluster, metallurgy and building materials,
an east block idle in the baseline), a utilities strip with the CHP plant, WWTP, reclaimed-water
plant and solid-waste centre, an ecological buffer and the Liaobin city area. The baseline (现状
2023) has 39 small boilers in 20 firms and a few pipes; the plan (规划 2030) builds the CHP steam,
heat and reclaimed-water networks, which replace 36 boilers in 18 firms (seed 003), fills the east
block and moves a chemical plant out of the city.

Local frame: x metres east, y metres north; the coast is at y = 0, the park spans 8 x 6 km.
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

HP, MP, LP, HEAT, RW = "steam_hp", "steam_mp", "steam_lp", "heat", "reclaimed_water"

ZONES = (
    ZoneSpec(
        "Z01",
        "港口区",
        "Harbor area",
        "harbor",
        ((0, 0), (600, 0), (600, -700), (1000, -700), (1000, 0), (4800, 0), (4800, 800), (0, 800)),
    ),
    ZoneSpec("Z02", "港城物流区", "Port logistics area", "logistics", rect(4800, 0, 6600, 800)),
    ZoneSpec(
        "Z03",
        "临港工业区·石化片区",
        "Lingang industrial area - petrochemical cluster",
        "lingang_industrial",
        rect(0, 800, 2200, 3000),
    ),
    ZoneSpec(
        "Z04", "公用工程区", "Utilities strip", "utilities", rect(2200, 800, 2800, 3000)
    ),
    ZoneSpec(
        "Z05",
        "临港工业区·冶金建材片区",
        "Lingang industrial area - metallurgy and building materials",
        "lingang_industrial",
        rect(2800, 800, 4800, 3000),
    ),
    ZoneSpec(
        "Z06",
        "临港工业区·东区",
        "Lingang industrial area - east block (idle in the baseline)",
        "lingang_industrial",
        rect(4800, 800, 6600, 3000),
    ),
    ZoneSpec("Z07", "滨海预留用地", "Coastal reserve land", "reserve", rect(6600, 0, 8000, 3000)),
    ZoneSpec(
        "Z08", "生态隔离带", "Ecological buffer", "ecological", rect(0, 3000, 8000, 3800)
    ),
    ZoneSpec("Z09", "辽滨城区", "Liaobin city area", "city", rect(0, 3800, 5200, 6000)),
    ZoneSpec("Z10", "城北预留用地", "North reserve land", "reserve", rect(5200, 3800, 8000, 6000)),
)

# Firms: id, Chinese name, English name, sector, zone, local point, plot (ha), baseline IAV
# (10^4 RMB/a); then growth to the plan year, small boilers, demand and supply per medium.
FIRMS = (
    # --- 港口区 harbor area -------------------------------------------------------------------
    FirmSpec("F001", "辽滨港务集团", "Liaobin Port Group", "port", "Z01", (800, -250), 80,
             50_000, growth=1.2, boilers=1, demand={LP: 3}),
    FirmSpec("F002", "辽滨发电有限公司", "Liaobin Power Co. (2 x 300 MW coal)", "power", "Z01",
             (1800, 400), 60, 30_000, growth=1.05, demand={RW: 20_000}),
    FirmSpec("F003", "辽滨油品码头储运", "Liaobin oil terminal and tank farm", "port", "Z01",
             (2750, 350), 40, 25_000, growth=1.2, boilers=2, demand={LP: 6},
             boiler_fuel="fuel_oil"),
    FirmSpec("F004", "辽滨散货物流", "Liaobin bulk cargo logistics", "logistics", "Z01",
             (3500, 450), 30, 12_000, growth=1.2,
             baseline_land={"coverage": 0.22, "far": 0.30, "green": 0.25},
             problem="building coverage 22 % and green 25 % of plot in the baseline (MLR 2008: "
             "coverage >= 30 %, green <= 20 %); densified in the plan"),
    FirmSpec("F005", "港城冷链物流", "Port cold-chain logistics", "logistics", "Z01",
             (4050, 250), 8, 4_000, growth=1.2),
    FirmSpec("F006", "辽滨船舶修造", "Liaobin ship repair yard", "equipment", "Z01",
             (4450, 500), 25, 15_000, growth=1.2, boilers=1, demand={LP: 4}),
    FirmSpec("F007", "北方粮油加工", "Northern grain and oil processing", "food", "Z01",
             (3950, 620), 15, 18_000, growth=1.2, boilers=2, demand={LP: 8}),
    FirmSpec("F008", "海工装备制造", "Offshore equipment manufacturing", "equipment", "Z01",
             (1150, 500), 30, 22_000, growth=1.25, boilers=1, demand={LP: 3}),
    # --- 港城物流区 logistics area ------------------------------------------------------------
    FirmSpec("F009", "辽滨保税物流中心", "Liaobin bonded logistics centre", "logistics", "Z02",
             (5200, 400), 20, 20_000, growth=1.3),
    FirmSpec("F010", "汽车滚装物流", "Ro-ro vehicle logistics", "logistics", "Z02",
             (5750, 350), 15, 9_000, growth=1.2),
    FirmSpec("F011", "港口综合服务中心", "Port services centre", "services", "Z02",
             (6250, 600), 3, 3_000, growth=1.2, boilers=1, demand={HEAT: 0.8}),
    FirmSpec("F012", "临港粮食储备库", "Lingang grain reserve depot", "logistics", "Z02",
             (6250, 250), 12, 3_500, growth=1.1, boilers=2, demand={LP: 4}),
    # --- 临港工业区·石化片区 petrochemical cluster --------------------------------------------
    FirmSpec("F013", "辽滨石化炼化一体化", "Liaobin Petrochemical refinery", "petrochemical",
             "Z03", (550, 1300), 80, 250_000, growth=1.3,
             demand={HP: 60, MP: 40, RW: 8_000}),
    FirmSpec("F014", "辽滨乙烯", "Liaobin ethylene cracker", "petrochemical", "Z03",
             (600, 2500), 80, 200_000, growth=1.3, demand={HP: 80, MP: 50, RW: 6_000}),
    FirmSpec("F015", "芳烃联合装置", "Aromatics complex", "petrochemical", "Z03",
             (1400, 1150), 50, 90_000, growth=1.3, boilers=4,
             demand={HP: 25, MP: 40, RW: 3_000}, boiler_fuel="fuel_oil"),
    FirmSpec("F016", "合成树脂", "Synthetic resins (PVC, PE)", "chemical", "Z03",
             (1900, 1100), 25, 40_000, growth=1.3, boilers=2, demand={MP: 20}),
    FirmSpec("F017", "氯碱化工", "Chlor-alkali plant", "chemical", "Z03",
             (1500, 1620), 30, 45_000, growth=1.25, boilers=4, demand={MP: 35, RW: 3_000}),
    FirmSpec("F018", "润滑油调和", "Lubricant blending", "petrochemical", "Z03",
             (1950, 1650), 10, 12_000, growth=1.25, boilers=2, demand={LP: 8},
             boiler_fuel="fuel_oil"),
    FirmSpec("F019", "道路沥青", "Road asphalt", "petrochemical", "Z03",
             (1250, 2200), 12, 10_000, growth=1.2),
    FirmSpec("F020", "精细化工一厂", "Fine chemicals No. 1", "chemical", "Z03",
             (1650, 2150), 12, 18_000, growth=1.3, boilers=2, demand={MP: 10}),
    FirmSpec("F021", "石化催化剂", "Petrochemical catalysts", "chemical", "Z03",
             (2050, 2200), 6, 12_000, growth=1.3, demand={MP: 5}),
    FirmSpec("F022", "工业气体", "Industrial gases (air separation)", "chemical", "Z03",
             (1350, 2500), 5, 8_000, growth=1.25),
    FirmSpec("F023", "橡胶制品", "Rubber products", "chemical", "Z03",
             (1750, 2550), 10, 9_000, growth=1.2, boilers=2, demand={LP: 8}),
    FirmSpec("F024", "化工新材料", "New chemical materials", "chemical", "Z03",
             (1450, 2780), 15, 20_000, growth=1.35, boilers=2, demand={MP: 12}),
    # --- 临港工业区·冶金建材片区 metallurgy and building materials ----------------------------
    FirmSpec("F025", "辽滨钢铁", "Liaobin Steel (1 Mt/a EAF and rolling)", "steel", "Z05",
             (4300, 1300), 80, 120_000, growth=1.15,
             demand={MP: 20, RW: 15_000}, supply={HEAT: 20}, profile={"solid_waste": 1.5}),
    FirmSpec("F026", "辽滨宽厚板", "Liaobin heavy plate mill", "steel", "Z05",
             (3250, 1150), 50, 45_000, growth=1.15,
             demand={MP: 10, RW: 3_000}, profile={"solid_waste": 0.3}),
    FirmSpec("F027", "铝材加工", "Aluminium extrusion", "nonferrous", "Z05",
             (3100, 1650), 30, 30_000, growth=1.2, boilers=3, demand={MP: 15}),
    FirmSpec("F028", "金属制品", "Metal products", "equipment", "Z05",
             (3600, 1600), 12, 8_000, growth=1.2, boilers=1, demand={LP: 5}),
    FirmSpec("F029", "辽滨水泥", "Liaobin Cement (waste-heat steam)", "cement", "Z05",
             (3100, 2300), 35, 15_000, growth=1.1, demand={RW: 1_500}, supply={LP: 15}),
    FirmSpec("F030", "辽滨啤酒", "Liaobin Brewery", "brewery", "Z05",
             (3500, 2500), 18, 16_000, growth=1.3, demand={LP: 12}, supply={RW: 3_000}),
    FirmSpec("F031", "新型墙体材料", "Fly-ash wall materials", "building_materials", "Z05",
             (3300, 2850), 10, 3_000, growth=1.2),
    FirmSpec("F032", "石膏板", "Gypsum board (FGD gypsum)", "building_materials", "Z05",
             (2950, 2800), 10, 4_000, growth=1.2, boilers=2, demand={LP: 10}),
    FirmSpec("F033", "饮料", "Beverages", "food", "Z05",
             (3700, 2200), 8, 6_000, growth=1.25, boilers=2, demand={LP: 8}),
    FirmSpec("F034", "重型机械", "Heavy machinery", "equipment", "Z05",
             (4100, 2250), 25, 15_000, growth=1.25, boilers=1, demand={LP: 4}),
    FirmSpec("F035", "管道制造", "Pipe manufacturing", "equipment", "Z05",
             (4500, 2200), 12, 7_000, growth=1.2),
    FirmSpec("F036", "商品混凝土", "Ready-mix concrete", "building_materials", "Z05",
             (4550, 2750), 6, 3_000, growth=1.1),
    FirmSpec("F037", "包装材料", "Packaging (paperboard)", "paper", "Z05",
             (4150, 2750), 8, 4_000, growth=1.2, boilers=2, demand={LP: 8}),
    # --- 辽滨城区 city area (light industry) --------------------------------------------------
    FirmSpec("F038", "电子元件", "Electronic components", "electronics", "Z09",
             (900, 4200), 4, 12_000, growth=1.4, demand={HEAT: 2}),
    FirmSpec("F039", "辽滨制药", "Liaobin Pharmaceutical", "pharmaceutical", "Z09",
             (1700, 4250), 6, 15_000, growth=1.35, demand={HEAT: 3}),
    FirmSpec("F040", "食品加工", "Food processing", "food", "Z09",
             (2900, 4200), 4, 5_000, growth=1.25, demand={HEAT: 2}),
    FirmSpec("F041", "服装", "Garments", "textile", "Z09",
             (3700, 4250), 3, 2_500, growth=1.1, demand={HEAT: 1}),
    FirmSpec("F042", "城市配送", "City distribution centre", "logistics", "Z09",
             (4500, 4200), 3, 2_000, growth=1.2, demand={HEAT: 0.5}),
    FirmSpec("F043", "软件与信息服务", "Software and information services", "services", "Z09",
             (2100, 4950), 2, 3_000, growth=1.5, demand={HEAT: 0.5}),
    FirmSpec("F044", "精密仪器", "Precision instruments", "equipment", "Z09",
             (3900, 4950), 3, 6_000, growth=1.4, demand={HEAT: 1}),
    FirmSpec("F045", "辽滨精细化工二厂", "Liaobin Fine Chemicals No. 2", "chemical", "Z09",
             (1200, 3950), 6, 8_000, growth=1.3, demand={MP: 8},
             plan_at=(2000, 2780), plan_zone_id="Z03",
             problem="a chemical plant inside the city area, 150 m from the buffer, in the "
             "baseline (city zones admit light industry only); moved to the petrochemical "
             "cluster in the plan"),
    # --- 临港工业区·东区 east block: new firms of the plan ------------------------------------
    FirmSpec("F046", "新能源电池材料", "Battery materials", "chemical", "Z06",
             (5040, 1090), 20, 60_000, roles=PLAN_ONLY, demand={MP: 25}),
    FirmSpec("F047", "高端装备制造", "High-end equipment", "equipment", "Z06",
             (5940, 1090), 20, 30_000, roles=PLAN_ONLY, demand={LP: 5}),
    FirmSpec("F048", "生物发酵", "Bio-fermentation", "food", "Z06",
             (5040, 2730), 15, 15_000, roles=PLAN_ONLY, demand={LP: 10}),
    FirmSpec("F049", "再生资源回收利用", "Resource recycling (scrap steel, plastics)", "other",
             "Z06", (6360, 2730), 10, 8_000, roles=PLAN_ONLY),
    FirmSpec("F050", "碳纤维复合材料", "Carbon-fibre composites", "chemical", "Z06",
             (5460, 2240), 20, 25_000, roles=PLAN_ONLY, demand={MP: 8}),
)

FACILITIES = (
    FacilitySpec("FA01", "辽滨热电联产中心", "Liaobin CHP plant", "chp", (2500, 1500),
                 baseline={"steam_hp_capacity_tph": 160, "steam_mp_capacity_tph": 100},
                 plan={"steam_hp_capacity_tph": 200, "steam_mp_capacity_tph": 320,
                       "steam_lp_capacity_tph": 120, "heat_capacity_mw": 60}),
    FacilitySpec("FA02", "辽滨污水处理厂", "Liaobin WWTP", "wwtp", (2350, 1050),
                 baseline={"wastewater_capacity_m3d": 40_000, "service_radius_m": 3_500},
                 plan={"wastewater_capacity_m3d": 80_000, "service_radius_m": 5_500}),
    FacilitySpec("FA03", "辽滨再生水厂", "Liaobin reclaimed-water plant", "reclaimed_water_plant",
                 (2650, 1050), baseline=None, plan={"reclaimed_water_capacity_m3d": 60_000}),
    FacilitySpec("FA04", "固废资源化中心", "Solid-waste recycling centre", "solid_waste_centre",
                 (2400, 2650),
                 baseline={"solid_waste_capacity_tpd": 600, "service_radius_m": 3_000},
                 plan={"solid_waste_capacity_tpd": 1_500, "service_radius_m": 5_500}),
)

# Pipe racks: the Lingang rack along y = 1950, the coastal rack along y = 850, the heat corridor
# along x = 2500 from the CHP to the city road y = 4550. Media are drawn a few metres apart.
_RACK_WEST = ((2500, 1500), (2500, 1950), (300, 1950))
_RACK_EAST = ((2500, 1950), (6400, 1950))
NETWORKS = (
    NetworkSpec("HP", HP, "高压蒸汽", "FA01", 0, 400,
                legs=(Leg(_RACK_WEST, from_source=True),),
                branches=(Branch("F013", existing=True), Branch("F014", existing=True),
                          Branch("F015"))),
    NetworkSpec("MP", MP, "中压蒸汽", "FA01", 10, 500,
                legs=(Leg(_RACK_WEST, from_source=True), Leg(_RACK_EAST)),
                branches=(Branch("F013", existing=True), Branch("F014", existing=True),
                          Branch("F015"), Branch("F016"), Branch("F017"), Branch("F020"),
                          Branch("F024"), Branch("F045"), Branch("F027"), Branch("F025"),
                          Branch("F026"), Branch("F046"), Branch("F050"))),
    NetworkSpec("LP", LP, "低压蒸汽", "FA01", 20, 400,
                legs=(Leg(_RACK_WEST, from_source=True), Leg(_RACK_EAST),
                      Leg(((2500, 1500), (2500, 850), (300, 850))),
                      Leg(((2500, 850), (4700, 850)))),
                branches=(Branch("F001"), Branch("F003"), Branch("F006"), Branch("F007"),
                          Branch("F008"), Branch("F018"), Branch("F023"), Branch("F028"),
                          Branch("F032"), Branch("F033"), Branch("F034"), Branch("F037"),
                          Branch("F047"), Branch("F048"))),
    NetworkSpec("HW", HEAT, "供热热水", "FA01", 30, 600,
                legs=(Leg(((2500, 1500), (2500, 4550), (500, 4550)), from_source=True),
                      Leg(((2500, 4550), (4900, 4550))),
                      Leg(((2500, 1900), (4400, 1900)))),
                branches=(Branch("F038"), Branch("F039"), Branch("F040"), Branch("F041"),
                          Branch("F042"), Branch("F043"), Branch("F044"), Branch("F025"))),
    NetworkSpec("RW", RW, "再生水", "FA03", -10, 600,
                legs=(Leg(((2650, 1050), (2650, 850), (300, 850)), from_source=True),
                      Leg(((2650, 850), (4700, 850))),
                      Leg(((2650, 1050), (2650, 1950), (300, 1950))),
                      Leg(((2650, 1950), (4700, 1950)))),
                branches=(Branch("F002"), Branch("F013"), Branch("F014"), Branch("F017"),
                          Branch("F025"), Branch("F026"), Branch("F029"), Branch("F030"))),
)

PIPES = (
    PipeSpec("LPX-01", LP, "水泥余热蒸汽管 (辽滨水泥→辽滨啤酒)", "F029", "F030",
             via=((3100, 2500),), diameter_mm=200, existing=True),
)

CORRIDORS = (
    CorridorSpec("R01", "road", "滨海大道", ((0, 800), (8000, 800))),
    CorridorSpec("R02", "road", "临港中路", ((0, 1900), (6600, 1900))),
    CorridorSpec("R03", "road", "临港北路", ((0, 3000), (8000, 3000))),
    CorridorSpec("R04", "road", "城南路", ((0, 3800), (8000, 3800))),
    CorridorSpec("R05", "road", "城中路", ((0, 4550), (5200, 4550))),
    CorridorSpec("R06", "road", "石化一路", ((1100, 800), (1100, 3000))),
    CorridorSpec("R07", "road", "港城大道", ((2200, 0), (2200, 6000))),
    CorridorSpec("R08", "road", "公用工程路", ((2800, 0), (2800, 3000))),
    CorridorSpec("R09", "road", "冶金路", ((3800, 800), (3800, 3000))),
    CorridorSpec("R10", "road", "物流大道", ((4800, 0), (4800, 6000))),
    CorridorSpec("R11", "road", "东区一路", ((5700, 800), (5700, 3000))),
    CorridorSpec("R12", "road", "东区二路", ((6600, 0), (6600, 3000))),
    CorridorSpec("R13", "road", "城西路", ((1300, 3800), (1300, 6000))),
    CorridorSpec("R14", "road", "城东路", ((3500, 3800), (3500, 6000))),
    CorridorSpec("U01", "utility", "临港公共管廊", ((300, 1950), (6400, 1950))),
    CorridorSpec("U02", "utility", "滨海管廊", ((300, 850), (4700, 850))),
    CorridorSpec("U03", "utility", "热力管廊", ((2500, 850), (2500, 4550))),
)


def _east_block_plots() -> tuple[PlotSpec, ...]:
    """The east block in 16 plots of about 20 ha: all free in the baseline; the plan builds on
    five (the firms F046-F050 stand on their centres)."""
    taken = {"P01", "P05", "P10", "P11", "P16"}
    plots = []
    n = 0
    for by0, by1, south_margin in ((800, 1900, 40), (1900, 3000, 110)):
        for bx0, bx1 in ((4800, 5700), (5700, 6600)):
            xm, ym = (bx0 + bx1) / 2, (by0 + south_margin + by1 - 40) / 2
            for y0, y1 in ((by0 + south_margin, ym - 10), (ym + 10, by1 - 40)):
                for x0, x1 in ((bx0 + 40, xm - 10), (xm + 10, bx1 - 40)):
                    n += 1
                    pid = f"P{n:02d}"
                    plots.append(
                        PlotSpec(
                            pid,
                            f"东区 {pid} 地块",
                            rect(x0, y0, x1, y1),
                            roles=BASELINE_ONLY if pid in taken else BOTH,
                        )
                    )
    return tuple(plots)


EXCHANGES = (
    ExchangeSpec("E01", "F002", "F029", "粉煤灰 fly ash", 150_000, "t/a"),
    ExchangeSpec("E02", "F002", "F029", "炉渣 boiler slag", 30_000, "t/a"),
    ExchangeSpec("E03", "F002", "F029", "脱硫石膏 FGD gypsum (cement retarder)", 20_000, "t/a"),
    ExchangeSpec("E04", "F002", "F032", "脱硫石膏 FGD gypsum", 45_000, "t/a"),
    ExchangeSpec("E05", "F002", "F031", "粉煤灰 fly ash", 30_000, "t/a"),
    ExchangeSpec("E06", "F029", "F030", "余热蒸汽 waste-heat steam (LP)", 12, "t/h"),
    ExchangeSpec("E07", "F030", "F002", "废硅藻土 waste diatomite (fuel additive)", 1_200, "t/a"),
    ExchangeSpec("E08", "F030", "F029", "废硅藻土 waste diatomite (raw meal)", 800, "t/a"),
    ExchangeSpec("E09", "F025", "F029", "钢渣微粉 steel slag powder", 60_000, "t/a"),
    ExchangeSpec("E10", "F017", "F016", "氯气 chlorine (PVC)", 60_000, "t/a"),
    ExchangeSpec("E11", "F013", "F014", "石脑油 naphtha", 900_000, "t/a",
                 plan_quantity=1_200_000),
    ExchangeSpec("E12", "F013", "F019", "减压渣油 vacuum residue", 250_000, "t/a"),
    ExchangeSpec("E13", "F014", "F016", "乙烯 ethylene", 180_000, "t/a", plan_quantity=230_000),
    ExchangeSpec("E14", "F022", "F013", "氮气 nitrogen", 30_000, "t/a"),
    ExchangeSpec(
        "E15",
        "F030",
        "F002",
        "处理后废水 treated wastewater (cooling water)",
        400,
        "m³/d",
        roles=PLAN_ONLY,
    ),
    ExchangeSpec(
        "E16", "FA02", "FA03", "二级出水 secondary effluent", 60_000, "m³/d", roles=PLAN_ONLY
    ),
    ExchangeSpec(
        "E17", "F049", "F025", "再生废钢 recycled scrap steel", 50_000, "t/a", roles=PLAN_ONLY
    ),
)

_ALL = ("zones", "firms", "facilities", "pipelines", "corridors", "plots", "exchanges")
_MAP = ("zones", "firms", "facilities", "pipelines", "corridors")
VIEWS = (
    ViewSpec("V1", "全园区 Whole park (plan 2030)", (-300, -900, 8300, 6300), "plan", _ALL),
    ViewSpec("V2", "港区特写 Harbor close-up", (-100, -900, 4900, 1500), "plan", _MAP),
    ViewSpec("V3", "现状与规划对比 Baseline vs plan", (-300, -900, 8300, 6300), "plan", _ALL,
             compare_with="baseline"),
    ViewSpec("V4", "石化片区蒸汽管网 Petrochemical steam network", (-100, 700, 2900, 3100),
             "plan", ("zones", "firms", "facilities", "pipelines")),
)

ENTERED: dict[Role, dict[str, float]] = {
    "baseline": {
        "3.5": 95,
        "3.6": 78,
        "3.7": 96,
        "3.8": 0,
        "4.0": 0,
        "4.1": 60,
        "4.2": 0,
        "4.3": 70,
        "4.4": 82,
        "4.5": 76,
    },
    "plan": {
        "3.5": 100,
        "3.6": 95,
        "3.7": 100,
        "3.8": 1,
        "4.0": 1,
        "4.1": 100,
        "4.2": 1,
        "4.3": 100,
        "4.4": 92,
        "4.5": 93,
    },
}

SPEC = ParkSpec(
    name="辽滨沿海经济区 Liaobin coastal eco-industrial park (demo)",
    crs="EPSG:4550",
    site_lonlat=(122.03, 40.68),
    site_local=(4000, 3000),
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
    plots=_east_block_plots(),
    exchanges=EXCHANGES,
    views=VIEWS,
    entered_values=ENTERED,
)
