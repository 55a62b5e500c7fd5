"""A letter to a stock exchange: its addressee block ("To," and the exchange's name and address
under it, down to the salutation or the subject line) names neither the registrant nor the
title. Every letter is invented, in the layout of Indian issuers' board-meeting outcomes."""

from __future__ import annotations

from converter.pipeline import convert_text

LETTER = """{letterhead}Date: 21.05.2031

To,
The Listing Department
Example Stock Exchange Limited
14 Harbour Road, Mumbai - 400 001

Sub: Outcome of Board Meeting held on 21st May, 2031

Dear Sir/Madam,

We wish to inform you that the Board of Directors of the Company at its meeting held today has
recommended a final dividend of Rs. 3/- per equity share for the financial year 2030-31.

For Vasant Looms Limited
Sd/-
Company Secretary
"""


def _facts(text: str) -> dict[str, str]:
    extraction = convert_text(text, "letter.txt")[0].extraction
    return {o.concept: str(o.value) for o in extraction.observations}


def test_the_addressee_is_not_the_registrant_nor_the_title() -> None:
    facts = _facts(LETTER.format(letterhead=""))
    assert "Example Stock Exchange" not in facts.get("EntityRegistrantName", "")
    assert "Example Stock Exchange" not in facts.get("DocumentTitle", "")
    assert "Listing Department" not in facts.get("DocumentTitle", "")
    assert facts["DividendsDeclaredPerShare"] == "3"


def test_the_letterhead_above_the_addressee_is_the_registrant() -> None:
    facts = _facts(LETTER.format(letterhead="VASANT LOOMS LIMITED\nRegd. Office: 9 Mill Lane, Surat\n\n"))
    assert facts["EntityRegistrantName"] == "VASANT LOOMS LIMITED"
