"""Contact blocks of a release, found line by line: a heading ("CONTACT IN KOREA", "Contacts:",
"Investor relations: Mr. Zhao Jun, ..."), the columns under it (two columns side by side are
common), a table of contacts one a row, and where a block ends. ``mechanisms.contacts`` reads
each column's cells as one contact.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cache
from typing import Callable

from converter.extract.base import DocumentContext
from converter.extract.mechanisms.lines import Line, split_lines
from converter.extract.mechanisms.sentences import ACTIONS, PhraseFinder, action_pattern
from converter.parse.gates import Gated, fold, folded_text
from converter.parse.match_starts import word_offsets

NAME = r"[A-Z][a-z]+(?:-[A-Za-z]+)?(?:\s+(?:[A-Z]\.?|[A-Z][a-z]+(?:-[A-Za-z]+)?|[A-Z][a-z]?[A-Z][a-z]+)){1,3}"
HONORIFIC = r"(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)"
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# (the patterns below are compiled once here: inline ``re.fullmatch(rf"...")`` in these per-cell
# tests formatted the pattern and looked it up in re's cache, or recompiled it once that overflowed)
# a person's name, an honorific before it: "Mr. Daniel Marsh", "Grace Lin"
PERSON = re.compile(rf"{HONORIFIC}?{NAME}")
# a phone number somewhere in a line
_PHONE_IN_LINE = re.compile(r"\+?\(?\d[\d\s().\-/]{6,}\d")
# the region of a column heading: "CONTACT IN KOREA", "For the United States:"
_COLUMN_REGION = re.compile(r"\b(?:in|for)\s+(?:the\s+)?(?P<r>[A-Za-z][A-Za-z.\s]*?)\s*:?\s*$", re.I)


# ---------------------------------------------------------------------------------------------
# Contacts
# ---------------------------------------------------------------------------------------------


@dataclass
class Column:
    start: int  # character position of the column heading in its line
    region: str | None
    region_span: tuple[int, int] = (0, 0)  # document offsets of the region words
    cells: list[tuple[str, int]] = field(default_factory=list)  # (text, document offset)
    indent: int | None = None  # line position of the column's first cell under its heading


# a cell: words one space apart
_WORDS_ONE_SPACE_APART = re.compile(r"\S+(?: \S+)*")


def _cells(text: str, offset: int) -> list[tuple[str, int, int]]:
    """Cells of a line split at runs of 2+ spaces: (text, column position, document offset)."""
    return [(m.group(0), m.start(), offset + m.start()) for m in _WORDS_ONE_SPACE_APART.finditer(text)]


def _column(heading: str, pos: int, offset: int) -> Column:
    """A column from its heading; "CONTACT IN KOREA" names the region it serves, after the
    heading's contact words (the 'for' of "For further information contact:" names none)."""
    opening = action_pattern("contact_header").match(heading)
    m = _COLUMN_REGION.search(heading, opening.end() if opening else 0)
    if not m:
        return Column(pos, None)
    region = m["r"].strip()
    if region.isupper() and "." not in region and len(region) > 3:
        region = region.title()
    return Column(pos, region, (offset + m.start("r"), offset + m.start("r") + len(m["r"].strip())))


@cache
def _contact_heading() -> re.Pattern[str]:
    """A cell heading a column of contacts ("Contacts", "Media Contact in the U.S.:")."""
    return re.compile(rf"(?:{action_pattern('contact_header').pattern})"
                      rf"(?:\s+(?:in|for)\s+(?:the\s+)?[A-Za-z][A-Za-z.\s]*)?\s*:?", re.I)


def _header_columns(text: str, offset: int) -> list[Column] | None:
    cells = _cells(text, offset)
    heading = _contact_heading()
    if not cells or not all(heading.fullmatch(c[0]) for c in cells):
        return None
    return [_column(cell, pos, doc) for cell, pos, doc in cells]


