"""Korean statements printed with spaces between cells: columns named by the fiscal term.

A Korean company's statements (its audit report, its DART filings and the copies on its own web
pages) head their columns with the number of the term, "제 17기", and state each term's dates in
the lines over the table ("제 17 기 2016.01.01 부터 2016.12.31 까지", a balance sheet's "제 17 기말
2016.12.31 현재"); the label column is headed "구분" or "과목"; the K-IFRS line items write the loss
beside the profit ("영업이익(손실)") and the owners' share of the profit under "당기순이익(손실)의
귀속". Invented statements in that layout.
"""

from __future__ import annotations

from decimal import Decimal

from converter.pipeline import convert_text

INCOME = """손익계산서
연결 손익계산서
제 31 기 2017.01.01 부터 2017.12.31 까지
제 30 기 2016.01.01 부터 2016.12.31 까지
단위 : 원
구분 제 31기 제 30기
수익(매출액) 812,406,330,125 774,118,902,554
매출원가 701,992,410,006 652,305,118,470
매출총이익 110,413,920,119 121,813,784,084
영업이익(손실) -4,120,775,310 15,664,020,918
법인세비용차감전순이익(손실) -9,883,104,227 12,075,446,310
당기순이익(손실) -7,552,018,904 9,410,337,561
당기순이익(손실)의 귀속
    지배기업의 소유주에게 귀속되는 당기순이익(손실) -7,013,442,650 9,822,705,114
    비지배지분에 귀속되는 당기순이익(손실) -538,576,254 -412,367,553
"""

BALANCE = """재무상태표
제 12 기말 2017.12.31 현재
제 11 기말 2016.12.31 현재
(단위 : 백만원)
과목 제 12기말 제 11기말
자산총계 52,310 48,775
부채총계 21,004 19,860
자본총계 31,306 28,915
"""


def _facts(text: str) -> dict[tuple[str, str], Decimal]:
    (converted,) = convert_text(text, "statement.txt")
    return {(o.concept, str(o.period)): o.value for o in converted.extraction.observations if not o.dimensions}


def test_term_columns_take_the_dates_their_captions_state() -> None:
    facts = _facts(INCOME)
    assert facts[("Revenues", "2017-01-01/2017-12-31")] == Decimal("812406330125")
    assert facts[("Revenues", "2016-01-01/2016-12-31")] == Decimal("774118902554")
    assert facts[("OperatingIncomeLoss", "2017-01-01/2017-12-31")] == Decimal("-4120775310")
    assert facts[("IncomeLossBeforeIncomeTaxes", "2016-01-01/2016-12-31")] == Decimal("12075446310")


def test_the_owners_share_is_the_net_income() -> None:
    """Under "당기순이익(손실)의 귀속" the owners' row is the net income; the group's whole
    profit above it (minorities included) is not."""
    facts = _facts(INCOME)
    assert facts[("NetIncomeLoss", "2017-01-01/2017-12-31")] == Decimal("-7013442650")
    assert facts[("NetIncomeLoss", "2016-01-01/2016-12-31")] == Decimal("9822705114")


def test_a_term_no_caption_dates_gives_no_period() -> None:
    """The issuer's count of terms tells no year: a column whose term no caption dates has no
    period, and a table whose heading does not date every column is left to the other readers."""
    text = INCOME.replace("제 30 기 2016.01.01 부터 2016.12.31 까지\n", "")
    assert not any(concept == "Revenues" for concept, _ in _facts(text))


def test_a_balance_sheets_term_ends_are_instants() -> None:
    facts = _facts(BALANCE)
    assert facts[("Assets", "2017-12-31")] == Decimal("52310000000")
    assert facts[("StockholdersEquity", "2016-12-31")] == Decimal("28915000000")


def test_years_under_a_label_heading_word() -> None:
    """"구분 2017년 2016년": the label column's heading word before the years."""
    text = ("요약 손익계산서\n(단위 : 백만원)\n구분 2017년 2016년\n매출액 41,230 39,875\n"
            "영업이익(손실) 2,104 -310\n")
    facts = _facts(text)
    assert facts[("Revenues", "2017-01-01/2017-12-31")] == Decimal("41230000000")
    assert facts[("OperatingIncomeLoss", "2016-01-01/2016-12-31")] == Decimal("-310000000")


def test_the_terms_dates_are_no_part_of_a_title() -> None:
    """The caption lines of the terms are no title's words ('재무상태표 제 12 기말 2017.12.31 현재 ...')."""
    (converted,) = convert_text(BALANCE, "statement.txt")
    titles = [o.value for o in converted.extraction.observations if o.concept == "DocumentTitle"]
    assert not any("기말" in str(title) for title in titles)
