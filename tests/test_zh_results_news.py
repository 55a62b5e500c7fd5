"""Chinese results news: a figure, then the same period a year before in its own clause
("净利润为42亿元,去年同期为35亿元"), and stories giving several companies' results side by side.

Invented texts written in the layouts of such news (names and figures made up).
"""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_press_release import context, extract_press_release  # noqa: E402


def _facts(text: str, registrant: str | None = None) -> set[tuple[str, Decimal, str, str | None]]:
    found = extract_press_release(context(text, registrant))
    return {(o.concept, o.value, str(o.period), dict(o.dimensions).get("CounterpartyAxis"))
            for o in found.observations if isinstance(o.value, Decimal)}


# -- current, then the year before, in one sentence ------------------------------------------------

PRIOR_CLAUSE = ("瀚星科技公布2031年第二季度业绩\n\n"
                "2031年8月14日,瀚星科技公布截至2031年6月30日止第二季度未经审计财务业绩。"
                "第二季度归属于公司股东的净利润为人民币42亿元,去年同期为人民币35亿元,同比增长20%。"
                "第二季度营收为人民币310亿元，上年同期为人民币280亿元。\n")


def test_year_before_clause_takes_the_second_figure() -> None:
    """"X,去年同期为Y": X is the quarter's, Y the same quarter a year before; X never the year before's."""
    facts = _facts(PRIOR_CLAUSE)
    q2, q2_before = "2031-04-01/2031-06-30", "2030-04-01/2030-06-30"
    assert ("NetIncomeLoss", Decimal("4200000000"), q2, None) in facts
    assert ("NetIncomeLoss", Decimal("3500000000"), q2_before, None) in facts
    assert ("NetIncomeLoss", Decimal("4200000000"), q2_before, None) not in facts
    assert ("Revenues", Decimal("31000000000"), q2, None) in facts
    assert ("Revenues", Decimal("28000000000"), q2_before, None) in facts


YEAR_ON_YEAR = ("瀚星科技公布2031年上半年业绩\n\n"
                "2031年8月14日,瀚星科技公布上半年业绩。上半年营收为人民币240亿元,上一季度为人民币200亿元,"
                "同比增长10.4%。\n")


def test_year_on_year_change_is_against_the_year_before() -> None:
    """"同比增长10.4%" is against the same months a year before, though the sentence names the
    quarter before for another figure."""
    facts = {(c, v, p) for c, v, p, _ in _facts(YEAR_ON_YEAR) if c == "RevenuesPercentChange"}
    assert {p for _, _, p in facts} == {"2031-01-01/2031-06-30"}
    found = extract_press_release(context(YEAR_ON_YEAR))
    compared = {dict(o.dimensions).get("ComparativePeriodAxis") for o in found.observations
                if o.concept == "RevenuesPercentChange"}
    assert compared == {"2030-01-01/2030-06-30"}
