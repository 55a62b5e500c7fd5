"""Periods named in prose, with the year inferred from the document date where omitted."""

from __future__ import annotations

import datetime as dt

import pytest

from converter.model import Period
from converter.parse.periods import find_periods, parse_period, shift

D = dt.date
OCT28 = D(2002, 10, 28)


def q(year: int, n: int) -> Period:
    ends = {1: (3, 31), 2: (6, 30), 3: (9, 30), 4: (12, 31)}
    return Period.duration(D(year, 3 * n - 2, 1), D(year, *ends[n]))


PERIODS = [
    ("revenues in the third quarter of 2002 rose", None, q(2002, 3)),
    ("its 2002 third quarter operating profit results", None, q(2002, 3)),
    ("3Q02 revenue", None, q(2002, 3)),
    ("3Q 2002 results", None, q(2002, 3)),
    ("results for Q3 2002", None, q(2002, 3)),
    ("Q4'02 EBITDA", None, q(2002, 4)),
    # a Korean issuer's heading: two digits of the year, a point, the quarter or half (with or
    # without the apostrophe); not the decimals of a figure
    ("02.3Q results", None, q(2002, 3)),
    ("'02.3Q results", None, q(2002, 3)),
    ("2002.3Q results", None, q(2002, 3)),
    ("02.1H results", None, Period.duration(D(2002, 1, 1), D(2002, 6, 30))),
    ("sales of 1,102.3Q", None, None),
    ("rose 12.02.3Q", None, None),
    ("the first half of 2003", None, Period.duration(D(2003, 1, 1), D(2003, 6, 30))),
    ("in 1H03", None, Period.duration(D(2003, 1, 1), D(2003, 6, 30))),
    ("in H2 2002", None, Period.duration(D(2002, 7, 1), D(2002, 12, 31))),
    ("for fiscal year 2002", None, Period.duration(D(2002, 1, 1), D(2002, 12, 31))),
    ("in fiscal 2003", None, Period.duration(D(2003, 1, 1), D(2003, 12, 31))),
    ("FY2001 sales", None, Period.duration(D(2001, 1, 1), D(2001, 12, 31))),
    ("for the full year 2002", None, Period.duration(D(2002, 1, 1), D(2002, 12, 31))),
    ("for the nine months ended September 30, 2002", None, Period.duration(D(2002, 1, 1), D(2002, 9, 30))),
    ("for the six months ended June 30, 2003", None, Period.duration(D(2003, 1, 1), D(2003, 6, 30))),
    ("for the three months ended March 31, 2003", None, q(2003, 1)),
    ("for the year ended December 31, 2002", None, Period.duration(D(2002, 1, 1), D(2002, 12, 31))),
    ("for the quarter ended June 30, 2002", None, q(2002, 2)),
    ("at the end of September", OCT28, Period.instant(D(2002, 9, 30))),
    ("at the end of October 2002", None, Period.instant(D(2002, 10, 31))),
    ("as of December 31", D(2003, 2, 5), Period.instant(D(2002, 12, 31))),
    ("as of September 30, 2002", None, Period.instant(D(2002, 9, 30))),
    ("at the end of the second quarter of 2002", None, Period.instant(D(2002, 6, 30))),
    ("by the end of 2002", None, Period.instant(D(2002, 12, 31))),
    ("in the third quarter", OCT28, q(2002, 3)),
    ("in the fourth quarter", OCT28, q(2002, 4)),
    ("in the first half", OCT28, Period.duration(D(2002, 1, 1), D(2002, 6, 30))),
    ("for the month of November 2002", None, Period.duration(D(2002, 11, 1), D(2002, 11, 30))),
    ("in October 2002", None, Period.duration(D(2002, 10, 1), D(2002, 10, 31))),
    ("2002년 3분기 매출액", None, q(2002, 3)),
    ("2002년 3/4분기 실적", None, q(2002, 3)),
    ("3분기 영업이익", OCT28, q(2002, 3)),
    ("2003년 상반기", None, Period.duration(D(2003, 1, 1), D(2003, 6, 30))),
    ("2002년 하반기", None, Period.duration(D(2002, 7, 1), D(2002, 12, 31))),
    ("2002년 9월말 현재", None, Period.instant(D(2002, 9, 30))),
    ("10월 말 현재 가입자", D(2002, 11, 27), Period.instant(D(2002, 10, 31))),
    ("2002년 연간 매출", None, Period.duration(D(2002, 1, 1), D(2002, 12, 31))),
    ("at February 28, 2003", None, Period.instant(D(2003, 2, 28))),
    ("for the first nine months of 2003", None, Period.duration(D(2003, 1, 1), D(2003, 9, 30))),
    ("in the first six months", OCT28, Period.duration(D(2002, 1, 1), D(2002, 6, 30))),
    # the year to date of a third-quarter story: the first three quarters
    ("In the first three quarters, net profit jumped", OCT28, Period.duration(D(2002, 1, 1), D(2002, 9, 30))),
    ("for the first two quarters of 2004", None, Period.duration(D(2004, 1, 1), D(2004, 6, 30))),
    ("2003년 1~9월 누적 매출", None, Period.duration(D(2003, 1, 1), D(2003, 9, 30))),
    # a span of months with its year: the whole span, never its last month alone
    ("Revenues for January through November 2005 totaled", None, Period.duration(D(2005, 1, 1), D(2005, 11, 30))),
    ("sales of January-November 2005", None, Period.duration(D(2005, 1, 1), D(2005, 11, 30))),
    ("from Jan. to Nov. 2005", None, Period.duration(D(2005, 1, 1), D(2005, 11, 30))),
    ("between January and November of 2005", None, Period.duration(D(2005, 1, 1), D(2005, 11, 30))),
    ("the first eleven months of 2005", None, Period.duration(D(2005, 1, 1), D(2005, 11, 30))),
    ("the first 11 months of 2005", None, Period.duration(D(2005, 1, 1), D(2005, 11, 30))),
    ("sales in May and June 2005", None, None),  # two months named together: neither is their span
    # a range of two dates: the days between, both included
    ("for the period from January 1, 2005 to September 30, 2005", None, Period.duration(D(2005, 1, 1), D(2005, 9, 30))),
    ("from January 1 to November 30, 2005", None, Period.duration(D(2005, 1, 1), D(2005, 11, 30))),
    ("for 1 April 2004 to 31 March 2005", None, Period.duration(D(2004, 4, 1), D(2005, 3, 31))),
    ("제5기 (2005.01.01 ~ 2005.12.31) 매출액", None, Period.duration(D(2005, 1, 1), D(2005, 12, 31))),
    ("사업연도 2005-04-01 ~ 2006-03-31", None, Period.duration(D(2005, 4, 1), D(2006, 3, 31))),
    ("2005.12.31 ~ 2005.01.01", None, None),  # backwards: no period
    # one fiscal year across two calendar years: never the first calendar year (a December
    # fiscal year spans none; with the document's fiscal year end it is read, see _split_year)
    ("results for the fiscal year 2004/05", None, None),
    ("dividends for 2004/05", None, None),
    ("2005년 1월~11월 누적 매출", None, Period.duration(D(2005, 1, 1), D(2005, 11, 30))),
    ("up 4.7% from the previous fiscal year", None, None),
    ("Net income for 2003 was", None, Period.duration(D(2003, 1, 1), D(2003, 12, 31))),
    ("subscribers totaled 17.9 million at end-2003", None, Period.instant(D(2003, 12, 31))),
    ("for 2002 to 2004", None, None),
    ("as of June 0", OCT28, None),  # a day that no month has (found by the fuzz test: it raised)
    ("for the quarter ended June 31, 2002", None, None),
]


