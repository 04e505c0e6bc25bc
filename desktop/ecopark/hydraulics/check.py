"""Hydraulic shortfalls as ``Park.check`` problems: one warning per consumer that is connected
but not physically served (naming the consumer, the grade and the margin). Bad input (no
diameter, a source without pressure, a firm no pipe reaches) is reported by the solve itself
(``HydraulicResult.messages``, ``evaluate --json``, the Networks tab); only a solve that fails
outright becomes a ``NetworkInputWarning`` here."""

from __future__ import annotations

from ecopark.hydraulics.solve import solve_scenario
from ecopark.model import Park
from ecopark.model.errors import ValidationError
from ecopark.model.park import Scenario


class NetworkShortfallWarning(ValidationError):
    """A consumer receives less pressure or temperature than it needs (from ``Park.check``)."""

    severity = "warning"

    def __init__(
        self,
        message: str,
        *,
        layer: str,
        consumer_id: str,
        medium: str,
        margin_mpa: float | None,
        margin_k: float | None,
    ):
        super().__init__(message, layer=layer, object_id=consumer_id)
        self.consumer_id = consumer_id
        self.medium = medium
        self.margin_mpa = margin_mpa
        self.margin_k = margin_k


class NetworkInputWarning(ValidationError):
    """A network could not be solved because of its input (from ``Park.check``)."""

    severity = "warning"


def hydraulic_problems(park: Park, scenario: Scenario) -> list[ValidationError]:
    """The ``Park.check`` rule (registered on import of ``ecopark.hydraulics``)."""
    scenario_id = scenario.scenario_id
    try:
        result = solve_scenario(park, scenario_id)
    except Exception as exc:  # noqa: BLE001 - a check lists problems, it never crashes
        text = f"the steam and hot-water networks could not be solved in {scenario_id}: {exc}"
        return [NetworkInputWarning(text, layer="pipelines")]
    # Input problems (no diameter, not connected...) stay in the solve's messages (JSON, the
    # Networks tab): a check lists what was computed to fall short, not what was not computed.
    out: list[ValidationError] = []
    for net in result.networks:
        if not net.segments:
            continue  # not solved (bad input): nothing computed to judge
        for c in net.consumers:
            if c.served:
                continue
            margin = c.margin_mpa
            parts = [f"{net.medium} consumer {c.id} is not served in scenario {scenario_id}"]
            if margin is not None:
                parts.append(f"pressure margin {margin:+.3f} MPa")
            if c.required_temperature_margin_k is not None:
                parts.append(f"temperature margin {c.required_temperature_margin_k:+.1f} K")
            if c.message:
                parts.append(c.message)
            obj = scenario.find(c.id)
            out.append(
                NetworkShortfallWarning(
                    "; ".join(parts),
                    layer=obj.LAYER if obj is not None else "firms",
                    consumer_id=c.id,
                    medium=net.medium,
                    margin_mpa=margin,
                    margin_k=c.required_temperature_margin_k,
                )
            )
    return out
