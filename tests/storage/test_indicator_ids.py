"""Entered values of files written before the seed 004 HJ 274 numbering are renumbered on load."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from ecopark.commands import SetEnteredValue
from ecopark.model import Park, ScenarioInfo
from ecopark.storage import load_park, save_park


def _park() -> Park:
    park = Park("ids", "EPSG:4550")
    park.add_scenario(ScenarioInfo(scenario_id="plan", name="plan", kind="plan", year=2030))
    for key, value in {"1.2": 7.5, "2.1": 0.4, "2.8": 80.0, "3.5": 95.0, "4.4": 92.0}.items():
        SetEnteredValue("plan", key, value).redo(park)
    return park


def _strip_mark(path: Path) -> None:
    """Make the file look like one written before the numbering mark existed."""
    with sqlite3.connect(path) as db:
        (text,) = db.execute("SELECT settings_json FROM park").fetchone()
        settings = json.loads(text)
        settings.pop("indicator_ids")
        db.execute("UPDATE park SET settings_json = ?", (json.dumps(settings),))


def test_an_old_file_is_renumbered_on_load(tmp_path: Path) -> None:
    path = tmp_path / "old.gpkg"
    save_park(_park(), path)
    _strip_mark(path)
    values = load_park(path).scenario("plan").entered_values
    # old 1.2 land output -> 2.1; old 2.1 energy per IAV -> 2.2; old 2.8 solid waste reuse -> 2.9
    assert values == {"2.1": 7.5, "2.2": 0.4, "2.9": 80.0, "3.5": 95.0, "4.4": 92.0}


def test_a_new_file_keeps_its_ids_and_the_mark_stays_out_of_the_settings(tmp_path: Path) -> None:
    park = Park("ids", "EPSG:4550")
    park.add_scenario(ScenarioInfo(scenario_id="plan", name="plan", kind="plan", year=2030))
    SetEnteredValue("plan", "2.1", 7.5).redo(park)  # seed numbering: land output
    path = tmp_path / "new.gpkg"
    save_park(park, path)
    again = load_park(path)
    assert again.scenario("plan").entered_values == {"2.1": 7.5}
    assert "indicator_ids" not in again.settings
    save_park(again, path)  # saving twice does not renumber twice
    assert load_park(path).scenario("plan").entered_values == {"2.1": 7.5}


def test_targets_overrides_and_custom_rows_are_saved_in_the_project_file(tmp_path: Path) -> None:
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "indicators"))
    from worked_park import worked_park

    from ecopark.indicators import evaluate_scenario

    park = worked_park()
    park.settings["indicator_overrides"] = {"hj274": {"2.1": 4.5}}
    park.settings["custom_indicators"] = [{"id": "X.1", "how": "per_iav:tax_10k_rmb"}]
    path = tmp_path / "w.gpkg"
    save_park(park, path)
    again = load_park(path)
    before, after = evaluate_scenario(park, "mon"), evaluate_scenario(again, "mon")
    assert after.attainment == before.attainment and after.targets_plan == "plan"
    assert after.hj274_row("2.1").status == "pass" and after.hj274_row("X.1").value == 0.1
    assert again.scenario("mon").info.kind == "monitoring"
