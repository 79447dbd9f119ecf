"""Pure helpers of the comparison pane: keys for the rating scales and what typed
digits or arrow keys make of a rating.

>>> scale_hotkeys(["helpfulness", "correctness", "tone"])
{'helpfulness': 'h', 'correctness': 'c', 'tone': 'o'}
>>> rating_from_digits("4", 1, 5), rating_from_digits("10", 0, 10), rating_from_digits("7", 1, 5)
(4, 10, None)
"""

from __future__ import annotations

from collections.abc import Iterable

#: keys the comparison pane keeps for itself: A, B, tie, reason
RESERVED_KEYS = frozenset("abtr")
_POOL = "cdefghijklmnopqsuvwxyz"


def scale_hotkeys(names: Iterable[str], reserved: frozenset[str] = RESERVED_KEYS
                  ) -> dict[str, str]:
    """A letter for each rating scale: the first free letter of its name, else the
    first free letter of the alphabet; scales beyond the alphabet get none."""
    taken = set(reserved)
    keys: dict[str, str] = {}
    for name in names:
        candidates = [c for c in name.lower() if "a" <= c <= "z"] + list(_POOL)
        key = next((c for c in candidates if c not in taken), None)
        if key is not None:
            keys[name] = key
            taken.add(key)
    return keys


def rating_from_digits(digits: str, low: int, high: int) -> int | None:
    """The rating typed as ``digits`` when it lies on the scale, else None."""
    if not digits or not digits.isdigit():
        return None
    value = int(digits)
    return value if low <= value <= high else None


def typed_rating(buffer: str, digit: str, low: int, high: int) -> tuple[int | None, str]:
    """Type one more digit on a scale: (the rating it makes, the digits kept for the
    next key). On a 0–10 scale "1" then "0" gives 1 then 10; a digit that cannot
    extend the number starts a new one.

    >>> typed_rating("", "1", 0, 10), typed_rating("1", "0", 0, 10), typed_rating("1", "4", 0, 10)
    ((1, '1'), (10, '10'), (4, '4'))
    """
    longer = buffer + digit
    value = rating_from_digits(longer, low, high)
    if value is not None and buffer:
        return value, longer
    value = rating_from_digits(digit, low, high)
    return value, digit if value is not None else ""


def step_rating(value: int | None, delta: int, low: int, high: int) -> int:
    """Move a rating by ``delta`` within the scale; an unset rating starts at the end
    the step points from (Right → the lowest, Left → the highest)."""
    if value is None:
        return low if delta > 0 else high
    return max(low, min(high, value + delta))
