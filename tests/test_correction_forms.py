"""Correction forms ([기재정정] DART 정정신고, 6-K "Correction of Disclosure"): the original
filing's date is OriginalFilingDate, and DART's letter-spaced column headings ("정 정 전 | 정 정
후") put the value before the correction aside as superseded and the value after it as the fact.
Invented documents, in the layouts such forms are filed in."""

from __future__ import annotations

import pytest

from converter.pipeline import convert_text

KOREAN = """| 2031년 5월 20일 |
1. 정정대상 공시서류 : 주요사항보고서(전환사채권 발행결정)
2. 정정대상 공시서류의 최초제출일 : 2031년 5월 9일
3. 정정사항
| 항 목 | 정정사유 | {before} | {after} |
|---|---|---|---|
| 4. 사채의 이율 | 표면이자율(%) | 조건 조정 | 1.0 | 2.5 | |
| 만기이자율(%) | 3.0 | 4.0 | |||
| 5. 사채만기일 | 일정 조정 | 2034년 06월 12일 | 2034년 07월 14일 |
"""

ENGLISH = """Correction of Disclosure: Decision on Issuance of Convertible Bonds

1. Title of the disclosure subject to correction : Decision on Issuance of Convertible Bonds
2. Date of the original disclosure : May 9, 2031
3. Reason for correction : Change in the schedule
"""


def _read(text: str) -> tuple[dict[str, str], dict[str, str]]:
    (converted,) = convert_text(text, "correction.txt")
    facts = {o.concept: str(o.value) for o in converted.extraction.observations}
    return facts, {m.text: m.reason for m in converted.extraction.unmapped}


@pytest.mark.parametrize(("before", "after"), [("정 정 전", "정 정 후"), ("정정 전", "정정 후"), ("정정전", "정정후")])
def test_the_corrected_values_are_the_facts(before: str, after: str) -> None:
    facts, unmapped = _read(KOREAN.format(before=before, after=after))
    assert facts["OriginalFilingDate"] == "2031-05-09"
    assert facts["DebtInstrumentMaturityDate"] == "2034-07-14"
    assert facts["DebtInstrumentInterestRate"] == "0.025"
    assert "superseded" in unmapped["2034년 06월 12일"] and "superseded" in unmapped["1.0"]


def test_the_english_forms_original_disclosure_date() -> None:
    facts, _ = _read(ENGLISH)
    assert facts["OriginalFilingDate"] == "2031-05-09"
    assert "ScheduleOriginalFilingDate" not in facts
