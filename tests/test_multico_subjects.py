"""Whose figures a text about several companies states, and figures that are no results.

Invented texts written in the layouts of news about several companies: serial paragraphs with
each company's stock code, a results brief with one company per "◆X=" item, a market's aggregate
with a sub-group ("금융업 41개사"), a group and its affiliate named in apposition, a broadcast about
two companies ("X Electronics' operating profit"), a digest of firms named "A & B"; and figures
that are no result: the effect of a cause on a measure ("영업이익을 2000억원 깎아먹은"), an
estimate ("...으로 추정된다"), a bound after an article ("more than a 1 trillion won profit"),
and a list of periods with their figures ("1분기 315억원, 2분기 176억원").
"""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

import pytest

from converter.extract.mechanisms.figure_segments import english_segment
from converter.extract.mechanisms.sentences import Sentence
from converter.extract.registrant_sentences import from_korean_subject

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_press_release import context, extract_press_release  # noqa: E402


def _facts(text: str, registrant: str | None = None):
    found = extract_press_release(context(text, registrant))
    return found, {(o.concept, o.value, dict(o.dimensions).get("CounterpartyAxis"),
                    dict(o.dimensions).get("SegmentAxis")) for o in found.observations}


def _whole(facts, concept: str) -> set[Decimal]:
    """The values of ``concept`` given as the registrant's own (no company, no segment)."""
    return {v for c, v, party, segment in facts if c == concept and party is None and segment is None}


# -- whose figure ---------------------------------------------------------------------------------

SERIAL = ("한빛조선이 영업이익 흑자 달성에 실패했다. 한빛조선은 올 1·4분기 연결 기준 263억원의 영업손실을 낸 것으로 "
          "잠정 집계됐다고 4일 밝혔다. 1·4분기 매출은 3조5,321억원을 기록했다.\n"
          "가온물류(012340)는 올 1·4분기 연결기준 영업이익이 전년 동기 대비 11.8% 증가한 532억원을 기록했다고 "
          "밝혔다.\n"
          "새봄식품(045670)은 1·4분기 연결기준 영업이익이 전년 동기보다 0.37% 줄어든 277억원을 기록했다. "
          "같은 기간 매출액은 15.94% 늘어난 5,636억원이며 당기순이익은 6.67% 줄어든 203억원이었다.\n")


def test_serial_paragraphs_with_stock_codes_are_other_companies() -> None:
    """"가온물류(012340)는": a name with its six-digit stock code is a company; its paragraph's
    figures and changes are its own, not the registrant's."""
    found, facts = _facts(SERIAL, "한빛조선")
    assert _whole(facts, "OperatingIncomeLoss") == {Decimal("-26300000000")}
    assert not _whole(facts, "OperatingIncomeLossPercentChange")
    assert not _whole(facts, "RevenuesPercentChange") and not _whole(facts, "NetIncomeLossPercentChange")
    assert ("OperatingIncomeLossPercentChange", Decimal("-0.0037"), "새봄식품", None) in facts
    assert ("RevenuesPercentChange", Decimal("0.1594"), "새봄식품", None) in facts


BRIEF = ("[실적 브리프] 대한교육, 영업익 늘어\n\n"
         "◆대한교육=지난 1분기 영업이익과 순이익이 작년 같은 기간보다 두 배 이상 증가했다. 영업이익은 246억원,"
         "순이익은 211억원에 달했다. ◆새봄제지=1분기 영업이익이 전년 동기보다 1.6% 감소한 112억원에 그쳤다. "
         "매출액도 1천75억원으로 4.2% 늘었다. ◆가온섬유=1분기 매출액은 1조872억원으로 작년 같은 기간보다 "
         "7.9% 증가했다. 반면 순이익은 43.5% 늘어난 252억원으로 집계됐다.\n")


def test_a_brief_with_one_company_per_item_names_no_registrant_figure() -> None:
    """"◆X=": each item of a results brief is one company's; with no registrant known, none of
    them is reported as the registrant's."""
    found, facts = _facts(BRIEF)
    assert not facts
    assert any("may not be the registrant" in m.reason and m.text == "112억원" for m in found.unmapped)


AGGREGATE = ("한빛금융지주는 3분기 누적 영업이익이 4조1200억원으로 집계됐다고 밝혔다.\n"
             "이와 함께 금융업 41개사의 3분기 누적 영업이익은 39조8712억원으로 전년 동기 대비 10.46% 증가했다. "
             "순이익은 29조5531억원으로 8.17% 늘었다.\n")


