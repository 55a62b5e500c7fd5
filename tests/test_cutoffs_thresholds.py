"""Periods, comparisons and thresholds of Korean and English results news.

- A cut-off date of the reports a count collects ("지난달 28일까지 공시한 상장사의 1분기 매출") is
  no period of the figures: they are of the quarter the sentence names, and the text goes on
  about that quarter, not the month of the cut-off.
- A change written after the figure it is compared against ("전분기(4조원)보다 6.4% 증가했고
  지난해 3분기(3조원)보다는 9.1%") takes that figure's period as its comparison; a margin before
  "전 분기보다는" is of the text's period, not the quarter compared with.
- A round threshold a value crossed ("1조원을 넘기면서", "3조원을 돌파", "매출액 12조원과
  영업이익 2조원을 돌파한", "6조원대로 회복", "crossed $10 billion") is no value of the measure.
- "지난 3분기", "3분기", "올해 3분기" and "3분기(7~9월)" are one quarter: one member of
  ``StatedPeriodAxis`` in an undated article; "3분기까지" is the months to its end, as "3분기 누적".

The articles are written for these tests (invented companies and figures).
"""

from __future__ import annotations

import datetime as dt

import pytest
from factlib import facts

from converter.pipeline import convert_text

STATED = "StatedPeriodAxis"
Q1_2031 = "2031-01-01/2031-03-31"
Q2_2031 = "2031-04-01/2031-06-30"
Q3_2031 = "2031-07-01/2031-09-30"
Q3_2030 = "2030-07-01/2030-09-30"


def _figures(text: str) -> set[tuple[str, str, str, str]]:
    """(concept, value, period, dimensions) of the figures of a converted article."""
    (converted,) = convert_text(text, "article.txt", date=None)
    return {(f.concept, f.value, f.period, ";".join(f"{a}={m}" for a, m in f.dimensions) or "-")
            for f in facts(converted) if f.unit is not None}


CUT_OFF = (
    "상장사 1분기 실적 집계\n\n2031년 5월 2일\n\n"
    "금융정보업체 가람인포가 지난달 28일까지 실적을 공시한 상장사 150곳을 집계한 결과, 이들의 올해 1분기 "
    "매출액 합계는 250조 3000억원으로 전년 동기 대비 11.7% 줄었다.\n"
    "반면 영업이익은 30조 1200억원으로 전년 동기 대비 80.5% 늘었다.\n"
)


def test_a_cut_off_date_is_no_period_of_the_figures() -> None:
    found = _figures(CUT_OFF)
    assert ("OperatingIncomeLoss", "30120000000000", Q1_2031, "-") in found
    assert ("Revenues", "250300000000000", Q1_2031, "-") in found
    assert not any(period.startswith("2031-04") for _, _, period, _ in found)  # never April, the cut-off's month


def test_an_undated_cut_off_date_is_no_stated_period() -> None:
    found = _figures(CUT_OFF.replace("2031년 5월 2일\n\n", ""))
    assert ("OperatingIncomeLoss", "30120000000000", "forever", f"{STATED}=1분기") in found
    assert not any("지난달" in dims for *_, dims in found)


def test_a_date_the_reports_were_filed_by_is_no_period() -> None:
    found = _figures("한빛전자 실적\n\n2031년 5월 2일\n\n"
                     "3월 말까지 실적을 공시한 상장사 가운데 한빛전자의 매출은 4조 3500억원이었다.\n")
    assert not any(c == "Revenues" for c, *_ in found)  # (the figures' own period is not named)


COMPARED = (
    "한빛화학 3분기 실적\n\n2031년 11월 2일\n\n"
    "한빛화학은 올해 3분기 매출액이 31조원으로 전분기(29조 1200억원)보다 6.53% 증가했고 "
    "지난해 3분기(27조 8800억원)보다는 11.5% 증가했다고 밝혔다.\n"
    "영업이익률은 8.2%로 전 분기보다는 0.5%포인트 올랐다.\n"
)


def test_a_change_after_a_compared_figure_takes_that_figures_period() -> None:
    found = _figures(COMPARED)
    assert ("RevenuesPercentChange", "0.0653", Q3_2031, f"ComparativePeriodAxis={Q2_2031}") in found
    assert ("RevenuesPercentChange", "0.115", Q3_2031, f"ComparativePeriodAxis={Q3_2030}") in found
    assert ("Revenues", "29120000000000", Q2_2031, "-") in found
    assert ("Revenues", "27880000000000", Q3_2030, "-") in found


