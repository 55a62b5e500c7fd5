"""Hong Kong results announcements in prose, as financial news and summaries write them: the
company with its stock code and no 'today' ('東方巴士(00987)公布'), the interim dividend written
中期息, EPS written 每股基本及摊薄盈利 (basic and diluted), cents of a named dollar ("3.40 HK
cents"), a letterhead with its Chinese name and '*' mark, the earlier figure of one scope kept
with its own current figure, and underlying figures left unmapped. Every company, figure and
phrase is invented; the layouts are those of the announcements.
"""

from __future__ import annotations

import pytest

from converter.pipeline import convert_bytes


def converted(text: str):
    return convert_bytes(text.encode("utf-8"), "release.txt")[0]


def facts(text: str) -> set[tuple[str, str, str]]:
    """(concept, value, context id) of every fact of ``text``'s instance."""
    return {(f.concept, f.value, f.context_id) for f in converted(text).instance.facts}


ZH_NEWS = (
    "东方巴士(00987)公布,截至2019年6月30日止6个月,公司实现营业额约5123.4万港元,同比减少12.5%;"
    "税后股东应占净利约2.15亿港元,同比增加45.2%;每股基本及摊薄盈利3.21港元。\n"
    "此外,董事局决议派发中期息每股0.2港元,派特别股息每股2港元。\n"
)
H1_2019 = "D20190101-20190630"


def test_chinese_news_names_the_company_by_its_stock_code() -> None:
    assert converted(ZH_NEWS).extraction.entity.name == "东方巴士"


@pytest.mark.parametrize("fact", [
    ("DividendsDeclaredPerShare", "0.2", f"{H1_2019}_DividendKind-interim"),  # 中期息
    ("DividendsDeclaredPerShare", "2", f"{H1_2019}_DividendKind-special"),
    ("EarningsPerShareBasic", "3.21", H1_2019),  # 每股基本及摊薄盈利: basic and diluted
    ("EarningsPerShareDiluted", "3.21", H1_2019),
    ("TradingSymbol", "00987", "F_SecurityListing-1"),  # the code after the subject's name
])
def test_chinese_news_figures(fact: tuple[str, str, str]) -> None:
    assert fact in facts(ZH_NEWS)


def test_a_name_without_code_or_today_is_no_registrant() -> None:
    text = "陳志明公布,截至2019年6月30日止6个月,公司实现营业额约5123.4万港元。\n"
    assert converted(text).extraction.entity.name != "陳志明"


LETTERHEAD = (
    "KOWLOON DRAGON HOLDINGS LIMITED 九龍龍騰控股有限公司 2020 INTERIM RESULTS ANNOUNCEMENT\n\n"
    "1 The Stock Exchange of Hong Kong Limited takes no responsibility for the contents of this "
    "announcement. HIGHLIGHTS KOWLOON DRAGON HOLDINGS LIMITED 九龍龍騰控股有限公司 * (Incorporated in "
    "the Cayman Islands with limited liability) (Stock Code: 318) 2020 INTERIM RESULTS ANNOUNCEMENT "
    "For the six months ended 30 June 2020, the net profit attributable to equity shareholders of the "
    "Company rose to HK$240 million from HK$31.5 million in the same period of 2019. The underlying "
    "net interim earnings per share for 2020 was 3.27 HK cents compared to 0.41 HK cent in 2019. "
    "Interim dividend per share for 2020 amounted to 2.40 HK cents (2019: 0.50 HK cent).\n"
)


def test_letterhead_with_chinese_name_names_the_registrant() -> None:
    assert converted(LETTERHEAD).extraction.entity.name == "KOWLOON DRAGON HOLDINGS LIMITED"


def test_interim_dividend_in_hk_cents_with_its_prior_year() -> None:
    found = facts(LETTERHEAD)
    assert ("DividendsDeclaredPerShare", "0.024", "D20200101-20201231_DividendKind-interim") in found
    assert ("DividendsDeclaredPerShare", "0.005", "D20190101-20191231_DividendKind-interim") in found


def test_underlying_eps_is_left_unmapped() -> None:
    # (the taxonomy has no concept for an underlying figure: "underlying net interim earnings")
    assert not any(f.concept.startswith("EarningsPerShare") for f in converted(LETTERHEAD).instance.facts)


SCOPES = (
    "Harbourview Properties Limited summary of results\n\n"
    "- The net profit for the year was HKD 612 million, a decline of 70.10% compared to HKD 2,047 "
    "million in 2021 [12]\n"
    "- The company reported a net profit of HKD 1,431 million for 2022, compared to HKD 3,988 million "
    "in 2021, reflecting a decline of 64.12% [19]\n"
)


def test_earlier_figure_kept_is_the_pair_of_the_current_one() -> None:
    result = converted(SCOPES)
    found = {(f.concept, f.value, f.context_id) for f in result.instance.facts}
    assert ("NetIncomeLoss", "1431000000", "D20220101-20221231") in found
    assert ("NetIncomeLoss", "3988000000", "D20210101-20211231") in found
    assert ("NetIncomeLoss", "2047000000", "D20210101-20211231") not in found


ROUNDED = (
    "Harbourview Properties Limited interim results\n\n"
    "For the six months ended 30 June 2022, revenue was HK$612.4 million (2021: HK$845.3 million).\n\n"
    "Revenue fell to HK$612 million for the six months ended 30 June 2022, compared to HK$845 million "
    "in the six months ended 30 June 2021.\n"
)


def test_earlier_figures_one_the_rounding_of_the_other_are_one_figure() -> None:
    assert ("Revenues", "845300000", "D20210101-20210630") in facts(ROUNDED)


HEADING_RUN_IN = (
    "KOWLOON DRAGON HOLDINGS LIMITED 九龍龍騰控股有限公司 *\n\n"
    "1 KOWLOON DRAGON HOLDINGS LIMITED 九龍龍騰控股有限公司 * (Incorporated in Bermuda with limited "
    "liability) (Stock Code: 318) FINAL RESULTS FOR THE YEAR ENDED 31 DECEMBER 2020 CHAIRMAN'S STATEMENT "
    "Financial Results The Group's consolidated revenue grew by 6% to HK$1,204.5 million in 2020 as "
    "compared to last year's revenue of HK$1,136.3 million.\n"
)


def test_the_groups_figures_after_a_run_in_heading_are_the_registrants() -> None:
    result = converted(HEADING_RUN_IN)
    assert result.extraction.entity.name == "KOWLOON DRAGON HOLDINGS LIMITED"
    assert ("Revenues", "1204500000", "D20200101-20201231") in facts(HEADING_RUN_IN)