def test_the_sum_of_a_number_of_companies_is_not_the_registrants() -> None:
    """"금융업 41개사의 영업이익": the figures of a count of companies (and the sentences going on
    about them) are an aggregate, never the registrant's."""
    found, facts = _facts(AGGREGATE, "한빛금융지주")
    assert _whole(facts, "OperatingIncomeLoss") == {Decimal("4120000000000")}
    assert not _whole(facts, "OperatingIncomeLossPercentChange") and not _whole(facts, "NetIncomeLossPercentChange")
    assert not _whole(facts, "NetIncomeLoss")


def test_an_english_count_of_companies_is_not_the_registrant() -> None:
    text = ("Hanil Steel Co. said its operating profit for the first quarter of 2024 was 4.1 trillion won.\n\n"
            "The 614 listed companies' combined operating profit rose 65% from a year earlier to 155.6 trillion "
            "won in the first quarter of 2024.\n")
    found, facts = _facts(text, "Hanil Steel Co.")
    assert _whole(facts, "OperatingIncomeLoss") == {Decimal("4100000000000")}
    assert not _whole(facts, "OperatingIncomeLossPercentChange")
    assert any(m.text == "155.6 trillion won" and "a sum over companies" in m.reason for m in found.unmapped)


GROUP = ("Daehan Group, the seventh-largest conglomerate in the country, said Friday that its operating profit "
         "for the first quarter spiked to 848.5 billion won, up 186 percent on-year.\n"
         "Daehan Solar, the solar-to-chemical unit of the group, registered a record figure in net profit worth "
         "385.2 billion won. Daehan Aero, the aviation unit of the group, logged a record revenue of 1.21 "
         "trillion won.\n")


def test_an_affiliate_named_as_the_groups_unit_is_another_company() -> None:
    """"X Solar, the solar unit of the group, registered ...": the affiliate shares the group's
    name but its figures are its own."""
    found, facts = _facts(GROUP)
    assert not _whole(facts, "NetIncomeLoss") and not _whole(facts, "Revenues")
    assert ("NetIncomeLoss", Decimal("385200000000"), "Daehan Solar", None) in facts


BROADCAST = ("Hanil Electronics' operating profit decreased by 69% compared to the same period last year.\n\n"
             "Hanil Electronics' operating profit in the fourth quarter of last year was 4.3 trillion won.\n\n"
             "Daebo Electronics also posted annual sales of 83.4 trillion won, the highest ever.\n")


def test_two_companies_of_a_broadcast_named_by_a_plural_possessive() -> None:
    """"Hanil Electronics' operating profit": a company's (plural) possessive, not a segment
    "Hanil Electronics'"; with two companies and no registrant, neither is reported as it."""
    found, facts = _facts(BROADCAST)
    assert not facts
    assert sum("may not be the registrant" in m.reason for m in found.unmapped) >= 2


@pytest.mark.parametrize("item, company", [
    ("Patel & Rao reported a 10% YoY increase in consolidated net profit to Rs 3,987 crore for the "
     "quarter ended March 31, 2023.\n", "Patel & Rao"),  # a firm named with an ampersand
    # "Patel Rao Q4 Results: Net profit jumps ...": a digest's item heading names the company
    # whose figures it gives, though no verb of reporting follows the name
    ("Patel Rao Q4 Results: Net profit jumps 10% YoY to Rs 3,987 crore for the quarter ended March 31, 2023\n\n"
     "Read more here.\n", "Patel Rao"),
])
def test_a_digest_item_of_another_company_is_that_companys(item: str, company: str) -> None:
    text = ("Kumar Pharma Ltd reported an 89% YoY jump in consolidated net profit to Rs 960 crore for the "
            "quarter ended March 31, 2023.\n\n" + item)
    found, facts = _facts(text, "Kumar Pharma Ltd")
    assert _whole(facts, "NetIncomeLoss") == {Decimal("9600000000")}
    assert ("NetIncomeLoss", Decimal("39870000000"), company, None) in facts


