"""Grapheme clusters and scripts written without spaces, in code points (no Qt).

A *grapheme cluster* is what a reader takes for one character: a letter with its
combining marks (Hindi "कि" is क + ि, two code points), a Devanagari conjunct
("स्ते", since Unicode 15.1), a flag (two regional indicators), an emoji ZWJ
sequence ("🧑‍💻" is three code points). A span never starts or ends inside one:
:meth:`GraphemeIndex.snap` widens a range to whole clusters. The boundaries are
Unicode's extended grapheme clusters (UAX #29) as the ``regex`` package's ``\\X``
finds them.

Span offsets stay Unicode code points (Python ``str`` indices, as Label Studio
counts text); only the places a selection may start and end are restricted.

>>> g = GraphemeIndex("a🧑‍💻b")
>>> g.boundaries
[0, 1, 4, 5]
>>> g.snap(2, 3)
(1, 4)
>>> clusters("किताब 🇳🇬")
['कि', 'ता', 'ब', ' ', '🇳🇬']
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import lru_cache

import regex

_CLUSTER = regex.compile(r"\X")
#: scripts written without spaces between words: a word there cannot be found
#: without a dictionary, so each grapheme cluster counts as a word of its own
_NO_SPACES = regex.compile(
    r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}\p{Tibetan}"
    r"\p{Bopomofo}\p{Yi}\u30fc\u3005]")


def clusters(text: str) -> list[str]:
    """``text`` cut into grapheme clusters."""
    return _CLUSTER.findall(text)


def is_spaceless(char: str) -> bool:
    """Whether ``char`` belongs to a script written without spaces between words
    (Chinese, Japanese kana, Thai, Lao, Khmer, Myanmar, Tibetan)."""
    return bool(_NO_SPACES.match(char))


class GraphemeIndex:
    """The cluster boundaries of one text, for snapping offsets to them."""

    def __init__(self, text: str) -> None:
        self.text = text
        bounds = [0]
        for match in _CLUSTER.finditer(text):
            bounds.append(match.end())
        self.boundaries: list[int] = bounds if text else [0]

    def is_boundary(self, offset: int) -> bool:
        i = bisect_left(self.boundaries, offset)
        return i < len(self.boundaries) and self.boundaries[i] == offset

    def floor(self, offset: int) -> int:
        """The last boundary at or before ``offset`` (clamped to the text)."""
        offset = max(0, min(offset, len(self.text)))
        return self.boundaries[bisect_right(self.boundaries, offset) - 1]

    def ceil(self, offset: int) -> int:
        """The first boundary at or after ``offset`` (clamped to the text)."""
        offset = max(0, min(offset, len(self.text)))
        return self.boundaries[bisect_left(self.boundaries, offset)]

    def snap(self, start: int, end: int) -> tuple[int, int]:
        """``[start, end)`` (either order) widened to whole clusters."""
        start, end = sorted((start, end))
        return self.floor(start), self.ceil(end)

    def cluster_at(self, offset: int) -> tuple[int, int] | None:
        """The cluster holding the code point at ``offset``, or None past the end."""
        if not 0 <= offset < len(self.text):
            return None
        i = bisect_right(self.boundaries, offset) - 1
        return self.boundaries[i], self.boundaries[i + 1]

    def next(self, offset: int) -> int:
        """The boundary after ``offset`` (the text's length at the end)."""
        i = bisect_right(self.boundaries, offset)
        return self.boundaries[i] if i < len(self.boundaries) else len(self.text)

    def previous(self, offset: int) -> int:
        """The boundary before ``offset`` (0 at the start)."""
        i = bisect_left(self.boundaries, offset) - 1
        return self.boundaries[i] if i >= 0 else 0


@lru_cache(maxsize=8)
def index_of(text: str) -> GraphemeIndex:
    """The (cached) :class:`GraphemeIndex` of ``text``: the pane asks for the same
    text's boundaries on every selection."""
    return GraphemeIndex(text)
