"""Hong Kong "financial highlights" pages (an issuer's investor-relations page, the first page
of an interim or annual results announcement): a table of two periods under "Six months ended 30
September", its unit "HK$'000" under the years, per-share rows in HK cents (a hundredth of a Hong
Kong dollar), the interim dividend per share on its own row, and a balance block "As at 30
September" over its year. Every company and figure is invented; the layouts are those of the pages.
"""

from __future__ import annotations

import pytest

from converter.pipeline import convert_bytes

H1 = "D20250401-20250930"
H1_BEFORE = "D20240401-20240930"

# a fixed-width copy: the unit under the years is the only unit the page states
SPACED = """FINANCIAL HIGHLIGHTS

                                              Six months ended 30 September
                                                  2025            2024       Change
                                              HK$'000         HK$'000

Revenue                                        1,234,567       1,111,222      +11.1%
Profit attributable to owners of the Company     98,765          87,654      +12.7%
Basic earnings per share (HK cents)                12.34           10.96      +12.6%
Interim dividend per share (HK cents)               4.50            4.00      +12.5%

                                          As at 30 September  As at 31 March
                                                  2025            2025
                                              HK$'000         HK$'000
Total assets                                   5,432,100       5,210,900
"""

# a web copy of '|' rows: how long the periods are stands on a row of its own above the years
PIPED = """Financial Highlights
| For six months ended 30 June | | | |
| RESULTS (HK$ million) | 2031 | 2030 | Change |
| Revenue | 212.40 | 198.75 | 7% |
| Basic earnings per share (HK cents) | 41.28 | 37.66 | 10% |
"""


def facts(text: str) -> set[tuple[str, str, str]]:
    return {(f.concept, f.value, f.context_id) for f in convert_bytes(text.encode("utf-8"), "page.txt")[0].instance.facts}


@pytest.mark.parametrize("fact", [
    ("Revenues", "1234567000", H1),
    ("Revenues", "1111222000", H1_BEFORE),
    ("NetIncomeLoss", "98765000", H1),
    ("EarningsPerShareBasic", "0.1234", H1),  # 12.34 HK cents
    ("EarningsPerShareBasic", "0.1096", H1_BEFORE),
    ("DividendsDeclaredPerShare", "0.045", f"{H1}_DividendKind-interim"),
    ("DividendsDeclaredPerShare", "0.04", f"{H1_BEFORE}_DividendKind-interim"),
    ("Assets", "5432100000", "I20250930"),
    ("Assets", "5210900000", "I20250331"),
])
def test_a_spaced_highlights_table(fact: tuple[str, str, str]) -> None:
    assert fact in facts(SPACED)


def test_a_duration_row_above_the_years_dates_the_columns() -> None:
    found = facts(PIPED)
    assert ("EarningsPerShareBasic", "0.4128", "D20310101-20310630") in found
    assert ("Revenues", "212400000", "D20310101-20310630") in found
    assert not {f for f in found if f[2].startswith("D20310101-20311231")}  # not the whole year
