"""Dividends by kind (interim, final, special, quarterly; the year's total with no member) as
results releases write them: Hong Kong and UK style English, Korean, Japanese and Chinese. Each
row pins the value, unit, precision, period and kind of every dividend fact a passage gives (a
dividend is stated positive). Known limits are strict xfail rows: when one starts to pass, move
it up. Two invented releases are converted end to end and validated by Arelle.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from arelle_support import assert_arelle_clean
from converter.extract.kinds.press_release import extract_press_release
from converter.extract.mechanisms.dividends import kind_hits
from converter.extract.base import Found
from converter.model import Period
from converter.pipeline import convert_bytes, write_converted
from test_press_release import context, row

DATA = Path(__file__).parent / "data" / "dividends"
FY04, FY05, FY06 = "2004-01-01/2004-12-31", "2005-01-01/2005-12-31", "2006-01-01/2006-12-31"
INTERIM, FINAL, SPECIAL, QUARTERLY = (f"DividendKindAxis={k}" for k in ("interim", "final", "special", "quarterly"))
PS, TOTAL = "DividendsDeclaredPerShare", "DividendsDeclared"


def read(text: str, day: dt.date) -> Found:
    ctx = dataclasses.replace(context(text), document_date=day, document_period=Period.duration(day, day))
    return extract_press_release(ctx), ctx


def dividends(text: str, day: dt.date) -> set[tuple[str, ...]]:
    found, ctx = read(text, day)
    return {row(o, ctx) for o in found.observations if o.concept.startswith("Dividends")}


# (text, document date, facts: concept, value, period, unit, decimals, dimensions)
PHRASINGS = [
    # --- Hong Kong results announcements -------------------------------------------------------
    ("Profit was HK$250.7 million. An interim dividend in respect of the year ended 31st December, 2004 "
     "of 5.0 cents (2003: 4.5 cents) per share was paid on 7th October, 2004, absorbing a total amount "
     "of HK$15.8 million (2003: HK$14.2 million).", dt.date(2005, 3, 8),
     {(PS, "0.050", FY04, "HKD/shares", "3", INTERIM), (PS, "0.045", "2003-01-01/2003-12-31", "HKD/shares", "3", INTERIM),
      (TOTAL, "15800000", FY04, "HKD", "-5", INTERIM), (TOTAL, "14200000", "2003-01-01/2003-12-31", "HKD", "-5", INTERIM)}),
    ("Profit for the year ended 30 June 2007 was HK$2,100 million. The Directors recommend the payment of a "
     "final dividend of HK$1.60 per share for the year ended 30 June 2007. Together with the interim dividend "
     "of HK$0.70 per share, the dividend for the full year will be HK$2.30 per share.", dt.date(2007, 9, 20),
     {(PS, "1.60", "2006-07-01/2007-06-30", "HKD/shares", "2", FINAL),
      (PS, "0.70", "2006-07-01/2007-06-30", "HKD/shares", "2", INTERIM),
      (PS, "2.30", "2006-07-01/2007-06-30", "HKD/shares", "2", "-")}),
    ("The Board has declared a special dividend of US$0.50 per share for the year ended 31 December 2006.",
     dt.date(2007, 3, 1), {(PS, "0.50", FY06, "USD/shares", "2", SPECIAL)}),
    ("The Board declared a quarterly dividend of US$0.10 per share for the quarter ended 31 March 2006.",
     dt.date(2006, 4, 20), {(PS, "0.10", "2006-01-01/2006-03-31", "USD/shares", "2", QUARTERLY)}),
    ("Net profit for 2005 rose to US$12.0 million. The Board proposed a final dividend of US$0.12 per share, "
     "bringing the total dividend for the year to US$0.20 per share.", dt.date(2006, 2, 10),
     {(PS, "0.12", FY05, "USD/shares", "2", FINAL), (PS, "0.20", FY05, "USD/shares", "2", "-")}),
    ("The Directors have declared an interim dividend of HK 8.0 cents per share for the year ending 31st March, "
     "2006 (2005: HK 7.0 cents), payable on 18th January, 2006. Turnover was HK$3,218.6 million.", dt.date(2005, 11, 20),
     {(PS, "0.080", "2005-04-01/2006-03-31", "HKD/shares", "3", INTERIM),
      (PS, "0.070", "2004-04-01/2005-03-31", "HKD/shares", "3", INTERIM)}),
    # --- Korean --------------------------------------------------------------------------------
    ("가온전자는 2005년 중간배당으로 보통주 1주당 500원을 지급하기로 결의했으며 중간배당금 총액은 148억원이다.",
     dt.date(2005, 7, 25),
     {(PS, "500", FY05, "KRW/shares", "0", INTERIM), (TOTAL, "14800000000", FY05, "KRW", "-8", INTERIM)}),
    ("가온전자는 2004년 결산배당으로 1주당 1,000원을 지급한다.", dt.date(2005, 2, 20),
     {(PS, "1000", FY04, "KRW/shares", "0", FINAL)}),
    # --- Japanese ------------------------------------------------------------------------------
    ("2006年3月期の売上高は1,200億円となりました。当期の期末配当金は1株当たり15円とし、中間配当金10円と合わせた"
     "年間配当金は1株当たり25円となります。", dt.date(2006, 5, 12),
     {(PS, "15", "2005-04-01/2006-03-31", "JPY/shares", "0", FINAL),
      (PS, "25", "2005-04-01/2006-03-31", "JPY/shares", "0", "-")}),
    # --- Chinese (Hong Kong) -------------------------------------------------------------------
    ("董事會建議派發截至2005年12月31日止年度之末期股息每股港幣0.30元（2004年：每股港幣0.25元）。", dt.date(2006, 3, 20),
     {(PS, "0.30", FY05, "HKD/shares", "2", FINAL), (PS, "0.25", FY04, "HKD/shares", "2", FINAL)}),
    # Hong Kong cents (港仙): a hundredth of a Hong Kong dollar
    ("截至2006年6月30日止六個月，董事會宣派中期股息每股5港仙。", dt.date(2006, 8, 20),
     {(PS, "0.05", "2006-01-01/2006-06-30", "HKD/shares", "2", INTERIM)}),
    # --- no fact: no period named and none the text is about; an amount neither per share nor a total
    ("An interim dividend of HK$0.10 per share was declared.", dt.date(2006, 8, 20), set()),
    ("For the year ended 31 December 2005, the final dividend of HK$5 will be paid in May.", dt.date(2006, 3, 1), set()),
]

LIMITS = [
    # pence are not read as an amount yet
    ("The Board is proposing a final dividend of 8.5 pence per share for the year ended 31 March 2006.",
     dt.date(2006, 5, 20), {(PS, "0.085", "2005-04-01/2006-03-31", "GBP/shares", "3", FINAL)}),
    # "2005년 매출" does not make 2005 the period the text is about, so the year-end dividend
    # after it names no period
    ("가온전자의 2005년 매출은 1조원이다. 기말배당은 주당 1,000원으로 결정했다.", dt.date(2006, 1, 25),
     {(PS, "1000", FY05, "KRW/shares", "0", FINAL)}),
]


@pytest.mark.parametrize("text, day, expected", PHRASINGS)
def test_dividend_phrasings(text: str, day: dt.date, expected: set[tuple[str, ...]]) -> None:
    assert dividends(text, day) == expected


@pytest.mark.parametrize("text, day, expected", LIMITS)
@pytest.mark.xfail(strict=True, reason="a known limit of the dividend reader")
def test_dividend_limits(text: str, day: dt.date, expected: set[tuple[str, ...]]) -> None:
    assert dividends(text, day) == expected


def test_enough_phrasings() -> None:
    kinds = {d.split("=")[1] for *_, d in set().union(*(e for *_, e in PHRASINGS)) if d != "-"}
    assert kinds == {"interim", "final", "special", "quarterly"} and len(PHRASINGS) >= 10


def test_undated_dividend_is_reported_with_its_reason() -> None:
    found, _ = read("An interim dividend of HK$0.10 per share was declared.", dt.date(2006, 8, 20))
    assert [(m.text, m.reason) for m in found.unmapped] == [
        ("HK$0.10", "a dividend whose fiscal period the text does not name")]


def test_comparative_of_another_year_is_reported() -> None:
    found, _ = read("Profit was HK$9.0 million. An interim dividend for the year ended 31 December 2004 of "
                    "5.0 cents (2002: 4.0 cents) per share was paid.", dt.date(2005, 3, 8))
    assert [(m.text, m.reason) for m in found.unmapped] == [
        ("4.0 cents", "a dividend labelled 2002, not the year before 2004")]


@pytest.mark.parametrize("text, kinds", [
    ("The final dividend, together with the interim dividend, makes the total dividend", ["final", "interim", "total"]),
    ("a second interim dividend and a year-end dividend", ["interim", "final"]),
    ("특별배당과 분기배당, 연간 배당", ["special", "quarterly", "total"]),
    ("中期股息、末期股息及特別股息，全年股息", ["interim", "final", "special", "total"]),
    ("記念配当と年間配当", ["special", "total"]),
    ("a dividend of HK$1.00 per share; stock dividends", []),
])
def test_kind_phrases(text: str, kinds: list[str]) -> None:
    assert [h.kind for h in kind_hits(text)] == kinds


# ---------------------------------------------------------------------------------------------
# Invented releases, converted end to end
# ---------------------------------------------------------------------------------------------

def _dividend_facts(name: str, tmp_path: Path) -> set[tuple[str, str, str, str, str]]:
    path = DATA / name
    converted = convert_bytes(path.read_bytes(), path.name)
    for xml in write_converted(converted, tmp_path):
        assert_arelle_clean(xml)
    out = set()
    for document in converted:
        contexts = {c.id: c for c in document.instance.contexts}
        units = {u.id: u for u in document.instance.units}
        for f in document.instance.facts:
            if f.concept.startswith("Dividends"):
                c = contexts[f.context_id]
                kind = dict(c.dimensions).get("DividendKindAxis", "-")
                out.add((f.concept, f.value, str(c.period), units[f.unit_id].id, kind))
    return out


def test_hong_kong_annual_results(tmp_path: Path) -> None:
    fy05, fy06 = "2005-01-01/2005-12-31", "2006-01-01/2006-12-31"
    assert _dividend_facts("hk-annual-results-2006.txt", tmp_path) == {
        (PS, "0.08", fy06, "u-HKD-per-shares", "interim"), (PS, "0.065", fy05, "u-HKD-per-shares", "interim"),
        (TOTAL, "34400000", fy06, "u-HKD", "interim"), (TOTAL, "27900000", fy05, "u-HKD", "interim"),
        (PS, "0.18", fy06, "u-HKD-per-shares", "final"), (PS, "0.15", fy05, "u-HKD-per-shares", "final"),
        (TOTAL, "77400000", fy06, "u-HKD", "final"), (TOTAL, "64500000", fy05, "u-HKD", "final"),
        (PS, "0.1", fy06, "u-HKD-per-shares", "special"),
    }


def test_korean_interim_dividend_release(tmp_path: Path) -> None:
    assert _dividend_facts("ko-interim-dividend-release-2005.txt", tmp_path) == {
        (PS, "500", FY05, "u-KRW-per-shares", "interim"), (TOTAL, "14800000000", FY05, "u-KRW", "interim"),
    }


def test_japanese_tanshin_dividends(tmp_path: Path) -> None:
    fy = "2005-04-01/2006-03-31"
    assert _dividend_facts("ja-tanshin-dividends-2006.txt", tmp_path) == {
        (PS, "15", fy, "u-JPY-per-shares", "final"), (PS, "25", fy, "u-JPY-per-shares", "-"),
    }


@pytest.mark.parametrize("text, day, expected", [
    ("The Company expects to pay a final dividend of US$0.15 per share for the year ending 31 December 2006.",
     dt.date(2006, 8, 1), set()),
    ("次期の期末配当金は1株当たり20円を予想しております。", dt.date(2006, 5, 12), set()),
    ("The final dividend of US$0.15 per share for the year ended 31 December 2005 is expected to be paid on 16 May 2006.",
     dt.date(2006, 3, 1), {(PS, "0.15", FY05, "USD/shares", "2", FINAL)}),
])
def test_forecast_dividends_are_no_facts(text: str, day: dt.date, expected: set[tuple[str, ...]]) -> None:
    assert dividends(text, day) == expected


def test_highlight_without_period_takes_the_dated_statements_period() -> None:
    text = ("INTERIM RESULTS FOR THE SIX MONTHS ENDED 30TH SEPTEMBER, 2005\n\nHIGHLIGHTS\n"
            "*  Interim dividend of HK$0.08 per share\n\nINTERIM DIVIDEND\n"
            "The Directors have declared an interim dividend of HK$0.08 per share for the year ending "
            "31st March, 2006.\n")
    found, ctx = read(text, dt.date(2005, 11, 20))
    assert {row(o, ctx) for o in found.observations if o.concept.startswith("Dividends")} == {
        (PS, "0.08", "2005-04-01/2006-03-31", "HKD/shares", "2", INTERIM)}
    assert len([o for o in found.observations if o.concept == PS]) == 2  # two statements of one fact
    assert not [m for m in found.unmapped if m.text == "HK$0.08"]


def test_a_kind_outside_the_list_is_invalid(tmp_path: Path) -> None:
    """The kind is a closed list: an instance naming another kind fails validation."""
    import converter

    path = DATA / "ko-interim-dividend-release-2005.txt"
    (xml,) = write_converted(convert_bytes(path.read_bytes(), path.name), tmp_path)
    text = xml.read_text(encoding="utf-8")
    assert "<d2x:DividendKindKey>interim</d2x:DividendKindKey>" in text
    xml.write_text(text.replace(">interim<", ">midyear<"), encoding="utf-8")
    (result,) = converter.validate_path(xml)
    assert result.status == "invalid"


def test_a_fixed_width_korean_form_names_its_dividend_kind_in_words() -> None:
    """'1. 배당구분      결산배당': a numbered item whose value is a word, far right of its label;
    the record date beside its own label dates no document."""
    text = ("현금ㆍ현물배당결정\n\n"
            "1. 배당구분                          결산배당\n"
            "2. 배당종류                          현금배당\n"
            "3. 1주당 배당금(원)      보통주식           1,000\n"
            "5. 배당금총액(원)                     35,000,000,000\n"
            "6. 배당기준일                         2005-12-31\n"
            "10. 이사회결의일(결정일)               2006-02-10\n")
    (converted,) = convert_bytes(text.encode(), "dividend-form.txt")
    periods = {c.id: (str(c.period), c.dimensions) for c in converted.instance.contexts}
    facts = {(f.concept, str(f.value), *periods[f.context_id]) for f in converted.instance.facts}
    final = (("DividendKindAxis", "final"),)
    assert ("DividendsDeclaredPerShare", "1000", "2005-01-01/2005-12-31", final) in facts
    assert ("DividendsDeclared", "35000000000", "2005-01-01/2005-12-31", final) in facts
    assert not [f for f in facts if f[0] == "DocumentDate"]


@pytest.mark.parametrize("kind_line, period, kind", [
    ("1. Dividend Type Quarterly Dividend", "2019-04-01/2019-06-30", "quarterly"),
    ("1. Dividend Type Interim Dividend", "2019-01-01/2019-06-30", "interim"),
])
def test_an_english_form_flattened_onto_single_spaced_lines(kind_line: str, period: str, kind: str) -> None:
    """The English form of a Korean dividend decision as web copies print it, each item's label,
    class and value one space apart: the class opens the value ('Common Shares 800'), the record
    date runs on with its label, the kind is named in its label's line; a part-year dividend is
    of the quarter or half its record date ends, never of the board's date."""
    text = ("Decision on Cash Dividend 2019-07-26\n"
            f"{kind_line}\n"
            "2. Dividend in Distribution Cash Dividend\n"
            "3. Dividend per Share(KRW) Common Shares 450\n"
            "Different Classes of Shares -\n"
            "5. Total Dividend Amount (KRW) 12,345,600,000\n"
            "6. Dividend Record Date 2019-06-30\n"
            "7. Scheduled Dividend Payment Date 2019-08-12\n"
            "10. Date of Board Resolution (Decision Date) 2019-07-26\n")
    (converted,) = convert_bytes(text.encode(), "dividend-form-en.txt")
    periods = {c.id: (str(c.period), c.dimensions) for c in converted.instance.contexts}
    facts = {(f.concept, str(f.value), *periods[f.context_id]) for f in converted.instance.facts}
    member = (("DividendKindAxis", kind),)
    assert ("DividendsDeclaredPerShare", "450", period, member) in facts
    assert ("DividendsDeclared", "12345600000", period, member) in facts
    assert not [f for f in facts if f[0].startswith("Dividends") and f[2] != period]
