"""Results news: a figure of a part of the business, a record counted from a past period, and an
analysts' estimate are none of them the company's result for the text's period.

Invented texts written in the layout of Korean and English business news and of a Hong Kong
interim results highlights box:
- an undated Korean article naming a past quarter with its year only as the point a record or a
  streak is counted from ("지난 2026년 2분기(…) 이후 7분기만에 최저치", "… 이후 처음 적자"):
  that year never dates the article's yearless quarter;
- a Korean change followed in its sentence by a clause naming another period with its figure
  ("…보다 41.5% 감소한 것으로, 역대 최고치였던 지난해 3분기(…)의"): the change is of the text's period;
- a segment as the subject: a Korean name ending in the letter of a particle ("게이트웨이 사업은"),
  an abbreviation before 부문 ("생활가전(HA) 부문은"), an English part as a clause's subject
  ("its network business unit recorded ... while raking in ...", "Its kitchen appliance company
  earned ..."), a part said to be a share of the whole ("X ( XS ), accounting for over 60% of
  Group revenue, increased by ...");
- a survey's estimate ("are set to post ..., a survey showed").
"""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_press_release import context, extract_press_release  # noqa: E402


def _facts(text: str, registrant: str | None = None) -> set[tuple]:
    found = extract_press_release(context(text, registrant))
    return {(o.concept, o.value, str(o.period), dict(o.dimensions).get("SegmentAxis"),
             dict(o.dimensions).get("StatedPeriodAxis")) for o in found.observations}


_RECORD_SINCE = ("1분기에는 수요 약세 영향을 받아 매출과 영업이익은 전년 동기 대비 각각 12.50%, 31.20% 감소했다.\n"
                 "전분기에 비해서도 21.4% 줄었다. 지난 2026년 2분기(3조1000억원) 이후 7분기만에 최저치다.\n"
                 "주력인 소재 사업에서 매출 6조2100억원, 영업이익 1조1300억원에 그쳤다. 소재 사업 영업이익은 지난해 같은 "
                 "기간보다 무려 41.5% 감소한 것으로, 역대 최고치였던 지난해 3분기(2조1500억원)의 3분의 1 수준이다.\n"
                 "게이트웨이 사업은 410억원의 영업손실을 내면서 지난 2025년 1분기(120억원) 이후 처음 적자를 기록했다.\n"
                 "이밖에 생활가전(HA) 부문은 지난해 같은 기간(150억원)의 2배 수준인 310억원의 영업이익을 기록했다.\n")


def test_a_past_period_a_record_is_counted_from_dates_no_yearless_quarter() -> None:
    """"지난 2026년 2분기(…) 이후 7분기만에 최저치": the article's "1분기" has no year (an undated
    article), so its figures are on the stated period axis, not in 2026 or 2025."""
    facts = _facts(_RECORD_SINCE)
    assert ("RevenuesPercentChange", Decimal("-0.1250"), "forever", None, "1분기") in facts, facts
    assert ("Revenues", Decimal("6210000000000"), "forever", "소재", "1분기") in facts, facts
    assert not [f for f in facts if f[2] != "forever" and f[2][:4] in ("2025", "2026") and f[1] > 0], facts


def test_a_change_is_not_of_the_period_a_later_clause_names() -> None:
    """"…보다 41.5% 감소한 것으로, 역대 최고치였던 지난해 3분기(2조1500억원)의 …": the change is the
    text's quarter's against a year before, not last year's third quarter's."""
    facts = _facts(_RECORD_SINCE)
    changes = {f for f in facts if f[0] == "OperatingIncomeLossPercentChange" and f[3] == "소재"}
    assert changes == {("OperatingIncomeLossPercentChange", Decimal("-0.415"), "forever", "소재", "1분기")}, facts


def test_a_korean_segment_subject_is_never_the_company_total() -> None:
    """"게이트웨이 사업은 410억원의 영업손실", "생활가전(HA) 부문은 … 310억원의 영업이익": the segment's."""
    facts = _facts(_RECORD_SINCE)
    assert ("OperatingIncomeLoss", Decimal("-41000000000"), "forever", "게이트웨이", "1분기") in facts, facts
    assert ("OperatingIncomeLoss", Decimal("31000000000"), "forever", "생활가전", "1분기") in facts, facts
    assert not [f for f in facts if f[0] == "OperatingIncomeLoss" and f[3] is None], facts


