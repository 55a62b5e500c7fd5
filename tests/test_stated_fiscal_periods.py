"""Which period a figure's words name when a word beside the period changes it: a cumulative
word after or before a quarter's name ("3분기 누계 매출", "누적 기준 3분기", "the third quarter
year-to-date": the fiscal year to that quarter's end, not the quarter).

Invented texts written in the layouts of Korean and English results news.
"""

from __future__ import annotations

import datetime as dt
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from converter.model import Period
from converter.parse.periods import FiscalCalendar, parse_period

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_press_release import context, extract_press_release  # noqa: E402

D = dt.date
NOV = D(2021, 11, 2)
NINE_MONTHS = Period.duration(D(2021, 1, 1), D(2021, 9, 30))
THIRD_QUARTER = Period.duration(D(2021, 7, 1), D(2021, 9, 30))


# -- a cumulative word beside a quarter's name ------------------------------------------------------

@pytest.mark.parametrize("text, period", [
    ("3분기 누계 매출", NINE_MONTHS),
    ("3분기 누계 기준 매출액은", NINE_MONTHS),
    ("3분기까지 누계 영업이익", NINE_MONTHS),
    ("지난 3분기 누계 영업이익", NINE_MONTHS),
    ("올해 3분기 누계 순이익", NINE_MONTHS),
    ("누적 기준 3분기 영업이익", NINE_MONTHS),
    ("누계 3분기 매출", NINE_MONTHS),
    ("3분기 누적 매출", NINE_MONTHS),
    ("the third quarter year-to-date", NINE_MONTHS),
    ("year-to-date third quarter revenue", NINE_MONTHS),
    ("the cumulative third quarter", NINE_MONTHS),
    ("3분기 매출", THIRD_QUARTER),  # no such word: the quarter
    ("지난 3분기 영업이익", THIRD_QUARTER),
])
def test_a_cumulative_word_makes_a_quarter_the_year_to_date(text: str, period: Period) -> None:
    assert parse_period(text, document_date=NOV) == period


# a quarter's figures, then the year to date's ("이로써 ... 누계"), as Korean results news writes them
KO_STORY = ("가온제약, 3분기 영업익 312억\n"
            "{date}가온제약은 지난 3분기 영업이익이 312억 원으로 전년 동기 대비 2.1% 감소했다고 공시했다. "
            "매출액은 4123억 원으로 전년보다 11.2% 증가했다.\n"
            "이로써 가온제약의 3분기 누계 영업이익은 874억 원으로 전년 동기 대비 1.5% 감소했다. "
            "3분기 누계 기준 매출액은 1조2056억 원으로 9.4% 늘었다.\n")


def _by_concept(text: str) -> dict[str, set[tuple[Decimal, str, tuple]]]:
    found = extract_press_release(context(text, "가온제약"))
    facts: dict[str, set[tuple[Decimal, str, tuple]]] = {}
    for o in found.observations:
        facts.setdefault(o.concept, set()).add((o.value, str(o.period), o.dimensions))
    return facts


def test_a_dated_storys_cumulative_figures_are_of_the_year_to_date() -> None:
    facts = _by_concept(KO_STORY.format(date="2021년 11월 2일\n"))
    assert {(v, p) for v, p, _ in facts["OperatingIncomeLoss"]} == {
        (Decimal("31200000000"), str(THIRD_QUARTER)), (Decimal("87400000000"), str(NINE_MONTHS))}
    assert {(v, p) for v, p, _ in facts["Revenues"]} == {
        (Decimal("412300000000"), str(THIRD_QUARTER)), (Decimal("1205600000000"), str(NINE_MONTHS))}


def test_an_undated_storys_cumulative_figures_are_not_the_quarters() -> None:
    """Without a year the figures stay on the period as printed: the year to date is never
    one member with the quarter ("지난 3분기" is the quarter, as "3분기"; "3분기 누계" the months to
    its end, as "3분기 누적")."""
    facts = _by_concept(KO_STORY.format(date=""))
    members = {v: dict(dims).get("StatedPeriodAxis") for v, _, dims in facts["OperatingIncomeLoss"]}
    assert members == {Decimal("31200000000"): "3분기", Decimal("87400000000"): "3분기 누적"}


# -- a dividend of an issuer whose fiscal period is not a year --------------------------------------

def _dividend_form(note: str, record_date: str = "2031-06-30") -> str:
    """A DART cash dividend decision as mirror sites print it (| cells), its note item last."""
    return ("| 1. 배당금총액(원) | 4,321,000,000 | ||\n"
            "| 2. 1주당 배당금(원) | 보통주식 | 123 | |\n"
            "| 3. 시가배당률(%) | 보통주식 | 3.2 | |\n"
            f"| 4. 배당기준일 | {record_date} | ||\n"
            "| 5. 배당금지급 예정일 | 정기주주총회일로부터 1개월 이내 | ||\n"
            "| 6. 주주총회 예정일자 | 2031-09-12 | ||\n"
            "| 7. 이사회결의일(결정일) | 2031-08-20 | ||\n"
            f"| 8. 기타 투자판단과 관련한 중요사항 | {note} |\n")