@pytest.mark.parametrize("text, document_date, period", PERIODS)
def test_periods(text: str, document_date: dt.date | None, period: Period) -> None:
    assert parse_period(text, document_date=document_date) == period


RELATIVE = [
    ("down 58.2% from the same quarter last year", "prior_year"),
    ("up 12% from the same period of the previous year", "prior_year"),
    ("compared with a year earlier", "prior_year"),
    ("rose 3% year-on-year", "prior_year"),
    ("grew 4% year-over-year", "prior_year"),
    ("up 2% from the previous quarter", "prior_quarter"),
    ("rose 5% sequentially", "prior_quarter"),
    ("전년 동기 대비 52.5% 증가", "prior_year"),
    ("전분기 대비 3% 감소", "prior_quarter"),
    ("against Rs. 410 crore in the corresponding quarter of the previous year", "prior_year"),
    ("up 9% over the corresponding period last year", "prior_year"),
]


@pytest.mark.parametrize("text, relation", RELATIVE)
def test_relative(text: str, relation: str) -> None:
    found = [f for f in find_periods(text) if f.relation]
    assert [f.relation for f in found] == [relation]
    assert text[found[0].start:found[0].end] == found[0].text


@pytest.mark.parametrize(
    "period, relation, expected",
    [
        (q(2002, 3), "prior_year", q(2001, 3)),
        (q(2002, 1), "prior_quarter", q(2001, 4)),
        (Period.instant(D(2004, 2, 29)), "prior_year", Period.instant(D(2003, 2, 28))),
        (Period.duration(D(2003, 1, 1), D(2003, 6, 30)), "prior_half", Period.duration(D(2002, 7, 1), D(2002, 12, 31))),
    ],
)
def test_shift(period: Period, relation: str, expected: Period) -> None:
    assert shift(period, relation) == expected


