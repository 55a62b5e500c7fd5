"""Labelled items of any document, read as typed values with the spans they came from.

Board resolutions and disclosure forms state their facts as items: ``Label : value`` lines,
bullets (``•``, ``-``, ``※``, ``o``), numbered items (``1.``, ``(1)``, ``가.``, ``①``), rows of a
table flattened into one ``|`` cell per line, fixed-width rows (``Label      7,558 won``),
label and value on successive lines, before/after columns and ``From``/``To`` ranges. Items nest:
a heading gives context to the items under it ("Total issuing amount" over "Foreign Currency :
JPY51,880.11 Million"; "Number of Shares to Be Repurchased" over "Common Shares | 250,000").

``find_items`` recovers that outline from the layout alone; ``read_items`` names the values with
the label phrases of ``data/item_labels.tsv`` (English and Korean, each with the kind of value it
takes) and parses each value by its kind.

>>> text = '''INVESTMENT IN OTHER CORPORATION
... 1. DETAILS OF THE COMPANY INVESTED
...    - NAME OF COMPANY : EXAMPLE SHIPPING CO., LTD.
...    - PAID-IN CAPITAL (KRW): 40 BILLION
... 2. DETAILS OF ACQUISITION
...    - NUMBER OF SHARES TO BE ACQUIRED: 120,000 SHARES'''
>>> [(v.concept, v.value, v.decimals) for v in read_items(text).values]  # doctest: +NORMALIZE_WHITESPACE
[('@counterparty_name', 'EXAMPLE SHIPPING CO., LTD.', None), ('PaidInCapital', Decimal('40000000000'), -9),
 ('SharesAcquired', Decimal('120000'), 0)]
>>> [v.concept for v in read_items("|Before\\n|After\\n|\\nPaid-in capital (KRW)\\n|5,000,000\\n|2,500,000").values]
['PaidInCapital', 'PaidInCapital']
>>> [v.column for v in read_items("|Before\\n|After\\n|\\nPaid-in capital (KRW)\\n|5,000,000\\n|2,500,000").values]
['before', 'after']
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache, lru_cache

from converter.extract.lines import split_lines
from converter.parse.amounts import currency_of, find_amounts, parse_amount
from converter.parse.dates import find_dates
from converter.parse.numbers import find_numbers, find_percents
from converter.resources import data_rows

# -- the vocabulary -------------------------------------------------------------------------------


@dataclass(frozen=True)
class LabelRow:
    """One row of ``data/item_labels.tsv``."""

    concept: str  # a taxonomy concept, "Start,End" concepts of a range, or an @role
    kind: str
    topics: frozenset[str]
    scope: str  # doc | section
    pattern: re.Pattern[str]
    order: int


@cache
def label_rows() -> tuple[LabelRow, ...]:
    return tuple(LabelRow(concept, kind, frozenset(topics.split(",")), scope, re.compile(regex, re.I), i)
                 for i, (concept, kind, topics, scope, regex) in enumerate(data_rows("item_labels.tsv")))


@cache
def _topic_rank() -> dict[str, int]:
    return {row.kind: i for i, row in enumerate(r for r in label_rows() if r.concept == "@topic")}


def topics_of(text: str) -> frozenset[str]:
    """The topics (``@topic`` rows) whose wording ``text`` holds."""
    return frozenset(r.kind for r in label_rows() if r.concept == "@topic" and r.pattern.search(text))


def label_key(label: str) -> str:
    """A label as its phrases are matched: no parenthesised unit, no colon, spaces squashed."""
    key = re.sub(r"\s*\([^()]*\)\s*", " ", label)
    return " ".join(key.replace("：", ":").split()).strip(" :-*")


@dataclass(frozen=True)
class LabelMatch:
    row: LabelRow
    start: int  # the phrase's place in the label key
    end: int
    key: str
    name: str | None = None  # a name the phrase holds ("Information on NAME")


def match_label(label: str, topics: frozenset[str], section: frozenset[str] = frozenset()) -> LabelMatch | None:
    """The row naming ``label`` in a document of ``topics`` under headings of ``section``
    topics: the longest phrase wins, then the topic listed first, then file order.

    >>> match_label("Date and Time", frozenset({"board"}), frozenset({"meeting"})).row.concept
    'ShareholderMeetingDate'
    >>> match_label("Date and Time", frozenset({"board"})).row.concept
    'BoardResolutionDate'
    """
    return _match_key(label_key(label), topics, section)


@lru_cache(maxsize=4096)
def _match_key(key: str, topics: frozenset[str], section: frozenset[str]) -> LabelMatch | None:
    if not key or len(key) > 120:
        return None
    best, best_rank = None, None
    for row in label_rows():
        if row.concept == "@topic" or not _applies(row, topics, section):
            continue
        m = row.pattern.search(key)
        if m is None:
            continue
        rank = (-(m.end() - m.start()), min((_topic_rank().get(t, -1) for t in row.topics), default=-1), row.order)
        if best_rank is None or rank < best_rank:
            name = m.groupdict().get("name")
            best, best_rank = LabelMatch(row, m.start(), m.end(), key, name), rank
    return best


def _applies(row: LabelRow, topics: frozenset[str], section: frozenset[str]) -> bool:
    if "*" in row.topics:
        return True
    return bool(row.topics & (section if row.scope == "section" else topics | section))


def _role(text: str, roles: tuple[str, ...]) -> str:
    """The role (without its @) of the first of ``roles`` whose phrase ``text`` holds."""
    for row in label_rows():
        if row.concept in roles and row.pattern.search(text):
            return row.concept[1:]
    return ""


# -- cells: the units of text an item is made of ---------------------------------------------------


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
_NIL = frozenset({"-", "–", "—", "n/a", "na", "none", "nil", "해당없음", "해당사항 없음", "없음", "%"})
_KOREAN_ORDER = "가나다라마바사아자차카타파하"


def _markers(text: str) -> tuple[str, int]:
    """The leading item markers of ``text`` (the first one places the item in the outline) and
    where its body starts: ``*   - TOTAL ...`` has two."""
    first, pos = "", 0
    while (m := _MARKER.match(text, pos)) and m.end() > pos:
        first = first or m["marker"]
        pos = m.end()
    return first, pos


def _marker_kind(marker: str) -> tuple[str, int]:
    """(kind, ordinal) of a marker: ``("9.", 3)`` for ``3.``, ``("•", 0)`` for a bullet."""
    if m := re.fullmatch(r"(\d+)(?:-(\d+))?([.)])", marker):
        return ("9-" if m[2] else "9") + m[3], int(m[2] or m[1])
    if m := re.fullmatch(r"\((\d+)\)", marker):
        return "(9)", int(m[1])
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


def _split_bars(line: str, offset: int) -> list[Cell]:
    cells = []
    for m in re.finditer(r"[^|]+", line):
        stripped = m.group(0).strip()
        if stripped:
            start = offset + m.start() + m.group(0).find(stripped)
            cells.append(Cell(stripped, start, start + len(stripped)))
    return cells


# -- what a cell holds -----------------------------------------------------------------------------


@cache
def _uncertain() -> re.Pattern[str]:
    return next(r.pattern for r in label_rows() if r.concept == "@uncertain")


_VALUE_NOISE = re.compile(
    r"""(?i:\b(?:approx(?:imately|\.)?|about|shares?|won|krw|us\$|usd|jpy|twd|yen|million|billion|
                trillion|thousand|common|preferred|stocks?|per|at|a\.m\.|p\.m\.)(?![A-Za-z]))
      | [\d.,%()~\-–/:;=₩$¥*]+                     # figures, dates, signs and separators
      | [주원억만조천백]                             # Korean units""",
    re.VERBOSE,
)


