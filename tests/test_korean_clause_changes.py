"""Korean changes clause by clause: each change goes the way of its own clause's verb and is
against its own clause's comparison.

"매출은 12.5% 늘고, 영업이익은 8.3% 줄었다": the sales rose, whatever verb the next clause ends
on; "지난해 3분기 ...보다는 4.96% 줄었고 전 분기 ...보다는 2.64% 감소했다": the quarter before is
the second change's comparison, not the first's. The texts below are written for these tests
(invented companies and figures).
"""

from __future__ import annotations

import pytest
from factlib import facts

from converter.extract.mechanisms.prose_comparisons import korean_clause_end
from converter.pipeline import convert_text

Q3 = "2026-07-01/2026-09-30"
Q3_BEFORE = "ComparativePeriodAxis=2025-07-01/2025-09-30"
Q2 = "ComparativePeriodAxis=2026-04-01/2026-06-30"
HEAD = "가람전자, 3분기 실적 발표\n\n2026년 10월 25일\n\n"


def _changes(sentence: str) -> set[tuple[str, str, str]]:
    """(concept, value, dimensions) of the percentage changes of a news story of one sentence."""
    (converted,) = convert_text(HEAD + sentence + "\n", "article.txt")
    return {(f.concept, f.value, ";".join(f"{a}={m}" for a, m in f.dimensions))
            for f in facts(converted) if f.concept.endswith("PercentChange") and f.period == Q3}


@pytest.mark.parametrize("sentence, expected", [
    ("가람전자는 3분기 매출이 1조원으로 전년 동기 대비 12.5% 늘고, 영업이익은 940억원으로 8.3% 줄었다고 25일 밝혔다.",
     {("RevenuesPercentChange", "0.125", Q3_BEFORE), ("OperatingIncomeLossPercentChange", "-0.083", Q3_BEFORE)}),
    ("가람전자는 3분기 매출이 2조원으로 전년 동기 대비 5.6% 줄고 영업이익은 830억원으로 3.3% 늘었다고 25일 밝혔다.",
     {("RevenuesPercentChange", "-0.056", Q3_BEFORE), ("OperatingIncomeLossPercentChange", "0.033", Q3_BEFORE)}),
    ("가람전자의 3분기 매출은 3천억원으로 전년 동기 대비 6.8% 늘고 영업이익은 300억원으로 7.4% 줄었다.",
     {("RevenuesPercentChange", "0.068", Q3_BEFORE), ("OperatingIncomeLossPercentChange", "-0.074", Q3_BEFORE)}),
    ("가람전자의 3분기 매출은 3천억원으로 전년 동기 대비 6.8% 늘었고 영업이익은 300억원으로 7.4% 떨어졌다.",
     {("RevenuesPercentChange", "0.068", Q3_BEFORE), ("OperatingIncomeLossPercentChange", "-0.074", Q3_BEFORE)}),
    ("가람전자의 3분기 매출은 2천억원으로 전년 동기 대비 1.5% 감소했고 영업이익은 90억원으로 21.7% 뛰었다.",
     {("RevenuesPercentChange", "-0.015", Q3_BEFORE), ("OperatingIncomeLossPercentChange", "0.217", Q3_BEFORE)}),
])
def test_a_change_goes_the_way_of_its_own_clause(sentence: str, expected: set) -> None:
    """"12.5% 늘고, ... 8.3% 줄었다": the first change rose ("늘고"), the second fell."""
    assert _changes(sentence) == expected


def test_a_later_clause_comparison_is_not_the_first_change_s() -> None:
    """"지난해 3분기 ...보다는 4.96% 줄었고 전 분기 ...보다는 2.64% 감소했다": the quarter before
    ("전 분기") and its figure are the second clause's; the first change is never against it."""
    found = _changes("가람전자의 3분기 매출액은 4조원으로 지난해 3분기 4조2100억원보다는 4.96% 줄었고 "
                     "전 분기 4조1600억원 보다는 2.64% 감소했다.")
    assert ("RevenuesPercentChange", "-0.0264", Q2) in found
    assert ("RevenuesPercentChange", "-0.0496", Q2) not in found


@pytest.mark.parametrize("text, clause", [
    ("12.5% 늘고, 영업이익은 8.3% 줄었다", "12.5% 늘고"),
    ("4.3% 증가했으나 영업이익은 2.6% 줄었다", "4.3% 증가했으나"),
    ("6.1% 늘었지만 순이익은 3% 줄었다", "6.1% 늘었지만"),
    ("6.8% 감소했으며 영업이익은 7.4% 늘었다", "6.8% 감소했으며"),
    ("6.1%, 영업이익 18%, 순이익은 12.4% 각각 증가했다", "6.1%, 영업이익 18%, 순이익은 12.4% 각각 증가했다"),
    ("재고는 5% 줄었다", "재고는 5% 줄었다"),  # (a noun ending in 고 ends no clause)
])
def test_korean_clause_end(text: str, clause: str) -> None:
    assert text[:korean_clause_end(text, 0, len(text))] == clause
