"""A guard against a reference-counting bug of PySide6 6.12 on CPython 3.11.

With PySide6 6.12.0 on CPython 3.11, every ``SignalInstance.emit()`` drops one
reference to ``True`` that it never took, and many wrappers of C++ functions
returning ``void`` (``QLabel.setText``, ``QThreadPool.start`` …) drop one to
``None``. On CPython 3.12 and later these objects are immortal and nothing
happens; on 3.11 the interpreter aborts ("bool_dealloc: deallocating True or
False") after a few thousand signals, i.e. minutes into a session.

:func:`guard_singletons` probes for the bug and, only when it is present, adds
2**40 to the reference counts of ``None``, ``True`` and ``False``: the same
thing CPython 3.12 does by making them immortal. These three objects are static
and never freed, so a high count costs nothing. Remove this module when the
project requires CPython 3.12+ or a fixed PySide6.
"""

from __future__ import annotations

import ctypes
import logging
import sys

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)

BOOST = 1 << 40
_PROBES = 64
_applied = False


class _Probe(QObject):
    ping = Signal()


def singletons_leak() -> bool:
    """True when emitting signals or calling void wrappers loses references."""
    probe = _Probe()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(_PROBES):
        probe.ping.emit()
        probe.setObjectName("probe")
    lost_none = none_before - sys.getrefcount(None)
    lost_true = true_before - sys.getrefcount(True)
    probe.deleteLater()
    return lost_none >= _PROBES // 2 or lost_true >= _PROBES // 2


def guard_singletons() -> bool:
    """Apply the guard if needed (idempotent). Returns whether it is in effect."""
    global _applied
    if _applied:
        return True
    if sys.version_info >= (3, 12) or hasattr(sys, "gettotalrefcount"):
        return False  # immortal singletons already; or a debug build with another layout
    if not singletons_leak():
        return False
    for obj in (None, True, False):
        before = sys.getrefcount(obj)
        cell = ctypes.c_ssize_t.from_address(id(obj))  # ob_refcnt is the first field
        cell.value += BOOST
        if sys.getrefcount(obj) - before != BOOST:  # not the layout we expected: undo
            cell.value -= BOOST
            log.error("PySide6 refcount guard: unexpected object layout, not applied")
            return False
    _applied = True
    log.info("PySide6 drops references to None/True on this Python (%s); guard applied",
                sys.version.split()[0])
    return True
