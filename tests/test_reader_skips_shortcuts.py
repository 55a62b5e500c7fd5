"""The cheaper forms of some readers answer as the plain forms they replace (issue 17),
on every test and example document and on short texts written for the edge cases: a fiscal label
looked for only where one can begin, a table's cell-per-line rows asked for a label only where a
figure follows or a table is begun, unit headings asked only of short lines beside another, a
row's end asked for figures only when its last character can end one, and a period's cause words
looked for only of the kinds the sentence holds. Answers, never seconds."""

from __future__ import annotations

from collections import Counter

import pytest
from document_texts import DOCUMENTS, ingested_texts
from test_gate_shortcuts import _plain_space_row_grids as plain_space_row_grids

from converter.classify import classify
from converter.extract import anchors as a
from converter.extract.kinds import schedule_13_front_page
from converter.extract.mechanisms import (
    prose_causes,
    subject_company,
    table_calendar,
    table_cell_lines,
    table_cell_spans,
    table_space_rows,
)
from converter.extract.mechanisms.lines import Line, split_lines
from converter.extract.mechanisms.sentences import sentences
from converter.extract.mechanisms.table_headings import HeadingEnv
from converter.extract.mechanisms.table_shape import is_figure
from converter.ingest import ingest_bytes
from converter.model import DocumentFamily, Segment, SourceDocument
from converter.parse import fiscal_calendar
from converter.parse.gates import fold
from converter.parse.periods import find_periods

TEXTS = ingested_texts()
ENV = HeadingEnv(None)


# --- a fiscal label ----------------------------------------------------------------------------

_LABEL_EDGES = [
    "Net profit rose to Rs 960 crore in the 2017-18 fiscal.",  # a label opening with its year
    "results for the 2017 - 18 financial year", "Q4 FY23", "fy 2023", "FY'23", "the year 2015-16 rose",
    "fiscal 2004", "financial year 2022", "for the year 2015-16-17", "2017-18 fiscally",
    "the year 2017 and 2018 figures", "İstanbul, fiscal 2004 results", "ΣΟΦΙΑ fiscal 2004", "",
    "2019/20 Fiscal", "the 1999–00 fiscal", "FY", "fiscal",
]


def _plain_label(text: str) -> bool:
    return fiscal_calendar._FISCAL_LABEL.pattern.search(text) is not None


@pytest.mark.parametrize("text", _LABEL_EDGES)
def test_fiscal_label_on_edges(text: str) -> None:
    assert fiscal_calendar.names_fiscal_label(text, fold(text)) == _plain_label(text)


def test_fiscal_label_on_documents() -> None:
    for text in TEXTS:
        head = text[:20000]
        assert fiscal_calendar.names_fiscal_label(head, fold(head)) == _plain_label(head)


# --- cells one per line, no "|" --------------------------------------------------------------

def _plain_bare_grids(lines: list[Line], env: HeadingEnv) -> list:  # type: ignore[type-arg]
    """``table_cell_lines._bare_grids`` as written before its gate: each line's label test asked
    whatever follows it."""
    m = table_cell_lines
    grids = []
    bare = [m._is_bare_figure(line) for line in lines]
    i = 0
    while i < len(lines):
        rows: list = []  # type: ignore[type-arg]
        j = i
        while j + 1 < len(lines) and not bare[j] and (m._row_label(lines[j].text) or (rows and m._long_label(lines[j].text))):
            if not bare[j + 1]:
                if not (rows and m._section_above_row(lines, bare, j)):
                    break
                rows.append((m._whole(lines[j]), []))
                j += 1
                continue
            k = j + 1
            while k < len(lines) and bare[k]:
                k += 1
            rows.append((m._whole(lines[j]), [m._whole(line) for line in lines[j + 1:k]]))
            j = k
        while rows and not rows[-1][1]:
            rows.pop()
            j -= 1
        widths = Counter(len(m.join_closers(cells)) for _, cells in rows) if len(rows) >= 2 else None
        if widths and widths.most_common(1)[0][1] >= 2 and widths.most_common(1)[0][0] >= 2:
            top = i
            while top > 0 and not m.is_prose(lines[top - 1].text) and m.is_heading_cell(lines[top - 1].text.strip(), env) \
                    and not bare[top - 1]:
                top -= 1
            above = max(0, top - 2)
            while above < top and m.is_prose(lines[above].text):
                above += 1
            head = [m._whole(line) for line in lines[above:i]]
            grid = m._cell_grid(head, rows, lines[top].start, lines[j - 1].end, env, "cells per line")
            if grid is not None:
                grids.append(grid)
            i = j
        else:
            i += 1
    return grids


