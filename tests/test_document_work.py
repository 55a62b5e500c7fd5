"""The document-level facts do only the work their answer needs (issue 17).

The readers of a document's type, title, registrant and list of exhibits scan its head with a
pattern only when the head holds the words every match of that pattern holds (``parse.gates``).
Each gate must agree with the scan it saves: on every document of the tests and examples, a
head that a gate turns away has no match of its pattern (and the gates turn some away, else
this proves little). Counts and answers, never seconds.
"""

from __future__ import annotations

import datetime as dt
import re

from converter.extract import document as doc_module
from converter.extract import registrant_heads as heads
from converter.extract import title, title_cover
from converter.extract.mechanisms import furnished, results_header
from converter.extract.mechanisms.checkbox import last_row_end
from converter.extract.mechanisms.exhibit_index import exhibit_rows, heading_gate
from converter.extract.mechanisms.lines import split_lines
from converter.parse import fiscal_calendar as fiscal
from converter.parse.gates import fold
from converter.resources import data_rows
from document_texts import ingested_texts


def _texts() -> list[str]:
    return list(ingested_texts())


TEXTS = _texts()


def _agrees(gate, pattern, reach: int) -> int:
    """How many heads ``gate`` turns away; asserts that ``pattern`` finds nothing in them."""
    turned = 0
    for text in TEXTS:
        if not gate.may_match(fold(text[:reach])):
            turned += 1
            assert pattern.search(text, 0, min(len(text), reach)) is None, text[:200]
    return turned


def test_head_gates_agree_with_their_scans():
    cases = [
        (results_header._TITLE_GATE, results_header._TITLE, results_header.HEAD),
        (doc_module._BANNER_GATE, doc_module._FORM_BANNER, doc_module.HEAD),
        (heads._CAPTION_GATE, heads._REGISTRANT_CAPTION, heads.HEAD),
        (heads._BOARD_GATE, heads._BOARD_OF, 3000),
        (heads._HK_GATE, heads._HK_LETTERHEAD, 3000),
        (heads._LABEL_GATE, heads._COMPANY_LABEL, 3000),
    ]
    for gate, pattern, reach in cases:
        turned = _agrees(gate, pattern, reach)
        assert 0 < turned < len(TEXTS), pattern.pattern[:60]


def test_exhibit_heading_needs_its_word():
    turned = 0
    for text in TEXTS:
        head = fold(text[: doc_module.HEAD])
        if not ("exhibit" in head or "ex-" in head):
            turned += 1
            assert doc_module._EXHIBIT_HEADING.search(text[: doc_module.HEAD]) is None
    assert 0 < turned < len(TEXTS)


def test_cover_rows_need_their_first_labels():
    """No '20-f' and no 'yes' in a cover's reach: no box row, so no cover body."""
    turned = 0
    for text in TEXTS:
        stop = min(len(text), furnished.COVER_REACH)
        rows = last_row_end(text, 0, stop, [[furnished.FORM_20F, furnished.FORM_40F], [furnished.YES, furnished.NO]])
        if not any(gate.may_match(fold(text[:stop])) for gate in furnished._ROW_GATES):
            turned += 1
            assert rows is None
    assert 0 < turned < len(TEXTS)


def test_exhibit_index_skipped_only_where_it_has_no_row():
    skipped = 0
    for text in TEXTS:
        body = furnished.cover_body(text)
        every = tuple(exhibit_rows(text, split_lines(text), body=body))
        assert furnished.cover_exhibits(text) == every
        if body is None and not furnished.may_list_exhibits(fold(text)):
            skipped += 1
            assert every == ()
    assert 0 < skipped < len(TEXTS)


def test_one_banner_pattern_answers_as_each_banner():
    """The banners joined in one alternation fully match exactly the lines one of them does."""
    each = [re.compile(row[0].strip(), re.IGNORECASE) for row in data_rows("title_banners.tsv")]
    banners = 0
    for text in TEXTS:
        for line in text[:16000].split("\n"):
            bare = line.strip(" \t|")
            alone = any(p.fullmatch(bare) for p in each)
            assert title._is_banner(bare) == alone, bare
            banners += alone
    assert banners > 50


