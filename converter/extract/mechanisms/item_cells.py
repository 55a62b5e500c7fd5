"""The cells of a document and what each holds, read from its layout alone: the first half of
reading its outline of labelled items (``item_outline`` nests what is read here).

A document is read as cells: its lines, except that a line opening with ``|`` (a table flattened
into text) starts a cell that a bare ``|`` continues on the next short lines. Each cell holds an
item marker (``1.``, ``(1)``, ``a.``, ``가.``, ``①``, ``•``, ``-``, ``※``), a label and values
(``Label : value``, ``Label      value      value``, ``Paid-In Capital (won) 731,250,000,000``),
a label alone (its value follows in the next cell, or items follow under it), a value alone, or
prose. Whether words are a label or a value is told here too (``is_label``, ``is_value``).
"""

from __future__ import annotations

import re
from typing import NamedTuple
from functools import lru_cache

from converter.extract.mechanisms.lines import split_lines
from converter.parse.dates import find_dates
from converter.extract.mechanisms.item_labels import (
    column_role,
    concept_row,
    label_key,
    may_be_concept_or_name,
    may_name,
    qualifier_role,
    says_uncertain,
)
from converter.extract.mechanisms.sentences import HANGUL


class Cell(NamedTuple):
    """A run of the document text (line breaks read as spaces) and where it lies. (A named
    tuple, not a frozen dataclass: every cell of a document is one, and a named tuple is about
    twice as cheap to build.)"""

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
_RULE_OPENINGS = "-=_"  # what a stripped ruled line opens with: a line opening otherwise is tried no further
NIL = frozenset({"-", "–", "—", "n/a", "na", "none", "nil", "해당없음", "해당사항 없음", "없음", "%"})
_NIL_LONGEST = max(map(len, NIL))


def _markers(text: str) -> tuple[str, int]:
    """The leading item markers of ``text`` (the first one places the item in the outline) and
    where its body starts: ``*   - TOTAL ...`` has two."""
    first, pos = "", 0
    while (m := _MARKER.match(text, pos)) and m.end() > pos:
        if _ECHO.match(m["marker"]) and _LOWER.match(text[m.end():m.end() + 1]):
            break  # "(1) share on ...": a figure repeated in words wrapped onto the line, not an item
        first = first or m["marker"]
        pos = m.end()
    return first, pos


_ECHO = re.compile(r"\(\d{1,2}\)$|\d{1,2}\.$")
# a lower-case letter: words wrapped onto the line go on after the marker
_LOWER = re.compile(r"[a-z]")


def document_cells(text: str) -> list[tuple[Cell, bool]]:
    """The document as (cell, is a table cell) pairs: each non-blank line, except that a line
    opening with ``|`` starts a table cell, which a bare ``|`` continues on the next lines."""
    lines = split_lines(text)
    bodies = [line.text.strip() for line in lines]  # each line stripped once, not at each look
    out: list[tuple[Cell, bool]] = []
    i, count = 0, len(lines)
    while i < count:
        body = bodies[i]
        if not body or (body[0] in _RULE_OPENINGS and _RULE.fullmatch(body)):
            i += 1
            continue
        line = lines[i]
        if body[0] != "|":
            if "|" in body and _KO_BARRED.search(body):  # "1. 신주의 종류와 수 | 보통주식 (주) | 4,000,000": a row, one cell per bar
                out += [(c, True) for c in _split_bars(line.text, line.start)]
            else:  # (the line's content_start and content_end, without their property calls)
                out.append((Cell(body, line.start + len(line.text) - len(line.text.lstrip(" \t")),
                                 line.start + len(line.text.rstrip())), False))
            i += 1
            continue
        if body.strip("| \t"):
            cells = _split_bars(line.text, line.start)
            j = _wrapped_qualifier(text, lines, bodies, i, cells[-1]) if body[-1] != "|" else i + 1
            if j > i + 1:  # the last cell goes on: "|Common" / "Shares"
                end = lines[j - 1].content_end
                cells[-1] = Cell(text[cells[-1].start:end].replace("\n", " "), cells[-1].start, end)
            out += [(c, True) for c in cells]
            i = j
            continue
        j = i + 1  # the cell's lines: the first, then short ones (a long line is a paragraph)
        while (j < count and j - i <= 8 and bodies[j] and not bodies[j].startswith("|")
               and (j == i + 1 or max(len(bodies[j]), len(bodies[j - 1])) <= 60)):
            j += 1
        if j > i + 1:
            start, end = lines[i + 1].content_start, lines[j - 1].content_end
            out.append((Cell(text[start:end].replace("\n", " "), start, end), True))
        i = j
    return out