def is_value(text: str) -> bool:
    """A cell that is a value rather than a label: a figure, amount, percentage or date with at
    most two further words, a dash or 'N/A', or words saying the value is not decided yet."""
    text = text.strip()
    if text.lower() in _NIL or (len(text) <= 80 and _uncertain().search(text)):
        return True
    if len(text) > 60 or not re.search(r"\d", text):
        return False
    return len(_VALUE_NOISE.sub(" ", text).split()) <= 2


def is_label(text: str) -> bool:
    """Words that can be a label: short, with a letter, and no figure but a year or an ordinal."""
    key = label_key(text)
    if not key or len(key) > 100 or len(key.split()) > 10 or not re.search(r"[^\W\d_]", key):
        return False
    if re.search(r"\d[\d,]*\.\d|\d{1,3}(?:,\d{3})+|\d{5,}", key):
        return False
    return not re.search(r"[.;!?]\s+\S|[.;!?]$", key) or bool(re.search(r"\b(?:No|Co|Ltd|Inc|Corp)\.$", key))


def _concept_row(label: str, roles: tuple[str, ...] = ()) -> LabelRow | None:
    """A concept row (or one of ``roles``) whose phrase is the whole of ``label``, in any topic."""
    m = _match_key(label_key(label), frozenset(_topic_rank()), frozenset(_topic_rank()) | {"counterparty"})
    if m and (not m.row.concept.startswith("@") or m.row.concept in roles) and m.start == 0 and m.end >= len(m.key) - 1:
        return m.row
    return None


