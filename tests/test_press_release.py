"""Press-release extraction: the two press-release seeds and releases written for other issuers.

Each written release ``tests/data/press/NAME.txt`` has its expected facts in ``NAME.facts.tsv``
(concept, value, period, unit, decimals, dimensions; ``!unmapped`` rows list exactly the figures
the unmapped report must hold).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from converter.extract.anchors import find_date_anchors
from converter.extract.base import DocumentContext, Found
from converter.extract.mechanisms.leftovers import unmapped_figures
from converter.extract.kinds.press_release import extract_press_release as _press_reader
from converter.extract.mechanisms.listings import extract_listings
from converter.model import (
    EntityInfo,
    Extraction,
    Mention,
    Classification,
    DocumentFamily,
    Observation,
    Period,
    Segment,
    SourceDocument,
)
from converter.parse.dates import find_dates

def extract_press_release(ctx: DocumentContext) -> Found:
    """The press reader and the listings reader, as the pipeline runs both on a release."""
    return _press_reader(ctx) + extract_listings(ctx)


SEEDS = Path(__file__).resolve().parents[1] / "examples"  # the seed documents, byte for byte
PRESS = Path(__file__).resolve().parent / "data" / "press"


def context(text: str, registrant: str | None = None, name: str = "release.txt") -> DocumentContext:
    """A press-release context dated as the pipeline dates it (a date alone on a head line, the
    dateline), else by the first full date of the text."""
    document = SourceDocument(name=name, raw=text, text=text, segments=(Segment(0, 0, len(text)),))
    located = find_date_anchors(document, DocumentFamily.PRESS_RELEASE, None).document_date
    dates = find_dates(text[:2000])
    day = located.value if located else dates[0].value if dates else None
    period = Period.duration(day, day) if day else Period.forever()
    return DocumentContext(document, Classification(DocumentFamily.PRESS_RELEASE, 1, ()), None, day,
                           period, registrant)


def extract(path: Path, registrant: str | None = None) -> tuple[Found, DocumentContext]:
    ctx = context(path.read_text(encoding="utf-8"), registrant, path.name)
    return extract_press_release(ctx), ctx


def reported(found: Found, ctx: DocumentContext) -> tuple[Mention, ...]:
    """What ``convert --report`` lists: the reader's mentions and every figure no fact covers."""
    extraction = Extraction(ctx.document, ctx.classification, EntityInfo(), ctx.document_period,
                            found.observations, found.unmapped)
    return unmapped_figures(extraction)


def unit_text(o: Observation) -> str:
    if o.unit is None:
        return "-"
    names = [m.split(":")[1] for m in o.unit.numerator]
    text = "*".join(names)
    if o.unit.denominator:
        text += "/" + "*".join(m.split(":")[1] for m in o.unit.denominator)
    return text


def row(o: Observation, ctx: DocumentContext) -> tuple[str, ...]:
    value = o.value.isoformat() if isinstance(o.value, dt.date) else str(o.value)
    period = "document" if o.period == ctx.document_period else str(o.period)
    dims = ";".join(f"{a}={m}" for a, m in o.dimensions) or "-"
    decimals = "-" if o.decimals is None else str(o.decimals)
    return (o.concept, value, period, unit_text(o), decimals, dims)


def one(found: Found, concept: str, **dims: str) -> Observation:
    hits = [o for o in found.observations if o.concept == concept
            and (not dims or dict(o.dimensions) == dims)]
    assert len(hits) == 1, (concept, hits)
    return hits[0]


def test_spans_cover_the_words() -> None:
    found, ctx = extract(SEEDS / "hanaro-q3-2002-operating-profit.txt")
    for o in found.observations:
        assert o.span is not None and o.span.end > o.span.start, o


# ---------------------------------------------------------------------------------------------
# The seeds (values as listed in shared/spec/seed-facts.md)
# ---------------------------------------------------------------------------------------------

Q3_2002 = Period.duration(dt.date(2002, 7, 1), dt.date(2002, 9, 30))
Q3_2001 = "2001-07-01/2001-09-30"


def test_hanaro_results() -> None:
    found, ctx = extract(SEEDS / "hanaro-q3-2002-operating-profit.txt")
    assert ctx.document_date == dt.date(2002, 10, 28)
    for concept, value in (("OperatingIncomeLoss", "13600000000"), ("Revenues", "326000000000"),
                           ("NetIncomeLoss", "-25800000000"), ("EBITDA", "111100000000")):
        o = one(found, concept)
        assert (o.value, o.period, unit_text(o), o.decimals) == (Decimal(value), Q3_2002, "KRW", -8)
    for concept, value in (("RevenuesPercentChange", "0.525"), ("NetIncomeLossPercentChange", "-0.582"),
                           ("EBITDAPercentChange", "1.632")):
        o = one(found, concept)
        assert (o.value, o.period, o.decimals) == (Decimal(value), Q3_2002, 3)
        assert o.dimensions == (("ComparativePeriodAxis", Q3_2001),)
    subscribers = one(found, "Subscribers")
    assert (subscribers.value, subscribers.period) == (Decimal(2852976), Period.instant(dt.date(2002, 9, 30)))
    additions = one(found, "SubscriberNetAdditions")
    assert additions.value == Decimal(810000) and additions.period.end == dt.date(2002, 9, 30)
    assert one(found, "SpokespersonName", SpokespersonAxis="1").value == "Matt K Lee"
    assert one(found, "SpokespersonTitle", SpokespersonAxis="1").value == "Vice President, Strategy & Planning"
    assert one(found, "ResultsAnnouncementDate").value == dt.date(2002, 11, 14)


def test_a_results_summarys_other_labelled_dates_are_no_results_date() -> None:
    # a Japanese results summary's header: the report's filing and the dividend's payment dates
    text = ("Consolidated Financial Results for the Second Quarter [Based on Japanese GAAP] November 7, 2018 "
            "Name of Listed Company: Sakura Foods Co., Ltd. Code Number: 9999 Submission of quarterly report: "
            "November 9, 2018 Dividend payment commencement: December 6, 2018 Holding of a briefing on quarterly "
            "financial results: Yes\n")
    found = extract_press_release(context(text))
    assert not [o for o in found.observations if o.concept == "ResultsAnnouncementDate"]


def test_hanaro_unmapped_only_the_years_and_months_of_a_duration() -> None:
    found, ctx = extract(SEEDS / "hanaro-q3-2002-operating-profit.txt")
    assert sorted(m.text for m in reported(found, ctx)) == ["3", "5"]  # "in 3 years and 5 months"


def test_thrunet_corporate_actions() -> None:
    found, ctx = extract(SEEDS / "thrunet-reverse-split-2002.txt")
    assert ctx.document_date == dt.date(2002, 11, 27)
    assert one(found, "TradingSymbol", SecurityListingAxis="1").value == "KOREA"
    assert one(found, "SecurityExchangeName", SecurityListingAxis="1").value == "Nasdaq"
    assert one(found, "ShareholderMeetingDate").value == dt.date(2002, 11, 25)
    assert one(found, "ShareholderMeetingType").value == "extraordinary"
    assert one(found, "ReverseStockSplitRatio").value == Decimal(3)
    assert one(found, "StockSplitEffectiveDate").value == dt.date(2003, 1, 20)
    shares = {o.period.end: (o.value, o.decimals, unit_text(o)) for o in found.observations
              if o.concept == "SharesOutstanding"}
    assert shares == {dt.date(2003, 1, 19): (Decimal(232900000), -5, "shares"),
                      dt.date(2003, 1, 20): (Decimal(77630000), -4, "shares")}
    assert all(o.period.is_instant for o in found.observations if o.concept == "SharesOutstanding")
    assert one(found, "DelistingDeterminationDate").value == dt.date(2002, 11, 6)
    subscribers = one(found, "Subscribers")
    assert (subscribers.value, subscribers.period) == (Decimal(1304106), Period.instant(dt.date(2002, 10, 31)))
    assert one(found, "EntityFoundingDate").value == "1996-07"


def test_contact_headings_of_several_audiences_on_lines_of_their_own() -> None:
    """'Press contact:' and 'Analyst and investor contact:' each open a contact: the second
    heading is never the first contact's title."""
    text = ("PARIS, May 6, 2010 -- First quarter revenue rose.\n\n"
            "Press contact: Claire Fontaine, +33 (0)1 55 55 62 10\n"
            "Analyst and investor contact: Marc Olivier, +33 (0)1 55 55 63 40\n")
    found = extract_press_release(context(text))
    assert one(found, "ContactName", ContactAxis="1").value == "Claire Fontaine"
    assert one(found, "ContactName", ContactAxis="2").value == "Marc Olivier"
    assert not [o for o in found.observations if o.concept == "ContactTitle"]


def test_press_contacts_stacked_one_line_each() -> None:
    """A US-style block: name, the company's short name, phone and e-mail on lines of their own;
    the short name alone on its line is the contact's organisation."""
    text = ("SAN JOSE, Calif., March 3, 2001 -- Northwind Systems, Inc. today announced a stock plan.\n\n"
            "     Press Contacts:\n     Maria Lopez\n     Northwind\n     (408) 555-0139\n"
            "     lopez@northwind.example\n\n     David Chen\n     Northwind\n     (408) 555-0172\n"
            "     dchen@northwind.example\n")
    found = extract_press_release(context(text, registrant="Northwind Systems, Inc."))
    for member, (name, phone) in {"1": ("Maria Lopez", "+1-408-555-0139"), "2": ("David Chen", "+1-408-555-0172")}.items():
        assert one(found, "ContactName", ContactAxis=member).value == name
        assert one(found, "ContactOrganization", ContactAxis=member).value == "Northwind"
        assert one(found, "ContactPhoneNumber", ContactAxis=member).value == phone
    assert one(found, "ContactEmail", ContactAxis="2").value == "dchen@northwind.example"


SIDE_BY_SIDE = ("SEOUL, May 2, 2006 -- Daerim Games Co., Ltd. announced first quarter revenue of W5.1 billion.\n\n"
                "        Contacts:     Daerim Games Co., Ltd.           Harbor Lane Partners\n"
                "                      Jiwon K. Bae                     Peter Alcott\n"
                "{third}")


