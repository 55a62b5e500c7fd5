"""Results highlights of Hong Kong, Taiwanese and Indian issuers (invented companies and figures):
amounts with the currency glued to the figure and a scale word ("HKD11.86 billion", "HK$4.52bn",
"NT$45.6 billion", "Rs 1,234 crore", "₹980 cr"), and measures the taxonomy lacks ("adjusted
profit", "core profit"; an underlying profit has its concept, UnderlyingProfit), whose figures go to the unmapped report with the reason, never onto the
near concept their words hold (net income)."""

from __future__ import annotations

import pytest

from converter.extract.mechanisms.table_rows import NO_CONCEPT
from converter.pipeline import convert_text

H1_24, H1_23 = "2024-01-01/2024-06-30", "2023-01-01/2023-06-30"
_DATELINE = ("Lotus Harbour Holdings Limited announces 2024 interim results\n\nHong Kong, 20 August 2024 - "
             "Lotus Harbour Holdings Limited today announced its results for the six months ended 30 June 2024.")


def _converted(text: str) -> tuple[set[tuple[str, str, str]], set[tuple[str, str]]]:
    (converted,) = convert_text(text, "highlights.txt")
    facts = {(o.concept, str(o.value), str(o.period)) for o in converted.extraction.observations if o.unit is not None}
    return facts, {(m.text, m.reason) for m in converted.extraction.unmapped}


@pytest.mark.parametrize("sentence, kept, left", [
    (" Revenue rose 5% to HKD11.86 billion. Adjusted profit fell 3% to HK$4.52bn, while core profit was RMB3.2 billion.",
     ("Revenues", "11860000000", H1_24), ("HK$4.52bn", "RMB3.2 billion")),
    ("\n\nHighlights\nRevenue: HKD11.86 billion (+5%)\nAdjusted profit: HK$4.52bn (-3%)\nNet profit: HK$2.10bn (-12%)\n",
     ("NetIncomeLoss", "2100000000", H1_24), ("HK$4.52bn",)),
])
def test_prose_figures_of_a_measure_the_taxonomy_lacks_are_reported(sentence, kept, left) -> None:
    facts, unmapped = _converted(_DATELINE + sentence)
    assert kept in facts
    for figure in left:
        assert (figure, NO_CONCEPT) in unmapped
    assert not any(value in ("4520000000", "3200000000") for _, value, _ in facts)


def test_table_rows_of_a_measure_the_taxonomy_lacks_are_reported() -> None:
    text = ("Lotus Harbour Holdings Limited\nInterim results for the six months ended 30 June 2024\n(HK$ million)\n"
            "| | Six months ended 30 June 2024 | Six months ended 30 June 2023 | Change |\n"
            "| Revenue | 8,100 | 7,700 | +5% |\n| Adjusted profit | 4,520 | 4,660 | -3% |\n"
            "| Core profit | 3,980 | 3,900 | +2% |\n| Profit attributable to shareholders | 2,100 | 2,390 | -12% |\n")
    facts, unmapped = _converted(text)
    assert {("NetIncomeLoss", "2100000000", H1_24), ("NetIncomeLoss", "2390000000", H1_23),
            ("Revenues", "8100000000", H1_24)} <= facts
    assert {("4,520", NO_CONCEPT), ("4,660", NO_CONCEPT), ("3,980", NO_CONCEPT)} <= unmapped


def test_glued_currencies_and_indian_scales() -> None:
    """(Read before this change too: kept as a guard.)"""
    text = ("Meghna Steel Limited Q4 FY24 results\n\nMumbai, May 10, 2024: Meghna Steel Limited reported net profit "
            "of Rs 1,234 crore for the quarter ended March 31, 2024, up 12% from ₹1,102 cr a year earlier. Revenue "
            "from operations rose to INR 12.3 billion. Core profit was ₹980 crore.\n")
    facts, unmapped = _converted(text)
    q4 = "2024-01-01/2024-03-31"
    assert {("NetIncomeLoss", "12340000000", q4), ("NetIncomeLoss", "11020000000", "2023-01-01/2023-03-31"),
            ("Revenues", "12300000000", q4)} <= facts
    assert ("₹980 crore", NO_CONCEPT) in unmapped
