"""The park and its scenarios: the single owner of all objects, and the place where rules that
span objects are enforced (unique ids, references, declared zone kinds).

A park is *built* with the public :meth:`Park.add_scenario` and :meth:`Park.add` (loaders,
importers, the demo-park builder, tests). Once built it is *edited* only through commands
(``ecopark.commands``), so every change can be undone and reaches the crash journal: the edit
methods are private here and the commands reach them through the one sanctioned door,
:class:`ecopark.model.edits.ParkEdits` (the import-linter contract in pyproject.toml lets only
``ecopark.commands`` import it). Each change emits an event
(:class:`~ecopark.model.events.ObjectChange`, ...) so the indicator engine, the map and the crash
journal follow edits without polling.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from typing import Any

import numpy as np
import pyproj
import shapely

from ecopark.model.attention import AttentionRow
from ecopark.model.errors import (
    DuplicateIdError,
    InvalidValueError,
    OverlappingZonesWarning,
    ReferencedObjectError,
    UnknownKindError,
    UnknownReferenceError,
    ValidationError,
)
from ecopark.model.events import Change, ObjectChange, ParkChange, ScenarioChange
from ecopark.model.ids import IdScheme, id_scheme
from ecopark.model.kinds import BUILTIN_ZONE_KINDS, SCENARIO_KINDS, SECTORS, ZoneKind
from ecopark.model.objects import (
    LAYERS,
    Exchange,
    Facility,
    Firm,
    ParkObject,
    Zone,
)
from ecopark.model.sanity import scenario_warnings
from ecopark.model.views import SavedView, Underlay

Listener = Callable[[Change], None]
ScenarioCheck = Callable[["Park", "Scenario"], list[ValidationError]]
_SCENARIO_CHECKS: list[ScenarioCheck] = []


def register_check(check: ScenarioCheck) -> None:
    """Add a whole-scenario rule to :meth:`Park.check` (core packages above the model register
    theirs, e.g. ``ecopark.symbiosis`` its by-product balances), once."""
    if check not in _SCENARIO_CHECKS:
        _SCENARIO_CHECKS.append(check)


@dataclass(frozen=True, kw_only=True)
class ScenarioInfo:
    """What describes a scenario apart from its objects."""

    scenario_id: str
    name: str
    kind: str
    year: int

    def __post_init__(self) -> None:
        if not isinstance(self.scenario_id, str) or not self.scenario_id.strip():
            raise InvalidValueError("scenario id must be a non-empty text", layer="scenarios")
        if self.kind not in SCENARIO_KINDS:
            raise UnknownKindError(
                f"scenario {self.scenario_id}: kind {self.kind!r} is not baseline or plan "
                "(or monitoring)",
                layer="scenarios",
                object_id=self.scenario_id,
                field="kind",
            )
        if (
            isinstance(self.year, bool)
            or not isinstance(self.year, int)
            or not (1900 <= self.year <= 2200)
        ):
            raise InvalidValueError(
                f"scenario {self.scenario_id}: year {self.year!r} must be a year like 2025",
                layer="scenarios",
                object_id=self.scenario_id,
                field="year",
            )


class Scenario:
    """One state of the park (the baseline, or a plan for a target year) and its objects."""

    def __init__(self, info: ScenarioInfo):
        self.info = info
        self.layers: dict[str, dict[str, ParkObject]] = {layer: {} for layer in LAYERS}
        self.entered_values: dict[str, float] = {}
        """Values the user enters for HJ 274 rows the map cannot derive, by indicator id."""

    @property
    def scenario_id(self) -> str:
        return self.info.scenario_id

    def objects(self, layer: str) -> dict[str, ParkObject]:
        return self.layers[layer]

    @property
    def zones(self) -> dict[str, Zone]:
        return self.layers["zones"]  # type: ignore[return-value]

    @property
    def firms(self) -> dict[str, Firm]:
        return self.layers["firms"]  # type: ignore[return-value]

    @property
    def facilities(self) -> dict[str, Facility]:
        return self.layers["facilities"]  # type: ignore[return-value]

    @property
    def exchanges(self) -> dict[str, Exchange]:
        return self.layers["exchanges"]  # type: ignore[return-value]

    def find(self, object_id: str) -> ParkObject | None:
        for objs in self.layers.values():
            if object_id in objs:
                return objs[object_id]
        return None

    def all_objects(self) -> Iterator[ParkObject]:
        for objs in self.layers.values():
            yield from objs.values()

    def counts(self) -> dict[str, int]:
        return {layer: len(objs) for layer, objs in self.layers.items()}

    def snapshot(self) -> dict[str, Any]:
        """A comparable value of the scenario (objects are immutable, so shallow is enough)."""
        return {
            "info": self.info,
            "layers": {k: dict(v) for k, v in self.layers.items()},
            "entered_values": dict(self.entered_values),
        }


class Park:
    """A park: name, projected CRS, zone-kind rules, and its scenarios."""

    def __init__(self, name: str, crs: str, *, zone_kinds: Iterable[ZoneKind] = ()):
        self.name = name
        self.crs = validate_projected_crs(crs)
        self.zone_kinds: dict[str, ZoneKind] = dict(BUILTIN_ZONE_KINDS)
        for zk in zone_kinds:
            self.zone_kinds[zk.kind] = zk
        self.scenarios: dict[str, Scenario] = {}
        self.settings: dict[str, Any] = {}
        """Free-form park settings (score weights, cost table...) stored as JSON in the file."""
        self.views: list[SavedView] = []
        """Presentation slides, in show order."""
        self.underlays: list[Underlay] = []
        self.needs_attention: list[AttentionRow] = []
        """Rows of the file set aside on load (see ecopark.model.attention); kept on save."""
        self._listeners: list[Listener] = []

    # ----- listeners -------------------------------------------------------------------------
    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _emit(self, change: Change) -> None:
        for listener in list(self._listeners):
            listener(change)

    # ----- scenarios -------------------------------------------------------------------------
    def scenario(self, scenario_id: str) -> Scenario:
        try:
            return self.scenarios[scenario_id]
        except KeyError:
            known = ", ".join(self.scenarios) or "none"
            raise UnknownReferenceError(
                f"unknown scenario {scenario_id!r} (this park has: {known})",
                layer="scenarios",
                object_id=scenario_id,
            ) from None

    def add_scenario(self, info: ScenarioInfo, *, copy_from: str | None = None) -> Scenario:
        if info.scenario_id in self.scenarios:
            raise DuplicateIdError(
                f"a scenario with id {info.scenario_id!r} already exists",
                layer="scenarios",
                object_id=info.scenario_id,
            )
        scenario = Scenario(info)
        if copy_from is not None:
            source = self.scenario(copy_from)
            scenario.layers = {k: dict(v) for k, v in source.layers.items()}
            scenario.entered_values = dict(source.entered_values)
        self.scenarios[info.scenario_id] = scenario
        self._emit(ScenarioChange(info.scenario_id, "added"))
        return scenario

    def _insert_scenario(self, scenario: Scenario, position: int | None = None) -> None:
        """Put back a removed scenario (undo of removal), keeping its place in the order."""
        if scenario.scenario_id in self.scenarios:
            raise DuplicateIdError(
                f"a scenario with id {scenario.scenario_id!r} already exists",
                layer="scenarios",
                object_id=scenario.scenario_id,
            )
        items = list(self.scenarios.items())
        pos = len(items) if position is None else position
        items.insert(pos, (scenario.scenario_id, scenario))
        self.scenarios = dict(items)
        self._emit(ScenarioChange(scenario.scenario_id, "added"))

    def _remove_scenario(self, scenario_id: str) -> tuple[Scenario, int]:
        scenario = self.scenario(scenario_id)
        position = list(self.scenarios).index(scenario_id)
        del self.scenarios[scenario_id]
        self._emit(ScenarioChange(scenario_id, "removed"))
        return scenario, position

    def _set_scenario_info(self, scenario_id: str, info: ScenarioInfo) -> ScenarioInfo:
        scenario = self.scenario(scenario_id)
        if info.scenario_id != scenario_id:
            raise InvalidValueError("a scenario's id cannot be changed", layer="scenarios")
        old = scenario.info
        scenario.info = info
        self._emit(ScenarioChange(scenario_id, "changed"))
        return old

    def _set_entered_value(
        self, scenario_id: str, indicator_id: str, value: float | None
    ) -> float | None:
        """Set (or clear, with None) a user-entered indicator value; returns the previous one."""
        scenario = self.scenario(scenario_id)
        old = scenario.entered_values.get(indicator_id)
        if value is None:
            scenario.entered_values.pop(indicator_id, None)
        else:
            from ecopark.model.fields import Role, normalise_number

            number = normalise_number(
                value,
                role=Role.QUANTITY,
                layer="entered values",
                object_id=indicator_id,
                field_name="value",
            )
            assert number is not None
            scenario.entered_values[indicator_id] = float(number)
        self._emit(ScenarioChange(scenario_id, "changed"))
        return old

    def baseline(self) -> Scenario | None:
        return next((s for s in self.scenarios.values() if s.info.kind == "baseline"), None)

    def default_scenario(self) -> Scenario:
        """The scenario a planner means when they name none: the first plan, else the only one."""
        plans = [s for s in self.scenarios.values() if s.info.kind == "plan"]
        if plans:
            return plans[0]
        if self.scenarios:
            return next(iter(self.scenarios.values()))
        raise UnknownReferenceError("this park has no scenarios", layer="scenarios")

    # ----- zone kinds ------------------------------------------------------------------------
    def _declare_zone_kind(self, kind: ZoneKind) -> ZoneKind | None:
        """Declare a custom zone kind or change a kind's rules; returns the previous definition."""
        if not re.fullmatch(r"[a-z][a-z0-9_]*", kind.kind):
            raise InvalidValueError(
                f"zone kind {kind.kind!r} must be lower-case letters, digits and _",
                layer="zone_kinds",
                object_id=kind.kind,
            )
        unknown = sorted(kind.allowed_sectors - set(SECTORS))
        if unknown:
            raise UnknownKindError(
                f"zone kind {kind.kind}: unknown sectors {', '.join(unknown)}",
                layer="zone_kinds",
                object_id=kind.kind,
            )
        old = self.zone_kinds.get(kind.kind)
        self.zone_kinds[kind.kind] = kind
        self._emit(ParkChange("zone_kinds"))
        return old

    def _undeclare_zone_kind(self, kind: str) -> ZoneKind:
        """Remove a custom zone kind that no zone of any scenario uses."""
        zk = self.zone_kinds.get(kind)
        if zk is None or zk.builtin:
            raise InvalidValueError(
                f"zone kind {kind!r} is built in or unknown and cannot be removed",
                layer="zone_kinds",
                object_id=kind,
            )
        users = [z.id for s in self.scenarios.values() for z in s.zones.values() if z.kind == kind]
        if users:
            raise ReferencedObjectError(
                f"zone kind {kind} is used by zones {', '.join(users[:5])}",
                layer="zone_kinds",
                object_id=kind,
            )
        del self.zone_kinds[kind]
        self._emit(ParkChange("zone_kinds"))
        return zk

    def is_industrial_kind(self, kind: str) -> bool:
        zk = self.zone_kinds.get(kind)
        return bool(zk and zk.industrial)

    # ----- objects ---------------------------------------------------------------------------
    def validate_in_scenario(self, scenario: Scenario, obj: ParkObject, *, replacing: bool) -> None:
        """Rules that need the scenario: unique ids across layers, references, declared kinds."""
        existing = scenario.find(obj.id)
        if replacing:
            if existing is None or existing.LAYER != obj.LAYER:
                raise UnknownReferenceError(
                    f"{obj.LAYER} {obj.id} does not exist in scenario {scenario.scenario_id}",
                    layer=obj.LAYER,
                    object_id=obj.id,
                )
        elif existing is not None:
            raise DuplicateIdError(
                f"id {obj.id!r} is already used by {existing.label} in scenario "
                f"{scenario.scenario_id}",
                layer=obj.LAYER,
                object_id=obj.id,
            )
        self._check_references(scenario, obj)

    def _check_references(self, scenario: Scenario, obj: ParkObject) -> None:
        if isinstance(obj, Zone) and obj.kind not in self.zone_kinds:
            raise UnknownKindError(
                f"zones {obj.zone_id}: kind {obj.kind!r} is not a known zone kind; declare it "
                f"first (known: {', '.join(self.zone_kinds)})",
                layer="zones",
                object_id=obj.zone_id,
                field="kind",
            )
        if isinstance(obj, Exchange):
            for end in ("from_id", "to_id"):
                ref = getattr(obj, end)
                if ref not in scenario.firms and ref not in scenario.facilities:
                    raise UnknownReferenceError(
                        f"exchanges {obj.exchange_id}: {end} {ref!r} is not a firm or facility "
                        f"of scenario {scenario.scenario_id}",
                        layer="exchanges",
                        object_id=obj.exchange_id,
                        field=end,
                    )

    def add(self, scenario_id: str, obj: ParkObject) -> None:
        scenario = self.scenario(scenario_id)
        self.validate_in_scenario(scenario, obj, replacing=False)
        scenario.layers[obj.LAYER][obj.id] = obj
        self._emit(ObjectChange(scenario_id, obj.LAYER, None, obj))

    def add_all(
        self,
        scenario_id: str,
        objects: Iterable[ParkObject],
        refused: Callable[[int, ParkObject, ValidationError], None] | None = None,
    ) -> None:
        """Add many objects to one scenario (a loader's rows): the same rules and change events
        as :meth:`add` one by one, without paying the scenario lookup per object.

        An object that breaks a rule raises, unless ``refused`` is given: then it is called with
        the object's position in ``objects``, the object and the error, and the rest go on.
        """
        try:
            scenario = self.scenario(scenario_id)
        except ValidationError as exc:
            if refused is None:
                raise
            for k, obj in enumerate(objects):
                refused(k, obj, exc)
            return
        taken: set[str] = set().union(*scenario.layers.values())
        for k, obj in enumerate(objects):
            oid = obj.id
            if oid in taken or isinstance(obj, (Zone, Exchange)):
                try:
                    self.validate_in_scenario(scenario, obj, replacing=False)
                except ValidationError as exc:
                    if refused is None:
                        raise
                    refused(k, obj, exc)
                    continue
            scenario.layers[obj.LAYER][oid] = obj
            taken.add(oid)
            if self._listeners:
                self._emit(ObjectChange(scenario_id, obj.LAYER, None, obj))

    def _replace(self, scenario_id: str, obj: ParkObject) -> ParkObject:
        """Swap in a changed copy of an existing object (same id); returns the old one."""
        scenario = self.scenario(scenario_id)
        self.validate_in_scenario(scenario, obj, replacing=True)
        old = scenario.layers[obj.LAYER][obj.id]
        scenario.layers[obj.LAYER][obj.id] = obj
        self._emit(ObjectChange(scenario_id, obj.LAYER, old, obj))
        return old

    def _remove(self, scenario_id: str, layer: str, object_id: str) -> ParkObject:
        scenario = self.scenario(scenario_id)
        try:
            old = scenario.layers[layer][object_id]
        except KeyError:
            raise UnknownReferenceError(
                f"{layer} {object_id} does not exist in scenario {scenario_id}",
                layer=layer,
                object_id=object_id,
            ) from None
        if layer in ("firms", "facilities"):
            users = self.exchanges_referring_to(scenario_id, object_id)
            if users:
                raise ReferencedObjectError(
                    f"{old.label} is used by exchanges {', '.join(e.id for e in users)}; "
                    "delete those first",
                    layer=layer,
                    object_id=object_id,
                )
        del scenario.layers[layer][object_id]
        self._emit(ObjectChange(scenario_id, layer, old, None))
        return old

    def exchanges_referring_to(self, scenario_id: str, object_id: str) -> list[Exchange]:
        scenario = self.scenario(scenario_id)
        return [e for e in scenario.exchanges.values() if object_id in (e.from_id, e.to_id)]

    def new_id(self, scenario_id: str, prefix: str, layer: str | None = None) -> str:
        """A fresh id following the scenario's numbering (F051 after F050, FA05 after FA04 when
        ``layer`` is given and its ids share that prefix); see :mod:`ecopark.model.ids`."""
        return self.id_scheme(scenario_id, prefix, layer).first()

    def id_scheme(self, scenario_id: str, prefix: str, layer: str | None = None) -> IdScheme:
        scenario = self.scenario(scenario_id)
        layer_ids = list(scenario.layers[layer]) if layer else []
        return id_scheme((o.id for o in scenario.all_objects()), prefix, layer_ids)

    # ----- whole-park helpers ----------------------------------------------------------------
    def snapshot(self) -> dict[str, Any]:
        """A comparable value of the whole park: equal snapshots mean equal parks."""
        return {
            "name": self.name,
            "crs": self.crs,
            "zone_kinds": dict(self.zone_kinds),
            "settings": copy.deepcopy(self.settings),
            "views": list(self.views),
            "underlays": list(self.underlays),
            "scenarios": {sid: s.snapshot() for sid, s in self.scenarios.items()},
        }

    def _set_views(self, views: list[SavedView]) -> list[SavedView]:
        """Replace the presentation slides; returns the previous list (for undo)."""
        old, self.views = self.views, list(views)
        self._emit(ParkChange("views"))
        return old

    def _set_underlays(self, underlays: list[Underlay]) -> list[Underlay]:
        old, self.underlays = self.underlays, list(underlays)
        self._emit(ParkChange("underlays"))
        return old

    def _set_name(self, name: str) -> str:
        old, self.name = self.name, name
        self._emit(ParkChange("name"))
        return old

    def check(self, scenario_id: str | None = None) -> list[ValidationError]:
        """Re-validate every cross-object rule (of one scenario, or of all when ``scenario_id``
        is None); returns the problems rather than raising. The problems do not name their
        scenario, so a caller that shows where they are asks one scenario at a time."""
        from ecopark.model.integrity import integrity_problems

        problems: list[ValidationError] = []
        chosen = self.scenarios.values() if scenario_id is None else [self.scenario(scenario_id)]
        for scenario in chosen:
            seen: dict[str, str] = {}
            for obj in scenario.all_objects():
                if obj.id in seen:
                    problems.append(
                        DuplicateIdError(
                            f"id {obj.id!r} is used in both {seen[obj.id]} and {obj.LAYER} in "
                            f"scenario {scenario.scenario_id}",
                            layer=obj.LAYER,
                            object_id=obj.id,
                        )
                    )
                seen[obj.id] = obj.LAYER
                try:
                    self._check_references(scenario, obj)
                except ValidationError as exc:
                    problems.append(exc)
            problems.extend(_zone_overlaps(scenario))
            problems.extend(scenario_warnings(scenario))
            problems.extend(integrity_problems(self, scenario))  # pipes, demand, stray firms
            for extra in _SCENARIO_CHECKS:
                problems.extend(extra(self, scenario))
        return problems


