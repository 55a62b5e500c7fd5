"""DART disclosure forms copied one cell per line: a row's lone label printed between bars
("| 종료일 |") has its value on the next line, as a label closed by one bar ("시작일 |") does; a
correction form opens with its date alone in a cell ("| 2021 년 4 월 9 일 |"). Invented
companies and figures, in the layout DART's viewer prints."""

from __future__ import annotations

import pytest
from factlib import facts

from converter.extract.mechanisms.labelled_items import read_items
from converter.map import lexical
from converter.pipeline import convert_text

TREASURY = ("자기주식 취득 결정\n| 1. 취득예정주식(주) |\n보통주식 |\n250,000\n| 기타주식 |\n-\n"
            "| 2. 취득예정금액(원) |\n보통주식 |\n512,500,000\n| 기타주식 |\n-\n"
            "| 3. 취득예상기간 |\n시작일 |\n2021년 04월 12일\n| 종료일 |\n2021년 07월 11일\n"
            "| 4. 보유예상기간 |\n시작일 |\n-\n| 종료일 |\n-\n| 5. 취득목적 |\n주가안정\n")


def test_a_lone_label_between_bars_takes_the_value_under_it() -> None:
    found = {v.concept: lexical(v.value) for v in read_items(TREASURY).values if v.value is not None}
    assert found["TreasuryShareAcquisitionStartDate"] == "2021-04-12"
    assert found["TreasuryShareAcquisitionEndDate"] == "2021-07-11"
    assert found["TreasurySharesToAcquire"] == "250000"


def test_a_label_with_a_neighbour_on_its_line_is_no_lone_label() -> None:
    text = "| 3. 취득예상기간 |\n| 시작일 | 종료일 |\n2021년 04월 12일\n"
    assert "TreasuryShareAcquisitionEndDate" not in {v.concept for v in read_items(text).values if v.value is not None}


CORRECTION = ("| 2021 년 4 월 9 일 |\n1. 정정대상 공시서류 : 주요사항보고서(유상증자결정)\n"
              "2. 정정대상 공시서류의 최초제출일 : 2021년 3월 2일\n3. 정정사항\n")


def test_a_form_opening_with_its_date_in_a_cell_is_dated_by_it() -> None:
    (converted,) = convert_text(CORRECTION, "form.txt")
    dates = {f.value for f in facts(converted) if f.concept == "DocumentDate"}
    assert dates == {"2021-04-09"}


def test_a_date_cell_under_the_first_line_is_a_column_heading() -> None:
    text = "한빛상사 재무상태표\n| 2021 년 3 월 31 일 |\n자산총계 |\n1,234\n"
    (converted,) = convert_text(text, "form.txt")
    assert "2021-03-31" not in {f.value for f in facts(converted) if f.concept == "DocumentDate"}


HOLDINGS = ("자기주식 취득 결정\n| 1. 취득예정주식(주) |\n보통주식 |\n250,000\n| 기타주식 |\n-\n"
            "| 8. 취득 전 자기주식 보유현황 |\n배당가능이익범위 내 취득(주) |\n보통주식 |\n{within}\n비율(%) |\n3.10\n"
            "| 기타주식 |\n-\n비율(%) |\n-\n| 기타취득(주) |\n보통주식 |\n{other}\n비율(%) |\n{ratio}\n"
            "| 기타주식 |\n-\n비율(%) |\n-\n| 9. 취득결정일 |\n2021년 04월 09일\n")


def _held(text: str) -> list[str]:
    return [lexical(v.value) for v in read_items(text).values if v.concept == "TreasurySharesHeld" and v.value is not None]


def test_the_parts_of_a_holding_are_summed() -> None:
    assert _held(HOLDINGS.format(within="512,300", other="20,150", ratio="0.12")) == ["532450"]


def test_a_holding_with_one_part_is_that_part() -> None:
    assert _held(HOLDINGS.format(within="512,300", other="-", ratio="-")) == ["512300"]


# -- a row label closing on '(주)' is the unit 주 (shares), not a company's legal form ----------

DISPOSAL = ("자기주식 처분 결정\n| 1. 처분예정주식(주) |\n보통주식 |\n84,000\n| 기타주식 |\n-\n"
            "| 2. 처분 대상 주식가격(원) |\n보통주식 |\n12,350\n| 기타주식 |\n-\n"
            "| 3. 처분예정금액(원) |\n보통주식 |\n1,037,400,000\n| 기타주식 |\n-\n"
            "| 4. 처분예정기간 |\n시작일 |\n2031년 03월 02일\n| 종료일 |\n2031년 06월 01일\n"
            "| 5. 처분목적 |\n임직원 상여\n| 6. 처분방법 |\n시장을 통한 매도(주) |\n-\n| 시간외대량매매(주) |\n-\n"
            "| 장외처분(주) |\n84,000\n| 기 타(주) |\n-\n"
            "| 8. 처분 전 자기주식 보유현황 |\n배당가능이익범위 내 취득(주) |\n보통주식 |\n310,200\n비율(%) |\n2.90\n"
            "| 기타주식 |\n-\n비율(%) |\n-\n| 기타취득(주) |\n보통주식 |\n-\n비율(%) |\n-\n"
            "| 9. 처분결정일 |\n2031년 02월 27일\n")