def test_an_ampersand_alone_is_no_company() -> None:
    """A web page's menu ("Official filings & reports from listed companies") before the story:
    "&" and the verb-like word after it are no company and its report, and the registrant's own
    figures stay its own (no company member "&")."""
    text = ("Earnings Flash\nBreaking coverage of earnings reports, forecasts & dividend updates\n"
            "Disclosures\nOfficial filings & reports from listed Japanese companies\n"
            "Hokuyo Foods, Ordinary Profit Down 2%\n"
            "Earnings ReportHOKUYO FOODS CO., LTD. <1399> announced its financial results on February 6th.\n"
            "In the most recent three-month period, from October to December (3Q), the consolidated ordinary "
            "profit amounted to 4.5 billion yen, a 1.3% decrease compared to the same period last year.\n")
    found, facts = _facts(text, "HOKUYO FOODS CO., LTD.")
    assert not [f for f in facts if f[2] == "&"], facts
    assert _whole(facts, "OrdinaryIncomeLoss") == {Decimal("4500000000")}


def test_a_segment_of_another_companys_sentence_is_not_the_registrants() -> None:
    text = ("Hanil Steel Co. said net income rose to KRW 5 billion in the first quarter of 2005.\n\n"
            "Rival Daebo Motors said overseas sales rose 12% from a year earlier to KRW 7 billion in the first quarter of 2005.\n")
    found, facts = _facts(text, "Hanil Steel Co.")
    assert not [f for f in facts if f[3] == "overseas"]
    assert not [f for f in facts if f[0] == "RevenuesPercentChange"]  # the change of that part too
    assert any(m.text == "KRW 7 billion" and "may not be the registrant" in m.reason for m in found.unmapped)


GROUP_AND_UNIT = ("Hanul Group said its operating profit for the first quarter of 2021 spiked to 848.5 billion won. "
                  "Hanul Chemicals said operating profit for the first quarter of 2021 was 385.2 billion won.\n")


@pytest.mark.parametrize("registrant, kept", [(None, set()), ("Hanul Group", {Decimal("848500000000")})])
def test_values_of_one_fact_stated_about_different_companies(registrant: str | None, kept: set[Decimal]) -> None:
    """Two companies sharing a name are read as one: where their values of one fact differ, the
    value of the sentence naming the registrant is kept, none where no sentence names it."""
    found, facts = _facts(GROUP_AND_UNIT, registrant)
    assert _whole(facts, "OperatingIncomeLoss") == kept
    assert any(m.text == "385.2 billion won" and "different companies" in m.reason for m in found.unmapped)


def test_a_later_clause_with_its_own_company_binds_its_change_to_that_company() -> None:
    """"X's operating profit fell 69% ..., and Y's operating profit fell 91%": a change binds to
    the company of its own clause, not to the sentence's first."""
    text = ("Hanil Electronics' operating profit in the fourth quarter of 2022 decreased by 69% compared to the "
            "same period a year earlier, and Daebo Electronics' operating profit decreased by a whopping 91%.\n")
    found, facts = _facts(text, "Hanil Electronics Co.")
    assert _whole(facts, "OperatingIncomeLossPercentChange") == {Decimal("-0.69")}
    assert ("OperatingIncomeLossPercentChange", Decimal("-0.91"), "Daebo Electronics", None) in facts


@pytest.mark.parametrize("text, measure", [
    ("SK Daebo chalked up a 1 trillion won operating profit in the first quarter.", "operating profit"),
    ("Hanil Electronics' operating profit was 4.3 trillion won.", "operating profit"),
])
def test_no_segment_from_a_figures_scale_or_a_companys_possessive(text: str, measure: str) -> None:
    s = Sentence(0, len(text), text)
    assert english_segment(text, s, text.index(measure)) is None


# -- figures that are no results ------------------------------------------------------------------

def test_an_effect_on_a_measure_is_not_its_value_nor_the_cause_a_company() -> None:
    text = ("지난해 같은 기간에 비해 매출은 22% 증가했다. 1분기말 순현금은 11조5000억원이다. "
            "환율은 1분기 영업이익을 -2000억원 정도 깍아먹은 것으로 나타났다.\n")
    assert from_korean_subject(text) is None
    found, facts = _facts(text)
    assert not [f for f in facts if f[0] == "OperatingIncomeLoss"]
    assert any(m.text == "-2000억원" and "effect" in m.reason for m in found.unmapped)


def test_an_english_effect_on_a_measure_is_not_its_value() -> None:
    text = ("Hanil Steel Co. said the strong won weighed on operating profit by 200 billion won in the first "
            "quarter of 2005.\n")
    found, facts = _facts(text, "Hanil Steel Co.")
    assert not facts


