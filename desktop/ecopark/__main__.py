"""``python -m ecopark ...`` runs the ``ecopark`` command (the map editor, or a subcommand)."""

import sys

from ecopark.cli import main

sys.exit(main())