def _converted(text: str):  # type: ignore[no-untyped-def]
    (converted,) = convert_text(text, "form.txt")
    return converted


@pytest.mark.parametrize("text", [
    DISPOSAL,
    "자기주식 처분 결정\n6. 처분방법 | 시장을 통한 매도(주) | - |\n장외처분(주) | 84,000 |\n9. 처분결정일 | 2031-02-27 |\n",
    "주식 소각 결정\n1. 소각할 주식의 종류와 수 | 보통주식 (주) | 120,500 | |\n종류주식 (주) | 0 | ||\n"
    "소각할 주식(주) | 120,500 |\n",
])
def test_a_share_count_label_is_no_registrant(text: str) -> None:
    assert "EntityRegistrantName" not in {f.concept for f in facts(_converted(text))}


def test_a_name_with_its_legal_form_is_still_the_registrant() -> None:
    text = "가람전자(주)\n자기주식 처분 결정\n| 장외처분(주) |\n84,000\n"
    assert {f.value for f in facts(_converted(text)) if f.concept == "EntityRegistrantName"} == {"가람전자(주)"}


# -- the facts of common DART decisions: a concept where the taxonomy has one, else unmapped --------

def _unmapped(text: str) -> dict[str, str]:
    return {m.text: m.reason for m in _converted(text).extraction.unmapped}


def test_a_disposal_of_own_shares_states_the_holding_before_it() -> None:
    found = {f.concept: f.value for f in facts(_converted(DISPOSAL))}
    assert found["TreasurySharesHeld"] == "310200"
    assert "TreasurySharesToAcquire" not in found
    assert {k: found.get(k) for k in ("TreasurySharesToDispose", "TreasuryShareDisposalPrice",
                                      "TreasuryShareDisposalAmount", "TreasuryShareDisposalStartDate",
                                      "TreasuryShareDisposalEndDate", "TreasuryShareDisposalPurpose")} == {
        "TreasurySharesToDispose": "84000", "TreasuryShareDisposalPrice": "12350",
        "TreasuryShareDisposalAmount": "1037400000", "TreasuryShareDisposalStartDate": "2031-03-02",
        "TreasuryShareDisposalEndDate": "2031-06-01", "TreasuryShareDisposalPurpose": "임직원 상여"}
    assert not _unmapped(DISPOSAL)


CANCELLATION = ("주식 소각 결정\n1. 소각할 주식의 종류와 수 | 보통주식 (주) | 120,500 | |\n종류주식 (주) | 0 | ||\n"
                "2. 발행주식 총수 | 보통주식 (주) | 8,400,000 | |\n종류주식 (주) | 0 | ||\n"
                "3. 1주당 가액(원) | 500 | ||\n4. 소각예정금액(원) | 1,807,500,000 | ||\n"
                "7. 소각 예정일 | 2031-06-20 | ||\n9. 이사회결의일(결정일) | 2031-06-10 | ||\n")


def test_a_cancellation_of_shares_states_the_shares_to_be_retired() -> None:
    unmapped = _unmapped(CANCELLATION)
    assert "120,500" not in unmapped
    assert {f.value for f in facts(_converted(CANCELLATION)) if f.concept == "SharesToBeRetired"} == {"120500"}
    assert "소각예정금액" in unmapped["1,807,500,000"] and "소각 예정일" in unmapped["2031-06-20"]
    assert {f.value for f in facts(_converted(CANCELLATION)) if f.concept == "SharesOutstanding"} == {"8400000"}


def test_a_dividend_yield_is_reported_unmapped() -> None:
    text = ("현금ㆍ현물배당 결정\n| 1. 배당구분 | 결산배당 | ||\n| 3. 1주당 배당금(원) | 보통주식 | 150 | |\n"
            "| 4. 시가배당율(%) | 보통주식 | 2.3 | |\n| 종류주식 | - | ||\n| 5. 배당금총액(원) | 1,260,000,000 | ||\n"
            "| 6. 배당기준일 | 2030-12-31 | ||\n| 10. 이사회결의일(결정일) | 2031-02-10 | ||\n")
    assert "시가배당율" in _unmapped(text)["2.3"]
    assert {f.value for f in facts(_converted(text)) if f.concept == "DividendsDeclared"} == {"1260000000"}