def test_an_undated_change_after_a_compared_figure_takes_its_offset() -> None:
    found = _figures(COMPARED.replace("2031년 11월 2일\n\n", ""))
    assert ("RevenuesPercentChange", "0.0653", "forever", f"ComparativePeriodAxis=-P3M;{STATED}=3분기") in found
    assert ("RevenuesPercentChange", "0.115", "forever", f"ComparativePeriodAxis=-P1Y;{STATED}=3분기") in found


def test_a_margin_before_a_comparison_is_the_texts_periods() -> None:
    found = _figures(COMPARED)
    assert ("OperatingMargin", "0.082", Q3_2031, "-") in found
    assert not any(c == "OperatingMargin" and p == Q2_2031 for c, _, p, _ in found)


@pytest.mark.parametrize("sentence, concept", [
    ("가람전자는 3분기 영업이익이 1조원을 넘기면서 사상 최대 실적을 냈다고 밝혔다.", "OperatingIncomeLoss"),
    ("가람전자의 3분기 매출은 3조원을 돌파했다.", "Revenues"),
    ("가람전자의 분기 영업이익은 6조원대로 회복했다.", "OperatingIncomeLoss"),
    ("올해 3분기까지 매출액 12조원과 영업이익 2조원을 돌파한 기업은 가람전자다.", "Revenues"),
    ("가람전자의 3분기 순이익은 1조원을 웃돌았다.", "NetIncomeLoss"),
])
def test_a_korean_threshold_crossed_is_no_value(sentence: str, concept: str) -> None:
    found = _figures(f"가람전자 실적\n\n2031년 11월 2일\n\n{sentence}\n")
    assert not any(c == concept for c, *_ in found)


def test_an_english_threshold_crossed_is_no_value() -> None:
    found = _figures("Hanbit Electronics results\n\nNovember 2, 2031\n\n"
                     "Hanbit Electronics crossed $10 billion in quarterly revenue for the first time in the third "
                     "quarter of 2031: it brought in $11.2 billion in total.\n"
                     "Its net income broke past $2 billion in the quarter.\n")
    assert ("Revenues", "11200000000", Q3_2031, "-") in found
    assert not any(v in ("10000000000", "2000000000") for _, v, _, _ in found)


def test_one_quarter_however_led_is_one_member() -> None:
    found = _figures("가람전자 3분기 실적\n\n"
                     "가람전자는 지난 3분기 매출 5조 2천억원을 기록했다고 밝혔다. 가람전자의 3분기(7~9월) 영업이익은 "
                     "4200억원으로 집계됐다. 가람전자는 올해 3분기 순이익이 3100억원이라고 밝혔다.\n")
    assert {(c, dims) for c, _, _, dims in found} == {
        ("Revenues", f"{STATED}=3분기"), ("OperatingIncomeLoss", f"{STATED}=3분기"), ("NetIncomeLoss", f"{STATED}=3분기")}


def test_the_months_to_a_quarters_end() -> None:
    found = _figures("한빛중공업 실적\n\n2031년 11월 2일\n\n"
                     "한빛중공업은 3분기까지 매출액 17조 2000억원을 기록했다고 밝혔다.\n")
    assert ("Revenues", "17200000000000", "2031-01-01/2031-09-30", "-") in found
    assert not any(p == Q3_2031 for _, _, p, _ in found)


def test_a_dated_last_quarter_is_the_quarter() -> None:
    found = _figures("가람전자 실적\n\n2031년 11월 2일\n\n가람전자는 지난 3분기 매출 5조 2천억원을 기록했다고 밝혔다.\n")
    assert ("Revenues", "5200000000000", Q3_2031, "-") in found


def test_a_number_of_days_is_no_day() -> None:
    found = _figures("가람전자 실적\n\n2031년 5월 2일\n\n"
                     "가람전자의 지난달 매출은 28일간의 판매로 4200억원을 기록했다.\n")
    assert ("Revenues", "420000000000", "2031-04-01/2031-04-30", "-") in found
