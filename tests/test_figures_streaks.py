"""A streak is no period: "매출은 2005년 3분기 이후 33분기 연속 증가", "4분기 연속 흑자", "the 12th
straight quarter since the June 2015 quarter". The count of quarters ("33분기", "4분기 연속") names
no quarter, and the period a streak starts from is not the period of the sentence's figures
(invented companies and figures)."""

from __future__ import annotations

import datetime as dt

import pytest
from factlib import facts

from converter.parse.periods import find_periods
from converter.pipeline import convert_text


def _figures(text: str, day: dt.date | None = None) -> set[tuple[str, str, str]]:
    (converted,) = convert_text(text, "news.txt", date=day)
    return {(f.concept, f.value, f.period) for f in facts(converted) if f.unit is not None}


@pytest.mark.parametrize("text", [
    "33분기 연속 증가했다",  # the last digit of a count is no quarter
    "4분기 연속 흑자를 냈다",  # four quarters in a row
    "3분기째 적자를 이어갔다",  # the third quarter running
    "3분기 만에 흑자로 돌아섰다",  # for the first time in three quarters
])
def test_a_count_of_quarters_names_no_quarter(text: str) -> None:
    assert find_periods(text) == []


@pytest.mark.parametrize("text", ["2003년 3·4분기 매출", "1분기 동안 매출", "올 4분기 매출", "'03.2/4분기 매출", "3/4분기 연결재무제표 기준"])
def test_a_quarter_is_still_a_quarter(text: str) -> None:
    assert len(find_periods(text)) == 1


STREAK_ONLY = [
    # the streak's start is the only period of the sentence: its figure has none to be dated by
    "한빛상사의 매출은 2010년 2분기 이후 20분기 연속 증가해 1조200억원을 기록했다.\n",
    "한빛상사는 2010년 2분기부터 20분기 연속 흑자를 내며 영업이익 100억원을 기록했다.\n",
    "Quillon Widgets Ltd said its revenue rose for a 12th straight quarter since the June 2015 quarter "
    "to Rs 1,200 crore.\n",
    "Quillon Widgets Co. posted an operating profit of 100 billion won, up 10.2 percent from a year "
    "earlier, extending its growth streak to 33 consecutive quarters since the third quarter of 2005.\n",
]


@pytest.mark.parametrize("text", STREAK_ONLY)
def test_a_streak_start_dates_no_figure(text: str) -> None:
    assert not [f for f in _figures(text) if "2005" in f[2] or "2010" in f[2] or "2015" in f[2]]


def test_the_text_keeps_its_own_quarter_beside_a_streak() -> None:
    text = ("한빛상사는 2020년 3분기 영업이익이 100억원으로 작년 동기대비 10.2% 늘었다고 23일 밝혔다.\n"
            "한빛상사의 매출은 2005년 3분기 이후 33분기 연속, 영업이익은 2005년 1분기 이후 35분기 연속 증가했다. "
            "매출은 1조200억원이었다.\n")
    figures = _figures(text)
    assert ("OperatingIncomeLoss", "10000000000", "2020-07-01/2020-09-30") in figures
    assert ("Revenues", "1020000000000", "2020-07-01/2020-09-30") in figures
    assert not [f for f in figures if "2005" in f[2]]


def test_a_count_of_quarters_after_a_figure_is_not_its_quarter() -> None:
    text = ("한빛상사는 2020년 2분기 매출이 1조200억원을 기록했다고 밝혔다. "
            "영업이익은 100억원으로 3분기 연속 흑자를 이어갔다.\n")
    assert ("OperatingIncomeLoss", "10000000000", "2020-04-01/2020-06-30") in _figures(text)
