"""The outline of labelled items in any document, from its layout alone.

A document is read as cells: its lines, except that a line opening with ``|`` (a table flattened
into text) starts a cell that a bare ``|`` continues on the next short lines. Each cell holds an
item marker (``1.``, ``(1)``, ``a.``, ``가.``, ``①``, ``•``, ``-``, ``※``), a label and values
(``Label : value``, ``Label      value      value``, ``Paid-In Capital (won) 731,250,000,000``),
a label alone (its value follows in the next cell, or items follow under it), a value alone, or
prose. Markers nest the way outlines are written: ``2.`` continues the list whose last item was
``1.``; a new ``1.``, ``(1)`` or bullet opens a list under the item before it. Unmarked labels nest
under the label before them until one takes a value. Before/After heading cells name the columns
of the values that follow.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from converter.extract.mechanisms.lines import split_lines
from converter.parse.dates import find_dates
from converter.extract.mechanisms.item_labels import (
    column_role,
    concept_row,
    label_key,
    names_a_company,
    qualifier_role,
    uncertain_pattern,
)

@dataclass(frozen=True)
class Cell:
    """A run of the document text (line breaks read as spaces) and where it lies."""

    text: str
    start: int
    end: int


_MARKER = re.compile(
    r"""(?P<marker>
          \d{1,2}(?:-\d{1,2})?[.)](?![\d,])        # 1.  1)  1-1.
        | \(\d{1,2}\)                              # (1)
        | \((?:i|ii|iii|iv|v|vi|vii|viii|ix|x)\)       # (i)  (ii): Roman, before the letters
        | [a-zA-Z][.)](?=\s|$)                     # a.  b)  A.
        | \([a-zA-Z]\)                             # (a)
        | [가-하][.)]                               # 가.  나)
        | \([가-하]\)                               # (가)
        | [\u2460-\u2473]                          # circled numbers
        | (?:I|II|III|IV|V|VI|VII|VIII|IX|X)\.(?=\s)   # Roman numerals
        | [•·▪■□◦○●▶►※*o\-–—](?=\s|$)                # bullets
        )[ \t]*""",
    re.VERBOSE,
)
_RULE = re.compile(r"[-=_\s]{3,}")  # a ruled line of a fixed-width table
NIL = frozenset({"-", "–", "—", "n/a", "na", "none", "nil", "해당없음", "해당사항 없음", "없음", "%"})
_KOREAN_ORDER = "가나다라마바사아자차카타파하"


def _markers(text: str) -> tuple[str, int]:
    """The leading item markers of ``text`` (the first one places the item in the outline) and
    where its body starts: ``*   - TOTAL ...`` has two."""
    first, pos = "", 0
    while (m := _MARKER.match(text, pos)) and m.end() > pos:
        if _ECHO.match(m["marker"]) and re.match(r"[a-z]", text[m.end():m.end() + 1]):
            break  # "(1) share on ...": a figure repeated in words wrapped onto the line, not an item
        first = first or m["marker"]
        pos = m.end()
    return first, pos


_ECHO = re.compile(r"\(\d{1,2}\)$|\d{1,2}\.$")


# an item number: "3.", "3)", "3-1."
_NUMBER_MARKER = re.compile(r"(\d+)(?:-(\d+))?([.)])")


def _marker_kind(marker: str) -> tuple[str, int]:
    """(kind, ordinal) of a marker: ``("9.", 3)`` for ``3.``, ``("•", 0)`` for a bullet."""
    if m := _NUMBER_MARKER.fullmatch(marker):
        return ("9-" if m[2] else "9") + m[3], int(m[2] or m[1])
    if m := re.fullmatch(r"\((\d+)\)", marker):
        return "(9)", int(m[1])
    if m := re.fullmatch(r"\(([ivx]+)\)", marker):
        return "(i)", ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x").index(m[1]) + 1
    if m := re.fullmatch(r"\(?([a-zA-Z가-하])([.)])", marker):
        letter = m[1]
        number = _KOREAN_ORDER.find(letter) + 1 if letter in _KOREAN_ORDER else ord(letter.lower()) - 96
        kind = "가" if letter in _KOREAN_ORDER else ("A" if letter.isupper() else "a")
        return kind + marker[-1] + ("(" if marker.startswith("(") else ""), number
    if len(marker) == 1 and "\u2460" <= marker <= "\u2473":
        return "①", ord(marker) - 0x245F
    if marker.endswith("."):
        return "I.", ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X").index(marker[:-1]) + 1
    return marker, 0


def _cells(text: str) -> list[tuple[Cell, bool]]:
    """The document as (cell, is a table cell) pairs: each non-blank line, except that a line
    opening with ``|`` starts a table cell, which a bare ``|`` continues on the next lines."""
    lines, out, i = split_lines(text), [], 0
    while i < len(lines):
        line = lines[i]
        body = line.stripped
        if not body or _RULE.fullmatch(body):
            i += 1
            continue
        if not body.startswith("|"):
            if _KO_BARRED.search(body):  # "1. 신주의 종류와 수 | 보통주식 (주) | 4,000,000": a row, one cell per bar
                out += [(c, True) for c in _split_bars(line.text, line.start)]
            else:
                out.append((Cell(body, line.content_start, line.content_end), False))
            i += 1
            continue
        if body.strip("| \t"):
            out += [(c, True) for c in _split_bars(line.text, line.start)]
            i += 1
            continue
        j = i + 1  # the cell's lines: the first, then short ones (a long line is a paragraph)
        while (j < len(lines) and j - i <= 8 and not lines[j].blank and not lines[j].stripped.startswith("|")
               and (j == i + 1 or max(len(lines[j].stripped), len(lines[j - 1].stripped)) <= 60)):
            j += 1
        if j > i + 1:
            start, end = lines[i + 1].content_start, lines[j - 1].content_end
            out.append((Cell(text[start:end].replace("\n", " "), start, end), True))
        i = j
    return out


# a Korean form's row printed on one line, its cells between bars
_KO_BARRED = re.compile(r"[가-힣][^|\n]*\s\|\s+\S")


def _split_bars(line: str, offset: int) -> list[Cell]:
    cells = []
    for m in re.finditer(r"[^|]+", line):
        stripped = m.group(0).strip()
        if stripped:
            start = offset + m.start() + m.group(0).find(stripped)
            cells.append(Cell(stripped, start, start + len(stripped)))
    return cells


# -- what a cell holds -----------------------------------------------------------------------------


_VALUE_NOISE = re.compile(
    r"""(?i:\b(?:approx(?:imately|\.)?|about|shares?|won|krw|us\$|usd|jpy|twd|yen|million|billion|
                trillion|thousand|common|preferred|stocks?|per|at|a\.m\.|p\.m\.)(?![A-Za-z]))
      | [\d.,%()~\-–/:;=₩$¥*]+(?:\s?[주원억만조천백년월일]+(?![가-힣]))?   # figures, dates, signs and
                                                  # separators, with the Korean units or date words after them
      """,
    re.VERBOSE,
)


# roles of the vocabulary whose value is words, which a table flattened one cell per line
# prints in the cell after the label
_TEXT_ROLES = ("@counterparty_name", "@acquirer", "@dividend_kind")


# a digit
_DIGIT = re.compile(r"\d")


def is_value(text: str) -> bool:
    """A cell that is a value rather than a label: a figure, amount, percentage or date with at
    most two further words, a dash or 'N/A', or words saying the value is not decided yet."""
    text = text.strip()
    if text.lower() in NIL or (len(text) <= 80 and uncertain_pattern().search(text)):
        return True
    if len(text) > 60 or not _DIGIT.search(text):
        return False
    return len(_VALUE_NOISE.sub(" ", text).split()) <= 2


# Korean prose, not a label: a verb in the past tense ("결의했으며", "늘었다"), or several words
# ending in a particle of a clause's subject or object ("... 배당금 총액은")
_KO_CLAUSE = re.compile(r"[가-힣]*(?:했|였|됐|었|았)[가-힣]*|^(?:\S+\s+){3,}\S*[가-힣][은는을를]$")


# a full stop inside or at the end: a sentence, not a label ...
_SENTENCE_STOP = re.compile(r"[.;!?]\s+\S|[.;!?]$")
# ... unless the stop ends an abbreviation
_ABBREVIATION_AT_END = re.compile(r"\b(?:No|Co|Ltd|Inc|Corp)\.$")
# a figure (decimals, grouped thousands, five digits or more), not a year or an ordinal
_FIGURE_NOT_YEAR = re.compile(r"\d[\d,]*\.\d|\d{1,3}(?:,\d{3})+|\d{5,}")
# a letter of any script
_LETTER = re.compile(r"[^\W\d_]")


def is_label(text: str) -> bool:
    """Words that can be a label: short, with a letter, and no figure but a year or an ordinal."""
    if len(text) > 300:
        return False
    key = label_key(text)
    counted = _without_as_of_date(key)  # "Total number of outstanding shares of the Company as of April 7, 2009"
    if not key or len(key) > 120 or len(counted) > 100 or len(counted.split()) > 10 or not _LETTER.search(key):
        return False
    if _FIGURE_NOT_YEAR.search(key):
        return False
    if _KO_CLAUSE.search(key):
        return False  # "청운반도체는 ... 결의했으며 배당금 총액은" / "481억원이다.": a sentence, wrapped
    return not _SENTENCE_STOP.search(key) or bool(_ABBREVIATION_AT_END.search(key))


# an "as of <date>" ending a label
_AS_OF_AT_END = re.compile(r"\s+as\s+(?:of|at)\s+(\S.{0,25})$")


def _without_as_of_date(key: str) -> str:
    """A label without the "as of <date>" that ends it, the date alone after it."""
    m = _AS_OF_AT_END.search(key)
    dates = find_dates(m[1]) if m else []
    return key[:m.start()] if m and len(dates) == 1 and dates[0].start == 0 and dates[0].end == len(m[1]) else key


_NAME_WORD = r"(?:[A-Z&][\w&.,'’-]*|of|and|the|[가-힣()㈜]+)"
_NAME_WORDS = re.compile(rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,6}}")  # a company's name: capitalised words


@dataclass(frozen=True)
class _Piece:
    """A cell read: its marker, and a label, values or prose."""

    marker: str
    label: Cell | None
    values: tuple[Cell, ...]
    prose: Cell | None
    colon: bool  # the label ends with a colon: what follows it is its value
    subs: tuple["_Piece", ...] = ()  # items the cell goes on with: a qualifier column's under its label
    # ("Number of Shares   Common Shares   1,500"), the next pairs of "a:1; b:2" after the first


def _sub(cell: Cell, start: int, end: int) -> Cell:
    text = cell.text[start:end]
    lead = len(text) - len(text.lstrip())
    text = text.strip()
    return Cell(text, cell.start + start + lead, cell.start + start + lead + len(text))


# the parts of a line, split where three spaces or more stand between words
_WORDS_ONE_OR_TWO_SPACES_APART = re.compile(r"\S+(?:\s{1,2}\S+)*")
# a label ended by a colon (full width too)
_LABEL_AND_COLON = re.compile(r"([^:：]{1,100}?)\s*[:：]\s*")


def _read_cell(cell: Cell, is_table: bool) -> _Piece:
    if cell.text.strip().lower() in NIL:
        return _Piece("", None, (cell,), None, False)
    marker, pos = _markers(cell.text)
    body = _sub(cell, pos, len(cell.text))
    if not body.text:
        return _Piece(marker, None, (), None, False)
    m = _LABEL_AND_COLON.match(body.text)
    if m and is_label(m[1]):
        pairs = _pairs(body)
        if pairs:
            return replace(pairs[0], marker=marker, subs=pairs[1:])
        rest = _sub(body, m.end(), len(body.text))
        return _Piece(marker, _sub(body, 0, len(m[1])), (rest,) if rest.text else (), None, not rest.text)
    parts = [p for p in _WORDS_ONE_OR_TWO_SPACES_APART.finditer(body.text)] if not is_table else []
    if (len(parts) >= 3 and is_label(parts[0].group(0)) and qualifier_role(parts[1].group(0))
            and all(is_value(p.group(0)) for p in parts[2:])):
        # a fixed-width form: "Number of Shares   Common Shares   1,500,000", the label over its
        # qualifier's row, as the next lines print "Other Shares   -" under it
        sub = _Piece("", _sub(body, parts[1].start(), parts[1].end()),
                     tuple(_sub(body, p.start(), p.end()) for p in parts[2:]), None, False)
        return _Piece(marker, _sub(body, parts[0].start(), parts[0].end()), (), None, False, (sub,))
    if len(parts) >= 2 and is_label(parts[0].group(0)) and all(is_value(p.group(0)) for p in parts[1:]):
        return _Piece(marker, _sub(body, parts[0].start(), parts[0].end()),
                      tuple(_sub(body, p.start(), p.end()) for p in parts[1:]), None, False)
    korean = _korean_row(body, parts)
    if korean is not None:
        return _Piece(marker, korean[0], korean[1], None, False)
    if is_value(body.text) and not (marker and is_label(body.text)):  # "1. 1주당 배당금" is an item
        return _Piece(marker, None, (body,), None, False)
    run_on = _run_on(body)
    if run_on:
        return _Piece(marker, run_on[0], (run_on[1],), None, False)
    if is_label(body.text):
        return _Piece(marker, body, (), None, False)
    return _Piece(marker, None, (), body, False)


# the corner cell of a Korean table's heading row: "구분   분할 전   분할 후"
_CORNER = re.compile(r"구\s*분|항\s*목|내\s*용")


def _korean_row(body: Cell, parts: list[re.Match[str]]) -> tuple[Cell, tuple[Cell, ...]] | None:
    """A fixed-width row of a Korean form: its heading row (a corner cell, then column words:
    "구분   분할 전   분할 후"), or a label of two cells (an item and its share class:
    "발행주식총수    보통주식(주)    2,400,000    24,000,000") and its values."""
    if len(parts) < 2 or not re.search(r"[가-힣]", parts[0].group(0)):
        return None
    if _CORNER.fullmatch(parts[0].group(0)) and all(column_role(p.group(0)) for p in parts[1:]):
        return _sub(body, parts[0].start(), parts[0].end()), tuple(_sub(body, p.start(), p.end()) for p in parts[1:])
    first = next((k for k, p in enumerate(parts) if is_value(p.group(0))), None)
    if first is None or first < 2 or first > 3 or not all(is_value(p.group(0)) for p in parts[first:]):
        return None
    label = _sub(body, parts[0].start(), parts[first - 1].end())
    if not is_label(label.text):
        return None
    return Cell(" ".join(label.text.split()), label.start, label.end), \
        tuple(_sub(body, p.start(), p.end()) for p in parts[first:])


_PAIR = re.compile(r"(?P<label>[^:：;]{1,60}?)\s*[:：]\s*(?P<value>[^;]*?)\s*(?:;\s*|$)")


def _pairs(body: Cell) -> list[_Piece]:
    """``Trading volume:12,500 shares; unit price:NT$18.50; total amount:NT$231,250``: several
    labelled values on one line, each an item; [] unless there are two or more, each a label and
    a value."""
    if ";" not in body.text:
        return []
    pieces, pos = [], 0
    while pos < len(body.text):
        m = _PAIR.match(body.text, pos)
        if m is None or m.end() == pos or not is_label(m["label"]) or not m["value"]:
            return []
        pieces.append(_Piece("", _sub(body, m.start("label"), m.end("label")),
                             (_sub(body, m.start("value"), m.end("value")),), None, False))
        pos = m.end()
    return pieces if len(pieces) >= 2 else []


# where a run-on cell may split between its label and its value
_SPACES = re.compile(r"\s+")


def _run_on(body: Cell) -> tuple[Cell, Cell] | None:
    """``Paid-In Capital (won) 731,250,000,000``: a phrase of the vocabulary, then its value."""
    if len(body.text) > 160 or (len(body.text.split()) > 7 and not body.text[-1:].isdigit()):
        return None  # a paragraph, or words with no figure at their end
    for m in reversed(list(_SPACES.finditer(body.text))):  # the longest label first
        label, value = body.text[:m.start()], body.text[m.end():]
        valued, named = is_value(value), len(label.split()) <= 3 and bool(_NAME_WORDS.fullmatch(value))
        row = concept_row(label, ("@counterparty_name",)) if (valued or named) and is_label(label) else None
        if row and (valued if row.kind != "name" else named):
            return _sub(body, 0, m.start()), _sub(body, m.end(), len(body.text))
    return None


# -- the outline -----------------------------------------------------------------------------------


_NAMING_ROLES = ("@counterparty_name", "@investee_name", "@acquirer")  # labels of a name


@dataclass(frozen=True)
class Item:
    """A labelled item (or, with no label, a line of prose) and the items it sits under."""

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


@dataclass
class _Outline:
    """Builds the item tree from the document's cells, one at a time."""

    text: str
    nodes: list[_Node] = field(default_factory=list)
    stack: list[_Open] = field(default_factory=list)
    marker: str = ""  # a marker standing alone in its cell, for the next cell
    header: list[str] = field(default_factory=list)
    columns: tuple[str, ...] = ()
    open: int | None = None  # the node that takes the values that follow
    prev: int | None = None
    table: bool = False

    def feed(self, cell: Cell, is_table: bool, following: Cell | None = None) -> None:
        """Read one cell into the outline: a marker for the next cell, column headings, a line
        continuing the one before, a value of the open label, or a new item. ``following`` is
        the next cell of a table (a label cell's words are its value where no value follows)."""
        if is_table != self.table:  # a table begins or ends: its values are not the item's before
            self.table, self.columns, self.header, self.open = is_table, (), [], None
        piece = _read_cell(cell, is_table)
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

    def _header_cell(self, piece: _Piece, marker: str) -> bool:
        """Before/After column headings, as cells of their own or one fixed-width line."""
        cells = [piece.label, *piece.values] if piece.label else []
        if cells and _CORNER.fullmatch(cells[0].text) and len(cells) > 2:
            cells = cells[1:]  # "구분": the heading row's corner, over the labels
        roles = [column_role(c.text) for c in cells]
        if not marker and cells and all(roles) and (len(cells) > 1 or not piece.values):
            self.header += roles
            if len(self.header) > 1:
                self.columns = tuple(self.header)
            return True
        self.header = []
        return False

    def _unlabelled(self, piece: _Piece, marker: str) -> None:
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
        deeper = self._column(prose.start) > self._column(head.start) + 1
        if not (prose.text[0].islower() or prose.text[0] in "(（[“\"'" or deeper or not is_label(prose.text)):
            return False
        last = node.values[-1]
        node.values[-1] = Cell(self.text[last.start:prose.end].replace("\n", " "), last.start, prose.end)
        return True

    def _column(self, offset: int) -> int:
        return offset - self.text.rfind("\n", 0, offset) - 1

    def _takes(self, label: Cell, marker: str) -> bool:
        """An unmarked short cell right after a label that expects it is that label's value."""
        if marker or self.open is None:
            return False
        node = self.nodes[self.open]
        if node.values or node.label is None:
            return False
        row = concept_row(node.label.text, _TEXT_ROLES + _NAMING_ROLES)  # '회사명' | '주식회사 다솜에너지'
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
        nxt = _read_cell(following, True)
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

    def _item(self, piece: _Piece, marker: str) -> None:
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
        return self.stack[-1].node if self.stack else None

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
                    del self.stack[-2]
                    self.nodes[top.node].parent = self.stack[-2].node if len(self.stack) > 1 else None
            return self._top()
        kind, number = _marker_kind(marker)
        same = [i for i, o in enumerate(self.stack) if o.kind == kind]
        follows = [i for i in same if number == 0 or self.stack[i].number == number - 1]
        if follows or (same and number != 1):
            del self.stack[(follows or same)[-1]:]
        return self._top()

    def items(self) -> tuple[Item, ...]:
        out: list[Item] = []
        for i, node in enumerate(self.nodes):
            parents: list[int] = []
            parent = node.parent
            while parent is not None and len(parents) < 12:
                parents.insert(0, parent)
                parent = self.nodes[parent].parent
            columns = node.columns if len(node.columns) == len(node.values) else ()
            out.append(Item(i, node.label, tuple(node.values), columns, node.marker, tuple(parents)))
        return tuple(out)


def find_items(text: str) -> tuple[Item, ...]:
    """The labelled items of ``text`` in order, each with the items it sits under.

    >>> items = find_items("2. Total issuing amount\\n   - Foreign Currency : JPY 1,200 Million\\n3. Coupon Rate : 0%")
    >>> [(i.label.text, [v.text for v in i.values], i.parents) for i in items]
    [('Total issuing amount', [], ()), ('Foreign Currency', ['JPY 1,200 Million'], (0,)), ('Coupon Rate', ['0%'], ())]
    """
    outline = _Outline(text)
    cells = _cells(text)
    for i, (cell, is_table) in enumerate(cells):
        following = cells[i + 1][0] if i + 1 < len(cells) and cells[i + 1][1] else None
        outline.feed(cell, is_table, following)
    return outline.items()


