"""The dividend note of a Japanese securities report (配当に関する事項), as web copies print it: one
table row a resolution (invented companies and figures). A row's dividend is of the fiscal period
its record date closes, in the report's fiscal year or the year before; rows whose period or
class of shares is unclear go to the unmapped report."""

from __future__ import annotations

from converter.pipeline import convert_text

ANNUAL = """有価証券報告書-第21期(2030年4月1日-2031年3月31日)
3.配当に関する事項
(1)配当金支払額
| 決議 | 株式の種類 | 配当金の総額 (百万円) | 1株当たり 配当額(円) | 基準日 | 効力発生日 |
| 2030年6月26日 定時株主総会 | 普通株式 | 1,204 | 31.00 | 2030年3月31日 | 2030年6月27日 |
| 2030年11月7日 取締役会 | 普通株式 | 1,160 | (注)29.50 | 2030年9月30日 | 2030年12月3日 |
(注)配当金の総額には、信託が保有する当社株式に対する配当金3百万円が含まれております。
(2)基準日が当連結会計年度に属する配当のうち、配当の効力発生日が翌連結会計年度となるもの
| 決議 | 株式の種類 | 配当の原資 | 配当金の総額 (百万円) | 1株当たり 配当額(円) | 基準日 | 効力発生日 |
| 2031年6月25日 定時株主総会 | 普通株式 | 利益剰余金 | 1,355 | 33.00 | 2031年3月31日 | 2031年6月26日 |
"""


def _converted(text: str):
    (converted,) = convert_text(text, "yuho-note.txt")
    contexts = {c.id: c for c in converted.instance.contexts}
    facts = set()
    for f in converted.instance.facts:
        c = contexts[f.context_id]
        facts.add((f.concept, f.value, f"{c.period.start}/{c.period.end}", tuple(m for _, m in c.dimensions)))
    return facts, converted


def _dividends(text: str) -> set[tuple[str, str, str, tuple]]:
    return {f for f in _converted(text)[0] if f[0].startswith("Dividend")}


def _unmapped(text: str) -> dict[str, str]:
    return {m.text: m.reason for m in _converted(text)[1].extraction.unmapped}


def test_each_resolution_in_the_period_its_record_date_closes() -> None:
    facts = _dividends(ANNUAL)
    last_year, half, year = "2029-04-01/2030-03-31", "2030-04-01/2030-09-30", "2030-04-01/2031-03-31"
    assert facts == {
        ("DividendsDeclared", "1204000000", last_year, ("final",)),
        ("DividendsDeclaredPerShare", "31", last_year, ("final",)),
        ("DividendRecordDate", "2030-03-31", last_year, ()),
        ("DividendsDeclared", "1160000000", half, ("interim",)),
        ("DividendsDeclaredPerShare", "29.5", half, ("interim",)),  # its note mark left out
        ("DividendRecordDate", "2030-09-30", half, ()),
        ("DividendsDeclared", "1355000000", year, ("final",)),
        ("DividendsDeclaredPerShare", "33", year, ("final",)),
        ("DividendRecordDate", "2031-03-31", year, ()),
    }
    assert _unmapped(ANNUAL)["2030年11月7日"].startswith("the date of a resolution the note lists")


def test_thousands_of_yen_era_dates_and_a_heading_without_bars_before() -> None:
    text = ("有価証券報告書-第8期(平成29年1月1日-平成29年12月31日)\n"
            "決議 | 株式の種類 | 配当金の総額(千円) | 1株当たり配当額(円) | 基準日 | 効力発生日 |\n"
            "平成29年3月29日 定時株主総会 | 普通株式 | 48,120 | 6.00 | 平成28年12月31日 | 平成29年3月30日 |\n")
    assert _dividends(text) == {
        ("DividendsDeclared", "48120000", "2016-01-01/2016-12-31", ("final",)),
        ("DividendsDeclaredPerShare", "6", "2016-01-01/2016-12-31", ("final",)),
        ("DividendRecordDate", "2016-12-31", "2016-01-01/2016-12-31", ()),
    }


