"""Splitting text into tokens on whitespace and punctuation, with code-point offsets.

A token is a run of letters, digits and underscores (combining marks, emoji
modifiers and zero-width joiners stay with the character before them), or one
other visible character (punctuation, a symbol, an emoji with its modifiers).
In scripts written without spaces (Chinese, Japanese kana, Thai, Lao, Khmer,
Myanmar: :func:`..graphemes.is_spaceless`) each grapheme cluster is a token, as in
the character-level CoNLL files of Chinese NER (MSRA, Weibo): words there cannot
be found without a dictionary, and a span may start at any character.
Offsets index code points, like DataFi's spans.

>>> [(t.text, t.start, t.end) for t in tokenize("Dr. Zoë 👩🏽‍🔬!")]
[('Dr', 0, 2), ('.', 2, 3), ('Zoë', 4, 7), ('👩🏽\u200d🔬', 8, 12), ('!', 12, 13)]
>>> [t.text for t in tokenize("AI模型在深圳")]
['AI', '模', '型', '在', '深', '圳']
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from ..graphemes import is_spaceless

ZWJ = "\u200d"


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int


def _is_word(ch: str) -> bool:
    return ch == "_" or unicodedata.category(ch)[0] in ("L", "N")


def _is_attached(ch: str) -> bool:
    """Characters that never start a token: marks, variation selectors, skin tones."""
    code = ord(ch)
    return (unicodedata.category(ch)[0] == "M" or 0xFE00 <= code <= 0xFE0F
            or 0x1F3FB <= code <= 0x1F3FF or 0xE0020 <= code <= 0xE007F)


def tokenize(text: str) -> list[Token]:
    tokens: list[Token] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch.isspace():
            i += 1
            continue
        start = i
        spaceless = is_spaceless(ch)
        word = _is_word(ch) and not spaceless
        i += 1
        while i < n:
            nxt = text[i]
            if _is_attached(nxt):
                i += 1
            elif nxt == ZWJ and i + 1 < n and not text[i + 1].isspace():
                i += 2
            elif word and _is_word(nxt) and not is_spaceless(nxt):
                i += 1
            else:
                break
        tokens.append(Token(text[start:i], start, i))
    return tokens