def test_march_fiscal_year() -> None:
    # Japanese usage: fiscal 2002 starts April 2002; SEC usage: fiscal 2003 ends March 2003.
    assert parse_period("first quarter of fiscal 2002", fiscal_year_end_month=3, named_by="start") == \
        Period.duration(D(2002, 4, 1), D(2002, 6, 30))
    assert parse_period("fiscal 2003", fiscal_year_end_month=3) == Period.duration(D(2002, 4, 1), D(2003, 3, 31))


def test_two_periods_in_a_sentence_in_order() -> None:
    text = "in the third quarter of 2002, up 52.5% from the third quarter of 2001"
    assert [f.period for f in find_periods(text)] == [q(2002, 3), q(2001, 3)]


def test_no_period_without_year_or_document_date() -> None:
    assert parse_period("in the third quarter") is None
    assert parse_period("positive net income in 3 years and 5 months") is None


def test_bare_year() -> None:
    # a bare year names the year; a forecast ("in 2005" in a 2004 release) is told apart by the
    # binder (a period that has not begun by the document date), not here
    assert parse_period("net income in 2003") == Period.duration(D(2003, 1, 1), D(2003, 12, 31))
    assert parse_period("For 2003, revenues were") == Period.duration(D(2003, 1, 1), D(2003, 12, 31))
    assert [f.kind for f in find_periods("versus KRW 655.1 billion in 2002")] == ["year_in"]
    for text in ("in 2002 and 2003", "for 2003-2005", "during 2003 to 2005"):
        assert parse_period(text) is None, text


@pytest.mark.parametrize(
    "text, current, expected",
    [
        ("a net addition of 241,000 during the year", q(2003, 4), Period.duration(D(2003, 1, 1), D(2003, 12, 31))),
        ("operating income for the year was", None, Period.duration(D(2003, 1, 1), D(2003, 12, 31))),
        ("for the full year", q(2004, 2), Period.duration(D(2004, 1, 1), D(2004, 12, 31))),
        ("in the fiscal year", None, Period.duration(D(2003, 1, 1), D(2003, 12, 31))),
        ("4.2 million subscribers at year-end", None, Period.instant(D(2003, 12, 31))),
        ("as of the end of the year", q(2003, 4), Period.instant(D(2003, 12, 31))),
        ("for the full year 2004", q(2003, 4), Period.duration(D(2004, 1, 1), D(2004, 12, 31))),
        # "for the quarter": the text's quarter, or the last quarter of its months
        ("net profit for the quarter was", q(2003, 4), q(2003, 4)),
        ("revenue for the quarter", Period.duration(D(2003, 4, 1), D(2003, 12, 31)), q(2003, 4)),
    ],
)
def test_the_year_of_the_text(text: str, current: Period | None, expected: Period) -> None:
    """"during the year": the year of the period the text is about, else the last year ended."""
    found = [f for f in find_periods(text, document_date=D(2004, 2, 5), current=current) if f.period]
    assert [f.period for f in found] == [expected]


def test_the_quarter_of_no_text_period_is_none() -> None:
    """"for the quarter" with no period of the text before it names none (no guess)."""
    assert [f.period for f in find_periods("net profit for the quarter was", document_date=D(2004, 2, 5))] == []