_WRAP_LINES = 2  # lines a class or column cell of a narrow table wraps onto
_WRAP_LENGTH = 30  # characters of such a line: a word or two


def _wrapped_qualifier(text: str, lines: list, bodies: list[str], i: int, last: Cell) -> int:
    """Where the table cell ``last`` (the end of line ``i``) ends, as the index of the line
    after it: a narrow table flattened one cell per ``|`` prints a class or column cell's
    second word on the next line ("|Common" / "Shares" / "|200,000"), and only the two lines
    together are the qualifier that places the figure after them. The short lines are read so
    only where they end at the next ``|`` line and complete a qualifier the first line is not
    (a heading or a signature line between two tables stays a line of its own)."""
    j = i + 1
    while (j < len(bodies) and j - i <= _WRAP_LINES and bodies[j] and bodies[j][0] != "|"
           and len(bodies[j]) <= _WRAP_LENGTH):
        j += 1
    if j == i + 1 or j >= len(bodies) or not bodies[j].startswith("|") or qualifier_role(last.text):
        return i + 1
    joined = " ".join([last.text, *bodies[i + 1:j]])
    return j if qualifier_role(joined) else i + 1


# a Korean form's row printed on one line, its cells between bars
_KO_BARRED = re.compile(r"[가-힣][^|\n]*\s\|\s+\S")


# a cell between bars
_BETWEEN_BARS = re.compile(r"[^|]+")


def _split_bars(line: str, offset: int) -> list[Cell]:
    cells = []
    for m in _BETWEEN_BARS.finditer(line):
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


# a digit
_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=4096)  # a cell's words are asked again as a part, a label, a continued line
def is_value(text: str) -> bool:
    """A cell that is a value rather than a label: a figure, amount, percentage or date with at
    most two further words, a dash or 'N/A', or words saying the value is not decided yet."""
    text = text.strip()
    if text.lower() in NIL or (len(text) <= 80 and says_uncertain(text)):
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


@lru_cache(maxsize=4096)  # asked two or three times of most cells (half the calls repeat one)
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
    if not key.isascii() and _KO_CLAUSE.search(key):  # (a clause needs Hangul)
        return False  # "청운반도체는 ... 결의했으며 배당금 총액은" / "481억원이다.": a sentence, wrapped
    return not _SENTENCE_STOP.search(key) or bool(_ABBREVIATION_AT_END.search(key))


# an "as of <date>" ending a label
_AS_OF_AT_END = re.compile(r"\s+as\s+(?:of|at)\s+(\S.{0,25})$")


def _without_as_of_date(key: str) -> str:
    """A label without the "as of <date>" that ends it, the date alone after it."""
    m = _AS_OF_AT_END.search(key) if " as " in key else None  # a key's spaces are single spaces
    dates = find_dates(m[1]) if m else []
    return key[:m.start()] if m and len(dates) == 1 and dates[0].start == 0 and dates[0].end == len(m[1]) else key


_NAME_WORD = r"(?:[A-Z&][\w&.,'’-]*|of|and|the|[가-힣()㈜]+)"
_NAME_WORDS = re.compile(rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,6}}")  # a company's name: capitalised words
# a text row's value in words, its first capitalised ("Quarterly dividends", "Year-end Dividend")
_TEXT_WORDS = re.compile(r"[A-Z][A-Za-z-]*(?:\s+[A-Za-z-]+){0,2}")