def test_a_capital_increase_reports_its_new_shares_and_use_of_funds() -> None:
    text = ("주요사항보고서(유상증자결정)\n| 회 사 명 : | 가람바이오 주식회사 | |\n"
            "| 1. 신주의 종류와 수 | 보통주식 (주) | 1,250,000 |\n| 기타주식 (주) | - |\n"
            "| 4. 자금조달의 목적 | 시설자금 (원) | - |\n| 운영자금 (원) | 6,000,000,000 |\n")
    assert {f.value for f in facts(_converted(text)) if f.concept == "NewSharesToBeIssued"} == {"1250000"}
    unmapped = _unmapped(text)
    assert "1,250,000" not in unmapped and "운영자금" in unmapped["6,000,000,000"]


# a third-party allotment (유상증자 결정) copied one cell a line, as DART's viewer prints it
RIGHTS = ("유상증자 결정\n| 1. 신주의 종류와 수 |\n보통주식 (주) |\n1,240,000\n| 기타주식 (주) |\n-\n"
          "| 2. 1주당 액면가액 (원) |\n500\n| 3. 증자전 발행주식총수 (주) |\n보통주식 (주) |\n18,600,000\n"
          "| 기타주식 (주) |\n-\n| 5. 증자방식 |\n제3자배정증자\n| 6. 신주 발행가액 |\n보통주식 (원) |\n2,500\n"
          "| 기타주식 (원) |\n-\n| 7. 기준주가 |\n보통주식 (원) |\n2,770\n| 기타주식 (원) |\n-\n"
          "| 7-1. 기준주가 산정방법 |\n가중평균주가 기준\n"
          "| 7-2. 기준주가에 대한 할인율 또는 할증율 (%) |\n15\n| 9. 납입일 |\n2031년 05월 20일\n"
          "| 10. 신주의 배당기산일 |\n2031년 01월 01일\n| 11. 신주권교부예정일 |\n-\n"
          "| 12. 신주의 상장 예정일 |\n2031년 06월 09일\n| 15. 이사회결의일(결정일) |\n2031년 05월 08일\n"
          "| - 사외이사 참석여부 |\n참석 (명) |\n2\n| 불참 (명) |\n1\n| - 감사(감사위원) 참석여부 |\n참석\n")


def test_a_third_party_allotment_states_its_new_shares_price_and_schedule() -> None:
    found = {(f.concept, f.value, f.period) for f in facts(_converted(RIGHTS))}
    day = "2031-05-08/2031-05-08"  # the board's date, not the dividend start date at the form's foot
    assert found >= {("NewSharesToBeIssued", "1240000", day), ("NewShareIssuePrice", "2500", day),
                     ("NewShareReferencePrice", "2770", day), ("NewSharePaymentDate", "2031-05-20", day),
                     ("NewShareDividendStartDate", "2031-01-01", day), ("NewShareListingDate", "2031-06-09", day),
                     ("CommonStockParValuePerShare", "500", day), ("SharesOutstanding", "18600000", "2031-05-08"),
                     ("OutsideDirectorsPresent", "2", day), ("OutsideDirectorsAbsent", "1", day)}
    assert not {c for c, _, _ in found} & {"NewShareCertificateDeliveryDate", "DocumentDate"}


# a trust contract for the acquisition of own shares (자기주식취득 신탁계약 체결 결정)
TRUST = ("자기주식취득 신탁계약 체결 결정\n| 1. 계약금액(원) |\n2,000,000,000\n| 2. 계약기간 |\n시작일 |\n"
         "2031년 03월 04일\n| 종료일 |\n2031년 09월 03일\n| 3. 계약목적 |\n주가 변동성 완화\n| 4. 계약체결기관 |\n"
         "가람투자증권\n| 5. 계약체결 예정일자 |\n2031년 03월 04일\n| 6. 계약 전&cr; 자기주식&cr; 보유현황 |\n"
         "배당가능범위 내&cr;취득(주) |\n보통주식 |\n402,110\n비율(%) |\n2.41\n| 기타주식 |\n-\n비율(%) |\n-\n"
         "| 기타취득(주) |\n보통주식 |\n1,250\n비율(%) |\n0.01\n| 기타주식 |\n-\n비율(%) |\n-\n"
         "| 7. 이사회결의일(결정일) |\n2031년 03월 03일\n| - 사외이사참석여부 |\n참석(명) |\n3\n| 불참(명) |\n-\n"
         "| 8. 위탁투자중개업자 |\n가람투자증권\n9. 기타 투자판단에 참고할 사항\n| 항 목 |\n금 액 |\n"
         "| 5. 신탁계약의 계약금액 |\n500,000,000\n")


