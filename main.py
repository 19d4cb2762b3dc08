"""Entry point: `python main.py [command] …`, the same as the `her` console script."""

import sys

from game.cli import main

if __name__ == "__main__":
    sys.exit(main())
