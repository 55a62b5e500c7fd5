"""Results whose fiscal year does not end on December 31 (invented companies and figures).

A document that states its year end ("the year ended 30 June 2021", "FY2021 ended March 31,
2021") reports its year's figures on that fiscal year. One that names a fiscal year across two
calendar years ("2020/21 Interim Report") and states no year end cannot date its fiscal periods:
"2021 Annual Report" is not calendar 2021, and its figures stay unmapped with the reason.
"""

from __future__ import annotations

import datetime as dt

import pytest
from factlib import facts

from converter.pipeline import convert_text

FY_JUNE_2021 = "2020-07-01/2021-06-30"
FY_MARCH_2021 = "2020-04-01/2021-03-31"


def _converted(text: str):  # type: ignore[no-untyped-def]
    (converted,) = convert_text(text, "release.txt")
    return converted


def _figures(text: str) -> set[tuple[str, str, str]]:
    return {(f.concept, f.value, f.period) for f in facts(_converted(text)) if f.unit is not None}


DATED = [
    (  # the year end stated in a sentence of the document: the headings' year is that fiscal year
        "Annual Results\n\n2021 Annual Report\n\nThe Group's financial year ended 30 June 2021.\n\n"
        "Revenue amounted to HK$2,345 million\n\nProfit for the year amounted to HK$120 million\n",
        {("Revenues", "2345000000", FY_JUNE_2021), ("NetIncomeLoss", "120000000", FY_JUNE_2021)},
    ),
    (  # "FY2021 ended March 31, 2021": the label and its end date
        "Results\n\nIn FY2021 ended March 31, 2021, net sales were ¥234.5 billion and operating income "
        "was ¥12.3 billion.\n",
        {("Revenues", "234500000000", FY_MARCH_2021), ("OperatingIncomeLoss", "12300000000", FY_MARCH_2021)},
    ),
    (  # "the 2020/21 financial year" of a year ending June 30
        "Annual Results\n\nFor the 2020/21 financial year, revenue amounted to HK$2,345 million. "
        "The Group's financial year ended 30 June 2021.\n",
        {("Revenues", "2345000000", FY_JUNE_2021)},
    ),
    (  # an interim report of the six months ended December 31: the year ends in June
        "Annual and Interim Reports\n\n2021 Annual Report\n\nRevenue amounted to HK$2,345 million\n\n"
        "2020/21 Interim Report\n\nInterim results for the six months ended 31 December 2020: revenue "
        "amounted to HK$1,100 million\n",
        {("Revenues", "2345000000", FY_JUNE_2021), ("Revenues", "1100000000", "2020-07-01/2020-12-31")},
    ),
]


@pytest.mark.parametrize("text, expected", DATED)
def test_figures_on_the_stated_fiscal_year(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert _figures(text) == expected


UNSTATED = (
    "Annual and Interim Reports\n\n2021 Annual Report\n\nRevenue amounted to HK$2,345 million\n\n"
    "Cash balance at HK$410 million\n\nProposed final dividend per share at HK$0.12\n\n"
    "2020/21 Interim Report\n\nRevenue amounted to HK$1,100 million\n\n"
    "Interim dividend declared per share was HK$0.05\n"
)


def test_no_calendar_year_where_the_fiscal_year_end_is_unstated() -> None:
    converted = _converted(UNSTATED)
    dated = [f for f in facts(converted) if f.unit is not None and f.period != "forever"]
    assert dated == []
    reasons = {m.text: m.reason for m in converted.extraction.unmapped}
    assert "fiscal year whose end the document does not state" in reasons["HK$2,345 million"]


@pytest.mark.parametrize("text", [
    # (in rupees the year is India's statutory April-March one: test_periods_fiscal_labels)
    "Results\n\nFor the financial year 2020-21, revenue rose to S$2,345 million.\n",
    "Results\n\nFor FY2020/21, revenue rose to S$2,345 million. Profit for the year was S$120 million.\n",
])
def test_a_split_year_without_its_end_names_no_calendar_year(text: str) -> None:
    (converted,) = convert_text(text, "release.txt", date=dt.date(2021, 8, 20))
    assert [f for f in facts(converted) if f.unit is not None and f.period != "forever"] == []


def test_no_calendar_year_columns_where_the_fiscal_year_end_is_unstated() -> None:
    text = ("ACME Holdings Limited\n\nAnnual Results Highlights\n\n"
            "                                  2021          2020\n"
            "                             HK$ million   HK$ million\n"
            "Revenue                            2,345         2,100\n"
            "Profit for the year                  120           110\n\n"
            "Annual Report 2020/21\n")
    converted = _converted(text)
    assert [f for f in facts(converted) if f.unit is not None] == []
    assert {m.text for m in converted.extraction.unmapped} >= {"2,345", "2,100", "120", "110"}