@pytest.mark.parametrize("third, expected", [
    # the lines below keep to the header's cells: one contact a column
    ("                      82-2-555-0101                    (212) 555-0177\n"
     "                      jbae@daerim.example              palcott@harborlane.example\n",
     {"1": {"ContactOrganization": "Daerim Games Co., Ltd.", "ContactName": "Jiwon K. Bae",
            "ContactPhoneNumber": "+82-2-555-0101", "ContactEmail": "jbae@daerim.example"},
      "2": {"ContactOrganization": "Harbor Lane Partners", "ContactName": "Peter Alcott",
            "ContactEmail": "palcott@harborlane.example"}}),
    # a line that keeps to no column: which cell is whose cannot be told, the block is left out
    ("                      82-2-555-0101   ext. 12     (212) 555-0177\n", {}),
])
def test_press_contacts_side_by_side_after_the_header(third: str, expected: dict) -> None:
    """'Contacts:' followed by two contacts printed in columns: each column is its own contact
    (the header's line held both organisations as one)."""
    found = extract_press_release(context(SIDE_BY_SIDE.format(third=third), registrant="Daerim Games Co., Ltd."))
    contacts = {}
    for o in found.observations:
        if o.concept.startswith("Contact"):
            contacts.setdefault(dict(o.dimensions)["ContactAxis"], {})[o.concept] = o.value
    for member, row in expected.items():
        assert {k: v for k, v in contacts[member].items() if k in row} == row
    assert len(contacts) == len(expected)


def test_contact_title_over_its_unit() -> None:
    """'Director of Investor Relations' is the contact's title, not an organisation (the unit's
    name holds words of organisations)."""
    text = ("TEL AVIV, Israel, March 3, 2008 -- Carmel Optics Ltd. reported revenue of $12.4 million.\n\n"
            "Company Contact:\nDana Levin, Director of Investor Relations\nTel: +972-3-555-0190\n")
    found = extract_press_release(context(text))
    assert one(found, "ContactTitle", ContactAxis="1").value == "Director of Investor Relations"
    assert not [o for o in found.observations if o.concept == "ContactOrganization"]


def test_thrunet_two_column_contacts() -> None:
    found, _ = extract(SEEDS / "thrunet-reverse-split-2002.txt")
    expected = {
        "1": {"ContactRegion": "Korea", "ContactOrganization": "Korea Thrunet Co., Ltd.",
              "ContactName": "Yong S. Lee", "ContactTitle": "Investor Relations",
              "ContactEmail": "welcome@corp.thrunet.com", "ContactPhoneNumber": "+82-2-3488-8058"},
        "2": {"ContactRegion": "U.S.", "ContactOrganization": "The Global Consulting Group",
              "ContactName": "Mark Jones", "ContactTitle": "Investor Relations",
              "ContactEmail": "mark.p.jones@tfn.com", "ContactPhoneNumber": "+1-212-807-5027"},
    }
    for member, facts in expected.items():
        for concept, value in facts.items():
            assert one(found, concept, ContactAxis=member).value == value


def test_thrunet_unmapped() -> None:
    found, ctx = extract(SEEDS / "thrunet-reverse-split-2002.txt")
    assert [m.text for m in reported(found, ctx)] == ["100"]  # "up to 100 times faster"


# ---------------------------------------------------------------------------------------------
# Releases written for other issuers
# ---------------------------------------------------------------------------------------------


def expected_rows(path: Path) -> tuple[set[tuple[str, ...]], list[str] | None]:
    rows, unmapped = set(), None
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if fields[0] == "!unmapped":
            unmapped = (unmapped or []) + [fields[1]]
        elif not fields[0].startswith("!"):
            rows.add(tuple(fields))
    return rows, unmapped


def stated_reasons(path: Path) -> list[tuple[str, str]]:
    """``!reason`` rows: (figure, words its unmapped reason must contain)."""
    return [tuple(line.split("\t")[1:3]) for line in path.read_text(encoding="utf-8").splitlines()
            if line.startswith("!reason\t")]


def stated_absent(path: Path) -> set[str]:
    """``!none`` rows: concepts of which the document yields no fact but those listed."""
    return {c for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("!none\t")
            for c in line.split("\t")[1].split(",")}


def is_undated(path: Path) -> bool:
    """An ``!undated`` row: the document states no date (as the pipeline finds none)."""
    return any(line.startswith("!undated") for line in path.read_text(encoding="utf-8").splitlines())


def stated_date(path: Path) -> dt.date | None:
    """A ``!date`` row: the day the user gives (``convert --date``) to a document dated only where
    the pipeline's date reader does not look."""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("!date\t"):
            return dt.date.fromisoformat(line.split("\t")[1])
    return None


def stated_registrant(path: Path) -> str | None:
    """A ``!registrant`` row: the registrant the document-level reader would have found."""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("!registrant\t"):
            return line.split("\t")[1]
    return None


WRITTEN = sorted(p.name[: -len(".facts.tsv")] for p in PRESS.glob("*.facts.tsv"))


def test_six_written_releases_exist() -> None:
    assert len(WRITTEN) >= 6


@pytest.mark.parametrize("name", WRITTEN)
def test_written_release(name: str) -> None:
    facts = PRESS / f"{name}.facts.tsv"
    ctx = context((PRESS / f"{name}.txt").read_text(encoding="utf-8"), stated_registrant(facts), f"{name}.txt")
    if is_undated(facts):
        ctx = dataclasses.replace(ctx, document_date=None, document_period=Period.forever())
    if (day := stated_date(facts)) is not None:
        ctx = dataclasses.replace(ctx, document_date=day, document_period=Period.duration(day, day))
    found = extract_press_release(ctx)
    got = {row(o, ctx) for o in found.observations}
    expected, unmapped = expected_rows(PRESS / f"{name}.facts.tsv")
    missing = expected - got
    assert not missing, f"missing {sorted(missing)}\ngot {sorted(got)}"
    concepts = {r[0] for r in expected} | stated_absent(facts)
    extra = {r for r in got if r[0] in concepts} - expected
    assert not extra, f"unexpected {sorted(extra)}"
    if unmapped is not None:
        assert sorted(m.text for m in reported(found, ctx)) == sorted(unmapped)
    mentions = [(m.text, m.reason) for m in found.unmapped]
    for text, words in stated_reasons(facts):
        assert any(t == text and words in reason for t, reason in mentions), (text, words, mentions)


# ---------------------------------------------------------------------------------------------
# Results tables in other layouts
# ---------------------------------------------------------------------------------------------

TABLES = [
    (  # unit on the heading row, quarter-on-quarter and year-on-year columns, a loss in brackets
        "Seoul, Korea, November 3, 2003 - Results follow.\n\n"
        "(KRW BN)            3Q03      2Q03      3Q02      QoQ      YoY\n"
        "Revenue            812.4     790.1     701.3     2.8%    15.8%\n"
        "Net income (loss)  (12.5)     20.4     (30.2)      n/a      n/a\n",
        {("Revenues", "812400000000", "2003-07-01/2003-09-30", "KRW", "-8", "-"),
         ("Revenues", "790100000000", "2003-04-01/2003-06-30", "KRW", "-8", "-"),
         ("Revenues", "701300000000", "2002-07-01/2002-09-30", "KRW", "-8", "-"),
         ("RevenuesPercentChange", "0.028", "2003-07-01/2003-09-30", "pure", "3",
          "ComparativePeriodAxis=2003-04-01/2003-06-30"),
         ("RevenuesPercentChange", "0.158", "2003-07-01/2003-09-30", "pure", "3",
          "ComparativePeriodAxis=2002-07-01/2002-09-30"),
         ("NetIncomeLoss", "-12500000000", "2003-07-01/2003-09-30", "KRW", "-8", "-"),
         ("NetIncomeLoss", "20400000000", "2003-04-01/2003-06-30", "KRW", "-8", "-"),
         ("NetIncomeLoss", "-30200000000", "2002-07-01/2002-09-30", "KRW", "-8", "-")},
    ),
    (  # Korean unit line in millions, Korean period headings, subscribers in thousands
        "2003년 8월 5일\n\n"
        "                                        (단위: 백만원)\n"
        "구분               2003년 2분기      2002년 2분기\n"
        "영업수익               512,334          468,120\n"
        "영업손실               △3,120           △8,410\n"
        "가입자 (천명)             2,140            1,870\n",
        {("Revenues", "512334000000", "2003-04-01/2003-06-30", "KRW", "-6", "-"),
         ("Revenues", "468120000000", "2002-04-01/2002-06-30", "KRW", "-6", "-"),
         ("OperatingIncomeLoss", "-3120000000", "2003-04-01/2003-06-30", "KRW", "-6", "-"),
         ("OperatingIncomeLoss", "-8410000000", "2002-04-01/2002-06-30", "KRW", "-6", "-"),
         ("Subscribers", "2140000", "2003-06-30", "pure", "-3", "-"),
         ("Subscribers", "1870000", "2002-06-30", "pure", "-3", "-")},
    ),
    (  # US dollars in thousands, per-share row left at its own scale
        "PALO ALTO, Calif., January 29, 2004 -- Results.\n\n"
        "(in thousands of U.S. dollars, except per share data)\n"
        "                         Q4 2003       Q4 2002\n"
        "Net revenues              48,210        41,007\n"
        "Net income (loss)         (1,204)        2,310\n"
        "Diluted EPS                (0.02)         0.04\n",
        {("Revenues", "48210000", "2003-10-01/2003-12-31", "USD", "-3", "-"),
         ("Revenues", "41007000", "2002-10-01/2002-12-31", "USD", "-3", "-"),
         ("NetIncomeLoss", "-1204000", "2003-10-01/2003-12-31", "USD", "-3", "-"),
         ("NetIncomeLoss", "2310000", "2002-10-01/2002-12-31", "USD", "-3", "-"),
         ("EarningsPerShareDiluted", "-0.02", "2003-10-01/2003-12-31", "USD/shares", "2", "-"),
         ("EarningsPerShareDiluted", "0.04", "2002-10-01/2002-12-31", "USD/shares", "2", "-")},
    ),
]


