"""The PySide6 GUI: views over :mod:`datafi_desktop.core`.

Nothing in ``core`` imports this package. Widgets call core objects (the cache,
the wallet) and never touch SQLite, files of other users or the network
themselves. Slow work (image decoding, key derivation) runs on a thread pool
and reports back through signals.
"""

from .qtcompat import guard_singletons

guard_singletons()  # PySide6 6.12 on CPython 3.11: see qtcompat