def test_the_year_before_is_no_year_of_the_text() -> None:
    assert [f.relation for f in find_periods("up 5% from the year before", document_date=D(2004, 2, 5))] == [
        "prior_year"]


# ---------------------------------------------------------------------------------------------
# Phrases of other documents: day before month, ordinals, Korean quarter spellings, relative
# Korean years, cumulative quarters, quarters named by their last month, "the same period of"
# ---------------------------------------------------------------------------------------------

AUG = D(2004, 8, 14)
MORE = [
    ("for the year ended 30 June 2006", None, Period.duration(D(2005, 7, 1), D(2006, 6, 30))),
    ("As at 30 June 2004, the Group", None, Period.instant(D(2004, 6, 30))),
    ("for the year ended 31st December, 2004", None, Period.duration(D(2004, 1, 1), D(2004, 12, 31))),
    ("for the six months ended 30th June 2004", None, Period.duration(D(2004, 1, 1), D(2004, 6, 30))),
    ("in the three months to June 30", D(2003, 7, 30), q(2003, 2)),
    ("in the March 2003 quarter", None, q(2003, 1)),
    ("in the June quarter", D(2003, 7, 30), q(2003, 2)),
    ("the 1st quarter of the fiscal year ending March 31, 2005", None,
     Period.duration(D(2004, 4, 1), D(2004, 6, 30))),
    ("for the fiscal year of 2002", None, Period.duration(D(2002, 1, 1), D(2002, 12, 31))),
    ("the first half of year 2002", None, Period.duration(D(2002, 1, 1), D(2002, 6, 30))),
    ("its second-quarter net profit", D(2003, 7, 30), q(2003, 2)),
    ("지난 3·4분기(7∼9월)에", D(2004, 10, 16), q(2004, 3)),
    ("2001년 2·4분기", None, q(2001, 2)),
    ("2003년 2ㆍ4분기", None, q(2003, 2)),
    ("2008 ANNOUNCEMENT OF FINAL RESULTS", None, Period.duration(D(2008, 1, 1), D(2008, 12, 31))),  # the Hangul letter araea for the middle dot
    ("전년동기(03.2/4분기)의", None, q(2003, 2)),
    ("올 상반기 결산결과", AUG, Period.duration(D(2004, 1, 1), D(2004, 6, 30))),
    ("작년 2분기 영업손실", AUG, q(2003, 2)),
    ("올 2분기에는", AUG, q(2004, 2)),
    ("작년 매출 312억", D(2003, 2, 5), Period.duration(D(2002, 1, 1), D(2002, 12, 31))),
    ("2002년 결산 결과", None, Period.duration(D(2002, 1, 1), D(2002, 12, 31))),
    ("3분기 누적 매출", D(2004, 11, 1), Period.duration(D(2004, 1, 1), D(2004, 9, 30))),
    ("1~3분기 매출", D(2004, 11, 1), Period.duration(D(2004, 1, 1), D(2004, 9, 30))),
    ("지난해 말 현재", AUG, Period.instant(D(2003, 12, 31))),
    ("2003년 말 기준", None, Period.instant(D(2003, 12, 31))),
    ("1Q FY2004 results", None, q(2004, 1)),
    ("FY04 Q2 revenue", None, q(2004, 2)),
    ("2005年度第1四半期", None, q(2005, 1)),
    ("2005年第三季度", None, q(2005, 3)),
    ("2004年上半年", None, Period.duration(D(2004, 1, 1), D(2004, 6, 30))),
]


@pytest.mark.parametrize("text, document_date, period", MORE)
def test_more_periods(text: str, document_date: dt.date | None, period: Period) -> None:
    assert parse_period(text, document_date=document_date) == period