TABLES.append((  # US layout: year columns under "Three Months Ended / Nine Months Ended September 30,"
    "PALO ALTO, Calif., October 22, 2003 -- Results.\n\n"
    "(in thousands of U.S. dollars, except per share data)\n"
    "                        Three Months Ended          Nine Months Ended\n"
    "                           September 30,              September 30,\n"
    "                         2003          2002         2003          2002\n"
    "Net revenues           45,600        38,100      127,300       110,900\n"
    "Net loss               (3,200)       (7,900)      (9,100)      (21,400)\n",
    {("Revenues", "45600000", "2003-07-01/2003-09-30", "USD", "-3", "-"),
     ("Revenues", "38100000", "2002-07-01/2002-09-30", "USD", "-3", "-"),
     ("Revenues", "127300000", "2003-01-01/2003-09-30", "USD", "-3", "-"),
     ("Revenues", "110900000", "2002-01-01/2002-09-30", "USD", "-3", "-"),
     ("NetIncomeLoss", "-3200000", "2003-07-01/2003-09-30", "USD", "-3", "-"),
     ("NetIncomeLoss", "-7900000", "2002-07-01/2002-09-30", "USD", "-3", "-"),
     ("NetIncomeLoss", "-9100000", "2003-01-01/2003-09-30", "USD", "-3", "-"),
     ("NetIncomeLoss", "-21400000", "2002-01-01/2002-09-30", "USD", "-3", "-")},
))


TABLES.append((  # a fiscal quarter ended February 29 over a year without one: that February's end
    "AUSTIN, Texas, March 25, 2004 -- Results.\n\n"
    "(in thousands of U.S. dollars)\n"
    "                        Three Months Ended\n"
    "                           February 29,\n"
    "                         2004          2003\n"
    "Net revenues           21,450        18,320\n",
    {("Revenues", "21450000", "2003-12-01/2004-02-29", "USD", "-3", "-"),
     ("Revenues", "18320000", "2002-12-01/2003-02-28", "USD", "-3", "-")},
))


TABLES.append((  # EDGAR <TABLE> markup, three- and six-month groups over year columns, diluted EPS at its own scale
    'SEOUL, Korea, July 27, 2004 -- Results.\n\n                   (In millions of Won, except per share amounts)\n<TABLE>\n<CAPTION>\n                           Three Months Ended         Six Months Ended\n                                June 30,                  June 30,\n                          ---------------------     ---------------------\n                            2004         2003         2004         2003\n                          --------     --------     --------     --------\n<S>                       <C>          <C>          <C>          <C>\nNet sales                  512,340      468,120      998,410      901,220\nOperating income            61,230       48,770      117,900       90,310\nNet income                  40,110       31,900       77,020       60,840\nDiluted earnings per share   1,203          957        2,310        1,825\n</TABLE>\n',
    {('EarningsPerShareDiluted', '1203', '2004-04-01/2004-06-30', 'KRW/shares', '0', '-'),
     ('EarningsPerShareDiluted', '1825', '2003-01-01/2003-06-30', 'KRW/shares', '0', '-'),
     ('EarningsPerShareDiluted', '2310', '2004-01-01/2004-06-30', 'KRW/shares', '0', '-'),
     ('EarningsPerShareDiluted', '957', '2003-04-01/2003-06-30', 'KRW/shares', '0', '-'),
     ('NetIncomeLoss', '31900000000', '2003-04-01/2003-06-30', 'KRW', '-6', '-'),
     ('NetIncomeLoss', '40110000000', '2004-04-01/2004-06-30', 'KRW', '-6', '-'),
     ('NetIncomeLoss', '60840000000', '2003-01-01/2003-06-30', 'KRW', '-6', '-'),
     ('NetIncomeLoss', '77020000000', '2004-01-01/2004-06-30', 'KRW', '-6', '-'),
     ('OperatingIncomeLoss', '117900000000', '2004-01-01/2004-06-30', 'KRW', '-6', '-'),
     ('OperatingIncomeLoss', '48770000000', '2003-04-01/2003-06-30', 'KRW', '-6', '-'),
     ('OperatingIncomeLoss', '61230000000', '2004-04-01/2004-06-30', 'KRW', '-6', '-'),
     ('OperatingIncomeLoss', '90310000000', '2003-01-01/2003-06-30', 'KRW', '-6', '-'),
     ('Revenues', '468120000000', '2003-04-01/2003-06-30', 'KRW', '-6', '-'),
     ('Revenues', '512340000000', '2004-04-01/2004-06-30', 'KRW', '-6', '-'),
     ('Revenues', '901220000000', '2003-01-01/2003-06-30', 'KRW', '-6', '-'),
     ('Revenues', '998410000000', '2004-01-01/2004-06-30', 'KRW', '-6', '-')},
))


TABLES.append((  # Korean headings are twice as wide as their characters; change columns without % signs
    '2004년 7월 27일\n\n주요 실적                                            (단위: 억원, %)\n구분          2004년 2분기    2004년 1분기    2003년 2분기    전분기 대비    전년 동기 대비\n매출액              5,123           4,861           4,681          5.4           9.4\n영업이익              612             567             488          7.9          25.4\n',
    {('OperatingIncomeLoss', '48800000000', '2003-04-01/2003-06-30', 'KRW', '-8', '-'),
     ('OperatingIncomeLoss', '56700000000', '2004-01-01/2004-03-31', 'KRW', '-8', '-'),
     ('OperatingIncomeLoss', '61200000000', '2004-04-01/2004-06-30', 'KRW', '-8', '-'),
     ('OperatingIncomeLossPercentChange', '0.079', '2004-04-01/2004-06-30', 'pure', '3', 'ComparativePeriodAxis=2004-01-01/2004-03-31'),
     ('OperatingIncomeLossPercentChange', '0.254', '2004-04-01/2004-06-30', 'pure', '3', 'ComparativePeriodAxis=2003-04-01/2003-06-30'),
     ('Revenues', '468100000000', '2003-04-01/2003-06-30', 'KRW', '-8', '-'),
     ('Revenues', '486100000000', '2004-01-01/2004-03-31', 'KRW', '-8', '-'),
     ('Revenues', '512300000000', '2004-04-01/2004-06-30', 'KRW', '-8', '-'),
     ('RevenuesPercentChange', '0.054', '2004-04-01/2004-06-30', 'pure', '3', 'ComparativePeriodAxis=2004-01-01/2004-03-31'),
     ('RevenuesPercentChange', '0.094', '2004-04-01/2004-06-30', 'pure', '3', 'ComparativePeriodAxis=2003-04-01/2003-06-30')},
))


TABLES.append((  # one rule under all the year headings: each year heads its own column, none spans the others
    "March 3, 2004\n\nSelected financial data\n\n"
    "                                           Years ended December 31,\n"
    "                                       -------------------------------\n"
    "                                            2003       2002      2001\n"
    "                                       -------------------------------\n"
    "                                         (in million EUR, except per share amounts)\n"
    "Total revenues                             26,880     25,402    24,911\n"
    "Net income                                  2,104      1,887     1,712\n",
    {('Revenues', '26880000000', '2003-01-01/2003-12-31', 'EUR', '-6', '-'),
     ('Revenues', '25402000000', '2002-01-01/2002-12-31', 'EUR', '-6', '-'),
     ('Revenues', '24911000000', '2001-01-01/2001-12-31', 'EUR', '-6', '-'),
     ('NetIncomeLoss', '2104000000', '2003-01-01/2003-12-31', 'EUR', '-6', '-'),
     ('NetIncomeLoss', '1887000000', '2002-01-01/2002-12-31', 'EUR', '-6', '-'),
     ('NetIncomeLoss', '1712000000', '2001-01-01/2001-12-31', 'EUR', '-6', '-')},
))


TABLES.append((  # a web copy's '|' table whose heading row is years alone: a heading, not a row of figures
    "HONG KONG, March 8, 2005 -- Harbour Lights Limited announced its results.\n\n"
    "CONSOLIDATED PROFIT AND LOSS ACCOUNT\nFOR THE YEAR ENDED 31ST DECEMBER, 2004\n\n"
    "| | 2004 | 2003 |\n| | HK$ Million | HK$ Million |\n| Turnover | 445.0 | 308.7 |\n"
    "| Operating profit | 202.4 | 111.5 |\n",
    {('Revenues', '445000000', '2004-01-01/2004-12-31', 'HKD', '-5', '-'),
     ('Revenues', '308700000', '2003-01-01/2003-12-31', 'HKD', '-5', '-'),
     ('OperatingIncomeLoss', '202400000', '2004-01-01/2004-12-31', 'HKD', '-5', '-'),
     ('OperatingIncomeLoss', '111500000', '2003-01-01/2003-12-31', 'HKD', '-5', '-')},
))


@pytest.mark.parametrize("text, expected", TABLES)
def test_results_tables(text: str, expected: set[tuple[str, ...]]) -> None:
    ctx = context(text)
    found = extract_press_release(ctx)
    got = {row(o, ctx) for o in found.observations}
    assert got == expected
    assert reported(found, ctx) == ()


# ---------------------------------------------------------------------------------------------
# Prose constructions, one release-like paragraph each
# ---------------------------------------------------------------------------------------------

