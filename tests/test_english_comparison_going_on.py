"""A wire story's run of changes: the comparison one English sentence makes goes on to the next.

News agencies write a company's results as a short run of sentences, the first ones naming the
comparison ("up 3.4 percent from a year earlier", "rose 8.1 percent on-year to ..."), the next
leaving it out because it is the same ("Sales decreased 2.7 percent to 810.4 billion won."). Such
a change is against the comparison of the sentence straight before, where it is stated with the
level it led to ("... percent to <amount>"); never across a paragraph or another sentence, nor
where the percentage is against something else ("lower than the average estimate"). Invented
stories in that layout; the second part is about a one-line paragraph that ends in a legal form's
stop ("... Co. Ltd.") and a name with its country ("Hanbit Co. of Korea Ltd.").
"""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

from converter.extract.mechanisms.sentences import sentences

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_press_release import context, extract_press_release  # noqa: E402

LEAD = ("SEOUL, May 8, 2019 (Hanbit News) -- Garam Chemical Corp. on Wednesday reported its first-quarter "
        "net profit of 41.2 billion won, up 3.4 percent from a year earlier.\n")
FILING = "Its operating profit for January-March climbed 8.1 percent on-year to 52.6 billion won, the chemicals maker said."
ESTIMATE = "The operating profit was 6.3 percent lower than the average estimate, according to a survey of analysts.\n"


def _changes(text: str) -> dict[str, tuple[Decimal, str]]:
    """Each percent change: its value and its comparative period."""
    found = extract_press_release(context(text, "Garam Chemical Corp."))
    return {o.concept: (o.value, dict(o.dimensions).get("ComparativePeriodAxis"))
            for o in found.observations if o.concept.endswith("PercentChange")}


def test_a_change_without_comparison_goes_on_with_the_sentence_before() -> None:
    changes = _changes(LEAD + FILING + " Sales decreased 2.7 percent to 810.4 billion won.\n" + ESTIMATE)
    assert changes["RevenuesPercentChange"] == (Decimal("-0.027"), "2018-01-01/2018-03-31")
    assert changes["OperatingIncomeLossPercentChange"] == (Decimal("0.081"), "2018-01-01/2018-03-31")
    assert changes["NetIncomeLossPercentChange"] == (Decimal("0.034"), "2018-01-01/2018-03-31")


def test_a_comparison_with_a_figure_goes_on_too() -> None:
    """"..., compared with 40.1 billion won a year ago. Sales fell 3 percent to ...": the figure's."""
    text = LEAD + ("The company posted 52.6 billion won in operating profit for the quarter, compared with "
                   "40.1 billion won a year ago. Sales fell 3 percent to 1.12 trillion won.\n")
    assert _changes(text)["RevenuesPercentChange"] == (Decimal("-0.03"), "2018-01-01/2018-03-31")


def test_no_comparison_across_a_paragraph_or_a_sentence() -> None:
    across_paragraph = LEAD + FILING + "\n\nSales decreased 2.7 percent to 810.4 billion won.\n"
    across_sentence = LEAD + FILING + " Its plants ran at full capacity. Sales decreased 2.7 percent to 810.4 billion won.\n"
    assert "RevenuesPercentChange" not in _changes(across_paragraph)
    assert "RevenuesPercentChange" not in _changes(across_sentence)


def test_only_a_change_stated_with_the_level_it_led_to() -> None:
    """"Sales decreased 2.7 percent." (no level) and "its revenue growth in constant currency
    stood at 1.9%" may be against another comparison: left out."""
    assert "RevenuesPercentChange" not in _changes(LEAD + FILING + " Sales decreased 2.7 percent.\n")
    text = LEAD + FILING + " In constant currency terms, its revenue growth stood at 1.9%.\n"
    assert "RevenuesPercentChange" not in _changes(text)


def test_a_percentage_against_an_estimate_is_no_change() -> None:
    text = LEAD + FILING + "\nThe operating profit was 6.3 percent lower than the average estimate at 56.1 billion won.\n"
    assert _changes(text)["OperatingIncomeLossPercentChange"] == (Decimal("0.081"), "2018-01-01/2018-03-31")


# --- a one-line paragraph ending in a legal form's stop -------------------------------------------

STORY = ("Strong demand for memory chips also lifted earnings at rival makers, analysts said, with the largest gains "
         "thought to have gone to the contract makers, among them Daebo Semiconductor Manufacturing Co. Ltd.\n"
         "Garam Chemical Corp., the country's top maker of resins, said operating profit came to 52.6 billion won "
         "in the January-March quarter of 2019, compared with 40.1 billion won a year earlier.\n"
         "Hanbit Co. of Korea Ltd. (HCK), another maker, said its first-quarter operating profit of 2019 came to 9.9 billion won.\n")


def test_a_stop_ending_a_one_line_paragraph_ends_its_sentence() -> None:
    lines = STORY.splitlines()
    found = [s.text.strip() for s in sentences(STORY)]
    assert found[:2] == lines[:2]


def test_the_next_paragraphs_company_and_a_name_with_its_country() -> None:
    found = extract_press_release(context(STORY, "Garam Chemical Corp."))
    members = {(o.value, dict(o.dimensions).get("CounterpartyAxis")) for o in found.observations
               if o.concept == "OperatingIncomeLoss"}
    assert (Decimal("52600000000"), None) in members
    assert (Decimal("9900000000"), "Hanbit Co. of Korea Ltd. (HCK)") in members
