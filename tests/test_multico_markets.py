"""Figures that are no period's results of the company: a threshold crossed ("10조원을 돌파",
"10조원 기록을 깼다", "1조원 클럽", "the Rs 1,000 crore mark"), and a date telling which companies
a sentence counts ("Hanil Corp., which closes its books on Dec. 31") read as the figures' period.
Invented texts written in the layouts of business news.
"""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_press_release import context, extract_press_release  # noqa: E402


def _facts(text: str, registrant: str | None = None):
    found = extract_press_release(context(text, registrant))
    return found, {(o.concept, o.value, dict(o.dimensions).get("CounterpartyAxis"),
                    dict(o.dimensions).get("SegmentAxis")) for o in found.observations}


def _whole(facts, concept: str) -> set[Decimal]:
    """The values of ``concept`` given as the registrant's own (no company, no segment)."""
    return {v for c, v, party, segment in facts if c == concept and party is None and segment is None}


# -- periods ---------------------------------------------------------------------------------------

def test_the_year_end_of_the_companies_counted_is_no_period() -> None:
    """"Hanil Corp., which closes its books on Dec. 31": the date tells the company's year end,
    the figure is of the quarter the sentence names."""
    text = (" date 2020-11-18\n\nIn the July-September period, the net profit of Hanil Corp., which closes its "
            "books on Dec. 31, came to 25.6 billion won, the company said.\n")
    found = extract_press_release(context(text, "Hanil Corp."))
    assert [(str(o.period), o.value) for o in found.observations if o.concept == "NetIncomeLoss"] == \
        [("2020-07-01/2020-09-30", Decimal("25600000000"))]


# -- thresholds -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, figure", [
    ("가온쇼핑은 올 들어 3분기 누적 총매출이 10조원을 돌파했다고 밝혔다.", "10조원"),
    ("가온쇼핑은 올 들어 3분기 만에 10조원 기록을 깼다고 밝혔다.", "10조원"),
    ("가온쇼핑은 3분기 영업이익 1조원 클럽에 가입했다고 밝혔다.", "1조원"),
    ("Kavya Motors said its quarterly revenue crossed the Rs 1,000 crore mark in the quarter ended "
     "December 31, 2021.", "Rs 1,000 crore"),
])
def test_a_threshold_crossed_is_no_stated_figure(text: str, figure: str) -> None:
    found, facts = _facts(text, "가온쇼핑" if "가온" in text else "Kavya Motors Ltd")
    assert not [f for f in facts if f[0] in ("Revenues", "OperatingIncomeLoss")], facts
    assert any(m.text == figure and "bound" in m.reason for m in found.unmapped)
