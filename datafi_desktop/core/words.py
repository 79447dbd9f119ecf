"""Counted nouns in messages: "1 account", "2 accounts" (never "1 accounts").

>>> counted(1, "account"), counted(2, "account"), counted(0, "task"), counted(1, "entry", "entries")
('1 account', '2 accounts', '0 tasks', '1 entry')
>>> counted(3, "entry", "entries"), counted(1_000, "file")
('3 entries', '1,000 files')
"""

from __future__ import annotations


def counted(n: int, noun: str, plural: str | None = None) -> str:
    """``n`` and the noun in the right number, with thousands separators."""
    word = noun if n == 1 else (plural or noun + "s")
    return f"{n:,} {word}"