@cache
def _inline_header() -> re.Pattern[str]:
    """"Contact: Jane Doe, ...", "Investor relations: Mr. Zhao Jun, Tel: ...": a header and its
    first contact on one line."""
    return re.compile(rf"\s*(?:{action_pattern('contact_header').pattern}|investor\s+relations)\s*:\s*(?P<rest>\S.*)$",
                      re.I)


_INVESTOR_RELATIONS = Gated(re.compile(r"investor\s+relations", re.I))


def _heading_words(text: str, phrases: PhraseFinder | None = None) -> Callable[[str], bool]:
    """Whether a line of ``text`` may head a contact block: both kinds of heading (``_header_columns``,
    ``_inline_header``) hold a contact header phrase or "investor relations"; most lines hold neither."""
    phrases = phrases or PhraseFinder("contact_header", text, ACTIONS)
    return lambda line: phrases.may_hold(line) or _INVESTOR_RELATIONS.may_match(fold(line))


def _lines_to_ask(text: str, lines: list[Line], phrases: PhraseFinder) -> set[int] | None:
    """The lines that hold a word ``_heading_words`` needs first (a contact header phrase's, or
    "investor"), found by one pass for each word over the folded text; None where every line
    must be asked. The other lines hold none of the words, and the gate refuses them unasked."""
    folded = folded_text(text)
    if phrases.held.always or not _INVESTOR_RELATIONS.gates or len(folded) != len(text):
        return None  # (folding changed the length: no line's offsets in the folded text)
    words = {word for word, _ in phrases.held.first_words} | set(_INVESTOR_RELATIONS.gates[0])
    starts = [line.start for line in lines]
    asked = set()
    for word in words:
        for at in word_offsets(folded, word):
            i = bisect_right(starts, at) - 1
            if at + len(word) <= lines[i].end:
                asked.add(i)
    return asked


_TABLE_RULE = re.compile(r"[\s|:+=-]*")  # a rule under a table's heading row: '|---|---|'


def _bar_cells(line: Line) -> list[tuple[str, int]]:
    """The non-empty cells of a table row printed with bars ('| Jane Roe | IR Manager |'):
    (text, document offset)."""
    cells, at = [], 0
    for part in line.text.split("|"):
        stripped = part.strip()
        if stripped:
            cells.append((stripped, line.start + at + part.find(stripped)))
        at += len(part) + 1
    return cells


def _table_rows(lines: list[Line], i: int) -> list[Column] | None:
    """A contact table: its heading row names the contact's column and the others' fields
    ('| Contact | Title | Phone | E-mail |'); each row under it, up to the table's end, is one
    contact, its cells in the heading's order. None where line ``i`` heads no such table."""
    if "|" not in lines[i].text:
        return None
    headings = [text for text, _ in _bar_cells(lines[i])]
    field = action_pattern("contact_field")
    if len(headings) < 2 or not _contact_heading().fullmatch(headings[0]) \
            or not all(field.fullmatch(h) for h in headings[1:]):
        return None
    rows = []
    for line in lines[i + 1 : i + 16]:
        if "|" not in line.text:
            break
        if not _TABLE_RULE.fullmatch(line.text):
            rows.append(Column(0, None, cells=_bar_cells(line)))
    return rows or None