PROSE = [
    (  # a decrease "from" a comparative figure with its period; a change amount "by" is not a level
        "Seoul, August 12, 2003 - Results for the second quarter of 2003.\n\n"
        "Operating loss narrowed to KRW 5.1 billion from KRW 12.3 billion in the second quarter of 2002. "
        "Total debt was reduced by KRW 300 billion to KRW 2.1 trillion at the end of June.",
        {("OperatingIncomeLoss", "-5100000000", "2003-04-01/2003-06-30", "KRW", "-8", "-"),
         ("OperatingIncomeLoss", "-12300000000", "2002-04-01/2002-06-30", "KRW", "-8", "-"),
         ("Debt", "2100000000000", "2003-06-30", "KRW", "-11", "-")},
        ["KRW 300 billion"],
    ),
    (  # W with a space, year-on-year, margin levels now and a year ago
        "Seoul, August 12, 2003 - Results for the second quarter of 2003.\n\n"
        "Net profit rose 25.3% year-on-year to W 85.2 billion. "
        "EBITDA margin improved to 38.2% from 35.1% a year ago.",
        {("NetIncomeLoss", "85200000000", "2003-04-01/2003-06-30", "KRW", "-8", "-"),
         ("NetIncomeLossPercentChange", "0.253", "2003-04-01/2003-06-30", "pure", "3",
          "ComparativePeriodAxis=2002-04-01/2002-06-30"),
         ("EBITDAMargin", "0.382", "2003-04-01/2003-06-30", "pure", "3", "-"),
         ("EBITDAMargin", "0.351", "2002-04-01/2002-06-30", "pure", "3", "-")},
        [],
    ),
    (  # a loss against a profit a year earlier, amounts written "billion won"
        "Seoul, May 2, 2003 - The company posted a net loss of 3.4 billion won in the first quarter, "
        "compared with a net profit of 1.2 billion won a year earlier.",
        {("NetIncomeLoss", "-3400000000", "2003-01-01/2003-03-31", "KRW", "-8", "-"),
         ("NetIncomeLoss", "1200000000", "2002-01-01/2002-03-31", "KRW", "-8", "-")},
        [],
    ),
    (  # parallel lists, "respectively"
        "Seoul, July 25, 2003 - Operating income and net income were KRW 151.0 billion and KRW 98.0 "
        "billion in the second quarter of 2003, up 5.3% and 12.1% year-on-year, respectively.",
        {("OperatingIncomeLoss", "151000000000", "2003-04-01/2003-06-30", "KRW", "-8", "-"),
         ("NetIncomeLoss", "98000000000", "2003-04-01/2003-06-30", "KRW", "-8", "-"),
         ("OperatingIncomeLossPercentChange", "0.053", "2003-04-01/2003-06-30", "pure", "3",
          "ComparativePeriodAxis=2002-04-01/2002-06-30"),
         ("NetIncomeLossPercentChange", "0.121", "2003-04-01/2003-06-30", "pure", "3",
          "ComparativePeriodAxis=2002-04-01/2002-06-30")},
        [],
    ),
    (  # Korean: 각각, 영업이익률, 설비투자 for the first half, an extraordinary meeting
        "2003년 7월 25일\n\n한국철강(주)는 2003년 2분기 매출액이 1조 2,340억원으로 전년 동기 대비 8.2% "
        "늘었다고 밝혔다. 영업이익은 1,510억원, 당기순이익은 980억원으로 각각 전년 동기 대비 5.3%, "
        "12.1% 증가했다. 영업이익률은 12.2%를 기록했다. 회사는 2003년 8월 22일 임시주주총회를 열 "
        "예정이다. 상반기 누적 설비투자는 3,200억원이다.",
        {("Revenues", "1234000000000", "2003-04-01/2003-06-30", "KRW", "-8", "-"),
         ("RevenuesPercentChange", "0.082", "2003-04-01/2003-06-30", "pure", "3",
          "ComparativePeriodAxis=2002-04-01/2002-06-30"),
         ("OperatingIncomeLoss", "151000000000", "2003-04-01/2003-06-30", "KRW", "-8", "-"),
         ("NetIncomeLoss", "98000000000", "2003-04-01/2003-06-30", "KRW", "-8", "-"),
         ("OperatingIncomeLossPercentChange", "0.053", "2003-04-01/2003-06-30", "pure", "3",
          "ComparativePeriodAxis=2002-04-01/2002-06-30"),
         ("NetIncomeLossPercentChange", "0.121", "2003-04-01/2003-06-30", "pure", "3",
          "ComparativePeriodAxis=2002-04-01/2002-06-30"),
         ("OperatingMargin", "0.122", "2003-04-01/2003-06-30", "pure", "3", "-"),
         ("CapitalExpenditures", "320000000000", "2003-01-01/2003-06-30", "KRW", "-8", "-"),
         ("ShareholderMeetingDate", "2003-08-22", "document", "-", "-", "-"),
         ("ShareholderMeetingType", "extraordinary", "document", "-", "-", "-")},
        [],
    ),
    (  # a year as the period, a change against a bare year, a dollar translation, end-YYYY
        "SEOUL, Korea, February 10, 2004 -- Kangnam Telecom Corporation (NYSE: KNT) reported "
        "operating revenues of KRW 11,957.2 billion for the year 2003, a 1.2% increase from 2002. "
        "Net income for 2003 was KRW 830.1 billion ($693 million). Mobile subscribers totaled "
        "17.9 million at end-2003.",
        {("Revenues", "11957200000000", "2003-01-01/2003-12-31", "KRW", "-8", "-"),
         ("RevenuesPercentChange", "0.012", "2003-01-01/2003-12-31", "pure", "3",
          "ComparativePeriodAxis=2002-01-01/2002-12-31"),
         ("NetIncomeLoss", "830100000000", "2003-01-01/2003-12-31", "KRW", "-8", "-"),
         ("NetIncomeLoss", "693000000", "2003-01-01/2003-12-31", "USD", "-6", "-"),
         ("Subscribers", "17900000", "2003-12-31", "pure", "-5", "-"),
         ("TradingSymbol", "KNT", "document", "-", "-", "SecurityListingAxis=1"),
         ("SecurityExchangeName", "NYSE", "document", "-", "-", "SecurityListingAxis=1")},
        [],
    ),
    (  # plans are not results; a total dividend is no dividend per share but the total declared
        "Seoul, January 30, 2004 - Results for the fourth quarter of 2003. The Company plans to invest "
        "KRW 1.2 trillion in capital expenditures in 2004. 회사는 2004년 매출 목표를 4조원으로 잡았다. "
        "Total dividends of KRW 300 billion were paid, a dividend of KRW 1,500 per share.",
        {("DividendsDeclaredPerShare", "1500", "2003-10-01/2003-12-31", "KRW/shares", "0", "-"),
         ("DividendsDeclared", "300000000000", "2003-10-01/2003-12-31", "KRW", "-9", "-")},
        ["KRW 1.2 trillion", "4조원"],
    ),
    (  # the change in the next sentence: "This represents an increase of ..."
        "Seoul, July 24, 2003 - Revenues for the second quarter of 2003 were KRW 812.4 billion. "
        "This represents an increase of 15.8% over the second quarter of 2002.",
        {("Revenues", "812400000000", "2003-04-01/2003-06-30", "KRW", "-8", "-"),
         ("RevenuesPercentChange", "0.158", "2003-04-01/2003-06-30", "pure", "3",
          "ComparativePeriodAxis=2002-04-01/2002-06-30")},
        [],
    ),
    (  # average revenue per user is not revenue; a market share is no change
        "Seoul, April 29, 2003 - ARPU was Won 41,250 in the first quarter of 2003, and the market "
        "share of the Company reached 32.5%.",
        set(),
        ["Won 41,250", "32.5%"],
    ),
]

