"""What stands around a document's title and is none of it: the timestamp or page furniture a
web copy prints after the title on its line, a letterhead's address above it, a caption in
brackets, the headings of a table flattened one cell a line."""

from __future__ import annotations

import re
from functools import cache

from converter.extract.mechanisms.lines import Line, squash
from converter.extract.mechanisms.tokens import dates_between
from converter.parse.address import find_addresses
from converter.parse.amounts import find_amounts
from converter.resources import data_rows


@cache
def _tail_pattern() -> re.Pattern[str]:
    """What a web copy prints after a title on its line (``data/title_tails.tsv``), any number
    of them, ending the text."""
    tails = "|".join(f"(?:{row[0].strip()})" for row in data_rows("title_tails.tsv"))
    return re.compile(rf"(?:\s+(?:{tails}))+\s*$", re.IGNORECASE)


def end_before_tail(text: str, start: int, end: int) -> int:
    """Where the title ``text[start:end]`` ends without a timestamp or page furniture after it."""
    m = _tail_pattern().search(text, start, end)
    return m.start() if m and m.start() > start else end


@cache
def _furniture_pattern() -> re.Pattern[str]:
    """A line of page furniture words alone (``data/page_furniture.tsv``), one or several, with
    bars, slashes, dots or arrows between them; the space inside a word may be left out."""
    return re.compile(rf"(?:(?:{_furniture_words('button')})[\s|/·•>»:-]*)+", re.IGNORECASE)


def _furniture_words(kind: str) -> str:
    """The words of ``kind`` in ``data/page_furniture.tsv`` as one alternation, longest first."""
    words = sorted((row[1].strip() for row in data_rows("page_furniture.tsv") if row[0] == kind), key=len, reverse=True)
    return "|".join(r"\s*".join(map(re.escape, w.split())) for w in words)


@cache
def _counts_pattern() -> re.Pattern[str]:
    """Counts of views or comments opening a title's line: a number, maybe a second, then a
    counter's word (``data/page_furniture.tsv``, ``counter``), maybe a number after it."""
    return re.compile(rf"""(?:\d[\d,.]*\s+){{1,2}}         # the counts ('412  3')
                           (?:{_furniture_words('counter')})  # what they count ('comments')
                           (?:\s+\d[\d,.]*)?\s+               # or the count after its word ('조회 1,234')
                        """, re.IGNORECASE | re.VERBOSE)


def start_after_counts(text: str, start: int, end: int) -> int:
    """Where a title starts after the counts of views or comments a page prints before it on
    its line ('412  3 comments Acme Reports Results'): those are page furniture."""
    m = _counts_pattern().match(text, start, end)
    return m.end() if m and m.end() < end else start


def page_furniture(bare: str) -> bool:
    """Whether a line is a web page's buttons or menu alone ('닫기', 'Close', '返回 首頁', '메뉴
    건너뛰기 닫기'): page furniture, no title.

    >>> page_furniture("메뉴 건너뛰기 닫기"), page_furniture("Back to top"), page_furniture("Acme closes deal")
    (True, True, False)
    """
    return len(bare) <= 80 and _furniture_pattern().fullmatch(bare) is not None


ADDRESS_HEAD_LINES = 8  # a letterhead's address stands in the head's first lines
_DIGIT = re.compile(r"\d")


def in_address(text: str, lines: list[Line], first: int, index: int) -> bool:
    """Whether line ``index`` lies wholly inside a letterhead's address ('203 Example-dong, 1-ga
    Jung-gu' / 'Seoul, 100-792 Korea') in the head's first lines from ``first``. Only a line that
    holds a figure is asked (an address without one is rare, and reading addresses is the dearest
    test of a title), and only the stretch of the head that holds it is read: an address lies in
    one stretch no address crosses, so the line's own stretch tells."""
    head = lines[first : first + ADDRESS_HEAD_LINES]
    if not first <= index < first + len(head) or lines[index].blank or not _DIGIT.search(lines[index].text):
        return False
    base, line = head[0].start, lines[index]
    lo, hi = line.content_start - base, line.content_end - base
    found = find_addresses(text[base : head[-1].start + len(head[-1].text)], lambda s, e: s < hi and lo < e)
    return any(a.start <= lo and hi <= a.end for a in found)


def bracketed(bare: str) -> bool:
    """A line wholly in one pair of brackets ('(Translation of registrant's name)', '[Logo]'), not
    one that opens with a short tag in them ('(주)한빛 유상증자결정(제3자배정)').

    >>> bracketed("(ATTN: ADDS details)"), bracketed("(주)한빛 유상증자결정(제3자배정)")
    (True, False)
    """
    if not bare or bare[0] + bare[-1] not in ("()", "[]"):
        return False
    depth = 0
    for i, char in enumerate(bare):
        depth += (char == bare[0]) - (char == bare[-1])
        if depth == 0:
            return i == len(bare) - 1
    return True