def test_results_title_read_once_per_text():
    results_header.results_title.cache_clear()
    text = "Consolidated Financial Results for the Six Months Ended September 30, 2005\nExample Co., Ltd.\n"
    first = results_header.results_title(text)
    assert results_header.results_title(text) is first
    assert results_header.results_title.cache_info().hits == 1


def test_index_heading_gates_agree_with_their_scans():
    for kind in ("heading", "contents_heading"):
        gate, turned = heading_gate(kind), 0
        for text in TEXTS:
            if not gate.may_match(fold(text)):
                turned += 1
                assert gate.pattern.search(text) is None
        assert 0 < turned < len(TEXTS), kind


def test_last_lines_over_a_caption_are_the_split_lines():
    """The lines read back from a caption are the last two that splitting the text before it
    gives (neither blank nor rules, ending after the floor)."""
    compared = 0
    for text in TEXTS:
        ends = [m.start() for m in re.finditer(r"\(|\n\n", text[:8000])]
        for end in ends:
            for floor in (0, max(0, end - 300)):
                every = [line for line in split_lines(text[:end]) if line.end > floor and not line.blank
                         and not heads._RULE_LINE.fullmatch(line.text)]
                assert heads._last_lines(text, floor, end) == every[-2:], (end, floor)
                compared += 1
    assert compared > 1000


def test_exhibit_lines_hold_their_word():
    """Only a line holding 'exhibit' is matched as an 'Exhibit N' line: no other line would be."""
    from converter.extract.mechanisms.exhibit_index import _NUMBER_WITH_TEXT

    lines = [line for text in TEXTS for line in text.split("\n")]
    lines += ["EXHİBIT 99.1  Press release", "Exhıbit 2: Notice", "ＥＸＨＩＢＩＴ 1  Report"]
    worded = 0
    for line in lines:
        m = _NUMBER_WITH_TEXT.match(line)
        if m and m["word"] and m["word"].lower() == "exhibit":
            worded += 1
            assert "exhibit" in line.lower()
    assert worded > 5


def test_fiscal_calendar_gates_agree_with_their_scans():
    """A text turned away by a year end's gate holds no match of it; the scans are shared by
    ``fiscal_calendar`` and ``stated_fiscal_calendar`` (one reading of each text)."""
    ends, dated_part, _ = fiscal._gated()
    turned = 0
    for text in TEXTS:
        head = text[:20000]
        for gate in (*ends, dated_part):
            if not gate.may_match(fold(head)):
                turned += 1
                assert gate.pattern.search(head) is None
    assert turned > len(TEXTS)
    fiscal._year_end.cache_clear()
    text = "Net sales for the fiscal year ended March 31, 2006 rose. " * 3
    assert fiscal.fiscal_calendar(text) == fiscal.FiscalCalendar(3, "end")
    assert fiscal.stated_fiscal_calendar(text) is None  # March, and no label says how it is named
    assert fiscal._year_end.cache_info().misses == 1


def test_foreign_issuer_and_form_gates_agree_with_their_scans():
    cases = [(title_cover.FOREIGN_GATE, title_cover.FOREIGN_ISSUER, 4000), (title_cover.ANNUAL_GATE, title_cover.ANNUAL_FORM, 3000),
             (heads._FOREIGN_GATE, heads._FOREIGN_ISSUER, 3000)]
    for gate, pattern, reach in cases:
        assert 0 < _agrees(gate, pattern, reach) < len(TEXTS), pattern.pattern
    turned = 0
    for text in TEXTS:
        head = fold(text[:4000])
        if not ("foreign" in head or "6-k" in head):
            turned += 1
            assert furnished._FOREIGN_ISSUER.search(text, 0, 4000) is None
    assert 0 < turned < len(TEXTS)


def test_yes_with_its_look_behind_last_finds_what_it_found_first():
    """'yes' not within a word, tested after the word: the same matches as testing before it."""
    before = re.compile(r"(?<![A-Za-z])yes(?![A-Za-z])", re.IGNORECASE)
    texts = TEXTS + ["Yes [X]  No [ ]", "yes|no", "eyes, yesterday, YES.", "1yes _yes", "ſyes Kyes yeſ İyes ıYES"]
    found = 0
    for text in texts:
        for pos, endpos in ((0, len(text)), (1, 4000), (3, 8000)):
            expected = [m.span() for m in before.finditer(text, pos, endpos)]
            assert [m.span() for m in furnished.YES.finditer(text, pos, endpos)] == expected
            found += len(expected)
    assert found > 20


