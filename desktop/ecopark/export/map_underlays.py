"""Scanned master plans (underlays) under the exported map, placed by their affine transform.

``Underlay.transform`` maps continuous image coordinates to the map: ``x = a*col + b*row + c``,
``y = d*col + e*row + f``, with (0, 0) the top-left corner of the top-left pixel (the way Qt
and the control-point dialog count: pixel (col, row) covers [col, col+1) x [row, row+1)). So the
image is drawn with ``extent=(0, w, h, 0)`` in pixel units and that affine on top of
``transData``.

A scan may be 10,000 x 8,000 pixels while the map shows a part of it on a 300 dpi page: before
matplotlib sees it, the image is cropped to the part in view and shrunk to at most twice the
output pixels it covers, so memory and time follow the page, not the scan. The view extent is
the map's alone: adding an underlay neither moves nor grows it.
"""

from __future__ import annotations

import io
import math
import warnings
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
from matplotlib.axes import Axes
from matplotlib.image import AxesImage
from matplotlib.transforms import Affine2D
from PIL import Image

from ecopark.export.errors import ExportError
from ecopark.model import Underlay

MAX_OVERSAMPLING = 2.0
"""Image pixels kept per output pixel (along each axis) after shrinking."""
CROP_PAD_PX = 2
"""Source pixels kept beyond the view so interpolation at the map frame has neighbours."""


@dataclass(frozen=True)
class PreparedImage:
    """The part of an underlay to draw: RGB(A) pixels and the source pixel box they cover."""

    pixels: np.ndarray
    box: tuple[int, int, int, int]
    """(col0, row0, col1, row1) in the original image's pixel coordinates. At the image's
    right and bottom edges the last reduced pixel may average fewer than k source pixels but is
    drawn k wide: under one output pixel of stretch."""


def pixel_matrix(transform: tuple[float, float, float, float, float, float]) -> np.ndarray:
    """The 3x3 matrix of the pixel (col, row) -> map (x, y) affine."""
    a, b, c, d, e, f = transform
    return np.array([[a, b, c], [d, e, f], [0.0, 0.0, 1.0]])


def visible_pixel_box(
    matrix: np.ndarray, size: tuple[int, int], view: tuple[float, float, float, float]
) -> tuple[int, int, int, int] | None:
    """Whole-pixel box (col0, row0, col1, row1) of the image that can show in ``view``
    (xmin, ymin, xmax, ymax), padded by :data:`CROP_PAD_PX`; None when none of it shows or
    the transform squashes the image to a line."""
    if abs(np.linalg.det(matrix[:2, :2])) < 1e-12:
        return None
    x0, y0, x1, y1 = view
    corners = np.array([[x0, y0, 1.0], [x1, y0, 1.0], [x1, y1, 1.0], [x0, y1, 1.0]])
    px = corners @ np.linalg.inv(matrix).T
    w, h = size
    col0 = max(0, math.floor(px[:, 0].min()) - CROP_PAD_PX)
    row0 = max(0, math.floor(px[:, 1].min()) - CROP_PAD_PX)
    col1 = min(w, math.ceil(px[:, 0].max()) + CROP_PAD_PX)
    row1 = min(h, math.ceil(px[:, 1].max()) + CROP_PAD_PX)
    if col1 <= col0 or row1 <= row0:
        return None
    return col0, row0, col1, row1


def reduction(
    box: tuple[int, int, int, int], matrix: np.ndarray, out_px_per_m: float
) -> tuple[int, int]:
    """Whole factors (along columns, rows) to shrink the image by: the largest that keep at
    least one image pixel per output pixel, so at most :data:`MAX_OVERSAMPLING` (2) remain.

    Whole factors let Pillow average k x k blocks, which is fast and keeps the pixel grid: a
    reduced pixel (i, j) covers source pixels [k*i, k*(i+1)) exactly.
    """
    per_col = math.hypot(matrix[0, 0], matrix[1, 0]) * out_px_per_m  # output px per column
    per_row = math.hypot(matrix[0, 1], matrix[1, 1]) * out_px_per_m
    cols, rows = box[2] - box[0], box[3] - box[1]
    kx = min(cols, max(1, math.floor(1.0 / per_col))) if per_col > 0 else cols
    ky = min(rows, max(1, math.floor(1.0 / per_row))) if per_row > 0 else rows
    return kx, ky