def contact_blocks(ctx: DocumentContext) -> list[list[Column]]:
    lines = split_lines(ctx.text)
    phrases = PhraseFinder("contact_header", ctx.text, ACTIONS)
    may_head = _heading_words(ctx.text, phrases)
    asked = _lines_to_ask(ctx.text, lines, phrases)
    blocks = []
    for i, line in enumerate(lines):
        if (asked is not None and i not in asked) or not may_head(line.text):
            continue
        table = _table_rows(lines, i)
        if table is not None:
            blocks.append(table)  # one contact a row
            continue
        columns = _header_columns(line.text, line.start)
        if columns is None:
            inline = _inline_header().match(line.text)
            if not inline:
                continue
            columns = [Column(0, None, cells=[(inline["rest"].strip(), line.start + inline.start("rest"))],
                              indent=inline.start("rest"))]
        rest = lines[i + 1:i + 16]
        if columns and columns[0].cells and len(_cells(inline["rest"], 0)) > 1:
            columns = _side_by_side(line, inline.start("rest"), rest)
            if columns is None:
                continue  # cells after the header that no column below keeps to: left out
        if len(columns) == 1 and not columns[0].cells:
            columns = _data_columns(rest) or columns
        for k, follow in enumerate(rest):
            heads = (asked is None or i + 1 + k in asked) and may_head(follow.text)
            if heads and (_inline_header().match(follow.text) or _header_columns(follow.text, follow.start)):
                break  # the next contact block
            if follow.blank:
                if any(c.cells for c in columns) and not _goes_on(rest[k + 1:], columns):
                    break
                continue
            for text, pos, offset in _cells(follow.text, follow.start):
                column = max((c for c in columns if c.start <= pos + 2), key=lambda c: c.start, default=columns[0])
                column.cells.append((text, offset))
                column.indent = pos if column.indent is None else column.indent
        blocks.append(columns)
    return blocks


def _data_columns(lines: list) -> list[Column] | None:  # noqa: ANN001
    """"Contacts:" over two contacts side by side ("Grace Lin      Michael Chou"): the columns
    are where the first line's names start, when the lines below keep to them."""
    block = []
    for line in lines:
        if line.blank:
            break
        block.append(_cells(line.text, line.start))
    if len(block) < 2 or len(block[0]) < 2 or not all(PERSON.fullmatch(c[0]) for c in block[0]):
        return None
    starts = [c[1] for c in block[0]]
    if not all(any(abs(pos - st) <= 2 for st in starts) for cells in block[1:] for _, pos, _ in cells):
        return None
    return [Column(st, None) for st in starts]


def _side_by_side(header: Line, rest_at: int, lines: list[Line]) -> list[Column] | None:
    """"Contacts:   Acme Co., Ltd.      Bluewater Partners" over "Jane Doe      Laura Finch": the
    header's cells start contacts printed side by side, one column each, where the lines below
    keep to the cells' starts and hold two columns at least once; a header line alone keeps its
    cells as one contact ("Contact: Jane Doe  +82-2-1234-5678"); None where the lines below
    neither keep to the columns nor are absent (the columns cannot be told apart)."""
    cells = _cells(header.text[rest_at:], header.start + rest_at)
    starts = [rest_at + pos for _, pos, _ in cells]
    below = []
    for line in lines:
        if line.blank:
            break
        below.append([pos for _, pos, _ in _cells(line.text, line.start)])
    if not below:
        return [Column(0, None, cells=[(header.text[rest_at:].strip(), header.start + rest_at)], indent=rest_at)]
    kept = all(any(abs(pos - st) <= 2 for st in starts) for row in below for pos in row)
    if not kept or not any(len(row) > 1 for row in below):
        return None
    return [Column(st, None, cells=[(text, offset)], indent=st) for (text, _, offset), st in zip(cells, starts)]


def _goes_on(lines: list, columns: list[Column]) -> bool:  # noqa: ANN001
    """After a blank line, a block goes on where the next line is contact data (a name with an
    e-mail, a phone number) written in the block's column: a second group of contacts."""
    group = []
    for line in lines:
        if line.blank:
            if group:
                break
            continue
        group.append(line)
    if not group:
        return False
    cells = _cells(group[0].text, group[0].start)
    starts = [c.indent for c in columns if c.indent is not None]
    if not cells or not any(abs(cells[0][1] - st) <= 2 for st in starts):
        return False
    # the group's first lines hold a name with an e-mail or a phone number ("The Ruder Group, New
    # York" / "Daniel Marsh, +1-212-555-0167")
    return any(EMAIL.search(line.text) or _PHONE_IN_LINE.search(line.text) for line in group[:3])
