"""The network physics in the window: a canvas mode colouring pipes by pressure or velocity,
an indicator-panel tab listing segments and consumers, and the pipe-sizing dialog. The solve
itself is :mod:`ecopark.hydraulics` (Qt-free); these modules only show it."""

from ecopark.ui.hydraulics.install import install_hydraulics

__all__ = ["install_hydraulics"]
