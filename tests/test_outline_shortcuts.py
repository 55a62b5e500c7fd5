"""The shortcuts of the item outline answer as the plain work does.

Each one (a line read as one part where no wide gap splits it, a node's parents taken from its
parent's, a line's offsets without property calls, a remembered column role) changes how much
work is done, never what is found: on every text document of the tests and examples, and on a
few made for the edge of each, the shortcut gives what the plain path gives.
"""

from __future__ import annotations

import re

import pytest
from document_texts import file_texts

from converter.extract.mechanisms import item_cells, item_labels
from converter.extract.mechanisms.item_outline import _Outline, find_items
from converter.extract.mechanisms.lines import split_lines

_MADE = [
    # fixed-width rows (wide gaps, tabs), lines of one part, a Korean row between bars
    "Number of Shares   Common Shares   1,500,000\nOther Shares   -\nType of Dividend      Year-end dividend\n"
    "Paid-In Capital (won) 731,250,000,000\n배당구분    결산배당\n1. 신주의 종류와 수 | 보통주식 (주) | 4,000,000\n"
    "Label\t\t\tvalue 12,000\n  two  spaces  only  here 1,000\n\t indented\t \n",
    # a list restarting at 1 under the item before, deeper than the 12 parents an item keeps
    "".join(f"{'  ' * k}1. Heading number {k}\n" for k in range(16)) + "   - Amount : KRW 5,000 million\n",
    # headings, wrapped labels and a table's cells
    "|Before\n|After\n|\nPaid-in capital (KRW)\n|5,000,000\n|2,500,000\nDetails of the\n company invested\n",
]


def _texts() -> list[str]:
    return [*file_texts(), *_MADE]


TEXTS = _texts()


def _plain_parents(outline: _Outline, i: int) -> tuple[int, ...]:
    """The parents of node ``i`` walked up one at a time, as the outline read them before."""
    parents: list[int] = []
    parent = outline.nodes[i].parent
    while parent is not None and len(parents) < 12:
        parents.insert(0, parent)
        parent = outline.nodes[parent].parent
    return tuple(parents)


def _outline(text: str) -> _Outline:
    outline = _Outline(text)
    cells = item_cells.document_cells(text)
    for i, (cell, is_table) in enumerate(cells):
        following = cells[i + 1][0] if i + 1 < len(cells) and cells[i + 1][1] else None
        outline.feed(cell, is_table, following)
    return outline


def test_parents_are_those_walked_up_one_at_a_time() -> None:
    deepest = 0
    for text in TEXTS:
        outline = _outline(text)
        items = outline.items()
        for item in items:
            assert item.parents == _plain_parents(outline, item.index)
            deepest = max(deepest, len(item.parents))
        assert items == find_items(text)
    assert deepest == 12  # the made list is deeper than an item keeps


def test_a_line_without_a_wide_gap_is_one_part() -> None:
    for text in TEXTS:
        for cell, is_table in item_cells.document_cells(text):
            if not is_table and not item_cells._WIDE_GAP_RUN.search(cell.text):
                assert len(list(item_cells._WORDS_ONE_OR_TWO_SPACES_APART.finditer(cell.text))) <= 1, cell.text


def test_cells_read_as_with_every_line_split_into_parts(monkeypatch: pytest.MonkeyPatch) -> None:
    cells = [c for text in TEXTS for c in item_cells.document_cells(text)]
    fast = [item_cells.read_cell(cell, is_table) for cell, is_table in cells]
    monkeypatch.setattr(item_cells, "_WIDE_GAP_RUN", re.compile(""))  # every line split, as before
    assert fast == [item_cells.read_cell(cell, is_table) for cell, is_table in cells]
    assert any(p.subs for p in fast) and any(p.label and p.values for p in fast)


def test_a_line_cell_lies_where_its_line_content_does() -> None:
    for text in TEXTS:
        starts = {line.content_start: line for line in split_lines(text) if not line.blank}
        for cell, is_table in item_cells.document_cells(text):
            if not is_table:
                line = starts[cell.start]
                assert (cell.text, cell.end) == (line.stripped, line.content_end)
    assert item_cells._KO_BARRED.search("1. 신주의 종류와 수  보통주식") is None  # a row needs its bar


def test_a_remembered_column_role_is_the_role_read_afresh() -> None:
    texts = {c.text for text in TEXTS for c, _ in item_cells.document_cells(text)}
    texts |= {"Before", "After Amendment", "감자후", "Before the Change in Capital", ""}
    roles = {t: item_labels.column_role.__wrapped__(t) for t in texts}
    assert all(item_labels.column_role(t) == role for t, role in roles.items())
    assert {"before", "after"} <= set(roles.values())


def test_a_table_cell_read_ahead_is_read_once_and_as_afresh(monkeypatch: pytest.MonkeyPatch) -> None:
    from converter.extract.mechanisms import item_outline

    fast = [find_items(text) for text in TEXTS]
    calls = []
    plain = item_cells.read_cell

    def counted(cell: item_cells.Cell, is_table: bool) -> item_cells.Piece:
        calls.append(cell)
        return plain(cell, is_table)

    monkeypatch.setattr(item_outline, "read_cell", counted)
    cells = 0
    for text in TEXTS:
        cells += len(item_cells.document_cells(text))
        find_items(text)
    assert len(calls) == cells  # each cell read once, a cell read ahead too
    monkeypatch.setattr(item_outline._Outline, "_read", lambda self, cell, is_table: plain(cell, is_table))
    assert fast == [find_items(text) for text in TEXTS]  # as when every cell is read afresh
