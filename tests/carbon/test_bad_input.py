"""Bad carrier values are refused with the field named; bad carrier tables say what is wrong."""

from __future__ import annotations

import pytest
from shapely.geometry import Point

from ecopark.carbon import RECORDED_FIELDS
from ecopark.carbon.table_import import read_carrier_csv, read_carrier_rows
from ecopark.model import Facility, InvalidValueError, ValidationError
from indicators.ind_parks import firm, park_with


@pytest.mark.parametrize("field", RECORDED_FIELDS)
@pytest.mark.parametrize(("value", "words"), [(-5.0, "cannot be negative"),
                                              ("12 t", "must be a number")])  # fmt: skip
def test_negative_or_text_carrier_is_refused_with_the_field_named(
    field: str, value: object, words: str
) -> None:
    with pytest.raises(InvalidValueError, match=words) as info:
        firm("F1", 0, 0, **{field: value})
    assert info.value.field == field and field in str(info.value)
    with pytest.raises(InvalidValueError, match=words):
        Facility(facility_id="C1", name="C", kind="chp", geometry=Point(0, 0), **{field: value})


def test_missing_carriers_stay_not_recorded() -> None:
    f = firm("F1", 0, 0, coal_t=float("nan"))
    assert f.coal_t is None and f.electricity_mwh is None


@pytest.mark.parametrize("eff", [0.0, 1.2])
def test_boiler_efficiency_outside_0_1_is_refused(eff: float) -> None:
    with pytest.raises(InvalidValueError, match="boiler_efficiency"):
        firm("F1", 0, 0, own_boiler=True, boiler_efficiency=eff)


def test_unknown_boiler_fuel_is_refused() -> None:
    with pytest.raises(ValidationError, match="boiler_fuel 'peat' is not one of"):
        firm("F1", 0, 0, boiler_fuel="peat")


def _park():
    return park_with(firm("F1", 0, 0), firm("F2", 10, 0))


def _rows(*rows: tuple[str, str, str, str]) -> list[dict[str, str]]:
    return [dict(zip(("企业编号", "能源品种", "数量", "单位"), r, strict=True)) for r in rows]


def test_a_carrier_table_converts_units_and_sums_rows() -> None:
    firms = read_carrier_rows(
        _rows(("F1", "原煤", "1.2", "万吨"), ("F1", "电力", "5000", "万千瓦时"),
              ("F2", "natural gas", "300,000", "m³"), ("F1", "coal", "500", "t")),
        _park(), "plan",
    )  # fmt: skip
    f1, f2 = firms
    assert f1.coal_t == 12_500.0 and f1.electricity_mwh == 50_000.0
    assert f2.natural_gas_10k_m3 == pytest.approx(30.0)


def test_an_unknown_unit_names_the_row_the_carrier_and_the_units_understood() -> None:
    with pytest.raises(InvalidValueError) as info:
        read_carrier_rows(_rows(("F1", "coal", "10", "t"), ("F1", "coal", "10", "barrels")),
                          _park(), "plan")  # fmt: skip
    text = str(info.value)
    assert "row 3" in text and "'barrels'" in text and "coal_t" in text and "万吨" in text


def test_an_unknown_carrier_or_firm_or_a_bad_number_is_refused() -> None:
    with pytest.raises(InvalidValueError, match="row 2: unknown energy carrier 'plutonium'"):
        read_carrier_rows(_rows(("F1", "plutonium", "1", "t")), _park(), "plan")
    with pytest.raises(InvalidValueError, match="row 2: firm 'F9' is not in scenario plan"):
        read_carrier_rows(_rows(("F9", "coal", "1", "t")), _park(), "plan")
    with pytest.raises(InvalidValueError, match="coal_t must be a number"):
        read_carrier_rows(_rows(("F1", "coal", "lots", "t")), _park(), "plan")
    with pytest.raises(InvalidValueError, match="coal_t cannot be negative"):
        read_carrier_rows(_rows(("F1", "coal", "-3", "t")), _park(), "plan")


def test_a_csv_from_excel_reads(tmp_path) -> None:
    path = tmp_path / "carriers.csv"
    path.write_text("firm_id,carrier,quantity,unit\nF2,biomass,40,t\n", encoding="utf-8-sig")
    (f2,) = read_carrier_csv(path, _park(), "plan")
    assert f2.biomass_t == 40.0
