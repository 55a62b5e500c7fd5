"""Comparisons of running text: which period, item and measure a compared figure is for.

A summary of interim results writes its comparatives with a bare year ("down from HKD 0.20 in
2021"): against a half year that is the same half of that year, not the whole year. The texts
below are written for these tests (invented companies and figures).
"""

from __future__ import annotations

import pytest
from factlib import facts

from converter.pipeline import convert_text

H1 = "2022-01-01/2022-06-30"
H1_BEFORE = "2021-01-01/2021-06-30"


def _figures(text: str) -> set[tuple[str, str, str, str]]:
    """(concept, value, period, dimensions) of the figures of a converted text."""
    (converted,) = convert_text(text, "article.txt")
    return {(f.concept, f.value, f.period, ";".join(f"{a}={m}" for a, m in f.dimensions) or "-")
            for f in facts(converted) if f.unit is not None}


HALF_YEAR_SUMMARY = (
    "Performance Overview - The group's revenue for the six months ended June 30, 2022, was HKD 412 "
    "million, a decrease of 12.5% compared to HKD 471 million in 2021[3] - The basic earnings per share "
    "decreased by 10.0% to HKD 0.18, down from HKD 0.20 in 2021[3]\n")


@pytest.mark.parametrize("expected", [
    ("Revenues", "412000000", H1, "-"),
    ("Revenues", "471000000", H1_BEFORE, "-"),
    ("RevenuesPercentChange", "-0.125", H1, f"ComparativePeriodAxis={H1_BEFORE}"),
    ("EarningsPerShareBasic", "0.18", H1, "-"),
    ("EarningsPerShareBasic", "0.2", H1_BEFORE, "-"),
])
def test_a_bare_year_compared_with_a_half_is_that_half(expected: tuple[str, str, str, str]) -> None:
    """"down from HKD 0.20 in 2021" in a text about a half year: the first half of 2021."""
    found = _figures(HALF_YEAR_SUMMARY)
    assert expected in found
    assert not {f for f in found if f[2] == "2021-01-01/2021-12-31" or "2021-12-31" in f[3]}


def test_a_bare_year_compared_with_a_year_stays_the_year() -> None:
    """"compared to HKD 471 million in 2021" beside a year's figure: the year 2021."""
    found = _figures("Revenue for the year ended December 31, 2022 was HKD 912 million, an increase of 8.0% "
                     "compared to HKD 844 million in 2021.\n")
    assert ("Revenues", "844000000", "2021-01-01/2021-12-31", "-") in found


# a summary's points run on one line, each closed by its source note ("[12]") and opened by " - "
SEGMENT_SUMMARY = (
    "Performance Overview - The group's revenue for the six months ended June 30, 2022, was HKD 412 "
    "million[3] Segments - The leasing business revenue increased by 15% to HKD 98.1 million[12] - Leasing "
    "business revenue was HKD 210.4 million, with EBITDA of HKD 180 million, representing a slight decline of "
    "2.2% and 3.9% respectively compared to the same period last year[17] - Catering business revenue "
    "recorded HKD 31.2 million, with an EBITDA loss of HKD 2.1 million, compared to revenue of HKD 40.5 "
    "million and an EBITDA loss of HKD 3.3 million in the same period last year[20]\n")


@pytest.mark.parametrize("expected", [
    # "decline of 2.2% and 3.9% respectively": the n-th change of the n-th figure of its own point
    ("RevenuesPercentChange", "-0.022", H1, f"ComparativePeriodAxis={H1_BEFORE};SegmentAxis=Leasing business"),
    ("EBITDAPercentChange", "-0.039", H1, f"ComparativePeriodAxis={H1_BEFORE};SegmentAxis=Leasing business"),
    # ", with EBITDA of": the segment's EBITDA, as is the next of its compared figures
    ("EBITDA", "180000000", H1, "SegmentAxis=Leasing business"),
    ("EBITDA", "-2100000", H1, "SegmentAxis=Catering business"),
    ("EBITDA", "-3300000", H1_BEFORE, "SegmentAxis=Catering business"),
    ("Revenues", "40500000", H1_BEFORE, "SegmentAxis=Catering business"),
])
def test_a_segments_point_keeps_its_figures(expected: tuple[str, str, str, str]) -> None:
    found = _figures(SEGMENT_SUMMARY)
    assert expected in found
    assert not {f for f in found if f[0].startswith("EBITDA") and "SegmentAxis" not in f[3]}


