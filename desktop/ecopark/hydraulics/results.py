"""What a hydraulic solve reports: per segment, per consumer, per source, per network."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class SegmentResult:
    pipeline_id: str
    index: int
    """Position of the segment in the graph (several segments may share a pipeline)."""
    length_m: float
    equivalent_length_m: float
    dn: float
    diameter_mm: float
    """Inner diameter the solve used."""
    roughness_mm: float
    mass_flow_tph: float
    forward: bool
    """Flow in the pipe's drawing direction."""
    inlet_pressure_mpa: float | None
    inlet_temperature_c: float | None
    outlet_pressure_mpa: float | None
    outlet_temperature_c: float | None
    velocity_ms: float | None
    """Largest velocity along the segment (at the outlet for steam, which expands)."""
    velocity_limit_ms: float
    heat_loss_kw: float | None
    condensate_tph: float | None
    message: str = ""
    from_node: int = -1
    to_node: int = -1
    """Graph nodes at the upstream and downstream ends (in the flow direction)."""
    start_m: float = 0.0
    end_m: float = 0.0
    """Where the segment lies along its pipeline (metres from its first vertex), for drawing."""

    @property
    def pressure_drop_mpa(self) -> float | None:
        if self.inlet_pressure_mpa is None or self.outlet_pressure_mpa is None:
            return None
        return self.inlet_pressure_mpa - self.outlet_pressure_mpa


@dataclass(frozen=True)
class ConsumerResult:
    id: str
    load: float
    """Demand carried by this network to the site, in the medium's unit (t/h or MW)."""
    mass_flow_tph: float
    required_pressure_mpa: float | None
    delivered_pressure_mpa: float | None
    delivered_temperature_c: float | None
    superheat_k: float | None
    condensate_tph: float | None
    required_temperature_margin_k: float | None
    """Delivered superheat (steam) or supply temperature (hot water) above the minimum."""
    served: bool
    parts: tuple[tuple[str, float, bool], ...] = ()
    """(demand medium, amount, served) for each demand this network carries to the site (its
    own grade, and lower grades through a pressure-reducing station)."""
    message: str = ""
    node: int = -1
    """The graph node the site is attached at."""

    @property
    def margin_mpa(self) -> float | None:
        if self.required_pressure_mpa is None or self.delivered_pressure_mpa is None:
            return None
        return self.delivered_pressure_mpa - self.required_pressure_mpa


@dataclass(frozen=True)
class SourceResult:
    id: str
    outlet_pressure_mpa: float
    outlet_temperature_c: float
    mass_flow_tph: float
    capacity: float


@dataclass(frozen=True)
class NetworkResult:
    medium: str
    component: int
    sources: tuple[SourceResult, ...]
    consumers: tuple[ConsumerResult, ...]
    segments: tuple[SegmentResult, ...]
    converged: bool
    messages: tuple[str, ...] = ()
    pump_head_mpa: float | None = None
    """Hot water: supply minus return pressure at the plant."""
    required_pump_head_mpa: float | None = None
    """Hot water: the head that would just serve the worst consumer (its supply-path drop plus
    its return-path drop plus the substation's differential)."""
    return_temperature_c: float | None = None
    """Hot water: the mixed return water reaching the plant."""


@dataclass(frozen=True)
class HydraulicResult:
    scenario_id: str
    networks: tuple[NetworkResult, ...]
    served: dict[str, dict[str, float]] = field(default_factory=dict)
    """demand medium -> firm id -> amount physically served."""
    messages: tuple[str, ...] = ()
    """Problems that stopped a network from being solved (bad input), for the planner."""
    backend: str = ""

    def consumer(self, medium: str, site_id: str) -> ConsumerResult | None:
        for net in self.networks:
            if net.medium == medium:
                for c in net.consumers:
                    if c.id == site_id:
                        return c
        return None
