"""Results tables of Indian issuers as web pages and releases print them (invented companies and
figures): amounts "(Rs. in crore)" / "(Rupees in Crores.)" (crore = 10^7, INR), columns named
by the month their period ends ("Mar-24", "Sept-2024", "Mar 2024"), by a duration and its end
("Quarter ended Mar-24", "Year ended 31.03.2024") or by the fiscal quarter ("Q4 FY24", the
financial year the Companies Act sets: April to March). A month alone does not say how long its
period runs: its figures are left out unless the table says it ("Quarterly Results")."""

from __future__ import annotations

import pytest

from converter.extract.mechanisms.table_headings import HeadingEnv, column_meaning
from converter.parse.periods import FiscalCalendar
from converter.pipeline import convert_text

Q4_24, Q3_24, Q4_23 = "2024-01-01/2024-03-31", "2023-10-01/2023-12-31", "2023-01-01/2023-03-31"
FY24 = "2023-04-01/2024-03-31"
MONTH_ONLY = "the heading names the month a period ends, not how long it is"


def _table_facts(text: str) -> tuple[set[tuple[str, str, str, str]], list[tuple[str, str]]]:
    (converted,) = convert_text(text, "results.txt")
    facts = {(o.concept, str(o.value), str(o.period), o.unit.numerator[0] if o.unit else "-")
             for o in converted.extraction.observations if o.rule.startswith("table:")}
    return facts, [(m.text, m.reason) for m in converted.extraction.unmapped]


_ROWS = {"Revenue from operations": ("1,234.50", "1,100.25", "1,050.75"), "Net profit": ("145.60", "132.40", "120.90")}
_EXPECTED = {("Revenues", "12345000000", Q4_24, "iso4217:INR"), ("Revenues", "11002500000", Q3_24, "iso4217:INR"),
             ("Revenues", "10507500000", Q4_23, "iso4217:INR"), ("NetIncomeLoss", "1456000000", Q4_24, "iso4217:INR"),
             ("NetIncomeLoss", "1324000000", Q3_24, "iso4217:INR"), ("NetIncomeLoss", "1209000000", Q4_23, "iso4217:INR")}


def _piped(headings: tuple[str, str, str]) -> str:
    rows = "".join(f"| {label} | {' | '.join(cells)} |\n" for label, cells in _ROWS.items())
    return ("Sundaram Looms Limited - Standalone results\n(Rs. in crore)\n"
            f"| Particulars | {' | '.join(headings)} |\n{rows}")


@pytest.mark.parametrize("headings", [
    ("Quarter ended Mar-24", "Quarter ended Dec-23", "Quarter ended Mar-23"),
    ("Quarter ended 31.03.2024", "Quarter ended 31.12.2023", "Quarter ended 31.03.2023"),
    ("Q4 FY24", "Q3 FY24", "Q4 FY23"),  # no year end stated: the statutory April-March year of INR
    ("Q4 FY2023-24", "Q3 FY2023-24", "Q4 FY2022-23"),  # before: Q4 FY2023-24 read as Jan-Mar 2023
])
def test_columns_that_say_their_quarter(headings) -> None:
    facts, _ = _table_facts(_piped(headings))
    assert facts == _EXPECTED


@pytest.mark.parametrize("headings", [("Mar 2024", "Dec 2023", "Mar 2023"), ("Mar-24", "Dec-23", "Mar-23")])
def test_columns_named_by_a_month_alone_are_left_out(headings) -> None:
    """Before: "Mar 2024" read as the month of March 2024 (a quarter's figures given a month)."""
    facts, unmapped = _table_facts(_piped(headings))
    assert facts == set()
    assert ("1,234.50", MONTH_ONLY) in unmapped


def test_one_cell_per_line_under_piped_headings() -> None:
    """A web page's table: the headings one per line after a "|", then each row's label and its
    figures on lines of their own; the page's title says the columns are quarters."""
    rows = "".join(f"{label}\n" + "".join(f"{c}\n" for c in cells) for label, cells in _ROWS.items())
    text = ("Sundaram Looms Limited\nQuarterly Results\n|Particulars (Rupees in Crores.)\n|Mar-2024\n|Dec-2023\n"
            f"|Mar-2023\n{rows}")
    facts, _ = _table_facts(text)
    assert facts == _EXPECTED
    facts, unmapped = _table_facts(text.replace("Quarterly Results\n", ""))
    assert facts == set() and ("1,234.50", MONTH_ONLY) in unmapped


DECEMBER = HeadingEnv(None, FiscalCalendar(), None)


@pytest.mark.parametrize("texts, captions, expected", [
    (["Sept-2024"], ["Quarterly Results"], "2024-07-01/2024-09-30"),
    (["Mar-2024"], ["Half Yearly Results"], "2023-10-01/2024-03-31"),
    (["Mar 2024"], ["Quarter ended"], "2024-01-01/2024-03-31"),
    (["Year ended 31.03.2024"], [], FY24),
    (["Year ended", "31.03.2024"], [], FY24),
    (["Quarter ended Mar-24"], [], Q4_24),
    (["Sept-2024"], [], MONTH_ONLY),
    (["Dec 2023"], [], MONTH_ONLY),
    (["Mar 24"], [], "the heading names no year"),  # the 24th of March, or March 2024: not told
    (["Three months ended", "Dec. 31, 23"], [], Q3_24),
    (["FY2023-24"], [], "the heading names a fiscal year across two calendar years the document's year does not span"),
])
def test_month_headings(texts, captions, expected) -> None:
    column = column_meaning(texts, captions, DECEMBER)
    assert (str(column.period) if column.role == "value" else column.reason) == expected


@pytest.mark.parametrize("texts, expected", [
    (["FY2023-24"], FY24), (["FY 23-24"], FY24), (["Q4 FY2023-24"], Q4_24), (["Q1 FY2024-25"], "2024-04-01/2024-06-30"),
])
def test_split_fiscal_years_in_an_april_to_march_year(texts, expected) -> None:
    column = column_meaning(texts, [], HeadingEnv(None, FiscalCalendar(3, "end"), None))
    assert str(column.period) == expected


RUPEE_CAPTIONS = ["(Rs. in crore)", "(Rupees in Crores.)", "(in ₹ Cr)", "(₹ in lakhs)", "(INR in crore)",
                  "| Mar 2030 Rs in Cr | Dec 2029 Rs in Cr |"]


@pytest.mark.parametrize("caption", RUPEE_CAPTIONS)
def test_rupee_captions_start_the_results_tables_reader(caption) -> None:
    assert _results_tables_trigger().search(caption), caption


def test_rupee_captions_add_no_gate_word_that_any_english_text_holds() -> None:
    """The reader's trigger is searched only in texts holding one of its gate words: a rupee
    caption's words must not add one that nearly every English text holds ("in", "cr" of
    "increase"), or the whole trigger is searched in every document (measured: 30 of the bench's
    150 documents more, a fifth of their extraction cost)."""
    from converter.parse.gates import Gated, fold

    gate = Gated(_results_tables_trigger())
    assert not any(word in {"in", "cr", "rs", "inr"} for words in gate.gates for word in words)
    assert not gate.may_match(fold("Revenue rose in the quarter, the company said. | Total |"))


def _results_tables_trigger():  # type: ignore[no-untyped-def]
    import re

    from converter.resources import data_rows

    row = next(r for r in data_rows("readers.tsv") if r[0] == "results tables")
    return re.compile(row[-1], re.I)
