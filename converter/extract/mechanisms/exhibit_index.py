"""Exhibit indexes: the numbered list of the documents a filing furnishes, row by row.

Three layouts, one reader:

- fixed-width lines: ``Exhibit 99.1:  Press release dated ...`` anywhere, or ``99.1   Press
  release ...`` under an index heading, a description wrapped under itself or back to the margin;
- cells (an HTML table flattened by a converter or a web mirror): the number alone in its cell
  (``|1.``, ``99.1 |``), the description in the next cell, ``|`` lines between;
- no heading at all: a list numbered from 1 between a cover's questions and its signature whose
  rows each name a kind of document (``Press release entitled "...", dated April 2, 2007.``).

Headings, column headers, date cues and document words are in ``data/exhibit_words.tsv``. A
description that the end of the text cuts (a saved excerpt stops in it) is not given; its number
and a date it states in full still are.

>>> from converter.extract.mechanisms.lines import split_lines
>>> text = "EXHIBIT INDEX\\n|Exhibit|Description\\n|1.\\n|\\nNotice of the annual meeting, dated May 2, 2006\\n"
>>> [(r.number, r.description, str(r.date[0])) for r in exhibit_rows(text, split_lines(text))]
[('1', 'Notice of the annual meeting, dated May 2, 2006', '2006-05-02')]
"""

from __future__ import annotations

import bisect
import datetime as dt
import operator
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from converter.extract.mechanisms.lines import SIGNATURES_HEADING_WORD, Line, lines_holding, squash
from converter.extract.mechanisms.tokens import dates_between
from converter.parse.dates import FoundDate, find_dates
from converter.parse.gates import Gated, folded_text
from converter.parse.match_starts import matches_from, word_offsets
from converter.resources import data_rows

_I = re.IGNORECASE
# '99.1', '1', or a letter: 'Exhibit A', or a list's 'a.' (not the 'U' of 'U.S.')
_NUMBER = r"(?P<number>\d{1,3}(?:\.\d{1,3})?|[A-Z](?![\w.])|[A-Z](?=\.(?![\w.])))"
_NUMBER_ALONE = re.compile(rf"(?:(?P<word>exhibit|item)\s+(?:no\.?\s*)?)?{_NUMBER}\s*[.:)]?", _I)
_NUMBER_WITH_TEXT = re.compile(
    rf"""(?P<lead>\s*)(?:(?P<word>exhibit|item)\s+(?:no\.\s*)?)?  # 'Exhibit 99.1', 'Item 1', or a bare number
         {_NUMBER}
         \s*(?::|\.\s|-{{1,2}}\s|[\u2013\u2014]\s?|\s{{2,}}|\t|\)\s)  # what separates it from the description
         \s*(?P<text>\S.*)$""",
    _I | re.X)
_RULE = re.compile(r"[\s|_\-=*.]*")
_STOP = re.compile(
    rf"""\s*\|?\s*(?:{SIGNATURES_HEADING_WORD}\s*$  # the signatures heading
                 |(?:by|date|dated)\s*:        # a signature block's fields
                 |/s/)""",
    _I | re.X)
_WRAP_WIDTH = 70  # a line this long ended at the typist's right margin
_PERIOD_ENDED = re.compile(r"(?:quarter|period|year|months?|half)\s+ended\s+", _I)
_CUT_ENDINGS = re.compile(r"[A-Za-z,;:&(-]$")  # where no description ends unless cut
_HEADING_LOOKAHEAD = 6  # lines between a heading and its first row, at most
_WORDY = re.compile(r"[A-Za-z가-힣]{3}")
_START = operator.attrgetter("start")  # a line's offset: the lines are searched by it


@dataclass(frozen=True)
class ExhibitRow:
    number: str
    number_span: tuple[int, int]
    description: str | None  # None when the end of the text cuts it
    span: tuple[int, int]  # the description's words
    date: tuple[dt.date, int, int] | None  # the date the exhibit bears, and where
    period_end: tuple[dt.date, int, int] | None  # the end of the period it reports on


@cache
def _words(kind: str) -> re.Pattern[str]:
    rows = [regex for k, regex in data_rows("exhibit_words.tsv") if k == kind]
    return re.compile("|".join(f"(?:{r})" for r in rows), _I)


@cache
def heading_gate(kind: str) -> Gated:
    """The words every index heading of ``kind`` holds ('exhibit', 'document', 'contents'...)."""
    return Gated(_heading(kind))


