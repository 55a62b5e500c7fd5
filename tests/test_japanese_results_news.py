"""Short Japanese news items on a company's results: the period named by its months (4～9月期,
4〜12月期), the company as the lead's subject, and the decimal point that vertical typesetting
prints as the nakaguro ("12・7%"). Every document here is invented."""

from __future__ import annotations

import datetime as dt

import pytest

from converter.ingest import ingest_bytes
from converter.parse.periods import parse_period
from converter.pipeline import convert_text

STORY = """\
ミナセ光機、4～9月期は増収

2019年11月8日

ミナセ光機が発表した2019年4～9月期連結決算は、売上高が1兆2345億円（前年同期比12・7%増）、営業利益が456億円（同21・3%増）、純利益が234億円（同8・1%減）だった。
"""


def facts_of(text: str, name: str = "story.txt") -> dict[str, tuple[str, str]]:
    (converted,) = convert_text(text, name)
    periods = {c.id: str(c.period) for c in converted.instance.contexts}
    return {f.concept: (f.value, periods[f.context_id]) for f in converted.instance.facts}


@pytest.mark.parametrize("phrase, period", [
    ("2019年4～9月期", "2019-04-01/2019-09-30"),
    ("2019年4〜12月期", "2019-04-01/2019-12-31"),  # the wave dash U+301C
    ("2020年1～3月期", "2020-01-01/2020-03-31"),
    ("2019年10～3月期", None),  # a range past December names no year's months
])
def test_a_period_named_by_its_months(phrase: str, period: str | None) -> None:
    found = parse_period(phrase, document_date=dt.date(2019, 11, 8))
    assert (str(found) if found else None) == period


def test_a_results_story_gives_its_figures_periods_changes_and_company() -> None:
    facts = facts_of(STORY)
    assert facts["EntityRegistrantName"][0] == "ミナセ光機"
    assert facts["Revenues"] == ("1234500000000", "2019-04-01/2019-09-30")
    assert facts["OperatingIncomeLoss"] == ("45600000000", "2019-04-01/2019-09-30")
    assert facts["NetIncomeLoss"] == ("23400000000", "2019-04-01/2019-09-30")
    assert facts["RevenuesPercentChange"][0] == "0.127"  # 12・7%: the nakaguro is its decimal point
    assert facts["OperatingIncomeLossPercentChange"][0] == "0.213"
    assert facts["NetIncomeLossPercentChange"][0] == "-0.081"


def test_the_company_as_subject_of_the_verb() -> None:
    text = STORY.replace("ミナセ光機が発表した2019年4～9月期連結決算は、", "ミナセ光機は8日、2019年4～9月期連結決算を発表した。")
    assert facts_of(text)["EntityRegistrantName"][0] == "ミナセ光機"


@pytest.mark.parametrize("raw, clean", [
    ("前期比12・7%増", "前期比12.7%増"),
    ("前期比１２・７％増", "前期比12.7%増"),  # full-width figures too
    ("3･5倍に拡大", "3.5倍に拡大"),  # the half-width nakaguro
    ("1株当たり45・20円", "1株当たり45.20円"),
    ("1・2月の売上高", "1・2月の売上高"),  # January and February: a list, no decimal
    ("第1・2・3%", "第1・2・3%"),  # a run of marks lists
    ("スーパー・マーケット", "スーパー・マーケット"),
])
def test_the_nakaguro_decimal_point(raw: str, clean: str) -> None:
    assert ingest_bytes(raw.encode("utf-8"), "x.txt").documents[0].text == clean


ROUNDUP = """\
全産業、4～9月期の純利益8%増

2019年11月20日

本紙のまとめでは、4～9月期の純利益の合計額は9兆8765億円（前年同期比8%増）だった。
業種別にみると、製造業の純利益は4兆1234億円（5%減）にとどまった。非製造業は5兆7531億円（11%増）と伸びた。
"""


def test_a_roundup_of_many_companies_gives_no_company_figure() -> None:
    facts = facts_of(ROUNDUP, "roundup.txt")
    assert not {"NetIncomeLoss", "NetIncomeLossPercentChange", "EntityRegistrantName"} & set(facts)


def test_another_company_named_before_the_measure() -> None:
    text = STORY.replace("、純利益が234億円（同8・1%減）", "") + "同業のサクラ電機の2019年4～9月期の純利益は98億円だった。\n"
    facts = facts_of(text)
    assert facts["Revenues"][0] == "1234500000000"
    assert "NetIncomeLoss" not in facts  # the other company's
