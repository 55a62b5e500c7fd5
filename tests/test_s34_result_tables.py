"""Results tables that gave no fact (``table_terms`` and the table vocabularies): the English
provisional-results form of Korean fair disclosures, printed one cell per line. Invented
companies and figures, in the layouts of the real forms."""

from __future__ import annotations

import pytest

from converter.pipeline import convert_text

_TERM_FORM = """\
 date 2019-10-18 Hanbit Precision : Report on Business Performance according to Consolidated Financial Statements (Fair Disclosure)
Report on Business Performance according to Consolidated Financial Statements (Fair Disclosure)
※ The following are interim figures, and may be different from final data.
1. Details of business performance
in KRW {scale}, %
Category
Current term
Previous term
Changes over previous term(%)
Same term of last year
Changes over same term of last year (%)
('19.3Q)
('19.2Q)
{year_before}
Sales
Current
4.6
4.2
9.5%
3.9
17.9%
Cumulative
12.8
8.2
-
11.7
9.4%
Operating income
Current
0.7
0.8
-12.5%
0.5
40.0%
Cumulative
2.1
1.4
-
1.9
10.5%
Net income
Current
-
-
-
-
-
Cumulative
-
-
-
-
-
2. Details of information release
Information provider
IR team
"""


def _table_facts(text: str) -> set[tuple[str, str, str, tuple]]:
    (converted,) = convert_text(text, "term-form.txt")
    return {(o.concept, str(o.value), str(o.period), o.dimensions)
            for o in converted.extraction.observations if o.rule.startswith("table:")}


_Q3, _Q2, _Q3_BEFORE = "2019-07-01/2019-09-30", "2019-04-01/2019-06-30", "2018-07-01/2018-09-30"
_TO_Q3, _TO_Q2, _TO_Q3_BEFORE = "2019-01-01/2019-09-30", "2019-01-01/2019-06-30", "2018-01-01/2018-09-30"


