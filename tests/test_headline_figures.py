"""The headline figure of a measure, not a secondary one that names the same measure.

An adjusted measure ("operating income before special items", "영업이익(일회성 요인 제외)"), a
figure on the separate basis beside consolidated ones ("별도재무제표 기준 손익은 다음과 같습니다"),
a cumulative quarter's change ("the cumulative third quarter ... decreased 12.3%") and a change of
a loss ("전년대비 43% 손실폭이 줄었다") each name a measure's words without being that measure's
figure of the period: none may stand for it, nor win a conflict over it. The texts below are
written for these tests (invented companies and figures).
"""

from __future__ import annotations

import datetime as dt

import pytest
from factlib import facts

from converter.parse.periods import parse_period
from converter.pipeline import convert_text

STATED = "StatedPeriodAxis"


def _figures(text: str, date: dt.date | None = None) -> set[tuple[str, str, str, str]]:
    """(concept, value, period, dimensions) of the figures of a converted text."""
    (converted,) = convert_text(text, "article.txt", date=date)
    return {(f.concept, f.value, f.period, ";".join(f"{a}={m}" for a, m in f.dimensions) or "-")
            for f in facts(converted) if f.unit is not None}


def _unmapped(text: str, date: dt.date | None = None) -> dict[str, str]:
    (converted,) = convert_text(text, "article.txt", date=date)
    return {m.text: m.reason for m in converted.extraction.unmapped}


ADJUSTED = [
    (  # an English release: the measure before special items first, the measure itself after
        "Norland Chemicals Corporation reported its results for the first quarter ended June 30, 2023.\n\n"
        "Operating income before special items was 31.5 billion yen, a decrease of 12.1 billion yen, or "
        "27.8%, year on year.\n\n"
        "Operating income was 22.4 billion yen, a decrease of 15.0 billion yen, or 40.1%, year on year.\n",
        dt.date(2023, 8, 4),
        ("OperatingIncomeLoss", "22400000000", "2023-04-01/2023-06-30", "-"),
    ),
    (  # Korean: the measure with its exclusion in parentheses, then the measure itself
        "한빛화학은 1분기 영업이익(일회성 요인 제외)이 3천120억원을 기록했다고 밝혔다. "
        "1분기 영업이익은 2천450억원을 기록했다.\n",
        None,
        ("OperatingIncomeLoss", "245000000000", "forever", f"{STATED}=1분기"),
    ),
    (  # Korean: the exclusion written before the measure
        "한빛화학은 일회성 비용을 제외한 영업이익이 1분기 3천120억원을 기록했다고 밝혔다. "
        "1분기 영업이익은 2천450억원을 기록했다.\n",
        None,
        ("OperatingIncomeLoss", "245000000000", "forever", f"{STATED}=1분기"),
    ),
]


@pytest.mark.parametrize(("text", "date", "expected"), ADJUSTED)
def test_an_adjusted_measure_is_not_the_measure(text: str, date: dt.date | None,
                                                  expected: tuple[str, str, str, str]) -> None:
    found = {f for f in _figures(text, date) if f[0] == "OperatingIncomeLoss"}
    assert found == {expected}


def test_a_cumulative_quarter_is_not_the_quarter() -> None:
    """The cumulative third quarter's change stays with it; the three months' with the quarter."""
    text = ("Tamura Foods Co., Ltd. announced its financial results. The consolidated ordinary profit for the "
            "cumulative third quarter of the fiscal year ending March 2026 (April to December) decreased 12.3% "
            "from the same period last year to 8.55 billion yen.\n"
            "In the most recent three-month period, from October to December (3Q), the consolidated ordinary "
            "profit amounted to 4.38 billion yen, a 1.3% decrease compared to the same period last year.\n")
    found = _figures(text)
    assert ("OrdinaryIncomeLossPercentChange", "-0.123", "forever",
            f"ComparativePeriodAxis=-P1Y;{STATED}=cumulative third quarter") in found
    assert ("OrdinaryIncomeLoss", "4380000000", "forever", f"{STATED}=3Q") in found
    assert ("OrdinaryIncomeLossPercentChange", "-0.013", "forever", f"ComparativePeriodAxis=-P1Y;{STATED}=3Q") in found
    assert not {f for f in found if f[3].endswith("=third quarter")}


@pytest.mark.parametrize(("phrase", "period"), [
    ("the cumulative third quarter of 2025", "2025-01-01/2025-09-30"),
    ("the second quarter cumulative", "2025-01-01/2025-06-30"),
    ("Q3 net sales", "2025-07-01/2025-09-30"),
    ("net sales (2Q)", "2025-04-01/2025-06-30"),
    ("H1 revenue growth", "2025-01-01/2025-06-30"),
])
def test_cumulative_and_short_quarter_phrases(phrase: str, period: str) -> None:
    assert str(parse_period(phrase, document_date=dt.date(2025, 11, 10))) == period


