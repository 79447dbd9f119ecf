"""Where the main window opens and how big, from the screens' available areas (no Qt).

The first window fits the available area of its screen (what the task bars and docks
leave), with room for the window manager's frame: on a 1280×720 screen, or at 2×
on 2560×1600 (1280×800 logical), Submit and the status bar stay on the screen. A
window the user placed is put back where it was, moved and shrunk onto a screen if
that screen is gone or smaller now.

``x`` and ``y`` are where the frame's top-left corner goes (``QWidget.move``), ``w``
and ``h`` the size inside the frame (``QWidget.resize``).

>>> first_window(Rect(0, 0, 1280, 720))
Rect(x=0, y=0, w=1264, h=672)
>>> first_window(Rect(0, 0, 2560, 1440))
Rect(x=376, y=156, w=1792, h=1080)
>>> restore(Rect(3000, 50, 900, 700), [Rect(0, 0, 1920, 1080)])
Rect(x=1004, y=50, w=900, h=700)
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

#: the size the window is designed for, and the share of a big screen it takes
PREFERRED = (1280, 800)
SHARE = (0.7, 0.75)
#: room left for the window manager's frame and title bar (not part of the geometry)
FRAME = (16, 48)
#: a saved place must show at least this much of the window on some screen
VISIBLE = 120


@dataclass(frozen=True)
class Rect:
    x: int
    y: int
    w: int
    h: int

    @property
    def right(self) -> int:
        return self.x + self.w

    @property
    def bottom(self) -> int:
        return self.y + self.h

    def overlap(self, other: Rect) -> int:
        """The area both cover."""
        w = min(self.right, other.right) - max(self.x, other.x)
        h = min(self.bottom, other.bottom) - max(self.y, other.y)
        return max(0, w) * max(0, h)

    def as_dict(self) -> dict[str, int]:
        return {"x": self.x, "y": self.y, "w": self.w, "h": self.h}

    @classmethod
    def from_value(cls, value: Any) -> Rect | None:
        """A Rect from ``{"x", "y", "w", "h"}`` (whole numbers, positive size), else None."""
        if not isinstance(value, Mapping):
            return None
        parts = [value.get(k) for k in ("x", "y", "w", "h")]
        if not all(isinstance(p, int) and not isinstance(p, bool) for p in parts):
            return None
        # silenced below: the isinstance check above makes each part an int
        x, y, w, h = (int(p) for p in parts)  # type: ignore[arg-type]
        return cls(x, y, w, h) if w > 0 and h > 0 else None


def first_window(available: Rect, minimum: tuple[int, int] = (0, 0)) -> Rect:
    """A first window on a screen whose available area is ``available``: the preferred
    size (more on a big screen), never more than fits with its frame, centred. A
    ``minimum`` larger than the room is honoured (the window cannot be smaller)."""
    room_w = max(1, available.w - FRAME[0])
    room_h = max(1, available.h - FRAME[1])
    w = min(max(PREFERRED[0], int(available.w * SHARE[0])), room_w)
    h = min(max(PREFERRED[1], int(available.h * SHARE[1])), room_h)
    w, h = max(w, minimum[0]), max(h, minimum[1])
    x = available.x + max(0, (available.w - FRAME[0] - w) // 2)
    y = available.y + max(0, (available.h - FRAME[1] - h) // 2)
    return Rect(x, y, w, h)


def restore(saved: Rect, screens: Sequence[Rect]) -> Rect | None:
    """``saved`` moved and shrunk onto the screen it overlaps most (or the first one
    when it overlaps none); None without screens."""
    if not screens:
        return None
    screen = max(screens, key=saved.overlap)
    if saved.overlap(screen) < VISIBLE * VISIBLE:
        screen = screens[0]
    w = min(saved.w, max(1, screen.w - FRAME[0]))
    h = min(saved.h, max(1, screen.h - FRAME[1]))
    x = min(max(saved.x, screen.x), screen.right - w - FRAME[0])
    y = min(max(saved.y, screen.y), screen.bottom - h - FRAME[1])
    return Rect(x, max(y, screen.y), w, h)