PROSE += [  # wordings met writing the releases of tests/data/press (second round)
    (  # half-year shorthand, YoY, and the comparative figure after 'versus'
        'Seoul, July 30, 2003 - Sales reached W2.3 trillion in 1H03, up 8.0% YoY, versus W2.13 trillion in 1H02.',
        {('Revenues', '2130000000000', '2002-01-01/2002-06-30', 'KRW', '-10', '-'),
         ('Revenues', '2300000000000', '2003-01-01/2003-06-30', 'KRW', '-11', '-'),
         ('RevenuesPercentChange', '0.080', '2003-01-01/2003-06-30', 'pure', '3', 'ComparativePeriodAxis=2002-01-01/2002-06-30')},
        [],
    ),
    (  # 'turned to a loss of': the loss word before the figure gives the sign, not 'net profit'
        'Seoul, October 30, 2003 - Net profit turned to a loss of KRW 12.3 billion in the third quarter from a profit of KRW 4.5 billion a year earlier.',
        {('NetIncomeLoss', '-12300000000', '2003-07-01/2003-09-30', 'KRW', '-8', '-'),
         ('NetIncomeLoss', '4500000000', '2002-07-01/2002-09-30', 'KRW', '-8', '-')},
        [],
    ),
    (  # per-ADS figures beside net losses, comparative 'same period last year'
        'Seoul, October 30, 2003 - The Company posted a net loss of US$2.1 million, or US$0.04 per ADS, in the third quarter of 2003, compared with a net loss of US$5.6 million, or US$0.11 per ADS, for the same period last year.',
        {('EarningsPerAds', '-0.04', '2003-07-01/2003-09-30', 'USD/shares', '2', '-'),
         ('EarningsPerAds', '-0.11', '2002-07-01/2002-09-30', 'USD/shares', '2', '-'),
         ('NetIncomeLoss', '-2100000', '2003-07-01/2003-09-30', 'USD', '-5', '-'),
         ('NetIncomeLoss', '-5600000', '2002-07-01/2002-09-30', 'USD', '-5', '-')},
        [],
    ),
    (  # a quarter's change with no comparative period stated stays unmapped (the quarter before?
        # the same quarter a year before?): never guessed
        'Seoul, October 30, 2003 - Revenues for the third quarter of 2003 increased 14.2% to $123.4 million.',
        {('Revenues', '123400000', '2003-07-01/2003-09-30', 'USD', '-5', '-')},
        ['14.2%'],
    ),
    (  # nine months' (a half's, a year's) change with none stated is against the same months a year
        # before: the only comparison such a period has
        'Seoul, October 30, 2003 - Revenues for the nine months ended September 30, 2003 increased 14.2% to $123.4 million.',
        {('Revenues', '123400000', '2003-01-01/2003-09-30', 'USD', '-5', '-'),
         ('RevenuesPercentChange', '0.142', '2003-01-01/2003-09-30', 'pure', '3', 'ComparativePeriodAxis=2002-01-01/2002-09-30')},
        [],
    ),
    (  # compared with something that is no period: no change fact
        'Seoul, February 3, 2004 - Revenues for fiscal 2003 were $12.4 million, up 6.1% against the industry average.',
        {('Revenues', '12400000', '2003-01-01/2003-12-31', 'USD', '-5', '-')},
        ['6.1%'],
    ),
    (  # period before the measure; margin as a level
        'Seoul, October 30, 2003 - Third quarter EBITDA was Won 98.7 billion, representing an EBITDA margin of 41.2%.',
        {('EBITDA', '98700000000', '2003-07-01/2003-09-30', 'KRW', '-8', '-'),
         ('EBITDAMargin', '0.412', '2003-07-01/2003-09-30', 'pure', '3', '-')},
        [],
    ),
    (  # Korean: the compared figure before 대비
        '2003년 10월 30일 - 회사는 3분기 영업손실이 52억원으로 전분기 121억원 대비 적자폭이 축소됐다고 밝혔다.',
        {('OperatingIncomeLoss', '-12100000000', '2003-04-01/2003-06-30', 'KRW', '-8', '-'),
         ('OperatingIncomeLoss', '-5200000000', '2003-07-01/2003-09-30', 'KRW', '-8', '-')},
        [],
    ),
    (  # Korean: a list of measures and amounts without 각각
        '2003년 10월 30일 - 회사는 3분기에 매출액 1조 2,000억원, 영업이익 850억원, 순이익 620억원을 기록했다.',
        {('NetIncomeLoss', '62000000000', '2003-07-01/2003-09-30', 'KRW', '-8', '-'),
         ('OperatingIncomeLoss', '85000000000', '2003-07-01/2003-09-30', 'KRW', '-8', '-'),
         ('Revenues', '1200000000000', '2003-07-01/2003-09-30', 'KRW', '-8', '-')},
        [],
    ),
    (  # 'a 4.3% decrease quarter-on-quarter'
        'Seoul, October 30, 2003 - Sales in the third quarter amounted to KRW 1.52 trillion, a 4.3% decrease quarter-on-quarter.',
        {('Revenues', '1520000000000', '2003-07-01/2003-09-30', 'KRW', '-10', '-'),
         ('RevenuesPercentChange', '-0.043', '2003-07-01/2003-09-30', 'pure', '3', 'ComparativePeriodAxis=2003-04-01/2003-06-30')},
        [],
    ),
    (  # a profit against a loss a year earlier, quarter shorthand
        'Seoul, October 30, 2003 - Net income for 3Q03 was KRW 15.3 billion compared to a net loss of KRW 7.2 billion in 3Q02.',
        {('NetIncomeLoss', '-7200000000', '2002-07-01/2002-09-30', 'KRW', '-8', '-'),
         ('NetIncomeLoss', '15300000000', '2003-07-01/2003-09-30', 'KRW', '-8', '-')},
        [],
    ),
    (  # two comparative figures joined by 'and'
        'Seoul, October 30, 2003 - Operating profit rose to KRW 45.6 billion in the third quarter, from KRW 38.2 billion in the previous quarter and KRW 30.1 billion a year earlier.',
        {('OperatingIncomeLoss', '30100000000', '2002-07-01/2002-09-30', 'KRW', '-8', '-'),
         ('OperatingIncomeLoss', '38200000000', '2003-04-01/2003-06-30', 'KRW', '-8', '-'),
         ('OperatingIncomeLoss', '45600000000', '2003-07-01/2003-09-30', 'KRW', '-8', '-')},
        [],
    ),
    (  # 'at year-end' and an adjective between the count and its measure
        'Seoul, February 3, 2004 - The company had 4.2 million broadband subscribers at year-end, up from 3.8 million a year earlier.',
        {('Subscribers', '3800000', '2002-12-31', 'pure', '-5', '-'),
         ('Subscribers', '4200000', '2003-12-31', 'pure', '-5', '-')},
        [],
    ),
    (  # bare year after 'For', comparative after 'versus ... in 2002'; a bound is no figure
        'Seoul, February 3, 2004 - For 2003, operating income was KRW 612.8 billion, versus KRW 655.1 billion in 2002. The EBITDA margin stayed above 33%.',
        {('OperatingIncomeLoss', '612800000000', '2003-01-01/2003-12-31', 'KRW', '-8', '-'),
         ('OperatingIncomeLoss', '655100000000', '2002-01-01/2002-12-31', 'KRW', '-8', '-')},
        ['33%'],
    ),
    (  # 'during the year' is the year of the text, not its last quarter
        'Seoul, February 3, 2004 - Results for the fourth quarter of 2003. Broadband subscribers totaled 3,412,000 as of December 31, 2003, a net addition of 241,000 during the year.',
        {('SubscriberNetAdditions', '241000', '2003-01-01/2003-12-31', 'pure', '0', '-'),
         ('Subscribers', '3412000', '2003-12-31', 'pure', '0', '-')},
        [],
    ),
    (  # forecasts make no fact: a forecast word, or a period not ended at the release date
        'Seoul, February 3, 2004 - Revenues for 2003 were KRW 4.9 trillion. Net income in 2004 may reach KRW 350 billion. Net income for the full year 2004 is put at KRW 340 billion.',
        {('Revenues', '4900000000000', '2003-01-01/2003-12-31', 'KRW', '-11', '-')},
        ['KRW 350 billion', 'KRW 340 billion'],
    ),
]

PROSE += [  # third round: other currencies, calendars and languages
    (  # day-first ordinal dates, cents of the document's one dollar
        "Hong Kong, 8 March 2005 - Group profit attributable to shareholders for the year ended 31st December, "
        "2004 amounted to HK$88.1 million. Earnings per share were 42 cents.",
        {("NetIncomeLoss", "88100000", "2004-01-01/2004-12-31", "HKD", "-5", "-"),
         ("EarningsPerShareBasic", "0.42", "2004-01-01/2004-12-31", "HKD/shares", "2", "-")},
        [],
    ),
    (  # "That compares with ...": the last sentence's measure, in the period named
        "Seoul, May 2, 2004 - KTX Telecom said its net profit was 31.7 billion won in the first quarter. "
        "That compares with a 22.5 billion won profit a year earlier.",
        {("NetIncomeLoss", "31700000000", "2004-01-01/2004-03-31", "KRW", "-8", "-"),
         ("NetIncomeLoss", "22500000000", "2003-01-01/2003-03-31", "KRW", "-8", "-")},
        [],
    ),
    (  # "X% 성장한 Y의 매출": the change of the figure after; "이 가운데 해외 매출": a segment
        "2004년 2월 5일 - 한빛소프트는 2003년 결산 결과 전년 대비 45% 성장한 312억원의 매출을 기록했다. "
        "이 가운데 해외 매출이 21억원을 기록했다.",
        {("Revenues", "31200000000", "2003-01-01/2003-12-31", "KRW", "-8", "-"),
         ("RevenuesPercentChange", "0.45", "2003-01-01/2003-12-31", "pure", "2",
          "ComparativePeriodAxis=2002-01-01/2002-12-31"),
         ("Revenues", "2100000000", "2003-01-01/2003-12-31", "KRW", "-8", "SegmentAxis=해외")},
        [],
    ),
    (  # 전년동기의 A(x)과 B(y): comparatives of both; "각각 40%": one change each
        "2004년 5월 4일 - 한빛소프트의 1분기 영업이익은 18억원이었다. 전년동기의 경상이익(21억원)과 "
        "순이익(12억원)에 비해서는 각각 40% 감소했다.",
        {("OperatingIncomeLoss", "1800000000", "2004-01-01/2004-03-31", "KRW", "-8", "-"),
         ("OrdinaryIncomeLoss", "2100000000", "2003-01-01/2003-03-31", "KRW", "-8", "-"),
         ("NetIncomeLoss", "1200000000", "2003-01-01/2003-03-31", "KRW", "-8", "-"),
         ("OrdinaryIncomeLossPercentChange", "-0.40", "2004-01-01/2004-03-31", "pure", "2",
          "ComparativePeriodAxis=2003-01-01/2003-03-31"),
         ("NetIncomeLossPercentChange", "-0.40", "2004-01-01/2004-03-31", "pure", "2",
          "ComparativePeriodAxis=2003-01-01/2003-03-31")},
        [],
    ),
    (  # a count in the present tense: at the document's date
        "Seoul, May 2, 2004 - The Company has 4.1 million subscribers.",
        {("Subscribers", "4100000", "2004-05-02", "pure", "-5", "-")},
        [],
    ),
    (  # a segment's figure, its comparative and its change on SegmentAxis; the total is not touched
        "Seoul, May 2, 2004 - Mobile revenues for the first quarter of 2004 were KRW 120.5 billion, up 12.3% "
        "from KRW 107.3 billion a year earlier.",
        {("Revenues", "120500000000", "2004-01-01/2004-03-31", "KRW", "-8", "SegmentAxis=Mobile"),
         ("Revenues", "107300000000", "2003-01-01/2003-03-31", "KRW", "-8", "SegmentAxis=Mobile"),
         ("RevenuesPercentChange", "0.123", "2004-01-01/2004-03-31", "pure", "3",
          "ComparativePeriodAxis=2003-01-01/2003-03-31;SegmentAxis=Mobile")},
        [],
    ),
    (  # cumulative quarters
        "2004년 11월 2일 - 한빛전자는 3분기 누적 매출이 2조 3,400억원이라고 밝혔다.",
        {("Revenues", "2340000000000", "2004-01-01/2004-09-30", "KRW", "-8", "-")},
        [],
    ),
    (  # a March fiscal year read from the text; ordinary income (経常利益)
        "Tokyo, May 14, 2004 - Sakura Optics Co., Ltd. announced results for the fiscal year ended March 31, "
        "2004. Net sales were ¥412.3 billion, and ordinary income was ¥31.2 billion.",
        {("Revenues", "412300000000", "2003-04-01/2004-03-31", "JPY", "-8", "-"),
         ("OrdinaryIncomeLoss", "31200000000", "2003-04-01/2004-03-31", "JPY", "-8", "-")},
        [],
    ),
    (  # the scale word on the next line, indented: 5.2 billion, never 5.2 won
        "Seoul, May 2, 2004 - Revenues were KRW 5.2\n    billion in the first quarter of 2004.",
        {("Revenues", "5200000000", "2004-01-01/2004-03-31", "KRW", "-8", "-")},
        [],
    ),
    (  # undated: a yearless quarter contrasted with a dated one is the last such quarter before it
        "Operating margin improved from 28.1% in second quarter to 31% in 3Q05.",
        {("OperatingMargin", "0.281", "2005-04-01/2005-06-30", "pure", "3", "-"),
         ("OperatingMargin", "0.31", "2005-07-01/2005-09-30", "pure", "2", "-")},
        [],
    ),
    (  # undated: a yearless quarter with nothing to date it is reported, never guessed
        "Operating margin was 31% in the second quarter.",
        set(),
        ["31%"],
    ),
    (  # adjusted figures and results of continuing operations are not the headline measure
        "Seoul, May 2, 2004 - Net income was W 3.1 billion in the first quarter of 2004. Adjusted net income "
        "was W 4.0 billion. Net income from continuing operations was W 3.5 billion.",
        {("NetIncomeLoss", "3100000000", "2004-01-01/2004-03-31", "KRW", "-8", "-")},
        ["W 4.0 billion", "W 3.5 billion"],
    ),
    (  # a change joined by "and" to one with a direction goes the same way
        "Taipei, Oct. 28, 2004 - Results for the third quarter of 2004.\n\n"
        "Revenue was NT$5.2 billion, up 4.1% sequentially and 30.2% year-over-year.",
        {("Revenues", "5200000000", "2004-07-01/2004-09-30", "TWD", "-8", "-"),
         ("RevenuesPercentChange", "0.041", "2004-07-01/2004-09-30", "pure", "3",
          "ComparativePeriodAxis=2004-04-01/2004-06-30"),
         ("RevenuesPercentChange", "0.302", "2004-07-01/2004-09-30", "pure", "3",
          "ComparativePeriodAxis=2003-07-01/2003-09-30")},
        [],
    ),
    (  # not when another measure is named between: its own change needs its own direction word
        "Taipei, Oct. 28, 2004 - Results for the third quarter of 2004.\n\n"
        "Revenue was NT$5.2 billion, up 4.1% sequentially and gross profit 30.2% year-over-year.",
        {("Revenues", "5200000000", "2004-07-01/2004-09-30", "TWD", "-8", "-"),
         ("RevenuesPercentChange", "0.041", "2004-07-01/2004-09-30", "pure", "3",
          "ComparativePeriodAxis=2004-04-01/2004-06-30")},
        ["30.2%"],
    ),
    (  # the total of a dividend per share is the dividends declared, of the dividend's year (not
       # of the meeting's date)
        "Seoul, Feb. 3, 2005 - Annual results.\n\n"
        "The Board resolved to propose a cash dividend of KRW 500 per common share for fiscal year 2004, "
        "totalling KRW 41.3 billion, at the annual general meeting to be held on March 18, 2005.",
        {("DividendsDeclaredPerShare", "500", "2004-01-01/2004-12-31", "KRW/shares", "0", "-"),
         ("DividendsDeclared", "41300000000", "2004-01-01/2004-12-31", "KRW", "-8", "-"),
         ("ShareholderMeetingDate", "2005-03-18", "document", "-", "-", "-"),
         ("ShareholderMeetingType", "annual", "document", "-", "-", "-")},
        [],
    ),
    (  # a second part's contribution naming no measure is of the first's measure
        "Hong Kong, 20th March, 2006 - Results for the year ended 31st December, 2005.\n\n"
        "Hotel operations contributed HK$310.4 million of turnover, while retail leasing contributed "
        "HK$95.0 million.",
        {("Revenues", "310400000", "2005-01-01/2005-12-31", "HKD", "-5", "SegmentAxis=Hotel operations"),
         ("Revenues", "95000000", "2005-01-01/2005-12-31", "HKD", "-5", "SegmentAxis=retail leasing")},
        [],
    ),
    (  # not when the second part names a period of its own
        "Hong Kong, 20th March, 2006 - Results for the year ended 31st December, 2005.\n\n"
        "Hotel operations contributed HK$310.4 million of turnover, while retail leasing contributed "
        "HK$95.0 million in 2004.",
        {("Revenues", "310400000", "2005-01-01/2005-12-31", "HKD", "-5", "SegmentAxis=Hotel operations")},
        ["HK$95.0 million"],
    ),
    (  # a highlights box above the sentence announcing the results of one period is of that period
        "HIGHLIGHTS\no  Net profit was RMB 2.15 billion\no  Basic earnings per share were RMB 0.127\n\n"
        "Beijing, 18 August 2004 - The Company today announced its interim results for the six months "
        "ended 30 June 2004.",
        {("NetIncomeLoss", "2150000000", "2004-01-01/2004-06-30", "CNY", "-7", "-"),
         ("EarningsPerShareBasic", "0.127", "2004-01-01/2004-06-30", "CNY/shares", "3", "-")},
        [],
    ),
    (  # not when that sentence announces two periods' results: which one, unsaid
        "HIGHLIGHTS\no  Net profit was US$21.5 million\n\n"
        "Beijing, February 18, 2005 - The Company today announced its results for the fourth quarter and "
        "the full year ended December 31, 2004.",
        set(),
        ["US$21.5 million"],
    ),
    (  # "revenue of ... last year" after the quarter's figures: a relative period of its own, not
        # the quarter the text spoke of (it was dated the third quarter), so no period is read
        "Seoul, October 20, 2005 - Results for the third quarter of 2005.\n\n"
        "In the third quarter, net loss was KRW 12.0 billion. "
        "The company posted revenue of KRW 1.9 trillion last year, up 8.0% from the year before.",
        {("NetIncomeLoss", "-12000000000", "2005-07-01/2005-09-30", "KRW", "-8", "-")},
        ["KRW 1.9 trillion", "8.0%"],
    ),
]