def _dividend_periods(text: str) -> set[tuple[str, str]]:
    from converter.pipeline import convert_bytes

    (converted,) = convert_bytes(text.encode(), "dividend-form.txt")
    periods = {c.id: str(c.period) for c in converted.instance.contexts}
    return {(f.concept, periods[f.context_id]) for f in converted.instance.facts if f.concept.startswith("Dividends")}


HALF = "2031-01-01/2031-06-30"


@pytest.mark.parametrize("note, record_date, period", [
    # the issuer's six-month fiscal period, stated with its dates: the dividend's
    ("1. 상기 금액은 감사전 재무제표 기준입니다. 2. 당사의 사업연도는 6개월(2031.01.01~2031.06.30)이며, "
     "공모가 기준 연환산배당률은 6.40%입니다.", "2031-06-30", HALF),
    ("1. 제9기 (2031.01.01 ~ 2031.06.30) 결산에 따른 배당입니다.", "2031-06-30", HALF),
    # a length but no dates: no twelve months are made up from the record date
    ("1. 당사의 사업연도는 6개월이며, 배당금은 감사결과에 따라 변경될 수 있습니다.", "2031-06-30", None),
    # nothing stated: the twelve months the record date ends (the Korean norm)
    ("1. 배당금은 감사결과에 따라 변경될 수 있습니다.", "2031-06-30", "2030-07-01/2031-06-30"),
    ("1. 배당금은 감사결과에 따라 변경될 수 있습니다.", "2030-12-31", "2030-01-01/2030-12-31"),
])
def test_a_stated_fiscal_period_wins_over_the_record_dates_year(note: str, record_date: str, period: str | None) -> None:
    expected = set() if period is None else {("DividendsDeclared", period), ("DividendsDeclaredPerShare", period)}
    assert _dividend_periods(_dividend_form(note, record_date)) == expected


# -- a date heading stacked over its figure -----------------------------------------------------------

@pytest.mark.parametrize("text, instant", [
    # a tanshin's reference line, one item per line: each figure under its own date heading
    ("Consolidated Financial Results for the Fiscal Year Ended March 31, 2031\nMay 9, 2031\n"
     "Reference: Shareholders' equity\nAs of Mar. 31, 2031:\n4,321 million yen\nAs of Mar. 31, 2030:\n"
     "3,987 million yen\n", "2031-03-31"),
    # the date after its figure, no colon: the figure's own
    ("Consolidated Financial Results for the Fiscal Year Ended March 31, 2031\nMay 9, 2031\n"
     "Shareholders' equity was 4,321 million yen as of March 31, 2031, against 3,987 million yen a year "
     "earlier.\n", "2031-03-31"),
])
def test_a_date_heading_a_figure_with_a_colon_is_not_the_figure_befores(text: str, instant: str) -> None:
    found = extract_press_release(context(text, "Hanbit Precision Co., Ltd."))
    equity = {(o.value, str(o.period)) for o in found.observations if o.concept == "StockholdersEquity"}
    assert (Decimal("4321000000"), instant) in equity
    assert not [p for v, p in equity if v == Decimal("4321000000") and p != instant]


# -- a sentence of the full fiscal year after a quarter's --------------------------------------------

INDIAN_STORY = (" date 2031-04-24 Kavya Cements on Thursday reported a net profit of Rs 512 crore for the "
                "fourth quarter of FY31.\n\n"
                "On a standalone basis, the company's net profit during the quarter grew to Rs 498 crore.\n\n"
                "{sentence}\n")
FY31 = "2030-04-01/2031-03-31"


@pytest.mark.parametrize("sentence, period", [
    ("For the full fiscal, the company's standalone net profit rose to Rs 1,874 crore.", FY31),
    ("For the entire fiscal, the company's standalone net profit rose to Rs 1,874 crore.", FY31),
    ("For the fiscal, the company's standalone net profit rose to Rs 1,874 crore.", FY31),
    ("For the full year, the company's standalone net profit rose to Rs 1,874 crore.", FY31),
    # a quarter named after the noun: that quarter's, not the year's
    ("In the fiscal fourth quarter, the company's standalone net profit rose to Rs 1,874 crore.",
     "2031-01-01/2031-03-31"),
])
def test_a_full_fiscal_sentence_names_the_year_not_the_quarter_before(sentence: str, period: str) -> None:
    found = extract_press_release(context(INDIAN_STORY.format(sentence=sentence), "Kavya Cements Ltd"))
    assert {str(o.period) for o in found.observations if o.value == Decimal("18740000000")} == {period}


# -- a labelled part of a fiscal year dated by its first and last days --------------------------------

@pytest.mark.parametrize("heading, end_month", [
    ("1. Consolidated Financial Results for the First Quarter of Fiscal 2031 (April 1, 2030 to June 30, 2030)", 3),
    ("Consolidated Results for the Second Quarter of Fiscal 2031 (July 1, 2030 - December 31, 2030)", 6),
    ("Consolidated Results for the First Half of Fiscal 2031 (from 1 October 2030 to 31 March 2031)", 9),
    ("Consolidated Results for the First Quarter of Fiscal 2031 (January 1, 2031 to March 31, 2031)", 12),
])
def test_a_dated_fiscal_part_sets_the_calendar(heading: str, end_month: int) -> None:
    from converter.parse.fiscal_calendar import fiscal_calendar

    assert fiscal_calendar(heading + "\nNet sales rose 2.1%.\n") == FiscalCalendar(end_month, "end")
