"""English news on Korean, Asian and Indian company results: marks, pairs and quarters.

- A round mark, a band or a level is no value: "surpassed the 40 trillion-won ($35 billion) mark",
  "revenue tops W50tr" (a headline's present tense), "kept sales in the 40 trillion won range",
  "stayed at the 3 trillion won-level", "crossed the Rs 20,000-crore mark".
- A scale word joined by a hyphen is still the scale: "41-trillion won", "a Rs 500-crore profit".
- Of a pair "from Rs 1,204.60 crore ... to Rs 1,388.25", the amount without the scale word its
  pair states is left out (its scale is unsaid), never read as so many rupees.
- "standalone net profit" is the parent-only basis, never a segment: it is the company's profit
  where the story states no other, and no second value beside the consolidated one.
- "Revenue from Online Booking" is that line's revenue, not the company's (Indian news names
  a line in capitals after "from"; "revenue from operations" is the company's); "YoY" after a
  figure is the basis of its change, not the figure's period.
- "the second quarter", "the June quarter" and "the three months ended June" are one quarter in
  an undated story, "the first six months" and "the first half" one half (one ``StatedPeriodAxis`` member); in a year ending in March, "the June quarter"
  is the first.

The stories are written for these tests (invented companies and figures).
"""

from __future__ import annotations

from factlib import facts

from converter.pipeline import convert_text

STATED = "StatedPeriodAxis"


def _figures(text: str, date: str | None = None) -> set[tuple[str, str, str, str]]:
    """(concept, value, period, dimensions) of the figures of a converted story."""
    (converted,) = convert_text(text, "story.txt", date=date)
    return {(f.concept, f.value, f.period, ";".join(f"{a}={m}" for a, m in f.dimensions) or "-")
            for f in facts(converted) if f.unit is not None}


MARKS = (
    "Hanbit Electronics quarterly revenue tops W50tr as phone demand holds\n\n"
    "SEOUL, Oct. 28, 2030 (Hanul News) -- Quarterly sales of Hanbit Electronics Co. went past the 40 trillion-won "
    "($35 billion) mark in the July-September period, a first for the handset maker, it said Thursday.\n"
    "Sales came to 41.2 trillion won in the third quarter, up 12.5 percent from a year earlier.\n"
    "The company had failed to keep its quarterly sales in the 40 trillion won range last year.\n"
    "Net profit stayed at the 3 trillion won-level in the third quarter.\n"
)


def test_a_mark_a_band_or_a_level_is_no_value() -> None:
    found = _figures(MARKS)
    assert ("Revenues", "41200000000000", "2030-07-01/2030-09-30", "-") in found
    values = {value for _, value, _, _ in found}
    assert not values & {"40000000000000", "50000000000000", "3000000000000", "35000000000", "-35000000000"}
    assert not any(dims.startswith("SegmentAxis") for *_, dims in found)  # ("keep" is no segment)


def test_a_hyphen_before_the_scale_word_keeps_the_scale() -> None:
    found = _figures("Hanbit Electronics third-quarter results\n\nSEOUL, Oct. 24, 2030 (Hanul News) -- Hanbit "
                     "Electronics said on Thursday that its sales rose 9.5 percent on-year to 41-trillion won in the "
                     "third quarter.\n")
    assert ("Revenues", "41000000000000", "2030-07-01/2030-09-30", "-") in found
    found = _figures("Kaveri Power net profit rises\n\nNew Delhi, May 31, 2031 (Ganga Press): Kaveri Power Ltd "
                     "said its total income crossed the Rs 20,000-crore mark in the January-March quarter.\n")
    assert not any(value in ("200000000000", "20000") for _, value, _, _ in found)


INDIAN = (
    "Kaveri Power Q4 net profit up\n\n"
    "New Delhi, May 31, 2031 (Ganga Press): Kaveri Power Ltd reported a consolidated net profit of Rs 310.40 crore "
    "for the quarter ended March 31, 2031, against Rs 255.10 crore in the year-ago quarter.\n"
    "Sales climbed to Rs 1,320.55 in Q4FY31 from Rs 1,200.50 crore in Q4FY30.\n"
    "Its standalone net profit in the quarter was Rs 150.25 crore.\n"
)


def test_an_amount_without_its_pairs_scale_is_left_out() -> None:
    found = _figures(INDIAN)
    assert ("NetIncomeLoss", "3104000000", "2031-01-01/2031-03-31", "-") in found
    assert ("NetIncomeLoss", "2551000000", "2030-01-01/2030-03-31", "-") in found
    assert ("Revenues", "12005000000", "2030-01-01/2030-03-31", "-") in found
    assert not any(value == "1320.55" for _, value, _, _ in found)