PROSE += [  # fourth round: defects found on unseen releases and news
    (  # a comparative in parentheses labelled with its own period is that period's figure, and
        # its label is not the period of the figure before it (past that figure's own period too)
        "Hong Kong, 20 August 2019 - Acme Holdings announced its interim results.\n\n"
        "Profit attributable to owners of the Company for the six months ended 30 June 2019 amounted to "
        "HK$5,321,000 (Six months ended 30 June 2018: HK$4,100,000). The Group recorded a revenue of "
        "HK$71,932,000 for the six months ended 30 June 2019 (2018: HK$66,896,000).",
        {("NetIncomeLoss", "5321000", "2019-01-01/2019-06-30", "HKD", "0", "-"),
         ("NetIncomeLoss", "4100000", "2018-01-01/2018-06-30", "HKD", "0", "-"),
         ("Revenues", "71932000", "2019-01-01/2019-06-30", "HKD", "0", "-"),
         ("Revenues", "66896000", "2018-01-01/2018-06-30", "HKD", "0", "-")},
        [],
    ),
    (  # a part of the business owning the measure ("the line's", "its mobile unit's"): the part's
        # figures, never the company's; a part the sentence does not name stays unmapped
        "Seoul, July 31, 2019 - Hanbit Telecom reported results for the second quarter of 2019. "
        "Revenue was KRW 1.2 trillion.\n"
        "Media grew in the second quarter. The line's revenue increased by 15.2% year-on-year and "
        "2.1% QoQ to KRW 322.1 billion. The division's operating profit was KRW 20.5 billion. "
        "Its mobile unit's revenue was KRW 500.1 billion.",
        {("Revenues", "1200000000000", "2019-04-01/2019-06-30", "KRW", "-11", "-"),
         ("Revenues", "500100000000", "2019-04-01/2019-06-30", "KRW", "-8", "SegmentAxis=mobile")},
        ["15.2%", "2.1%", "KRW 322.1 billion", "KRW 20.5 billion"],
    ),
    (  # the figures under a heading of an interim report whose period is not read are not the year's;
        # and a fiscal year across two calendar years (2019/20) whose end the text does not state makes
        # "2019 Annual Report" no calendar year either: every figure stays unmapped
        "Annual and Interim Reports\n\n2019 Annual Report\n\nRevenue amounted to HK$2,345 million\n\n"
        "2019/20 Interim Report\n\nRevenue amounted to HK$1,234 million\n\n"
        "Basic earnings per share was HK$0.61\n",
        set(),
        ["HK$2,345 million", "HK$1,234 million", "HK$0.61"],
    ),
    (  # the words before a measure named alone in parentheses spell it out: EBITDA, not operating income
        "2004년 5월 4일 - 한빛텔레콤의 1분기 감가상각비를 차감하기 전 영업이익(EBITDA)은 5백21억원으로 집계됐다.",
        {("EBITDA", "52100000000", "2004-01-01/2004-03-31", "KRW", "-8", "-")},
        [],
    ),
    (  # a Korean figure followed by its word of direction is the change, not the level
        "2004년 5월 4일 - 한빛텔레콤의 1분기 매출이 전분기보다 2억4100만원 늘어 37억원을 기록했다.",
        {("Revenues", "3700000000", "2004-01-01/2004-03-31", "KRW", "-8", "-")},
        ["2억4100만원"],
    ),
    (  # "For the nine months" in a third-quarter release: the year to date, not the quarter
        "Taipei, Oct. 28, 2018 - Results for the third quarter of 2018. For the nine months, sales was "
        "TWD 12,345.678 million.",
        {("Revenues", "12345678000", "2018-01-01/2018-09-30", "TWD", "-3", "-")},
        [],
    ),
    (  # liquid assets including cash and investments are more than the cash
        "Seoul, May 2, 2004 - Results for the first quarter of 2004. Liquid assets including cash and cash "
        "equivalents and investments in marketable securities were $1,234 million at March 31, 2004.",
        set(),
        ["$1,234 million"],
    ),
    (  # "Profit for the year" is the net income (not the non-controlling interests' share); "basic and
        # diluted earnings per share" both
        "Hong Kong, 8 March 2005 - Results for the year ended 31 December 2004.\n\n"
        "Gross profit for the year was HK$250 million. "
        "Profit for the year amounted to HK$123 million. Basic and diluted earnings per share at HK$0.52. "
        "Profit for the year attributable to non-controlling interests was HK$5 million.",
        {("GrossProfit", "250000000", "2004-01-01/2004-12-31", "HKD", "-6", "-"),
         ("NetIncomeLoss", "123000000", "2004-01-01/2004-12-31", "HKD", "-6", "-"),
         ("EarningsPerShareBasic", "0.52", "2004-01-01/2004-12-31", "HKD/shares", "2", "-"),
         ("EarningsPerShareDiluted", "0.52", "2004-01-01/2004-12-31", "HKD/shares", "2", "-")},
        ["HK$5 million"],
    ),
    (  # a wire copy of headline-like lines with no full stop: a plan word in one line (guidance)
        # makes no plan of the figures of the lines after it
        "BANGALORE, Oct. 14, 2016 -- Acme Infotech announces results for the quarter ended September 30, 2016\n"
        "Q2 revenue growth at 5.1% in USD terms; 5.6% in constant currency terms and higher margins\n"
        "FY 17 revenue guidance revised to 7.0% - 8.0% in constant currency\n"
        "Quarter ended September 30, 2016\n"
        "Revenues were $1,234 million for the quarter ended September 30, 2016\n",
        {("Revenues", "1234000000", "2016-07-01/2016-09-30", "USD", "-6", "-")},
        ["5.1%", "5.6%", "7.0%", "8.0%"],
    ),
    (  # "net other operating income" is a line of its own above operating profit: neither the
        # operating income nor a segment's ("Net other") of it
        "Hsinchu, Oct. 25, 2023 - Results for the third quarter of 2023. Net other operating income was "
        "NT$412 million. In 3Q23, operating income decreased 2.3% QoQ to NT$9.87 billion.",
        {("OperatingIncomeLoss", "9870000000", "2023-07-01/2023-09-30", "TWD", "-7", "-"),
         ("OperatingIncomeLossPercentChange", "-0.023", "2023-07-01/2023-09-30", "pure", "3",
          "ComparativePeriodAxis=2023-04-01/2023-06-30")},
        ["NT$412 million"],
    ),
]


