"""The heads of results documents and notices written in Japanese and Chinese: title lines,
the registrant named by a label or as the first sentence's subject, a kessan tanshin's period and
dates, and the people named by a label. Whole documents are in ``data/documents/ja-*.txt`` and
``zh-*.txt`` (facts in ``data/expected/``); here are the forms one by one, with the look-alikes
that must give nothing (a wrong name or date is worse than none)."""

from __future__ import annotations

import datetime as dt

import pytest

from converter.extract.mechanisms.cjk_header import cjk_title, labelled_registrant, subject_registrant, tanshin_period
from converter.pipeline import convert_bytes
from factlib import facts as fact_views

TITLES = [
    ("各位\n\n　　2005年3月期　中間決算に関するお知らせ\n\n　当社は", "2005年3月期 中間決算に関するお知らせ"),
    ("寶光電子股份有限公司\n民國93年9月份營業收入自結數公告\n\n發言日期：民國93年10月8日\n", "民國93年9月份營業收入自結數公告"),
    ("恒信地產集團有限公司\n（於百慕達註冊成立之有限公司）\n\n截至2004年12月31日止年度之全年業績公告\n", "截至2004年12月31日止年度之全年業績公告"),
    ("| 平成18年3月期　決算短信（非連結） |\n| 決算発表日 | 平成18年5月19日 |\n", "平成18年3月期 決算短信（非連結）"),
    ("新闻稿\n\n华远新能源股份有限公司公布2005年第三季度业绩\n\n华远新能源", "华远新能源股份有限公司公布2005年第三季度业绩"),
    # running text before any title line: none
    ("本公司今日公布第三季營運成果，營收為新台幣48.6億元，較去年同期成長27.4%，稅後淨利亦同步增加。\n", None),
    # a table's cell, a sentence: none
    ("| 項目 | 決算短信 | 前期 |\n", None),
    ("Acme Co., Ltd. announces results for the third quarter (決算短信)\n", None),
]


@pytest.mark.parametrize("text, expected", TITLES)
def test_titles(text: str, expected: str | None) -> None:
    found = cjk_title(text)
    assert (found.value if found else None) == expected
    if found:
        assert text[found.start:found.end].replace("\u3000", " ") == expected


REGISTRANTS = [
    ("上場会社名　　サクラ電装株式会社                  上場取引所　東証第一部\n", "サクラ電装株式会社"),
    ("| 会社名 | 株式会社コトブキ食品 | 上場取引所 | ジャスダック |\n", "株式会社コトブキ食品"),
    ("公司名称：华远通信股份有限公司\n股票代码：600987\n", "华远通信股份有限公司"),
    ("| 子会社名 | 株式会社ヒカリ |\n", None),  # a subsidiary's name
    ("会社名　ミドリ\n", None),  # no legal form: maybe a brand
]


@pytest.mark.parametrize("text, expected", REGISTRANTS)
def test_labelled_registrants(text: str, expected: str | None) -> None:
    found = labelled_registrant(text)
    assert (found.value if found else None) == expected


SUBJECTS = [
    ("　ミナト製薬株式会社（本社：東京都中央区、代表取締役社長：小林　正人）は本日、2004年12月期の連結業績を発表しました。",
     "ミナト製薬株式会社"),
    ("晶豐科技今日公布九十三年第三季營運成果。", "晶豐科技"),
    ("華晶半導體股份有限公司今(28)日公布2004年第三季財務報告。", "華晶半導體股份有限公司"),
    ("本公司今日公布九十三年第三季營運成果。", None),  # 'the company'
    ("陳志明今日宣布辭去董事職務。", None),  # three characters: a person's name as likely
    ("当社は本日、2004年12月期の連結業績を発表しました。", None),  # 'we'
    ("ミナト製薬は本日、2004年12月期の連結業績を発表しました。", None),  # Japanese without its legal form
    ("晶豐科技去年營收成長，今日股價上漲。", None),  # no announcing verb
]


@pytest.mark.parametrize("text, expected", SUBJECTS)
def test_subject_registrants(text: str, expected: str | None) -> None:
    found = subject_registrant(text)
    assert (found.value if found else None) == expected


PERIODS = [  # (title, document date, first day, last day)
    ("平成16年3月期　決算短信（連結）", dt.date(2004, 5, 14), dt.date(2003, 4, 1), dt.date(2004, 3, 31)),
    ("平成17年3月期　中間決算短信（連結）", dt.date(2004, 11, 12), dt.date(2004, 4, 1), dt.date(2004, 9, 30)),
    ("平成17年3月期　第1四半期財務・業績の概況（連結）", dt.date(2004, 8, 6), dt.date(2004, 4, 1), dt.date(2004, 6, 30)),
    ("2004年12月期　決算短信", dt.date(2005, 2, 10), dt.date(2004, 1, 1), dt.date(2004, 12, 31)),
    ("2005年3月期　中間決算に関するお知らせ", dt.date(2004, 11, 12), None, None),  # a release, not the summary
    ("決算短信（連結）", dt.date(2004, 5, 14), None, None),  # no fiscal year named
]