def test_a_group_measure_after_with_is_not_a_segments() -> None:
    """", with" after a figure of the whole company brings no segment along."""
    found = _figures("For the six months ended June 30, 2022, revenue was HKD 412 million, with EBITDA of "
                     "HKD 95 million.\n")
    assert ("EBITDA", "95000000", H1, "-") in found


@pytest.mark.parametrize(("text", "count"), [
    ("Revenue was HKD 412 million[3] - The basic earnings per share were HKD 0.18[3]", 2),
    ("Revenue was HKD 412 million[103] - EBITDA was HKD 95 million", 2),
    ("Revenue was HKD 412 million - EBITDA was HKD 95 million", 1),  # a dash alone ends no point
    ("Revenue (see note [3]) was HKD 412 million", 1),
])
def test_a_source_note_then_a_dash_ends_a_point(text: str, count: int) -> None:
    from converter.extract.mechanisms.sentences import sentences
    assert len(sentences(text)) == count


def test_a_superlative_is_no_segment() -> None:
    """"marked the biggest operating loss of": a ranking among companies, no part of one."""
    found = _figures("Seoul, July 30, 2024 -- Hanbit Motors reported its results for the second quarter of "
                     "2024. Hanbit Motors marked the biggest operating loss of 120.5 billion won in the second "
                     "quarter of 2024.\n")
    assert not {f for f in found if "SegmentAxis" in f[3]}


KOREAN_BRIEF = (
    "보람해운=올 3분기 영업이익이 증가세로 돌아섰다.\n\n"
    "보람해운은 올 3분기 영업이익이 812억원으로 전 분기 대비 12.5% 증가했다고 공시했다.\n\n"
    "한결조선=한결조선은 3분기에 2,410억원의 매출과 131억원의 영업이익을 냈다고 밝혔다.\n\n"
    "작년 동기와 비교해 매출은 12.2% 증가했지만 영업이익은 18.4% 감소했다.\n\n"
    "순이익도 95억원으로 21% 줄었다.\n\n"
    "누리소재=3분기 동안 152억원어치를 팔아 13억원의 영업이익을 남겼다.\n\n"
    "매출과 영업이익은 지난해 같은기간보다 각각 48.6%,112.7% 늘었다.\n")


@pytest.mark.parametrize(("name", "expected"), [
    # "한결조선=..." (a brief's item without its mark): the sentences after it are still its own
    ("한결조선", ("OperatingIncomeLossPercentChange", "-0.184")),
    ("한결조선", ("NetIncomeLoss", "9500000000")),
    ("한결조선", ("NetIncomeLossPercentChange", "-0.21")),
    # "각각 48.6%,112.7%": a list of percentages written without a space
    ("누리소재", ("RevenuesPercentChange", "0.486")),
    ("누리소재", ("OperatingIncomeLossPercentChange", "1.127")),
])
def test_a_korean_briefs_items_keep_their_company(name: str, expected: tuple[str, str]) -> None:
    found = _figures(KOREAN_BRIEF)
    assert {f[:2] for f in found if f"CounterpartyAxis={name}" in f[3]} >= {expected}
    own = {f[:2] for f in found if "CounterpartyAxis" not in f[3]}
    assert expected not in own


@pytest.mark.parametrize("text", ["매출=1,200억원", "영업이익=전년 대비 감소", "3분기=흑자 전환"])
def test_a_measures_label_is_no_briefs_item(text: str) -> None:
    from converter.extract.mechanisms.korean_subjects import korean_company_subject
    assert korean_company_subject(text) is None


@pytest.mark.parametrize(("sentence", "expected", "wrong"), [
    # "같은 기간 X% 증가하고, 전 분기 대비 흑자 전환": the comparison after the comma is the next clause's
    ("보람바이오는 지난 3분기 매출이 920억원으로 지난해 같은 기간보다 41.5% 늘었다고 공시했다. 영업이익은 "
     "118억원으로 같은 기간 62.4% 증가하고, 전 분기(37억원 적자) 대비 흑자 전환했다.\n",
     ("OperatingIncomeLossPercentChange", "0.624", "ComparativePeriodAxis=-P1Y"),
     ("OperatingIncomeLossPercentChange", "0.624", "ComparativePeriodAxis=-P3M")),
    # "2분기보다 4.1% 늘었지만 작년 동기보다는 5.7% 줄었다": each % with the comparison named before it
    ("보람해운은 올 3분기 영업이익이 812억원으로 전 분기 대비 12.5% 증가했다고 공시했다.\n\n"
     "매출은 7,320억원으로 2분기보다 3.1% 늘었지만 작년 동기보다는 4.7% 줄었다.\n",
     ("RevenuesPercentChange", "-0.047", "ComparativePeriodAxis=-P1Y"),
     ("RevenuesPercentChange", "0.031", "ComparativePeriodAxis=-P1Y")),
])
def test_a_korean_percent_takes_the_comparison_of_its_clause(sentence: str, expected: tuple, wrong: tuple) -> None:
    found = {(f[0], f[1], ";".join(d for d in f[3].split(";") if d.startswith("Comparative")))
             for f in _figures(sentence)}
    assert expected in found
    assert wrong not in found


