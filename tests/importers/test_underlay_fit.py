"""Placing a scanned plan from control points: hand-checked similarity and affine fits."""

from __future__ import annotations

import math

import pytest

from ecopark.importers.underlay import (
    apply_transform,
    fit_transform,
    make_underlay,
    residuals_m,
)
from ecopark.model import InvalidValueError

PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 16


def test_two_points_give_a_similarity_with_rows_pointing_south() -> None:
    # pixel (0,0) is map (1000, 2000); 100 px to the right is 50 m east: 0.5 m per pixel
    t = fit_transform([(0, 0), (100, 0)], [(1000, 2000), (1050, 2000)])
    assert t == pytest.approx((0.5, 0.0, 1000.0, 0.0, -0.5, 2000.0))
    # 100 px down the page is 50 m south
    assert apply_transform(t, [(0, 100)])[0] == pytest.approx([1000, 1950])


def test_two_points_with_rotation() -> None:
    # the scan is turned: going right on the page goes north on the map, 2 m per pixel
    t = fit_transform([(0, 0), (10, 0)], [(0, 0), (0, 20)])
    assert apply_transform(t, [(0, 10)])[0] == pytest.approx([20, 0])  # down the page = east
    a, b = t[0], t[3]
    assert math.hypot(a, b) == pytest.approx(2.0)


def test_three_points_give_the_exact_affine_transform() -> None:
    # x = 2*col + 0.1*row + 500 ; y = 0.05*col - 1.5*row + 900
    def true(c: float, r: float) -> tuple[float, float]:
        return (2 * c + 0.1 * r + 500, 0.05 * c - 1.5 * r + 900)

    pixels = [(0, 0), (400, 10), (30, 300)]
    t = fit_transform(pixels, [true(*p) for p in pixels])
    assert t == pytest.approx((2, 0.1, 500, 0.05, -1.5, 900))
    assert residuals_m(t, pixels, [true(*p) for p in pixels]).max() < 1e-6


def test_bad_control_points_are_refused() -> None:
    with pytest.raises(InvalidValueError, match="two control points"):
        fit_transform([(0, 0)], [(0, 0)])
    with pytest.raises(InvalidValueError, match="one line"):
        fit_transform([(0, 0), (1, 1), (2, 2)], [(0, 0), (1, 1), (2, 2)])
    with pytest.raises(InvalidValueError, match="different places"):
        fit_transform([(5, 5), (5, 5)], [(0, 0), (1, 1)])
    with pytest.raises(InvalidValueError, match="finite"):
        fit_transform([(0, 0), (1, 0)], [(0, 0), (math.nan, 0)])


def test_make_underlay_keeps_png_and_opacity() -> None:
    u = make_underlay("u1", "master plan", PNG, [(0, 0), (100, 0)], [(0, 0), (50, 0)], 0.3)
    assert u.opacity == 0.3 and u.image_png == PNG
    with pytest.raises(InvalidValueError, match="PNG"):
        make_underlay("u2", "jpeg", b"\xff\xd8\xff", [(0, 0), (1, 0)], [(0, 0), (1, 0)])