@pytest.mark.parametrize("text, expected, unmapped", PROSE)
def test_prose(text: str, expected: set[tuple[str, ...]], unmapped: list[str]) -> None:
    ctx = context(text)
    found = extract_press_release(ctx)
    assert {row(o, ctx) for o in found.observations} == expected
    assert sorted(m.text for m in reported(found, ctx)) == sorted(unmapped)


# ---------------------------------------------------------------------------------------------
# Spokespersons and contacts in other wordings
# ---------------------------------------------------------------------------------------------

QUOTES = [
    ('"Demand stayed firm," said Mr. Tae-woo Nam, Executive Vice President and CFO.',
     "Tae-woo Nam", "Executive Vice President and CFO"),
    ('"We are pleased," said Mr. Kim, the Company\'s Chief Financial Officer.', "Kim", "Chief Financial Officer"),
    ('Lee Yong-kyung, President and CEO of Kangnam Telecom, said "the quarter was strong."',
     "Lee Yong-kyung", "President and CEO"),
    ("Margins improved, according to Jane Q. Public, head of investor relations.",
     "Jane Q. Public", "head of investor relations"),
    ('“Demand stayed firm,” said Chen Wei-lin, Vice President and CFO of Formosa Optics. Formosa Optics '
     'makes lenses. Formosa Optics is listed.', "Chen Wei-lin", "Vice President and CFO"),
    # the company's name and a title before the name (US wire style)
    ('"The grant rewards results," said Kangnam Board member Thomas Greer.', "Thomas Greer", "Board member"),
    ('"The plan works," said Kangnam Telecom Chairman and CEO Alan Pruitt.', "Alan Pruitt", "Chairman and CEO"),
    ('"Sales rose," said Senior Vice President Grace Hwang.', "Grace Hwang", "Senior Vice President"),
    # Korean news: a rank after the name, a position before it, a foreign name in two words
    ('(주)한빛소프트의 박민호 상무는 "해외 매출이 늘고 있다"며 "목표 달성은 무난하다"고 말했다.', "박민호", "상무"),
    ('신동훈 사장은 "내년 2분기부터는 흑자로 전환될 것"으로 기대했다.', "신동훈", "사장"),
    ('한빛텔레콤 재경부문장(CFO) 로버트 김 전무는 “마케팅 비용이 늘었다”라고 말했다.', "로버트 김", "재경부문장(CFO)"),
]


@pytest.mark.parametrize("sentence", [
    '회사 관계자는 "가입자가 늘었다"고 말했다.',  # an unnamed official is no spokesperson
    'Hanul Mobile Co, the No.2 operator, said earnings rose.',  # a company speaks
    '"Margins will recover," said analyst Peter Yoon of Daesung Securities.',  # no one of the company
])
def test_no_spokesperson(sentence: str) -> None:
    found = extract_press_release(context(f"SEOUL, February 12, 2004 -- News.\n\n{sentence}\n"))
    assert not [o for o in found.observations if o.concept.startswith("Spokesperson")]


@pytest.mark.parametrize("sentence, name, title", [
    ("한빛텔레콤(대표 김영수)은 3분기 실적을 발표했다.", "김영수", "대표"),
    ("한빛통신(사장 이정호)은 올 상반기 결산결과를 밝혔다.", "이정호", "사장"),
    ("Mr. Daniel K. Park, Chairman and Chief Executive Officer", "Daniel K. Park", "Chairman and Chief Executive Officer"),
])
def test_officers_named_as_such(sentence: str, name: str, title: str) -> None:
    found = extract_press_release(context(f"SEOUL, February 12, 2004 -- News.\n\n{sentence}\n"))
    assert one(found, "OfficerName", OfficerAxis="1").value == name
    assert one(found, "OfficerTitle", OfficerAxis="1").value == title


@pytest.mark.parametrize("sentence, name, title", QUOTES)
def test_spokesperson_wordings(sentence: str, name: str, title: str) -> None:
    text = f"SEOUL, February 12, 2004 -- Kangnam Telecom Co., Ltd. reports.\n\n{sentence}\n"
    found = extract_press_release(context(text))
    assert one(found, "SpokespersonName", SpokespersonAxis="1").value == name
    assert one(found, "SpokespersonTitle", SpokespersonAxis="1").value == title


def test_hangul_strings_are_korean() -> None:
    found, _ = extract(PRESS / "korean-q1-2003-hangul.txt")
    assert one(found, "SpokespersonName", SpokespersonAxis="1").lang == "ko"
    thrunet, _ = extract(SEEDS / "thrunet-reverse-split-2002.txt")
    assert one(thrunet, "ContactName", ContactAxis="1").lang == "en"


def test_contact_lines_inline_and_labelled() -> None:
    text = ("SEOUL, February 12, 2004 -- Annual results.\n\n"
            "Contact: Jane Doe, jdoe@example.co.kr, +82-2-1234-5678\n\n"
            "Contacts:\nDaehan Steel Corporation, Investor Relations\n"
            "Tel: 82-54-220-0114    Fax: 82-54-220-0115\n")
    found = extract_press_release(context(text))
    expected = {
        "1": {"ContactName": "Jane Doe", "ContactEmail": "jdoe@example.co.kr",
              "ContactPhoneNumber": "+82-2-1234-5678"},
        "2": {"ContactOrganization": "Daehan Steel Corporation", "ContactTitle": "Investor Relations",
              "ContactPhoneNumber": "+82-54-220-0114", "ContactFaxNumber": "+82-54-220-0115"},
    }
    for member, facts in expected.items():
        got = {o.concept: o.value for o in found.observations if dict(o.dimensions).get("ContactAxis") == member}
        assert got == facts


def test_annual_table_with_bare_year_headings() -> None:
    text = ("SEOUL, February 12, 2004 -- Annual results.\n\n"
            "(in billions of Won)      2003        2002     Change\n"
            "Revenues              11,957.2    11,815.1      1.2%\n"
            "Net income               830.1     1,963.4    (57.7%)\n")
    ctx = context(text)
    got = {row(o, ctx) for o in extract_press_release(ctx).observations}
    assert got == {
        ("Revenues", "11957200000000", "2003-01-01/2003-12-31", "KRW", "-8", "-"),
        ("Revenues", "11815100000000", "2002-01-01/2002-12-31", "KRW", "-8", "-"),
        ("RevenuesPercentChange", "0.012", "2003-01-01/2003-12-31", "pure", "3",
         "ComparativePeriodAxis=2002-01-01/2002-12-31"),
        ("NetIncomeLoss", "830100000000", "2003-01-01/2003-12-31", "KRW", "-8", "-"),
        ("NetIncomeLoss", "1963400000000", "2002-01-01/2002-12-31", "KRW", "-8", "-"),
        ("NetIncomeLossPercentChange", "-0.577", "2003-01-01/2003-12-31", "pure", "3",
         "ComparativePeriodAxis=2002-01-01/2002-12-31"),
    }


@pytest.mark.parametrize("name", WRITTEN)
def test_written_release_converts_to_a_valid_instance(name: str) -> None:
    from converter.pipeline import convert_file
    from converter.resources import schemas_dir
    from converter.validate import is_valid

    from converter.extract import readers_for

    converted = convert_file(PRESS / f"{name}.txt", date=stated_date(PRESS / f"{name}.facts.tsv"))
    assert len(converted) == 1
    item = converted[0]
    # a release or a news story: either way the results reader runs on it
    assert any(r.name.startswith("results") for r in readers_for(item.extraction.classification.family,
                                                                 item.extraction.document.text))
    assert is_valid(item.xml, base_dir=schemas_dir())
    expected, _ = expected_rows(PRESS / f"{name}.facts.tsv")
    if any(r[0] in ("Revenues", "NetIncomeLoss") for r in expected) and not is_undated(PRESS / f"{name}.facts.tsv"):
        assert [f for f in item.instance.facts if f.concept.endswith(("Revenues", "NetIncomeLoss"))]


# ---------------------------------------------------------------------------------------------
# Mergers in other wordings
# ---------------------------------------------------------------------------------------------

MERGERS = [
    (  # Korean: 흡수합병, 합병비율 1:X (surviving company first), 합병기일, an extraordinary meeting
        "2005년 5월 3일 - 대한화학(주)는 가온수지(주)를 흡수합병하기로 결의했다고 밝혔다. 합병비율은 "
        "1:0.25이며, 합병기일은 2005년 9월 1일이다. 회사는 2005년 6월 20일 임시주주총회를 개최한다.",
        {("MergerCounterpartyName", "가온수지(주)"), ("MergerRatio", "0.25"), ("MergerDate", "2005-09-01"),
         ("ShareholderMeetingDate", "2005-06-20"), ("ShareholderMeetingType", "extraordinary")},
    ),
    (  # "agreement and plan of merger with ...", "exchange ratio of 1:X", "expected to be completed on"
        "SEOUL, May 3, 2005 -- Gaon Resins Co., Ltd. announced that it entered into an agreement and "
        "plan of merger with Hanbit Polymer Corporation on May 2, 2005, at an exchange ratio of 1:0.3518. "
        "The merger is expected to be completed on October 1, 2005.",
        {("MergerCounterpartyName", "Hanbit Polymer Corporation"), ("MergerRatio", "0.3518"),
         ("MergerAgreementDate", "2005-05-02"), ("MergerDate", "2005-10-01")},
    ),
    (  # a digest item about two other companies' merger: no merger of the registrant's
        "MUMBAI, May 8, 2023 -- Orbit Pharma reported its results today. Keshav Bank has received "
        "approval for the proposed change in control. This clears the path for the merger of Keshav into "
        "Keshav Bank Ltd, which is expected to be completed next year.",
        set(),
    ),
    (  # a ratio written the other way round is not divided out
        "SEOUL, May 3, 2005 -- Under the merger, holders will receive one share for every four shares held.",
        set(),
    ),
]