class Piece(NamedTuple):
    """A cell read: its marker, and a label, values or prose. (A named tuple: one per cell.)"""

    marker: str
    label: Cell | None
    values: tuple[Cell, ...]
    prose: Cell | None
    colon: bool  # the label ends with a colon: what follows it is its value
    subs: tuple["Piece", ...] = ()  # items the cell goes on with: a qualifier column's under its label
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
# three blanks in a row: where a line splits into the parts above (else it is one part)
_WIDE_GAP_RUN = re.compile(r"\s{3}")


def is_nil(text: str) -> bool:
    """Whether ``text`` is a nil value ("-", "N/A", "해당없음"): ``text.strip().lower() in NIL``,
    asked only of a text short enough or with blanks around it (a longer one is no nil word)."""
    if len(text) > _NIL_LONGEST and not text[:1].isspace() and not text[-1:].isspace():
        return False
    return text.strip().lower() in NIL


def _body(cell: Cell, pos: int) -> Cell:
    """``_sub(cell, pos, len(cell.text))``: a cell with no marker, stripped already and spanning
    its text (as most of a document's are) is its own body, not a copy of it."""
    text = cell.text
    if pos or text[:1].isspace() or text[-1:].isspace() or cell.end - cell.start != len(text):
        return _sub(cell, pos, len(text))
    return cell


def read_cell(cell: Cell, is_table: bool) -> Piece:
    """What one cell holds: its marker, then a label and its values, a label alone, values
    alone or prose (a cell of a table is never split at wide spaces: its bars did that)."""
    if is_nil(cell.text):
        return Piece("", None, (cell,), None, False)
    marker, pos = _markers(cell.text)
    body = _body(cell, pos)
    if not body.text:
        return Piece(marker, None, (), None, False)
    m = _LABEL_AND_COLON.match(body.text) if ":" in body.text or "：" in body.text else None
    if m and is_label(m[1]):
        pairs = _pairs(body)
        if pairs:
            return pairs[0]._replace(marker=marker, subs=pairs[1:])
        rest = _sub(body, m.end(), len(body.text))
        return Piece(marker, _sub(body, 0, len(m[1])), (rest,) if rest.text else (), None, not rest.text)
    # a line with no wide gap is one part, and one part is read as none: no fixed-width row
    parts = list(_WORDS_ONE_OR_TWO_SPACES_APART.finditer(body.text)) if not is_table and _WIDE_GAP_RUN.search(
        body.text) else []
    if (len(parts) >= 3 and is_label(parts[0].group(0)) and qualifier_role(parts[1].group(0))
            and all(is_value(p.group(0)) for p in parts[2:])):
        # a fixed-width form: "Number of Shares   Common Shares   1,500,000", the label over its
        # qualifier's row, as the next lines print "Other Shares   -" under it
        sub = Piece("", _sub(body, parts[1].start(), parts[1].end()),
                     tuple(_sub(body, p.start(), p.end()) for p in parts[2:]), None, False)
        return Piece(marker, _sub(body, parts[0].start(), parts[0].end()), (), None, False, (sub,))
    if len(parts) >= 2 and is_label(parts[0].group(0)) and all(is_value(p.group(0)) for p in parts[1:]):
        return Piece(marker, _sub(body, parts[0].start(), parts[0].end()),
                      tuple(_sub(body, p.start(), p.end()) for p in parts[1:]), None, False)
    korean = _korean_row(body, parts)
    if korean is not None:
        return Piece(marker, korean[0], korean[1], None, False)
    if marker and _label_and_word_value(body.text, parts):
        # a numbered item of a fixed-width form whose value is a word: "1. 배당구분    결산배당"
        return Piece(marker, _sub(body, parts[0].start(), parts[0].end()), (_sub(body, parts[1].start(), parts[1].end()),),
                     None, False)
    if is_value(body.text) and not (marker and is_label(body.text)):  # "1. 1주당 배당금" is an item
        # "5. 배당금총액(원) 3,456,789,000": a numbered item whose one-word label (its unit in
        # brackets, which the value test passes over) runs on into its figure on a line of
        # single spaces; only a phrase of the vocabulary is taken for a label
        run_on = _run_on(body) if marker and not is_table and _WORD_FIRST.match(body.text) else None
        if run_on:
            return Piece(marker, run_on[0], (run_on[1],), None, False)
        return Piece(marker, None, (body,), None, False)
    run_on = _run_on(body)
    if run_on:
        return Piece(marker, run_on[0], (run_on[1],), None, False)
    if is_label(body.text):
        return Piece(marker, body, (), None, False)
    return Piece(marker, None, (), body, False)


