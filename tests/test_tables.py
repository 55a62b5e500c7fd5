"""Results tables in every layout (``converter.extract.mechanisms.tables``, bound by ``table_binding``).

Each document ``tests/data/tables/NAME.txt`` (invented companies and figures, laid out as real
filings lay out their tables) is converted whole; the facts the table rules produce must be
exactly the rows of ``NAME.facts.tsv`` (concept, value, period, unit, decimals, dimensions), and
each ``!unmapped`` row (figure, reason) must be among the figures reported unmapped. Then the
parsers of column headings and unit headings are pinned by tables of real-world forms, known
limits as strict xfail rows.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from arelle_support import assert_arelle_clean
from converter.extract.mechanisms.table_cells import lay_over
from converter.extract.mechanisms.table_calendar import document_calendar
from converter.extract.mechanisms.table_headings import HeadingEnv, column_meaning
from converter.extract.mechanisms.table_units import cell_unit, scale_statement, unit_statements
from converter.extract.mechanisms.table_rows import row_measure
from converter.model import Observation
from converter.parse.periods import FiscalCalendar
from converter.pipeline import convert_file, convert_text, write_converted

TABLES = Path(__file__).resolve().parent / "data" / "tables"
WRITTEN = sorted(p.stem for p in TABLES.glob("*.txt"))


def unit_text(o: Observation) -> str:
    if o.unit is None:
        return "-"
    text = "*".join(m.split(":")[1] for m in o.unit.numerator)
    if o.unit.denominator:
        text += "/" + "*".join(m.split(":")[1] for m in o.unit.denominator)
    return text


def row(o: Observation) -> tuple[str, ...]:
    dims = ";".join(f"{a}={m}" for a, m in o.dimensions) or "-"
    return (o.concept, str(o.value), str(o.period), unit_text(o), str(o.decimals), dims)


def expected(name: str) -> tuple[set[tuple[str, ...]], set[tuple[str, str]]]:
    facts, unmapped = set(), set()
    for line in (TABLES / f"{name}.facts.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        fields = tuple(line.split("\t"))
        if fields[0] == "!unmapped":
            unmapped.add((fields[1], fields[2]))
        else:
            facts.add(fields)
    return facts, unmapped


@pytest.mark.parametrize("name", WRITTEN)
def test_table_document(name: str) -> None:
    (converted,) = convert_file(TABLES / f"{name}.txt")
    extraction = converted.extraction
    got = {row(o) for o in extraction.observations if o.rule.startswith("table:")}
    facts, unmapped = expected(name)
    assert sorted(got - facts) == [], "unexpected facts"
    assert sorted(facts - got) == [], "missing facts"
    reported = {(m.text, m.reason) for m in extraction.unmapped}
    assert sorted(unmapped - reported) == [], f"not reported unmapped; reported {sorted(reported)}"


@pytest.mark.parametrize("name", ["fixed-quarters-twd", "digest-korean-dated"])
def test_table_document_converts_to_an_instance_arelle_accepts(name: str, tmp_path: Path) -> None:
    converted = convert_file(TABLES / f"{name}.txt")
    (path,) = write_converted(converted, tmp_path)
    assert_arelle_clean(path)


# ---------------------------------------------------------------------------------------------
# Column headings -> period and role
# ---------------------------------------------------------------------------------------------

DATED = HeadingEnv(dt.date(2005, 8, 10))
MARCH_BY_START = HeadingEnv(dt.date(2005, 8, 10), FiscalCalendar(3, "start"))
UNNAMED_MARCH = HeadingEnv(dt.date(2005, 8, 10), None)
UNDATED = HeadingEnv(None)


def known_limit(*values, reason: str):
    return pytest.param(*values, marks=pytest.mark.xfail(strict=True, reason=reason))


# (heading cells top to bottom, captions, environment, expected role, period or reason)
HEADINGS = [
    (["3Q03"], [], DATED, "value", "2003-07-01/2003-09-30"),
    (["Q3 2003"], [], DATED, "value", "2003-07-01/2003-09-30"),
    (["2Q 2005"], [], DATED, "value", "2005-04-01/2005-06-30"),
    (["2005", "2Q"], [], DATED, "value", "2005-04-01/2005-06-30"),
    (["2005 2Q"], [], DATED, "value", "2005-04-01/2005-06-30"),
    (["Q2 FY2005"], [], DATED, "value", "2005-04-01/2005-06-30"),
    (["Second Quarter", "2005"], [], DATED, "value", "2005-04-01/2005-06-30"),
    (["2004년 2분기"], [], DATED, "value", "2004-04-01/2004-06-30"),
    (["1H05"], [], DATED, "value", "2005-01-01/2005-06-30"),
    (["H1 2005"], [], DATED, "value", "2005-01-01/2005-06-30"),
    (["2003.1H"], [], DATED, "value", "2003-01-01/2003-06-30"),
    (["2005년 상반기"], [], DATED, "value", "2005-01-01/2005-06-30"),
    (["9M05"], [], DATED, "value", "2005-01-01/2005-09-30"),
    (["2005년 1~6월"], [], DATED, "value", "2005-01-01/2005-06-30"),
    (["Jan.-Mar. 2005"], [], DATED, "value", "2005-01-01/2005-03-31"),
    (["Nov.-Jan. 2005"], [], DATED, "value", "2004-11-01/2005-01-31"),
    (["FY2004"], [], DATED, "value", "2004-01-01/2004-12-31"),
    (["FY04"], [], DATED, "value", "2004-01-01/2004-12-31"),
    (["Fiscal 2004"], [], DATED, "value", "2004-01-01/2004-12-31"),
    (["Year 2004"], [], DATED, "value", "2004-01-01/2004-12-31"),
    (["2004년"], [], DATED, "value", "2004-01-01/2004-12-31"),
    (["2004"], [], DATED, "value", "2004-01-01/2004-12-31"),
    (["2004"], ["FOR THE YEAR ENDED 31ST DECEMBER, 2004"], DATED, "value", "2004-01-01/2004-12-31"),
    (["2004"], ["Years ended March 31,"], DATED, "value", "2003-04-01/2004-03-31"),
    (["Fiscal Year ended Sep. 2004"], [], DATED, "value", "2003-10-01/2004-09-30"),
    (["Year ended December 31, 2004"], [], DATED, "value", "2004-01-01/2004-12-31"),
    (["Three Months Ended", "September 30,", "2003"], [], DATED, "value", "2003-07-01/2003-09-30"),
    (["Nine Months Ended", "September 30,", "2003"], [], DATED, "value", "2003-01-01/2003-09-30"),
    (["Three Months Ended June 30,", "2004"], [], DATED, "value", "2004-04-01/2004-06-30"),
    (["2004"], ["Three months ended June 30, 2005 and 2004"], DATED, "value", "2004-04-01/2004-06-30"),
    (["Year ended Mar. 2006"], [], DATED, "value", "2005-04-01/2006-03-31"),
    (["Jun 30,", "2004", "KRW"], ["For the three months ended (unaudited)"], DATED, "value", "2004-04-01/2004-06-30"),
    (["Six months ended", "June 30, 2005"], [], DATED, "value", "2005-01-01/2005-06-30"),
    (["12 months ended", "Dec. 31, 2004"], [], DATED, "value", "2004-01-01/2004-12-31"),
    (["Three Months Ended", "February 29,", "2003"], [], DATED, "value", "2002-12-01/2003-02-28"),
    (["December 31,", "2004"], [], DATED, "value", "2004-12-31"),
    (["September 30, 2004"], [], DATED, "value", "2004-09-30"),
    (["31 March 2005"], [], DATED, "value", "2005-03-31"),
    (["2004.12.31"], [], DATED, "value", "2004-12-31"),
    (["2005년 6월말"], [], DATED, "value", "2005-06-30"),
    (["As of June 30, 2005"], [], DATED, "value", "2005-06-30"),
    (["2004", "HK$", "Million"], [], DATED, "value", "2004-01-01/2004-12-31"),
    (["2004 (audited)"], [], DATED, "value", "2004-01-01/2004-12-31"),
    (["FY2005"], [], MARCH_BY_START, "value", "2005-04-01/2006-03-31"),
    (["1Q FY2005"], [], MARCH_BY_START, "value", "2005-04-01/2005-06-30"),
    (["2005"], [], MARCH_BY_START, "value", "2005-04-01/2006-03-31"),
    # changes: the comparative period comes from the table (see test_change_columns)
    (["QoQ"], [], DATED, "change", "prior_quarter"),
    (["YoY"], [], DATED, "change", "prior_year"),
    (["y-o-y"], [], DATED, "change", "prior_year"),
    (["YoY change (%)"], [], DATED, "change", "prior_year"),
    (["전분기 대비"], [], DATED, "change", "prior_quarter"),
    (["전년 동기 대비"], [], DATED, "change", "prior_year"),
    (["% change"], [], DATED, "change", "columns"),
    (["Change"], [], DATED, "change", "columns"),
    (["증감률"], [], DATED, "change", "columns"),
    (["2005 2Q / 2004 2Q", "Δ%"], [], DATED, "change", "2005-04-01/2005-06-30 vs 2004-04-01/2004-06-30"),
    (["3Q04 vs. 3Q03", "%"], [], DATED, "change", "2004-07-01/2004-09-30 vs 2003-07-01/2003-09-30"),
    (["2003 대비 2004", "증감률"], [], DATED, "change", "2004-01-01/2004-12-31 vs 2003-01-01/2003-12-31"),
    # columns that hold no result
    (["2005 2Q / 2004 2Q", "amount"], [], DATED, "skip", "a change amount (no concept for it)"),
    (["2004", "%"], [], DATED, "skip", "a change amount or a share of a total (no concept for it)"),
    (["Note"], [], DATED, "skip", "a column of note references"),
    (["2005E"], [], DATED, "skip", "a forecast or plan, not a result"),
    (["FY2006 (forecast)"], [], DATED, "skip", "a forecast or plan, not a result"),
    (["2005년 목표"], [], DATED, "skip", "a forecast or plan, not a result"),
    (["제 35 기"], [], DATED, "skip", "the heading names no period"),
    (["2005/6"], [], DATED, "skip", "the heading names no period"),
    (["2Q"], [], UNDATED, "skip", "the heading names no year and the document no date"),
    (["FY2005"], [], UNNAMED_MARCH, "skip",
     "the fiscal year does not end in December and the document does not say how it names one"),
    (["2004"], [], UNNAMED_MARCH, "skip",
     "the fiscal year does not end in December and the document does not say how it names one"),
    (["05.2Q"], [], DATED, "value", "2005-04-01/2005-06-30"),
    (["'05.2Q"], [], DATED, "value", "2005-04-01/2005-06-30"),
    (["05.1H"], [], DATED, "value", "2005-01-01/2005-06-30"),
    (["2005.2Q"], [], DATED, "value", "2005-04-01/2005-06-30"),
    (["2Q05"], [], DATED, "value", "2005-04-01/2005-06-30"),
    (["2Q 2005"], [], UNDATED, "value", "2005-04-01/2005-06-30"),
    (["05.2Q"], [], UNDATED, "value", "2005-04-01/2005-06-30"),
    # a month and year under a heading that says how long the period is and no day (Indian
    # results tables: "Quarter ended" over "Jun 2005"): the period ending with the month
    (["Quarter ended", "Jun 2005"], [], DATED, "value", "2005-04-01/2005-06-30"),
    (["Sep 2005"], ["Quarter ended"], DATED, "value", "2005-07-01/2005-09-30"),
    (["Half year ended", "Sep 2005"], [], DATED, "value", "2005-04-01/2005-09-30"),
    (["Year ended", "Mar 2005"], [], DATED, "value", "2004-04-01/2005-03-31"),
    known_limit(["3Q 누적"], [], DATED, "value", "2005-01-01/2005-09-30", reason="Korean year-to-date without a year"),
    known_limit(["Year to date", "June 30, 2005"], [], DATED, "value", "2005-01-01/2005-06-30",
                reason="'year to date' is not read as a duration to the date below it"),
]


@pytest.mark.parametrize("texts, captions, env, role, expected", HEADINGS)
def test_column_headings(texts, captions, env, role, expected) -> None:
    column = column_meaning(texts, captions, env)
    assert column.role == role
    if role == "value":
        assert str(column.period) == expected
    elif role == "change" and column.comparative is not None:
        assert f"{column.period} vs {column.comparative}" == expected
    elif role == "change":
        assert column.relation == expected
    else:
        assert column.reason == expected


# ---------------------------------------------------------------------------------------------
# Unit headings -> (currency, scale)
# ---------------------------------------------------------------------------------------------

UNITS = [
    ("(단위: 억원)", [("KRW", "1E+8")]),
    ("(단위 : 백만원)", [("KRW", "1E+6")]),
    ("(단위:천원)", [("KRW", "1E+3")]),
    ("(단위: 억원, %)", [("KRW", "1E+8")]),
    ("(단위:억원, 원, %, 괄호안은 증감률)", [("KRW", "1E+8")]),
    ("(단위: 백만원, 천US$)", [("KRW", "1E+6"), ("USD", "1E+3")]),
    ("(KRW bn)", [("KRW", "1E+9")]),
    ("(KRW BN)", [("KRW", "1E+9")]),
    ("KRW mn", [("KRW", "1E+6")]),
    ("Unit: KRW bn", [("KRW", "1E+9")]),
    ("(Unit: KRW million)", [("KRW", "1E+6")]),
    ("(Won in millions)", [("KRW", "1E+6")]),
    ("(in billions of Won)", [("KRW", "1E+9")]),
    ("(In Millions of Korean Won)", [("KRW", "1E+6")]),
    ("(amounts in thousands of Won)", [("KRW", "1E+3")]),
    ("(In millions of Won, thousands of US$)", [("KRW", "1E+6"), ("USD", "1E+3")]),
    ("(In million of Korean Won and in thousands of US dollars, except share and per share data)",
     [("KRW", "1E+6"), ("USD", "1E+3")]),
    ("(in thousands of U.S. dollars, except per share data)", [("USD", "1E+3")]),
    ("(US$ in thousands)", [("USD", "1E+3")]),
    ("in millions of NT dollars", [("TWD", "1E+6")]),
    ("(in NT$ thousands)", [("TWD", "1E+3")]),
    ("NT$ thousand", [("TWD", "1E+3")]),
    ("HK$ Million", [("HKD", "1E+6")]),
    ("(HK$'000)", [("HKD", "1E+3")]),
    ("(RMB'000)", [("CNY", "1E+3")]),
    ("(RMB in millions)", [("CNY", "1E+6")]),
    ("Million Yen", [("JPY", "1E+6")]),
    ("(Unit: Million Yen)", [("JPY", "1E+6")]),
    ("(millions of yen)", [("JPY", "1E+6")]),
    ("(¥ million)", [("JPY", "1E+6")]),
    ("(EUR in millions)", [("EUR", "1E+6")]),
    ("(in thousands, except per share amounts)", []),
    ("Summary of Consolidated Results", []),
    known_limit("(in ten thousands of yen)", [("JPY", "1E+4")], reason="'ten thousands' is two words"),
    ("(Rs. in crores)", [("INR", "1E+7")]),  # crore: data/scales.tsv
    ("Basic earnings per share (HK cents)", [("HKD", "1E-2")]),
    ("(US cents)", [("USD", "1E-2")]),
    ("(cents)", []),  # cents of a dollar the cell does not name
]


@pytest.mark.parametrize("text, expected", UNITS)
def test_unit_headings(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(u.currency, f"{u.scale:.0E}") for u in unit_statements(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("(in thousands, except per share amounts)", Decimal(1000)),
    ("(in millions)", Decimal(1000000)),
    ("(in thousands of U.S. dollars)", None),  # a currency too: a unit statement, not a scale alone
    ("in thousands of shares", None),
])
def test_scale_without_currency(text: str, expected: Decimal | None) -> None:
    assert scale_statement(text) == expected


@pytest.mark.parametrize("cell, expected", [
    ("KRW", ("KRW", None)), ("US$", ("USD", None)), ("HK$", ("HKD", None)), ("Million", (None, Decimal(1000000))),
    ("Yen", ("JPY", None)), ("Million Yen", ("JPY", Decimal(1000000))), ("(%)", (None, None)),
])
def test_heading_cell_units(cell: str, expected) -> None:
    assert cell_unit(cell) == expected


# ---------------------------------------------------------------------------------------------
# Row labels, spanning headings, the fiscal calendar
# ---------------------------------------------------------------------------------------------

ROWS = [
    ("Net sales", None, "Revenues", 1),
    ("Total Net revenues", None, "Revenues", 1),
    ("Turnover", None, "Revenues", 1),
    ("Operating revenue", None, "Revenues", 1),
    ("o Operating income (loss) :", None, "OperatingIncomeLoss", 1),
    ("Operating loss", None, "OperatingIncomeLoss", -1),
    ("Operating expenses :", None, "OperatingExpenses", 1),
    ("Income before income tax expenses", None, "IncomeLossBeforeIncomeTaxes", 1),
    ("Ordinary income", None, "OrdinaryIncomeLoss", 1),
    ("경상이익", None, "OrdinaryIncomeLoss", 1),
    ("경상손실", None, "OrdinaryIncomeLoss", -1),
    ("매출액", None, "Revenues", 1),
    ("영업손실", None, "OperatingIncomeLoss", -1),
    ("당기순이익", None, "NetIncomeLoss", 1),
    ("Profit attributable to shareholders", None, "NetIncomeLoss", 1),
    ("Net income (loss)", None, "NetIncomeLoss", 1),
    ("Net income per share", None, "EarningsPerShareBasic", 1),
    ("Diluted net income per share", None, "EarningsPerShareDiluted", 1),
    ("Diluted", "Net income (loss) per share:", "EarningsPerShareDiluted", 1),
    ("Total assets", None, "Assets", 1),
    ("Shareholders' equity", None, "StockholdersEquity", 1),
    ("Revenue (KRW bn)", None, "Revenues", 1),
    # another name of the same line item in brackets (a web copy of an IR page)
    ("Revenue(Sales)", None, "Revenues", 1),
    ("Operating profit (Operating income)", None, "OperatingIncomeLoss", 1),
    ("Revenue (Operating profit)", None, None, 0),
    # "(net) other operating income" is a line of its own above operating profit
    ("Net other operating income", None, None, 0),
    ("Net Other Operating Income & Expenses", None, None, 0),
    ("Cost of revenues", None, None, 0),
    ("Subscription revenues", None, None, 0),
    ("Operating income margin", None, None, 0),
    ("Net income attributable to minority interests", None, None, 0),
    ("Revenue growth (%)", None, None, 0),
    ("ARPU", None, None, 0),
    # EBITDA in Korean is operating profit "before depreciation", never the operating profit
    ("EBITDA", None, "EBITDA", 1),
    ("감가상각전 영업이익", None, "EBITDA", 1),
    ("감가상각비 차감전 영업이익", None, "EBITDA", 1),
    ("상각전영업이익", None, "EBITDA", 1),
    ("세전 영업이익", None, None, 0),
    ("영업이익(EBITDA)", None, None, 0),
    ("Operating income before depreciation and amortization", None, None, 0),
    known_limit("Sales, net", None, "Revenues", 1, reason="an inverted line item"),
]


@pytest.mark.parametrize("label, section, concept, sign", ROWS)
def test_row_labels(label: str, section: str | None, concept: str | None, sign: int) -> None:
    measure = row_measure(label, section)
    assert (measure.concept, measure.sign) == (concept, sign) if concept else measure is None


def test_row_units_in_the_label() -> None:
    measure = row_measure("Revenue (KRW bn)", None)
    assert (measure.currency, measure.scale) == ("KRW", Decimal(10) ** 9)
    assert row_measure("Subscribers (thousands)", None).count_scale == Decimal(1000)
    assert row_measure("Operating margin (%)", None).percent


def test_rows_under_a_segment_heading_are_not_the_company_s() -> None:
    assert row_measure("Revenues", "Wireless division").reason is not None
    assert row_measure("Total revenues", "Wireless division").reason is None
    assert row_measure("Total revenues", "Revenues:").reason is None


@pytest.mark.parametrize("upper, leaves, expected", [
    (["2005", "2005", "2005 2Q / 2005 1Q", "2004", "2005 2Q / 2004 2Q"],
     ["2Q", "1Q", "amount", "Δ%", "2Q", "amount", "Δ%"], [0, 1, 2, 2, 3, 4, 4]),
    (["3Q04", "2Q04"], ["Amount", "YoY", "Amount", "YoY"], [0, 0, 1, 1]),
    (["2004", "2003"], ["KRW", "US$", "KRW", "US$"], [0, 0, 1, 1]),
    (["2004", "2003"], ["3Q", "2Q", "3Q"], None),  # which year is over two quarters cannot be told
])
def test_spanning_headings_laid_over_columns(upper, leaves, expected) -> None:
    assert lay_over(upper, leaves, DATED) == expected


@pytest.mark.parametrize("text, expected", [
    ('for the fiscal year ending March 31, 2004 ("fiscal 2003")', FiscalCalendar(3, "start")),
    ("for the fiscal year ended March 31, 2004 (fiscal 2004)", FiscalCalendar(3, "end")),
    ("for the year ended December 31, 2004", FiscalCalendar()),
    ("Results for the Fiscal Year Ending September 30, 2004", None),
    ("3월 결산법인", None),
    ("12월 결산법인", FiscalCalendar()),
])
def test_fiscal_calendar_from_the_document(text: str, expected) -> None:
    assert document_calendar(text) == expected


# ---------------------------------------------------------------------------------------------
# Summaries flattened column-wise: which way the figures run is proven, never assumed
# ---------------------------------------------------------------------------------------------

FLAT_HEAD = ("May 20, 2005 Financial Results for the Fiscal Year Ended March 31, 2005 Company name: "
             "Example Tools Co., Ltd. (1) Operating Results Net sales Operating income Million Yen "
             "YoY change (%) Million Yen YoY change (%) Fiscal Year ended Mar. 2005 Fiscal Year ended Mar. 2004 ")


def _flat_facts(figures: str) -> set[tuple[str, ...]]:
    (converted,) = convert_text(FLAT_HEAD + figures + " Notes: none\n", "summary.txt")
    return {row(o)[:3] for o in converted.extraction.observations if o.rule.startswith("table:")}


def test_flattened_column_after_column() -> None:
    got = _flat_facts("5,500 5,000 10.0 3.1 800 640 25.0 -2.0")
    assert ("Revenues", "5500000000", "2004-04-01/2005-03-31") in got
    assert ("OperatingIncomeLoss", "640000000", "2003-04-01/2004-03-31") in got
    assert ("OperatingIncomeLossPercentChange", "-0.020", "2003-04-01/2004-03-31") in got


def test_flattened_row_after_row() -> None:
    got = _flat_facts("5,500 10.0 800 25.0 5,000 3.1 640 -2.0")
    assert ("Revenues", "5000000000", "2003-04-01/2004-03-31") in got
    assert ("OperatingIncomeLossPercentChange", "0.250", "2004-04-01/2005-03-31") in got


def test_flattened_figures_that_prove_no_order_are_left_alone() -> None:
    assert _flat_facts("5,500 5,000 12.0 3.1 800 640 41.0 -2.0") == set()


def test_per_share_figures_in_cents() -> None:
    """A per-share row stated in cents ("(HK cents)") is hundredths of the dollar, never dollars;
    a row stated in dollars stays whole."""
    text = ("RESULTS HIGHLIGHTS\nFor the year ended 31 December\n| | 2018 | 2017 |\n"
            "| Revenue (HK$ million) | 1,300 | 1,200 |\n"
            "| Basic earnings per share (HK cents) | 23.34 | 19.36 |\n"
            "| Diluted earnings per share (HK$) | 0.23 | 0.19 |\n")
    (converted,) = convert_text(text, "highlights.txt")
    got = {row(o)[:3] for o in converted.extraction.observations if o.concept.startswith("EarningsPerShare")}
    assert ("EarningsPerShareBasic", "0.2334", "2018-01-01/2018-12-31") in got
    assert ("EarningsPerShareBasic", "0.1936", "2017-01-01/2017-12-31") in got
    assert ("EarningsPerShareDiluted", "0.23", "2018-01-01/2018-12-31") in got


def test_a_web_copy_that_prints_the_headings_one_per_line() -> None:
    """A '|' table whose web copy broke its heading row one cell per line ("2018 (Unaudited) |",
    "Change" without its bar, bare "|" lines) and a row's label above its figures: the headings
    are the one row over the columns, the caption above gives their span."""
    text = ("FINANCIAL HIGHLIGHTS | |||\nFor the six months ended 30 June\n|\n|||\n"
            "2018 (Unaudited) |\n2017 (Unaudited) |\nChange\n|\n|\n"
            "Revenue (HK$'000) | 2,418,300 | 2,102,400 | +15.0% |\n"
            "Profit attributable to owners of the Company (HK$'000) |\n96,210 | 88,730 | +8.4% |\n"
            "Basic earnings per share (HK cents) | 12.10 | 11.16 | +8.4% |\n")
    (converted,) = convert_text(text, "highlights.txt")
    got = {row(o)[:3] for o in converted.extraction.observations if o.rule.startswith("table:")}
    assert ("Revenues", "2418300000", "2018-01-01/2018-06-30") in got
    assert ("Revenues", "2102400000", "2017-01-01/2017-06-30") in got
    assert ("NetIncomeLoss", "96210000", "2018-01-01/2018-06-30") in got
    assert ("EarningsPerShareBasic", "0.1210", "2018-01-01/2018-06-30") in got


# A PDF's results table copied one cell per line: the heading cells each on a line, then each row's
# label and its cells; rows of ratios print a second line of margins in brackets under the figures.
_PDF_HEAD = "3Q 2023 Earnings Release\nIncome Statement\n(Unit: KRW bn)\nClassification\n23.3Q\n23.2Q\nQoQ\n22.3Q\nYoY\n"
_PDF_ROWS = ("Revenue\n1,200.0\n1,000.0\n20.0%\n1,500.0\n-20.0%\n"
             "Operating Profit\n120.0\n80.0\n50.0%\n240.0\n-50.0%\n(10.0%)\n(8.0%)\n(16.0%)\n"
             "Net Income\n90.0\n60.0\n50.0%\n180.0\n-50.0%\n(7.5%)\n(6.0%)\n(12.0%)\n")
Q3_23, Q2_23, Q3_22 = "2023-07-01/2023-09-30", "2023-04-01/2023-06-30", "2022-07-01/2022-09-30"


def _table_facts(text: str) -> tuple[set[tuple[str, ...]], list[tuple[str, str]]]:
    (converted,) = convert_text(text, "release.txt")
    facts = {row(o)[:3] for o in converted.extraction.observations if o.rule.startswith("table:")}
    return facts, [(m.text, m.reason) for m in converted.extraction.unmapped]


def test_a_pdf_copy_one_cell_per_line_with_second_lines_of_margins() -> None:
    """The columns are as many as the heading cells over them ("23.3Q" is the third quarter of
    2023), not as many as the cells of the rows that print a second line of margins; the margins
    stand under no heading a reader could tell, and stay unmapped."""
    facts, unmapped = _table_facts(_PDF_HEAD + _PDF_ROWS)
    assert facts == {
        ("Revenues", "1200000000000", Q3_23), ("Revenues", "1000000000000", Q2_23), ("Revenues", "1500000000000", Q3_22),
        ("RevenuesPercentChange", "0.200", Q3_23), ("RevenuesPercentChange", "-0.200", Q3_23),
        ("OperatingIncomeLoss", "120000000000", Q3_23), ("OperatingIncomeLoss", "80000000000", Q2_23),
        ("OperatingIncomeLoss", "240000000000", Q3_22),
        ("OperatingIncomeLossPercentChange", "0.500", Q3_23), ("OperatingIncomeLossPercentChange", "-0.500", Q3_23),
        ("NetIncomeLoss", "90000000000", Q3_23), ("NetIncomeLoss", "60000000000", Q2_23),
        ("NetIncomeLoss", "180000000000", Q3_22),
        ("NetIncomeLossPercentChange", "0.500", Q3_23), ("NetIncomeLossPercentChange", "-0.500", Q3_23)}
    assert ("(10.0%)", "no heading over the column") in unmapped


@pytest.mark.parametrize("rows", [
    # a row whose first line lacks a cell: a margin would fall under "YoY"
    _PDF_ROWS + "Pre-tax Income\n100.0\n70.0\n200.0\n-50.0%\n(8.3%)\n(7.0%)\n(13.3%)\n",
    # a second line of figures not set apart by brackets: which are the row's cannot be told
    _PDF_ROWS.replace("(10.0%)\n(8.0%)\n(16.0%)", "10.0%\n8.0%\n16.0%"),
])
def test_a_pdf_copy_whose_rows_do_not_fit_the_headings_is_not_read(rows: str) -> None:
    facts, _ = _table_facts(_PDF_HEAD + rows)
    assert facts == set()


# A summary copied from a PDF one cell per line whose "Change" heading spans both heading rows:
# the upper row ("Three months ended" twice, "Change") prints before the dates under it
_SPANNING_HEAD = ("August 4, 2023\nHighlights of Consolidated Results for the Three Months ended June 30, 2023\n"
                  "Millions of yen (except for per share amounts)\nThree months ended\nThree months ended\nChange\n"
                  "Jun. 30, 2022\nJun. 30, 2023\n")
_SPANNING_ROWS = ("Revenue\n50,000\n55,000\n10.0%\nOperating profit\n4,000\n5,000\n25.0%\n"
                  "Profit for the period\n3,000\n3,300\n10.0%\n"
                  "Profit for the period attributable to owners of the parent company\n2,900\n3,190\n10.0%\n")
Q2_22, Q2_23 = "2022-04-01/2022-06-30", "2023-04-01/2023-06-30"


def test_a_pdf_copy_whose_change_heading_spans_both_heading_rows() -> None:
    """Each date goes under its "Three months ended", "Change" heads the last column (read as
    the last three cells, "Change" would head the first); the profit attributable to the owners
    of the parent (a line item longer than running text's test allows a label) is the net
    income, the group's profit above it (non-controlling interests included) stays unmapped."""
    facts, unmapped = _table_facts(_SPANNING_HEAD + _SPANNING_ROWS)
    assert facts == {
        ("Revenues", "50000000000", Q2_22), ("Revenues", "55000000000", Q2_23),
        ("RevenuesPercentChange", "0.100", Q2_23),
        ("OperatingIncomeLoss", "4000000000", Q2_22), ("OperatingIncomeLoss", "5000000000", Q2_23),
        ("OperatingIncomeLossPercentChange", "0.250", Q2_23),
        ("NetIncomeLoss", "2900000000", Q2_22), ("NetIncomeLoss", "3190000000", Q2_23),
        ("NetIncomeLossPercentChange", "0.100", Q2_23)}
    assert ("3,300", "the profit of the group, non-controlling interests included (the table states the owners' share)") \
        in unmapped


# A quarterly statement of income copied from a PDF one cell per line under a title line and a
# unit line, the duration heading once per column over the dates; sections ("Non-operating
# income") print on a line of their own, a long line item runs past running text's length test
_STATEMENT_HEAD = ("date 2022-10-14 Quarterly Results\n(1) Quarterly consolidated statement of income\n"
                   "(Thousands of yen)\nThree months ended\nThree months ended\nJune 30, 2021\nJune 30, 2022\n")
_STATEMENT_ROWS = ("Net sales\n1,200,000\n1,300,000\nOperating income\n100,000\n110,000\n"
                   "Non-operating income\nInterest income\n1,000\n2,000\n"
                   "Share of profit of entities accounted for using the equity method\n3,000\n4,000\n"
                   "Total non-operating income\n4,000\n6,000\nOrdinary income\n104,000\n116,000\n"
                   "Profit\n70,000\n80,000\nProfit attributable to non-controlling interests\n1,000\n1,500\n"
                   "Profit attributable to owners of parent\n69,000\n78,500\n")
Q2_21, Q2_22 = "2021-04-01/2021-06-30", "2022-04-01/2022-06-30"


def test_a_pdf_statement_of_income_under_a_title_and_a_unit_line_with_sections() -> None:
    """The title and unit lines above the headings are captions, not a heading row whose first
    cell would be the title (that made the first column headless); a section's line does not
    end the table, and its total closes it: the rows below are the company's again."""
    facts, _ = _table_facts(_STATEMENT_HEAD + _STATEMENT_ROWS)
    assert facts == {
        ("Revenues", "1200000000", Q2_21), ("Revenues", "1300000000", Q2_22),
        ("OperatingIncomeLoss", "100000000", Q2_21), ("OperatingIncomeLoss", "110000000", Q2_22),
        ("OrdinaryIncomeLoss", "104000000", Q2_21), ("OrdinaryIncomeLoss", "116000000", Q2_22),
        ("NetIncomeLoss", "69000000", Q2_21), ("NetIncomeLoss", "78500000", Q2_22)}


# A kessan tanshin's first table copied from a PDF one cell per line: line items across, each over
# its unit and its change, the periods down the side under "Three months ended"
_ITEMS_ACROSS = ("July 29, 2022\nConsolidated Financial Results for the Three Months Ended June 30, 2022\n"
                 "(Percentages indicate changes from the same period of the previous fiscal year)\n"
                 "Net sales\nOperating profit\nNet income attributable\nto owners of parent\nThree months ended\n"
                 "Million yen\n%\nMillion yen\n%\nMillion yen\n%\n"
                 "June 30, 2022\n5,500\n10.0\n800\n25.0\n600\n20.0\n"
                 "June 30, 2021\n5,000\n3.1\n640\n-2.0\n500\n4.0\n"
                 "(Note) Comprehensive income: none\n")
Q1_22, Q1_21 = "2022-04-01/2022-06-30", "2021-04-01/2021-06-30"


def test_line_items_across_over_units_one_cell_per_line() -> None:
    """"Net income attributable" left open goes on in "to owners of parent": four lines, three
    line items over three pairs of columns; the "%" of each the change of its figures."""
    facts, _ = _table_facts(_ITEMS_ACROSS)
    assert facts == {
        ("Revenues", "5500000000", Q1_22), ("Revenues", "5000000000", Q1_21),
        ("RevenuesPercentChange", "0.100", Q1_22), ("RevenuesPercentChange", "0.031", Q1_21),
        ("OperatingIncomeLoss", "800000000", Q1_22), ("OperatingIncomeLoss", "640000000", Q1_21),
        ("OperatingIncomeLossPercentChange", "0.250", Q1_22), ("OperatingIncomeLossPercentChange", "-0.020", Q1_21),
        ("NetIncomeLoss", "600000000", Q1_22), ("NetIncomeLoss", "500000000", Q1_21),
        ("NetIncomeLossPercentChange", "0.200", Q1_22), ("NetIncomeLossPercentChange", "0.040", Q1_21)}


@pytest.mark.parametrize("items", [
    # the lines of a tall cell printed before and after the others: which words head which column?
    "Net income attributable\nNet sales\nOperating profit\nto owners of parent\n",
    # three line items over two pairs of columns
    "Net sales\nOperating profit\nOrdinary profit\nNet income\n",
])
def test_line_items_across_that_cannot_be_told_apart_are_not_read(items: str) -> None:
    text = _ITEMS_ACROSS.replace("Net sales\nOperating profit\nNet income attributable\nto owners of parent\n", items)
    facts, _ = _table_facts(text)
    assert facts == set()


def test_line_items_across_in_two_rows_of_lines() -> None:
    """"Basic" / "Diluted" over "earnings per share" twice: two heading rows printed row after
    row, joined column by column; a dash is no figure."""
    text = ("July 29, 2022\nConsolidated Financial Results for the Three Months Ended June 30, 2022\n"
            "Basic\nDiluted\nearnings per share\nearnings per share\nThree months ended\nYen\nYen\n"
            "June 30, 2022\n30.50\n-\nJune 30, 2021\n24.10\n-\n(Note) none\n")
    facts, _ = _table_facts(text)
    assert facts == {("EarningsPerShareBasic", "30.50", Q1_22), ("EarningsPerShareBasic", "24.10", Q1_21)}


def test_a_markdown_table_run_together_onto_one_line() -> None:
    """The row of dashes gives four columns; rows are read while each has four cells, the one
    cut short at the end of the text is not; the units in brackets before the table are its
    caption (the running text before them is none)."""
    text = ("Hong Kong, 20 August 2025 - Interim results. Basic earnings per share rose to 8.1 HK cents. "
            "Key Data (HK$ Thousand) | Indicator | For the six months ended June 30, 2025 (HK$ Thousand) | "
            "For the six months ended June 30, 2024 (HK$ Thousand) | Change (%) | | :--- | :--- | :--- | :--- | "
            "| Revenue | 120,500 | 100,000 | +20.5% | | Gross Profit | 40,000 | 32,000 | +25.0% | "
            "| Profit Before Tax | 12,000 | 10,000 | +20.0% | | Income Tax Expense | (2,0")
    facts, _ = _table_facts(text)
    h1_25, h1_24 = "2025-01-01/2025-06-30", "2024-01-01/2024-06-30"
    assert facts == {  # (a change written with its sign, "+20.5%", is a figure)
        ("Revenues", "120500000", h1_25), ("Revenues", "100000000", h1_24), ("RevenuesPercentChange", "0.205", h1_25),
        ("GrossProfit", "40000000", h1_25), ("GrossProfit", "32000000", h1_24), ("GrossProfitPercentChange", "0.250", h1_25),
        ("IncomeLossBeforeIncomeTaxes", "12000000", h1_25), ("IncomeLossBeforeIncomeTaxes", "10000000", h1_24),
        ("IncomeLossBeforeIncomeTaxesPercentChange", "0.200", h1_25)}


def test_a_unit_row_above_the_headings_of_a_web_copy_and_expenses_in_brackets() -> None:
    """"(Amount: NT$ million) |" above headings printed one per line is the table's caption;
    the expenses printed in brackets are deductions (positive expenses), their change columns
    ("0.1") no amounts."""
    text = ("Hsinchu, Oct. 25, 2023 - Third quarter results.\nCOGS & Expenses |\n|||||||\n(Amount: NT$ million) |\n"
            "3Q23 |\n2Q23 |\nQoQ %\n|\n3Q22 |\nYoY %\n|\n||||\n"
            "Operating Revenues |\n21,000 |\n20,000 |\n5.0 |\n24,000 |\n(12.5) |\n||||\n"
            "Operating Expenses |\n(2,020) |\n(2,000) |\n1.0 |\n(2,500) |\n(19.2) |\n")
    facts, _ = _table_facts(text)
    q3_23, q2_23, q3_22 = "2023-07-01/2023-09-30", "2023-04-01/2023-06-30", "2022-07-01/2022-09-30"
    assert {f for f in facts if not f[0].endswith("PercentChange")} == {
        ("Revenues", "21000000000", q3_23), ("Revenues", "20000000000", q2_23), ("Revenues", "24000000000", q3_22),
        ("OperatingExpenses", "2020000000", q3_23), ("OperatingExpenses", "2000000000", q2_23),
        ("OperatingExpenses", "2500000000", q3_22)}


def test_line_items_across_one_column_each_at_balance_sheet_dates() -> None:
    """"Total assets", "Net assets", "Equity ratio" over "Million yen", "Million yen", "%", the
    dates down the side under "As of": one line item the vocabulary names is enough (the layout
    says the columns are line items); the ratio's "%" is its own, no change."""
    text = ("July 29, 2022\nConsolidated Financial Results for the Three Months Ended June 30, 2022\n"
            "(2)Consolidated Financial Position\nTotal assets\nNet assets\nEquity ratio\nAs of\n"
            "Million yen\nMillion yen\n%\nJune 30, 2022\n65,000\n47,000\n69.0\n"
            "March 31, 2022\n64,000\n46,000\n68.9\n(Reference) Equity: none\n")
    facts, _ = _table_facts(text)
    assert facts == {("Assets", "65000000000", "2022-06-30"), ("Assets", "64000000000", "2022-03-31")}
