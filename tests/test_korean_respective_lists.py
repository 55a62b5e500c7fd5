"""Korean lists paired in order by 각각: the n-th measure takes the n-th amount and the n-th change.

"매출액과 순이익은 1,234억원, 87억원으로 전년 동기 대비 각각 12.5%, 30.2% 늘었다" (the amounts
listed before 각각, the changes after it), "영업이익과 경상이익은 각각 전년 동기 대비 5.5%, 7.7%
증가했다" (a comparison between 각각 and its list); lists of another number than the measures'
stay out. The texts below are written for these tests (invented companies and figures).
"""

from __future__ import annotations

import pytest
from factlib import facts

from converter.pipeline import convert_text

Q3 = "2026-07-01/2026-09-30"
HEAD = "가람전자, 3분기 실적 발표\n\n2026년 10월 25일\n\n"
# the amounts a sentence of changes alone refers to
AMOUNTS = "가람전자의 3분기 매출액은 2,100억원, 영업이익은 95억원, 당기순이익은 60억원, 경상이익은 80억원이었다.\n"


def _facts(sentence: str, before: str = "") -> set[tuple[str, str]]:
    """(concept, value) of the third quarter's results of a news story of one sentence (and the
    ``before`` it), those of ``before`` alone left aside."""
    found = []
    for text in (before, before + sentence + "\n"):
        (converted,) = convert_text(HEAD + text, "article.txt")
        found.append({(f.concept, f.value) for f in facts(converted) if f.period == Q3
                      and f.concept.endswith(("Revenues", "IncomeLoss", "PercentChange"))})
    return found[1] - found[0]


@pytest.mark.parametrize("sentence, expected", [
    ("가람전자의 3분기 매출액과 순이익은 1,234억원, 87억원으로 전년 동기 대비 각각 12.5%, 30.2% 늘었다.",
     {("Revenues", "123400000000"), ("NetIncomeLoss", "8700000000"),
      ("RevenuesPercentChange", "0.125"), ("NetIncomeLossPercentChange", "0.302")}),
    ("가람전자의 3분기 매출액과 영업이익은 2,100억원과 95억원으로 전년 동기보다 각각 4.5%, 8.1% 늘었다.",
     {("Revenues", "210000000000"), ("OperatingIncomeLoss", "9500000000"),
      ("RevenuesPercentChange", "0.045"), ("OperatingIncomeLossPercentChange", "0.081")}),
    (AMOUNTS + "영업이익과 당기순이익은 각각 전년 동기 대비 48.2%, 61.5% 증가했다.",
     {("OperatingIncomeLossPercentChange", "0.482"), ("NetIncomeLossPercentChange", "0.615")}),
    (AMOUNTS + "매출액과 영업이익이 각각 지난해 같은 기간보다 17.3%, 24.4% 증가했다.",
     {("RevenuesPercentChange", "0.173"), ("OperatingIncomeLossPercentChange", "0.244")}),
])
def test_the_nth_measure_takes_the_nth_amount_and_change(sentence: str, expected: set) -> None:
    before, _, sentence = sentence.rpartition("\n")
    assert _facts(sentence, before + "\n" if before else "") == expected


@pytest.mark.parametrize("sentence", [
    # three amounts for two measures
    "가람전자의 3분기 매출액과 순이익은 1,234억원, 87억원, 12억원으로 각각 12.5%, 30.2% 늘었다.",
    # three changes for two measures
    AMOUNTS + "영업이익과 경상이익은 각각 전년 동기 대비 5.5%, 7.7%, 9.1% 증가했다.",
])
def test_lists_of_another_number_stay_out(sentence: str) -> None:
    before, _, sentence = sentence.rpartition("\n")
    assert _facts(sentence, before + "\n" if before else "") == set()
