"""The count of own shares a retirement cancels (6-K decisions on the retirement of treasury shares,
DART 주식소각결정) is SharesToBeRetired and the original filing date of a corrected DART
disclosure (정정대상 공시서류의 최초제출일) OriginalFilingDate, never a near concept
(TreasurySharesToAcquire, ScheduleOriginalFilingDate); a retirement stating several classes gives
no count. A retirement's total par value is no par value per share. Invented documents, in the
layouts such notices are filed in."""

from __future__ import annotations

import pytest

from converter.pipeline import convert_text


RETIREMENT_EN = """Decision on Retirement of Treasury Shares

1. Number of shares to be retired: 1,234,567 shares of common stock
2. Total par value of shares to be retired: KRW 6,172,835,000
3. Scheduled date of retirement: March 15, 2031
4. Date of board resolution: March 2, 2031
"""

RETIREMENT_KO = """주식소각 결정
1. 소각할 주식의 종류와 수 | 보통주식 (주) | 1,234,567 |
| 종류주식 (주) | - |
2. 발행주식총수 | 보통주식 (주) | 50,000,000 |
3. 소각 예정일 | 2031-03-15 |
4. 이사회결의일(결정일) | 2031-03-02 |
"""

CORRECTION = """증권신고서(지분증권) 가람전자(주) 증권발행조건확정
금융위원회 귀중 2031년 10월 16일
회 사 명 : 가람전자(주)

1. 정정대상 신고서의 최초제출일 : 2031년 08월 18일

2. 정정사유 : 발행가액 확정에 따른 정정
"""


def _read(text: str) -> tuple[dict[str, object], list[tuple[str, str]]]:
    (converted,) = convert_text(text, "notice.txt")
    concepts = {o.concept: o.value for o in converted.extraction.observations}
    return concepts, [(m.text, m.reason) for m in converted.extraction.unmapped]


@pytest.mark.parametrize("text", [RETIREMENT_EN, RETIREMENT_KO], ids=["english", "korean"])
def test_shares_to_be_retired(text: str) -> None:
    concepts, unmapped = _read(text)
    assert str(concepts["SharesToBeRetired"]) == "1234567"
    assert not set(concepts) & {"TreasurySharesToAcquire", "TreasurySharesHeld", "SharesAcquired"}
    assert not [m for m in unmapped if m[0] == "1,234,567"]


def test_a_retirement_of_several_classes_gives_no_count() -> None:
    text = RETIREMENT_KO.replace("| 종류주식 (주) | - |", "| 종류주식 (주) | 40,000 |")
    concepts, unmapped = _read(text)
    assert "SharesToBeRetired" not in concepts
    assert {"1,234,567", "40,000"} <= {m[0] for m in unmapped}


def test_a_retirements_total_par_value_is_no_par_value_per_share() -> None:
    concepts, _ = _read(RETIREMENT_EN)
    assert "CommonStockParValuePerShare" not in concepts


@pytest.mark.parametrize("line", [
    "1. 정정대상 신고서의 최초제출일 : 2031년 08월 18일",
    "2. 정정대상 공시서류의 최초제출일 : 2031.08.18",
    "| 2. 정정대상 공시서류의 최초제출일 : | 2031년 8월 18일 |",
])
def test_a_corrections_original_filing_date_and_the_filer(line: str) -> None:
    text = CORRECTION.replace("1. 정정대상 신고서의 최초제출일 : 2031년 08월 18일", line)
    (converted,) = convert_text(text, "correction.txt")
    found = {o.concept: o.value for o in converted.extraction.observations}
    assert str(found["OriginalFilingDate"]) == "2031-08-18"
    assert "ScheduleOriginalFilingDate" not in found
    assert not converted.extraction.unmapped
    names = [o.value for o in converted.extraction.observations if o.concept == "EntityRegistrantName"]
    assert names == ["가람전자(주)"]