# the words a heading may print before the first word of its gate: its item ('Item 19.', '(d)')
# and the lead of its phrase ('List of', 'Index to', 'Table of'); ``|`` and spaces aside
HEADING_LEAD_WORDS = 4
_LEAD_WORD = re.compile(r"[^\s|]+")  # a word of a heading's lead: what stands between spaces and bars


def _heading_starts(text: str, folded: str, gate: Gated) -> list[int]:
    """The places a heading of ``gate`` can start, in order: it opens with ``^`` (re.M), so at a
    line's start, and holds a word of the gate's first set after at most ``HEADING_LEAD_WORDS``
    words; so only the starts of the lines from which such a word is that few words away."""
    if not gate.gates or len(folded) != len(text):  # (no words known, or folding moved the text)
        return [0, *(m.end() for m in _LINE_BREAK.finditer(text))]
    starts: set[int] = set()
    for at in sorted(at for word in gate.gates[0] for at in word_offsets(folded, word)):
        line = text.rfind("\n", 0, at) + 1
        # (a line taken for a word before this one: the lines above it that are few enough words
        # from this word are fewer words from that one, and were taken then)
        while line not in starts and len(_LEAD_WORD.findall(text, line, at)) <= HEADING_LEAD_WORDS:
            starts.add(line)
            if line == 0:
                break
            line = text.rfind("\n", 0, line - 1) + 1
    return sorted(starts)


_LINE_BREAK = re.compile("\n")


@cache
def _heading(kind: str) -> re.Pattern[str]:
    """A heading alone on its line, maybe under its item of a form ('Item 19. Exhibits', an
    8-K's '(d) Exhibits.')."""
    item = r"(?:item\s+\d{1,2}(?:\.\d{1,2})?[A-Z]?\.?[ \t]+|\([a-z]\)[ \t]*)?"
    return re.compile(rf"^[ \t|]*{item}(?:{_words(kind).pattern})[ \t|:.]*$", re.M | _I)


def _a_row(text: str, draft: _Draft) -> bool:
    """A description is words, not a page number or a section mark ('I.')."""
    return bool(_WORDY.search(" ".join(p[0] for p in draft.parts)))


_CELL_BREAK = re.compile(r"[|\t]")  # what stands between two cells (a line without one is one cell)


def _cells(line: Line) -> list[tuple[str, int, int]]:
    """The cells of a line flattened from a table (``|`` between cells, or the tab an HTML
    table's cells are read with): (text, start, end), empty ones left out."""
    cells = []
    offset = line.start
    for piece in _CELL_BREAK.split(line.text) if "|" in line.text or "\t" in line.text else (line.text,):
        stripped = piece.strip()
        if stripped:
            lead = len(piece) - len(piece.lstrip())
            cells.append((stripped, offset + lead, offset + lead + len(stripped)))
        offset += len(piece) + 1
    return cells


def _is_header(cell: str) -> bool:
    return _words("header").fullmatch(cell.rstrip(":")) is not None


def _number_key(number: str) -> tuple[int, ...]:
    """'99.1' -> (99, 1); a letter counts as its place in the alphabet ('A' -> (1,))."""
    if number.isalpha():
        return (ord(number.upper()) - ord("A") + 1,)
    return tuple(int(p) for p in number.split("."))


@dataclass
class _Draft:
    number: str
    number_span: tuple[int, int]
    parts: list[tuple[str, int, int]]  # description pieces: text, start, end
    worded: bool = False  # the number was written 'Exhibit 1' / 'Item 1'


def _runs_on(previous: Line) -> bool:
    """A line of running text that goes on on the next line ('... attached thereto as' over
    'Exhibit 99.1. Except as ...'): what follows it is no row of an index."""
    return (not previous.blank and "|" not in previous.text and re.search(r"[a-z,]$", previous.text.rstrip()) is not None
            and not _NUMBER_WITH_TEXT.match(previous.text))


def _continues(previous: Line, line: Line, column: int) -> bool:
    """Whether ``line`` goes on with the description above it: indented under it, or at any
    indent after a line wrapped at the right margin."""
    if line.blank or _NUMBER_WITH_TEXT.match(line.text) or _STOP.match(line.text) or "|" in line.text:
        return False
    if line.indent >= column - 2:
        return True
    wrapped = previous.text.rstrip()
    return len(wrapped) >= _WRAP_WIDTH and not wrapped.endswith((".", ":", ";"))


