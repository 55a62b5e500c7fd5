"""Document-level facts every document states plainly: type, date, title, registrant, period.

These are found before the family extractors run, because they fix the context (entity and
period) that all other facts of the document are reported in. The registrant is read by
``extract.registrant``, the title by ``extract.title``, the dates by ``extract.anchors``.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from converter.classify import document_type_table
from converter.extract.anchors import DateAnchors, Located, find_date_anchors
from converter.extract.mechanisms.furnished import cover_text_end, listed_spans
from converter.extract.registrant import registrant_name
from converter.extract.title import document_title
from converter.extract.title_chrome import edgar_document_line
from converter.extract.title_schedule import schedule_banner
from converter.extract.mechanisms.cjk_header import cjk_title, fiscal_year_label, tanshin_period
from converter.extract.mechanisms.results_header import results_title
from converter.extract.mechanisms.tokens import dates_between
from converter.model import (
    Classification,
    DocumentFamily,
    FilingHeader,
    Period,
    SourceDocument,
)
from converter.parse.dates import find_dates, month_period, parse_month
from converter.parse.gates import Gated, folded_piece
from converter.parse.match_starts import matches_from, word_offsets

__all__ = ["DocumentInfo", "Located", "document_title", "document_type", "read_document_info",
           "registrant_name", "report_month"]

HEAD = 5000
HEADING = 2500  # where a document states the period it reports on under its title
ANNUAL_FORMS = frozenset({"20-F", "20-F/A", "10-K", "10-K/A", "40-F", "40-F/A"})


@dataclass(frozen=True)
class DocumentInfo:
    document_type: Located | None
    document_date: Located | None
    title: Located | None
    registrant: Located | None
    period_end: Located | None  # DocumentPeriodEndDate, where the document reports on a period
    document_period: Period  # forever when nothing places the document in time
    dates: DateAnchors
    warnings: tuple[str, ...] = ()


# 'Exhibit 99.1', 'EXHIBIT NO. 1', '- EXHIBIT 99.1', EDGAR's 'EX-99.1' alone on a line
_EXHIBIT_HEADING = re.compile(r"^[ \t|]*[-\u2013]?[ \t]*(?:exhibit\s+(?:no\.\s*)?|ex-)(\d+(?:\.\d+)?)[ \t]*$",
                              re.IGNORECASE | re.MULTILINE)
# A form's banner: 'FORM 6-K' alone on its line (the words may be split over lines), or, in a
# cover collapsed onto one line, followed by what the cover prints under it.
_FORM_BANNER = re.compile(
    r"""(?:^[ \t|]*|(?<=\s))form\s+(?P<type>\d{1,2}-[A-Z]{1,2}|[A-Z]-\d{1,2})(?P<amended>/A)?
    (?=[ \t|]*$                                             # alone on its line (a cell's bar after it)
       | \s+(?:\(mark\s+one\)|report\s+of\s+foreign|current\s+report(?!s)|annual\s+report|\(amendment)
       | \s+(?:united\s+states\s+)?securities\s+and\s+exchange\s+commission  # a cover run together
       | \s+(?:[^\w\s]{1,3}|\[\s*\]|\(\s*\))\s+registration\s+statement\s+pursuant)  # the form's first
                                                            # box, a lost glyph or '[ ]', and its label""",
    re.IGNORECASE | re.MULTILINE | re.VERBOSE)
# the words a banner holds ('form', '-'): a head without them has none
_BANNER_GATE = Gated(_FORM_BANNER)
_AMENDMENT = re.compile(r"^\W{0,3}\(?\s*amendment\s+no\.?\s*\d+", re.IGNORECASE)
_CHECK_BOX_FORMS = re.compile(r"\b[24]0-F\b", re.IGNORECASE)


def _form_banner(text: str, folded_head: str) -> Located | None:
    if not _BANNER_GATE.may_match(folded_head):
        return None
    for m in _banners(text, folded_head):
        form = m["type"].upper()
        near = text[max(0, m.start() - 60) : m.start()] + text[m.end() : m.end() + 60]
        if form in ("20-F", "40-F") and _CHECK_BOX_FORMS.search(near):
            continue  # 'Form 20-F [X] Form 40-F [ ]': a 6-K cover's check box, not its banner
        if m["amended"] or _AMENDMENT.match(text[m.end() : m.end() + 120].lstrip()):
            form += "/A"
        return Located(form, m.start("type"), m.end())
    return None


