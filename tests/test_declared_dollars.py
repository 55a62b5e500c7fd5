"""A bare "$" under a statement's declared currency: the declared dollar, not the US dollar the
symbol reads as alone; left out where the document declares two. Every document is invented."""

from __future__ import annotations

import pytest

from converter.pipeline import convert_text

ANNOUNCEMENT = """\
HANBIT PACIFIC HOLDINGS LIMITED
(Incorporated in Bermuda with limited liability)

ANNOUNCEMENT OF INTERIM RESULTS
FOR THE SIX MONTHS ENDED 30 JUNE 2019

15 August 2019

FINANCIAL HIGHLIGHTS
{declaration}
                                              2019         2018
Revenue                                      1,234        1,100
Profit attributable to shareholders            321          280
Basic earnings per share                     $0.45        $0.40

Revenue for the six months ended 30 June 2019 rose 12% to $1,234 million.
The Board has declared an interim dividend of $0.12 per share for the six months ended 30 June 2019.
"""


def units_of(text: str) -> dict[tuple[str, str], str]:
    (converted,) = convert_text(text, "announcement.txt")
    units = {u.id: u.spec for u in converted.instance.units}
    return {(f.concept, f.value): "/".join(units[f.unit_id].numerator + units[f.unit_id].denominator)
            for f in converted.instance.facts if f.unit_id and f.unit_id in units}


@pytest.mark.parametrize("declaration, code", [
    ("(in HK$ million)", "HKD"),
    ("(Amounts expressed in millions of New Taiwan dollars)", "TWD"),
    ("(in S$ million)", "SGD"),
    ("(Expressed in millions of Australian dollars)", "AUD"),
])
def test_a_bare_dollar_is_the_declared_dollar(declaration: str, code: str) -> None:
    units = units_of(ANNOUNCEMENT.format(declaration=declaration))
    assert units[("EarningsPerShareBasic", "0.45")] == f"iso4217:{code}/xbrli:shares"
    assert units[("DividendsDeclaredPerShare", "0.12")] == f"iso4217:{code}/xbrli:shares"
    assert units[("Revenues", "1234000000")] == f"iso4217:{code}"
    assert not any(unit.startswith("iso4217:USD") for unit in units.values())


def test_a_declaration_for_the_whole_announcement() -> None:
    text = ANNOUNCEMENT.format(declaration="") + "\nAll amounts in this announcement are expressed in Singapore dollars.\n"
    units = units_of(text)
    assert units[("DividendsDeclaredPerShare", "0.12")] == "iso4217:SGD/xbrli:shares"
    assert units[("Revenues", "1234000000")] == "iso4217:SGD"


def test_a_document_declaring_us_dollars_keeps_them() -> None:
    units = units_of(ANNOUNCEMENT.format(declaration="(in US$ million)"))
    assert units[("EarningsPerShareBasic", "0.45")] == "iso4217:USD/xbrli:shares"


def test_a_bare_dollar_under_two_declared_dollars_is_left_out() -> None:
    text = ANNOUNCEMENT.format(declaration="(in HK$ million)") + "\nNOTE\n(Expressed in US$ thousands)\n"
    units = units_of(text)
    assert ("EarningsPerShareBasic", "0.45") not in units
    assert ("DividendsDeclaredPerShare", "0.12") not in units
    assert units[("Revenues", "1234000000")] == "iso4217:HKD"  # the table's own unit line


def test_no_declaration_keeps_the_us_dollar() -> None:
    units = units_of(ANNOUNCEMENT.format(declaration=""))
    assert units[("DividendsDeclaredPerShare", "0.12")] == "iso4217:USD/xbrli:shares"
