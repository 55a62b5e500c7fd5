"""Korean results news measures a record from a past period ("2031년 3분기(2천억원) 이후 최대")
and compares with a figure of the year before ("작년 1분기 300억원보다"). Neither past period is
the story's: a change the sentence states ("전년 동기 대비 12% 늘었다") is of the story's own
period, compared with the year before it, and the sentences after it go on in the story's period.

Invented stories in the layout of Korean business papers on quarterly results.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_press_release import context, extract_press_release  # noqa: E402

LEAD = "2034년 4월 27일\n가람전자는 올해 1분기 매출 4,200억원, 영업이익 520억원을 기록했다고 밝혔다.\n"
OWN, YEAR_BEFORE = "2034-01-01/2034-03-31", "2033-01-01/2033-03-31"


def _facts(text: str) -> set[tuple[str, str, str, str]]:
    found = extract_press_release(context(text, "가람전자"))
    return {(o.concept, str(o.value), str(o.period), dict(o.dimensions).get("ComparativePeriodAxis", ""))
            for o in found.observations}


@pytest.mark.parametrize("sentence", [
    "영업이익은 2031년 3분기(610억원) 이후 최대치로, 작년 동기 대비 12.5% 증가했다.",
    "2031년 3분기에 기록한 610억원 이후 가장 많은 영업이익으로, 전년 동기보다 12.5% 늘었다.",
    "영업이익이 2031년 3분기 이후 최대인 520억원을 기록해 전년 동기 대비 12.5% 늘었다.",
])
def test_a_change_after_a_record_s_starting_point_is_the_story_s(sentence: str) -> None:
    facts = _facts(LEAD + sentence + "\n")
    changes = {f for f in facts if f[0] == "OperatingIncomeLossPercentChange"}
    assert changes == {("OperatingIncomeLossPercentChange", "0.125", OWN, YEAR_BEFORE)}, facts


def test_the_record_s_starting_figure_keeps_its_own_period() -> None:
    facts = _facts(LEAD + "영업이익은 2031년 3분기(610억원) 이후 최대치로, 작년 동기 대비 12.5% 증가했다.\n")
    assert ("OperatingIncomeLoss", "61000000000", "2031-07-01/2031-09-30", "") in facts, facts


@pytest.mark.parametrize("compared", ["작년 1분기 310억원보다", "지난해 1분기 310억원에 비해", "작년 1분기 310억원 대비"])
def test_a_compared_figure_s_period_does_not_become_the_story_s(compared: str) -> None:
    """"영업이익은 작년 1분기 310억원보다 12% 늘었다": the next sentence's "전년 동기" is still
    against the year before the story's quarter (the compared figure itself is left unmapped)."""
    facts = _facts(LEAD + f"영업이익은 {compared} 67.7% 늘었다.\n매출은 전년 동기 대비 10.5% 증가했다.\n")
    assert ("RevenuesPercentChange", "0.105", OWN, YEAR_BEFORE) in facts, facts
    assert not [f for f in facts if f[2] == YEAR_BEFORE and f[0] == "RevenuesPercentChange"], facts
