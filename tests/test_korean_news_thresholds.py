"""Korean results news writes milestones with round figures: "매출 1조원 시대", "영업이익 2천억원대",
"1천억원의 벽을 넘었다", "2천억원에 육박", "1천억원 가까이". A band, a mark or a near miss is no
stated figure: it stays unmapped, the story's stated figures are read as before.

Invented stories in the layout of Korean business papers on quarterly results.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_press_release import context, extract_press_release  # noqa: E402

LEAD = "2034년 4월 27일\n누리바이오는 올해 1분기 실적을 발표했다.\n"


def _read(sentence: str) -> tuple[set[tuple[str, str]], list[str]]:
    found = extract_press_release(context(LEAD + sentence + "\n", "누리바이오"))
    return {(o.concept, str(o.value)) for o in found.observations}, [m.reason for m in found.unmapped]


@pytest.mark.parametrize("sentence", [
    "누리바이오는 1분기 매출 1조원 시대를 열었다.",
    "1분기 영업이익은 2천억원대를 기록했다.",
    "1분기 영업이익은 3천억원대로 집계됐다.",
    "1분기 영업이익이 2천억원에 육박했다.",
    "1분기 영업이익은 1천억원의 벽을 넘었다.",
    "1분기 영업이익은 1천억원 가까이 됐다.",
    "1분기 영업이익은 1천억원 문턱에 다가섰다.",
])
def test_a_milestone_is_no_figure(sentence: str) -> None:
    facts, reasons = _read(sentence)
    assert not [f for f in facts if f[0] in ("Revenues", "OperatingIncomeLoss")], facts
    assert any(r.startswith("a bound") for r in reasons), reasons


@pytest.mark.parametrize("sentence, fact", [
    ("1분기 매출은 4,321억원으로 전년 동기 대비 12% 늘었다.", ("Revenues", "432100000000")),
    ("1분기 매출은 전년 동기 3,900억원대비 10% 늘어난 4,321억원이다.", ("Revenues", "432100000000")),
])
def test_a_stated_figure_is_still_read(sentence: str, fact: tuple[str, str]) -> None:
    facts, _ = _read(sentence)
    assert fact in facts, facts
