"""Korean digests of many companies' results (the securities pages' round-ups).

Invented texts in the layouts of Korean business news: a market's digest whose lead states the
market's sums and whose later paragraphs name companies (no registrant), a round-up of several
companies' quarters none of which its lead makes the story's (no registrant either; each figure
its own company's), a company's run of figures that ends where a sentence names another company
as its subject, a share price quoted after a company's name ("(24,550원 ▼50 -0.20%)"), the
items between operating and net profit named with their amounts (특별이익, 지분법이익, 외환차익:
no net profit, no segment), a year-before period word that holds within its sentence, and a
quarter written with its "of four" ("3·4분기", "3∙4분기": the member "3분기").
"""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

import pytest

from converter.extract.mechanisms.stated_periods import stated_member
from converter.extract.registrant_sentences import from_korean_subject

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_press_release import context, extract_press_release  # noqa: E402


def _facts(text: str, registrant: str | None = None):
    """(concept, value, counterparty, segment, stated period) of every fact, and the extraction."""
    found = extract_press_release(context(text, registrant))
    return found, {(o.concept, o.value, dict(o.dimensions).get("CounterpartyAxis"),
                    dict(o.dimensions).get("SegmentAxis"), dict(o.dimensions).get("StatedPeriodAxis"))
                   for o in found.observations}


@pytest.mark.parametrize("sentence", [
    "순이익은 특별이익 45억원, 지분법이익 12억원 덕분에 늘었다.",
    "가람전자의 상반기 지분법 평가순이익은 45억원이었다.",
    "상반기 순이익이 외환차익 45억원으로 흑자 전환했다.",
    "영업외수익은 45억원으로 늘었다.",
])
def test_an_item_between_operating_and_net_profit_is_neither_net_profit_nor_a_segment(sentence: str) -> None:
    """특별이익, 지분법 (평가)이익, 외환차익, 영업외수익 with their amounts: no net income, no
    segment of it; the taxonomy has no concept for them, so their figures stay unmapped."""
    text = f"가람전자는 상반기 매출 320억원을 기록했다고 14일 밝혔다. {sentence}"
    found, facts = _facts(text, "가람전자")
    assert not any(concept == "NetIncomeLoss" for concept, *_ in facts)
    assert any(m.text == "45억원" for m in found.unmapped)


@pytest.mark.parametrize("phrase", ["3·4분기", "3/4분기", "3ㆍ4분기", "3∙4분기", "지난 3·4분기", "올 3ㆍ4분기"])
def test_a_quarter_written_with_its_of_four_is_one_member(phrase: str) -> None:
    assert stated_member(phrase) == "3분기"


def test_a_quarter_written_with_a_bullet_operator_is_that_quarter() -> None:
    """"3∙4분기" (U+2219 for the middle dot) is the third quarter, not the fourth."""
    found, facts = _facts("누리금융그룹은 올 3∙4분기 5,200억원의 당기순이익을 올렸다고 밝혔다.", "누리금융그룹")
    assert ("NetIncomeLoss", Decimal("520000000000"), None, None, "3분기") in facts
