"""Colours of the network map mode: a pressure ramp (share of the source pressure left) and a
velocity ramp (share of the medium's velocity limit); red always means trouble."""

from __future__ import annotations

from ecopark.hydraulics import ConsumerResult, NetworkResult, SegmentResult

PRESSURE_STOPS = [(0.0, "#d7191c"), (0.5, "#fdae61"), (0.75, "#ffffbf"), (0.9, "#a6d96a"),
                  (1.0, "#1a9641")]  # fmt: skip
VELOCITY_STOPS = [(0.0, "#2c7bb6"), (0.5, "#abd9e9"), (0.8, "#ffffbf"), (1.0, "#fdae61"),
                  (1.2, "#d7191c")]  # fmt: skip
FAILED = "#7b3294"
SERVED = "#1a9641"
SHORT = "#d7191c"


def _ramp(stops: list[tuple[float, str]], x: float) -> str:
    if x <= stops[0][0]:
        return stops[0][1]
    for (x0, c0), (x1, c1) in zip(stops, stops[1:], strict=False):
        if x <= x1:
            t = (x - x0) / (x1 - x0)
            a = [int(c0[i : i + 2], 16) for i in (1, 3, 5)]
            b = [int(c1[i : i + 2], 16) for i in (1, 3, 5)]
            return "#" + "".join(f"{round(p + (q - p) * t):02x}" for p, q in zip(a, b, strict=True))
    return stops[-1][1]


def pressure_share(net: NetworkResult, seg: SegmentResult) -> float | None:
    """Outlet pressure as a share of the range from the consumers' need to the source."""
    if seg.outlet_pressure_mpa is None or not net.sources:
        return None
    top = max(s.outlet_pressure_mpa for s in net.sources)
    needs = [c.required_pressure_mpa for c in net.consumers if c.required_pressure_mpa]
    low = min(needs) if needs else 0.0
    if top <= low:
        return 0.0
    return max(0.0, min(1.0, (seg.outlet_pressure_mpa - low) / (top - low)))


def segment_colour(net: NetworkResult, seg: SegmentResult, mode: str) -> str:
    if seg.outlet_pressure_mpa is None:
        return FAILED
    if mode == "velocity":
        if seg.velocity_ms is None or seg.velocity_limit_ms <= 0:
            return FAILED
        return _ramp(VELOCITY_STOPS, seg.velocity_ms / seg.velocity_limit_ms)
    share = pressure_share(net, seg)
    return FAILED if share is None else _ramp(PRESSURE_STOPS, share)


def consumer_colour(c: ConsumerResult) -> str:
    return SERVED if c.served else SHORT


def margin_text(c: ConsumerResult) -> str:
    """The label beside a consumer: its pressure margin (or why nothing arrives)."""
    if c.delivered_pressure_mpa is None:
        return f"{c.id} –"
    m = c.margin_mpa
    text = f"{c.id} {m:+.2f} MPa" if m is not None else c.id
    if c.required_temperature_margin_k is not None and c.required_temperature_margin_k < 0:
        text += " wet"
    return text