_BARE_EDGES = [
    # a section's heading inside a table begun, then a row under it
    "Three months ended\nJune 30, 2022\nJune 30, 2023\nNet sales\n1,200\n1,350\nOperating income\n300\n"
    "320\nNon-operating income\nInterest income\n1,472\n1,815\nDividend income\n12\n14\nTotal\n1,484\n1,829\n",
    # a label with no figure below, before any table: no table begun
    "Revenue rose.\nSales\nCosts\n100\n200\nProfit\n50\n60\n",
    "Sales\n100\n200\nCosts\n50\n60\nSection heading\nAnother section\n", "", "100\n200\n",
]


@pytest.mark.parametrize("text", _BARE_EDGES)
def test_bare_grids_on_edges(text: str) -> None:
    lines = split_lines(text)
    assert table_cell_lines._bare_grids(lines, ENV) == _plain_bare_grids(lines, ENV)


def test_bare_grids_on_documents() -> None:
    found = 0
    for text in TEXTS:
        lines = split_lines(text)
        grids = table_cell_lines._bare_grids(lines, ENV)
        assert grids == _plain_bare_grids(lines, ENV)
        found += len(grids)
    assert found  # (some documents hold such a table)


# --- unit headings over line items, a cell per line -----------------------------------------

def _plain_unit_headings(lines: list[Line]) -> list[bool]:
    return [len(t := line.text.strip()) <= table_cell_spans._UNIT_WIDTH and table_cell_spans._is_unit_heading(t)
            for line in lines]


def _runs(heads: list[bool]) -> list[tuple[int, int]]:
    """The runs of two headings or more (all that ``span_grids`` reads of them)."""
    runs, i = [], 0
    while i < len(heads):
        j = i
        while j < len(heads) and heads[j]:
            j += 1
        if j - i >= 2:
            runs.append((i, j))
        i = max(j, i + 1)
    return runs


_UNIT_EDGES = [
    "Net sales\nOperating profit\nThree months ended\nMillion yen\n%\nMillion yen\n%\nJune 30, 2021\n12,418\n7.9\n",
    "Million yen\n%", "%\nA longer line that no unit heading is, by far\n%\nMillion yen", "Million yen", "",
    "A longer line that no unit heading is, by far\nMillion yen\nA longer line that no unit heading is, by far",
]


@pytest.mark.parametrize("text", _UNIT_EDGES + list(TEXTS))
def test_unit_headings_run_as_plain(text: str) -> None:
    lines = [line for line in split_lines(text) if line.text.strip()]
    heads = table_cell_spans._unit_headings(lines)
    plain = _plain_unit_headings(lines)
    assert _runs(heads) == _runs(plain)
    assert all(plain[i] for i, head in enumerate(heads) if head)  # (never a heading the plain test denies)


# --- a row's figures at its end ----------------------------------------------------------------

def _plain_ends_in_two_figures(text: str) -> bool:
    tail = text.rsplit(None, 2)
    return len(tail) == 3 and all(is_figure(w) and not w.endswith(",") for w in tail[1:])


_ROW_EDGES = [
    "Net sales revenue 3,512,804 3,890,127", "Net sales 12.5% (3.1)%", "Net sales 1,234 n/a", "Net sales N/A NA",
    "Profit 1,234 n.m.", "Profit 12 NM", "Profit 5 nm", "Profit 5 -", "Profit — –", "Profit 5 *", "Profit 5 **",
    "영업이익 1,234 흑자전환", "영업이익 1,234 적자지속", "영업이익 5 흑전", "영업이익 5 적전", "Profit 5 －", "Profit 5 =",
    "Profit 5 확대", "Profit 5 축소", "매출액 5,123억원 4,000억원", "Profit 5 [3]", "Profit 3 5,", "Profit 1,234 ５",
    "Profit 1 2   ", "Profit 1 2\t", "Profit 1 2\x1c", "Sales rose", "", " ", "a 1", "see note 3 and 4.",
]


@pytest.mark.parametrize("text", _ROW_EDGES)
def test_row_end_on_edges(text: str) -> None:
    assert table_space_rows._ends_in_two_figures(text) == _plain_ends_in_two_figures(text)


def test_row_end_on_documents() -> None:
    rows = 0
    for text in TEXTS:
        for line in split_lines(text):
            plain = _plain_ends_in_two_figures(line.text)
            assert table_space_rows._ends_in_two_figures(line.text) == plain, line.text
            rows += plain
    assert rows