_UNITS = ("Hanbit Electronics said Tuesday its operating profit rose to 61.2 billion won in the second quarter "
          "of 2031, on revenue of 2.41 trillion won.\n"
          "Despite new handsets, Hanbit's network equipment business unit recorded an operating loss of 12.4 "
          "billion won while raking in 410.2 billion won in revenue.\n"
          "Its kitchen appliance company earned 820 billion won in revenue, up 4 percent from a year earlier.\n")


def test_an_english_part_as_a_clauses_subject_is_never_the_company_total() -> None:
    facts = _facts(_UNITS, "Hanbit Electronics")
    whole = {(f[0], f[1]) for f in facts if f[3] is None}
    assert ("Revenues", Decimal("2410000000000")) in whole, facts
    assert not whole & {("Revenues", Decimal("410200000000")), ("Revenues", Decimal("820000000000")),
                        ("RevenuesPercentChange", Decimal("0.04")), ("OperatingIncomeLoss", Decimal("-12400000000"))}, facts
    assert ("Revenues", Decimal("410200000000"), "2031-04-01/2031-06-30", "network equipment", None) in facts, facts
    assert ("Revenues", Decimal("820000000000"), "2031-04-01/2031-06-30", "kitchen appliance", None) in facts, facts


@pytest.mark.parametrize(("sentence", "member"), [
    ("The display division posted revenue of 410.2 billion won.", "display"),
    ("The company's mobile unit reported sales of 410.2 billion won.", "mobile"),
    ("Hanbit's chip business swung to a loss, recording revenue of 410.2 billion won.", "chip"),
])
def test_a_part_as_a_clauses_subject_in_its_forms(sentence: str, member: str) -> None:
    facts = _facts(_UNITS.split("\n")[0] + "\n" + sentence + "\n", "Hanbit Electronics")
    assert ("Revenues", Decimal("410200000000"), "2031-04-01/2031-06-30", member, None) in facts, facts


@pytest.mark.parametrize("sentence", [
    "The Korean company earned 820 billion won in revenue.",
    "The company posted revenue of 820 billion won.",
])
def test_the_company_itself_as_the_subject_is_the_total(sentence: str) -> None:
    facts = _facts("Hanbit Electronics said Tuesday it had results for the second quarter of 2031.\n" + sentence + "\n",
                   "Hanbit Electronics")
    assert ("Revenues", Decimal("820000000000"), "2031-04-01/2031-06-30", None, None) in facts, facts


def test_a_part_said_to_be_a_share_of_the_whole_is_the_part() -> None:
    """"Hotel Operations ( HO ), accounting for over 60% of Group revenue and operating profit,
    increased by 18% and 73% in revenue and operating profit respectively": the part's changes."""
    text = ("Hanbit Land Limited\nInterim Results Announcement for the six months ended 30 June 2031\n"
            "HIGHLIGHTS Total revenue increased by 12% to HK$1,234 million. Hotel Operations ( HO ), accounting "
            "for over 60% of Group revenue and operating profit, increased by 18% and 73% in revenue and operating "
            "profit respectively. However, a tax charge pared its profit growth.\n")
    facts = _facts(text, "Hanbit Land Limited")
    changes = {(f[0], f[1], f[3]) for f in facts if f[0].endswith("PercentChange")}
    assert changes == {("RevenuesPercentChange", Decimal("0.12"), None),
                       ("RevenuesPercentChange", Decimal("0.18"), "Hotel Operations"),
                       ("OperatingIncomeLossPercentChange", Decimal("0.73"), "Hotel Operations")}, facts


@pytest.mark.parametrize("sentence", [
    "Hanbit Motor and its affiliate Gaon are set to post an operating profit of 6.1 trillion won ($4.4 billion) "
    "in the second quarter on improved product mix, a survey showed on Sunday.",
    "Hanbit Motor is poised to post an operating profit of 6.1 trillion won in the second quarter.",
    "Hanbit Motor's operating profit came to 6.1 trillion won in the second quarter, according to a poll of "
    "analysts.",
])
def test_an_analysts_estimate_is_no_result(sentence: str) -> None:
    """"are set to post ..., a survey showed": an estimate, nor is its translation a result."""
    facts = _facts("July 21, 2031\n" + sentence + "\n", "Hanbit Motor")
    assert not [f for f in facts if f[0] == "OperatingIncomeLoss"], facts


def test_a_result_beside_an_estimate_word_is_still_a_result() -> None:
    facts = _facts("July 21, 2031\nHanbit Motor's operating profit came to 6.1 trillion won in the second quarter, "
                   "beating the market consensus.\n", "Hanbit Motor")
    assert ("OperatingIncomeLoss", Decimal("6100000000000"), "2031-04-01/2031-06-30", None, None) in facts, facts
