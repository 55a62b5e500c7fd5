"""Dates standing alone on a line: "2004년 1월 27일", "Hong Kong, 28th March, 2006", a date set off
at a line's right end ("보도자료      2004년 1월 27일"), its weekday or clock time allowed beside it;
not the end of a range printed over lines, nor a Korean form's item whose label is on the line
before. ``anchors`` reads the document's date from such a line at its head or foot."""

from __future__ import annotations

import re
from collections.abc import Container, Iterator
from functools import cache

from converter.extract.located import Located
from converter.extract.mechanisms.lines import Line, between_cells
from converter.extract.mechanisms.tokens import date_index, dates_between
from converter.parse.dates import FoundDate, find_dates
from converter.resources import data_rows


_RANGE_MARK = re.compile(r"^[\s|]*+(?:~|to|through|-|\u2013)[\s|]*$", re.IGNORECASE)


# 'Hong Kong, 28th March, 2006', 'Paris, May 6, 2010': a place and the date, alone on a line;
# '香港，二〇〇六年三月二十日', '台北，2006年3月20日': a place of two to four Han characters, a comma
_PLACE_BEFORE = re.compile(r"[ \t|]*(?:[A-Z][A-Za-z.'’-]+(?:[ \t][A-Z][A-Za-z.'’-]+){0,3}(?:,[ \t]*[A-Z][A-Za-z.]+){0,2},"
                           r"|[\u4e00-\u9fff]{2,4}[，,、])[ \t\u3000]*")


def _placed(lines: list[Line], i: int, found: FoundDate) -> bool:
    """'Hong Kong, 28th March, 2006' alone on a line that no sentence runs onto (not 'on' /
    'Thursday, July 31, 2003.')."""
    line = lines[i]
    place = _PLACE_BEFORE.fullmatch(line.text[: found.start])
    if not place or line.text[found.end :].strip(" .|") or _WEEKDAY_WORD.search(place.group()):
        return False
    return not (i and _RUNS_ON.search(lines[i - 1].text.rstrip()))


_RUNS_ON = re.compile(r"[a-z,]$")  # a line that a sentence runs on from
_LABEL_LEFT = re.compile(r"[a-z:]\s*$")  # a label left of a date: 'For the year ended      December 31'


_WEEKDAY_WORD = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE)


def standalone_date(text: str, lines: list[Line], skip: Container[int] = frozenset(), cells: bool = False,
                    first: int = 0) -> Located | None:
    """A date alone on a line, or set off at its right end ("보도자료      2004년 1월 27일"), that
    is no end of a range, nor (unless ``cells``) a cell of a table; on ``lines[first:]``, the
    lines before them read only for the label or range a date there ends ("| 10. 신주의
    배당기산일 |" over a foot's first line)."""
    for i, line, dates in _dated_lines(text, lines):
        if i < first:
            continue
        if not cells and ("|" in line.text or _flattened_cell(lines, i)):
            continue
        split = split_date(text, lines, i) if not dates else None
        if split and not _in_range(lines, i + 1) and split.start not in skip:
            return split
        for found in dates:
            alone = (found.text.strip() == _without_clock(_without_weekday(line.stripped)).strip().strip("()[]|")
                     or _placed(lines, i, found))
            left = line.text[: found.start]
            right = (_without_weekday(line.text[found.end:]).strip() == "" and left.endswith(("   ", "\u3000\u3000"))
                     and not _LABEL_LEFT.search(left)
                     and not _KO_DATE_LABEL.search(left.rstrip(" \t|\u3000")))  # '6. 배당기준일      2005-12-31'
            # (``skip`` asked last: it may be read only when first asked, see ``LazyOffsets``)
            if ((alone or right) and not _in_range(lines, i) and not (alone and _korean_date_label(lines, i))
                    and not (alone and _column_heading(text, lines, i)) and not (alone and event_caption_above(lines, i))
                    and line.start + found.start not in skip):
                return Located(found.value, line.start + found.start, line.start + found.end)
    return None


_CAPTION_WORDS = 8  # words of a caption over a date ('Record date for final dividend')
_SENTENCE_END = re.compile(r"[.!?;]\s*$")


@cache
def _caption_words(kind: str) -> frozenset[str]:
    return frozenset(word.casefold() for k, word in data_rows("event_date_captions.tsv") if k == kind)