LOSS_CHANGES = [
    (  # the change of the loss after the percentage, the operating income's named clauses before
        "세진테크(012340)는 작년 영업이익이 35억원으로 전년대비 120.5% 오르며 흑자전환했다고 공시했다.\n"
        "세진테크는 \"영업외비용 증가로 손실이 발생했지만 영업이익 증가로 인해 전년대비 38% 손실폭이 줄었다\"고 설명했다.\n",
        {("OperatingIncomeLossPercentChange", "1.205", "forever", f"ComparativePeriodAxis=-P1Y;{STATED}=작년")},
    ),
    (  # the loss named before its change
        "세진테크는 작년 영업이익이 35억원을 기록했다고 밝혔다. 영업이익 증가로 적자폭은 전년대비 38% 줄었다.\n",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "changes"), LOSS_CHANGES)
def test_a_change_of_the_loss_is_no_other_measures(text: str, changes: set[tuple[str, str, str, str]]) -> None:
    assert {f for f in _figures(text) if f[0].endswith("PercentChange")} == changes


SEPARATE = [
    (  # a DART form: consolidated table, then the separate-basis figures listed in a note
        "매출액 또는 손익구조 30%(대규모법인은 15%)이상 변동\n\n"
        "1. 재무제표의 종류 연결\n"
        "2. 매출액 또는 손익구조변동내용(단위: 원) 당해사업연도 직전사업연도 증감금액 증감비율(%)\n"
        "5. 이사회 결의일(결정일) 2024-02-20\n"
        "6. 기타 투자판단에 참고할 사항 1. 상기 주요 재무수치는 연결재무제표의 금액입니다.\n\n"
        "2. 당해 사업연도 별도재무제표 기준 손익은 다음과 같습니다.\n\n"
        "1) 매출액   : 52,114백만원\n"
        "2) 영업이익 :  3,208백만원\n"
        "3) 당기순이익 :2,977백만원\n\n"
        "3. 직전사업연도 재무수치는 직전사업연도 연결감사보고서 기준으로 작성되었습니다.\n",
        dt.date(2024, 2, 20),
        "52,114백만원",
    ),
    (  # an English release: consolidated figures, then a sentence on the non-consolidated basis
        "SEOUL, Korea, April 28, 2006 -- Daehan Networks Co., Ltd. announced its consolidated results "
        "for the first quarter of 2006. Consolidated revenues were KRW 812.4 billion in the first quarter "
        "of 2006.\n"
        "On a non-consolidated basis, revenues were KRW 640.2 billion in the first quarter of 2006.\n",
        None,
        "KRW 640.2 billion",
    ),
]


@pytest.mark.parametrize(("text", "date", "separate"), SEPARATE)
def test_separate_basis_figures_stay_unmapped(text: str, date: dt.date | None, separate: str) -> None:
    found = _figures(text, date)
    assert not {f for f in found if f[1] in ("52114000000", "640200000000")}
    assert "separate-basis" in _unmapped(text, date)[separate]


def test_separate_basis_figures_alone_are_the_documents() -> None:
    """A document that states no consolidated figure: its separate-basis ones are its figures."""
    text = ("매출액 또는 손익구조 30%(대규모법인은 15%)이상 변동\n\n"
            "2. 매출액 또는 손익구조변동내용(단위: 원) 당해사업연도 직전사업연도\n"
            "6. 당해 사업연도 별도재무제표 기준 손익은 다음과 같습니다.\n\n"
            "1) 매출액   : 52,114백만원\n"
            "2) 영업이익 :  3,208백만원\n")
    assert ("Revenues", "52114000000", "2023-01-01/2023-12-31", "-") in _figures(text, dt.date(2024, 2, 20))


FORM_ROWS = (  # a DART form copied from a web page: each row on one line, single spaces between cells
    "매출액 또는 손익구조 30%(대규모법인은 15%)이상 변동\n\n"
    "1. 재무제표의 종류 연결\n"
    "2. 매출액 또는 손익구조변동내용(단위: 원) 당해사업연도 직전사업연도 증감금액 증감비율(%)\n"
    "- 매출액 61,240,118,500 48,110,204,300 13,129,914,200 27.3\n"
    "- 영업이익 -2,310,455,120 4,870,320,610 -7,180,775,730 적자전환\n"
    "- 당기순이익 1,120,300,000 3,560,910,400 -2,440,610,400 -68.5\n"
    "- 대규모법인여부 미해당\n"
    "3. 재무현황(단위 : 원) 당해사업연도 직전사업연도\n"
    "- 자산총계 90,412,336,210 84,220,118,900\n"
    "- 자본총계 55,310,228,400 54,190,004,120\n"
    "4. 이사회 결의일(결정일) 2024-02-20\n"
    "5. 기타 투자판단에 참고할 사항 1. 상기 주요 재무수치는 연결재무제표의 금액입니다.\n\n"
    "2. 당해 사업연도 별도재무제표 기준 손익은 다음과 같습니다.\n\n"
    "1) 매출액 : 58,003백만원\n"
    "2) 영업이익 : 1,208백만원\n"
)


