"""Web copies of results pages and investor-relations highlights: a page's section heading
('Financial Highlights', 'Key Figures', 'Five-year Summary') names neither the document nor the
company; the date of a letter or filing the text cites is not the document's date, the page's own
publication stamp is; a photo's caption is never the title. Invented documents throughout."""

from __future__ import annotations

import pytest

from converter.extract.anchors import find_date_anchors
from converter.extract.mechanisms.names import section_heading
from converter.extract.registrant import registrant_name
from converter.extract.title import document_title
from converter.ingest import ingest_bytes
from converter.model import DocumentFamily


def _document(text: str):
    return ingest_bytes(text.encode("utf-8"), "page.txt").documents[0]


def _title_and_name(text: str) -> tuple[str | None, str | None]:
    document = _document(text)
    registrant = registrant_name(document, None)
    name = str(registrant.value) if registrant else None
    found = document_title(document, name)
    return (str(found.value) if found else None), name


HIGHLIGHTS = """Financial Highlights

Results

Six months ended 30th June 2031 2030
HK$M HK$M Change
Revenue 5,412 4,980 +9%
Profit attributable to the Company's shareholders 2,310 2,105 +10%

Financial Position

30th June 2031 31st December 2030
Total equity 150,220 151,030 -1%

Financial Position
"""

KEY_FIGURES = """Key Figures

Key Figures

(HK$ million) For the six months ended 30 Jun
2031 2030
Revenue 812 905
Underlying Profit 81 102
"""

FIVE_YEAR = "Five-year Financial Summary\nHK$ million\n2020\n2021\nRevenue\n5,012\n2,050\n"

EUROPEAN = """Investors

Key figures

(EUR million)

2027 2028 2029 2030 2031
Revenue 41.2 44.9 52.3 50.8 57.6
EBIT 3.1 3.4 3.9 3.2 4.4

Revenue

MEUR

Dividend

MEUR
"""

HEADLINED = """Garam Harbour Holdings Limited
(incorporated in Hong Kong with limited liability)

Garam Harbour Reports 2031 Interim Results

Financial Highlights

Six months ended 30th June 2031 2030
Revenue 5,412 4,980 +9%
"""


@pytest.mark.parametrize("text, title, name", [
    (HIGHLIGHTS, None, None),
    (KEY_FIGURES, None, None),
    (FIVE_YEAR, None, None),
    (EUROPEAN, None, None),  # nor is the unit caption 'MEUR', printed twice, a company's name
    (HEADLINED, "Garam Harbour Reports 2031 Interim Results", "Garam Harbour Holdings Limited"),
], ids=["highlights", "key-figures", "five-year", "european", "headline-above"])
def test_section_heading_names_nothing(text, title, name):
    assert _title_and_name(text) == (title, name)


@pytest.mark.parametrize("text, expected", [
    ("Financial Highlights", True), ("KEY FIGURES", True), ("Five-year Summary", True),
    ("Group key figures", True), ("Selected Financial Data", True), ("Results", True), ("Financial Position", True),
    ("2031 Interim Results", False), ("Annual Report", False), ("Interim Results", False),
    ("Hanbit Results Limited", False), ("Key Partners", False), ("Financial Statements", False),
])
def test_section_heading(text, expected):
    assert section_heading(text) is expected


def _date(text: str) -> str | None:
    anchors = find_date_anchors(_document(text), DocumentFamily.OTHER, None)
    return anchors.document_date.value.isoformat() if anchors.document_date else None


