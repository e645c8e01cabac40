"""PyInstaller entry point: the same ``main`` as ``python -m assistant``."""

import sys

from assistant.app import main

if __name__ == "__main__":
    sys.exit(main())