def _row_at(lines: list[Line], i: int, end: int,
            cells: list[tuple[str, int, int]] | None = None) -> tuple[_Draft | None, int]:
    """The row that starts on line ``i`` and the index of the line after it (``cells``: that
    line's, where the caller has cut them already)."""
    line = lines[i]
    cells = _cells(line) if cells is None else cells
    alone = _NUMBER_ALONE.fullmatch(cells[0][0]) if cells else None
    if alone:  # cells: the description is the next cell, on this line or a following one
        number_span = (cells[0][1] + alone.start("number"), cells[0][1] + alone.end("number"))
        following = cells[1:2]
        j = i + 1
        while not following and j < end and j <= i + 3:
            following = _cells(lines[j])[:1]
            j += 1
        if not following or _NUMBER_ALONE.fullmatch(following[0][0]) or _STOP.match(following[0][0]):
            return None, i + 1
        draft = _Draft(alone["number"], number_span, [following[0]], bool(alone["word"]))
        if cells[1:2]:
            return draft, i + 1
        return draft, _more_cells(lines, j, end, draft.parts)
    m = _NUMBER_WITH_TEXT.match(line.text.replace("|", " "))
    if not m:
        return None, i + 1
    column = m.start("text")
    parts = [(squash(m["text"]), line.start + m.start("text"), line.content_end)]
    j = i + 1
    while j < end and _continues(lines[j - 1], lines[j], column):
        parts.append((lines[j].stripped, lines[j].content_start, lines[j].content_end))
        j += 1
    return _Draft(m["number"], (line.start + m.start("number"), line.start + m.end("number")), parts,
                  bool(m["word"])), j


def _more_cells(lines: list[Line], j: int, end: int, parts: list[tuple[str, int, int]]) -> int:
    """A row printed one cell a line goes on past a description cell that ends in a colon: the
    cell alone on its line after a bare '|' line is what the colon introduces ('99.1' / '|' /
    'Announcement on <date>:' / '|' / 'its subject'), unless it is the next number, a stop or a
    header (a cell without the colon ends the row: what follows may be the signature's name).
    Appends them to ``parts``; gives the index of the line after the row."""
    while j + 1 < end and lines[j].stripped == "|" and parts[-1][0].endswith(":"):
        cells = _cells(lines[j + 1])
        if len(cells) != 1 or "|" in lines[j + 1].text or _NUMBER_ALONE.fullmatch(cells[0][0]) \
                or _STOP.match(cells[0][0]) or _is_header(cells[0][0]):
            break
        parts.append(cells[0])
        j += 2
    return j


def _list_rows(lines: list[Line], i: int, end: int, *, lookahead: int) -> tuple[list[_Draft], bool]:
    """Rows from line ``i``: after at most ``lookahead`` other lines, rows in increasing order
    until a line that is none (blank lines, rules and column headers pass); and whether a
    column header stood over them."""
    rows: list[_Draft] = []
    skipped = 0
    header = False
    while i < end:
        line = lines[i]
        cells = _cells(line)
        if _STOP.match(line.text):
            break
        if not cells or _RULE.fullmatch(line.text) or all(_is_header(c[0]) for c in cells):
            header = header or bool(cells and not rows and not _RULE.fullmatch(line.text))
            i += 1
            continue
        draft, after = _row_at(lines, i, end, cells)
        if draft is None or (rows and _number_key(draft.number) <= _number_key(rows[-1].number)):
            if rows or skipped >= lookahead:
                break
            skipped += 1
            i += 1
            continue
        rows.append(draft)
        i = after
    return rows, header


def _date_in(text: str, start: int, end: int, cue: re.Pattern[str],
             dates_of: Callable[[str, int, int], list[FoundDate]] = dates_between) -> tuple[dt.date, int, int] | None:
    """The date right after a ``cue`` in ``text[start:end]``, read by ``dates_of`` (what
    ``find_dates`` finds in the piece: from the document's date index, by default)."""
    for m in cue.finditer(text, start, end):
        dates = dates_of(text, m.end(), min(end, m.end() + 40))
        if dates and dates[0].start == 0:
            return dates[0].value, m.end(), m.end() + dates[0].end
    return None


@cache
def _date_cue() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_words('date_cue').pattern})\s+", _I)


def _finish(text: str, draft: _Draft) -> ExhibitRow:
    start, end = draft.parts[0][1], draft.parts[-1][2]
    description = squash(" ".join(p[0] for p in draft.parts)).rstrip(" |")
    cut = _CUT_ENDINGS.search(description) is not None and not text[end:].strip()  # (the cheaper test first)
    date = _date_in(text, start, end, _date_cue()) or _closing_date(text, start, end)
    period_end = _date_in(text, start, end, _PERIOD_ENDED)
    return ExhibitRow(draft.number, draft.number_span, None if cut else description, (start, end),
                      date, period_end)