@pytest.mark.parametrize("text, expected, wrong", [
    # "from X in 2023 to Y in 2024": X is at the end of 2023, Y at the end of 2024
    ("Financial Performance - The group's revenue for the year ended December 31, 2024 was HKD 5,321 million "
     "[3] Assets and Liabilities - Total assets decreased from HKD 311,245 million in 2023 to HKD 302,118 million in "
     "2024, a reduction of 2.93% [45] - The total liabilities decreased from HKD 41,235 million in 2023 to HKD "
     "39,870 million in 2024, a decline of 3.31% [45]\n",
     {("Liabilities", "41235000000", "2023-12-31", "-"), ("Liabilities", "39870000000", "2024-12-31", "-"),
      ("Assets", "311245000000", "2023-12-31", "-"), ("Assets", "302118000000", "2024-12-31", "-")},
     {("Liabilities", "41235000000", "2024-12-31", "-")}),
    # a part of a year named without its year, then "a year ago": that part of the year before
    ("Chennai, November 12, 2019\nHanbit Cements today reported a 41.5 per cent decline in its net profit to Rs 31.20 crore for "
     "the September quarter of the current fiscal.\nIt had reported a net profit of Rs 53.33 crore in the "
     "July-September quarter a year ago, Hanbit Cements informed BSE.\n",
     {("NetIncomeLoss", "533300000", "2018-07-01/2018-09-30", "-"),
      ("NetIncomeLoss", "312000000", "2019-07-01/2019-09-30", "-")},
     {("NetIncomeLoss", "533300000", "2019-07-01/2019-09-30", "-")}),
    ("Kestrel Labs on Monday said its profit after tax rose to Rs 77 crore for the first quarter ended June 30, "
     "2024. The drug maker had reported a profit after tax of Rs 41 crore in the April-June quarter of last "
     "fiscal.\n",
     {("NetIncomeLoss", "770000000", "2024-04-01/2024-06-30", "-"),
      ("NetIncomeLoss", "410000000", "2023-04-01/2023-06-30", "-")}, set()),
])
def test_a_figure_takes_the_period_stated_right_after_it(text: str, expected: set, wrong: set) -> None:
    """A compared figure whose own period follows it ("from HKD X million in 2023 to ...", "Rs X
    crore in the July-September quarter a year ago") is of that period, not the text's."""
    found = _figures(text)
    assert expected <= found, found
    assert not wrong & found


PERCENT_OF_ANOTHER_PERIOD = (
    "SEOUL, July 30, 2024 -- Hanil Steel Co. said its operating profit for the second quarter of 2024 rose 12.5 "
    "percent on year to 1.2 trillion won and its net profit rose 8.1 percent to 812 billion won.\n"
    "The operating profit and the net profit had a slower rise in the second quarter considering the fact that "
    "the figures in the first quarter rose 21.4 percent and 17.3 percent, respectively, from the same period "
    "last year.\n")


def test_a_percent_takes_the_period_its_own_clause_names() -> None:
    """"... in the second quarter considering the fact that the figures in the first quarter rose
    21.4 percent": the changes are the first quarter's, not the second's the sentence opens on."""
    found = _figures(PERCENT_OF_ANOTHER_PERIOD)
    q1, q2 = "2024-01-01/2024-03-31", "2024-04-01/2024-06-30"
    assert ("OperatingIncomeLossPercentChange", "0.214", q1, "ComparativePeriodAxis=2023-01-01/2023-03-31") in found
    assert ("NetIncomeLossPercentChange", "0.173", q1, "ComparativePeriodAxis=2023-01-01/2023-03-31") in found
    assert ("OperatingIncomeLossPercentChange", "0.125", q2, "ComparativePeriodAxis=2023-04-01/2023-06-30") in found
    assert not {f for f in found if f[1] in ("0.214", "0.173") and f[2] == q2}
