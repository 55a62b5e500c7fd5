"""ShareholderMeetingDate from a release's sentence: the date the meeting is held on, never the
date a period ends on or a balance is stated at ('the final dividend for the year ended ...,
subject to approval at the annual general meeting')."""

from __future__ import annotations

import pytest

from test_press_release import context, extract_press_release


@pytest.mark.parametrize("sentence, expected", [
    pytest.param("The directors recommend a final dividend of HK1.5 cents per share for the year ended 31 December "
                 "2025, subject to approval by shareholders at the forthcoming annual general meeting.",
                 [], id="a-year-end-before-a-forthcoming-meeting"),
    pytest.param("The dividend for the six months ended June 30, 2025 was approved at the general meeting.",
                 [], id="a-half-year-end"),
    pytest.param("The annual general meeting will be held on May 20, 2026 to approve the accounts for the year "
                 "ended December 31, 2025.", ["2026-05-20"], id="the-meeting-date-after-the-noun"),
    pytest.param("On May 20, 2026, the annual general meeting approved the accounts as at December 31, 2025.",
                 ["2026-05-20"], id="the-meeting-date-before-the-noun"),
    # an Indian board outcome: the meeting is yet to be called; the board's date is no AGM's
    pytest.param("Outcome of Board Meeting held on 20th May, 2026 the Board has recommended a final dividend of "
                 "Rs. 0.60 per equity share subject to the approval of members at the ensuing Annual General "
                 "Meeting.", [], id="an-ensuing-meeting-after-the-boards-date"),
    pytest.param("The Board on 20th May, 2026 recommended a dividend to be approved at the ensuing annual "
                 "general meeting to be held on 18th August, 2026.", ["2026-08-18"], id="an-ensuing-meeting-dated"),
])
def test_a_period_end_is_no_meeting_date(sentence, expected):
    text = f"Hanbit Marine Announces Annual Results\n\nBusan, March 3, 2026 -- {sentence}\n"
    found = extract_press_release(context(text))
    assert [o.value.isoformat() for o in found.observations if o.concept == "ShareholderMeetingDate"] == expected
