"""The frozen app's entry point: ``datafi-desktop`` exactly as the console script runs it.

PyInstaller starts this file as ``__main__`` in the bundle (see ``datafi-desktop.spec``).
"""

import multiprocessing
import sys

from datafi_desktop.cli import main

if __name__ == "__main__":
    # a large photo's pyramid is built in a child process (core.tiles): in the bundle
    # that child is this executable, which must run the child's work and exit
    multiprocessing.freeze_support()
    sys.exit(main())
