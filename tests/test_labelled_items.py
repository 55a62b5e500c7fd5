"""The labelled-items mechanism: realistic item lines of board resolutions and disclosure forms
(English, Korean, Taiwanese, Japanese layouts), each with the values it must yield; known limits
are strict xfail rows. Documents are invented; the layouts are those issuers file."""

from __future__ import annotations

import pytest

from converter.extract.mechanisms.item_labels import label_key, match_label, topics_of
from converter.extract.mechanisms.item_cells import is_label, is_value
from converter.extract.mechanisms.item_outline import find_items
from converter.extract.mechanisms.labelled_items import Ratio, read_items
from converter.map import lexical


def _shown(value: object) -> str:
    if isinstance(value, Ratio):
        return ":".join(f"{party}={number}" for party, number, _ in value.parties)
    return lexical(value)  # as the instance writes it: 0.612, 50000000000, 2006-05-02


def values(text: str) -> list[tuple[str, str, str, str, str, str]]:
    """(concept, value, unit, decimals, column, share class) of each value stated."""
    return [(v.concept, _shown(v.value), v.unit or "-", "-" if v.decimals is None else str(v.decimals),
             v.column or "-", v.share_class or "-")
            for v in read_items(text).values if v.value is not None]


D = "-"
ITEMS = [
    pytest.param("- PAID-IN CAPITAL (KRW): 45 BILLION", [("PaidInCapital", "45000000000", "KRW", "-9", D, D)],
                 id="caps-dash-unit-in-label"),
    pytest.param("RESOLUTION OF THE BOARD ON CONVENING AN EXTRAORDINARY GENERAL MEETING OF SHAREHOLDERS\n"
                 "5.   Exercise Period\n                - From May 2, 2008 to May 1, 2013\n"
                 "6.   Scheduled Date of the Extraordinary Shareholders' Meeting\n                - March 3, 2006\n",
                 [("ShareholderMeetingDate", "2006-03-03", D, D, D, D)], id="dash-line-date-under-its-label"),
    pytest.param("Decision on Provision of Collateral\n1. Debt amount : KRW 15,000,000,000\n2. Equity capital : KRW 1,204,558,000,000\n",
                 [("StockholdersEquity", "1204558000000", "KRW", "0", D, D)], id="collateral-equity-capital"),
    pytest.param("Decision on Acquisition of Treasury Shares\n"
                 "1. Number of shares to be acquired : 300,000 common shares\n"
                 "2. Estimated acquisition amount : KRW 6,150,000,000\n"
                 "3. Acquisition period : From May 2, 2006 to August 1, 2006\n",
                 [("TreasurySharesToAcquire", "300000", D, "0", D, D),
                  ("TreasuryShareAcquisitionAmount", "6150000000", "KRW", "0", D, D),
                  ("TreasuryShareAcquisitionStartDate", "2006-05-02", D, D, D, D),
                  ("TreasuryShareAcquisitionEndDate", "2006-08-01", D, D, D, D)], id="treasury-lines-range"),
    pytest.param("자기주식 취득 결정\n1. 취득예정주식(주) : 보통주식 120,000\n2. 취득예정금액(원) : 2,760,000,000\n"
                 "3. 취득예상기간 : 2005.03.02 ~ 2005.06.01\n",
                 [("TreasurySharesToAcquire", "120000", D, "0", D, "common"),  # the class opens the value
                  ("TreasuryShareAcquisitionAmount", "2760000000", "KRW", "0", D, D),
                  ("TreasuryShareAcquisitionStartDate", "2005-03-02", D, D, D, D),
                  ("TreasuryShareAcquisitionEndDate", "2005-06-01", D, D, D, D)], id="treasury-korean"),
    pytest.param("자기주식 취득 결정\n|\n1. 취득예정주식(주)\n|\n보통주식\n|\n95,000\n|\n기타주식\n|\n-\n|\n"
                 "2. 취득예정금액(원)\n|\n보통주식\n|\n3,040,000,000\n|",
                 [("TreasurySharesToAcquire", "95000", D, "0", D, "common"),
                  ("TreasuryShareAcquisitionAmount", "3040000000", "KRW", "0", D, "common")], id="korean-cells"),
    pytest.param("주주총회 소집결의\n|\n1. 일시\n|\n2006년 3월 17일 오전 9시\n|\n2. 장소\n|\n본사 대회의실\n|",
                 [("ShareholderMeetingDate", "2006-03-17", D, D, D, D)], id="korean-meeting-cells"),
    pytest.param("|\n2. Number of Shares to\nBe Repurchased\n|\nCommon Shares\n|\n80,000\n|\nPreferred Shares\n|\n-\n|",
                 [("TreasurySharesToAcquire", "80000", D, "0", D, "common")], id="cells-class-under-heading"),
    pytest.param("Share Repurchase\n|1. Purpose of Share Repurchase\n|Stabilize the share price\n|\n2.\nNumber of Shares to\n"
                 "Be Repurchased\n|Common\nShares\n|80,000\n|\nPreferred\nShares\n|-\n|\n3.\nEstimated Repurchase\n"
                 "Amount (KRW)\n|Common\nShares\n|1,520,000,000\n|\nPreferred\nShares\n|-\n|4. Repurchase Period\n"
                 "|From\n|May, 2nd 2007\n|To\n|August 1st , 2007\n",
                 [("TreasurySharesToAcquire", "80000", D, "0", D, "common"),
                  ("TreasuryShareAcquisitionAmount", "1520000000", "KRW", "0", D, "common"),
                  ("TreasuryShareAcquisitionStartDate", "2007-05-02", D, D, D, D),
                  ("TreasuryShareAcquisitionEndDate", "2007-08-01", D, D, D, D)],
                 id="cells-class-wrapped-onto-a-second-line-and-an-ordinal-day"),
    pytest.param("|\n5. Repurchase Period\n|\nFrom\n|\nJuly 1st, 2008\n|\nTo\n|\nSeptember 30th, 2008\n|",
                 [("TreasuryShareAcquisitionStartDate", "2008-07-01", D, D, D, D),
                  ("TreasuryShareAcquisitionEndDate", "2008-09-30", D, D, D, D)], id="cells-from-to"),
    pytest.param("ISSUANCE OF EXCHANGEABLE BONDS\n2.   Total issuing amount by face value\n     -    Foreign Currency : USD 150 Million\n"
                 "     -    Korean Won : KRW178,950,000,000\n     -    Exchange Rate : 1,193.00\n",
                 [("DebtInstrumentFaceAmount", "150000000", "USD", "-6", D, D),
                  ("DebtInstrumentFaceAmount", "178950000000", "KRW", "0", D, D)], id="bond-parent-names-children"),
    pytest.param("Terms of the Bonds\n  - Coupon Rate : 2.5%\n  - Yield to Maturity : 3.75%\n"
                 "  - Maturity Date : 15 March 2009\n  - Exchange Price per Share : KRW 48,700\n",
                 [("DebtInstrumentInterestRate", "0.025", D, "3", D, D),
                  ("DebtInstrumentMaturityDate", "2009-03-15", D, D, D, D),
                  ("DebtInstrumentConversionPrice", "48700", "KRW", "0", D, D)], id="bond-terms"),
    pytest.param("전환사채권 발행결정\n1. 사채의 권면총액(원) : 30,000,000,000\n2. 표면이자율(%) : 2.0\n"
                 "3. 만기이자율(%) : 5.5\n4. 사채만기일 : 2010년 6월 30일\n5. 전환가액(원/주) : 8,520\n",
                 [("DebtInstrumentFaceAmount", "30000000000", "KRW", "0", D, D),
                  ("DebtInstrumentInterestRate", "0.02", D, "3", D, D),
                  ("DebtInstrumentMaturityDate", "2010-06-30", D, D, D, D),
                  ("DebtInstrumentConversionPrice", "8520", "KRW", "0", D, D)], id="bond-korean"),
    pytest.param("3. Paid-in Capital\n   - Before capital reduction (KRW) : 120,000,000,000\n"
                 "   - After capital reduction (KRW) : 24,000,000,000\n",
                 [("PaidInCapital", "120000000000", "KRW", "0", "before_action", D),
                  ("PaidInCapital", "24000000000", "KRW", "0", "after_action", D)], id="before-after-lines"),
    pytest.param("감자 결정\n1. 감자비율(%) : 75\n2. 감자전 자본금(원) : 40,000,000,000\n3. 감자후 자본금(원) : 10,000,000,000\n",
                 [("CapitalReductionRatio", "0.75", D, "2", D, D),
                  ("PaidInCapital", "40000000000", "KRW", "0", "before_action", D),
                  ("PaidInCapital", "10000000000", "KRW", "0", "after_action", D)], id="capital-reduction-korean"),
    pytest.param("|Before\n|After\n|\nPaid-in capital (KRW)\n|19,000,000,000\n|9,500,000,000\n|\n"
                 "Shareholding ratio after the equity acquisition\n|61.20\n|%\n|80.45\n|%\n",
                 [("PaidInCapital", "19000000000", "KRW", "0", "before", D),
                  ("PaidInCapital", "9500000000", "KRW", "0", "after", D),
                  ("OwnershipPercentage", "0.612", D, "4", "before", D),
                  ("OwnershipPercentage", "0.8045", D, "4", "after", D)], id="cells-before-after-percent-split"),
    pytest.param("Correction: Acquisition of Shares of Example Chemical\n|Before Amendment\n|After Amendment\n|\nNumber of shares to be acquired\n|500,000\n|450,000\n",
                 [("SharesAcquired", "500000", D, "0", "superseded", D),
                  ("SharesAcquired", "450000", D, "0", "current", D)], id="amendment-columns"),
    pytest.param("1. Reasons & Objectives\n   To strengthen the position of both banks\n"
                 "3. Mergee(Company)\n   a. Company Name: Example Mortgage Bank\n"
                 "   b. Paid-In Capital (won) 612,000,000,000\n"
                 "   c. Outstanding Number of Shares (Share): 122,400,000\n",
                 [("@counterparty_name", "Example Mortgage Bank", D, D, D, D),
                  ("PaidInCapital", "612000000000", "KRW", "0", D, D),
                  ("SharesOutstanding", "122400000", D, "0", D, D)], id="run-on-label-value"),
    pytest.param("   e. Financial Status of the Latest Fiscal Year (KRW million)\n      - Total Assets : 152,300\n",
                 [], id="counterparty-figures-only-under-a-counterparty-heading"),
    pytest.param("   1. The Amount of Revenues Decrease             4,120,000,000 won\n"
                 "      Ratio of Revenues Decrease                  21.3%\n",
                 [("RevenuesPercentChange", "0.213", D, "3", D, D)], id="fixed-width-gap"),
    pytest.param("Merger ratio:\n\nAlpha Bank 0.517204: Beta Card 1\n",
                 [("MergerRatio", "Alpha Bank=0.517204:Beta Card=1", D, D, D, D)], id="ratio-on-next-line"),
    pytest.param("Merger Decision\n|\nStock Exchange Ratio\n|\n1.25 common shares of Gamma Soft per one Delta Games' common share.\n|",
                 [("MergerRatio", "Gamma Soft=1.25:Delta Games=1", D, D, D, D)], id="ratio-per-one-share"),
    pytest.param("4. Expected Effective Merger Date: March 31, 2002 (subject to change)\n",
                 [("MergerDate", "2002-03-31", D, D, D, D)], id="merger-date"),
    pytest.param("|1.\n|\nDate of the board of directors' resolution: 2006/03/21\n|2.\n|\n"
                 "Date for convening the shareholders' meeting: 2006/06/14\n|3.\n|\nCash dividend per share: NT$2.50\n",
                 [("ShareholderMeetingDate", "2006-06-14", D, D, D, D),
                  ("DividendsDeclaredPerShare", "2.5", "TWD", "2", D, D)], id="taiwan-material-information"),
    pytest.param("1. Board Resolution to Convene the Annual General Meeting of Shareholders\n"
                 "1. Date and Time: March 17, 2006, 10 A.M.\n2. Venue: Head office\n",
                 [("ShareholderMeetingDate", "2006-03-17", D, D, D, D)], id="meeting-date-and-time"),
    pytest.param("RESOLUTIONS OF THE BOARD OF DIRECTORS\n|1.\n|Date and Time: April 2, 2004 at 3:00 p.m.\n|2.\n|Place: Seoul\n",
                 [("BoardResolutionDate", "2004-04-02", D, D, D, D)], id="board-minutes-date-and-time"),
    pytest.param("현금배당 결정\n1. 1주당 배당금(원)\n  가. 보통주식 : 1,000\n  나. 종류주식 : 1,050\n2. 배당금총액(원) : 52,300,000,000\n",
                 [("DividendsDeclaredPerShare", "1000", "KRW", "0", D, "common"),
                  ("DividendsDeclared", "52300000000", "KRW", "0", D, D)], id="dividend-korean-classes"),
    pytest.param("현금ㆍ현물배당 결정\n1. 배당구분 결산배당\n3. 1주당 배당금(원) 보통주식 120\n종류주식 -\n"
                 "- 차등배당 여부 미해당\n4. 시가배당율(%) 보통주식 0.9\n종류주식 -\n5. 배당금총액(원) 2,345,670,000\n"
                 "6. 배당기준일 2017-12-31\n",
                 [("@dividend_kind", "결산배당", D, D, D, D), ("DividendsDeclaredPerShare", "120", "KRW", "0", D, "common"),
                  ("DividendsDeclared", "2345670000", "KRW", "0", D, D), ("@record_date", "2017-12-31", D, D, D, D)],
                 id="dividend-total-run-on-single-spaces"),
    pytest.param("Decision on Cash Dividends and Dividends in Kind\n1. Category of dividends Quarterly dividends\n"
                 "6. Dividend record date 2031-06-30\n",
                 [("@dividend_kind", "Quarterly dividends", D, D, D, D), ("@record_date", "2031-06-30", D, D, D, D)],
                 id="dividend-category-sentence-case"),
    pytest.param("Total Dividend Amount\n1) Dividend for Common Stock : KRW 210,500 million\n"
                 "2) Dividend for Preferred Stock : KRW 48,100 million\n3) Total : KRW 258,600 million\n",
                 [("DividendsDeclared", "258600000000", "KRW", "-6", D, "total")], id="dividend-total-over-classes"),
    pytest.param("1. Number of New Shares: To be determined within the range of 20,000,000 to 30,000,000 shares\n"
                 "2. Par value per share : KRW 5,000\n",
                 [("CommonStockParValuePerShare", "5000", "KRW", "0", D, D)], id="undecided-is-no-value"),
    pytest.param("- Stock dividend per share : NT$0.30\n- Number of Shares Indirectly Held through Trust : 40,000\n",
                 [], id="excluded-qualifiers"),
    pytest.param("On March 3, 2005, the board resolved as follows: the number of shares to be acquired is 1,000\n",
                 [], id="prose-is-no-item"),
    pytest.param("Seorak Telecom Reports Third Quarter Results\n\nSeoul, October 27, 2004 - Seorak Telecom reported "
                 "revenues of KRW 412 billion.\n\nOperating profit rose in the quarter.\n\nNet income was "
                 "KRW 31 billion.\n\nConference Call\n  - Date and Time : October 28, 2004, 4:00 p.m.\n\n"
                 "Annual General Meeting of Shareholders\n  - Agenda : election of directors\n",
                 [], id="a-conference-calls-date-is-no-meeting-date"),
    pytest.param("Date: January 11, 2008\nBy: /s/ Jae Won Park\nName: Jae Won Park\nTitle: Chief Financial Officer\n",
                 [], id="signature-labels-name-nothing"),
    pytest.param("Decision on Acquisition of Treasury Shares\n"
                 "1. Number of Shares to be Acquired     Common Shares      240,000\n"
                 "                                       Other Shares             -\n"
                 "2. Acquisition Period                  Start Date         June 2, 2008\n"
                 "                                       End Date           August 29, 2008\n",
                 [("TreasurySharesToAcquire", "240000", D, "0", D, "common"),
                  ("TreasuryShareAcquisitionStartDate", "2008-06-02", D, D, D, D),
                  ("TreasuryShareAcquisitionEndDate", "2008-08-29", D, D, D, D)], id="fixed-width-qualifier-column"),
    pytest.param("Subject: Acquisition of common shares of Example Optics Inc.\n"
                 "3.Trading volume, unit price, and total monetary amount of the transaction:\n"
                 "Trading volume:800,000 shares; average unit price:NT$21.40; total amount:NT$17,120,000\n"
                 "6.Cumulative volume, amount, and shareholding percentage:\n"
                 "Cumulative volume:2,400,000 shares; amount:NT$50,880,000; shareholding percentage:3.20%\n",
                 [("SharesAcquired", "800000", D, "0", D, D), ("EquityInvestmentAmount", "17120000", "TWD", "0", D, D),
                  ("OwnershipPercentage", "0.032", D, "4", D, D)], id="semicolon-pairs-of-a-twse-notice"),
    pytest.param("Decision on Acquisition of Shares of Other Corporation\n|1. Details of the company to be acquired\n"
                 "|Company name\n|Example Freight Co., Ltd.\n|Nationality\n|Republic of Korea\n|Paid-in capital (KRW)\n"
                 "|4,000,000,000\n",
                 [("@counterparty_name", "Example Freight Co., Ltd.", D, D, D, D),
                  ("PaidInCapital", "4000000000", "KRW", "0", D, D)], id="label-and-value-cells"),
    pytest.param("[Amendment] Decision on Capital Reduction\n|Before amendment\n|After amendment\n"
                 "|Record date for the capital reduction\n|May 2, 2009\n|May 23, 2009\n"
                 "- Capital before the reduction (KRW) : 9,000,000,000\n",
                 [("@action_date", "2009-05-02", D, D, "superseded", D), ("@action_date", "2009-05-23", D, D, "current", D),
                  ("PaidInCapital", "9000000000", "KRW", "0", "before_action", D)],
                 id="an-amendments-columns-and-an-actions-words"),
    pytest.param(
        "Paid-in capital : KRW 50 billion -> KRW 10 billion\n",
        [("PaidInCapital", "50000000000", "KRW", "-9", "before", D), ("PaidInCapital", "10000000000", "KRW", "-9", "after", D)],
        id="arrow-pair-on-one-line", marks=pytest.mark.xfail(strict=True, reason="one value per line is read")),
    pytest.param(
        "                          2004            2003\nTotal assets (KRW million)    152,300         140,950\n",
        [("Assets", "152300000000", "KRW", "-6", D, D)],
        id="year-columns", marks=pytest.mark.xfail(strict=True, reason="columns headed by years are not read")),
    pytest.param(
        "1. 발행회사\t회사명\t주식회사 예시물산\t국적\t대한민국\n\t자본금(원)\t5,000,000,000\n",
        [("@counterparty_name", "주식회사 예시물산", D, D, D, D), ("PaidInCapital", "5000000000", "KRW", "0", D, D)],
        id="tab-separated-label-value-pairs",
        marks=pytest.mark.xfail(strict=True, reason="several label/value pairs on one line are not split")),
]


