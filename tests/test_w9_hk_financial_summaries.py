"""Hong Kong financial summaries in traditional Chinese, as issuers' web pages print them: a
"|" table whose label column's heading says when the year ends (截至 6 月 30 日止年度), a change
column headed "+/(-)", sections whose headings state the unit of the rows under them ("經營業績
(HK$'000)", "每股數據 (港仙)"), per-share figures in Hong Kong cents. Invented company and figures
(``converter.extract.mechanisms.table_headings``, ``table_rows``, ``table_units``)."""

from __future__ import annotations

from decimal import Decimal

from converter.pipeline import convert_text

YEAR, BEFORE = "2024-07-01/2025-06-30", "2023-07-01/2024-06-30"


def _facts(text: str) -> set[tuple[str, Decimal, str, str]]:
    (converted,) = convert_text(text, "summary.txt")
    return {(o.concept, o.value, str(o.period), "HKD" if "HKD" in str(o.unit) else str(o.unit))
            for o in converted.extraction.observations if o.rule.startswith("table:")}


_SUMMARY = """財務摘要
| 截至 6 月 30 日止年度 | 2025 | 2024 | +/(-) |
| 經營業績 (HK$'000) | |||
| 年內利潤 | 41,210 | 38,804 | 6% |
| 股東應佔利潤 | 40,115 | 37,902 | 6% |
| 每股數據 (港仙) | |||
| 每股基本盈利 | 5.12 | 4.84 | 6% |
"""


def test_a_summary_whose_year_ends_in_june() -> None:
    """The years are those ended 30 June; the thousands of the section's heading and the cents of
    the per-share section are the rows' units."""
    facts = _facts(_SUMMARY)
    assert ("NetIncomeLoss", Decimal("40115000"), YEAR, "HKD") in facts
    eps = {(c, v, p) for c, v, p, _ in facts if c == "EarningsPerShareBasic"}
    assert eps == {("EarningsPerShareBasic", Decimal("0.0512"), YEAR), ("EarningsPerShareBasic", Decimal("0.0484"), BEFORE)}


def test_no_calendar_year_for_a_june_year() -> None:
    """Read without the label column's heading, 2025 would be the calendar year: never so."""
    assert not any(p.startswith("2025-01-01") for _, _, p, _ in _facts(_SUMMARY))


_FIVE_YEARS = """
截至12月31日止(百萬港元) | 2025 | 2024 | 2023 |
收入 | 8,410 | 7,925 | 7,330 |
除稅前盈利 | 912 | 870 | 795 |
每股盈利(港仙) | 21.40 | 19.85 | 18.02 |
"""


def test_a_summary_in_millions_of_dollars_with_cents_per_share() -> None:
    """"(百萬港元)" states the table's unit, "(港仙)" the per-share row's: cents, a hundredth of
    the dollar; 每股 says per share."""
    facts = _facts(_FIVE_YEARS)
    assert ("IncomeLossBeforeIncomeTaxes", Decimal("912000000"), "2025-01-01/2025-12-31", "HKD") in facts
    assert {(c, v) for c, v, p, _ in facts if c == "EarningsPerShareBasic" and p.startswith("2025")} == {
        ("EarningsPerShareBasic", Decimal("0.2140"))}