# --- the cause words of a sentence, by kind ----------------------------------------------------

_CAUSE_EDGES = [
    "Net income rose 19.4% due to a one-off charge in the third quarter of 2017.",
    "2017년 3분기 통상임금 비용 반영에 따른 기저 효과로 순이익은 증가했다",
    "Revenue rose for the 12th straight quarter since the second quarter of 2015 to $5 million.",
    "매출은 2005년 3분기 이후 33분기 연속 증가해 1조원을 기록했다",
    "2010년 2분기부터 20분기 연속 흑자를 냈다",
    "the net profit of 90 firms that close their books on Dec. 31 came to 18.2 trillion won",
    "Since 2015, due to a charge in the third quarter of 2017 and since the second quarter of 2015, it rose.",
    "Revenue in the third quarter of 2017 rose 5%.", "",
]


def test_cause_kinds_answer_as_all_kinds() -> None:
    named = 0
    for text in [*_CAUSE_EDGES, *(s.text for text in TEXTS for s in sentences(text[:20000]))]:
        kinds = prose_causes.cause_kinds(text)
        assert bool(kinds) == prose_causes.may_name_cause(text)
        for p in find_periods(text):
            plain = prose_causes.not_the_figures(text, p)
            assert prose_causes.not_the_figures(text, p, kinds) == plain, text
            named += plain
    assert named >= 6  # (the edges name causes, spans' starts, a year end)


# --- a statement of the fiscal year --------------------------------------------------------------


_STATEMENT_EDGES = [
    'the fiscal year ending March 31, 2004 ("fiscal 2003")', "FISCAL YEAR ENDED JUNE 30, 2005 (FY 2005)",
    "fiſcal year ended September 30, 2004", "3월 결산 법인; fiscal year ending March 31", "12월 결산", "",
    "the fiscal year ends in March; fiscal year closing on December 31", "İstanbul: fiscal year ended June 30",
]


def _plain_statements(text: str) -> list[tuple]:  # type: ignore[type-arg]
    return [(m.span(), m.groupdict()) for m in table_calendar._fiscal_statement().finditer(text)]


@pytest.mark.parametrize("text", _STATEMENT_EDGES + list(TEXTS))
def test_fiscal_statements_as_plain(text: str) -> None:
    found = [(m.span(), m.groupdict()) for m in table_calendar.fiscal_statements(text, fold(text))]
    assert found == _plain_statements(text)


def test_some_documents_state_their_fiscal_year() -> None:
    assert any(_plain_statements(text) for text in TEXTS)


# --- a cover's value run onto one line with its caption ---------------------------------------


_CAPTIONS = [r"Name\s+of\s+(?:the\s+)?Issuer", r"Title\s+of\s+Class\s+of\s+Securities", r"CUSIP\s+(?:Number|No\.?)"]
_RUN_EDGES = [
    "(Amendment No. __)1 ACME CO., LTD. ------- (Name of Issuer) Common Shares2 ------ (Title of Class of Securities)",
    "(AMENDMENT NO. ____)* ACME CO., LTD. (Name of Issuer) COMMON STOCK (Title of Class of Securities) 1 (a)",
    "ACME CO., LTD.\n(Name of Issuer)\n", "no caption at all", "", "12345X10 3 (CUSIP Number)",
]


def _plain_run_together(text: str, caption: str):  # type: ignore[no-untyped-def]
    """``_run_together`` without its gate: both searches made whatever the text holds."""
    found = []
    for opening in (subject_company._RULE_THEN, subject_company._BLANKS_THEN):
        import re
        m = re.search(opening + rf"\(\s*{caption}\s*\)", text, re.I)
        found.append(m.start() if m else None)
    return found


def test_run_together_as_plain() -> None:
    read = 0
    for text in [*_RUN_EDGES, *(t[:5000] for t in TEXTS)]:
        for caption in _CAPTIONS:
            plain = _plain_run_together(text, caption)
            if subject_company._caption(caption).search(text) is None:
                assert plain == [None, None], text  # (the gate's answer: neither search matches)
            got = subject_company._run_together(text, caption)
            read += got is not None
    assert read >= 2  # (the edges run values onto their captions)


# --- a cover's caption alone on its line, a CUSIP after its label --------------------------------