def test_quarterly_report_year_begins_before_its_quarter() -> None:
    text = ("四半期報告書-第21期第2四半期(2030年7月1日-2030年9月30日)\n"
            "| (決議) | 株式の種類 | 配当金の総額 (百万円) | 1株当たり 配当額(円) | 基準日 | 効力発生日 |\n"
            "| 2030年5月14日 取締役会 | 普通株式 | 950 | 12.00 | 2030年3月31日 | 2030年6月4日 |\n")
    assert ("DividendsDeclaredPerShare", "12", "2029-04-01/2030-03-31", ("final",)) in _dividends(text)


def test_unclear_rows_are_reported_not_guessed() -> None:
    no_year = ANNUAL.split("\n", 1)[1]  # no title line: the fiscal year is not stated
    assert _dividends(no_year) == set()
    assert _unmapped(no_year)["1,204"] == "the report's fiscal year is not stated"
    odd = ANNUAL.replace("2030年9月30日 | 2030年12月3日", "2030年8月15日 | 2030年12月3日") \
                .replace("| 2031年6月25日 定時株主総会 | 普通株式 |", "| 2031年6月25日 定時株主総会 | A種優先株式 |")
    reasons = _unmapped(odd)
    assert reasons["1,160"].startswith("a record date (2030-08-15) that closes no half")
    assert reasons["1,355"] == "a dividend on a class of shares other than the common shares"
    assert {f[1] for f in _dividends(odd)} == {"1204000000", "31", "2030-03-31"}
    short = ANNUAL.replace("第21期(2030年4月1日", "第1期(2030年10月1日")
    assert _dividends(short) == set()


FLAT = """有価証券報告書-第21期(2030年4月1日-2031年3月31日)
3.配当に関する事項
(1)配当金支払額
(決議)株式の種類配当金の総額
(百万円)
1株当たり
配当額
(円)
基準日効力発生日
2030年6月26日
定時株主総会
普通株式(注1)1,204312030年3月31日2030年6月27日
2030年11月7日
取締役会
普通株式1,160(注2)29.502030年9月30日2030年12月3日

(2)基準日が当連結会計年度に属する配当のうち、配当の効力発生日が翌連結会計年度となるもの
(決議)株式の種類配当金の総額
(百万円)
配当の原資1株当たり
配当額(円)
基準日効力発生日
2031年6月25日
定時株主総会
普通株式855利益剰余金332031年3月31日2031年6月26日
"""


def test_flattened_rows_read_in_the_headings_order() -> None:
    """A total's last comma group ends it; a western year is the four digits before 年; a word
    or a note mark separates the rest."""
    facts = _dividends(FLAT)
    assert ("DividendsDeclared", "1204000000", "2029-04-01/2030-03-31", ("final",)) in facts
    assert ("DividendsDeclaredPerShare", "31", "2029-04-01/2030-03-31", ("final",)) in facts
    assert ("DividendsDeclaredPerShare", "29.5", "2030-04-01/2030-09-30", ("interim",)) in facts
    assert ("DividendRecordDate", "2030-09-30", "2030-04-01/2030-09-30", ()) in facts
    assert ("DividendsDeclared", "855000000", "2030-04-01/2031-03-31", ("final",)) in facts  # a word between
    assert ("DividendsDeclaredPerShare", "33", "2030-04-01/2031-03-31", ("final",)) in facts


def test_flattened_total_without_commas_glued_to_its_amount_per_share_is_not_split() -> None:
    glued = FLAT.replace("普通株式(注1)1,20431", "普通株式(注1)60931")
    assert not any(f[1] in ("609000000", "60931000000") for f in _dividends(glued))
    reason = _unmapped(glued)["(注1)609312030年3月31日2030年6月27日"]
    assert reason.startswith("a flattened dividend row whose figures run together")