@pytest.mark.parametrize("year_before", ["-", "('18.3Q)"])
def test_the_english_provisional_results_form_is_read_term_by_term(year_before: str) -> None:
    facts = _table_facts(_TERM_FORM.format(scale="tn", year_before=year_before))
    tn = 10 ** 12
    expected = {
        ("Revenues", str(46 * tn // 10), _Q3, ()),
        ("Revenues", str(42 * tn // 10), _Q2, ()),
        ("Revenues", str(39 * tn // 10), _Q3_BEFORE, ()),
        ("Revenues", str(128 * tn // 10), _TO_Q3, ()),
        ("Revenues", str(82 * tn // 10), _TO_Q2, ()),
        ("Revenues", str(117 * tn // 10), _TO_Q3_BEFORE, ()),
        ("RevenuesPercentChange", "0.095", _Q3, (("ComparativePeriodAxis", _Q2),)),
        ("RevenuesPercentChange", "0.179", _Q3, (("ComparativePeriodAxis", _Q3_BEFORE),)),
        ("RevenuesPercentChange", "0.094", _TO_Q3, (("ComparativePeriodAxis", _TO_Q3_BEFORE),)),
        ("OperatingIncomeLoss", str(7 * tn // 10), _Q3, ()),
        ("OperatingIncomeLoss", str(8 * tn // 10), _Q2, ()),
        ("OperatingIncomeLoss", str(5 * tn // 10), _Q3_BEFORE, ()),
        ("OperatingIncomeLoss", str(21 * tn // 10), _TO_Q3, ()),
        ("OperatingIncomeLoss", str(14 * tn // 10), _TO_Q2, ()),
        ("OperatingIncomeLoss", str(19 * tn // 10), _TO_Q3_BEFORE, ()),
        ("OperatingIncomeLossPercentChange", "-0.125", _Q3, (("ComparativePeriodAxis", _Q2),)),
        ("OperatingIncomeLossPercentChange", "0.400", _Q3, (("ComparativePeriodAxis", _Q3_BEFORE),)),
        ("OperatingIncomeLossPercentChange", "0.105", _TO_Q3, (("ComparativePeriodAxis", _TO_Q3_BEFORE),)),
    }
    assert facts == expected


def test_the_form_scale_comes_from_its_unit_line() -> None:
    facts = _table_facts(_TERM_FORM.format(scale="bn", year_before="-"))
    assert ("Revenues", str(46 * 10 ** 8), _Q3, ()) in facts


# a bank's English preliminary results: the same form with the periods over the columns, the
# change columns' upper cells above them, a cell per line between "|"s, a negative change split
# over two lines ("(0.42" / ")"), a label wrapped around its first term row, the owners' share
# under the group's profit and a footnote's mark after the last figure
_PERIOD_FORM = """\
Daebong Bank's Preliminary Financial Performance Figures
for the Third Quarter of 2017
(Units: millions of KRW, %)
|% Change Increase
|% Change Increase
|Item
|3Q 2017
|2Q 2017
|(Decrease)
|3Q 2016
|(Decrease)
|
Operating Revenue*
|Specified Quarter
|2,110,400
|2,005,100
|5.25
|2,119,300
|(0.42
|)
|Cumulative Basis
|6,204,800
|4,094,400
|-
|5,980,200
|3.76
|
Income before
|Specified Quarter
|150,200
|140,100
|7.21
|130,000
|15.54
|
Income Tax Expense
|Cumulative Basis
|420,300
|270,100
|-
|400,100
|5.05
|
Net Income
|Specified Quarter
|110,800
|100,400
|10.36
|90,200
|22.84
|Cumulative Basis
|300,500
|189,700
|-
|280,600
|7.09
|
Profit to
the Equity
Holders of
the
Parent Entity
|
Specified Quarter
|
108,300
|
98,200
|
10.29
|
88,900
|
21.82
|Cumulative Basis
|295,100
|186,800
|-
|276,400
|6.77
|*
|Represents the sum of interest income and fee income.
"""


def test_the_form_with_periods_over_its_columns_is_read() -> None:
    facts = _table_facts(_PERIOD_FORM)
    m = 10 ** 6
    q3, q2, q3_before = "2017-07-01/2017-09-30", "2017-04-01/2017-06-30", "2016-07-01/2016-09-30"
    to_q3, to_q2, to_q3_before = "2017-01-01/2017-09-30", "2017-01-01/2017-06-30", "2016-01-01/2016-09-30"
    amounts = {(c, v, p) for c, v, p, d in facts if not c.endswith("PercentChange")}
    assert amounts == {
        ("Revenues", str(2110400 * m), q3), ("Revenues", str(2005100 * m), q2),
        ("Revenues", str(2119300 * m), q3_before), ("Revenues", str(6204800 * m), to_q3),
        ("Revenues", str(4094400 * m), to_q2), ("Revenues", str(5980200 * m), to_q3_before),
        ("IncomeLossBeforeIncomeTaxes", str(150200 * m), q3), ("IncomeLossBeforeIncomeTaxes", str(140100 * m), q2),
        ("IncomeLossBeforeIncomeTaxes", str(130000 * m), q3_before),
        ("IncomeLossBeforeIncomeTaxes", str(420300 * m), to_q3), ("IncomeLossBeforeIncomeTaxes", str(270100 * m), to_q2),
        ("IncomeLossBeforeIncomeTaxes", str(400100 * m), to_q3_before),
        # the owners' share is the net income, the group's profit above it is not
        ("NetIncomeLoss", str(108300 * m), q3), ("NetIncomeLoss", str(98200 * m), q2),
        ("NetIncomeLoss", str(88900 * m), q3_before), ("NetIncomeLoss", str(295100 * m), to_q3),
        ("NetIncomeLoss", str(186800 * m), to_q2), ("NetIncomeLoss", str(276400 * m), to_q3_before),
    }
    changes = {(c, v, p, d) for c, v, p, d in facts if c.endswith("PercentChange")}
    assert ("RevenuesPercentChange", "-0.0042", q3, (("ComparativePeriodAxis", q3_before),)) in changes
    assert ("RevenuesPercentChange", "0.0525", q3, (("ComparativePeriodAxis", q2),)) in changes
    assert ("RevenuesPercentChange", "0.0376", to_q3, (("ComparativePeriodAxis", to_q3_before),)) in changes
    assert ("NetIncomeLossPercentChange", "0.2182", q3, (("ComparativePeriodAxis", q3_before),)) in changes
    assert not any(c == "NetIncomeLossPercentChange" and v == "0.2284" for c, v, p, d in changes)


# an Indian exchange's results format flattened with "|": the reporting periods are rows of
# dates, the current period's cell over the previous one's; neither is the document's date
_PERIOD_ROWS = """\
| Particulars | Figures as at the end of current reporting period | Figures as at the end of the previous reporting period |
| Date of start of reporting period |
01/10/2019
|
01/07/2019
|
| Date of end of reporting period |
31/12/2019
|
30/09/2019
|
| Whether accounts are audited or unaudited |
Unaudited
|
Unaudited
|
| Revenue from operations |
|
|
(i) | Interest Income |
1.25
|
0.93
|
(I) | Total Revenue from operations |
314.60
|
1,052.48
|
| Nature of report standalone or consolidated |
Standalone
|
Standalone
|
"""


def test_a_reporting_period_row_gives_no_document_date() -> None:
    (converted,) = convert_text(_PERIOD_ROWS, "period-rows.txt")
    dates = [o for o in converted.extraction.observations if o.concept == "DocumentDate"]
    assert dates == []


def test_a_table_whose_periods_are_rows_reports_no_figure_without_a_unit() -> None:
    (converted,) = convert_text(_PERIOD_ROWS, "period-rows.txt")
    assert [o for o in converted.extraction.observations if o.rule.startswith("table:")] == []
    reasons = {(m.text, m.reason) for m in converted.extraction.unmapped}
    assert {("314.60", "no unit or scale stated for the table"),
            ("1,052.48", "no unit or scale stated for the table")} <= reasons


def test_a_table_whose_periods_are_rows_is_read_under_a_stated_unit() -> None:
    (converted,) = convert_text("(Rs. in Lakhs)\n" + _PERIOD_ROWS, "period-rows.txt")
    facts = {(o.concept, str(o.value), str(o.period)) for o in converted.extraction.observations
             if o.rule.startswith("table:")}
    assert facts == {("Revenues", "31460000", "2019-10-01/2019-12-31"),
                     ("Revenues", "105248000", "2019-07-01/2019-09-30")}
