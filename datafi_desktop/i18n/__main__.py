"""``python -m datafi_desktop.i18n update|compile|status``: see :mod:`.tools`."""

import sys

from .tools import main

sys.exit(main())