# a table's row flattened onto one line: a label, then two or more figure cells ending the line
# ('Net sales (US$'000) 4,321 3,210 +34.6%', 'Operating margin 9.1% 8.7% 0.4pp'); a lone dash is an
# empty cell. A headline's figures sit among its words ('... sales up 12% to $1.2 billion').
_ROW_CELLS = re.compile(
    r"""(?<=[A-Za-z가-힣)\]])                  # after the row's label (a word or its bracketed unit)
    (?:\s+(?:[-+\u2212\u2013(]?[$€£¥₩]?\d[\d,.]*\)?(?:%|pp)?\)?  # a figure cell
            |[-\u2013\u2014]))+                  # or an empty one
    \s*$""", re.VERBOSE)
_FIGURE = re.compile(r"\d")
# a cell that is a figure of a table, not a day or a year: grouped, with decimals, a percent,
# points or a negative's brackets
_MEASURED = re.compile(r"\d,\d{3}|\d\.\d|%|pp|\(")


def table_row(bare: str) -> bool:
    """Whether a line is a table's row run onto one line: a label and two or more figure cells,
    one of them measured (not a date's day and year: '... Ending March 31 2026').

    >>> table_row("Net sales (US$'000) 4,321 3,210 +34.6%"), table_row("Operating margin 9.1% 8.7% 0.4pp")
    (True, True)
    >>> table_row("Acme sales up 12% to $1.2 billion"), table_row("Results for the Year Ending March 31 2026")
    (False, False)
    """
    m = _ROW_CELLS.search(bare)
    if m is None:
        return False
    cells = [cell for cell in m.group().split() if _FIGURE.search(cell)]
    return len(cells) >= 2 and any(_MEASURED.search(cell) for cell in cells) and not cells[-1].endswith(",")


_LETTERS = re.compile(r"[A-Za-z가-힣]{2}")  # a word: a line without one is figures, rules or marks
CELL_RUN = 2  # value cells in a row under a block make it a table's heading (a title's date is one line)


def table_heading(text: str, lines: list[Line], block: list[Line]) -> bool:
    """Whether a block of heading lines is a table's, flattened one cell a line: its column
    headings, repeated one a column ('Three months ended' / 'Three months ended'), or a page's
    label printed again under itself ('Filings • May 2, 2025' / 'Filings'); or a row label or
    heading with the table's value cells right under it ('Gross Sales' / '731.25' / '718.60';
    'Six months ended' / 'June 30, 2024' / 'June 30, 2025'). A title neither repeats nor heads
    figures.

    >>> from converter.extract.mechanisms.lines import split_lines
    >>> row, title = "Net Sales\\n1,731.25\\n1,718.60\\n", "Acme Reports Results\\nMay 2, 2025\\nAcme said sales rose.\\n"
    >>> status = "Audit Status\\nReviewed\\nReviewed\\nAudited\\n"
    >>> [table_heading(text, split_lines(text), split_lines(text)[:1]) for text in (row, title, status)]
    [True, False, True]
    """
    texts = [squash(line.stripped) for line in block]
    if any(below and above.startswith(below) for above, below in zip(texts, texts[1:])):
        return True
    under = lines[block[-1].number + 1 : block[-1].number + 1 + CELL_RUN]
    return len(under) == CELL_RUN and (all(_value_cell(text, line) for line in under)
                                       or all(table_row(line.stripped) for line in under)
                                       or _repeated_cells(under))


def _repeated_cells(under: list[Line]) -> bool:
    """The lines under a block are one short cell repeated, a column each ('Audit Status' /
    'Reviewed' / 'Reviewed'): the block is the label of a table's row, flattened one cell a
    line; no title is followed by the same words twice."""
    cells = {squash(line.stripped.strip(" |")) for line in under}
    return len(cells) == 1 and "" not in cells and all(_narrow(line) for line in under)


def _value_cell(text: str, line: Line) -> bool:
    """A line holding a figure or a date alone, as a table's cell does.

    >>> from converter.extract.mechanisms.lines import split_lines
    >>> text = "Revenue\\n1,731.25\\nJune 30, 2025\\nMay 2, 2025 results"
    >>> [_value_cell(text, line) for line in split_lines(text)]
    [False, True, True, False]
    """
    start, end = line.content_start, line.content_end
    if end <= start:
        return False
    bare = text[start:end]
    for found in reversed(dates_between(text, start, end)):
        bare = bare[: found.start] + bare[found.end :]
    return _LETTERS.search(bare) is None


# what a share-price quote prints after its price: the change, maybe signed, in parentheses,
# maybe a percent or an arrow ('(-1.0%)', '+0.35', '▲120')
_QUOTE_CHANGE = re.compile(r"[\s()+\-\u2212%.,\d▲▼△▽]*")


def price_quote(bare: str) -> bool:
    """Whether a line is a share price alone: a currency and a figure ('NTD 58.20'), maybe its
    change after it, as a quote page prints over its tables; a title says what happened.

    >>> price_quote("NT$ 41.20 (+0.5%)"), price_quote("Hanbit Marine sales of NT$ 41.20 billion")
    (True, False)
    """
    amounts = find_amounts(bare)
    if len(amounts) != 1 or amounts[0].start != 0:
        return False
    return _QUOTE_CHANGE.fullmatch(bare[amounts[0].end :]) is not None