def event_caption_above(lines: list[Line], i: int) -> bool:
    """Whether the line over the date alone on line ``i`` (one blank line between allowed) makes
    it an event's date, not the document's: a sentence that runs on into it ('... payable to
    shareholders of record at the close of business on' / <date>), or a short caption naming a
    meeting, a record date, a payment or a book closure ('Annual General Meeting' / <date>) that
    is no heading of the document itself ('Notice of Annual General Meeting' / <date>).

    >>> from converter.extract.mechanisms.lines import split_lines
    >>> event_caption_above(split_lines("Payment of final dividend\\nMay 3, 2031"), 1)
    True
    >>> event_caption_above(split_lines("Results of Annual General Meeting\\nMay 3, 2031"), 1)
    False
    """
    above = next((lines[k] for k in range(i - 1, max(-1, i - 3), -1) if not lines[k].blank), None)
    if above is None:
        return False
    words = re.findall(r"[A-Za-z][A-Za-z'-]*", above.text)
    if not words:
        return False
    folded = {w.casefold() for w in words}
    if folded & _caption_words("own"):
        return False  # the document's heading, or its 'Dated as of' over its own date
    if words[-1] in _caption_words("runs_on") and above.text.rstrip().endswith(words[-1]):
        return True  # (lower case only: 'ON' ending a heading in capitals is no sentence's)
    return (len(words) <= _CAPTION_WORDS and not _SENTENCE_END.search(above.text) and not find_dates(above.text)
            and bool(folded & _caption_words("event")))


# the first half of a date wrapped over two lines: a month's name alone ('MARCH' / '14, 2031')
_LONE_WORD = re.compile(r"[A-Za-z]{3,9}\.?")


def split_date(text: str, lines: list[Line], i: int) -> Located | None:
    """A date wrapped over line ``i`` and the next, each half alone on its line (a narrow
    column's 'MARCH' / '14, 2031'): the month's name, then the day and the year.

    >>> from converter.extract.mechanisms.lines import split_lines
    >>> lines = split_lines("MARCH\\n14, 2031\\nThe undersigned agree")
    >>> split_date("MARCH\\n14, 2031\\nThe undersigned agree", lines, 0).value
    datetime.date(2031, 3, 14)
    >>> split_date("March\\n14 people agree", split_lines("March\\n14 people agree"), 0) is None
    True
    """
    if i + 1 >= len(lines) or not _LONE_WORD.fullmatch(lines[i].stripped) or lines[i + 1].blank:
        return None
    start = lines[i].start + len(lines[i].text) - len(lines[i].text.lstrip())
    end = lines[i + 1].start + len(lines[i + 1].text.rstrip())
    dates = dates_between(text, start, end)
    if len(dates) != 1 or dates[0].start != 0 or dates[0].end != end - start:
        return None
    return Located(dates[0].value, start, end)


def _flattened_cell(lines: list[Line], i: int) -> bool:
    """Whether ``lines[i]`` is a cell of a table flattened one cell a line (its row's label and
    the "|" closing the cell around it): a column's date ('| Period ended |' / '31/03/2031' /
    '|'), the end of one of the periods it reports, not the date the document bears."""
    # (walked by index: slices of ``lines`` would copy the document's lines for every dated line)
    above = next((lines[k].text for k in range(i - 1, -1, -1) if not lines[k].blank), "")
    below = next((lines[k].text for k in range(i + 1, len(lines)) if not lines[k].blank), "")
    return between_cells(above, below)


def _dated_lines(text: str, lines: list[Line]) -> Iterator[tuple[int, Line, list[FoundDate]]]:
    """``(i, lines[i], dates_between(text, ...))`` for the lines of ``text`` that may hold a
    date, in order: the others, found by one walk of the date index, hold none."""
    spans = [(line.start, line.end) for line in lines]
    for i in date_index(text).may_hold_dates(spans):
        yield i, lines[i], dates_between(text, *spans[i])


# the day of the week a Korean date is printed with: "2006년 10월 26일(목)"
_KO_WEEKDAY = re.compile(r"\s*\(\s*[월화수목금토일]\s*\)\s*$")