_EVENT = r"Date\s+of\s+Event\s+(?:which|that)\s+Requires\s+Filing\s+of\s+(?:this|the)\s+Statement"
_ALONE_EDGES = [
    "ACME CO., LTD.\n(Name of Issuer)\n", "x (Name of Issuer) y\nACME\n  | (Name of Issuer) |\n",
    "(Name of Issuer)", "(CUSIP Number)\n123\n(CUSIP Number)\n", "(cusip no.)", "", "\n\n(Name  of\nIssuer)\n",
    "May 2, 2006\n------\n(Date of Event which Requires Filing of this Statement)\n",
]


def test_caption_alone_as_plain() -> None:
    import re
    found = 0
    for text in [*_ALONE_EDGES, *TEXTS]:
        for caption in [*_CAPTIONS, _EVENT]:
            plain = re.search(rf"^[ \t|]*\(\s*{caption}\s*\)[ \t|]*$", text, re.I | re.M)
            got = subject_company.caption_alone(text, caption)
            assert (got and got.span()) == (plain and plain.span()), (caption, text[:80])
            found += got is not None
    assert found >= 5


_CUSIP_EDGES = ["CUSIP NO. 12345A107  13G", "CUSIP No. |\n00357X104 |", "Cusip Number: 12345A107", "cusip 12345a107",
                "ACUSIP 12345A107", "İ CUSIP No. 12345A107", "", "no number"]


@pytest.mark.parametrize("text", _CUSIP_EDGES + list(TEXTS))
def test_cusip_label_as_plain(text: str) -> None:
    gated = schedule_13_front_page._CUSIP_WORDS
    folded = fold(text)
    got = gated.first(text, folded) if gated.may_match(folded) else None
    plain = schedule_13_front_page._CUSIP.search(text)
    assert (got and got.span()) == (plain and plain.span())


_CUT_EDGES = ["  May 2, 2006\n  ------\n  (Date of Event which Requ", "(Date of Event which Requ  \n\n", "(Date of\nEvent which",
              " | (Date of Event which ( Requ", "(Date of Event) which Requ", "(Date of Event", "Date of Event", "",
              "(Date of Event which Requires Filing of this Statement)\n(Date of Eve", "x (Date of Event"]


def test_cut_caption_as_plain() -> None:
    import re
    opening = r"Date\s+of\s+Event"
    found = 0
    for text in [*_CUT_EDGES, *TEXTS, *(t[:n] for t in TEXTS for n in (300, 1000))]:
        plain = re.search(rf"^[ \t|]*\(\s*{opening}\b[^()\n]*\Z", text.rstrip(), re.I | re.M)
        got = subject_company.cut_caption(text, opening)
        assert (got and got.span()) == (plain and plain.span()), text[-80:]
        found += got is not None
    assert found >= 3


def _plain_space_row_grids(lines: list[Line], env: HeadingEnv) -> list:  # type: ignore[type-arg]
    """``table_space_rows.space_row_grids`` with the plain look at each line's end."""
    return plain_space_row_grids(lines, env, _plain_ends_in_two_figures)


_SPACE_TABLE = ("Unit: NT$ thousand\nAccounting Title 2024/3rd 2023/3rd 2024/01/01To2024/09/30 2023/01/01To2023/09/30\n"
                "  Net sales revenue 3,512,804 3,890,127 10,944,612 11,207,345{end}\n"
                " Total operating costs 2,981,433 3,240,875 9,316,208 9,802,561{end}\n"
                " Operating margin 1.2 n/a 3.4 NM{end}\n")


@pytest.mark.parametrize("text", [_SPACE_TABLE.format(end=end) for end in ("", "  ", "\t", "\u3000")] + list(TEXTS))
def test_space_row_grids_as_plain(text: str) -> None:
    lines = split_lines(text)
    assert table_space_rows.space_row_grids(lines, ENV) == _plain_space_row_grids(lines, ENV)


def test_space_table_edges_are_read() -> None:
    assert all(table_space_rows.space_row_grids(split_lines(_SPACE_TABLE.format(end=end)), ENV)
               for end in ("", "  ", "\t"))


def test_unit_heading_digit_first_as_plain() -> None:
    from converter.extract.mechanisms.table_units import is_unit_cell
    m = table_cell_spans
    texts = ["Million yen", "%", "(%)", "KRW bn", "US$ 000", "12,418", "2004", "Million yen 2004", "단위: 억원", "Rs. 10"]
    texts += [line.text.strip() for text in TEXTS for line in split_lines(text) if len(line.text.strip()) <= 30]
    for t in texts:
        plain = len(t) <= m._UNIT_WIDTH and (bool(m._PERCENT.fullmatch(t)) or (is_unit_cell(t) and not m._DIGIT.search(t)))
        assert m._is_unit_heading(t) == plain, t
    assert any(m._is_unit_heading(t) for t in texts)


