"""Word boundaries for span selection, in code points (no Qt).

A mouse drag rarely starts and ends exactly between words: "d Helix Robotics i"
for a drag over "Helix Robotics". :func:`snap_selection` moves each end to the
nearer boundary of the word it falls in and trims the spaces at the ends, so a
sloppy drag gives whole words ("Helix Robotics"), while a drag that covers part of
one word only still gives that word. :func:`word_at` is the word a double-click
selects; :func:`extend_by_word` is Ctrl+Shift+→ / ← from there. Combining marks
belong to their letter ("Zoë" written Zoe + U+0308 is one word) and an apostrophe
inside a word keeps it whole ("Dũng's").

>>> text = "Nexa acquired Helix Robotics in Rotterdam."
>>> s, e = snap_selection(text, text.index("d Helix"), text.index("in R") + 1)
>>> text[s:e]
'Helix Robotics'
>>> text[slice(*word_at(text, text.index("Robotics") + 3))]
'Robotics'
>>> s, e = extend_by_word(text, text.index("Helix"), text.index("Helix") + 5, forward=True)
>>> text[s:e]
'Helix Robotics'
"""

from __future__ import annotations

import unicodedata

JOINERS = frozenset("'’_")


def is_word_char(char: str) -> bool:
    return char.isalnum() or char in JOINERS or unicodedata.category(char)[0] == "M"


def _word(text: str, index: int) -> tuple[int, int] | None:
    """The word holding the character at ``index`` (None for a space or a sign)."""
    if not 0 <= index < len(text) or not is_word_char(text[index]):
        return None
    start, end = index, index + 1
    while start > 0 and is_word_char(text[start - 1]):
        start -= 1
    while end < len(text) and is_word_char(text[end]):
        end += 1
    # an apostrophe or underscore at an edge is punctuation, not part of the word
    while start < end and text[start] in JOINERS:
        start += 1
    while end > start and text[end - 1] in JOINERS:
        end -= 1
    return (start, end) if start < end else None


def word_at(text: str, index: int) -> tuple[int, int] | None:
    """The word a double-click on the character at ``index`` selects."""
    return _word(text, index)


def _snap(text: str, position: int, *, is_end: bool) -> int:
    """``position`` (between characters) moved to the nearer edge of the word it cuts;
    halfway ("i" of "in"), the word is left out."""
    word = _word(text, position) if 0 < position < len(text) else None
    if word is None or not word[0] < position < word[1]:
        return position
    start, end = word
    if is_end:
        return end if end - position < position - start else start
    return start if position - start < end - position else end


def snap_selection(text: str, start: int, end: int) -> tuple[int, int]:
    """A dragged selection [start, end) on whole words, without spaces at its ends.
    A drag inside one word gives that word; a selection of spaces only is kept."""
    start, end = max(0, min(start, end)), min(len(text), max(start, end))
    if start == end:
        return start, end
    s, e = _snap(text, start, is_end=False), _snap(text, end, is_end=True)
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if s >= e:  # less than half of one word: that whole word
        first, last = _word(text, start), _word(text, end - 1)
        s = first[0] if first is not None else start
        e = last[1] if last is not None else end
    return s, e


def extend_by_word(text: str, anchor: int, caret: int, *, forward: bool) -> tuple[int, int]:
    """(anchor, new caret): the caret moved to the end of the next word (forward) or
    the start of the previous one; a selection that keeps its anchor on the left
    ends at a word's end, never on the space after it."""
    n = len(text)
    position = caret
    if forward:
        while position < n and not is_word_char(text[position]):
            position += 1
        while position < n and is_word_char(text[position]):
            position += 1
    else:
        while position > 0 and not is_word_char(text[position - 1]):
            position -= 1
        while position > 0 and is_word_char(text[position - 1]):
            position -= 1
        if position > anchor:  # shrinking a selection: stop at the end of the word before
            while position > anchor and not is_word_char(text[position - 1]):
                position -= 1
    return anchor, position
