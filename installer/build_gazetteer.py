"""Build desktop/ecopark/places/data/gazetteer_cn.csv from cpca's administrative-division table.

Source: cpca 0.5.5 (https://github.com/DQinYuan/chinese_province_city_area_mapper, MIT licence),
file ``cpca/resources/adcodes.csv`` (adcode, name, longitude, latitude). We keep provinces'
municipalities, prefecture-level cities and county-level units that are not urban districts
(县, 县级市, 旗, 自治县...), add the province name, and an English (pinyin) name made with
pypinyin. Run once by a maintainer; neither package is needed at run time:

    pip download --no-deps cpca==0.5.5 pypinyin   # then unzip both wheels
    python installer/build_gazetteer.py PATH/TO/adcodes.csv
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from pypinyin import Style, lazy_pinyin  # type: ignore[import-not-found]

OUT = Path(__file__).resolve().parents[1] / "desktop/ecopark/places/data/gazetteer_cn.csv"
SUFFIXES = (
    "特别行政区",
    "维吾尔自治区",
    "壮族自治区",
    "回族自治区",
    "自治区",
    "自治州",
    "自治县",
    "地区",
    "省",
    "市",
    "县",
    "盟",
    "旗",
    "区",
)


def _bare(name: str) -> str:
    for s in SUFFIXES:
        if name.endswith(s) and len(name) > len(s) + 1:
            return name[: -len(s)]
    return name


SPECIAL = {"香港特别行政区": "Hong Kong", "澳门特别行政区": "Macao"}
PLACEHOLDERS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}


def english(name: str, level: str) -> str:
    """Pinyin of the proper name; autonomous units keep the first two characters (the place)."""
    if name in SPECIAL:
        return SPECIAL[name]
    autonomous = "自治" in name and "族" in name
    bare = name[:2] if autonomous else _bare(name)
    text = "".join(lazy_pinyin(bare, style=Style.NORMAL)).capitalize()
    if autonomous:
        return f"{text} Autonomous " + ("Prefecture" if name.endswith("州") else "County")
    if level == "county":
        tail = {"县": " County", "旗": " Banner", "市": " City"}.get(name[-1], "")
        return text + tail
    return text


def main(src: str) -> None:
    rows = list(csv.DictReader(open(src, encoding="utf-8")))
    by_code = {r["adcode"][:6]: r for r in rows}
    out = []
    for r in rows:
        code = r["adcode"][:6]
        if not r["longitude"] or not r["latitude"] or r["name"] in PLACEHOLDERS:
            continue
        prov, city, county = code[:2], code[2:4], code[4:6]
        province = by_code.get(prov + "0000", {}).get("name", "")
        if city == "00" and county == "00":
            if province not in (
                "北京市",
                "天津市",
                "上海市",
                "重庆市",
                "香港特别行政区",
                "澳门特别行政区",
            ):
                continue
            level = "city"
        elif county == "00":
            level = "city"
        else:
            if r["name"].endswith("区"):
                continue
            level = "county"
        out.append(
            {
                "adcode": code,
                "name_zh": r["name"],
                "name_en": english(r["name"], level),
                "province_zh": province,
                "level": level,
                "lon": f"{float(r['longitude']):.4f}",
                "lat": f"{float(r['latitude']):.4f}",
            }
        )
    out.sort(key=lambda row: row["adcode"])
    with open(OUT, "w", encoding="utf-8", newline="") as fh:
        fh.write(
            "# Chinese cities and counties for File > New (where is the park?).\n"
            "# Source: cpca 0.5.5 resources/adcodes.csv (github.com/DQinYuan/"
            "chinese_province_city_area_mapper, MIT licence); English = pinyin by pypinyin.\n"
            "# Coordinates: approximate centre of the seat, degrees (web-map datum, within about"
            " 1 km of CGCS2000): enough to choose the Gauss-Kruger zone and the start view.\n"
            "# Built by installer/build_gazetteer.py.\n"
        )
        w = csv.DictWriter(fh, fieldnames=list(out[0]))
        w.writeheader()
        w.writerows(out)
    print(f"wrote {len(out)} places to {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