def _with_odd_lines(texts: list[str]) -> list[str]:
    """The documents, and lines a date or a signing line may be cut or run over in."""
    return texts + ["On 18 November\n2002 the board met.\nSeoul, May 2,\r\n2005\r\n", "x2002-11-18\nab12/11/2006\n",
                    "  | By: /s/ Jane Roe\nby:\n\r\nBY :  \r\n  /s/ J. Doe\nbye\n", "S I G N A T U R E S\n SIGNATURE\r\n"]


def test_lines_left_out_by_the_date_index_hold_no_date():
    """``may_hold_dates`` leaves out only lines that ``dates_between`` finds no date in (the head
    lines that the date anchors read, cut at 6,000 characters, included), and most lines."""
    from converter.extract.mechanisms.tokens import date_index, dates_between

    lines = named = 0
    for text in _with_odd_lines(TEXTS):
        for pieces in (split_lines(text), split_lines(text[:6000]), split_lines(text[:37])):
            spans = [(line.start, line.end) for line in pieces]
            kept = set(date_index(text).may_hold_dates(spans))
            for i, (start, end) in enumerate(spans):
                assert i in kept or not dates_between(text, start, end), (start, end)
            lines, named = lines + len(spans), named + len(kept)
    assert named < lines * 0.2, (named, lines)


def test_signature_dates_of_a_report_are_found_once(monkeypatch):
    """A 6-K whose cover and report give no date of their own still reads its signature blocks
    once: the family's layout and the labelled dates share the offsets."""
    from converter.extract import anchors
    from converter.model import DocumentFamily, Segment, SourceDocument

    text = ("FORM 6-K\nREPORT OF FOREIGN PRIVATE ISSUER\nExample Shipping Co., Ltd.\n\nSIGNATURES\n"
            "Example Shipping Co., Ltd.\nDate: March 3, 2005      By: /s/ Jane Roe\n")
    calls = []
    real = anchors.signature_date_offsets
    monkeypatch.setattr(anchors, "signature_date_offsets", lambda *a: calls.append(a) or real(*a))
    found = anchors.find_date_anchors(SourceDocument("doc.txt", text, text, (Segment(0, 0, len(text)),)),
                                      DocumentFamily.COVER_6K, None)
    assert found.document_date is None and found.anchor == dt.date(2005, 3, 3)
    assert len(calls) == 1


def test_date_labels_and_report_forms_behind_their_words_find_what_the_patterns_find():
    from converter.extract import anchors

    reports = 0
    for text in _with_odd_lines(TEXTS):
        for label in (anchors._AFTER_DATED, anchors._AFTER_DATE, anchors._AFTER_EXECUTED):
            for piece in (text, text[:3000]):
                expected = [m.span() for m in label.pattern.finditer(piece)]
                assert [m.span() for m in label.finditer(piece, fold(piece))] == expected
        found = anchors._REPORT_FORM.search(text, 0, 6000) is not None
        assert anchors._on_report_form(text) == found
        reports += found
    assert 0 < reports < len(TEXTS)


def test_a_list_of_documents_is_read_only_when_a_date_may_be_one_of_its_rows():
    """A release with no labelled date (its date is its dateline's) does not read the list of
    the documents it may print; a labelled date's text does, and a listed row's date is not the
    document's."""
    from converter.extract import anchors
    from converter.model import DocumentFamily, Segment, SourceDocument

    def anchored(text: str, calls: list) -> object:
        document = SourceDocument("doc.txt", text, text, (Segment(0, 0, len(text)),))
        rows = [(text.index("99.1"), text.index("\n", text.index("99.1")))] if "99.1" in text else []
        return anchors.find_date_anchors(document, DocumentFamily.OTHER, None,
                                         listed=lambda: calls.append(1) or rows)

    calls: list = []
    release = "SEOUL, May 2, 2005 -- Example Shipping Co., Ltd. today announced its results.\n"
    assert anchored(release, calls).document_date.value == dt.date(2005, 5, 2) and calls == []
    listing = "Attachments\n99.1  Notice of a board meeting (Date of BOD resolution : June 30, 2005)\n\nNotice\n"
    assert anchored(listing, calls).resolution_date is None and calls == [1]
    unlisted = listing.replace("99.1", "Item")
    assert anchored(unlisted, calls).resolution_date.value == dt.date(2005, 6, 30) and calls == [1, 1]