def decode(underlay: Underlay) -> Image.Image:
    """The stored PNG decoded by Pillow, or an error that names the underlay."""
    try:
        with warnings.catch_warnings():
            # A big scan is expected here and is shrunk right after decoding.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(underlay.image_png))
            image.load()
    except Image.DecompressionBombError:
        raise ExportError(
            f"underlay {underlay.name or underlay.underlay_id}: the scan is too large to print; "
            "save it at a lower resolution and add it again, or leave underlays out"
        ) from None
    except (OSError, ValueError, SyntaxError) as exc:
        raise ExportError(
            f"underlay {underlay.name or underlay.underlay_id}: its stored image cannot be read "
            f"({exc}); add it again, or leave underlays out"
        ) from None
    return image


def prepare(
    underlay: Underlay, view: tuple[float, float, float, float], out_px_per_m: float
) -> PreparedImage | None:
    """Crop and shrink the underlay's image for a view; None when it does not show there."""
    image = decode(underlay)
    matrix = pixel_matrix(underlay.transform)
    box = visible_pixel_box(matrix, image.size, view)
    if box is None:
        return None
    if image.mode == "1":
        image = image.convert("L")  # a line-art scan: one byte a pixel, not four
    elif image.mode.startswith("I"):
        # 16-bit grey (Qt saves Grayscale16 scans so): keep the top 8 bits, as a screen shows
        grey = np.asarray(image).astype(np.uint32) >> 8
        image = Image.fromarray(np.minimum(grey, 255).astype(np.uint8))
    elif image.mode == "P" or image.mode not in ("RGB", "RGBA", "L", "LA"):
        has_alpha = image.mode in ("PA", "RGBa", "La") or "transparency" in image.info
        image = image.convert("RGBA" if has_alpha else "RGB")
    kx, ky = reduction(box, matrix, out_px_per_m)
    if (kx, ky) == (1, 1):
        image = image.crop(box)
    elif image.mode in ("RGB", "L"):
        image = image.reduce((kx, ky), box)
    else:
        # Band by band: Pillow reduces RGBA through a premultiplied full-size copy (4 bytes a
        # pixel of the whole scan); a band is a quarter of that. Unpremultiplied averaging
        # tints at most one output pixel along transparent edges.
        bands = [image.getchannel(b).reduce((kx, ky), box) for b in image.getbands()]
        image = Image.merge(image.mode, bands)
    if image.mode != "RGBA":
        image = image.convert("RGBA" if image.mode == "LA" else "RGB")
    col0, row0 = box[0], box[1]
    width, height = image.size
    return PreparedImage(np.asarray(image), (col0, row0, col0 + width * kx, row0 + height * ky))


def draw_underlays(
    ax: Axes, underlays: Iterable[Underlay], dpi: float, zorder: float = 0.5
) -> list[Underlay]:
    """Draw the visible underlays (in list order, first at the bottom) under the map layers
    (zones are at zorder 1) on ``ax``, whose limits must already be the map's extent.

    ``dpi`` is the resolution the page will be saved at: it decides how far a big scan is
    shrunk. Returns the underlays drawn (those visible and in view).
    """
    xlim, ylim = ax.get_xlim(), ax.get_ylim()
    view = (min(xlim), min(ylim), max(xlim), max(ylim))
    fig = ax.get_figure()
    assert fig is not None
    width_in = ax.bbox.width / fig.dpi  # the frame's width on paper, whatever dpi it has now
    out_px_per_m = width_in * dpi / max(view[2] - view[0], 1e-9)
    datalim = ax.dataLim.frozen()
    drawn: list[Underlay] = []
    for underlay in underlays:
        if not underlay.visible or underlay.opacity <= 0:
            continue
        prepared = prepare(underlay, view, out_px_per_m)
        if prepared is None:
            continue
        col0, row0, col1, row1 = prepared.box
        matrix = pixel_matrix(underlay.transform)
        shown_px = math.hypot(matrix[0, 0], matrix[1, 0]) * out_px_per_m
        shown_px *= (col1 - col0) / prepared.pixels.shape[1]
        image = AxesImage(
            ax,
            interpolation="bilinear" if shown_px > 1.0 else "antialiased",
            alpha=float(underlay.opacity),
            zorder=zorder,
        )
        image.set_data(prepared.pixels)
        image.set_extent((col0, col1, row1, row0))
        image.set_transform(Affine2D(matrix) + ax.transData)
        ax.add_image(image)
        image.set_clip_path(ax.patch)
        drawn.append(underlay)
    ax.dataLim.set(datalim)
    ax.set_xlim(xlim, auto=False)
    ax.set_ylim(ylim, auto=False)
    return drawn


__all__ = [
    "PreparedImage",
    "decode",
    "draw_underlays",
    "pixel_matrix",
    "prepare",
    "reduction",
    "visible_pixel_box",
]
