"""Two statements of one fact: the prose's rounded figure and the table's exact one merge into
the more precise fact; figures that disagree even once rounded keep the first and warn."""

from __future__ import annotations

from decimal import Decimal

from converter.pipeline import convert_text

RELEASE = """\
SEOUL, Korea, October 28, 2004 -- Dongseo Networks Co., Ltd. today announced its results for
the third quarter of 2004. Revenues for the third quarter of 2004 were KRW {prose} billion.

                              (In millions of Won)
                           3Q04          3Q03
Revenues                {table}       281,904
"""


def _revenues(text: str) -> tuple[list, tuple[str, ...]]:
    (converted,) = convert_text(text, "release.txt")
    facts = [f for f in converted.instance.facts if f.concept == "Revenues"]
    return facts, converted.warnings


def test_rounded_prose_and_exact_table_are_one_fact() -> None:
    facts, warnings = _revenues(RELEASE.format(prose="326.1", table="326,062"))
    assert not [w for w in warnings if "conflicting" in w], warnings
    q3 = [f for f in facts if f.context_id.endswith("20040930")]
    assert [(Decimal(f.value), f.decimals) for f in q3] == [(Decimal("326062000000"), "-6")]


def test_figures_that_disagree_once_rounded_are_reported() -> None:
    facts, warnings = _revenues(RELEASE.format(prose="329.5", table="326,062"))
    assert [w for w in warnings if "conflicting values for Revenues" in w], warnings
    assert len([f for f in facts if f.context_id.endswith("20040930")]) == 1


# A news lead's round figures and the body's exact ones, all read to 억 (decimals -8): the
# lead's trailing zeros show its rounding, so the body's figures are the facts.
NEWS_LEAD_AND_BODY = """\
한빛정밀이 2분기 영업이익 {lead_income}억원, 매출 3조2000억원을 기록했다.
한빛정밀은 2분기 잠정 실적을 발표하고 영업이익이 4312억원으로 지난해 같은 기간과 비교해 12.5% 늘었다고 밝혔다. 매출도 3조1964억원으로 지난해 2분기와 비교해 4.2% 올랐다.
"""


def _news_figures(text: str) -> dict[str, tuple[Decimal, str]]:
    (converted,) = convert_text(text, "news.txt")
    return {f.concept: (Decimal(f.value), f.decimals) for f in converted.instance.facts
            if f.concept in ("OperatingIncomeLoss", "Revenues")}


def test_round_lead_figure_gives_way_to_the_exact_body_figure() -> None:
    figures = _news_figures(NEWS_LEAD_AND_BODY.format(lead_income="4300"))
    assert figures == {"OperatingIncomeLoss": (Decimal("431200000000"), "-8"),
                       "Revenues": (Decimal("3196400000000"), "-8")}


def test_lead_figure_that_is_no_rounding_of_the_body_is_kept_and_warned() -> None:
    (converted,) = convert_text(NEWS_LEAD_AND_BODY.format(lead_income="4320"), "news.txt")
    assert [w for w in converted.warnings if "conflicting values for OperatingIncomeLoss" in w]
