"""Converting between code-point offsets (what annotations store) and UTF-16 offsets
(what Qt's text widgets and JavaScript count).

An emoji outside the Basic Multilingual Plane is one code point but two UTF-16
units; a letter with a combining accent is two of each.

>>> m = OffsetMap("a😀b")
>>> m.to_utf16(2), m.to_code_point(3)
(3, 2)
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate


class OffsetMap:
    """Precomputed offset tables for one text: O(1) one way, O(log n) the other."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._astral = any(ord(c) > 0xFFFF for c in text)
        if self._astral:
            widths = (2 if ord(c) > 0xFFFF else 1 for c in text)
            self._utf16 = [0, *accumulate(widths)]
        else:
            self._utf16 = []

    @property
    def utf16_length(self) -> int:
        return self._utf16[-1] if self._astral else len(self.text)

    def to_utf16(self, code_point: int) -> int:
        code_point = max(0, min(code_point, len(self.text)))
        return self._utf16[code_point] if self._astral else code_point

    def to_code_point(self, utf16: int) -> int:
        """The code point at or before a UTF-16 offset (an offset inside a surrogate
        pair snaps to the start of its character)."""
        if not self._astral:
            return max(0, min(utf16, len(self.text)))
        utf16 = max(0, min(utf16, self._utf16[-1]))
        return bisect_right(self._utf16, utf16) - 1
