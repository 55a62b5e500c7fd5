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


# -- several companies side by side -----------------------------------------------------------------

SIDE_BY_SIDE = ("三大航运公司上半年业绩出炉\n\n"
                "2031年8月30日,三大航运公司相继公布了2031年中期业绩。上半年,三大航运公司合计实现营收约900亿元人民币,"
                "净利润约90亿元人民币。\n"
                "财报显示,远帆海运上半年营收为人民币500亿元,同比增长12.0%;归属于股东的净利润为人民币50亿元,"
                "同比增长18.0%。\n"
                "蓝鲸航运上半年营收为人民币300亿元,同比增长10.0%。归属于股东的净利润为人民币30亿元,同比增长3.0%。\n"
                "而金锚物流的上半年净利润为人民币10亿元,同比下降5.0%;青帆港务营收为人民币80亿元,同比增长6.0%。\n")


def test_each_company_its_own_figures() -> None:
    """Each paragraph's figures are the company it opens on ("远帆海运上半年营收 ..."), the
    sentences after in its paragraph too; the companies' sum (三大航运公司合计) is no one's."""
    facts = _facts(SIDE_BY_SIDE)
    h1 = "2031-01-01/2031-06-30"
    assert ("Revenues", Decimal("50000000000"), h1, "远帆海运") in facts
    assert ("NetIncomeLoss", Decimal("5000000000"), h1, "远帆海运") in facts
    assert ("Revenues", Decimal("30000000000"), h1, "蓝鲸航运") in facts
    assert ("NetIncomeLoss", Decimal("3000000000"), h1, "蓝鲸航运") in facts
    assert ("NetIncomeLoss", Decimal("1000000000"), h1, "金锚物流") in facts
    # a company only a later clause names (by a measure, which a qualifier may stand before too):
    # its figure is not the sentence's company's, nor told for sure
    assert not {f for f in facts if f[1] == Decimal("8000000000")}
    assert not {f for f in facts if f[3] is None}, "no figure is the story's own"
    assert not {f for f in facts if f[1] in (Decimal("90000000000"), Decimal("9000000000"))}


ONE_COMPANY = ("瀚星科技公布2031年上半年业绩\n\n"
               "2031年8月14日,瀚星科技发布2031年上半年财报。瀚星科技上半年营收为人民币240亿元,同比增长10.4%。\n")


def test_one_company_stays_the_story_own() -> None:
    facts = _facts(ONE_COMPANY)
    assert ("Revenues", Decimal("24000000000"), "2031-01-01/2031-06-30", None) in facts


def test_part_before_measure_is_a_segment() -> None:
    """"云服务净营收为X": a part's revenue, not the company's."""
    text = ("瀚星科技公布2031年第二季度业绩\n\n2031年8月14日,瀚星科技发布2031年第二季度财报。"
            "第二季度营收为人民币300亿元。瀚星科技云服务净营收为人民币120亿元。\n")
    values = {v for c, v, _, _ in _facts(text) if c == "Revenues"}
    assert values == {Decimal("30000000000")}


CLAUSES = ("两大港口公司公布三季报\n\n"
           "2031年10月30日,远帆海运与蓝鲸航运相继发布2031年第三季度财报。\n"
           "远帆海运第三季度营收为人民币50亿元,同比增长5.0%;蓝鲸航运第三季度营收为人民币40亿元,同比增长4.0%。\n")


def test_a_later_clause_names_its_company() -> None:
    """"X第三季度营收为...;Y第三季度营收为...": each clause's figures are its company's."""
    facts = _facts(CLAUSES)
    q3 = "2031-07-01/2031-09-30"
    assert ("Revenues", Decimal("5000000000"), q3, "远帆海运") in facts
    assert ("Revenues", Decimal("4000000000"), q3, "蓝鲸航运") in facts
    assert ("RevenuesPercentChange", Decimal("0.040"), q3, "蓝鲸航运") in facts


LISTED = ("三大船企半年业绩\n\n"
          "2031年8月30日,远帆海运、蓝鲸航运和金锚物流相继公布了2031年上半年业绩。\n"
          "中报显示,远帆海运经营收入为人民币500亿元,同比增长2.0%;蓝鲸航运经营收入为人民币300亿元,同比增长1.5%。\n")


def test_companies_listed_before_their_report() -> None:
    """"X、Y和Z相继公布了中期业绩": the story gives several companies' results, though each
    later clause names its company before a measure only."""
    facts = _facts(LISTED)
    assert {(c, v, who) for c, v, _, who in facts if c == "Revenues"} == {
        ("Revenues", Decimal("50000000000"), "远帆海运"), ("Revenues", Decimal("30000000000"), "蓝鲸航运")}


# -- review: a one-company story, and a word run on into a company's name --------------------------

ONE_COMPANY_TW = ("2031-10-16 瀚星科技今日公布第3季財報，稅後純益為新台幣812億元。\n\n"
                  "瀚星科技第3季合併營收達2,104.5億元，季增約4%。\n\n"
                  "瀚星科技營收以美元計價，換算第3季營收為63.1億美元。\n")


def test_a_word_read_once_as_a_name_inside_a_companys_sentence_makes_no_second_company() -> None:
    """"…，換算第3季營收…" ("converted"): read once as a name after a comma inside the one
    company's sentence, it is no second company: the story's figures stay the company's."""
    facts = _facts(ONE_COMPANY_TW)
    assert ("Revenues", Decimal("210450000000"), "2031-07-01/2031-09-30", None) in facts
    assert not any(member for *_, member in facts)


RUN_ON = ("北辰、瀚星和云帆相继公布第三季度业绩。\n"
          "北辰第三季度营收为人民币805亿元,同比增长12%。\n"
          "瀚星此番第三季度营收为人民币279亿元,同比增长9%。瀚星第三季度净利润为人民币86亿元。\n"
          "云帆第三季度净利润为人民币62亿元。\n")


def test_a_companys_member_is_its_shortest_name() -> None:
    """"瀚星此番…" ("this time") ran on into the name: the member is the name the others start with."""
    members = {member for *_, member in _facts(RUN_ON)}
    assert "瀚星" in members and not any(m and m.startswith("瀚星") and m != "瀚星" for m in members)