# the clock time a news page or a disclosure portal prints by a date on its line ('15:29 April
# 21, 2021', '2022-05-17 17:52:00', '10:02 a.m.')
_CLOCK = re.compile(r"(?<!\S)\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?(?!\S)", re.IGNORECASE)


def _without_weekday(text: str) -> str:
    """``_KO_WEEKDAY.sub("", text)``, asked only of a text holding its ')' (the pattern opens with
    white space: ``re`` would try it at every position of a line that cannot hold it)."""
    return _KO_WEEKDAY.sub("", text) if ")" in text else text


def _without_clock(text: str) -> str:
    """``text`` without the clock time printed by its date (``_CLOCK.sub``, asked only of a text
    holding a ':').

    >>> _without_clock("15:29 April 21, 2021"), _without_clock("2022-05-17 17:52:00 ")
    (' April 21, 2021', '2022-05-17  ')
    """
    return _CLOCK.sub("", text) if ":" in text else text
_KO_OWN_DATE = re.compile(r"(?:배포|보도|작성|공시|제출|발표|입력|등록)\s*(?:일|일자|일시)")
# a Korean form's label of a date of its own ('6. 배당기준일', '9. 주주총회 예정일자', '시작일'): the
# date printed alone on the next line (a table flattened one cell per line) is that item's value
# ('[이자지급기일]': in the brackets a schedule of dates is headed with)
_KO_DATE_LABEL = re.compile(r"[가-힣]+\s*(?:[가-힣]*일|일자|일시)\s*(?:\([^()]{0,10}\))?\s*[\]】]?\s*[:：]?\s*$")


# a Japanese summary's label of a date to come or of record, printed over its value when the
# header is flattened one cell a line ('四半期報告書提出予定日' (the quarterly report's scheduled
# filing date), '配当支払開始予定日', '定時株主総会開催予定日', '基準日'), as the Tokyo Stock
# Exchange's 決算短信 header prints them: never the date the summary was released
_JA_DATE_LABEL = re.compile(r"[\u4e00-\u9fff\u3040-\u30ff]*(?:予定日|予定年月日|基準日)\s*[】)）]?\s*[:：]?\s*$")


# where the label that ends a line begins: after a sentence that ends there ('... 아래와 같다.')
# or the bracket it is set in ('[이자지급기일]')
_LABEL_OPENS = re.compile(r"(?<=다)\.\s*|[\[【]")

# an English form's label of a date item of its own, printed over its value when a table is
# flattened one cell a line ('2. Date of Relevant Disclosure', 'Record Date', 'Date of Merger'):
# that item's date, never the document's - unless the item is the document's own date
_EN_DATE_LABEL = re.compile(
    r"""(?:^|[\d.)]\s*)                                   # the line's start, or an item's number
        (?:date\s+of\s+[a-z][a-z' -]{1,40}?                # 'Date of Relevant Disclosure'
          |(?:[a-z][a-z'-]*\s+){1,3}date                   # 'Record Date', 'Scheduled Payment Date'
           (?:\s+for\s+[a-z][a-z' -]{1,80}?)?)             # a corporate calendar's 'Record date for
                                                          # the final dividend', 'Latest date for lodging ...'
        \s*:?\s*$""", re.IGNORECASE | re.VERBOSE)
# a corporate calendar's dividend and its amount, printed over the day it is paid ('Interim
# Dividend - HK6.5 cents per share', '中期股息 – 每股港幣十二仙'): the payment's date, not the page's
_DIVIDEND_LABEL = re.compile(
    r"""\b(?:dividends?|distributions?)\b.{0,40}?\b(?:cents?|per\s+(?:ordinary\s+)?(?:share|unit))\b  # English
        |(?:股息|股利|分派).{0,6}?每股                                                           # Chinese""",
    re.IGNORECASE | re.VERBOSE)
# the labels of a document's own date ('Date of Report', 'Submission Date'): its date is its own
_EN_OWN_DATE = re.compile(
    r"^(?:[\d.)]\s*)?(?:date\s+of\s+(?:this\s+)?(?:report|submission|release|announcement|publication|disclosure)"
    r"|(?:report|submission|release|announcement|publication|disclosure)\s+date)\s*:?\s*$", re.IGNORECASE)


