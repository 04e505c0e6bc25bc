"""`Park.check()` lists each hydraulic shortfall with the consumer, the grade and the margin."""

from __future__ import annotations

from hyd_parks import single_pipe_park

from ecopark.hydraulics import NetworkInputWarning, NetworkShortfallWarning


def test_check_lists_the_shortfall_with_consumer_grade_and_margin() -> None:
    park = single_pipe_park(length_m=4000.0)
    (problem,) = [p for p in park.check() if isinstance(p, NetworkShortfallWarning)]
    assert (problem.consumer_id, problem.medium, problem.layer) == ("F1", "steam_mp", "firms")
    assert problem.severity == "warning" and problem.margin_mpa < 0
    assert f"pressure margin {problem.margin_mpa:+.3f} MPa" in str(problem)
    assert "steam_mp consumer F1 is not served in scenario plan" in str(problem)


def test_check_is_quiet_when_every_consumer_is_served_or_nothing_could_be_computed() -> None:
    # the hand-built park has no zones, so only the network's own findings are asked about
    assert not [p for p in single_pipe_park().check()
                if isinstance(p, NetworkShortfallWarning | NetworkInputWarning)]  # fmt: skip
    # no diameter: the solve names it (test_bad_input.py); the check has no margin to list
    assert not [p for p in single_pipe_park(dn=0.0).check()
                if isinstance(p, NetworkShortfallWarning | NetworkInputWarning)]  # fmt: skip
