"""A Korean figure in parentheses glued to another company's name or to its measure is an aside
about that company ("같은 기간 누리은행은 순손실(3백86억원)을 냈다" in a story on 가람은행): its
figure on ``CounterpartyAxis``, never the story's company's. Glued to the story's own measure
("가람은행은 당기순손실(3백86억원)") it stays the story's own figure, read as before.

Invented stories in the layout of Korean business papers on banks' and companies' results.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_press_release import context, extract_press_release  # noqa: E402

LEAD = "2031년 11월 3일\n가람은행은 3분기에 1,234억원의 당기순이익을 냈다고 밝혔다. "


def _net_income(text: str, registrant: str | None) -> set[tuple[str, str | None]]:
    found = extract_press_release(context(text, registrant))
    return {(str(o.value), dict(o.dimensions).get("CounterpartyAxis")) for o in found.observations
            if o.concept == "NetIncomeLoss"}


@pytest.mark.parametrize("registrant", [None, "가람은행"])
@pytest.mark.parametrize("aside", [
    "같은 기간 누리은행은 순손실(3백86억원)을 냈다.",
    "누리은행도 순손실(3백86억원)을 냈다.",
    "이는 누리은행의 순손실(386억원)과 대조적이다.",
])
def test_an_aside_about_another_company(aside: str, registrant: str | None) -> None:
    found = _net_income(LEAD + aside + "\n", registrant)
    assert ("-38600000000", "누리은행") in found, found
    assert ("-38600000000", None) not in found, found
    assert ("123400000000", None) in found, found


@pytest.mark.parametrize("registrant", [None, "가람은행"])
def test_the_story_s_own_figure_in_parentheses_stays_its_own(registrant: str | None) -> None:
    """"가람은행은 3분기 당기순손실(3백86억원)": the story's company's loss, as before."""
    found = _net_income("2031년 11월 3일\n가람은행은 3분기 당기순손실(3백86억원)을 냈다고 밝혔다.\n", registrant)
    assert found == {("-38600000000", None)}, found
    found = _net_income("2031년 11월 3일\n가람은행은 상반기에 흑자를 냈으나 3분기에는 당기순손실(3백86억원)을 냈다.\n", registrant)
    assert found == {("-38600000000", None)}, found
