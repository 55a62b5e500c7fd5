"""The outline of labelled items in any document, from its layout alone.

The cells of the document and what each holds (a marker, a label, values, prose) are read by
``item_cells``; here they are nested the way outlines are written: ``2.`` continues the list
whose last item was ``1.``; a new ``1.``, ``(1)`` or bullet opens a list under the item before
it. Unmarked labels nest under the label before them until one takes a value. Before/After
heading cells name the columns of the values that follow.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple

from converter.extract.mechanisms.item_cells import CORNER, Cell, Piece, document_cells, is_label, is_value, read_cell
from converter.extract.mechanisms.item_labels import column_role, concept_row, names_a_company, qualifier_role
from converter.parse.dates import find_dates

_KOREAN_ORDER = "가나다라마바사아자차카타파하"


# an item number: "3.", "3)", "3-1."
_NUMBER_MARKER = re.compile(r"(\d+)(?:-(\d+))?([.)])")
_PAREN_NUMBER = re.compile(r"\((\d+)\)")  # "(3)"
_PAREN_ROMAN = re.compile(r"\(([ivx]+)\)")  # "(iii)"
_LETTER_MARKER = re.compile(r"\(?([a-zA-Z가-하])([.)])")  # "a.", "(b)", "가."


def _marker_kind(marker: str) -> tuple[str, int]:
    """(kind, ordinal) of a marker: ``("9.", 3)`` for ``3.``, ``("•", 0)`` for a bullet."""
    if m := _NUMBER_MARKER.fullmatch(marker):
        return ("9-" if m[2] else "9") + m[3], int(m[2] or m[1])
    if m := _PAREN_NUMBER.fullmatch(marker):
        return "(9)", int(m[1])
    if m := _PAREN_ROMAN.fullmatch(marker):
        return "(i)", ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x").index(m[1]) + 1
    if m := _LETTER_MARKER.fullmatch(marker):
        letter = m[1]
        number = _KOREAN_ORDER.find(letter) + 1 if letter in _KOREAN_ORDER else ord(letter.lower()) - 96
        kind = "가" if letter in _KOREAN_ORDER else ("A" if letter.isupper() else "a")
        return kind + marker[-1] + ("(" if marker.startswith("(") else ""), number
    if len(marker) == 1 and "\u2460" <= marker <= "\u2473":
        return "①", ord(marker) - 0x245F
    if marker.endswith("."):
        return "I.", ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X").index(marker[:-1]) + 1
    return marker, 0


# roles of the vocabulary whose value is words, which a table flattened one cell per line
# prints in the cell after the label
_TEXT_ROLES = ("@counterparty_name", "@acquirer", "@dividend_kind")
_NAMING_ROLES = ("@counterparty_name", "@investee_name", "@acquirer")  # labels of a name
_DASHES = ("-", "–", "—")  # a dash opening a line of a form's item: its value, set apart


class Item(NamedTuple):
    """A labelled item (or, with no label, a line of prose) and the items it sits under. (A
    named tuple, not a frozen dataclass: one per item of the outline, built at each reading.)"""

    index: int
    label: Cell | None
    values: tuple[Cell, ...]
    columns: tuple[str, ...]  # the column role of each value ("before", "after", ...), or ()
    marker: str
    parents: tuple[int, ...]  # indices of the enclosing items, outermost first


@dataclass
class _Node:
    label: Cell | None
    values: list[Cell]
    marker: str
    parent: int | None
    table: bool
    colon: bool = False
    columns: tuple[str, ...] = ()
    leaves: bool = False  # has unmarked leaf items under it


@dataclass
class _Open:
    kind: str  # marker kind; "" for an unmarked heading
    number: int
    node: int


class _OpenLists:
    """The stack of open headings, with where each kind (and kind and number) stands in it:
    a new marker asks for the innermost list of its kind, and scanning the whole stack for it
    made a long filing quadratic (a list that restarts at 1 opens under the item before, so a
    form repeated a thousand times is a thousand deep)."""

    def __init__(self) -> None:
        self.entries: list[_Open] = []
        self.of_kind: dict[str, list[int]] = {}
        self.of_number: dict[tuple[str, int], list[int]] = {}

    def __bool__(self) -> bool:
        return bool(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def __getitem__(self, i: int) -> _Open:
        return self.entries[i]

    def append(self, entry: _Open) -> None:
        self.of_kind.setdefault(entry.kind, []).append(len(self.entries))
        self.of_number.setdefault((entry.kind, entry.number), []).append(len(self.entries))
        self.entries.append(entry)

    def pop(self) -> _Open:
        entry = self.entries.pop()  # the top is the last of its kind's places
        self.of_kind[entry.kind].pop()
        self.of_number[(entry.kind, entry.number)].pop()
        return entry

    def cut(self, at: int) -> None:
        """Close every heading from place ``at`` up."""
        while len(self.entries) > at:
            self.pop()

    def drop_second(self) -> None:
        """Remove the heading under the top, both unmarked: the top takes its place, so the
        last place of their kind (the top's) is the one that goes."""
        del self.entries[-2]
        self.of_kind[""].pop()
        self.of_number[("", 0)].pop()

    def innermost(self, kind: str, number: int | None = None) -> int | None:
        """The place of the innermost open heading of ``kind`` (numbered ``number``, if given)."""
        places = self.of_kind.get(kind) if number is None else self.of_number.get((kind, number))
        return places[-1] if places else None


@dataclass
class _Outline:
    """Builds the item tree from the document's cells, one at a time."""

    text: str
    nodes: list[_Node] = field(default_factory=list)
    stack: _OpenLists = field(default_factory=_OpenLists)
    marker: str = ""  # a marker standing alone in its cell, for the next cell
    header: list[str] = field(default_factory=list)
    columns: tuple[str, ...] = ()
    open: int | None = None  # the node that takes the values that follow
    prev: int | None = None
    table: bool = False
    read_ahead: tuple[Cell, Piece] | None = None  # the next table cell, read to place this one's words

    def _read(self, cell: Cell, is_table: bool) -> Piece:
        """What ``cell`` holds, read once: a table cell read ahead is not read again."""
        ahead = self.read_ahead
        if ahead is not None and ahead[0] is cell and is_table:
            return ahead[1]
        return read_cell(cell, is_table)

    def feed(self, cell: Cell, is_table: bool, following: Cell | None = None) -> None:
        """Read one cell into the outline: a marker for the next cell, column headings, a line
        continuing the one before, a value of the open label, or a new item. ``following`` is
        the next cell of a table (a label cell's words are its value where no value follows)."""
        ahead = self.read_ahead  # (``_read``, inline: it runs for every cell)
        piece = ahead[1] if ahead is not None and ahead[0] is cell and is_table else read_cell(cell, is_table)
        if is_table != self.table:  # a table begins or ends: its values are not the item's before
            # (but a form flattened one cell per line prints a row's lone label between bars and
            # its value on the next line: "| 종료일 |" / "2020년 06월 17일"; "| 3. 계약목적 |" over its
            # words, where the label expects words)
            alone = piece.values if piece.label is None else not piece.values
            kept = self._lone_label_row(cell) if self.table and alone else None
            self.table, self.columns, self.header, self.open = is_table, (), [], kept
            if kept is not None and piece.label is not None and not self._takes(piece.label, piece.marker):
                self.open = None
        if piece.label is None and not piece.values and piece.prose is None:
            self.marker = piece.marker
            return
        marker, self.marker = piece.marker or self.marker, ""
        if self._header_cell(piece, marker):
            return
        if not marker and not is_table and (piece.label is None or not piece.values) and self._continues(
                piece.label or piece.prose or piece.values[0]):
            return
        if piece.subs:
            self._item(piece, marker)
            for sub in piece.subs:
                self._item(sub, "")
        elif piece.label is None:
            self._unlabelled(piece, marker)
        elif not piece.values and (self._takes(piece.label, marker) or self._cell_value(piece.label, marker, following)):
            self._add_value(piece.label)
        else:
            self._item(piece, marker)

    def _lone_label_row(self, cell: Cell) -> int | None:
        """The open label where it stood alone between bars on the line right before ``cell``
        ("| 종료일 |" over "2020년 06월 17일"): the value under it is its own, else None."""
        if self.open is None:
            return None
        node = self.nodes[self.open]
        if node.label is None or node.values:
            return None
        start = self.text.rfind("\n", 0, node.label.start) + 1
        end = self.text.find("\n", node.label.end)
        line = self.text[start:end].strip(" |\t").removeprefix(node.marker).strip()  # "1. 계약금액(원)": its number
        if end < 0 or self.text[end + 1:cell.start].strip() or line != node.label.text:
            return None
        return self.open

    def _header_cell(self, piece: Piece, marker: str) -> bool:
        """Before/After column headings, as cells of their own or one fixed-width line."""
        if marker or piece.label is None:  # (no heading row: the test below fails on these)
            self.header = []
            return False
        cells = [piece.label, *piece.values]
        if cells and CORNER.fullmatch(cells[0].text) and len(cells) > 2:
            cells = cells[1:]  # "구분": the heading row's corner, over the labels
        # the roles are read only where the cells may be a heading row, up to the first that is none
        if not marker and cells and (len(cells) > 1 or not piece.values) and all(column_role(c.text) for c in cells):
            self.header += [column_role(c.text) for c in cells]
            if len(self.header) > 1:
                self.columns = tuple(self.header)
            return True
        self.header = []
        return False

    def _unlabelled(self, piece: Piece, marker: str) -> None:
        """Values go to the label before them; prose is that label's value where it expects one."""
        if piece.values:
            if self.open is not None:
                for value in piece.values:
                    self._add_value(value)
            return
        prose = piece.prose
        if prose is None:
            return
        node = self.nodes[self.open] if self.open is not None else None
        row = concept_row(node.label.text) if node is not None and node.label is not None else None
        takes_prose = row is not None and row.kind in ("name", "text", "ratio", "split")
        if node is not None and not node.values and (node.colon or takes_prose):
            self._add_value(prose)
        else:
            self._new(_Node(None, [prose], marker, self._top(), self.table), marker, push=bool(marker))

    def _continues(self, prose: Cell | None) -> bool:
        """A line that goes on with the previous item's value or prose."""
        if prose is None or self.prev is None or self.nodes[self.prev].table:
            return False
        node = self.nodes[self.prev]
        if not node.values:
            if node.label is None or not prose.text[0].islower():
                return False
            node.label = Cell(self.text[node.label.start:prose.end].replace("\n", " "), node.label.start, prose.end)
            return True  # a heading wrapped onto the next line
        head = node.label or node.values[0]
        first = prose.text[0]  # (the line's own words first: its indent is measured only if they do not tell)
        if not (first.islower() or first in "(（[“\"'" or self._column(prose.start) > self._column(head.start) + 1
                or not is_label(prose.text)):
            return False
        last = node.values[-1]
        node.values[-1] = Cell(self.text[last.start:prose.end].replace("\n", " "), last.start, prose.end)
        return True

    def _column(self, offset: int) -> int:
        return offset - self.text.rfind("\n", 0, offset) - 1

    def _takes(self, label: Cell, marker: str) -> bool:
        """An unmarked short cell right after a label that expects it is that label's value; so
        is a date on a dash line under a date's label ("6. Scheduled Date of the Meeting" /
        "- December 16, 2004"), where a dash marks the one value, not a sub-item."""
        if (marker and marker not in _DASHES) or self.open is None:
            return False
        node = self.nodes[self.open]
        if node.values or node.label is None:
            return False
        row = concept_row(node.label.text, _TEXT_ROLES + _NAMING_ROLES)  # '회사명' | '주식회사 다솜에너지'
        if marker:
            return row is not None and row.kind == "date" and bool(find_dates(label.text)) and is_value(label.text)
        return node.colon or (row is not None and row.kind in ("name", "text"))

    def _cell_value(self, words: Cell, marker: str, following: Cell | None) -> bool:
        """In a table of label and value cells ("|Nationality |Republic of Korea |Representative
        |..."), words after a label that took no value are its value, unless they are a label of
        the vocabulary or a value follows them (then they label it: "|Shareholding after the
        acquisition |Number of shares held |1,224,000")."""
        if not self.table or marker or self.open is None:
            return False
        node = self.nodes[self.open]
        if node.values or node.label is None or not node.table or names_a_company(node.label.text):
            return False
        if concept_row(words.text, _NAMING_ROLES) is not None or column_role(words.text):
            return False
        if following is None:
            return True
        nxt = self._read(following, True)
        self.read_ahead = (following, nxt)
        if nxt.label is not None and not nxt.marker and qualifier_role(nxt.label.text):
            return False  # "|Number of Shares Directly Held |Common Shares |95,400": a heading over a class
        return not (nxt.values and nxt.label is None and not nxt.marker)

    def _add_value(self, value: Cell) -> None:
        if self.open is None:
            return
        node = self.nodes[self.open]
        if value.text in ("%", "％") and node.values:
            last = node.values[-1]
            node.values[-1] = Cell(last.text + "%", last.start, value.end)
            return
        if not node.values and not node.marker and self.stack and self.stack[-1].node == self.open:
            self.stack.pop()  # an unmarked label with a value is a leaf, not a heading
            parent = node.parent
            if parent is not None:
                self.nodes[parent].leaves = True
        node.values.append(value)
        node.columns = self.columns
        self.prev = self.open

    def _item(self, piece: Piece, marker: str) -> None:
        node = _Node(piece.label, list(piece.values), marker, None, self.table, piece.colon, self.columns)
        if not marker and piece.values:
            node.parent = self._top()
            if node.parent is not None and not self.nodes[node.parent].marker:
                self.nodes[node.parent].leaves = True
            self._new(node, marker, push=False)
            return
        self._new(node, marker, push=True)

    def _new(self, node: _Node, marker: str, push: bool) -> None:
        index = len(self.nodes)
        if push:
            node.parent = self._place(marker)
            self.stack.append(_Open(*(_marker_kind(marker) if marker else ("", 0)), index))
        self.nodes.append(node)
        self.open = index if node.label is not None else None
        self.prev = index

    def _top(self) -> int | None:
        entries = self.stack.entries
        return entries[-1].node if entries else None

    def _place(self, marker: str) -> int | None:
        """The parent of a new heading: a marker continues the list of its kind whose last
        number is one less (or any list of its kind for a bullet), else opens a list under the
        innermost item; an unmarked heading follows an unmarked heading that has leaves."""
        if not marker:
            top = self.stack[-1] if self.stack else None
            if top and not top.kind and top.node == self.open and not self.nodes[top.node].values:
                # the label before took no value, so it heads what follows; under a heading
                # whose labels took values, it is that heading's sibling
                if len(self.stack) > 1 and not self.stack[-2].kind and self.nodes[self.stack[-2].node].leaves:
                    self.stack.drop_second()
                    self.nodes[top.node].parent = self.stack[-2].node if len(self.stack) > 1 else None
            return self._top()
        kind, number = _marker_kind(marker)
        same = self.stack.innermost(kind)
        follows = same if number == 0 else self.stack.innermost(kind, number - 1)
        if follows is not None or (same is not None and number != 1):
            self.stack.cut(follows if follows is not None else same)  # type: ignore[arg-type]
        return self._top()

    def items(self) -> tuple[Item, ...]:
        out: list[Item] = []
        chains: list[tuple[int, ...]] = []  # each node's parents, the nearest 12, outermost first
        for i, node in enumerate(self.nodes):
            parent = node.parent  # (always an earlier node: its chain is known)
            parents = () if parent is None else (chains[parent] + (parent,))[-12:]
            chains.append(parents)
            columns = node.columns if len(node.columns) == len(node.values) else ()
            out.append(Item(i, node.label, tuple(node.values), columns, node.marker, parents))
        return tuple(out)


def find_items(text: str) -> tuple[Item, ...]:
    """The labelled items of ``text`` in order, each with the items it sits under.

    >>> items = find_items("2. Total issuing amount\\n   - Foreign Currency : JPY 1,200 Million\\n3. Coupon Rate : 0%")
    >>> [(i.label.text, [v.text for v in i.values], i.parents) for i in items]
    [('Total issuing amount', [], ()), ('Foreign Currency', ['JPY 1,200 Million'], (0,)), ('Coupon Rate', ['0%'], ())]
    """
    outline = _Outline(text)
    cells = document_cells(text)
    for i, (cell, is_table) in enumerate(cells):
        following = cells[i + 1][0] if i + 1 < len(cells) and cells[i + 1][1] else None
        outline.feed(cell, is_table, following)
    return outline.items()