@pytest.mark.parametrize("text, relation", [
    ("지난해 같은 기간보다 매출은", "prior_year"),
    ("작년 동기 대비", "prior_year"),
    ("the previous quarter’s 44.0%", "prior_quarter"),
    ("On a sequential basis, results", "prior_quarter"),
    ("지난 분기 대비", "prior_quarter"),
    ("up from 72.58 won per share in the year-earlier period", "prior_year"),
    ("compared with the year-ago quarter", "prior_year"),
    ("down from the quarter-earlier period", "prior_quarter"),
    ("up 3% from a quarter earlier", "prior_quarter"),
    ("sales of NT$40.2 billion for last month", "prior_month"),
    ("up 0.8 percent from the previous month", "prior_month"),
    ("전월 대비 3.2% 증가", "prior_month"),
    ("over the same period in year 2001", "same_in:2001"),
    ("compared with 22.5 billion won for the same period of 2002", "same_in:2002"),
])
def test_more_relations(text: str, relation: str) -> None:
    assert [f.relation for f in find_periods(text) if f.relation] == [relation]


@pytest.mark.parametrize("text", ["strong momentum in sales", "a yoyo market", "전월세 가격이 올랐다"])
def test_abbreviations_of_relations_are_whole_words(text: str) -> None:
    """"MoM", "YoY", "QoQ" are words of their own: "momentum" and "yoyo" name no period."""
    assert [f.relation for f in find_periods(text) if f.relation] == []


def test_same_period_of_a_year_is_the_part_of_that_year() -> None:
    assert shift(q(2003, 2), "same_in:2002") == q(2002, 2)
    assert shift(Period.duration(D(2002, 1, 1), D(2002, 6, 30)), "same_in:2001") == \
        Period.duration(D(2001, 1, 1), D(2001, 6, 30))


@pytest.mark.parametrize("text", ["올 1분기 매출", "the third quarter", "작년 2분기", "nine months ended September 30",
                                  "3분기 누적", "the June quarter", "상반기"])
def test_undated_phrases_need_a_year(text: str) -> None:
    """Without a document date a yearless phrase names no period, and says so."""
    found = [f for f in find_periods(text) if f.kind != "relative"]
    assert found and all(f.period is None and f.needs_year and f.unresolved for f in found)


def test_anchors_resolve_only_the_period_they_are() -> None:
    q2 = q(2003, 2)
    assert [f.period for f in find_periods("in the three months to June 30", anchors=(q2,))] == [q2]
    assert [f.period for f in find_periods("second-quarter net profit", anchors=(q2,))] == [q2]
    # the first quarter is not the anchor: it stays without a year, never guessed
    assert [f.period for f in find_periods("in the first quarter", anchors=(q2,))] == [None]
    # 작년 (the year before the publication) is not given by any anchor
    assert [f.period for f in find_periods("작년 2분기", anchors=(q(2002, 2),))] == [None]


def test_a_year_is_no_quantity_of_money() -> None:
    assert parse_period("2000억원을 추가 투자") is None


def test_fiscal_calendar_of_a_march_company() -> None:
    from converter.parse.periods import FiscalCalendar
    cal = FiscalCalendar(3, "start")
    found = [f.period for f in find_periods("an increase of 6.4% compared to 1Q02 and 11.2% from 4Q02", calendar=cal)]
    assert found == [Period.duration(D(2002, 4, 1), D(2002, 6, 30)), Period.duration(D(2003, 1, 1), D(2003, 3, 31))]
    january = FiscalCalendar(1, "start")
    assert [f.period for f in find_periods("the fiscal fourth quarter", document_date=D(2002, 3, 27),
                                           calendar=january)] == [Period.duration(D(2001, 11, 1), D(2002, 1, 31))]


@pytest.mark.parametrize("text, end_month, named_by", [
    ('results for the 1st quarter of the fiscal year ending March 31, 2005 ("fiscal 2004")', 3, "start"),
    ("results for the year and fiscal fourth quarter ended January 31, 2004. Sales for fiscal 2003", 1, "start"),
    ("Net sales for the fiscal year ended March 31, 2003 (fiscal 2003) were", 3, "end"),
    ("Profit for the year ended 30 June 2006 was HK$3,517 million", 6, "end"),
    ("revenues for the first quarter ended June 30, 2003", 3, "end"),
    ("revenues for the third quarter ended September 30, 2006", 12, "end"),
    ("2004年3月期の売上高", 3, "end"),
    ("no year end is stated here", 12, "end"),
])
def test_fiscal_calendar_from_the_text(text: str, end_month: int, named_by: str) -> None:
    from converter.parse.fiscal_calendar import fiscal_calendar
    cal = fiscal_calendar(text)
    assert (cal.end_month, cal.named_by) == (end_month, named_by)
