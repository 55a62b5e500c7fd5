"""A Korean market round-up ranking companies by a figure, with no registrant of its own: each
figure goes to the company its sentence lists it with (``CounterpartyAxis``), never undimensioned
as the registrant's, nor as a segment of the company named before ("매출액은 가람전자가
12조원으로 가장 많았고 새봄모터스 8조원, 한빛텔레콤 4조원 등이다").

Invented stories in the layout of Korean business papers' and news agencies' round-ups.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_press_release import context, extract_press_release  # noqa: E402

ROUND_UP = ("2031년 7월 15일\n"
            "상반기 실적을 낸 대형 상장사들의 매출이 크게 늘었다.\n"
            "거래소 집계로는 매출액은 가람전자가 12조3,456억원으로 가장 많았고 새봄모터스 8조1,234억원, "
            "한빛텔레콤 4조2,100억원 등의 순이었다.\n")


def _revenues(text: str, registrant: str | None) -> set[tuple[str, str | None, str | None]]:
    found = extract_press_release(context(text, registrant))
    return {(str(o.value), dict(o.dimensions).get("CounterpartyAxis"), dict(o.dimensions).get("SegmentAxis"))
            for o in found.observations if o.concept == "Revenues"}


@pytest.mark.parametrize("registrant", [None, "누리제철", "Nuri Steel"])
def test_each_ranked_figure_is_its_company_s(registrant: str | None) -> None:
    found = _revenues(ROUND_UP, registrant)
    assert found == {("12345600000000", "가람전자", None), ("8123400000000", "새봄모터스", None),
                     ("4210000000000", "한빛텔레콤", None)}, found


def test_the_registrant_ranked_among_others_keeps_its_figure() -> None:
    found = _revenues(ROUND_UP, "새봄모터스")
    assert ("8123400000000", None, None) in found, found
    assert ("12345600000000", "가람전자", None) in found, found


def test_a_company_s_parts_ranked_stay_its_segments() -> None:
    """"반도체가 ... 가장 많았고 디스플레이 5조1,234억원, 가전 2조원": the listed businesses are no
    companies of a ranking (a trade's word alone names a business)."""
    text = ("2031년 7월 15일\n가람전자는 상반기 매출이 20조원이라고 밝혔다. 부문별 매출은 반도체가 12조3,456억원으로 "
            "가장 많았고 디스플레이 5조1,234억원, 가전 2조원 순이었다.\n")
    found = _revenues(text, "가람전자")
    assert not any(member in ("디스플레이", "가전") for _, member, _ in found), found