def _korean_date_label(lines: list[Line], i: int) -> bool:
    """The line before the date (a blank line between allowed) is an item's label whose value it
    is: a Korean form's date item, a Japanese summary's scheduled date, or an English form's
    date item (a table flattened one cell a line).

    >>> from converter.extract.mechanisms.lines import split_lines
    >>> lines = split_lines("2. Date of Prior Notice\\n|\\nMay 3, 2011\\n")
    >>> _korean_date_label(lines, 2), _korean_date_label(split_lines("Date of Report\\nMay 3, 2011"), 1)
    (True, False)

    A later cell of the item's row stands under its first, the label over them both (a results
    form's "Date of end of reporting period" / "30/09/2019" / "|" / "30/06/2019"):

    >>> rows = split_lines("| Date of end of reporting period |\\n30/09/2019\\n|\\n30/06/2019\\n|")
    >>> _korean_date_label(rows, 3), _korean_date_label(split_lines("Results\\n30/09/2019\\n|\\n30/06/2019"), 3)
    (True, False)
    >>> _korean_date_label(split_lines("Record Date\\n30/09/2019\\n30/06/2019"), 2)
    False
    """
    label = _label_above(lines, i)
    for _ in range(_ROW_DATES):
        dates = find_dates(label[1])
        if len(dates) != 1 or dates[0].text.strip() != label[1] or not _bar_between(lines, label[0], i):
            break
        # (a date alone a table's bar above: the row's cell before this one; two dates on lines
        # of their own, no bar between, are two items' values, '提出予定日' / its date / the release date)
        i = label[0]
        label = _label_above(lines, i)
    label = _LABEL_OPENS.split(label[1])[-1]
    if find_dates(label):
        return False  # a date: no label
    if _JA_DATE_LABEL.search(label) or _EN_DATE_LABEL.search(label) and not _EN_OWN_DATE.search(label):
        return True
    if _DIVIDEND_LABEL.search(label):
        return True
    return bool(_KO_DATE_LABEL.search(label)) and not _KO_OWN_DATE.search(label)


def _date_alone(text: str, line: Line) -> bool:
    """Whether a line holds one date and nothing else (but a table's bars and brackets)."""
    dates = dates_between(text, line.start, line.end) if not line.blank else []
    return len(dates) == 1 and dates[0].text.strip() == line.stripped.strip("()[]| \t")


# how many earlier cells of a row, each a date alone, may stand between a date and its label
_ROW_DATES = 3


def _label_above(lines: list[Line], i: int) -> tuple[int, str]:
    """The nearest text in the two lines above line ``i`` (a blank line or a table's bar
    between allowed), with its line's index."""
    for k in range(i - 1, max(0, i - 2) - 1, -1):
        text = lines[k].stripped.strip(" \t|")
        if text:
            return k, text
    return i, ""


def _bar_between(lines: list[Line], above: int, i: int) -> bool:
    """A line of a table's bar alone ("|") stands between lines ``above`` and ``i``."""
    return any(lines[k].stripped.strip(" \t") == "|" for k in range(above + 1, i))


def _column_heading(text: str, lines: list[Line], i: int) -> bool:
    """The date is one of a table's column headings flattened one cell a line: the line above or
    below holds a date alone too ('March 31, 2024' / 'March 31, 2025' over a balance sheet's
    columns). A document's own date stands alone; a table's 'as of' dates come in a run. A
    neighbour date that is its label's value (a header flattened one cell a line: '提出予定日' /
    its date / the release date) heads no column."""
    return any(0 <= near < len(lines) and _date_alone(text, lines[near]) and not _korean_date_label(lines, near)
               for near in (i - 1, i + 1))


def _in_range(lines: list[Line], i: int) -> bool:
    """The date ends or starts a range printed over lines ('Aug. 18, 2006' / '~' / 'Aug. 17, 2007',
    '(January 1, 2008 to' / 'December 31, 2008)')."""
    if i > 0 and _RANGE_OPEN.search(lines[i - 1].text):
        return True
    return any(0 <= near < len(lines) and _RANGE_MARK.match(lines[near].text) for near in (i - 1, i + 1))


_RANGE_OPEN = re.compile(r"\d\s*(?:~|to|through|until|-|\u2013)\s*$", re.IGNORECASE)  # a range's first end
