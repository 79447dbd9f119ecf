"""JSON written piece by piece, byte for byte as ``json.dumps(value, ensure_ascii=False,
indent=2)`` lays out the whole value — so a streamed export writes the same files as
one built in memory.

>>> import json
>>> out = []
>>> items = JsonList(out.append, level=1)
>>> for n in (1, 2):
...     items.add({"n": n})
>>> items.close()
>>> text = '{\\n  "items": ' + "".join(out) + "\\n}"
>>> text == json.dumps({"items": [{"n": 1}, {"n": 2}]}, indent=2)
True
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

INDENT = "  "


def nested(value: Any, level: int) -> str:
    """``value`` as it appears ``level`` deep in an indented document (its first line
    follows the key or the list's indentation; strings never hold a raw newline)."""
    return json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n" + INDENT * level)


def entry(key: str, value: Any, level: int = 1) -> str:
    """One ``"key": value`` line of an object ``level`` deep (without the separator)."""
    return f"\n{INDENT * level}{json.dumps(key, ensure_ascii=False)}: {nested(value, level)}"


class JsonList:
    """A list that sits ``level`` deep, written element by element through ``write``."""

    def __init__(self, write: Callable[[str], object], level: int = 0) -> None:
        self.write = write
        self.level = level
        self.count = 0

    def add(self, value: Any) -> None:
        self.add_text(nested(value, self.level + 1))

    def add_text(self, text: str) -> None:
        """An element already laid out for its depth (see :func:`nested`)."""
        self.write(("[" if self.count == 0 else ",") + "\n" + INDENT * (self.level + 1) + text)
        self.count += 1

    def close(self) -> None:
        self.write("[]" if self.count == 0 else "\n" + INDENT * self.level + "]")
