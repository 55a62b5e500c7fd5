"""Web copies of results news and announcements (wave 12): Japanese results news whose sentence
goes on from a result to a plan, whose bottom line is a 損益 signed by 黒字/赤字, or named 最終利益.
Every document here is invented."""

from __future__ import annotations

import pytest

from converter.pipeline import convert_text


def facts_of(text: str, name: str = "story.txt") -> dict[str, list[tuple[str, str]]]:
    (converted,) = convert_text(text, name)
    periods = {c.id: str(c.period) for c in converted.instance.contexts}
    out: dict[str, list[tuple[str, str]]] = {}
    for f in converted.instance.facts:
        out.setdefault(f.concept, []).append((f.value, periods[f.context_id]))
    return out


def test_a_result_clause_before_a_plan_clause_is_read() -> None:
    story = ("2031年11月12日\nアサギ精機は12日、32年3月期第2四半期累計(4-9月)の決算を公表した。経常利益は"
             "前年同期比14.2%増の7.3億円に伸び、会社計画（18億円）に対する達成率は40.6%となった。\n")
    facts = facts_of(story)
    assert facts["OrdinaryIncomeLoss"] == [("730000000", "2031-04-01/2031-09-30")]
    assert facts["OrdinaryIncomeLossPercentChange"] == [("0.142", "2031-04-01/2031-09-30")]


def test_a_plan_throughout_stays_out() -> None:
    story = ("2031年5月9日\nアサギ精機の32年3月期は売上高が前期比4%増の820億円に伸び、"
             "営業利益は61億円を見込む。\n")
    facts = facts_of(story)
    assert "Revenues" not in facts and "OperatingIncomeLoss" not in facts


@pytest.mark.parametrize("words, concept, value", [
    ("最終損益が38億円の赤字（前年同期は12億円の黒字）だった", "NetIncomeLoss", "-3800000000"),
    ("連結経常損益は2億6500万円の赤字に転落した", "OrdinaryIncomeLoss", "-265000000"),
    ("営業損益は9億円の黒字だった", "OperatingIncomeLoss", "900000000"),
    ("純利益が54億円の赤字だった", "NetIncomeLoss", "-5400000000"),  # a loss by its 赤字, whatever its word
    ("最終利益が前年同期比21%増の64億円だった", "NetIncomeLoss", "6400000000"),
])
def test_a_bottom_line_signed_by_its_deficit_word(words: str, concept: str, value: str) -> None:
    story = f"2031年11月5日\nアサギ精機が5日発表した2031年4～9月期の連結決算は、{words}。\n"
    assert facts_of(story)[concept] == [(value, "2031-04-01/2031-09-30")]


def test_a_profit_or_loss_without_its_sign_word_stays_out() -> None:
    story = "2031年11月5日\nアサギ精機が5日発表した2031年4～9月期の連結決算は、最終損益が38億円だった。\n"
    assert "NetIncomeLoss" not in facts_of(story)


def test_a_bottom_line_without_its_own_period_stays_out() -> None:
    story = ("2031年5月20日\n電機大手8社の2030年4～12月期決算が出そろった。10～12月期の輸出額は3.4%増えた。"
             "不振のアサギ精機は、工場閉鎖の費用で最終損益が320億円の赤字となった。\n")
    facts = facts_of(story)
    assert "NetIncomeLoss" not in facts and "OperatingIncomeLoss" not in facts


# -- titles of web copies, corporate calendars --------------------------------------------------

def title_and_date(text: str) -> tuple[list[str], list[str]]:
    facts = facts_of(text, "page.txt")
    return [v for v, _ in facts.get("DocumentTitle", [])], [v for v, _ in facts.get("DocumentDate", [])]


BODY = "SEOUL, March 3, 2031 -- Hanbit Electronics said on Monday its operating profit rose 12 percent.\n"


@pytest.mark.parametrize("head", [
    "Hanbit Electronics posts record quarterly profit |\n\n",  # a headline kept in a flattened cell
    "Hanbit Electronics posts record quarterly profit\nFiling Summary\n",  # a site's section label under it
    "Hanbit Electronics posts record quarterly profit\nAI summary\n\n",
])
def test_a_web_copys_headline_is_the_title(head: str) -> None:
    assert title_and_date(head + BODY)[0] == ["Hanbit Electronics posts record quarterly profit"]


CALENDAR = """\
Financial Calendar
Event\tDate
Interim Results Announcement\t24 February 2031
Closure of Register of Members for interim dividend\t10 March 2031 to 13 March 2031 (both days inclusive)
Record date for the interim dividend\t13 March 2031
Interim dividend of HK12 cents per share\t3 April 2031
"""


def test_a_calendars_rows_are_neither_its_title_nor_its_date() -> None:
    assert title_and_date(CALENDAR) == (["Financial Calendar"], [])
    assert title_and_date(CALENDAR.split("\n", 1)[1]) == ([], [])  # its column headings and first row


def test_a_calendars_event_dates_over_their_labels_are_not_the_pages() -> None:
    page = ("Investor Calendar\nEvents Dates\nHalf-year results released 24th February, 2031\n"
            "Record date for the interim dividend\n13th March, 2031\n"
            "Latest date for lodging share transfers\n12th March, 2031\n"
            "Interim dividend – HK12 cents per share\n\n3rd April, 2031\n")
    assert title_and_date(page) == (["Investor Calendar"], [])


def test_a_chinese_calendars_first_row_is_no_title() -> None:
    page = ("中期業績公佈 二零三一年二月二十四日\n暫停辦理股份過戶登記 二零三一年三月十日至十三日（首尾兩天包括在內）\n"
            "中期股息記錄日期 二零三一年三月十三日\n")
    assert title_and_date(page)[0] == []


# -- Hong Kong dividend announcements ------------------------------------------------------------

ANNOUNCEMENT = """\
Lotus Harbour Holdings Limited
INTERIM DIVIDEND
The directors declare an interim dividend of HK8 cents per share for the six months ended 31 December 2030 (2029: HK7 cents per share). The interim dividend will be paid on Friday, 4 April 2031 to shareholders whose names appear on the register of members of the Company on 14 March 2031.
BOOK CLOSE
No transfers of shares will be registered from 11 March 2031 to 14 March 2031, both days included.
"""


def test_a_dividend_in_hong_kong_cents_and_its_record_date() -> None:
    facts = facts_of(ANNOUNCEMENT, "notice.txt")
    assert ("0.08", "2030-07-01/2030-12-31") in facts["DividendsDeclaredPerShare"]
    assert [v for v, _ in facts["DividendRecordDate"]] == ["2031-03-14"]  # not the day it is paid


def test_the_dollar_before_the_cents() -> None:
    from converter.extract.mechanisms.prose_figures import sentence_figures
    from converter.extract.mechanisms.sentences import Sentence
    text = "an interim dividend of HK6.5 cents per share, against 3.40 HK cents"
    found = [(f.text, f.value, f.currency) for f in sentence_figures(Sentence(0, len(text), text), [])]
    assert [(t, str(v), c) for t, v, c in found] == [("HK6.5 cents", "0.065", "HKD"), ("3.40 HK cents", "0.0340", "HKD")]