_NAME_WORDS = re.compile(r"(?:[A-Z&][\w&.,'’-]*|of|and|the|[가-힣()㈜]+)(?:\s+(?:[A-Z&][\w&.,'’-]*|of|and|the|[가-힣()㈜]+)){0,6}")


@dataclass(frozen=True)
class _Piece:
    """A cell read: its marker, and a label, values or prose."""

    marker: str
    label: Cell | None
    values: tuple[Cell, ...]
    prose: Cell | None
    colon: bool  # the label ends with a colon: what follows it is its value


def _sub(cell: Cell, start: int, end: int) -> Cell:
    text = cell.text[start:end]
    lead = len(text) - len(text.lstrip())
    text = text.strip()
    return Cell(text, cell.start + start + lead, cell.start + start + lead + len(text))


def _read_cell(cell: Cell, is_table: bool) -> _Piece:
    if cell.text.strip().lower() in _NIL:
        return _Piece("", None, (cell,), None, False)
    marker, pos = _markers(cell.text)
    body = _sub(cell, pos, len(cell.text))
    if not body.text:
        return _Piece(marker, None, (), None, False)
    m = re.match(r"([^:：]{1,100}?)\s*[:：]\s*", body.text)
    if m and is_label(m[1]):
        rest = _sub(body, m.end(), len(body.text))
        return _Piece(marker, _sub(body, 0, len(m[1])), (rest,) if rest.text else (), None, not rest.text)
    parts = [p for p in re.finditer(r"\S+(?:\s{1,2}\S+)*", body.text)] if not is_table else []
    if len(parts) >= 2 and is_label(parts[0].group(0)) and all(is_value(p.group(0)) for p in parts[1:]):
        return _Piece(marker, _sub(body, parts[0].start(), parts[0].end()),
                      tuple(_sub(body, p.start(), p.end()) for p in parts[1:]), None, False)
    if is_value(body.text):
        return _Piece(marker, None, (body,), None, False)
    run_on = _run_on(body)
    if run_on:
        return _Piece(marker, run_on[0], (run_on[1],), None, False)
    if is_label(body.text):
        return _Piece(marker, body, (), None, False)
    return _Piece(marker, None, (), body, False)