def test_reporting_verbs_behind_their_words_find_what_the_pattern_finds():
    from converter.extract import registrant_sentences as sentences

    verbs = sentences._reporting_verbs()
    found = 0
    for text in _with_odd_lines(TEXTS) + ["Acme Co. ANNOUNCED; acme said, xsaid, Announces"]:
        head = text[:6000]
        expected = [m.span() for m in verbs.pattern.finditer(head)]
        assert [m.span() for m in verbs.finditer(head, fold(head))] == expected
        found += len(expected)
    assert found > 50


def test_a_registrant_source_is_read_only_when_those_before_it_found_none(monkeypatch):
    from converter.extract import registrant
    from converter.model import Segment, SourceDocument

    text = 'Example Shipping Co., Ltd. (the "Company") today announced its results.\n'
    asked = []
    for name in ("from_release_subject", "from_korean_subject", "from_heading"):
        monkeypatch.setattr(registrant, name, lambda t, name=name: asked.append(name))
    found = registrant.registrant_name(SourceDocument("doc.txt", text, text, (Segment(0, 0, len(text)),)), None)
    assert found.value == "Example Shipping Co., Ltd." and asked == []


def test_date_labels_are_looked_for_only_where_a_match_can_be():
    """A label turned away by the words around the dates, or a window without its words, has no
    match there: the gated search finds every match the plain one does, on every document."""
    from converter.extract import date_labels
    from converter.extract.mechanisms.tokens import dates_between

    labels, table = date_labels.date_labels(), date_labels._gated_labels()
    turned = matched = 0
    for text in _with_odd_lines(TEXTS) + ["Date of BOD resolution : March 14, 2007\n1. Dated: May 2, 2005"]:
        dates = dates_between(text, 0, len(text))
        passing = set(table.passing(fold(date_labels._around(text, dates))))
        for i, label in enumerate(labels):
            every = [m.span() for m in date_labels._label_matches(label, text, dates)]
            gated = [m.span() for m in date_labels._label_matches(label, text, dates, table.gated[i], fold(text))]
            assert gated == every and (i in passing or not every), label.pattern.pattern
            turned += i not in passing
            matched += len(every)
    assert turned > len(TEXTS) and matched > 50


def test_a_title_line_reads_its_dates_and_indents_as_the_line_itself():
    """The dates of a head line stripped of blanks and bars, read from the date index, are those
    ``find_dates`` reads in it; the count of indented headings stops at two, as the test needs."""
    from converter.parse.dates import find_dates

    lines_read = 0
    for text in _with_odd_lines(TEXTS) + [" | Seoul,  May 2, 2005 | \n\t 18 November 2002 |", "  |x2002-11-18|"]:
        lines = split_lines(text[:16000])
        for line in lines:
            stripped = line.stripped
            bare = stripped.strip(" |")
            if bare:
                key = [(d.value, d.start, d.end, d.text) for d in find_dates(bare)]
                assert [(d.value, d.start, d.end, d.text) for d in title._dates_of(text, line, stripped, bare)] == key
                lines_read += 1
        every = sum(1 for line in lines[:150] if not line.blank and 4 <= line.indent and len(line.stripped) < 70)
        assert title._headings_indented([line.text for line in lines[:150]]) == (every >= 2)
    assert lines_read > 1000


def test_gate_tables_asked_lazily_answer_as_asked_word_by_word():
    """``GatedSet.passing_lazily`` (each word looked for at most once, cheapest gates first)
    names the patterns ``passing`` names, for the date, date-label and period tables, on every
    test document, its head and its lines."""
    from converter.extract import date_labels
    from converter.parse import dates, period_scan

    tables = [dates._gate_table(), date_labels._gated_labels(), *period_scan.gate_tables()]
    passed = 0
    for text in _with_odd_lines(TEXTS):
        for piece in [text, text[:4000], *text[:3000].split("\n")]:
            folded = fold(piece)
            for table in tables:
                expected = table.passing(folded)
                assert table.passing_lazily(folded) == expected
                passed += len(expected)
    assert passed > 1000
