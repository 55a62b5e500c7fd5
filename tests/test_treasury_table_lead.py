"""A Form 6-K report on a running share buyback (an English Korean disclosure): the table of the
treasury shares printed one cell a line under a sentence that dates it ("The details of X's
treasury shares as of <date> are as follows:"). The total held is at that date; what was held
before the buyback is not (its date the text does not give). Invented company and figures."""

from __future__ import annotations

import pytest
from factlib import facts

from converter.pipeline import convert_text

REPORT = """UNITED STATES
SECURITIES AND EXCHANGE COMMISSION
Washington, D.C. 20549
Form 6-K
REPORT OF FOREIGN PRIVATE ISSUER
PURSUANT TO RULE 13a-16 OR 15d-16
UNDER THE SECURITIES EXCHANGE ACT OF 1934
For the month of May 2031
Commission File Number: 000-55555
Hanbit Example Holdings Inc.
(Translation of registrant's name into English)
12, Yesi-ro, Jung-gu, Seoul 04500, Korea
(Address of principal executive office)
Indicate by check mark whether the registrant files or will file annual reports under cover of Form 20-F or Form 40-F.
Form 20-F \u2612 Form 40-F \u2610
Update on Acquisition of Treasury Shares
On May 3, 2031, Hanbit Example Holdings Inc. disclosed the interim results of its share buyback program which commenced on March 2, 2031.
The details of Hanbit Example Holdings' treasury shares {as_of} are as follows:
|Treasury shares held prior to the acquisition of shares under the Trust Agreement (A)
{before}|Percentage of Total Issued Shares
|2.15%
|Treasury shares acquired pursuant to the Trust Agreement from March 2, 2031 to May 2, 2031 (B)
|Type of Shares
|Common Shares
|Number of Shares Acquired
|1,240,000
|Total treasury shares held (A+B)
|Type of Shares
|Common Shares
|Number of Shares
|9,876,543
|Percentage of Total Issued Shares
|2.46%
"""

TYPED = "|Type of Shares\n|Common Shares\n|Number of Shares\n|8,636,543\n"
BARE = "|Number of Shares\n|8,636,543\n"


def _held(text: str) -> dict[str, str]:
    (converted,) = convert_text(text, "report.txt")
    return {f.value: f.period for f in facts(converted) if f.concept == "TreasurySharesHeld"}


@pytest.mark.parametrize("before", [TYPED, BARE])
def test_the_total_held_at_the_date_over_the_table(before: str) -> None:
    assert _held(REPORT.format(as_of="as of May 2, 2031", before=before)) == {"9876543": "2031-05-02"}


def test_no_date_over_the_table() -> None:
    assert _held(REPORT.format(as_of="at present", before=TYPED)) == {}