def _run_on(body: Cell) -> tuple[Cell, Cell] | None:
    """``Paid-In Capital (won) 896,344,045,000``: a phrase of the vocabulary, then its value."""
    for m in reversed(list(re.finditer(r"\s+", body.text))):  # the longest label first
        label, value = body.text[:m.start()], body.text[m.end():]
        row = _concept_row(label, ("@counterparty_name",)) if is_label(label) else None
        if row and (is_value(value) if row.kind != "name" else bool(_NAME_WORDS.fullmatch(value))):
            return _sub(body, 0, m.start()), _sub(body, m.end(), len(body.text))
    return None


# -- the outline -----------------------------------------------------------------------------------


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

    def feed(self, cell: Cell, is_table: bool) -> None:
        if is_table != self.table:
            self.table, self.columns, self.header = is_table, (), []
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
        if piece.label is None:
            self._unlabelled(piece, marker, cell)
        elif not piece.values and self._takes(piece.label, marker):
            self._add_value(piece.label)
        else:
            self._item(piece, marker)

    def _header_cell(self, piece: _Piece, marker: str) -> bool:
        """Before/After column headings, as cells of their own or one fixed-width line."""
        cells = [piece.label, *piece.values] if piece.label else []
        roles = [_column_role(c.text) for c in cells]
        if not marker and cells and all(roles) and (len(cells) > 1 or not piece.values):
            self.header += roles
            if len(self.header) > 1:
                self.columns = tuple(self.header)
            return True
        self.header = []
        return False

    def _unlabelled(self, piece: _Piece, marker: str, cell: Cell) -> None:
        if piece.values:
            if self.open is not None:
                for value in piece.values:
                    self._add_value(value)
            return
        prose = piece.prose
        assert prose is not None
        node = self.nodes[self.open] if self.open is not None else None
        row = _concept_row(node.label.text) if node is not None and node.label is not None else None
        if node is not None and not node.values and (node.colon or (row and row.kind in ("name", "text", "ratio"))):
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
        row = _concept_row(node.label.text)
        return node.colon or (row is not None and row.kind in ("name", "text"))

    def _add_value(self, value: Cell) -> None:
        assert self.open is not None
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


def _column_role(text: str) -> str:
    """The column a heading cell names ("Before", "After Amendment", "감자후"), else ""."""
    key = label_key(text)
    if len(key.split()) > 4:
        return ""
    for row in label_rows():
        if row.kind == "column":
            m = row.pattern.search(key)
            if m and m.start() == 0 and m.end() == len(key):
                return row.concept[1:]
    return ""


def find_items(text: str) -> tuple[Item, ...]:
    """The labelled items of ``text`` in order, each with the items it sits under.

    >>> items = find_items("2. Total issuing amount\\n   - Foreign Currency : JPY 1,200 Million\\n3. Coupon Rate : 0%")
    >>> [(i.label.text, [v.text for v in i.values], i.parents) for i in items]
    [('Total issuing amount', [], ()), ('Foreign Currency', ['JPY 1,200 Million'], (0,)), ('Coupon Rate', ['0%'], ())]
    """
    outline = _Outline(text)
    for cell, is_table in _cells(text):
        outline.feed(cell, is_table)
    return outline.items()


# -- typed values ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Labelled:
    """A value an item states under a label of the vocabulary.

    ``value`` is a Decimal (amount, per_share, shares, percent as a ratio), a date, a string
    (name, text) or, for a ratio, the ``((party, number, decimals), ...)`` the text sets side by
    side; None when the text states no value yet (``reason`` says why)."""

    concept: str
    kind: str
    value: object | None
    unit: str | None  # ISO currency of an amount or a per-share amount
    decimals: int | None
    start: int
    end: int
    item: Item
    heading: int  # the item whose label named the concept
    column: str = ""  # before | after | superseded | current
    share_class: str = ""  # common | preferred | total
    reason: str = ""