def _closing_date(text: str, start: int, end: int) -> tuple[dt.date, int, int] | None:
    """A date in brackets that closes a description: 'Notice of ... (July 27, 2006)'."""
    dates = dates_between(text, start, end)  # (the document's dates, read once)
    if not dates:
        return None
    last = dates[-1]
    opened = text[start : start + last.start].rstrip().endswith("(")
    closed = re.fullmatch(r"\s*\)\s*\.?\s*", text[start + last.end : end]) is not None
    return (last.value, start + last.start, start + last.end) if opened and closed else None


def _names_documents(text: str, draft: _Draft) -> bool:
    words = " ".join(p[0] for p in draft.parts)
    return bool(_words("document").search(words) or _date_in(words, 0, len(words), _date_cue(), _piece_dates))


def _piece_dates(text: str, start: int, end: int) -> list[FoundDate]:
    """``find_dates`` of a piece of a text that is no document's (a row's words, joined): not
    indexed, which would put out a document's index."""
    return find_dates(text[start:end])


def _worded_lines(text: str, folded: str, lines: list[Line]) -> list[int]:
    """The indices of the lines that may be 'Exhibit N' lines: those that hold the word
    ('exhibit' in the line lowered). Found in the document's fold (``folded``, ``fold(text)``) by
    ``str.find``, not by lowering each line: a line whose lowered text holds the word holds it
    folded too (folding differs from lowering only on 'İ', 'ı' and 'ſ', none of which lowers to
    a letter of the word's), and a line that holds it only folded is passed over below, where
    the word as written must lower to 'exhibit'. Where folding moved the text, each line."""
    if len(folded) != len(text):
        return [i for i, line in enumerate(lines) if "exhibit" in line.text.lower()]
    return lines_holding(folded, lines, ("exhibit",))


Body = tuple[int, int] | None


def exhibit_rows(text: str, lines: list[Line], *, body: Body | Callable[[], Body] = None) -> list[ExhibitRow]:
    """The exhibit index of ``text`` (``lines`` its lines): the rows under every index heading,
    then 'Exhibit N' lines anywhere; with neither, a list numbered from 1 that names documents
    inside ``body`` (a cover's stretch between its questions and its signature), or inside what
    ``body()`` gives when it is a function: a cover's body is then found only where neither
    gave a row (finding it reads the cover's box rows)."""
    found: dict[str, _Draft] = {}
    folded = folded_text(text)
    for kind in ("heading", "contents_heading"):
        gate = heading_gate(kind)
        if not gate.may_match(folded):
            continue
        for heading in matches_from(gate.pattern, text, _heading_starts(text, folded, gate)):
            first = bisect.bisect_left(lines, heading.end(), key=_START)  # the first line after the heading
            for n, draft in enumerate(_list_rows(lines, first, len(lines), lookahead=_HEADING_LOOKAHEAD)[0]):
                if not _a_row(text, draft):
                    break
                if kind == "contents_heading" and not (draft.worded or _names_documents(text, draft)):
                    break  # a report's contents, not the documents furnished
                if kind == "contents_heading" and n == 0 and not draft.worded and _number_key(draft.number)[-1] != 1:
                    break  # 'CONTENTS |4 |5 |6 | Report on ...': page numbers; a list of documents opens at 1
                found.setdefault(draft.number, draft)
    for i in _worded_lines(text, folded, lines):
        line = lines[i]
        m = _NUMBER_WITH_TEXT.match(line.text)
        if m and m["word"] and m["word"].lower() == "exhibit" and not (i and _runs_on(lines[i - 1])):
            draft, _ = _row_at(lines, i, len(lines))
            if draft:
                found.setdefault(draft.number, draft)
    if not found and callable(body):
        body = body()
    if not found and body is not None:
        # the lines that start inside the body (the lines' starts ascend)
        first, after = (bisect.bisect_left(lines, at, key=_START) for at in body)
        if first < after:
            drafts, header = _list_rows(lines, first, after, lookahead=0)
            if drafts and _number_key(drafts[0].number)[-1] == 1:
                for draft in drafts:  # an 'Item' / 'Description' header makes it an index
                    if not header and not _names_documents(text, draft):
                        break
                    found[draft.number] = draft
    ordered = sorted(found.values(), key=lambda d: _number_key(d.number))
    return [_finish(text, draft) for draft in ordered]
