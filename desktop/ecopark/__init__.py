"""EcoPark Planner: offline planning of eco-industrial parks.

The core (model, commands, indicators, network, optimise, storage, importers, export) imports no Qt;
only ``ecopark.ui`` does.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("ecopark-planner")
except PackageNotFoundError:  # running from a source tree without installation
    __version__ = "0.1.0"

from ecopark import symbiosis as _symbiosis  # noqa: E402,F401  registers Park.check balance rules

__all__ = ["__version__"]
