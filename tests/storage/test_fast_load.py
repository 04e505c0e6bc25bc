"""Rows that pass every check are built column by column on load: the objects must be the same
values the model's constructor makes (NULL optional quantities None, flags bool, zeros 0.0)."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from shapely.geometry import Point

from ecopark.model import Firm, Park
from ecopark.storage import load_park, save_park
from parks import at, ui_park


def saved_and_loaded(tmp_path: Path, **firm_fields: Any) -> tuple[Park, Park]:
    """The UI test park plus a quay firm "Q" (``firm_fields`` on top), and the park loaded back."""
    park = ui_park()
    firm = Firm(firm_id="Q", name="Quay works", sector="port", geometry=Point(at(100, 900)))
    park.add("plan", firm.with_changes(iav_10k_rmb=12.5, energy_tce=0.0, **firm_fields))
    path = tmp_path / "p.gpkg"
    save_park(park, path)
    return park, load_park(path)


def test_loaded_objects_equal_the_saved_ones_field_by_field(tmp_path):
    park, loaded = saved_and_loaded(tmp_path, own_boiler=True, boiler_count=2)
    for sid, scenario in park.scenarios.items():
        other = loaded.scenario(sid)
        for layer, objs in scenario.layers.items():
            assert list(other.layers[layer]) == list(objs), layer
            for oid, obj in objs.items():
                got = other.layers[layer][oid]
                assert type(got) is type(obj)
                for f in dataclasses.fields(obj):
                    a, b = getattr(got, f.name), getattr(obj, f.name)
                    assert type(a) is type(b) or f.name == "geometry", (layer, oid, f.name, a, b)
                    if f.name == "geometry":
                        assert a.equals(b)
                    else:
                        assert a == b, (layer, oid, f.name)
    q = loaded.scenario("plan").firms["Q"]
    assert q.own_boiler is True and q.energy_tce == 0.0 and q.fresh_water_m3 is None
    assert q.with_changes(name="Quay").name == "Quay", "loaded objects stay ordinary values"


def test_loaded_objects_leave_class_defaults_out_and_still_edit_undo_and_save(tmp_path):
    """A loaded firm's dictionary holds only the values that differ from its class defaults
    (the class gives the rest); every way of reading, editing, undoing and saving it sees all
    of its fields."""
    from ecopark.commands import CommandStack, RemoveObjects, ReplaceObjects
    from ecopark.drafting.field_calc import calculate_command, object_names

    park, loaded = saved_and_loaded(tmp_path)
    q = loaded.scenario("plan").firms["Q"]
    made = park.scenario("plan").firms["Q"]
    assert "coal_t" not in vars(q) and q.coal_t is None and q.energy_tce == 0.0
    assert q == made and hash(q) == hash(made) and q.to_record().keys() == made.to_record().keys()
    assert object_names(q).keys() == object_names(made).keys()
    stack = CommandStack(loaded)
    stack.push(calculate_command(loaded, "plan", "firms", "coal_t", "iav_10k_rmb * 2", ["Q"]))
    assert loaded.scenario("plan").firms["Q"].coal_t == 25.0
    stack.push(ReplaceObjects("plan", [loaded.scenario("plan").firms["Q"].with_changes(name="Q2")]))
    stack.push(RemoveObjects("plan", [("firms", "Q")]))
    assert "Q" not in loaded.scenario("plan").firms
    stack.undo()
    stack.undo()
    stack.undo()
    assert loaded.scenario("plan").firms["Q"] is q
    stack.redo()
    stack.redo()
    again_path = tmp_path / "again.gpkg"
    save_park(loaded, again_path)
    again = load_park(again_path).scenario("plan").firms["Q"]
    assert (again.name, again.coal_t, again.energy_tce, again.employees) == ("Q2", 25.0, 0.0, 0)
    for oid, obj in load_park(again_path).scenario("plan").firms.items():
        assert obj == loaded.scenario("plan").firms[oid], oid