# a cell that opens with a word (Hangul or a letter), not a figure, sign or currency symbol
_WORD_FIRST = re.compile(r"[^\W\d_]")

_WIDE_GAP = 4  # spaces between a label and its value in a fixed-width form, not between words


def _label_and_word_value(text: str, parts: list[re.Match[str]]) -> bool:
    """A label and, far to its right, a short value in words ("배당구분      결산배당", "Type of
    Dividend      Year-end dividend"): two cells, the gap between them wide."""
    if len(parts) != 2 or not is_label(parts[0].group(0)) or parts[0].group(0).endswith(":"):
        return False
    value = parts[1].group(0)
    return (parts[1].start() - parts[0].end() >= _WIDE_GAP and len(value) <= 40 and is_label(value)
            and not CORNER.fullmatch(parts[0].group(0)))


# the corner cell of a Korean table's heading row: "구분   분할 전   분할 후"
CORNER = re.compile(r"구\s*분|항\s*목|내\s*용")


def _korean_row(body: Cell, parts: list[re.Match[str]]) -> tuple[Cell, tuple[Cell, ...]] | None:
    """A fixed-width row of a Korean form: its heading row (a corner cell, then column words:
    "구분   분할 전   분할 후"), or a label of two cells (an item and its share class:
    "발행주식총수    보통주식(주)    2,400,000    24,000,000") and its values."""
    if len(parts) < 2 or not HANGUL.search(parts[0].group(0)):
        return None
    if CORNER.fullmatch(parts[0].group(0)) and all(column_role(p.group(0)) for p in parts[1:]):
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


def _pairs(body: Cell) -> list[Piece]:
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
        pieces.append(Piece("", _sub(body, m.start("label"), m.end("label")),
                             (_sub(body, m.start("value"), m.end("value")),), None, False))
        pos = m.end()
    return pieces if len(pieces) >= 2 else []


_RUN_ON_ROLES = ("@counterparty_name", "@record_date", "@dividend_kind")  # a role whose label a run-on cell may hold
# where a run-on cell may split between its label and its value
_SPACES = re.compile(r"\s+")


def _run_on(body: Cell) -> tuple[Cell, Cell] | None:
    """``Paid-In Capital (won) 731,250,000,000``: a phrase of the vocabulary, then its value."""
    if len(body.text) > 160 or (len(body.text.split()) > 7 and not body.text[-1:].isdigit()):
        return None  # a paragraph, or words with no figure at their end
    concept, name = may_be_concept_or_name(body.text, _RUN_ON_ROLES)
    if not concept:
        return None  # no phrase of the vocabulary can be the whole of its first words
    for m in reversed(list(_SPACES.finditer(body.text))):  # the longest label first
        label, value = body.text[:m.start()], body.text[m.end():]
        valued = is_value(value)
        # (a value in words is only a name's, and the label must name one: none of the words
        # does where no name's phrase can be in any of the text's first words)
        named = (valued or name) and len(label.split()) <= 3 and bool(_NAME_WORDS.fullmatch(value))
        # "Dividend Type Quarterly Dividend": a few capitalised words, the value of a text row
        # ("Category of dividends Quarterly dividends": a sentence-case value as well)
        worded = not valued and len(label.split()) <= 3 and bool(_TEXT_WORDS.fullmatch(value) or (
            len(value.split()) <= 3 and _NAME_WORDS.fullmatch(value)))
        if not (valued or named or worded) or not is_label(label) or not (valued or worded or may_name(label)):
            continue
        row = concept_row(label, _RUN_ON_ROLES)
        if row and (named if row.kind == "name" else worded or valued if row.kind == "text" else valued):
            return _sub(body, 0, m.start()), _sub(body, m.end(), len(body.text))
    return None

