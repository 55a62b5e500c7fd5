"""The shortcuts of the item outline's cell reading answer as the plain work does.

Each one (a cell that is its own body, a nil test skipped for a long text, a heading-row test
skipped for a marked or unlabelled cell) changes how much work is done, never what is found: on
every text document of the tests and examples, and on texts made for the edge of each, the
shortcut gives what the plain path gives.
"""

from __future__ import annotations

import pytest
from document_texts import file_texts, ingested_texts

from converter.extract.mechanisms import item_cells, item_outline
from converter.extract.mechanisms.item_cells import NIL, Cell, _markers, _sub, document_cells
from converter.extract.mechanisms.item_labels import may_be_concept, may_be_concept_or_name, may_name
from converter.extract.mechanisms.item_outline import find_items

_MADE = [
    # run-on labels and values: a name after a label of a name, after words that name none
    "Name of Company Example Shipping Co., Ltd.\nSECURITIES AND EXCHANGE COMMISSION\nInvestee Example Port Corp\n"
    "Paid-In Capital (won) 731,250,000,000\nCompany Name  Example Holdings\nAcquirer Example Steel Inc.\n",
    # lines opening or closing with blanks that ``str.strip`` drops and the line's span keeps
    "\u00a0Amount : KRW 5,000\n\u2003Paid-in capital (KRW)     731,250,000,000\u00a0\nDate\u00a0:\u00a0May 3, 2031\n",
    # nil values, alone, padded, in a table, and words that only begin like one
    "Par value : -\n  N/A  \n|None\n|해당사항 없음\n|\u00a0nil\u00a0\nNone of the above\nNAB 12\n-\n%\n",
    # markers alone, markers before words, a heading row of columns and a marked one
    "1.\nTotal amount\n- 5,000\n(a) Type : Common\n|Before\n|After\n1. Before  After\n구분   분할 전   분할 후\n",
    # ruled lines of a fixed-width table, and lines that only open like one
    "Item      Amount\n----------------\n==== ====\n- - -\n--- not a rule\n_____\nTotal     5,000\n",
    # a table cell of several lines, blank-led, and a Korean row between bars
    "|\n  Number of\n  shares\n|\n1. 신주의 종류와 수 | 보통주식 (주) | 4,000,000\n",
]
TEXTS = [*file_texts(), *ingested_texts(), *_MADE]


def _cells() -> list[Cell]:
    return [cell for text in TEXTS for cell, _ in document_cells(text)]


def test_a_cell_is_its_own_body_only_where_the_plain_cut_gives_it() -> None:
    own = 0
    for cell in _cells():
        pos = _markers(cell.text)[1]
        for at in {0, pos}:
            body = item_cells._body(cell, at)
            assert body == _sub(cell, at, len(cell.text)), (cell, at)
            own += body is cell
    assert own > 100  # the shortcut is taken


@pytest.mark.parametrize("text", [*sorted(NIL), " N/A ", "\u00a0-\u00a0", "NONE", "nil.", "İ", "none of them",
                                  "해당사항 없음 ", "-" * 20, " " * 20 + "na", "na" + " " * 20, ""])
def test_the_nil_test_answers_as_the_plain_one(text: str) -> None:
    assert item_cells.is_nil(text) == (text.strip().lower() in NIL)


@pytest.mark.parametrize("line", ["---", "===", "___", "- - -", "=-_ ", "--", "-- x", "x---", "---x", "\u2014\u2014\u2014",
                                  "- -\t-", "_=_=_", "1---", "", "   "])
def test_a_ruled_line_is_told_by_its_opening_as_by_the_pattern(line: str) -> None:
    body = line.strip()
    plain = not body or bool(item_cells._RULE.fullmatch(body))
    assert (not body or (body[0] in item_cells._RULE_OPENINGS and bool(item_cells._RULE.fullmatch(body)))) == plain


def test_every_cell_is_nil_as_the_plain_test_says() -> None:
    for cell in _cells():
        assert item_cells.is_nil(cell.text) == (cell.text.strip().lower() in NIL), cell


def test_a_name_is_looked_for_only_where_its_words_may_be() -> None:
    """Where no name's phrase can be in any label cut from a cell's words, ``may_name`` finds
    none in each such label (the first words of the cell, up to each blank)."""
    told = 0
    for cell in _cells():
        concept, name = may_be_concept_or_name(cell.text, ("@counterparty_name",))
        assert concept == may_be_concept(cell.text, ("@counterparty_name",))
        if name:
            continue
        for k, char in enumerate(cell.text):
            if char.isspace():
                assert not may_name(cell.text[:k]), cell.text
                told += 1
    assert told > 100


def _plain_header_cell(self: item_outline._Outline, piece: item_cells.Piece, marker: str) -> bool:
    """``_Outline._header_cell`` as it read before its early return."""
    cells = [piece.label, *piece.values] if piece.label else []
    if cells and item_cells.CORNER.fullmatch(cells[0].text) and len(cells) > 2:
        cells = cells[1:]
    if not marker and cells and (len(cells) > 1 or not piece.values) and all(
            item_outline.column_role(c.text) for c in cells):
        self.header += [item_outline.column_role(c.text) for c in cells]
        if len(self.header) > 1:
            self.columns = tuple(self.header)
        return True
    self.header = []
    return False


def test_the_outline_is_the_one_the_plain_reading_gives(monkeypatch: pytest.MonkeyPatch) -> None:
    fast = [find_items(text) for text in TEXTS]
    monkeypatch.setattr(item_cells, "_body", lambda cell, pos: _sub(cell, pos, len(cell.text)))
    monkeypatch.setattr(item_cells, "is_nil", lambda text: text.strip().lower() in NIL)
    monkeypatch.setattr(item_outline._Outline, "_header_cell", _plain_header_cell)
    monkeypatch.setattr(item_cells, "may_be_concept_or_name", lambda text, roles: (may_be_concept(text, roles), True))
    for text, items in zip(TEXTS, fast):
        assert find_items(text) == items, text[:120]