@pytest.mark.parametrize("title, day, first, last", PERIODS)
def test_tanshin_periods(title: str, day: dt.date, first: dt.date | None, last: dt.date | None) -> None:
    found = tanshin_period(title, day)
    assert (found[:2] if found else (None, None)) == (first, last)


def _facts(text: str) -> set[tuple[str, str, str, str | None]]:
    converted = convert_bytes(text.encode("utf-8"), "head.txt")[0]
    return {(f.concept, f.value, ";".join(f"{a}={m}" for a, m in f.dimensions), f.lang)
            for f in fact_views(converted)}


def test_spokesperson_title_before_or_after_the_name() -> None:
    facts = _facts("晶豐科技公布九十三年第三季營運成果\n\n發布日期：民國93年10月29日\n\n"
                   "發言人：財務長　陳志明\n代理發言人：財務處\n")
    people = {f for f in facts if f[0].startswith("Spokesperson")}
    assert people == {("SpokespersonName", "陳志明", "SpokespersonAxis=1", "zh"),
                      ("SpokespersonTitle", "財務長", "SpokespersonAxis=1", "zh")}  # 財務處 is an office


def test_contact_numbers_need_the_text_s_country() -> None:
    """'联系人：张伟' in a text that no word places in a country: the name, no phone guessed."""
    facts = _facts("关于2005年第三季度主要经营数据的公告\n\n2005年10月27日\n\n本公司用户总数达到1,286万户。\n\n"
                   "聯絡人：張偉\n電話：(02)2555-1234\n")
    assert ("ContactName", "張偉", "ContactAxis=1", "zh") in facts
    assert not [f for f in facts if f[0].endswith("PhoneNumber")]


def test_japanese_numbers_are_never_korean() -> None:
    """A Japanese header's contact number is read as a Japanese number and as the contact's."""
    facts = _facts("平成18年3月期　決算短信（非連結）\n平成18年5月19日\n会社名　株式会社コトブキ食品\n"
                   "問合せ先責任者　役職名　常務取締役　氏名　伊藤　英樹　TEL (054) 555-3210\n")
    assert ("ContactPhoneNumber", "+81-54-555-3210", "ContactAxis=1", "en") in facts
    assert ("ContactName", "伊藤 英樹", "ContactAxis=1", "ja") in facts
    assert not [f for f in facts if f[0] == "EntityPhoneNumber"]


def test_tanshin_header_dates_and_period() -> None:
    facts = _facts("平成17年3月期　中間決算短信（連結）\n上場会社名　サクラ電装株式会社\n"
                   "決算取締役会開催日　平成16年11月12日\n中間配当支払開始日　平成16年12月6日\n")
    dates = {(f[0], f[1]) for f in facts if f[0].endswith("Date")}
    assert dates == {("BoardResolutionDate", "2004-11-12"), ("DocumentPeriodEndDate", "2004-09-30")}


def test_a_date_set_off_on_the_title_line_dates_the_document_and_is_no_part_of_the_title() -> None:
    facts = _facts("平成16年3月期　決算短信（連結）　　　　　　平成16年5月14日\n上場会社名　株式会社ミドリ精機\n\n"
                   "１．16年3月期の連結業績（平成15年4月1日～平成16年3月31日）\n")
    got = {(f[0], f[1]) for f in facts if f[0].startswith("Document")}
    assert got == {("DocumentTitle", "平成16年3月期 決算短信（連結）"), ("DocumentDate", "2004-05-14"),
                   ("DocumentPeriodEndDate", "2004-03-31")}


@pytest.mark.parametrize("head, period_end", [
    ("決算短信（連結）\n                                  平成18年5月19日\n上場会社名　株式会社ミドリ精機\n決算期　　平成18年3月期\n",
     "2006-03-31"),
    # an interim summary's 決算期 is the year it belongs to, not the half it reports on
    ("中間決算短信（連結）\n                                  平成17年11月18日\n上場会社名　株式会社ミドリ精機\n決算期　　平成18年3月期\n",
     None),
])
def test_the_fiscal_year_label(head: str, period_end: str | None) -> None:
    got = [f[1] for f in _facts(head) if f[0] == "DocumentPeriodEndDate"]
    assert got == ([period_end] if period_end else [])
