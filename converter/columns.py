"""How wide a character is on the fixed-width terminal or printer a filing was typed for.

East Asian wide and full-width characters (Hangul, Han, kana, full-width forms) take two
columns, every other character one. Source: Unicode Standard Annex #11, East Asian Width
(properties W and F), through ``unicodedata``.
"""

from __future__ import annotations

import unicodedata


def char_columns(ch: str) -> int:
    """Columns ``ch`` takes: two for an East Asian wide or full-width character, else one.

    >>> [char_columns(c) for c in "A한１"]
    [1, 2, 2]
    """
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1


def text_columns(text: str) -> int:
    """Columns ``text`` takes on one line (a tab counts as one: callers expand tabs first).

    >>> text_columns("매출액 12")
    9
    """
    return sum(char_columns(ch) for ch in text)
