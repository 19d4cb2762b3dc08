"""Entry point: `python main.py [command] …`, the same as the `her` console script."""

import sys

from game.cli import main

if __name__ == "__main__":
    if getattr(sys, "frozen", False):  # only a standalone build needs it (and pays the import)
        import multiprocessing

        multiprocessing.freeze_support()  # its worker processes start here too
    sys.exit(main())