CELL_WORDS = 3  # the words of each line of a narrow column's heading, wrapped in its cell


def _narrow(line: Line) -> bool:
    return len(line.stripped.strip(" |").split()) <= CELL_WORDS


def in_wrapped_cell(lines: list[Line], index: int) -> bool:
    """Whether the line at ``index`` continues a table cell flattened over lines: the line
    above opens the cell ('|Shares'), and the cell's run of lines without a bar ends at the next
    bar within a line or two ('Bought' / 'Back (KRW)' / '|'), every line of it a word or
    three, as a narrow column's heading wraps; such a heading is no title. (A title after a
    signature's last cell runs on into a paragraph, whose lines are long.)"""
    if not index or not lines[index - 1].stripped.startswith("|") or not _narrow(lines[index - 1]):
        return False
    if not _narrow(lines[index]):
        return False
    for near in lines[index + 1 : index + 3]:
        if near.blank:
            return False
        if near.stripped.startswith("|"):
            return True
        if "|" in near.text or not _narrow(near):
            return False
    return False


@cache
def _registrant_caption() -> re.Pattern[str]:
    words = [row[1] for row in data_rows("cjk_header_words.tsv") if row[0] == "registrant_caption"]
    return re.compile("|".join(f"(?:{w})" for w in words))


def over_registrant_caption(lines: list[Line], index: int) -> bool:
    """Whether line ``index`` is the value of a cover's caption naming the registrant, printed
    under it in brackets (a blank line between them at most): the registrant's name, no title
    (``data/cjk_header_words.tsv``, ``registrant_caption``).

    >>> from converter.extract.mechanisms.lines import split_lines
    >>> lines = split_lines("2024 年 3 月\\n\\n韓光 精密 有限公司\\n\\n(將註冊人姓名翻譯成英文)\\n")
    >>> [over_registrant_caption(lines, i) for i in (0, 2)]
    [False, True]
    """
    below = [line for line in lines[index + 1 : index + 3] if not line.blank][:1]
    if not below:
        return False
    caption = below[0].stripped.strip(" |")
    return bracketed(caption) and _registrant_caption().search(caption) is not None


# The EDGAR header of a document of a submission (<TYPE>, <SEQUENCE>, <FILENAME>, <DESCRIPTION>)
# as a copy of EDGAR's HTML prints it, flattened onto the document's first line ('EX-99 3
# acme-exhibit2.htm EXHIBIT 2'): the document's type, no title.
EDGAR_DOCUMENT_LINE = re.compile(
    r"""[ \t|]*
    (?P<type>EX-\d{1,3}(?:\.[0-9A-Z]{1,4})?       # an exhibit's type: EX-99, EX-99.1, EX-99.A
      | SC[ ]13[DG](?:/A)?                       # a schedule's
      | \d{1,2}-[A-Z]{1,2}(?:/A)?)               # a form's: 6-K, 20-F/A
    [ \t]+\d{1,4}                                # its sequence number in the submission
    [ \t]+[\w.-]+\.(?:htm|html|txt)              # its file's name
    (?:[ \t]+[^\n]*)?                            # its description ('EXHIBIT 2', a title)
    """, re.IGNORECASE | re.VERBOSE)


def edgar_document_line(text: str, start: int = 0) -> re.Match[str] | None:
    """The first non-blank line of ``text[start:]`` where it is an EDGAR document header
    flattened onto one line."""
    first = len(text) - len(text[start:].lstrip())
    end = text.find("\n", first)
    return EDGAR_DOCUMENT_LINE.fullmatch(text, first, end if end >= 0 else len(text))


# what a site's listing of filings or quotes prints on one line beside the date: a stock's code
# (four to six digits, maybe after an exchange's letter: '123450', 'A123450', '(2330)') standing
# apart, and the clock time the item was posted ('09:12', '17:41:00')
_STOCK_CODE = re.compile(r"(?<![\w.,/-])\(?[A-Z]?\d{4,6}\)?(?![\w.,/%-])")
_CLOCK = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?!\d)")


def listing_line(undated: str) -> bool:
    """Whether a line, its dates taken out, is a site's listing line: a stock's code and the
    clock time of the posting ('123450 가람전자 2025-06-03 09:12'); a headline prints no clock."""
    return _CLOCK.search(undated) is not None and _STOCK_CODE.search(_CLOCK.sub("", undated)) is not None


def headline_cell(lines: list[Line], index: int) -> bool:
    """Whether line ``index`` is a page's headline kept in the cell of a table a web copy
    flattened, its bar after it ('Acme posts record profit |'): the page's first words, the only
    bar of the line its trailing one, and no bar on the next line with words (a table's rows
    would have)."""
    stripped = lines[index].stripped
    if not stripped.endswith("|") or stripped.count("|") != 1 or any(not line.blank for line in lines[:index]):
        return False
    after = next((line for line in lines[index + 1 : index + 4] if not line.blank), None)
    return after is None or "|" not in after.text