@pytest.mark.parametrize("text, expected", ITEMS)
def test_item_values(text: str, expected: list[tuple[str, ...]]) -> None:
    assert values(text) == expected


def test_a_line_between_two_tables_is_no_wrapped_cell() -> None:
    """Only a class or column cell goes on onto the next short line: a signatory's title and the
    heading after it stay apart, as do a class cell and a figure printed on a bare line."""
    from converter.extract.mechanisms.item_cells import document_cells

    text = "|Chief Financial Officer\nItem\n1\n|1. Purpose\n|Common Shares\nTotal\n|5\n|Common\n12,000\n|x\n"
    assert [c.text for c, _ in document_cells(text)] == [
        "Chief Financial Officer", "Item", "1", "1. Purpose", "Common Shares", "Total", "5", "Common", "12,000", "x"]


def test_values_point_at_their_words() -> None:
    text = "Decision on Issuance of Bonds\n1. Coupon Rate : 1.5%\n2. Maturity Date : June 30, 2011\n"
    spans = [text[v.start:v.end] for v in read_items(text).values]
    assert spans == ["1.5%", "June 30, 2011"]


def test_a_value_not_decided_yet_is_reported_with_its_reason() -> None:
    text = "Investment in other corporation\n- Number of shares to be acquired : to be determined\n"
    (value,) = read_items(text).values
    assert value.value is None and value.reason.startswith("not decided yet")


