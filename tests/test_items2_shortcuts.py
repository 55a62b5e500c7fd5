"""Shortcuts of the table, labelled-item and signature readers (issue 17, second round) answer
as the plain reading does, on every line of the test and example documents and at the edges:

- ``table_grid._display_columns`` sums a line's character widths with ``accumulate`` over a
  memo of ``char_columns`` (``_WIDTHS``) instead of a loop of Python per character.

The plain reading is written out here as it stood before each shortcut.
"""

from __future__ import annotations

import pytest
from document_texts import file_texts, ingested_texts

from converter.columns import char_columns
from converter.extract.mechanisms import table_grid

# -- display columns ----------------------------------------------------------------------------

_LINE_EDGES = [
    "", "a", "\t", "매출액   1,234", "売　上　高   12", "“Quoted”  12.5%", "Ａ１２", "\u3000", "x\u0301y",
    "é\tè", "한\t글", "\ud55c" * 50, "mixed 한 and ascii\u00a0 — ", "\U0001F600 wide?", "ｶﾀｶﾅ half width",
]


def _plain_display_columns(text: str) -> list[int] | range:
    """``_display_columns`` as written before the shortcut: each character in turn."""
    if "\t" not in text and text.isascii():
        return range(len(text) + 1)
    column = [0]
    for ch in text:
        here = column[-1]
        column.append(here + 8 - here % 8 if ch == "\t" else here + char_columns(ch))
    return column


def _lines() -> list[str]:
    return [*_LINE_EDGES, *(line for text in (*ingested_texts(), *file_texts()) for line in text.split("\n"))]


def test_display_columns_are_the_plain_sums() -> None:
    wide = 0
    for line in _lines():
        assert list(table_grid._display_columns(line)) == list(_plain_display_columns(line)), line[:80]
        wide += not line.isascii() and "\t" not in line
    assert wide >= 100  # the shortcut's lines: else this proves little


@pytest.mark.parametrize("text", ["한글", "“x”", "Ａ"])
def test_display_columns_count_wide_characters_twice(text: str) -> None:
    columns = table_grid._display_columns(text)
    assert columns[-1] == sum(char_columns(ch) for ch in text)
    assert len(columns) == len(text) + 1
