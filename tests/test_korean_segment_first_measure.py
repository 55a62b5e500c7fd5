"""A Korean segment named with a sentence's first measure ("소재부문 매출은 1조원, 영업이익은
560억원") heads the measures after it in the sentence: their figures are the segment's, never the
whole company's. A measure the text marks as the whole ("전체 영업이익") stays the company's.

Invented stories in the layout of Korean business papers on segments' results.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_press_release import context, extract_press_release  # noqa: E402

LEAD = "2034년 4월 27일\n한빛화학은 올해 1분기 실적을 발표했다.\n"


def _operating(sentence: str) -> set[tuple[str, str]]:
    found = extract_press_release(context(LEAD + sentence + "\n", "한빛화학"))
    return {(str(o.value), dict(o.dimensions).get("SegmentAxis", "")) for o in found.observations
            if o.concept == "OperatingIncomeLoss"}


@pytest.mark.parametrize("sentence", [
    "소재부문 매출은 1조 2000억원, 영업이익은 560억원이었다.",
    "소재 부문 매출은 1조 2000억원이고 영업이익은 560억원이다.",
    "소재부문 매출액은 1조 2000억원·영업이익은 560억원으로 집계됐다.",
    "소재부문 매출은 1조 2000억원으로 전년 동기보다 3% 감소했고, 영업이익은 560억원으로 나타났다.",
])
def test_the_next_measure_is_the_segment_s(sentence: str) -> None:
    assert _operating(sentence) == {("56000000000", "소재")}


def test_a_measure_of_the_whole_stays_the_company_s() -> None:
    found = _operating("소재부문 매출은 1조 2000억원으로 3% 감소했고, 전체 영업이익은 560억원이었다.")
    assert ("56000000000", "소재") not in found, found
