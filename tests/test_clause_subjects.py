"""Which company a clause of a results story is about: a division's figure is never the company's
own total, nor is a division the registrant.

Invented texts in the layouts of Korean and English business news: a division named with its
abbreviation or as the owner of a period's figure ("부품솔루션(PS) 부문 영업이익이", "나래사업부문의 2분기
매출은", "Its display arm saw").
"""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

from converter.extract.registrant_sentences import from_korean_subject

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_press_release import context, extract_press_release  # noqa: E402


def _facts(text: str, registrant: str | None = None):
    """(concept, value, counterparty, segment) of every fact, and the extraction."""
    found = extract_press_release(context(text, registrant))
    return found, {(o.concept, o.value, dict(o.dimensions).get("CounterpartyAxis"),
                    dict(o.dimensions).get("SegmentAxis")) for o in found.observations}


def _values(facts) -> set[Decimal]:
    return {value for _, value, _, _ in facts}


# --- form 3: a division's figure -----------------------------------------------------------------

DIVISIONS = ("가람화학은 2분기 매출이 3조1200억원으로 작년 같은 기간보다 10.5% 늘었다고 밝혔다.\n"
             "나래사업부문의 2분기 매출은 8800억원이었다.\n"
             "이 가운데 부품솔루션(PS) 부문 영업이익이 4100억원을 기록했다.\n")


def test_a_divisions_figure_is_on_the_segment_axis() -> None:
    """"나래사업부문의 2분기 매출은", "부품솔루션(PS) 부문 영업이익이": the division's, not the company's."""
    found, facts = _facts(DIVISIONS, "가람화학")
    assert ("Revenues", Decimal("3120000000000"), None, None) in facts
    assert ("Revenues", Decimal("880000000000"), None, "나래사업") in facts
    assert ("OperatingIncomeLoss", Decimal("410000000000"), None, "부품솔루션") in facts
    assert ("Revenues", Decimal("880000000000"), None, None) not in facts


def test_a_division_is_no_registrant() -> None:
    """A story opening on a division ("나래사업부문은 ... 밝혔다") names no registrant by it."""
    text = "나래사업부문은 2분기 매출 812억원을 기록했다고 밝혔다.\n작년보다 7.4% 늘었다.\n"
    assert from_korean_subject(text) is None


def test_an_english_arm_seeing_sales_fall_is_a_segment() -> None:
    """"Its display arm saw sales fall 10 percent to ...": the arm's sales."""
    text = ("Hanbit Steel Co. Reports Third Quarter Results\n\n"
            "SEOUL, Nov. 3 -- Hanbit Steel Co. said its net sales rose 12 percent to 4,200 billion won "
            "in the third quarter of 2000, from 3,750 billion won a year earlier.\n"
            "Its display arm saw sales fall 10 percent to 300 billion won in the first nine months of 2000.\n")
    found, facts = _facts(text, "Hanbit Steel Co.")
    assert ("Revenues", Decimal("300000000000"), None, "display") in facts
    assert ("Revenues", Decimal("300000000000"), None, None) not in facts