@dataclass(frozen=True)
class Reading:
    items: tuple[Item, ...]
    topics: frozenset[str]  # the topics of the document's headings
    values: tuple[Labelled, ...]

    def labels_above(self, item: Item) -> list[str]:
        """The texts of the items ``item`` sits under, nearest first (a prose heading by its text)."""
        out = []
        for i in reversed(item.parents):
            above = self.items[i]
            cell = above.label or (above.values[0] if above.values else None)
            if cell is not None:
                out.append(cell.text)
        return out

    def section_topics(self, item: Item) -> frozenset[str]:
        """Topics of the headings above ``item``; ``counterparty`` under another company's heading."""
        topics: set[str] = set()
        for text in self.labels_above(item):
            topics |= topics_of(text)
            m = match_label(text, self.topics, frozenset(topics))
            if m and m.row.concept in ("@counterparty", "MergerCounterpartyName"):
                topics.add("counterparty")
        return frozenset(topics)


_CLASSES = ("@common", "@preferred", "@total")
_COLUMNS = ("@superseded", "@current", "@before", "@after")
_ENDS = ("@from", "@to")
_NAMED_ROLES = ("@counterparty_name", "@acquirer", "@acquisition_date", "@action_date")


@dataclass(frozen=True)
class _Named:
    row: LabelRow
    heading: Item
    column: str
    share_class: str
    range_end: str
    labels: tuple[str, ...]  # the labels read on the way, for units


def _name_item(reading: Reading, item: Item) -> _Named | None:
    """The row naming ``item``'s values: its own label's, else that of the headings above it
    (through headings with no value of their own), collecting class, column and range words."""
    section = reading.section_topics(item)
    chain = [item, *(reading.items[i] for i in reversed(item.parents))][:4]
    found: dict[str, str] = {}
    labels: list[str] = []
    for depth, it in enumerate(chain):
        if it.label is None or (depth and it.values):
            return None
        labels.append(it.label.text)
        m = match_label(it.label.text, reading.topics, section)
        if m is None:
            continue
        concept = m.row.concept
        whole = m.start == 0 and m.end == len(m.key)
        if concept in _CLASSES + _ENDS or (concept in _COLUMNS and whole):
            found.setdefault(concept, concept[1:])
            continue
        if concept == "@counterparty" and depth == 0:
            concept = "@counterparty_name"
            m = LabelMatch(next(r for r in label_rows() if r.concept == concept), m.start, m.end, m.key)
        if concept.startswith("@") and concept not in _NAMED_ROLES:
            return None
        rest = m.key[:m.start] + " " + m.key[m.end:]
        column = next((found[c] for c in _COLUMNS if c in found), "") or _role(rest, _COLUMNS)
        share_class = next((found[c] for c in _CLASSES if c in found), "") or _role(rest, _CLASSES)
        range_end = next((found[c] for c in _ENDS if c in found), "")
        return _Named(m.row, it, column, share_class, range_end, tuple(labels))
    return None


@dataclass(frozen=True)
class _Hint:
    currency: str | None = None
    percent: bool = False


def _hint(labels: tuple[str, ...]) -> _Hint:
    """The unit a label states in parentheses: ``(KRW)``, ``Amount(won)``, ``(원/주)``, ``(%)``."""
    currency, percent = None, False
    for label in labels:
        for group in re.findall(r"\(([^()]{1,30})\)", label):
            words = [w for w in re.split(r"[\s/,:]+", group) if w]
            percent = percent or "%" in group or "％" in group
            currency = currency or next((c for w in words if (c := currency_of(w))), None)
    return _Hint(currency, percent)


_PER_SHARE = re.compile(r"\s*(?:per\s+(?:common\s+)?share|/\s*shares?|(?:원)?\s*/\s*주|per\s+ADS)", re.I)
_RANGE_JOIN = re.compile(r"\s*(?:~|-|–|—|to|through|until|부터|에서)?\s*", re.I)
_RATIO_PER = re.compile(
    r"""(?P<a>\d+(?:\.\d+)?)\s+(?:new\s+)?(?:common\s+)?shares?\s+of\s+(?P<pa>[^,;]+?)\s+
        (?:per|for\s+(?:each|every))\s+(?:one|1)\s+(?P<pb>[^,;]+?)(?:['’]s?)?\s+(?:common\s+)?shares?\b""",
    re.I | re.VERBOSE)
