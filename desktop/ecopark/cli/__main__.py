import sys

from ecopark.cli import main

sys.exit(main())
