"""Figures of a document that states no date, whose period the text names without its year.

Web copies of news articles lose their date: "올 1분기 매출 2천1백억원" names a quarter of a year the
copy no longer says. Such a figure is reported for forever on ``StatedPeriodAxis`` with the
period as printed (less a this-year word: "올 1분기" and "1분기" are one quarter; less an English
lead: "For the year" and "in the full year" are one year, "first-quarter" and "the first quarter" one
quarter), its changes on ``ComparativePeriodAxis`` as an offset ("-P1Y"), never in a
dated context; plans and forecasts, which an undated text cannot tell from results by their
period, stay unmapped; with ``--date`` the same figures are dated and carry no stated period.
The articles below are written for these tests (invented companies and figures).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from arelle_support import assert_arelle_clean
from factlib import facts

from converter.pipeline import convert_text, write_converted

STATED = "StatedPeriodAxis"


def _figures(text: str, date: dt.date | None = None) -> set[tuple[str, str, str, str]]:
    """(concept, value, period, dimensions) of the figures of a converted article."""
    (converted,) = convert_text(text, "article.txt", date=date)
    return {(f.concept, f.value, f.period, ";".join(f"{a}={m}" for a, m in f.dimensions) or "-")
            for f in facts(converted) if f.unit is not None}


ARTICLES = [
    (  # a Korean web copy: the quarter "올 1분기", a change against the same quarter a year before
        "대한정밀 1분기 흑자 전환\n-\n공유\n-\n"
        "대한정밀은 올 1분기에 지난해 동기 대비 7.5% 늘어난 1천8백억원의 매출과 95억원의 영업이익을 "
        "냈다고 6일 밝혔다.\n"
        "회사는 올해 매출 8천억원을 목표로 하고 있다.\n",
        {("Revenues", "180000000000", "forever", f"{STATED}=1분기"),
         ("OperatingIncomeLoss", "9500000000", "forever", f"{STATED}=1분기"),
         ("RevenuesPercentChange", "0.075", "forever", f"ComparativePeriodAxis=-P1Y;{STATED}=1분기")},
    ),
    (  # the half and its second quarter; the quarter's change against the quarter before
        "한빛소재는 상반기 매출이 4천210억원으로 집계됐다고 밝혔다. "
        "2분기 영업이익은 전분기보다 12.4% 증가한 310억원을 기록했다.\n",
        {("Revenues", "421000000000", "forever", f"{STATED}=상반기"),
         ("OperatingIncomeLoss", "31000000000", "forever", f"{STATED}=2분기"),
         ("OperatingIncomeLossPercentChange", "0.124", "forever", f"ComparativePeriodAxis=-P3M;{STATED}=2분기")},
    ),
    (  # "올 상반기" first, "상반기" after (and "올해 2분기", "2분기"): one period, one member
        "서진반도체는 올 상반기 매출 2천340억원을 기록했다고 밝혔다. 상반기 영업이익은 180억원을 기록했다. "
        "올해 2분기 매출은 1천250억원으로 작년 2분기(1천100억원)보다 늘었고, 2분기 영업이익은 96억원을 기록했다.\n",
        {("Revenues", "234000000000", "forever", f"{STATED}=상반기"),
         ("OperatingIncomeLoss", "18000000000", "forever", f"{STATED}=상반기"),
         ("Revenues", "125000000000", "forever", f"{STATED}=2분기"),
         ("OperatingIncomeLoss", "9600000000", "forever", f"{STATED}=2분기")},
    ),
    (  # English: "the second quarter" without a year; the outlook is no result
        "NORTHWIND TELECOM REPORTS RESULTS\n\n"
        "Northwind Telecom Co., Ltd. said revenues for the second quarter were KRW 512.3 billion.\n"
        "The company aims for an operating profit of KRW 300 billion in the second half.\n",
        {("Revenues", "512300000000", "forever", f"{STATED}=second quarter")},
    ),
    (  # English: "first-quarter" then "the first quarter", "For the year" then "in the full year": one
        # member each; "in the year-earlier period" is the year before, not the text's year, so the
        # figure after it stays in the quarter
        "WESTBROOK FOODS POSTS RESULTS\n\n"
        "Westbrook Foods Co. said first-quarter revenue rose to KRW 48.2 billion, a gain of 12.1% from "
        "KRW 43.0 billion in the year-earlier period.\n"
        "The operating margin rose to 8.5% from 7.9% in the year-earlier period.\n"
        "Operating profit was KRW 4.1 billion. Net income for the first quarter was KRW 2.6 billion.\n"
        "For the year, revenue totaled KRW 190.5 billion. Net income in the full year was KRW 9.8 billion.\n",
        {("Revenues", "48200000000", "forever", f"{STATED}=first quarter"),
         ("RevenuesPercentChange", "0.121", "forever", f"ComparativePeriodAxis=-P1Y;{STATED}=first quarter"),
         ("OperatingIncomeLoss", "4100000000", "forever", f"{STATED}=first quarter"),
         ("NetIncomeLoss", "2600000000", "forever", f"{STATED}=first quarter"),
         ("Revenues", "190500000000", "forever", f"{STATED}=year"),
         ("NetIncomeLoss", "9800000000", "forever", f"{STATED}=year")},
    ),
    (  # a quarter's change against a quarter named beside it without its year: the quarter before
        # ("지난 2분기에 비해") is -P3M, the same quarter of last year ("작년 3분기보다") -P1Y; a first
        # quarter against a fourth, whose years the text leaves unsaid, stays unmapped
        "한빛통신은 3분기 EBITDA가 지난 2분기에 비해 45.2% 증가한 312억원을 기록했다고 밝혔다. "
        "매출은 작년 3분기보다 12.0% 늘어난 1,230억원이었다.\n",
        {("EBITDA", "31200000000", "forever", f"{STATED}=3분기"),
         ("EBITDAPercentChange", "0.452", "forever", f"ComparativePeriodAxis=-P3M;{STATED}=3분기"),
         ("Revenues", "123000000000", "forever", f"{STATED}=3분기"),
         ("RevenuesPercentChange", "0.12", "forever", f"ComparativePeriodAxis=-P1Y;{STATED}=3분기")},
    ),
    (
        "NORTHWIND TELECOM REPORTS RESULTS\n\n"
        "Northwind Telecom said third-quarter EBITDA rose 12.5% from the second quarter to KRW 42.1 billion.\n",
        {("EBITDA", "42100000000", "forever", f"{STATED}=third quarter"),
         ("EBITDAPercentChange", "0.125", "forever", f"ComparativePeriodAxis=-P3M;{STATED}=third quarter")},
    ),
    (
        "한빛통신은 1분기 영업이익이 4분기보다 20.5% 늘어난 312억원을 기록했다고 밝혔다.\n",
        {("OperatingIncomeLoss", "31200000000", "forever", f"{STATED}=1분기")},
    ),
    (  # forecasts only: a target, an expectation, a "will" sentence
        "서해화학은 하반기 매출 5천억원 달성을 예상한다.\n"
        "Seahaven Chemical expects sales of KRW 420 billion in the third quarter.\n"
        "하반기 영업이익은 400억원에 이를 것으로 보인다.\n"
        "증권가는 3분기 영업이익이 520억원에 달했을 것으로 관측했다.\n",
        set(),
    ),
]


@pytest.mark.parametrize("text, expected", ARTICLES)
def test_undated_figures_on_their_stated_period(text: str, expected: set[tuple[str, str, str, str]]) -> None:
    assert _figures(text) == expected


def test_the_users_date_places_them_in_their_calendar_period() -> None:
    text, _ = ARTICLES[0]
    got = _figures(text, date=dt.date(2004, 5, 6))
    assert ("Revenues", "180000000000", "2004-01-01/2004-03-31", "-") in got
    assert not any(STATED in dims for *_, dims in got)


def test_a_figure_of_the_period_before_is_not_reported_undated() -> None:
    """"전년동기(940억원)" is a figure of a period relative to the stated one: no member can say it."""
    text = "동해전자는 올 상반기 매출이 전년동기(940억원) 대비 29.1% 늘어난 1천214억원을 기록했다고 밝혔다.\n"
    got = _figures(text)
    assert ("Revenues", "121400000000", "forever", f"{STATED}=상반기") in got
    assert not any(value == "94000000000" for _, value, _, _ in got)


def test_stated_period_outputs_load_in_arelle_and_carry_the_axis(tmp_path: Path) -> None:
    (converted,) = convert_text(ARTICLES[0][0], "article.txt")
    paths = write_converted((converted,), tmp_path, ("xbrl", "ixbrl", "json", "csv"))
    for path in paths:
        if path.suffix in (".xml", ".xhtml"):
            assert_arelle_clean(path, inline=path.suffix == ".xhtml")
    (report,) = [p for p in paths if p.suffix == ".json" and not p.name.endswith("metadata.json")]
    dimensions = [f["dimensions"] for f in json.loads(report.read_text(encoding="utf-8"))["facts"].values()]
    revenue = next(d for d in dimensions if d["concept"] == "d2x:Revenues")
    assert revenue["d2x:StatedPeriodAxis"] == "1분기" and "period" not in revenue
