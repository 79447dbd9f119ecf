"""Word boundaries for span selection, in code points (no Qt).

A mouse drag rarely starts and ends exactly between words: "d Helix Robotics i"
for a drag over "Helix Robotics". :func:`snap_selection` moves each end to the
nearer boundary of the word it falls in and trims the spaces at the ends, so a
sloppy drag gives whole words ("Helix Robotics"), while a drag that covers part of
one word only still gives that word. :func:`word_at` is the word a double-click
selects; :func:`extend_by_word` is Ctrl+Shift+→ / ← from there. Combining marks
belong to their letter ("Zoë" written Zoe + U+0308 is one word) and an apostrophe
inside a word keeps it whole ("Dũng's").

Every end lands on a grapheme-cluster boundary (:mod:`.graphemes`): a selection
never splits "कि", an accented letter or an emoji ZWJ sequence. Scripts written
without spaces (Chinese, Japanese, Thai, Lao, Khmer, Myanmar) have no word
boundaries a rule without a dictionary could find, so there each grapheme cluster
is a word of its own: a drag keeps exactly the clusters it covers, a double-click
selects one cluster and Ctrl+Shift+→ extends by one. A run of Latin letters or
digits next to them ("AI模型") is still a word.

>>> text = "Nexa acquired Helix Robotics in Rotterdam."
>>> s, e = snap_selection(text, text.index("d Helix"), text.index("in R") + 1)
>>> text[s:e]
'Helix Robotics'
>>> text[slice(*word_at(text, text.index("Robotics") + 3))]
'Robotics'
>>> s, e = extend_by_word(text, text.index("Helix"), text.index("Helix") + 5, forward=True)
>>> text[s:e]
'Helix Robotics'
>>> thai = "ข่าวดีวันนี้"
>>> thai[slice(*snap_selection(thai, 1, 5))]  # 1: the tone mark of ข่; 5: inside ดี
'ข่าวดี'
>>> thai[slice(*word_at(thai, 0))]
'ข่'
"""

from __future__ import annotations

import unicodedata

from .graphemes import GraphemeIndex, index_of, is_spaceless

JOINERS = frozenset("'’_")


def is_word_char(char: str) -> bool:
    return char.isalnum() or char in JOINERS or unicodedata.category(char)[0] == "M"


def _joins(text: str, start: int) -> bool:
    """Whether the cluster starting at ``start`` is part of a spaced word."""
    return is_word_char(text[start]) and not is_spaceless(text[start])


def _word(text: str, index: int) -> tuple[int, int] | None:
    """The word holding the character at ``index`` (None for a space or a sign); in
    a script without spaces, the grapheme cluster holding it."""
    g = index_of(text)
    cluster = g.cluster_at(index)
    if cluster is None:
        return None
    if is_spaceless(text[cluster[0]]):
        return cluster
    if not _joins(text, cluster[0]):
        return None
    start, end = cluster
    while start > 0 and _joins(text, g.previous(start)):
        start = g.previous(start)
    while end < len(text) and _joins(text, end):
        end = g.next(end)
    # an apostrophe or underscore at an edge is punctuation, not part of the word
    while start < end and text[start] in JOINERS:
        start = g.next(start)
    while end > start and text[end - 1] in JOINERS:
        end = g.previous(end)
    return (start, end) if start < end else None


def word_at(text: str, index: int) -> tuple[int, int] | None:
    """The word a double-click on the character at ``index`` selects."""
    return _word(text, index)


def _snap(text: str, position: int, *, is_end: bool) -> int:
    """``position`` (between clusters) moved to the nearer edge of the word it cuts;
    halfway ("i" of "in"), the word is left out."""
    word = _word(text, position) if 0 < position < len(text) else None
    if word is None or not word[0] < position < word[1]:
        return position
    start, end = word
    if is_end:
        return end if end - position < position - start else start
    return start if position - start < end - position else end


def snap_selection(text: str, start: int, end: int) -> tuple[int, int]:
    """A dragged selection [start, end) on whole words (whole clusters in scripts
    without spaces), without spaces at its ends. A drag inside one word gives that
    word; a selection of spaces only is kept."""
    start, end = max(0, min(start, end)), min(len(text), max(start, end))
    g = index_of(text)
    if start == end:
        return g.floor(start), g.floor(start)
    start, end = g.snap(start, end)
    s, e = _snap(text, start, is_end=False), _snap(text, end, is_end=True)
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if s >= e:  # less than half of one word: that whole word
        first, last = _word(text, start), _word(text, g.previous(end))
        s = first[0] if first is not None else start
        e = last[1] if last is not None else end
    return g.snap(s, e)


def _step(g: GraphemeIndex, text: str, position: int, *, forward: bool) -> int:
    """The caret moved over one word (or one cluster of a script without spaces),
    skipping what is not a word before it."""
    n = len(text)

    def ahead(p: int) -> int:
        return p if forward else g.previous(p)  # the cluster the caret moves over next

    def move(p: int) -> int:
        return g.next(p) if forward else g.previous(p)

    def more(p: int) -> bool:
        return p < n if forward else p > 0

    while more(position) and not is_word_char(text[ahead(position)]):
        position = move(position)
    if more(position) and is_spaceless(text[ahead(position)]):
        return move(position)
    while more(position) and _joins(text, ahead(position)):
        position = move(position)
    return position


def extend_by_word(text: str, anchor: int, caret: int, *, forward: bool) -> tuple[int, int]:
    """(anchor, new caret): the caret moved to the end of the next word (forward) or
    the start of the previous one; a selection that keeps its anchor on the left
    ends at a word's end, never on the space after it."""
    g = index_of(text)
    anchor = g.floor(anchor) if anchor <= caret else g.ceil(anchor)
    position = _step(g, text, g.floor(caret) if forward else g.ceil(caret), forward=forward)
    if not forward and position > anchor:  # shrinking: stop at the end of the word before
        while position > anchor and not is_word_char(text[position - 1]):
            position = g.previous(position)
    return anchor, position
