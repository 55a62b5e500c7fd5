"""The outcome of a board meeting an Indian listed company sends the exchange dates itself: "the
Board of Directors at its meeting held today i.e. <date>". That date is the document's and its
board's, ahead of a web copy's publication stamp and of any other date the text cites."""

from __future__ import annotations

import pytest

from converter.pipeline import convert_text
from factlib import facts


def _dates(text: str) -> dict[str, str]:
    found = facts(convert_text(text, "outcome.txt")[0])
    return {f.concept: str(f.value) for f in found if f.concept in ("DocumentDate", "BoardResolutionDate")}


@pytest.mark.parametrize("text, day", [
    pytest.param(" date 2026-03-18 This is to inform you that the Board of Directors of Garam Textiles Limited at "
                 "its meeting held today i.e. March 17, 2026, inter alia approved the audited financial results.",
                 "2026-03-17", id="held-today-ie-before-a-stamp"),
    pytest.param("A meeting of the Board of Directors of the Company was held today i.e. on 14th August, 2026, at "
                 "10.40am. The regulator by its circular dated 09th June, 2025 has allowed filing within one month.",
                 "2026-08-14", id="held-today-ie-on-before-a-cited-date"),
    pytest.param(" date 2026-01-18 Outcome of Board Meeting held on Today i.e. Monday, 5th February, 2026. The Board "
                 "declared an interim dividend of Rs. 1.35 per equity share.", "2026-02-05",
                 id="held-on-today-a-weekday"),
    pytest.param("At the meeting of the Board of Directors of the Company held today, the 16th May, 2026, the "
                 "Directors have recommended a dividend of Rs.0.85 per share.", "2026-05-16", id="held-today-the"),
])
def test_the_day_a_board_outcome_calls_today(text, day):
    assert _dates(text) == {"DocumentDate": day, "BoardResolutionDate": day}


def test_held_today_at_a_time_is_no_date():
    text = (" date 2026-11-25 The meeting of the Board of Directors of our Company was held today at 10.15 a.m. "
            "and concluded at 12.45 p.m.")
    assert _dates(text) == {"DocumentDate": "2026-11-25"}
