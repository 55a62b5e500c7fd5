"""Korean figure pairs "A에서 B으로": a measure went from A (an earlier period's level) to B (its
own period's). A is never the figure's own period's level: it is reported on the period the text
names for it (전년 동기, 전분기, 작년 1분기), else left unmapped; B is the level of the own period.
"매출이 1억3200만원 늘어" is a change, never the level. Invented companies and figures.
"""

from __future__ import annotations

import datetime as dt

import pytest
from factlib import facts

from converter.pipeline import convert_text

Q1_04 = "2004-01-01/2004-03-31"
Q1_03 = "2003-01-01/2003-03-31"
Q4_03 = "2003-10-01/2003-12-31"


def _figures(sentence: str) -> set[tuple[str, str, str]]:
    (converted,) = convert_text("한빛전자 실적\n\n" + sentence + "\n", "article.txt", date=dt.date(2004, 5, 4))
    return {(f.concept, f.value, f.period) for f in facts(converted) if f.unit is not None and not f.dimensions}


PAIRS = [
    (  # no comparison period named: the first figure stays unmapped, never the quarter's
        "한빛전자의 1분기 영업이익은 538억원에서 54억원으로 줄었다.",
        {("OperatingIncomeLoss", "5400000000", Q1_04)},
    ),
    (  # 전년 동기: the first is the same quarter's a year before, the second the quarter's own
        "한빛전자의 1분기 매출은 전년 동기 1,200억원에서 1,500억원으로 늘었다.",
        {("Revenues", "120000000000", Q1_03), ("Revenues", "150000000000", Q1_04)},
    ),
    (  # 전분기: the quarter before
        "한빛전자는 1분기 순이익이 전분기 120억원에서 150억원으로 늘었다고 밝혔다.",
        {("NetIncomeLoss", "12000000000", Q4_03), ("NetIncomeLoss", "15000000000", Q1_04)},
    ),
    (  # a dated period right before the first figure: its period
        "한빛전자의 1분기 당기순손실은 작년 1분기 538억원에서 54억원으로 줄었다.",
        {("NetIncomeLoss", "-53800000000", Q1_03), ("NetIncomeLoss", "-5400000000", Q1_04)},
    ),
    (  # the only period of the sentence dates the first figure: the text's quarter stays the second's
        "한빛전자는 1분기 매출이 3,493억원으로 집계됐다고 4일 밝혔다.\n\n당기순손실은 작년 1분기 538억원에서 "
        "54억원으로 줄었다.",
        {("Revenues", "349300000000", Q1_04), ("NetIncomeLoss", "-53800000000", Q1_03),
         ("NetIncomeLoss", "-5400000000", Q1_04)},
    ),
    (  # a change against the quarter before is no revenue
        "한빛전자의 1분기 매출은 3,493억원이다. 작년 4분기와 비교해서는 매출이 1억3200만원 늘어 동일한 수준이다.",
        {("Revenues", "349300000000", Q1_04)},
    ),
]


@pytest.mark.parametrize("sentence, expected", PAIRS)
def test_from_to_pairs(sentence: str, expected: set[tuple[str, str, str]]) -> None:
    assert _figures(sentence) == expected
