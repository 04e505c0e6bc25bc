"""The symbiosis network of a scenario: balances per firm and by-product, chains and cycles,
key-plant withdrawal, match suggestions and the flow diagram's layout. No Qt.

Importing the package registers its balance rules with :meth:`ecopark.model.Park.check`. The
modules that use the indicator engine (``withdrawal``, ``suggest``) are imported by name, so the
indicators may read :mod:`ecopark.symbiosis.materials` without an import cycle.
"""

from ecopark.model.park import register_check
from ecopark.symbiosis.balance import Balances, SiteBalance, StreamBalance, balances
from ecopark.symbiosis.checks import SymbiosisBalanceWarning, symbiosis_problems
from ecopark.symbiosis.materials import STREAMS, stream_of

register_check(symbiosis_problems)

__all__ = [
    "STREAMS",
    "Balances",
    "SiteBalance",
    "StreamBalance",
    "SymbiosisBalanceWarning",
    "balances",
    "stream_of",
    "symbiosis_problems",
]