MIN_REPORTED_OVERLAP_M2 = 1.0
"""Zone overlaps below this (slivers from CAD snapping) are not worth a planner's warning."""


def overlapping_pairs(geoms: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Index pairs ``i < j`` of polygons that share area (their interiors intersect): one STRtree
    query, then ``touches`` drops the pairs that only meet along a boundary or at a corner."""
    tree = shapely.STRtree(geoms)
    i, j = tree.query(geoms, predicate="intersects")
    keep = i < j
    i, j = i[keep], j[keep]
    inner = ~shapely.touches(geoms[i], geoms[j])
    i, j = i[inner], j[inner]
    order = np.lexsort((j, i))
    return i[order], j[order]


def _zone_overlaps(scenario: Scenario) -> list[ValidationError]:
    """A warning per pair of zones that share land, naming both and the shared area."""
    zones = [scenario.zones[k] for k in sorted(scenario.zones)]
    if len(zones) < 2:
        return []
    geoms = np.array([z.geometry for z in zones], dtype=object)
    i, j = overlapping_pairs(geoms)
    areas = shapely.area(shapely.intersection(geoms[i], geoms[j]))
    out: list[ValidationError] = []
    for a, b, area in zip(i.tolist(), j.tolist(), areas.tolist(), strict=True):
        if area < MIN_REPORTED_OVERLAP_M2:
            continue
        za, zb = zones[a].zone_id, zones[b].zone_id
        out.append(
            OverlappingZonesWarning(
                f"zones {za} and {zb} overlap by {area:,.0f} m² in scenario "
                f"{scenario.scenario_id}: firms on the shared land belong to {za} and it counts "
                "once in the industrial land area; redraw the boundaries if this is not intended",
                zone_ids=(za, zb),
                overlap_m2=area,
            )
        )
    return out


def validate_projected_crs(crs: str) -> str:
    """Accept only projected CRSs in metres: areas and lengths are never computed in degrees."""
    try:
        parsed = pyproj.CRS.from_user_input(crs)
    except pyproj.exceptions.CRSError:
        raise InvalidValueError(
            f"unknown coordinate reference system {crs!r}", layer="park"
        ) from None
    if not parsed.is_projected:
        raise InvalidValueError(
            f"{parsed.name} is not a projected CRS; use a metric one such as CGCS2000 3-degree "
            "Gauss-Kruger (e.g. EPSG:4550)",
            layer="park",
            field="crs",
        )
    unit = parsed.axis_info[0].unit_name if parsed.axis_info else "metre"
    if unit not in ("metre", "meter"):
        raise InvalidValueError(f"{parsed.name} is not in metres ({unit})", layer="park")
    auth = parsed.to_authority()
    return f"{auth[0]}:{auth[1]}" if auth else parsed.to_wkt()


def replace_info(info: ScenarioInfo, **changes: Any) -> ScenarioInfo:
    return replace(info, **changes)


__all__ = ["Park", "Scenario", "ScenarioInfo", "replace_info", "validate_projected_crs"]
