"""Secrets that passed through the clipboard are taken off it.

Recovery words and private keys are pasted into the import dialog from a password
manager or a text file; left on the clipboard they are one Ctrl+V away from any other
application (and from clipboard history tools). When a dialog that held a secret closes,
:func:`clear_if_secret` empties the clipboard (and the X11 selection) if it still holds
that secret — compared with white space collapsed and case ignored, so a copy with an
extra newline counts too. Anything else the user copied is left alone.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QClipboard, QGuiApplication

MIN_SECRET_CHARS = 16


def _normal(text: str) -> str:
    return " ".join(text.split()).lower().removeprefix("0x")


def clear_if_secret(secrets: Iterable[str]) -> bool:
    """Clear the clipboard when it holds (or is held in) one of ``secrets``; True if it
    did. Secrets shorter than 16 characters (an empty field, a label) are ignored."""
    clipboard = QGuiApplication.clipboard()
    if clipboard is None:
        return False
    wanted = [_normal(s) for s in secrets if len(_normal(s)) >= MIN_SECRET_CHARS]
    if not wanted:
        return False
    cleared = False
    modes = [QClipboard.Mode.Clipboard]
    if clipboard.supportsSelection():
        modes.append(QClipboard.Mode.Selection)
    for mode in modes:
        held = _normal(clipboard.text(mode))
        if held and any(held == s or s in held or (len(held) >= MIN_SECRET_CHARS and held in s)
                        for s in wanted):
            clipboard.clear(mode)
            cleared = True
    return cleared
