"""Names people must be able to tell apart: no invisible or direction-changing characters.

A label set with ``"cat"`` and ``"cat\\u200b"`` (a zero-width space), or a label holding a
right-to-left override, shows two identical chips or text that reads differently from what
is stored: an annotator cannot know which one they pick. Label names, rating scales and
reject reasons are refused when they hold control or format characters (Unicode categories
Cc and Cf: zero-width spaces and joiners, bidi embeddings, overrides and isolates, the BOM)
or are not in NFC form (``"é"`` written as ``e`` + combining accent).

>>> invisible_problem("positive") is None
True
>>> invisible_problem("pos\\u200bitive")
'holds an invisible or direction-changing character (U+200B)'
"""

from __future__ import annotations

import unicodedata

_REFUSED_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn"})


def invisible_problem(name: str) -> str | None:
    """Why ``name`` cannot be shown unambiguously, or None when it can."""
    for char in name:
        if unicodedata.category(char) in _REFUSED_CATEGORIES:
            return f"holds an invisible or direction-changing character (U+{ord(char):04X})"
    if unicodedata.normalize("NFC", name) != name:
        return "is not in Unicode NFC form (write composed characters)"
    if name != name.strip():
        return "starts or ends with white space"
    return None


def check_visible(name: str) -> str:
    """A pydantic validator: ``name`` unchanged, or ValueError saying what is wrong."""
    problem = invisible_problem(name)
    if problem is not None:
        raise ValueError(f"{name.encode('unicode_escape').decode()[:60]!r} {problem}")
    return name
