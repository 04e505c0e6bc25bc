"""Entry point of the PyInstaller bundle: the same ``ecopark`` command as the pip install."""

from __future__ import annotations

import multiprocessing
import sys

from ecopark.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # optimisers may start worker processes
    sys.exit(main())
