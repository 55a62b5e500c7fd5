"""The document's anchors in time: the date it bears, the date its board resolved, and the
period its document-level facts are reported for. Anchoring never fails a document.

Where the date comes from, best first:

1. the layout of the document's family (a 6-K's signature date, a release's dateline, a
   schedule's signature);
2. a labelled date anywhere in the text (``data/date_labels.tsv``: "Dated as of", "Date of BOD
   resolution", "As filed with the Securities and Exchange Commission on", ``입력``, ``송고``);
3. a date standing alone on a line at the head or the foot of the document;
4. the EDGAR header (CONFORMED PERIOD OF REPORT, FILED AS OF DATE);
5. the date the user gave (``convert --date``);
6. none: document and entity facts go in a ``forever`` context, with a warning.

Only dates the text states as the document's own become a ``DocumentDate`` fact; the header's
and the user's dates place the document in time without being stated by it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from converter.extract.lines import Line, split_lines
from converter.model import DocumentFamily, FilingHeader, SourceDocument
from converter.parse.dates import FoundDate, find_dates
from converter.resources import data_rows

HEAD_LINES = 60
FOOT_LINES = 15
LABEL_REACH = 40  # characters of filler a label may leave before its date ("Date and Time: ...")


@dataclass(frozen=True)
class Located:
    """A value with the clean-text range it was read from (``end == start`` when derived)."""

    value: object
    start: int = 0
    end: int = 0


@dataclass(frozen=True)
class DateLabel:
    kind: str  # document | resolution | anchor
    side: str  # before | after
    pattern: re.Pattern[str]
    meaning: str


@cache
def date_labels() -> tuple[DateLabel, ...]:
    flags = re.IGNORECASE | re.MULTILINE
    return tuple(DateLabel(kind, side, re.compile(regex, flags), meaning)
                 for kind, side, regex, meaning in data_rows("date_labels.tsv"))


@dataclass(frozen=True)
class LabelledDate:
    value: dt.date
    start: int
    end: int
    kind: str
    meaning: str


def labelled_dates(text: str) -> list[LabelledDate]:
    """Every date of ``text`` that a label of ``data/date_labels.tsv`` says what it is, in order.

    >>> [(d.value.isoformat(), d.kind) for d in labelled_dates(
    ...     "6. Date of BOD resolution : August 2, 2006\\n(서울=연합뉴스) 2001/08/02 15:30 송고")]
    [('2006-08-02', 'resolution'), ('2001-08-02', 'document')]
    """
    dates = find_dates(text)
    if not dates:
        return []
    found: dict[int, LabelledDate] = {}
    for label in date_labels():
        for m in label.pattern.finditer(text):
            date = _date_after(dates, m.end()) if label.side == "before" else _date_before(dates, m.start())
            if date is not None and date.start not in found:
                found[date.start] = LabelledDate(date.value, date.start, date.end, label.kind, label.meaning)
    return sorted(found.values(), key=lambda d: d.start)


def _date_after(dates: list[FoundDate], offset: int) -> FoundDate | None:
    for date in dates:
        if offset <= date.start <= offset + LABEL_REACH:
            return date
        if date.start > offset + LABEL_REACH:
            break
    return None


def _date_before(dates: list[FoundDate], offset: int) -> FoundDate | None:
    before = [d for d in dates if d.end <= offset]
    return before[-1] if before and offset - before[-1].end <= 2 else None


# -- the date a family's layout gives ---------------------------------------------------------

_DATELINE_DASH = re.compile(r"\s(?:-{1,2}|[\u2013\u2014])\s")
_DATED = re.compile(r"\bdated\s+(?:as\s+of\s+)?", re.IGNORECASE)
_SIGNATURE_DATE = re.compile(r"^\s*date[d]?\s*:\s*", re.IGNORECASE | re.MULTILINE)
# "the undersigned hereby execute this Agreement as of February 14, 2005": an agreement's date
# given only by its execution clause
_EXECUTED_AS_OF = re.compile(
    r"\b(?:execute[ds]?|executing|signed|entered\s+into|made)\b[^.;]{0,80}?\bas\s+of\s+(?:this\s+)?",
    re.IGNORECASE)
SIGNATURES_HEADING = re.compile(r"^\s*S\s?I\s?G\s?N\s?A\s?T\s?U\s?R\s?E\s?S?\s*$", re.M | re.IGNORECASE)


def _standalone_date(lines: list[Line]) -> Located | None:
    """A date alone on a line, or set off at its right end ("보도자료      2004년 1월 27일")."""
    for line in lines:
        for found in find_dates(line.text):
            alone = found.text.strip() == line.stripped.strip("()[]")
            right = line.text[found.end:].strip() == "" and line.text[:found.start].endswith("   ")
            if alone or right:
                return Located(found.value, line.start + found.start, line.start + found.end)
    return None


def _dateline_date(text: str) -> Located | None:
    for found in find_dates(text[:3000]):
        after = text[found.end : found.end + 6]
        if _DATELINE_DASH.match(" " + after.lstrip(" ,")) or after.lstrip(" ,").startswith(("-", "\u2013", "\u2014")):
            return Located(found.value, found.start, found.end)
    return None


def _date_after_label(pattern: re.Pattern[str], text: str) -> Located | None:
    for m in pattern.finditer(text):
        dates = find_dates(text[m.end() : m.end() + 40])
        if dates and dates[0].start == 0:
            return Located(dates[0].value, m.end() + dates[0].start, m.end() + dates[0].end)
    return None


def leading_date(line: Line) -> FoundDate | None:
    """A date that opens a line and stands alone or before a column gap ('December 22, 2005
    <spaces> By: /s/ ...'): a signature block's date written without 'Date:'."""
    dates = find_dates(line.text) if not line.blank else []
    if not dates or dates[0].start != line.indent:
        return None
    rest = line.text[dates[0].end :]
    return dates[0] if not rest.strip() or rest.startswith("  ") else None


def _signature_line_date(text: str) -> Located | None:
    """The unlabelled date of a 6-K's SIGNATURES section."""
    heading = SIGNATURES_HEADING.search(text)
    if not heading:
        return None
    base = heading.end()
    for line in split_lines(text[base : base + 2000]):
        found = leading_date(line)
        if found:
            return Located(found.value, base + line.start + found.start, base + line.start + found.end)
    return None


def _family_date(text: str, family: DocumentFamily) -> Located | None:
    """The date the layout of the document's family puts where its date goes."""
    head = split_lines(text[:6000])[:HEAD_LINES]
    if family is DocumentFamily.COVER_6K:
        finders = (lambda: _date_after_label(_SIGNATURE_DATE, text), lambda: _signature_line_date(text))
    elif family is DocumentFamily.SCHEDULE_13:
        # a schedule bears the date it is signed; the date alone on its cover is the date of
        # the event that requires the filing
        finders = (
            lambda: _date_after_label(_SIGNATURE_DATE, text),
            lambda: _standalone_date(head),
            lambda: _date_after_label(_DATED, text[:3000]),
        )
    else:
        finders = (
            lambda: _standalone_date(head),
            lambda: _dateline_date(text),
            lambda: _date_after_label(_DATED, text[:3000]),
            lambda: _date_after_label(_SIGNATURE_DATE, text),
            lambda: _date_after_label(_EXECUTED_AS_OF, text[:20000]),
        )
    for finder in finders:
        located = finder()
        if located:
            return located
    return None


# -- the anchors of a document ----------------------------------------------------------------


@dataclass(frozen=True)
class DateAnchors:
    """What places a document in time."""

    document_date: Located | None  # the date the text says the document bears (DocumentDate)
    resolution_date: Located | None  # the date a board resolved what it reports
    anchor: dt.date | None  # the day the document's facts are placed at, wherever it came from
    source: str  # where ``anchor`` came from: text, header, user, or none


def find_date_anchors(document: SourceDocument, family: DocumentFamily, header: FilingHeader | None,
                      user_date: dt.date | None = None) -> DateAnchors:
    """The document's dates, with the fallbacks of the module docstring; never raises."""
    text = document.text
    labelled = labelled_dates(text)
    first = {kind: next((d for d in labelled if d.kind == kind), None) for kind in ("document", "resolution", "anchor")}
    resolution = first["resolution"]
    resolved = Located(resolution.value, resolution.start, resolution.end) if resolution else None
    own = _family_date(text, family)
    if own is None and first["document"] is not None:
        own = Located(first["document"].value, first["document"].start, first["document"].end)
    if own is None:
        own = _standalone_date(split_lines(text)[-FOOT_LINES:])
    if own is not None:
        return DateAnchors(own, resolved, own.value, "text")  # type: ignore[arg-type]
    for weak in (resolved, first["anchor"]):
        if weak is not None:
            return DateAnchors(None, resolved, weak.value, "text")  # type: ignore[arg-type]
    if header and (header.period or header.filed_as_of):
        return DateAnchors(None, None, header.filed_as_of or header.period, "header")
    if user_date:
        return DateAnchors(None, None, user_date, "user")
    return DateAnchors(None, None, None, "none")