def test_outline_nests_by_markers_and_headings() -> None:
    text = ("1. Board Resolution to Convene the Meeting\n1. Date and Time: March 5, 2004\n2. Agenda\n"
            "1) Approval of financial statements\n2) Election of directors\n2. Cash Dividends\n"
            "Total Dividend Amount\n1) Common : KRW 1 billion\n")
    items = find_items(text)
    labels = [(i.label.text if i.label else i.values[0].text) for i in items]
    parents = {labels[i.index]: [labels[p] for p in i.parents] for i in items}
    assert parents["Date and Time"] == ["Board Resolution to Convene the Meeting"]
    assert parents["Cash Dividends"] == []
    assert parents["Common"] == ["Cash Dividends", "Total Dividend Amount"]
    assert parents["Election of directors"] == ["Board Resolution to Convene the Meeting", "Agenda"]


@pytest.mark.parametrize("text, value", [
    ("185,000", True), ("January 7th , 2008", True), ("-", True), ("to be determined", True),
    ("APPROXIMATELY KRW 6.3 BILLION", True), ("Common Shares", False), ("Improve shareholder value", False),
    ("1.25 common shares of Gamma Soft per one Delta Games' common share.", False),
])
def test_is_value(text: str, value: bool) -> None:
    assert is_value(text) is value


@pytest.mark.parametrize("text, label", [
    ("Paid-in capital (KRW)", True), ("Date of BOD resolution", True), ("Alpha Bank 0.517204", False),
    ("On March 3, 2005, the board of directors of the Company resolved to convene the meeting as follows", False),
    ("1,234", False),
])
def test_is_label(text: str, label: bool) -> None:
    assert is_label(text) is label


def test_label_keys_drop_units_and_colons() -> None:
    assert label_key(" Estimated Repurchase  Amount(KRW) :") == "Estimated Repurchase Amount"


def test_topics_scope_the_phrases() -> None:
    assert {"treasury"} <= topics_of("Decision on Acquisition of Treasury Shares")
    assert {"investment"} <= topics_of("INVESTMENT IN OTHER CORPORATION")
    shares = "Number of shares to be acquired"
    assert match_label(shares, frozenset({"treasury"})).row.concept == "TreasurySharesToAcquire"
    assert match_label(shares, frozenset({"investment"})).row.concept == "SharesAcquired"
    assert match_label(shares, frozenset()) is None  # a phrase of no topic the document has
