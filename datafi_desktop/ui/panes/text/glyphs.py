"""Finding the characters of a text that no installed font can draw.

Qt falls back from the widget's font to any installed font that has a glyph;
when none has one, it draws the font's ``.notdef`` glyph (glyph index 0: an
empty box) without a word. :func:`missing_characters` lays the text out the way
the view does, looks for glyph 0 in the glyph runs (so fallback fonts count),
and only then checks the characters one by one to name them. Only the text's
distinct characters are laid out, so a long text costs what its alphabet does. Arabic,
Devanagari, Thai and CJK need the Noto fonts (``fonts-noto-core``,
``fonts-noto-cjk``: ``scripts/system_deps.sh``).
"""

from __future__ import annotations

import logging
import unicodedata

from PySide6.QtCore import QObject
from PySide6.QtGui import QFont, QTextLayout

log = logging.getLogger(__name__)

#: characters already reported in this session (reported once, not per task)
_reported: set[str] = set()
#: at most this many distinct characters are checked one by one
MAX_DISTINCT = 4000
_INVISIBLE = frozenset(("Cc", "Cf", "Cs", "Zs", "Zl", "Zp"))


def _has_notdef(text: str, font: QFont) -> bool:
    layout = QTextLayout(text, font)
    layout.beginLayout()
    line = layout.createLine()
    while line.isValid():
        line.setLineWidth(1e7)
        line = layout.createLine()
    layout.endLayout()
    return any(0 in run.glyphIndexes() for run in layout.glyphRuns())


def missing_characters(text: str, font: QFont) -> list[str]:
    """The distinct visible characters of ``text`` that would show as boxes, in the
    order they first appear."""
    distinct = "".join(dict.fromkeys(text))[:MAX_DISTINCT]  # a long text: its alphabet
    if not distinct or not _has_notdef(distinct, font):
        return []
    missing: list[str] = []
    for char in distinct:
        if unicodedata.category(char) in _INVISIBLE or unicodedata.category(char)[0] == "M":
            continue
        if _has_notdef(char, font):
            missing.append(char)
    return missing


def report_missing(text: str, font: QFont) -> str | None:
    """A message naming the characters of ``text`` no font can draw, the first time
    they are met in this session (logged too); None when all can be drawn or they
    were reported already."""
    new = [c for c in missing_characters(text, font) if c not in _reported]
    if not new:
        return None
    _reported.update(new)
    names = ", ".join(f"U+{ord(c):04X}" for c in new[:6]) + ("…" if len(new) > 6 else "")
    log.warning("no installed font draws %d character(s) of the text shown: %s",
                len(new), names)
    return GlyphWords().missing(len(new)).format(codes=names)


class GlyphWords(QObject):
    """``self.tr`` so that ``pyside6-lupdate`` extracts the plural (context ``GlyphWords``)."""

    def missing(self, n: int) -> str:
        return self.tr("%n character(s) of this text cannot be shown: no installed font has "
                       "them ({codes}). Install the Noto fonts (fonts-noto-core, "
                       "fonts-noto-cjk).", "", n)


def forget_reported() -> None:
    """For tests: report every character again."""
    _reported.clear()
