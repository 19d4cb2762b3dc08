"""Entry point: `python main.py [command] …`, the same as the `her` console script."""

import multiprocessing
import sys

from game.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # the standalone build's worker processes start here too
    sys.exit(main())