_RATIO_PAIR = re.compile(r"(?P<pa>[^\d:;]{0,60}?)\s*(?P<a>\d+(?:\.\d+)?)\s*:\s*(?P<pb>[^\d:;]{0,60}?)\s*(?P<b>\d+(?:\.\d+)?)")


def _amount(text: str, hint: _Hint):  # type: ignore[no-untyped-def]
    """The amount ``text`` is, else the first amount near its start."""
    whole = parse_amount(text, default_currency=hint.currency)
    if whole is not None:
        return whole
    found = [a for a in find_amounts(text, default_currency=hint.currency) if a.start <= 30]
    return found[0] if found else None


def parse_value(kind: str, text: str, hint: _Hint = _Hint()) -> list[tuple[object, str | None, int | None, int, int]]:
    """(value, currency, decimals, start, end) of each value of ``kind`` that ``text`` states.

    >>> parse_value("amount", "APPROXIMATELY KRW 7.9 BILLION")
    [(Decimal('7900000000'), 'KRW', -8, 14, 29)]
    >>> parse_value("percent", "92.71", _Hint(percent=True))
    [(Decimal('0.9271'), None, 4, 0, 5)]
    >>> [v[0].isoformat() for v in parse_value("date_range", "from August 18, 2006 to August 17, 2007")]
    ['2006-08-18', '2007-08-17']
    >>> parse_value("ratio", "Alpha Bank 0.442983: Beta Card 1")[0][0]
    (('Alpha Bank', Decimal('0.442983'), 6), ('Beta Card', Decimal('1'), 0))
    """
    if kind in ("amount", "per_share"):
        a = _amount(text, hint)
        per_share = a is not None and bool(_PER_SHARE.match(text, a.end))
        if a is None or a.currency is None or (kind == "amount" and per_share):
            return []
        return [(a.value, a.currency, a.decimals, a.start, a.end)]
    if kind == "shares":
        return _shares(text, hint)
    if kind == "percent":
        found = [p for p in find_percents(text) if p.start <= 30]
        if found:
            return [(found[0].value, None, found[0].decimals, found[0].start, found[0].end)]
        number = find_numbers(text)
        if hint.percent and number and number[0].start <= 30 and not find_dates(text):
            q = number[0]
            return [(q.value.scaleb(-2), None, q.decimals + 2, q.start, q.end)]
        return []
    if kind in ("date", "date_range"):
        return _dates(kind, text)
    if kind == "ratio":
        return _ratio(text)
    if kind in ("name", "text"):
        return [(" ".join(text.split()), None, None, 0, len(text))] if text.strip() else []
    return []


def _shares(text: str, hint: _Hint) -> list[tuple[object, str | None, int | None, int, int]]:
    """The first figure of ``text``, unless the label or the text says it is money or a percentage."""
    money = find_amounts(text)
    if hint.percent or hint.currency or (money and money[0].start < 5):
        return []
    dates = find_dates(text)
    for q in find_numbers(text):
        if q.start > 30 or text[q.end:q.end + 2].lstrip().startswith("%"):
            return []
        if not any(d.start <= q.start < d.end for d in dates):
            return [(q.value, None, q.decimals, q.start, q.end)]
    return []


def _dates(kind: str, text: str) -> list[tuple[object, str | None, int | None, int, int]]:
    dates = [d for d in find_dates(text) if d.start <= 40]
    if kind == "date":
        return [(dates[0].value, None, None, dates[0].start, dates[0].end)] if dates else []
    if len(dates) >= 2 and _RANGE_JOIN.fullmatch(text[dates[0].end:dates[1].start]) and dates[0].value <= dates[1].value:
        return [(d.value, None, None, d.start, d.end) for d in dates[:2]]
    return []


