"""A Korean "각각" list of companies: "A와 B, C의 영업이익은 각각 X원, Y원, Z원" gives each company
the figure in its place. Only the registrant's figure is the registrant's; the others are left
unmapped as other companies'; where the counts differ, or the registrant is not listed, no figure
is read.

Invented stories in the layout of Korean business papers on several companies' results.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_press_release import context, extract_press_release  # noqa: E402

LEAD = "2034년 4월 27일\n가람전자는 올해 1분기 매출 4,310억원을 기록했다고 밝혔다.\n"
Q1 = "2034-01-01/2034-03-31"


def _operating(sentence: str) -> tuple[set[tuple[str, str, str]], list[str]]:
    found = extract_press_release(context(LEAD + sentence + "\n", "가람전자"))
    facts = {(str(o.value), str(o.period), str(o.dimensions)) for o in found.observations
             if o.concept == "OperatingIncomeLoss"}
    return facts, [m.text for m in found.unmapped]


@pytest.mark.parametrize("sentence, mine", [
    ("가람전자와 한빛화학, 누리바이오의 영업이익은 각각 520억원, 410억원, 90억원이었다.", "52000000000"),
    ("한빛화학과 가람전자, 누리바이오의 영업이익은 각각 410억원, 510억원, 90억원이었다.", "51000000000"),
    ("한빛화학 및 가람전자의 영업이익은 각각 410억원, 530억원으로 집계됐다.", "53000000000"),
])
def test_the_registrant_s_figure_is_the_one_in_its_place(sentence: str, mine: str) -> None:
    facts, unmapped = _operating(sentence)
    assert facts == {(mine, Q1, "()")}, facts
    assert "410억원" in unmapped, unmapped


@pytest.mark.parametrize("sentence", [
    "한빛화학과 가람전자의 영업이익은 각각 410억원, 90억원, 30억원이었다.",  # three figures, two companies
    "한빛화학과 누리바이오의 영업이익은 각각 410억원, 90억원이었다.",  # the registrant is not listed
])
def test_no_figure_where_the_list_does_not_tell_the_registrant_s(sentence: str) -> None:
    facts, _ = _operating(sentence)
    assert facts == set(), facts