def test_a_form_table_of_one_line_per_row() -> None:
    """The consolidated table of the form, each column its year, the signs as printed; the
    separate-basis figures of the notes none of them."""
    found = _figures(FORM_ROWS, dt.date(2024, 2, 20))
    assert {f for f in found if f[0] in ("Revenues", "OperatingIncomeLoss", "NetIncomeLoss")} == {
        ("Revenues", "61240118500", "2023-01-01/2023-12-31", "-"),
        ("Revenues", "48110204300", "2022-01-01/2022-12-31", "-"),
        ("OperatingIncomeLoss", "-2310455120", "2023-01-01/2023-12-31", "-"),
        ("OperatingIncomeLoss", "4870320610", "2022-01-01/2022-12-31", "-"),
        ("NetIncomeLoss", "1120300000", "2023-01-01/2023-12-31", "-"),
        ("NetIncomeLoss", "3560910400", "2022-01-01/2022-12-31", "-"),
    }
    assert ("RevenuesPercentChange", "0.273", "2023-01-01/2023-12-31",
            "ComparativePeriodAxis=2022-01-01/2022-12-31") in found
    assert ("Assets", "90412336210", "2023-12-31", "-") in found
    assert ("StockholdersEquity", "54190004120", "2022-12-31", "-") in found


def test_a_row_line_without_period_columns_is_no_table() -> None:
    """Columns that name no two periods: which word is a cell and which the label's is not
    certain, so the rows are not read as a table."""
    text = FORM_ROWS.replace("당해사업연도 직전사업연도 증감금액", "금액 비고 증감금액").replace(
        "당해사업연도 직전사업연도\n", "금액 비고\n")
    assert not {f for f in _figures(text, dt.date(2024, 2, 20)) if f[0] in ("Revenues", "Assets")}


TREASURY_WEB_COPY = (  # a DART treasury-share notice copied from a web page: label cells keep their bars
    "자기주식 취득 결정\n"
    "| 1. 취득예정주식(주) |\n보통주식 |\n15,000\n| 기타주식 |\n-\n"
    "| 2. 취득예정금액(원) |\n보통주식 |\n612,000,000\n| 기타주식 |\n-\n"
    "| 3. 취득예상기간 |\n시작일 |\n2019년 03월 11일\n| 종료일 |\n2019년 06월 10일\n"
    "| 8. 취득 전&cr; 자기주식&cr; 보유현황 |\n"
    "배당가능이익&cr;범위 내 취득(주) |\n보통주식 |\n210,330\n비율(%) |\n9.8\n"
    "| 9. 취득결정일 |\n2019년 03월 08일\n"
    "| 11. 기타 투자판단에 참고할 사항 |\n"
    "- 1일 매수 주문 수량한도 : 1,500주&cr; ③ 발행주식총수의 1%&cr; : 18,207주\n"
)


def test_labels_of_a_web_copy_of_a_form() -> None:
    """A label cell closed by its bar ("시작일 |") and one holding DART's line-break entity
    ("배당가능이익&cr;범위 내 취득") are read as their words; "발행주식총수의 1%" is a share of
    the total, not the total."""
    found = {(c, v) for c, v, _, _ in _figures(TREASURY_WEB_COPY)}
    (converted,) = convert_text(TREASURY_WEB_COPY, "notice.txt")
    dates = {(f.concept, f.value) for f in facts(converted)}
    assert ("TreasuryShareAcquisitionStartDate", "2019-03-11") in dates
    assert ("TreasurySharesHeld", "210330") in found
    assert not {f for f in found if f[0] == "SharesOutstanding"}



PRE_TAX_ROW = (  # the form's pre-tax row: 법인세비용차감전계속사업이익, on the basis the form states
    "매출액 또는 손익구조 30%(대규모법인은 15%)이상 변동\n\n"
    "1. 재무제표의 종류 별도\n"
    "2. 매출액 또는 손익구조변동내용(단위: 원) 당해사업연도 직전사업연도 증감금액 증감비율(%)\n"
    "- 영업이익 4,120,300,000 2,810,450,000 1,309,850,000 46.6\n"
    "- 법인세비용차감전계속사업이익 -1,204,500,000 2,633,100,000 -3,837,600,000 적자전환\n"
    "- 당기순이익 -1,090,200,000 2,101,700,000 -3,191,900,000 적자전환\n"
    "- 대규모법인여부 미해당\n"
    "3. 이사회 결의일(결정일) 2024-02-20\n"
)


def test_the_pre_tax_row_of_a_form() -> None:
    """"법인세비용차감전계속사업이익": the income before income taxes of each year, as printed."""
    found = _figures(PRE_TAX_ROW, dt.date(2024, 2, 20))
    assert {f for f in found if f[0] == "IncomeLossBeforeIncomeTaxes"} == {
        ("IncomeLossBeforeIncomeTaxes", "-1204500000", "2023-01-01/2023-12-31", "-"),
        ("IncomeLossBeforeIncomeTaxes", "2633100000", "2022-01-01/2022-12-31", "-"),
    }