def _ratio(text: str) -> list[tuple[object, str | None, int | None, int, int]]:
    m = _RATIO_PER.search(text) or _RATIO_PAIR.search(text)
    if m is None:
        return []
    b = "1" if m.re is _RATIO_PER else m["b"]
    parties = tuple((" ".join(m[p].split()).strip(" ,;:="), Decimal(n), len(n.partition(".")[2]))
                    for p, n in (("pa", m["a"]), ("pb", b)))
    return [(parties, None, None, m.start(), m.end())]


def _typed(reading: Reading, item: Item, named: _Named) -> list[Labelled]:
    row, out = named.row, []
    concepts = row.concept.split(",")
    hint = _hint(named.labels)
    for i, cell in enumerate(item.values):
        column = (item.columns[i] if item.columns else "") or named.column
        base = Labelled(concepts[0], row.kind, None, None, None, cell.start, cell.end, item, named.heading.index,
                        column, named.share_class)
        if cell.text.strip().lower() in _NIL:
            continue
        if _uncertain().search(cell.text):
            out.append(_replace(base, reason=f"not decided yet: {' '.join(cell.text.split())[:80]}"))
            continue
        kind = "date" if row.kind == "date_range" and named.range_end else row.kind
        parsed = parse_value(kind, cell.text, hint)
        if row.kind == "date_range":
            ends = [concepts[named.range_end == "to"]] if named.range_end else concepts
            parsed = parsed if len(parsed) == len(ends) else []
        else:
            ends = concepts * len(parsed)
        for concept, (value, unit, decimals, start, end) in zip(ends, parsed):
            out.append(_replace(base, concept=concept, value=value, unit=unit, decimals=decimals,
                                start=cell.start + start, end=cell.start + end))
    return out


def _replace(base: Labelled, **changes: object) -> Labelled:
    from dataclasses import replace

    return replace(base, **changes)  # type: ignore[arg-type]


def _one_per_heading(values: list[Labelled]) -> list[Labelled]:
    """One value per concept, column and unit under a heading: a share class's figure gives way
    to the total; a per-share figure is the common share's; several differing values are none."""
    groups: dict[tuple, list[Labelled]] = {}
    for v in values:
        if v.value is not None:
            groups.setdefault((v.concept, v.heading, v.column, v.unit), []).append(v)
    dropped: dict[int, str] = {}
    for group in groups.values():
        if len({repr(v.value) for v in group}) < 2:
            continue
        keep = [v for v in group if v.share_class == "total"]
        if not keep and group[0].kind == "per_share":
            keep = [v for v in group if v.share_class == "common"]
        reason = "a share class's part of a total" if keep else "several values under one label"
        for v in group:
            if v not in keep:
                dropped[id(v)] = reason
    return [_replace(v, value=None, reason=dropped[id(v)]) if id(v) in dropped else v for v in values]


def _document_topics(items: tuple[Item, ...]) -> frozenset[str]:
    """Topics of the headings (items without a value) and of the first lines of the document."""
    texts = [i.label.text for i in items if i.label is not None and (not i.values or i.index < 15)]
    texts += [i.values[0].text for i in items[:15] if i.label is None and i.values]
    return topics_of("\n".join(texts))


def read_items(text: str) -> Reading:
    """The labelled items of ``text`` and the values the vocabulary names, in order."""
    items = find_items(text)
    reading = Reading(items, _document_topics(items), ())
    values: list[Labelled] = []
    for item in items:
        if item.label is None or not item.values:
            continue
        named = _name_item(reading, item)
        if named is not None:
            values += _typed(reading, item, named)
    return Reading(items, reading.topics, tuple(_one_per_heading(values)))
