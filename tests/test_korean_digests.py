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


@pytest.mark.parametrize("phrase", ["3·4분기", "3/4분기", "3ㆍ4분기", "3∙4분기", "지난 3·4분기", "올 3ㆍ4분기"])
def test_a_quarter_written_with_its_of_four_is_one_member(phrase: str) -> None:
    assert stated_member(phrase) == "3분기"


def test_a_quarter_written_with_a_bullet_operator_is_that_quarter() -> None:
    """"3∙4분기" (U+2219 for the middle dot) is the third quarter, not the fourth."""
    found, facts = _facts("누리금융그룹은 올 3∙4분기 5,200억원의 당기순이익을 올렸다고 밝혔다.", "누리금융그룹")
    assert ("NetIncomeLoss", Decimal("520000000000"), None, None, "3분기") in facts