# --- a document's filing date: asked only when nothing better dates it ---------------------------



def _plain_find_date_anchors(document, family, header, user_date=None, *, own_text_end=None, listed=()):  # type: ignore[no-untyped-def]
    """``anchors.find_date_anchors`` as written before: the filing date read for every document."""
    text = document.text if own_text_end is None else a._own_text(document.text, own_text_end)
    labelled = a.labelled_dates(text)
    cover_6k = family is a.DocumentFamily.COVER_6K or a._on_report_form(text)
    listed_dates = a.LazyOffsets(lambda: a._listed_dates(text, listed)).offsets
    resolved = a._first(labelled, "resolution", listed_dates)
    period_end = a._first(labelled, "period", listed_dates)
    meeting = a._first(labelled, "anchor", listed_dates)
    if meeting is not None and a._MEETING_RECORD.search(text, 0, 600):
        resolved = resolved or meeting
    if resolved is None:
        resolved = a._resolved_today(text)
    pages = document.page_starts[1:]
    signed = a.LazyOffsets(lambda: a.signature_date_offsets(text, pages)) if cover_6k else None
    filed = a._first(labelled, "filed", listed_dates)
    own = filed if family is a.DocumentFamily.SCHEDULE_13 and filed is not None else None
    if own is None:
        own = a._family_date(text, family, listed_dates, signed)
        own = None if own is not None and a._reports_later_events(text, labelled, own) else own
    if own is None:
        own = a._first(labelled, "document", listed_dates, signed if signed is not None else frozenset())
    if own is None and meeting is not None and resolved is meeting:
        own = meeting
    if own is None and not cover_6k:
        own = a.standalone_date(text, a.split_lines(text)[-a.FOOT_LINES:])
        own = None if own is not None and a._reports_later_events(text, labelled, own) else own
    if own is not None:
        return a.DateAnchors(own, resolved, own.value, "text", period_end)
    for weak in (resolved, period_end, meeting, filed, a._first(labelled, "document", listed_dates)):
        if weak is not None:
            return a.DateAnchors(None, resolved, weak.value, "text", period_end)
    if cover_6k:
        whole = document.text
        signed = a._signature_line_date(whole) or a._date_after_label(a._AFTER_DATE, whole)
        if signed is not None:
            return a.DateAnchors(None, resolved, signed.value, "text", period_end)
    if header and (header.period or header.filed_as_of):
        return a.DateAnchors(None, None, header.filed_as_of or header.period, "header", period_end)
    if user_date:
        return a.DateAnchors(None, None, user_date, "user", period_end)
    return a.DateAnchors(None, None, None, "none", period_end)


def test_date_anchors_as_plain() -> None:
    dated = 0
    for path in DOCUMENTS:
        filing = ingest_bytes(path.read_bytes(), path.name)
        for document in filing.documents:
            family = classify(document).family
            found = a.find_date_anchors(document, family, filing.header)
            assert found == _plain_find_date_anchors(document, family, filing.header), path.name
            dated += found.document_date is not None
    assert dated


_ANCHOR_EDGES = [
    "Filing Date: 2005-03-01\nThe board met and resolved to pay a dividend.\n",  # the filing date the only date
    "Filing Date: 2005-03-01\nMarch 3, 2005\nThe board met.\n",  # a date alone on a line first
    "Filing Date: 2005-03-01\nAs filed with the Securities and Exchange Commission on March 4, 2005\n",
    "No date at all.\n", "",
]


@pytest.mark.parametrize("family", [DocumentFamily.OTHER, DocumentFamily.SCHEDULE_13, DocumentFamily.COVER_6K])
@pytest.mark.parametrize("text", _ANCHOR_EDGES)
def test_date_anchors_as_plain_on_edges(text: str, family: DocumentFamily) -> None:
    document = SourceDocument("doc.txt", text, text, (Segment(0, 0, len(text)),))
    assert a.find_date_anchors(document, family, None) == _plain_find_date_anchors(document, family, None)


def test_a_filing_date_dates_a_document_that_gives_no_other() -> None:
    text = _ANCHOR_EDGES[0]
    document = SourceDocument("doc.txt", text, text, (Segment(0, 0, len(text)),))
    assert a.find_date_anchors(document, DocumentFamily.OTHER, None).anchor is not None