def test_an_estimate_is_not_a_result() -> None:
    text = ("성지훈 한빛증권 연구원은 \"올해 분기별 영업이익은 1분기 315억원, 2분기 176억원, 3분기 337억원, "
            "4분기 304억원으로 추정된다\"고 말했다.\n")
    found, facts = _facts(text, "가온화학")
    assert not facts


def test_each_figure_of_a_list_takes_the_period_named_before_it() -> None:
    text = "한빛전자는 올해 분기별 영업이익이 1분기 315억원, 2분기 176억원, 3분기 337억원을 기록했다고 밝혔다."
    found = extract_press_release(context(text, "한빛전자"))
    assert [(o.value, o.dimensions) for o in found.observations if o.concept == "OperatingIncomeLoss"] == \
        [(Decimal("31500000000"), (("StatedPeriodAxis", "1분기"),))]


def test_a_bound_after_an_article_is_no_stated_figure() -> None:
    text = ("Hanil Steel Co. said nine firms reported more than a 1 trillion won operating profit in the first "
            "quarter of 2005.\n")
    found, facts = _facts(text, "Hanil Steel Co.")
    assert not facts
    assert any(m.text == "1 trillion won" and "bound" in m.reason for m in found.unmapped)


# -- whose corporate action -------------------------------------------------------------------------

# A story on several issuers: a later issuer's own repurchase, told with it as the sentence's topic.
REPURCHASE_OF_ANOTHER = (
    "한빛정밀은 5일 지난 2분기 매출 1조2345억원에 영업이익 876억원을 기록했다고 공시했다.\n\n"
    "대성통신의 2분기 매출은 2조4680억원으로 전년 동기 대비 1.7% 감소했다. "
    "대성통신은 이날 주주 가치 제고를 위해 1500억원 규모의 자사주를 취득했다고 공시했다.\n")
OWN_REPURCHASE = ("한빛정밀은 5일 지난 2분기 매출 1조2345억원을 기록했다고 공시했다. "
                  "이사회는 700억원 규모의 자사주를 매입하기로 결의했다.\n")


@pytest.mark.parametrize("text, issuer, amount", [
    (REPURCHASE_OF_ANOTHER, "대성통신", Decimal("150000000000")),
    (OWN_REPURCHASE, None, Decimal("70000000000")),
])
def test_repurchase_belongs_to_the_issuer_its_sentence_names(text, issuer, amount) -> None:
    """"대성통신은 이날 ... 자사주를 취득했다고 공시했다": the repurchase of the company that is the
    sentence's topic, on its CounterpartyAxis member; a sentence naming no company: the registrant's."""
    _, facts = _facts(text, "한빛정밀")
    assert {(v, party) for c, v, party, _ in facts if c == "TreasuryShareAcquisitionAmount"} == {(amount, issuer)}


def test_another_issuers_repurchase_is_reported_on_its_member() -> None:
    """The taxonomy takes the repurchase amount on CounterpartyAxis: the fact is not dropped."""
    from converter.pipeline import convert_text
    (converted,) = convert_text(REPURCHASE_OF_ANOTHER, "news.txt")
    assert [f for f in converted.instance.facts if f.concept == "TreasuryShareAcquisitionAmount"]
    assert not [w for w in converted.warnings if "TreasuryShareAcquisitionAmount does not take" in w]


# -- a round-up naming each company after a description of its trade ---------------------------------

ROUND_UP = ("한빛식품은 올 3분기 순이익이 지난해 같은 기간과 비교해 12% 증가한 40억원을 기록했다고 9일 밝혔다. "
            "가온네트웍스는 올 3분기까지의 누적 매출이 4백20억원으로 지난해 같은 기간보다 40.2% 늘어났다. "
            "정밀 부품업체 새봄텍은 올 3분기에 매출 2백4억원을 기록해 전분기보다 5.5% 늘어났다. "
            "영업이익은 21억원으로 3.1% 늘어났다. "
            "조명기기 제조업체 다온은 3분기 누적 매출이 6백34억원으로 작년 동기 대비 11.02% 증가했다.\n")


