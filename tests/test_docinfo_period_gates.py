"""The period readers of a document's head search a pattern opening with '^' only where the
head holds its words ('period' and the others ``Gated`` reads from 'For the period from', the
決 of 決算期): the same matches as the plain search, on every document and on odd spellings."""

from __future__ import annotations

from converter.extract import document
from converter.extract.mechanisms import cjk_header
from document_texts import ingested_texts

ODD = [
    "Report\n(For the period from January 1, 2006 through December 31, 2006)\n",
    "  FOR THE PERİOD FROM January 1, 2006 TO January 31, 2006\n",  # a dotted capital I
    "|for  the\tperiod of: May 1, 2006 - May 31, 2006\nbody\n",
    "x" * 2490 + "\nFor the period from January 1, 2006 to January 31, 2006\n",  # past the heading's reach
    "決算短信（連結）\n決算期　　平成18年3月期\n",
    "決　算　期 | 平成18年3月期\n決算短信\n",
    "中間決算短信（連結）\n決算期　　平成18年3月期\n",
    "業績の概況\n" + "x" * 1970 + "\n決算期　平成18年3月期\n",  # a label near the head's end
]


def _texts() -> list[str]:
    return list(ingested_texts()) + ODD


def _plain_report_range(text: str):
    """``report_range`` as it read before its gate: the pattern searched in every head."""
    m = document._PERIOD_OF.search(text, 0, min(len(text), document.HEADING))
    dates = document.dates_between(text, m.start(1), m.end(1)) if m else []
    if len(dates) < 2 or dates[0].start != 0:
        return None
    first, last = dates[0], dates[1]
    if not document._RANGE_JOIN.fullmatch(m.group(1)[first.end : last.start]) or last.value < first.value:
        return None
    return document.Located((first.value, last.value), m.start(1), m.start(1) + last.end)


def test_the_period_heading_behind_its_words_reads_as_the_plain_search():
    found = 0
    for text in _texts():
        expected = _plain_report_range(text)
        assert document.report_range(text) == expected, text[:80]
        found += expected is not None
    assert found >= 3  # (headings that are read were compared too)


def _plain_fiscal_year_label(text: str):
    m = cjk_header._FISCAL_LABEL.search(text, 0, min(len(text), 2000))
    if m is None or not cjk_header._TANSHIN.search(text, 0, 2000) or cjk_header._PART_OF_YEAR.search(text, 0, 2000):
        return None
    period = cjk_header.parse_period(m["year"] + "期", document_date=None)
    if period is None or period.start is None or period.end is None:
        return None
    return period.start, period.end, m.start("year"), m.end("year")


def test_the_fiscal_label_behind_its_first_character_reads_as_the_plain_search():
    read = 0
    for text in _texts():
        expected = _plain_fiscal_year_label(text)
        assert cjk_header.fiscal_year_label(text, None) == expected, text[:80]
        read += expected is not None
    assert read >= 2  # (labels that are read were compared too)


def test_the_cjk_registrant_readers_find_nothing_in_an_english_text():
    """``labelled_registrant`` and ``from_cjk_letterhead`` return at once for an ASCII text: every
    label of a company's name (data) and every legal form the letterhead needs holds a Han
    character, so the plain scans find nothing there (checked on every ASCII document), and the
    readers answer as those scans on the others."""
    import re

    assert all(not label.isascii() for label in cjk_header.header_words("company_label"))
    texts = _texts() + ["上場会社名　　サクラ電装株式会社\n", "サクラ電装株式会社\n本文\n", "Acme (株) Ltd\n"]
    english = 0
    for text in texts:
        labelled = next((m for m in cjk_header._company_label().finditer(text, 0, min(len(text), cjk_header.HEAD))
                         if cjk_header.LEGAL_FORM.search(m["name"])), None)
        plain = labelled and cjk_header.Located(labelled["name"], labelled.start("name"), labelled.end("name"))
        assert cjk_header.labelled_registrant(text) == plain
        letterhead = None
        for line in [line for line in cjk_header.split_lines(text[:3000])[:30] if not line.blank]:
            stripped = line.text.strip(" \t|\u3000")
            if cjk_header._CJK_COMPANY.fullmatch(stripped) and re.search(r"株式会社|（株）|\(株\)|有限公司$", stripped):
                start = line.start + line.text.index(stripped)
                letterhead = cjk_header.Located(stripped, start, start + len(stripped))
                break
        assert cjk_header.from_cjk_letterhead(text) == letterhead
        english += text.isascii()
    assert english > 50