def _banners(text: str, folded_head: str) -> Iterator[re.Match[str]]:
    """``_FORM_BANNER.finditer(text, 0, HEAD)``, tried only where a banner can begin: at each
    'form' of the head (``folded_head``), or at the start of its line (the pattern opens with a
    look-behind and '^', which ``re`` would try at every position)."""
    end = min(len(text), HEAD)
    if len(folded_head) != end:  # (offsets differ where folding changed a length)
        yield from _FORM_BANNER.finditer(text, 0, end)
        return
    words = word_offsets(folded_head, "form")
    starts = sorted({at for word in words for at in (text.rfind("\n", 0, word) + 1, word)})
    yield from matches_from(_FORM_BANNER, text, starts, end)


def _exhibit_heading(head: str, folded: str) -> re.Match[str] | None:
    """``_EXHIBIT_HEADING.search(head)``, tried only at the starts of the lines that hold its
    words ('exhibit', 'ex-', found in ``folded``, the head's fold) instead of at every line start
    of the head: a heading opens its line, so the first line that holds one is the first match."""
    if len(folded) != len(head):  # (offsets differ where folding changed a length)
        return _EXHIBIT_HEADING.search(head)
    found = sorted(word_offsets(folded, "exhibit") + word_offsets(folded, "ex-"))
    tried = -1
    for offset in found:
        line_start = head.rfind("\n", 0, offset) + 1
        if line_start > tried:
            tried = line_start
            m = _EXHIBIT_HEADING.match(head, line_start)
            if m:
                return m
    return None


def document_type(document: SourceDocument, classification: Classification | None = None) -> Located | None:
    """The form or exhibit type: EDGAR's <TYPE>, else the first of the document's exhibit
    heading and form banner; None when the text states neither."""
    if document.doc_type:
        return Located(document.doc_type.strip().upper())
    edgar = edgar_document_line(document.text)
    if edgar:  # the type a copy's flattened EDGAR header prints, not its exhibit's number
        return Located(edgar["type"].upper(), edgar.start("type"), edgar.end("type"))
    head = document.text[:HEAD]
    folded = folded_piece(document.text, 0, HEAD)
    exhibit = _exhibit_heading(head, folded)
    form = _form_banner(document.text, folded)
    if exhibit and (form is None or exhibit.start() < form.start):
        return Located(f"EX-{exhibit.group(1)}", exhibit.start(1), exhibit.end(1))
    return form


def _submission_type(document: SourceDocument, classification: Classification,
                     header: FilingHeader | None) -> Located | None:
    """The header's submission type (``SC 13D/A``) for a document without an EDGAR type of its own
    (a copy whose header lines ran together, or only the header) and without a form banner, where
    that type is one of the document's family: the document is the submission."""
    form = (header.form_type or "").strip().upper() if header and not document.doc_type else ""
    if form and any(pattern.fullmatch(form) and family is classification.family
                    for pattern, family, _ in document_type_table()):
        return Located(form)
    return None


# -- the period a document reports on ---------------------------------------------------------

_MONTH_WORD = r"[A-Za-z]{3,9}\.?"
_MONTH_OF = re.compile(rf"""for\s+the\s+month\s+
    (?:of\s*:?\s*([^\n]{{3,30}})                                  # 'For the month of November 2002'
     | ((?:{_MONTH_WORD}|\[{_MONTH_WORD}\])\s*,?\s*(?:19|20)\d\d)\b  # 'for the month February, 2009': no 'of'
    )""", re.IGNORECASE | re.VERBOSE)