@pytest.mark.parametrize("concept, value, company", [
    ("Revenues", Decimal("42000000000"), "가온네트웍스"),  # a bare name: its own figures
    ("Revenues", Decimal("20400000000"), "새봄텍"),  # "정밀 부품업체 새봄텍은": a new subject
    ("OperatingIncomeLoss", Decimal("2100000000"), "새봄텍"),  # the next sentence goes on about it
    ("Revenues", Decimal("63400000000"), "다온"),  # "조명기기 제조업체 다온은"
    ("RevenuesPercentChange", Decimal("0.1102"), "다온"),
])
def test_a_company_described_by_its_trade_is_a_new_subject(concept, value, company) -> None:
    """"소형 모터업체 X는 ...": a round-up introduces a company after a description of its trade;
    its figures are its own, not the company named before it."""
    _, facts = _facts(ROUND_UP, "한빛식품")
    assert (concept, value, company, None) in facts


@pytest.mark.parametrize("sentence, company", [
    ("정밀 부품업체 새봄텍은 올 3분기에 매출 2백4억원을 기록했다.", "새봄텍"),
    ("한편 휴대폰 부품업체인 다온은 3분기 매출이 줄었다.", "다온"),
    ("국내 업체 대부분은 3분기 매출이 줄었다.", None),  # a part of the companies, no company
    ("이 회사 관계자는 매출이 늘 것으로 본다고 말했다.", None),
])
def test_the_company_after_a_description_of_its_trade(sentence: str, company: str | None) -> None:
    from converter.extract.mechanisms.korean_subjects import korean_company_subject
    found = korean_company_subject(sentence)
    assert (found[0] if found else None) == company


EN_ROUND_UP = ("Hanbit Pharma on Monday said its profit after tax rose to Rs 77 crore for the first quarter ended "
            "June 30, 2024. Revenue from operations rose to Rs 640 crore for the period under review from Rs 575 "
            "crore in the year-ago period, the Pune-based firm said. \"We had a strong quarter,\" Hanbit Pharma "
            "Chairman Arjun Rao said.\n"
            "Daebo Parks REIT on Monday reported a 7 per cent increase in net operating income to Rs 212 crore in "
            "the first quarter of this financial year. The company's revenue from operations rose 13 per cent to "
            "Rs 318 crore during April-June 2024, from Rs 281 crore in the year-ago period. Net Operating Income "
            "(NOI) increased 7 per cent to Rs 212 crore, from Rs 198 crore a year-ago. This rising\n"
            "Power utility major Kestrel Grid on Monday posted a 31 per cent increase in consolidated profit to "
            "Rs 842.5 crore in the first quarter.\n")


def test_a_round_up_gives_each_company_its_paragraph() -> None:
    """An English round-up of several companies, each paragraph opening on one ("X on Monday said
    its profit ...", "Power utility major Y posted ..."), named without a legal word: each
    paragraph's figures are its company's (CounterpartyAxis), none the story's own, and a net
    operating income (a property trust's NOI) is no operating profit."""
    found, facts = _facts(EN_ROUND_UP)
    assert not [f for f in facts if f[2] is None], facts
    assert ("Revenues", Decimal("6400000000"), "Hanbit Pharma", None) in facts
    assert ("Revenues", Decimal("3180000000"), "Daebo Parks REIT", None) in facts
    assert ("RevenuesPercentChange", Decimal("0.13"), "Daebo Parks REIT", None) in facts
    assert ("NetIncomeLoss", Decimal("8425000000"), "Kestrel Grid", None) in facts
    assert not [f for f in facts if f[0].startswith("OperatingIncomeLoss")], facts
    assert {f[2] for f in facts} == {"Hanbit Pharma", "Daebo Parks REIT", "Kestrel Grid"}


@pytest.mark.parametrize("sentence", [
    "Hanil Steel Co. earned 61 won (US$0.05) in operating profit and 42 won (US$0.03) in net profit on every "
    "1,000 won (US$0.81) worth of sales in the first quarter of 2024.",
    "Hanil Steel Co. said it made KRW 48 in net profit for each KRW 1,000 of revenue in the first quarter of 2024.",
])
def test_amounts_per_so_much_of_sales_are_ratios(sentence: str) -> None:
    """"earned 61 won in operating profit ... on every 1,000 won worth of sales": earnings per so
    much of sales, not the period's operating profit or net profit (nor is the base an amount)."""
    found, facts = _facts("Hanil Steel Co. said its revenue for the first quarter of 2024 was KRW 5.1 trillion.\n\n"
                          + sentence + "\n", "Hanil Steel Co.")
    assert not [f for f in facts if f[0] in ("OperatingIncomeLoss", "NetIncomeLoss")], facts
    assert _whole(facts, "Revenues") == {Decimal("5100000000000")}
    assert any("per so much of sales" in m.reason for m in found.unmapped)
