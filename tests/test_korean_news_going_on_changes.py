"""Korean results news states a quarter's figure, then its changes in a sentence of comparisons
only ("전 분기 대비로는 7.4%, 작년 같은 분기 대비로는 13.8% 증가했다"): they are that figure's, against
the quarter before and the same quarter a year before. "3분기까지 4분기 연속으로" is a streak whose
last quarter is the third, not the nine months to its end.

Invented stories in the layout of Korean business papers on quarterly results.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_press_release import context, extract_press_release  # noqa: E402

DATED = "2034년 10월 27일\n"
Q3, Q2, Q3_BEFORE = "2034-07-01/2034-09-30", "2034-04-01/2034-06-30", "2033-07-01/2033-09-30"


def _facts(text: str) -> set[tuple[str, str, str, str]]:
    found = extract_press_release(context(text, "한빛화학"))
    return {(o.concept, str(o.value), str(o.period), "; ".join(f"{a}={m}" for a, m in o.dimensions))
            for o in found.observations}


def test_a_sentence_of_comparisons_gives_the_changes_of_the_figure_before() -> None:
    facts = _facts(DATED + "한빛화학의 3분기 영업이익은 1천234억원으로 집계됐다. "
                   "전 분기 대비로는 7.4%, 작년 같은 분기 대비로는 13.8% 증가했다.\n")
    assert ("OperatingIncomeLossPercentChange", "0.074", Q3, f"ComparativePeriodAxis={Q2}") in facts, facts
    assert ("OperatingIncomeLossPercentChange", "0.138", Q3, f"ComparativePeriodAxis={Q3_BEFORE}") in facts, facts


@pytest.mark.parametrize("before", [
    "한빛화학의 3분기 영업이익은 1천234억원, 매출은 9천870억원이다. ",  # two measures: whose change?
    "한빛화학의 3분기 영업이익은 1천234억원이다.\n",  # another paragraph
])
def test_no_changes_where_the_figure_before_is_not_one_measure_s(before: str) -> None:
    facts = _facts(DATED + before + "작년 같은 분기 대비로는 13.8% 증가했다.\n")
    assert not [f for f in facts if f[0].endswith("PercentChange")], facts


def test_a_streak_through_a_quarter_is_no_cumulative_period() -> None:
    """Undated: the figures after the streak are still the quarter's (on StatedPeriodAxis)."""
    facts = _facts("한빛화학의 3분기 영업이익은 1천234억원으로 집계됐다. 영업이익은 3분기까지 4분기 연속으로 늘었다.\n"
                   "매출은 9천870억원을 보였다.\n")
    assert ("Revenues", "987000000000", "forever", "StatedPeriodAxis=3분기") in facts, facts
    assert not [f for f in facts if "누적" in f[3]], facts