def test_a_trust_contract_for_own_shares_states_its_terms() -> None:
    found = {f.concept: f.value for f in facts(_converted(TRUST))}
    assert {k: v for k, v in found.items() if k.startswith(("TreasuryShareT", "TreasuryShareB", "Outside"))} == {
        "TreasuryShareTrustContractAmount": "2000000000", "TreasuryShareTrustContractStartDate": "2031-03-04",
        "TreasuryShareTrustContractEndDate": "2031-09-03", "TreasuryShareTrustContractPurpose": "주가 변동성 완화",
        "TreasuryShareTrusteeName": "가람투자증권", "TreasuryShareBrokerName": "가람투자증권",
        "OutsideDirectorsPresent": "3"}
    assert found["TreasurySharesHeld"] == "403360"  # both parts of the holding before the contract


def test_a_name_over_two_lines_of_a_dart_cell_is_one_name() -> None:
    """DART writes a break inside a cell as "&cr;", which web copies keep as text: the name is
    its two lines joined by a space, never the entity."""
    two_lines = TRUST.replace("| 4. 계약체결기관 |\n가람투자증권\n", "| 4. 계약체결기관 |\n가람투자증권&cr;(Garam Securities)\n")
    found = {f.concept: f.value for f in facts(_converted(two_lines))}
    assert found["TreasuryShareTrusteeName"] == "가람투자증권 (Garam Securities)"


# the English translation a Korean issuer files as a 6-K exhibit, one cell a line
DISPOSAL_EN = ('Decision on Disposal of Treasury Stock\n1. Number of shares to be disposed of\nCommon stock\n'
               '52,400\nDifferent classes of stocks\n-\n2. Disposal price of shares (KRW)\nCommon stock\n41,250\n'
               'Different classes of stocks\n-\n3. Estimated disposal amount (KRW)\nCommon stock\n2,161,500,000\n'
               'Different classes of stocks\n-\n4. Scheduled disposal period\nStart date\n2031-04-14\nEnd date\n'
               '2031-04-30\n5. Purpose of disposal\nFunding of the long-term incentive plan\n'
               '6. Disposal method\nDisposal in exchange (shrs.)\n-\nOthers (shrs.)\n52,400\n'
               '7. Entrusted brokerage company\nHanbit Securities Co., Ltd.\n'
               '8. Treasury stock holdings before disposal\n'
               'Acquisition within profits available for dividends (shrs.)\nCommon stock\n310,000\nRatio(%)\n'
               '1.55\nDifferent classes of stocks\n-\nRatio(%)\n-\nAcquisition for other reasons (shrs.)\n'
               'Common stock\n4,120\nRatio(%)\n0.02\nDifferent classes of stocks\n-\nRatio(%)\n-\n'
               '9. Date of board resolution (decision date)\n2031-04-11\n- Attendance of outside directors\n'
               'Present (No.)\n4\nAbsent (No.)\n1\n')


def test_an_english_disposal_of_treasury_stock_states_its_terms() -> None:
    found = {f.concept: f.value for f in facts(_converted(DISPOSAL_EN))}
    assert {k: found.get(k) for k in ("TreasurySharesToDispose", "TreasuryShareDisposalPrice", "TreasuryShareDisposalAmount",
                                      "TreasuryShareDisposalStartDate", "TreasuryShareDisposalEndDate",
                                      "TreasuryShareBrokerName", "TreasurySharesHeld", "OutsideDirectorsPresent",
                                      "OutsideDirectorsAbsent")} == {
        "TreasurySharesToDispose": "52400", "TreasuryShareDisposalPrice": "41250",
        "TreasuryShareDisposalAmount": "2161500000", "TreasuryShareDisposalStartDate": "2031-04-14",
        "TreasuryShareDisposalEndDate": "2031-04-30", "TreasuryShareBrokerName": "Hanbit Securities Co., Ltd.",
        "TreasurySharesHeld": "314120", "OutsideDirectorsPresent": "4", "OutsideDirectorsAbsent": "1"}
    assert "EntityRegistrantName" not in found  # the broker under its item's label is no letterhead


def test_a_convertible_bond_states_its_coupon_not_its_yield_to_maturity() -> None:
    text = ("주요사항보고서(전환사채권발행결정)\n금융위원회 / 한국거래소 귀중 | 2031년 05월 12일 | |\n"
            "회 사 명 : | 주식회사 가람전자 | |\n2. 사채의 권면(전자등록)총액 (원) | 4,200,000,000 | |||\n"
            "3. 자금조달의 목적 | 시설자금 (원) | - | ||\n운영자금 (원) | 3,100,000,000 | |||\n"
            "4. 사채의 이율 | 표면이자율 (%) | 1.5 | ||\n만기이자율 (%) | 3.5 | |||\n"
            "5. 사채만기일 | 2034년 05월 14일 | |||\n")
    found = {f.concept: f.value for f in facts(_converted(text))}
    assert found["DebtInstrumentInterestRate"] == "0.015"
    assert "운영자금" in _unmapped(text)["3,100,000,000"]