@pytest.mark.parametrize("text, expected", [
    # the date of the letter the company sent earlier is that letter's; nothing else dates the page
    ("Hanbit Motors shares rise after board approves buyback\n\nShares of Hanbit Motors rose 3 per cent "
     "on Tuesday.\n\nThe company informed the exchanges through its letter dated May 30, 2031 that the "
     "board had approved the buyback.\n", None),
    ("Garam Steel to raise funds via bonds\n\nGaram Steel said in a filing dated 14 June 2031 that its "
     "board would meet to consider raising funds.\n", None),
    ("Garam Steel to raise funds\n\nThe disclosure required under SEBI Circular No. CIR/XX/1/2029\n"
     "dated March 9, 2029 is enclosed.\n", None),
    ("Hanbit Foods to hold its AGM by video\n\nThe meeting will be held under General Circular Nos.7/2029, "
     "9/2029 and 12/2029 dated 3rd March 2029, 9th March 2029 and 1st April 2029 of the Ministry.\n", None),
    # the page's own publication stamp dates it, not the filing it cites
    ("Garam Steel to raise funds via bonds\nUpdated: 16 Jun 2031, 10:20 AM IST\n\nGaram Steel said in a "
     "filing dated 14 June 2031 that its board would meet to consider raising funds.\n", "2031-06-16"),
    ("Garam Steel to raise funds via bonds\n\nGaram Steel said its board would meet.\n\n"
     "First Published: Jun 16 2031 | 10:20 AM IST\n", "2031-06-16"),
    # a document's own 'Dated' label still dates it
    ("JOINT FILING AGREEMENT\n\nThe undersigned agree to file jointly.\n\nDated: June 16, 2031\n", "2031-06-16"),
], ids=["letter-dated", "filing-dated", "circular-dated", "circulars-dated", "updated-stamp", "first-published", "own-dated"])
def test_cited_date_is_not_the_documents(text, expected):
    assert _date(text) == expected


STORY = "\n\nHanbit Motors Q2 profit rises 12% on strong demand\n\nHanbit Motors Ltd reported a 12 per cent " \
        "rise in net profit to Rs 210 crore for the quarter ended June 30, 2031.\n"


@pytest.mark.parametrize("caption", [
    "Representative Image", "Representational image", "File photo", "File image", "Representative Photo",
    "Image for representation purposes only", "Image used for representational purpose only",
    "Picture for representation", "Image source: Hanbit", "Image: Hanbit", "Photo credit: Hanbit",
])
def test_photo_caption_is_no_title(caption):
    assert _title_and_name(caption + STORY)[0] == "Hanbit Motors Q2 profit rises 12% on strong demand"



def _facts(text: str) -> set[tuple[str, str, str]]:
    from converter.pipeline import convert_text

    (converted,) = convert_text(text, "highlights.txt")
    periods = {c.id: str(c.period) for c in converted.instance.contexts}
    return {(f.concept, str(f.value), periods[f.context_id]) for f in converted.instance.facts}


UNDERLYING_TABLE = """| FINANCIAL HIGHLIGHTS | |||
| 2031 | 2030 | Change | |
| Revenue (HK$ million) | 5,012 | 4,050 | +23.8% |
| Profit attributable to shareholders (HK$ million) | 801 | 2,209 | -63.7% |
| Underlying profit attributable to shareholders (HK$ million) | 1,299 | 642 | +102.3% |
| Recurring underlying profit (HK$ million) | 1,001 | 603 | |
| Underlying earnings per share (HK$) | 1.10 | 0.55 | |
"""


def test_underlying_profit_row():
    facts = _facts(UNDERLYING_TABLE)
    underlying = {f for f in facts if f[0] == "UnderlyingProfit"}
    assert underlying == {("UnderlyingProfit", "1299000000", "2031-01-01/2031-12-31"),
                          ("UnderlyingProfit", "642000000", "2030-01-01/2030-12-31")}
    # the reported profit stays the net income; the recurring one and the per-share one stay out
    assert ("NetIncomeLoss", "801000000", "2031-01-01/2031-12-31") in facts
    assert not any(f[1] in ("1001000000", "603000000", "1.1", "1.10") for f in facts)


def test_underlying_profit_sentence():
    facts = _facts("Garam Land 2031 annual results\n\nGaram Land Holdings Ltd said its underlying profit "
                   "attributable to shareholders rose 8% to HK$12,345 million in 2030, while its recurring "
                   "underlying profit was HK$9,876 million.\n")
    assert {f for f in facts if f[0] == "UnderlyingProfit"} == {
        ("UnderlyingProfit", "12345000000", "2030-01-01/2030-12-31")}