_MONTHS_OF = re.compile(
    rf"for\s+the\s+months\s+of\s*:?\s*(?P<first>{_MONTH_WORD})(?:\s*,\s*{_MONTH_WORD})*"
    rf"\s*(?:,?\s*and|through|to|-|\u2013)\s*(?P<last>{_MONTH_WORD})\s*,?\s*(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE)
# "(For the period from January 1, 2006 through December 31, 2006)" opening a line of the head
_PERIOD_OF = re.compile(r"^[ \t(|]*for\s+the\s+period\s+(?:of|from)\s*:?\s*([^\n]{10,60})", re.IGNORECASE | re.MULTILINE)
# its words ('period', 'for'...): the pattern opens with '^', which re tries at every position
# of a head that has none
_PERIOD_GATE = Gated(_PERIOD_OF)
_RANGE_JOIN = re.compile(r"\s*(?:to|through|-|\u2013|~)\s*", re.IGNORECASE)
_FISCAL_YEAR = re.compile(r"for\s+the\s+fiscal\s+year\s+ended\s*:?", re.IGNORECASE)


def report_month(document: SourceDocument) -> Located | None:
    """'For the month of November 2002' on a 6-K cover -> (first day, last day); a month left
    in its brackets ('[March], 2003') counts."""
    m = _MONTH_OF.search(document.text[:HEAD])
    if not m:
        return _months_of(document.text[:HEAD]) or report_range(document.text)
    group = 1 if m.group(1) is not None else 2
    month = parse_month(m.group(group).replace("[", "").replace("]", ""))
    if not month:
        return None
    return Located(month_period(*month), m.start(group), m.start(group) + len(m.group(group).rstrip()))


def _months_of(text: str) -> Located | None:
    """'For the months of January and February 2003' -> (January 1, February 28)."""
    m = _MONTHS_OF.search(text)
    if not m:
        return None
    first, last = parse_month(f"{m['first']} {m['year']}"), parse_month(f"{m['last']} {m['year']}")
    if not first or not last or last < first:
        return None
    return Located((month_period(*first)[0], month_period(*last)[1]), m.start("first"), m.end("year"))


def report_range(text: str) -> Located | None:
    """'For the period from January 1, 2006 to January 31, 2006' opening a line under the
    document's title -> (first day, last day)."""
    end = min(len(text), HEADING)
    m = _PERIOD_OF.search(text, 0, end) if _PERIOD_GATE.may_match(folded_piece(text, 0, end)) else None
    dates = dates_between(text, m.start(1), m.end(1)) if m else []  # = find_dates(m.group(1))
    if len(dates) < 2 or dates[0].start != 0:
        return None
    first, last = dates[0], dates[1]
    if not _RANGE_JOIN.fullmatch(m.group(1)[first.end : last.start]) or last.value < first.value:
        return None
    return Located((first.value, last.value), m.start(1), m.start(1) + last.end)


# 'For the Quarter Ended June 30, 2004' on a 6-K cover that furnishes a quarter's report
_QUARTER_ENDED = re.compile(
    r"^[ \t|(]*for\s+the\s+(?P<span>(?:fiscal\s+)?quarter|three\s+months|six\s+months|half[-\s]year|nine\s+months)"
    r"\s+ended\s*:?\s*", re.IGNORECASE | re.MULTILINE)


def quarter_ended(text: str) -> Located | None:
    """'For the Quarter Ended June 30, 2004' opening a line of a cover's head -> the quarter
    (or the six or nine months) it ends."""
    m = _QUARTER_ENDED.search(text, 0, min(len(text), HEADING))
    dates = dates_between(text, m.end(), m.end() + 40) if m else []
    if not dates or dates[0].start != 0:
        return None
    end = dates[0].value
    words = m["span"].lower()
    months = 3 if "quarter" in words or words.startswith("three") else 9 if words.startswith("nine") else 6
    first = end.replace(day=1)
    for _ in range(months - 1):
        first = (first - dt.timedelta(days=1)).replace(day=1)
    return Located((first, end), m.end(), m.end() + dates[0].end)


def fiscal_year(text: str) -> Located | None:
    """'For the fiscal year ended December 31, 2006' on an annual report's cover -> the year."""
    m = _FISCAL_YEAR.search(text, 0, min(len(text), HEAD))
    if not m:
        return None
    dates = dates_between(text, m.end(), m.end() + 80)
    if not dates or text[m.end() : m.end() + dates[0].start].strip(" \t\r\n|-_"):
        return None
    end = dates[0].value
    try:
        start = end.replace(year=end.year - 1) + dt.timedelta(days=1)
    except ValueError:  # February 29
        start = end.replace(year=end.year - 1, day=28) + dt.timedelta(days=1)
    return Located((start, end), m.end() + dates[0].start, m.end() + dates[0].end)


def _reported_period(document: SourceDocument, family: DocumentFamily, form: str | None,
                     header: FilingHeader | None, dates: DateAnchors, title: Located | None = None) -> Located | None:
    """The period the document reports on, as (first day, last day), with where it was read."""
    if family is DocumentFamily.COVER_6K or form in ("6-K", "6-K/A"):
        month = report_month(document) or quarter_ended(document.text)
        if month:
            return month
    if form in ANNUAL_FORMS:
        year = fiscal_year(document.text)
        if year:
            return year
    found = report_range(document.text)
    if found:
        return found
    summary = results_title(document.text)  # 'Financial Results for the Fiscal Year Ended ...'
    if summary is not None:
        return Located((summary[3], summary[4]), summary[1], summary[2])
    printed = document.text[title.start:title.end] if title is not None else ""
    tanshin = tanshin_period(printed, dates.anchor) if printed else None
    if tanshin is not None and title is not None:  # '平成17年3月期 中間決算短信' (printed as it is)
        return Located(tanshin[:2], title.start + tanshin[2], title.start + tanshin[3])
    labelled = fiscal_year_label(document.text, dates.anchor)  # '決算期 平成18年3月期'
    if labelled is not None:
        return Located(labelled[:2], labelled[2], labelled[3])
    if dates.period_end is not None:
        day = dates.period_end.value
        return Located((day, day), dates.period_end.start, dates.period_end.end)
    if header and header.period and (document.doc_type or "").upper() == (header.form_type or "").upper():
        if (header.form_type or "").upper() in ANNUAL_FORMS:
            end = header.period
            return Located((end.replace(year=end.year - 1) + dt.timedelta(days=1), end))
        return Located((header.period, header.period))
    return None


def _in_closing_brackets(tail: str, date: str) -> bool:
    """Whether ``tail`` is ``(date)`` and white space only: what ``re.fullmatch(r"\\s*\\(\\s*" +
    re.escape(date) + r"\\s*\\)\\s*", tail)`` answers (``str.strip`` strips what ``\\s`` matches, and a
    date neither opens nor ends with white space), without compiling a pattern for each title.

    >>> _in_closing_brackets(" ( Nov. 2, 2001 )\\n", "Nov. 2, 2001"), _in_closing_brackets("(Nov. 2, 2001) x", "Nov. 2, 2001")
    (True, False)
    """
    stripped = tail.strip()
    return (len(stripped) >= 2 and stripped[0] == "(" and stripped[-1] == ")"
            and stripped[1:-1].strip() == date)


def _dated_by_title(dates: DateAnchors, title: Located) -> DateAnchors:
    """A title that ends in its date ('Merger Completion Report (Nov. 2, 2001)') dates the
    document when nothing else in it does."""
    text = str(title.value)
    found = find_dates(text)
    if not found or not _in_closing_brackets(text[text.rfind("(", 0, found[-1].start):], found[-1].text):
        return dates
    date = found[-1]
    located = Located(date.value, title.start + date.start, title.start + date.end)
    anchor = dates.anchor if dates.source == "text" else date.value
    return replace(dates, document_date=located, anchor=anchor, source="text")


def read_document_info(
    document: SourceDocument, classification: Classification, header: FilingHeader | None,
    user_date: dt.date | None = None,
) -> DocumentInfo:
    """Type, date, title, registrant and period of the document; never raises (an undated
    document's facts are reported for ``forever``, with a warning)."""
    family = classification.family
    registrant = registrant_name(document, header, family)
    form = document_type(document, classification) or _submission_type(document, classification, header)
    own_text_end = cover_text_end(document.text)  # a 6-K carrying several documents
    dates = find_date_anchors(document, family, header, user_date, own_text_end=own_text_end,
                              listed=functools.partial(listed_spans, document.text))  # read if needed
    # a schedule's cover is titled by its banner; an agreement filed as the schedule has its own
    title = schedule_banner(document.text) if family is DocumentFamily.SCHEDULE_13 else None
    if title is None:
        title = None if own_text_end is not None else (cjk_title(document.text) or document_title(
            document, str(registrant.value) if registrant else None))
    summary = results_title(document.text) if title is None and own_text_end is None else None
    if summary is not None:  # a results summary's title in a flattened header
        title = Located(summary[0], summary[1], summary[2])
    if dates.document_date is None and title is not None:
        dates = _dated_by_title(dates, title)
    reported = _reported_period(document, family, str(form.value) if form else None, header, dates, title)
    period_end = None
    warnings: tuple[str, ...] = ()
    if reported:
        first, last = reported.value
        period = Period.duration(first, last)
        period_end = Located(last, reported.start, reported.end)
    elif dates.anchor is not None:
        period = Period.duration(dates.anchor, dates.anchor)
    else:
        period = Period.forever()
        warnings = (f"{document.name}: no date in the document, its EDGAR header or --date: document and "
                    "entity facts are reported for 'forever', figures of a period named without its year on "
                    "StatedPeriodAxis, other dated figures left out",)
    return DocumentInfo(
        document_type=form,
        document_date=dates.document_date,
        title=title,
        registrant=registrant,
        period_end=period_end,
        document_period=period,
        dates=dates,
        warnings=warnings,
    )
