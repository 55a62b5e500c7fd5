"""The document's anchors in time: the date it bears, the date its board resolved, and the
period its document-level facts are reported for. Anchoring never fails a document.

Where the date comes from, best first:

1. the layout of the document's family: a release's date line or dateline (``Seoul, May 2,
   2005 --``, a wire's name allowed before the dash); a 6-K's "Dated" line, a date line of its
   cover or of the report it furnishes, that report's dateline - never the date of its
   signature, which is the signature's (``SignatureDate``) and only anchors the document; a
   schedule's filing date where a header labels it ('Filing Date:'), else its signature;
2. a labelled date anywhere in the text (``date_labels``, from ``data/date_labels.tsv``: "Dated
   as of", "Date of BOD resolution", "As filed with the Securities and Exchange Commission on",
   ``입력``, ``송고``), unless an entry of a list of other documents gives it ('99.1
   Announcement, dated ...');
3. a date standing alone on a line at the foot of the document (not the end of a range);
4. the EDGAR header (CONFORMED PERIOD OF REPORT, FILED AS OF DATE);
5. the date the user gave (``convert --date``);
6. none: document and entity facts go in a ``forever`` context, with a warning.

The resolutions of a board meeting bear the meeting's date; a release whose board resolved
"today" dates the resolution by its dateline; an 8-K's "Date of Report" ends the period it
reports on. Only dates the text states as the document's own become a ``DocumentDate`` fact;
the header's and the user's dates place the document in time without being stated by it.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from collections.abc import Callable, Container, Iterator, Sequence
from dataclasses import dataclass
from functools import cache

from converter.extract.datelines import dashed_dateline, dateline_date
from converter.extract.date_labels import LabelledDate, in_a_list_of_documents, labelled_dates
from converter.extract.kinds.schedule_13_front_page import event_date
from converter.extract.located import Located
from converter.extract.mechanisms.lines import Line, split_lines, split_prefix
from converter.extract.mechanisms.tokens import dates_between, indexed_prefix
from converter.extract.standalone_dates import standalone_date
from converter.extract.signature_dates import (  # noqa: F401  (SIGNATURE_WORD, _SIGNED_LINE, _SIGNING and
    SIGNATURE_WORD,  # _signing_lines too: other modules and tests read them here, where they were)
    SIGNATURES_HEADING,
    _SIGNATURE_DATE,
    _SIGNED_LINE,
    _SIGNING,
    _signing_lines,
    signature_date_offsets,
    signature_headings,
)
from converter.model import DocumentFamily, FilingHeader, SourceDocument
from converter.parse.dates import FoundDate, find_dates
from converter.parse.gates import Gated, GatedAlternatives, folded_piece, folded_text
from converter.parse.match_starts import matches_from

HEAD_LINES = 60
FOOT_LINES = 15
_ABOVE_FOOT = 4  # lines read above the foot: a label, a blank line, the cells of its row


def head_lines(text: str, limit: int) -> list[Line]:
    """``split_lines(text[:limit])``, made from the lines of the whole ``text`` (split once per
    document and remembered) where it is longer than ``limit``: the lines before the one that
    ``limit`` cuts are the same lines, and that one is cut where ``text[:limit]`` ends.

    >>> head_lines("ab\\ncd\\r\\nef", 6) == split_lines("ab\\ncd\\r\\nef"[:6])
    True
    """
    lines = split_lines(text)
    if len(text) <= limit:
        return lines
    cut = bisect.bisect_right(lines, limit, key=lambda line: line.start) - 1  # the last to start by ``limit``
    last = lines[cut]
    return lines[:cut] + [Line(cut, last.start, text[last.start : limit].rstrip("\r"))]


# -- the date a family's layout gives ---------------------------------------------------------

_DATED = re.compile(r"\bdated\s+(?:as\s+of\s+)?", re.IGNORECASE)
# "the undersigned hereby execute this Agreement as of February 14, 2005" (or "as of the 29th
# day of May, 2024"): an agreement's date given only by its execution clause
_EXECUTED_AS_OF = re.compile(
    r"\b(?:execute[ds]?|executing|signed|entered\s+into|made)\b[^.;]{0,80}?\bas\s+of\s+(?:th(?:is|e)\s+)?",
    re.IGNORECASE)
# a report on an SEC form: a 6-K cover's check boxes and banner, another form's banner
_REPORT_FORM = re.compile(r"form\s+20-F[^\n]{0,40}\n?[^\n]{0,40}form\s+40-F|report\s+of\s+foreign\s+(?:private\s+)?issuer"
                          r"|^[ \t|]*form\s+(?:8-K|10-K|10-Q|20-F|40-F)(?:/A)?[ \t]*$", re.IGNORECASE | re.MULTILINE)
# whether a text is such a report, each alternative asked behind its own words ('20-f' and
# '40-f', 'foreign' and 'issuer', a form's number): 'form' alone is in most texts
_REPORT_FORM_FOUND = GatedAlternatives(_REPORT_FORM)


def _on_report_form(text: str) -> bool:
    """Whether the first 6,000 characters of ``text`` are those of a report on an SEC form."""
    return _REPORT_FORM_FOUND.found_in(text, folded_piece(text, 0, 6000), 6000)


# a document that records a board meeting: the meeting's date is its date
_MEETING_RECORD = re.compile(r"resolutions?\s+of\s+(?:the\s+)?board|minutes\s+of\s+(?:the\s+)?(?:\w+\s+){0,3}meeting",
                             re.IGNORECASE)
# a board that resolved on the day of the release: 'resolved at the Board of Directors Meeting today'
_RESOLVED_TODAY = re.compile(
    r"""(?:resolved|approved|decided|adopted)\s+at\s+(?:the|its)\s+board\s+of\s+directors['’]?\s+meeting\s+(?:held\s+)?today
    | board\s+of\s+directors\s+(?:has\s+)?today\s+(?:resolved|approved|decided|adopted)
    | board\s+of\s+directors\s+(?:resolved|approved|decided|adopted)\s+today""", re.IGNORECASE | re.VERBOSE)


# the labels a date follows, each behind the words its matches hold and tried only where they
# can start (most texts have no 'dated'; 'executed ... as of' opens with one of four words)
_AFTER_DATED, _AFTER_DATE, _AFTER_EXECUTED = Gated(_DATED), Gated(_SIGNATURE_DATE), Gated(_EXECUTED_AS_OF)


def _date_after_label(label: Gated, text: str, skip: Container[int] = frozenset(),
                      end: int | None = None) -> Located | None:
    """The first date right after the ``label`` pattern, in ``text[:end]``, that does not start
    in ``skip`` nor date another document listed on its line. (Read in ``text`` itself up to
    ``end``, not in a slice: a slice would get a date index of its own.)"""
    end = len(text) if end is None else min(end, len(text))
    for m in _matches_before(label, text, end):
        dates = dates_between(text, m.end(), min(m.end() + 40, end))
        if not dates or dates[0].start != 0:
            continue
        if in_a_list_of_documents(text, m.start()) or m.end() in skip:  # (it reads the text before the label only)
            continue
        return Located(dates[0].value, m.end() + dates[0].start, m.end() + dates[0].end)
    return None


def _matches_before(label: Gated, text: str, end: int) -> Iterator[re.Match[str]]:
    """``label.pattern.finditer(text, 0, end)`` (what ``finditer`` of ``text[:end]`` finds), tried
    only where the label's opening words begin, and not at all in a text without its words."""
    folded = folded_text(text)  # (the document's own fold, when ``text`` is the whole of it)
    if not label.may_match(folded):
        return iter(())
    if label.starts is None or len(folded) != len(text):  # (folding changed the offsets)
        return label.pattern.finditer(text, 0, end)
    positions = label.starts.positions(folded)
    return matches_from(label.pattern, text, positions[: bisect.bisect_left(positions, end)], end)


def leading_date(line: Line) -> FoundDate | None:
    """A date that opens a line and stands alone or before a column gap ('December 22, 2005
    <spaces> By: /s/ ...'): a signature block's date written without 'Date:'."""
    dates = find_dates(line.text) if not line.blank else []
    if not dates or dates[0].start != line.indent:
        return None
    rest = line.text[dates[0].end :]
    return dates[0] if not rest.strip() or rest.startswith("  ") else None


def _signature_line_date(text: str) -> Located | None:
    """The date of a 6-K's signature block, labelled or not ('Date: May 3, 2005', 'December 22,
    2005      By: /s/ ...'): never a date of the documents printed after the block."""
    headings = signature_headings(text)
    if not headings:
        return None
    heading_end = headings[0][1]
    signed = signature_date_offsets(text)
    for found in dates_between(text, heading_end, heading_end + 3000):
        start = heading_end + found.start
        if start in signed:
            return Located(found.value, start, heading_end + found.end)
    return None


# the 6-K cover's "For the month of ____" line filled in with a day: "For September 3, 2013"
_FOR_DAY = re.compile(r"[ \t|(]*For[ \t]*:?[ \t]*", re.IGNORECASE)


def _report_for_day(text: str, lines: list[Line]) -> Located | None:
    """The day a report on Form 6-K is for, where its cover's line "For the month of" gives a
    day instead ("For September 3, 2013", alone on its line): the date the report bears."""
    for line in lines:
        label = _FOR_DAY.match(text, line.start, line.end)
        dates = dates_between(text, label.end(), line.end) if label else []
        if label and len(dates) == 1 and dates[0].start == 0 and (
                not text[label.end() + dates[0].end : line.end].strip(" \t|).")):
            return Located(dates[0].value, label.end() + dates[0].start, label.end() + dates[0].end)
    return None


def _family_date(text: str, family: DocumentFamily, listed: Callable[[], frozenset[int]] = frozenset,
                 signed: LazyOffsets | None = None, event: Container[int] = frozenset(),
                 cited: Container[int] = frozenset()) -> Located | None:
    """The date the layout of the document's family puts where its date goes (never one of
    ``listed()``: the dates of the rows of a list of other documents). ``signed``: where the
    dates of its signature blocks start, for a report on an SEC form (None for any other);
    ``event``: where a schedule's cover prints the date of the event that requires its filing,
    which is the event's (``EventDate``), not the date the document bears; ``cited``: where the
    dates of the letters and filings the text cites start ('its letter dated ...'), which are
    theirs."""
    head = head_lines(text, 6000)[:HEAD_LINES]
    if signed is not None:
        # a 6-K bears the date its cover or its report states; its signature's date is the
        # signature's (SignatureDate), not the report's
        skip = LazyOffsets(lambda: signed.offsets() | listed() | frozenset(cited))
        finders = (
            lambda: _date_after_label(_AFTER_DATED, text, skip, 3000),
            lambda: _report_for_day(text, head),
            lambda: standalone_date(text, head, skip),
            lambda: dateline_date(text, skip),
        )
    elif family is DocumentFamily.SCHEDULE_13:
        # a schedule bears the date it is signed (or filed); the date alone above the caption
        # '(Date of Event which Requires Filing of this Statement)' is the event's, which may
        # precede the filing by years
        finders = (
            lambda: _date_after_label(_AFTER_DATE, text),
            lambda: standalone_date(text, head, event, cells=True),
            lambda: _date_after_label(_AFTER_DATED, text, cited, end=3000),
        )
    else:
        finders = (
            lambda: dashed_dateline(text),
            lambda: _opening_date(text, head),
            lambda: standalone_date(text, head, event),
            lambda: _first_cell_date(text, head),
            lambda: dateline_date(text),
            lambda: _closing_date(text, head),
            lambda: _date_after_label(_AFTER_DATED, text, cited, end=3000),
            lambda: _date_after_label(_AFTER_DATE, text),
            lambda: _date_after_label(_AFTER_EXECUTED, text, end=20000),
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
    period_end: Located | None = None  # a date the text labels as the end of what it reports


@cache
def _resolved_today_gated() -> Gated:
    return Gated(_RESOLVED_TODAY)


def _resolved_today(text: str) -> Located | None:
    """The dateline's date, where the release says its board resolved 'today'."""
    head = text[:4000]
    today = next(_resolved_today_gated().finditer(head, folded_piece(text, 0, 4000)), None)  # most heads lack 'today'
    dateline = dateline_date(text) if today else None
    return dateline if dateline is not None and dateline.start < today.start() else None


# the word 'date' a web copy prints before the page's date at the head of its text, with no
# colon (' date 2023-08-04 The Group reported ...')
_DATE_WORD = re.compile(r"date\s*:?\s*", re.IGNORECASE)


def _opening_date(text: str, lines: list[Line]) -> Located | None:
    """A date opening one of the first lines (of ``text``) before the title it dates, in a copy
    that ran the head's lines together ('November 11, 2004 Consolidated Financial Results ...'),
    or after the word 'date' opening the text's first line (' date 2023-08-04 The Group ...')."""
    for number, line in enumerate(itertools.islice((line for line in lines if not line.blank), 3)):
        dates = dates_between(text, line.start, line.end)  # = find_dates(line.text)
        word = _DATE_WORD.match(line.text, line.indent) if number == 0 and dates else None
        if word and dates[0].start == word.end():
            return Located(dates[0].value, line.start + dates[0].start, line.start + dates[0].end)
        if dates and dates[0].start == line.indent:
            rest = line.text[dates[0].end :].split()[:3]
            if len(rest) == 3 and all(w[:1].isupper() for w in rest):
                return Located(dates[0].value, line.start + dates[0].start, line.start + dates[0].end)
    return None


def _first_cell_date(text: str, lines: list[Line]) -> Located | None:
    """A date alone in a lone cell on the first line of the text: a DART form copied as a table
    opens with its date so ('| 2020 년 3 월 6 일 |', over '1. 정정대상 공시서류 : ...'). Only the
    first line: further down, a cell holding a date alone is a column heading of a table."""
    line = next((line for line in lines if not line.blank), None)
    if line is None or line.text.count("|") > 2:
        return None
    dates = dates_between(text, line.start, line.end)
    if len(dates) != 1 or dates[0].text.strip() != line.stripped.strip("| \t"):
        return None
    return Located(dates[0].value, line.start + dates[0].start, line.start + dates[0].end)


# what ends a period or a range before its last date: 'for the Year Ended', 'from May 1 to'
_PERIOD_WORD_BEFORE = re.compile(r"\b(?:ended|ending|end|to|through|until|from|as\s+(?:of|at)|at|on|of|for|in|and|-)\s*$",
                                 re.IGNORECASE)


_LABELLED = re.compile(r":|\bdated?\b", re.IGNORECASE)  # a label's colon or its word 'date'
# the clock time a disclosure portal prints after the date it posted a filing under its title
# ('풍문또는보도에대한해명(미확정) 2019-05-03 17:41:00')
_POSTING_CLOCK = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?")
# a Korean title, whose words a disclosure's name runs together with no space: six syllables
_KO_TITLE_WORDS = re.compile(r"[가-힣]{6}")


def _closing_date(text: str, lines: list[Line]) -> Located | None:
    """A date closing the first line (of ``text``), after the title it dates, in a copy that ran
    the head's lines together ('Consolidated Financial Results for the Year Ending March 31, 2019
    [Based on Japanese GAAP] November 7, 2018'), or the date and time a disclosure portal posted
    the filing under that title ('유상증자결정 2019-05-03 17:41:00'): not a period's end nor a range's ('... for the
    Quarter Ended June 30, 2009')."""
    line = next((line for line in lines if not line.blank), None)
    if line is None:
        return None
    dates = dates_between(text, line.start, line.end)
    after = line.text[dates[-1].end :].strip() if dates else ""
    if not dates or after and not _POSTING_CLOCK.fullmatch(after):
        return None
    before = line.text[: dates[-1].start]
    if len(before.split()) < 3 and not _KO_TITLE_WORDS.search(before):
        return None
    if _PERIOD_WORD_BEFORE.search(before) or _LABELLED.search(before):
        return None  # (a label's date, 'Date of Report: ...', is its item's)
    return Located(dates[-1].value, line.start + dates[-1].start, line.start + dates[-1].end)


Listed = Sequence[tuple[int, int]] | Callable[[], Sequence[tuple[int, int]]]


def _listed_dates(text: str, listed: Listed) -> frozenset[int]:
    """Where the dates of the rows ``listed`` (or that it reads) start in ``text``."""
    rows = listed() if callable(listed) else listed
    return frozenset(s + d.start for s, e in rows for d in dates_between(text, s, e))


class LazyOffsets:
    """Offsets in a text, read only when first asked about (``offset in lazy``): the dates of a
    6-K's signature blocks and of its list of documents are what a candidate for its date must
    not be, and most covers offer no candidate that needs the test (no 'Dated', no date alone
    on a line of the head, no dateline), so they are often never read. Every test that asks
    about them is the last of its conjunction: what it answers, not when, is all that counts.

    >>> lazy = LazyOffsets(lambda: frozenset({3, 5}))
    >>> lazy._offsets is None, 5 in lazy, 4 in lazy, lazy.offsets()
    (True, True, False, frozenset({3, 5}))
    """

    __slots__ = ("_read", "_offsets")

    def __init__(self, read: Callable[[], frozenset[int]]) -> None:
        self._read: Callable[[], frozenset[int]] = read
        self._offsets: frozenset[int] | None = None

    def offsets(self) -> frozenset[int]:
        if self._offsets is None:
            self._offsets = self._read()
        return self._offsets

    def __contains__(self, offset: object) -> bool:
        return offset in self.offsets()


def _first(labelled: list[LabelledDate], kind: str, listed: Callable[[], frozenset[int]],
           skip: Container[int] = frozenset()) -> Located | None:
    """The first labelled date of ``kind`` that starts neither where a row of a list of other
    documents has a date (``listed()``, asked only when there is a date of the kind: reading
    the rows of an exhibit index costs more than the rest of the anchoring of a schedule or
    an agreement, whose labelled dates are mostly of a kind consulted only when its layout
    gives no date) nor in ``skip``."""
    of_kind = [d for d in labelled if d.kind == kind]
    excluded = listed() if of_kind else frozenset()
    found = next((d for d in of_kind if d.start not in excluded and d.start not in skip), None)
    return Located(found.value, found.start, found.end) if found else None


# the caption under a schedule's event date, which only a schedule's cover prints
# (gated: asked of every document but a 6-K cover, which seldom holds its words; a caseless
# pattern opening with a letter is otherwise tried at each character of the text)
_EVENT_CAPTION = Gated(re.compile(r"date\s+of\s+event\s+(?:which|that)\s+requires\s+filing", re.IGNORECASE))


def _event_dates(text: str) -> frozenset[int]:
    """Where the date of the event that requires a schedule's filing starts, if its cover
    prints one: that date places the schedule in time but is not the date it bears."""
    if next(_EVENT_CAPTION.finditer(text, folded_text(text)), None) is None:
        return frozenset()
    found = event_date(text)
    return frozenset({found.start}) if found is not None else frozenset()


# what ends a past event's label right before its date ('... held on ', '... ended '): a label
# whose date is further on (a figure or a word between) labels some other date
_PAST_LABEL_END = re.compile(r"(?:\bon|\bended|\bthe)\s*$", re.IGNORECASE)


def _reports_later_events(text: str, labelled: list[LabelledDate], own: Located) -> bool:
    """Whether the text reports as past an event dated after ``own``, the date its layout gives
    ('Board Meeting held on 14th June, 2031' under a listing page's stamp ' date
    2031-01-18'): a document is not dated before what it reports, so that date is the page's
    (when it was listed or copied), not the document's; none is given rather than a wrong one."""
    return any(d.kind == "past" and d.value > own.value
               and _PAST_LABEL_END.search(text, max(0, d.start - 12), d.start) is not None for d in labelled)


def _own_text(text: str, end: int) -> str:
    """``text[:end]``, the cover's own text, whose date index and lines are cut from the whole
    text's (read for the document anyway) instead of being read again for it."""
    split_prefix(text, end)
    return indexed_prefix(text, end)


def find_date_anchors(document: SourceDocument, family: DocumentFamily, header: FilingHeader | None,
                      user_date: dt.date | None = None, *, own_text_end: int | None = None,
                      listed: Listed = ()) -> DateAnchors:
    """The document's dates, with the fallbacks of the module docstring; never raises.

    ``own_text_end``: where a 6-K that furnishes several documents stops speaking for itself
    (the dates after it are its exhibits'); ``listed``: the rows of its list of documents,
    whose dates are the exhibits' too, or a function that reads them (called only when a date
    could be one of theirs and matters: a labelled date of a kind consulted, or any date of a
    report on a form)."""
    text = document.text if own_text_end is None else _own_text(document.text, own_text_end)
    labelled = labelled_dates(text)
    cover_6k = family is DocumentFamily.COVER_6K or _on_report_form(text)
    listed_dates = LazyOffsets(lambda: _listed_dates(text, listed)).offsets  # read once, when first needed
    resolved = _first(labelled, "resolution", listed_dates)
    period_end = _first(labelled, "period", listed_dates)
    meeting = _first(labelled, "anchor", listed_dates)
    if meeting is not None and _MEETING_RECORD.search(text, 0, 600):
        resolved = resolved or meeting  # the resolutions of a meeting bear its date
    # the day the text calls today, when its board met ('held today i.e. May 18, 2017'): the
    # document's own date and its board's, before a web copy's stamp
    today = _first(labelled, "today", listed_dates)
    resolved = resolved or today
    if resolved is None:
        resolved = _resolved_today(text)
    pages = document.page_starts[1:]
    signed = LazyOffsets(lambda: signature_date_offsets(text, pages)) if cover_6k else None
    # a schedule is dated by the day it was filed, where a header states it (a web copy prints
    # its own publication time stamp first, which is no date of the filing); another document's
    # filing date is a weak date, asked only when nothing better is found (its list of documents
    # may have to be read to answer)
    schedule = family is DocumentFamily.SCHEDULE_13
    filed = _first(labelled, "filed", listed_dates) if schedule else None
    own = filed or today
    event = frozenset() if cover_6k else _event_dates(text)
    if own is None:
        cited = frozenset(d.start for d in labelled if d.kind == "cited")  # the dates of letters the text cites
        own = _family_date(text, family, listed_dates, signed, event, cited)
        own = None if own is not None and _reports_later_events(text, labelled, own) else own
    if own is None:
        own = _first(labelled, "document", listed_dates, signed if signed is not None else frozenset())
    if own is None and meeting is not None and resolved is meeting:
        own = meeting
    if own is None and not cover_6k:
        # the foot's dates, with a few lines above them for the label a first one is the value of
        lines = split_lines(text)[-FOOT_LINES - _ABOVE_FOOT:]
        own = standalone_date(text, lines, event, first=max(len(lines) - FOOT_LINES, 0))
        own = None if own is not None and _reports_later_events(text, labelled, own) else own
    if own is not None:
        return DateAnchors(own, resolved, own.value, "text", period_end)  # type: ignore[arg-type]
    weak_dates = (lambda: resolved, lambda: period_end, lambda: meeting,
                  lambda: filed if schedule else _first(labelled, "filed", listed_dates),
                  lambda: _first(labelled, "document", listed_dates))
    filed_header = header is not None and header.filed_as_of is not None
    for weak_date in weak_dates:
        weak = weak_date()
        if weak is not None and weak.start in event and filed_header:
            continue  # the day the header says it was filed places a schedule better than its event
        if weak is not None:
            return DateAnchors(None, resolved, weak.value, "text", period_end)  # type: ignore[arg-type]
    if cover_6k:
        whole = document.text  # the signature may follow the list of documents
        signed = _signature_line_date(whole) or _date_after_label(_AFTER_DATE, whole)
        if signed is not None:
            return DateAnchors(None, resolved, signed.value, "text", period_end)  # type: ignore[arg-type]
    if header and (header.period or header.filed_as_of):
        return DateAnchors(None, None, header.filed_as_of or header.period, "header", period_end)
    if user_date:
        return DateAnchors(None, None, user_date, "user", period_end)
    return DateAnchors(None, None, None, "none", period_end)
