"""The frozen app's entry point: ``datafi-desktop`` exactly as the console script runs it.

PyInstaller starts this file as ``__main__`` in the bundle (see ``datafi-desktop.spec``).
"""

import sys

from datafi_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
