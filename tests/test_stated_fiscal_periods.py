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
from converter.parse.periods import parse_period

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
    one member with the quarter."""
    facts = _by_concept(KO_STORY.format(date=""))
    members = {v: dict(dims).get("StatedPeriodAxis") for v, _, dims in facts["OperatingIncomeLoss"]}
    assert members == {Decimal("31200000000"): "지난 3분기", Decimal("87400000000"): "3분기 누계"}

