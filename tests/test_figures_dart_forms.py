"""DART disclosure forms copied one cell per line: a row's lone label printed between bars
("| 종료일 |") has its value on the next line, as a label closed by one bar ("시작일 |") does; a
correction form opens with its date alone in a cell ("| 2021 년 4 월 9 일 |"). Invented
companies and figures, in the layout DART's viewer prints."""

from __future__ import annotations

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