@pytest.mark.parametrize("text, expected", MERGERS)
def test_mergers(text: str, expected: set[tuple[str, str]]) -> None:
    found = extract_press_release(context(text, "Orbit Pharma" if "Orbit" in text else None))
    got = {(o.concept, o.value.isoformat() if isinstance(o.value, dt.date) else str(o.value))
           for o in found.observations}
    assert got == expected
    assert found.unmapped == ()
    ratio = [o for o in found.observations if o.concept == "MergerRatio"]
    assert all(o.unit is not None and o.period.start is not None for o in ratio)


def test_merger_is_no_reverse_split() -> None:
    # 합병 ends in 병합 (a reverse split): the merger must not read as one
    text = "2005년 5월 3일 - 대한화학(주)는 가온수지(주)를 흡수합병한다. 발행주식 총수는 1,200만주이다."
    concepts = {o.concept for o in extract_press_release(context(text)).observations}
    assert "ReverseStockSplitRatio" not in concepts and "StockSplitEffectiveDate" not in concepts


FORWARD_SPLITS = [
    ("SEOUL, Korea, March 3, 2005 -- Daewon Semiconductor Co., Ltd. today announced that its board "
     "approved a two-for-one stock split of its common shares, effective April 1, 2005. The number of "
     "outstanding shares will increase from 40,000,000 shares to 80,000,000 shares.",
     Decimal(2), dt.date(2005, 4, 1), {dt.date(2005, 3, 31): Decimal(40000000), dt.date(2005, 4, 1): Decimal(80000000)}),
    ("TAIPEI, Taiwan, June 8, 2006 -- Formosa Optics Corp. said each two shares of its common stock "
     "will be split into five shares. The stock split will become effective on July 3, 2006.",
     Decimal("2.5"), dt.date(2006, 7, 3), {}),
    ("2007년 2월 12일 -- 한빛전자(주)는 보통주 1주를 5주로 분할하는 액면분할을 결정하였다. "
     "분할의 효력 발생일은 2007년 3월 15일이다.",
     Decimal(5), dt.date(2007, 3, 15), {}),
]


@pytest.mark.parametrize("text, ratio, effective, shares", FORWARD_SPLITS)
def test_forward_split_ratio_effective_date_and_shares(text, ratio, effective, shares) -> None:
    found = extract_press_release(context(text))
    assert one(found, "StockSplitRatio").value == ratio
    assert "ReverseStockSplitRatio" not in {o.concept for o in found.observations}
    assert one(found, "StockSplitEffectiveDate").value == effective
    assert {o.period.end: o.value for o in found.observations if o.concept == "SharesOutstanding"} == shares


@pytest.mark.parametrize("line, name", [
    ("문의: 한빛전자 IR팀 김민수 과장 (02) 3488-8058, minsu.kim@hanbit.co.kr", "김민수"),
    ("문의: 서해화학 홍보실 남궁민 차장 (031) 639-2200", "남궁민"),
    ("문의: 동해중공업 IR팀 (02) 3705-1114", None),  # no person named: no name guessed
])
def test_korean_contact_names(line, name) -> None:
    text = f"2004년 7월 27일 -- 한빛전자(주)는 2004년 2분기 실적을 발표했다.\n\n{line}\n"
    found = extract_press_release(context(text))
    names = [o.value for o in found.observations if o.concept == "ContactName"]
    assert names == ([name] if name else [])
    phones = [o.value for o in found.observations if o.concept == "ContactPhoneNumber"]
    assert len(phones) == 1 and phones[0].startswith("+82-")


def test_a_results_announcement_titled_with_its_year() -> None:
    """'2007 ANNOUNCEMENT OF FINAL RESULTS' over highlights that name no period: the figures are
    of the year the title names; 'exceeded 40 million' is a bound, not a subscriber count."""
    text = ("NORTHERN HARBOUR TELECOM LIMITED\n(Incorporated in Hong Kong with limited liability)\n\n"
            "2007 ANNOUNCEMENT OF FINAL RESULTS\n"
            "| Turnover reached RMB52.4 billion, up by 12.5% |\n"
            "| Profit attributable to shareholders of RMB9.6 billion, up by 8.1% |\n"
            "| Total subscribers exceeded 40 million, up by 10.2% |\n")
    ctx = dataclasses.replace(context(text), document_date=dt.date(2008, 3, 20),
                              document_period=Period.duration(dt.date(2008, 3, 20), dt.date(2008, 3, 20)))
    found = extract_press_release(ctx)
    year = Period.duration(dt.date(2007, 1, 1), dt.date(2007, 12, 31))
    assert one(found, "Revenues").value == Decimal("52400000000") and one(found, "Revenues").period == year
    assert one(found, "NetIncomeLoss").period == year
    assert not [o for o in found.observations if o.concept == "Subscribers"]
    assert any(m.text == "40 million" and "bound" in m.reason for m in found.unmapped)


def test_a_digest_paragraph_goes_on_about_the_company_it_opens_with() -> None:
    text = ("SEOUL, November 11, 2016 -- Hanbit Semiconductor Co (HSC, 韓光) yesterday reported net income of NT$91.09 "
            "billion for the third quarter, up 1.5 percent from a year earlier.\n\nELECTRONICS\n\nSejin net income "
            "grows\n\nSejin Inc (世進) yesterday reported net income of NT$249 million for the third quarter. Last "
            "quarter gross profit grew 2 percent year-on-year to NT$5.58 billion, Sejin said.\n")
    found = extract_press_release(context(text, "HSC"))
    whose = {(o.concept, o.value): dict(o.dimensions).get("CounterpartyAxis") for o in found.observations}
    assert whose[("NetIncomeLoss", Decimal("91090000000"))] is None  # the filer, by the short name in brackets
    assert whose[("NetIncomeLoss", Decimal("249000000"))] == "Sejin Inc"
    assert whose[("GrossProfit", Decimal("5580000000"))] == "Sejin Inc"  # the paragraph goes on about Sejin


def test_a_quarter_defined_by_its_span_counts_in_its_fiscal_year() -> None:
    # a Japanese results release dated by its web copy's 'date' word, which defines its quarter
    # as April to June: the figures of "the first quarter" are those months', not January's
    text = (" date 2023-08-04 The Group reported the following operating results for the first quarter.\n\n"
            "In the fiscal period under review (the three-month period from April 1, 2023 to June 30, 2023, "
            "hereinafter the \"first quarter\"), demand recovered.\n\n"
            "Net income attributable to owners of the parent was 9.6 billion yen in the first quarter.\n")
    found = extract_press_release(context(text))
    (net,) = [o for o in found.observations if o.concept == "NetIncomeLoss"]
    assert net.period == Period.duration(dt.date(2023, 4, 1), dt.date(2023, 6, 30))


@pytest.mark.parametrize("table, expected", [
    # a contact table in bars: the contact's column, then its fields; one contact a row
    ("| Contact | Title | Phone | E-mail |\n|---|---|---|---|\n"
     "| Jane Roe | IR Manager | +82-2-555-0100 | jane.roe@hanbit.example |\n"
     "| Kim Minsu | PR Manager | +82-2-555-0200 | minsu.kim@hanbit.example |\n",
     {"1": {"ContactName": "Jane Roe", "ContactTitle": "IR Manager", "ContactPhoneNumber": "+82-2-555-0100",
            "ContactEmail": "jane.roe@hanbit.example"},
      "2": {"ContactName": "Kim Minsu", "ContactTitle": "PR Manager", "ContactPhoneNumber": "+82-2-555-0200",
            "ContactEmail": "minsu.kim@hanbit.example"}}),
    # a Korean one: 담당자 (the person in charge), 직급 (rank), 전화번호 (phone)
    ("| 담당자 | 직급 | 전화번호 |\n| 이서연 | 과장 | 02-555-0100 |\n",
     {"1": {"ContactName": "이서연", "ContactTitle": "과장", "ContactPhoneNumber": "+82-2-555-0100"}}),
    # a results table whose first column is no contact's: no contacts
    ("| Item | Title | Phone |\n| Jane Roe | IR Manager | +82-2-555-0100 |\n", {}),
], ids=["english", "korean", "no contact column"])
def test_contacts_in_a_table_one_a_row(table: str, expected: dict) -> None:
    text = ("SEOUL, Korea, Oct. 25, 2005 -- Hanbit Electronics Co., Ltd. today announced that sales rose 12% "
            "to KRW 1.2 trillion.\n\n" + table)
    found = extract_press_release(context(text, registrant="Hanbit Electronics Co., Ltd."))
    contacts: dict = {}
    for o in found.observations:
        if o.concept.startswith("Contact"):
            contacts.setdefault(dict(o.dimensions)["ContactAxis"], {})[o.concept] = o.value
    assert contacts == expected


def test_further_information_heading_names_no_region() -> None:
    """'For further information contact:' over the contact's lines at the head of a release: its
    'for' names no region the contact serves (a 'CONTACT IN KOREA' heading does)."""
    text = ("For further information contact:\nKim Minsu\nHead of Investor Relations\nHanbit Electronics Co., Ltd.\n"
            "Tel: 82-2-555-0100\nE-mail: ir@hanbit.example\n\nHanbit Electronics Reports Record Third Quarter Sales\n\n"
            "SEOUL, Korea, Oct. 25, 2005 -- Hanbit Electronics Co., Ltd. today announced that sales rose 12% "
            "to KRW 1.2 trillion.\n")
    found = extract_press_release(context(text, registrant="Hanbit Electronics Co., Ltd."))
    assert one(found, "ContactName", ContactAxis="1").value == "Kim Minsu"
    assert one(found, "ContactTitle", ContactAxis="1").value == "Head of Investor Relations"
    assert not [o for o in found.observations if o.concept == "ContactRegion"]
