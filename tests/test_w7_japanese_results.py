"""Japanese results in running text (invented companies and figures): 億/万 amounts whose group
reads like a year ("393億2000万円"), the period a quarterly summary's quarter names (the year to
the quarter's end: "2030年3月期第3四半期"), and the dates a period phrase prints beside it
("(29.4.1~同12.31)"), which are the period's, not a figure of it."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from converter.model import Period
from converter.parse.periods import find_periods
from converter.pipeline import convert_text


def _facts(text: str) -> set[tuple[str, str, str]]:
    """(concept, value, 'start/end') of each fact without dimensions."""
    (converted,) = convert_text(text, "ja-news.txt")
    contexts = {c.id: c for c in converted.instance.contexts}
    out = set()
    for f in converted.instance.facts:
        c = contexts[f.context_id]
        if not c.dimensions and c.period.start is not None:
            out.add((f.concept, f.value, f"{c.period.start}/{c.period.end}"))
    return out


NEWS = ("このほど開かれた取締役会で2030年3月期第3四半期(29.4.1~同12.31)連結決算を承認した。"
        "売上高は1兆0234億2000万円(前年同期比8.1%増)。営業利益312億1900万円(同12.5%増)、"
        "経常利益298億0500万円(同3.3%減)、親会社株主に帰属する四半期純利益2000億円(同20.0%増)となった。\n"
        "通期では、売上高1兆4000億円(前年比5.0%増)を見込んでいる。\n")


def test_quarterly_results_in_prose() -> None:
    facts = _facts(NEWS)
    nine_months = "2029-04-01/2029-12-31"
    assert ("Revenues", "1023420000000", nine_months) in facts  # 2000万: a group, no year
    assert ("OperatingIncomeLoss", "31219000000", nine_months) in facts  # 1900万
    assert ("OrdinaryIncomeLoss", "29805000000", nine_months) in facts
    assert ("NetIncomeLoss", "200000000000", nine_months) in facts  # 2000億
    # the full year's figure is a forecast (見込んでいる): no fact
    assert not any(value == "1400000000000" for _, value, _ in facts)


@pytest.mark.parametrize("phrase, period", [
    ("2030年3月期第3四半期", Period(start=dt.date(2029, 4, 1), end=dt.date(2029, 12, 31))),
    ("2030年3月期第2四半期", Period(start=dt.date(2029, 4, 1), end=dt.date(2029, 9, 30))),
    ("2030年3月期第3四半期累計", Period(start=dt.date(2029, 4, 1), end=dt.date(2029, 12, 31))),
    ("2030年3月期第3四半期会計期間", Period(start=dt.date(2029, 10, 1), end=dt.date(2029, 12, 31))),
    ("2030年3月期第1四半期", Period(start=dt.date(2029, 4, 1), end=dt.date(2029, 6, 30))),
])
def test_fiscal_quarter_phrases(phrase: str, period: Period) -> None:
    (found,) = find_periods(phrase)
    assert (found.text, found.period) == (phrase, period)


def test_consolidated_cumulative_quarters_are_no_quarter() -> None:
    """当第3四半期連結累計期間: the quarters to date, never the third quarter alone."""
    (found,) = find_periods("当第3四半期連結累計期間")
    assert found.kind == "to_quarter"