def test_a_per_share_amount_is_no_pair_of_a_total() -> None:
    """"$41.5 million, or $0.52 per diluted share, compared to $30.2 million, or $0.38 per diluted
    share": the per-share amounts have no scale word to drop; each stays its period's."""
    found = _figures("Norvale Dental results\n\nMay 20, 2031 -- Net income for the quarter ended April 30, 2031 was "
                     "$41.5 million, or $0.52 per diluted share, compared to $30.2 million, or $0.38 per diluted "
                     "share, in the quarter ended April 30, 2030.\n")
    per_share = {value: period for concept, value, period, _ in found if concept == "EarningsPerShareDiluted"}
    assert set(per_share) == {"0.52", "0.38"} and per_share["0.52"] > per_share["0.38"]


def test_a_standalone_profit_is_no_segment() -> None:
    found = _figures(INDIAN)
    assert not any(dims.startswith("SegmentAxis") for *_, dims in found)
    assert not any(value == "1502500000" for _, value, _, _ in found)  # (the consolidated one stands)
    alone = _figures(INDIAN.replace("a consolidated net profit", "a net profit").replace(
        "Its standalone net profit in the quarter was Rs 150.25 crore.\n", ""
    ).replace("Kaveri Power Ltd reported", "Kaveri Power Ltd reported a standalone net profit of Rs 150.25 crore and"))
    assert ("NetIncomeLoss", "1502500000", "2031-01-01/2031-03-31", "-") in alone


QUARTER = (
    "Hanbit Electronics second-quarter profit rises\n\n"
    "Hanbit Electronics said its net profit in the second quarter rose 15 percent from a year earlier "
    "to 1.2 trillion won.\n"
    "Sales in the June quarter increased 8 percent to 14.5 trillion won.\n"
    "Operating profit for the three months ended June rose to 1.8 trillion won.\n"
    "In the first six months, its net profit reached 2.1 trillion won. Operating profit in the first half "
    "rose to 3.3 trillion won.\n"
    "The company's fiscal year runs from January 1 to December 31.\n"
)


def test_a_quarter_named_by_its_month_keeps_its_name_where_the_year_end_is_unsaid() -> None:
    """Which quarter "the December quarter" is depends on where the fiscal year ends (the third
    of a year ending in March, the fourth of a calendar year): a story that does not say keeps
    the name as printed, never a guessed quarter."""
    story = ("Kaveri Foods profit rises\n\n"
             "Kaveri Foods said its net profit rose 12 percent to Rs 410 crore in the December quarter.\n")
    found = _figures(story)
    assert ("NetIncomeLoss", "4100000000", "forever", f"{STATED}=December quarter") in found
    assert not any("fourth quarter" in dims or "third quarter" in dims for *_, dims in found)
    undated = QUARTER.replace("The company's fiscal year runs from January 1 to December 31.\n", "")
    assert ("Revenues", "14500000000000", "forever", f"{STATED}=June quarter") in _figures(undated)


def test_one_quarter_named_by_its_last_month_is_one_member() -> None:
    found = _figures(QUARTER)
    member = f"{STATED}=second quarter"
    assert ("NetIncomeLoss", "1200000000000", "forever", member) in found
    assert ("Revenues", "14500000000000", "forever", member) in found
    assert ("OperatingIncomeLoss", "1800000000000", "forever", member) in found
    assert ("NetIncomeLoss", "2100000000000", "forever", f"{STATED}=first half") in found
    assert ("OperatingIncomeLoss", "3300000000000", "forever", f"{STATED}=first half") in found
    assert {dims for *_, dims in found if "Stated" in dims and "Comparative" not in dims} == {member, f"{STATED}=first half"}


LINES = (
    "Kaveri Rail Q2 results\n\n"
    "New Delhi, November 15, 2031 (Ganga Press): Kaveri Rail Ltd on Tuesday posted a net profit of Rs 230.10 crore "
    "for the quarter ended September 30, 2031, up from Rs 164.30 crore a year earlier.\n\n"
    "Revenue from Online Booking rose to Rs 310.20 crore in the quarter from Rs 275.70 crore a year ago.\n"
    "Revenue from operations rose to Rs 900.40 crore in the quarter. Catering, a smaller line, saw its "
    "revenue climb 70 per cent to Rs 75 crore YoY.\n"
)


def test_revenue_from_a_named_line_is_that_lines() -> None:
    found = _figures(LINES)
    line = "SegmentAxis=Online Booking"
    assert ("Revenues", "3102000000", "2031-07-01/2031-09-30", line) in found
    assert ("Revenues", "2757000000", "2030-07-01/2030-09-30", line) in found
    assert {value for concept, value, _, dims in found if concept == "Revenues" and dims == "-"} == {"9004000000"}
    # ("to Rs 75 crore YoY": the basis of the change, never a figure of the year before)
    assert ("NetIncomeLoss", "2301000000", "2031-07-01/2031-09-30", "-") in found
