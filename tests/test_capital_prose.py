"""Paid-in capital stated in a notice's prose, before and after a change of the share capital
(mechanisms.capital_prose). Texts are invented, in the wording Taiwanese, Korean and Indian
issuers' 6-K notices use; each row gives the (value, side, reported) of every figure read."""

from __future__ import annotations

from decimal import Decimal

import pytest

from factlib import facts
from converter.extract.mechanisms.capital_prose import capital_clauses
from converter.pipeline import convert_bytes


def read(text: str) -> list[tuple[str, str, bool]]:
    """(value, side, whether it is a fact) of each figure of the company's paid-in capital."""
    return [(str(c.value), c.side, not c.reason) for c in capital_clauses(text)]


CLAUSES = [
    pytest.param("Before the Redemption, the Company's paid-in capital was NT$5,120,400,000, and the net book value "
                 "per share was NT$18.02. After the Redemption, the Company's paid-in capital is NT$5,118,900,000, "
                 "while the net book value per share remains NT$18.02.",
                 [("5120400000", "before", False), ("5118900000", "after", True)], id="before-was-after-is"),
    pytest.param("Our paid-in capital decreased from KRW 60 billion to KRW 12 billion.",
                 [("60000000000", "before", False), ("12000000000", "after", True)], id="from-a-to-b"),
    pytest.param("Consequently, the paid-up equity share capital of the Company stands increased to Rs. 2,400,000,000 "
                 "consisting of 480,000,000 equity shares of Rs. 5 each from Rs. 1,200,000,000 consisting of "
                 "240,000,000 equity shares of Rs. 5 each.",
                 [("2400000000", "after", True), ("1200000000", "before", False)], id="to-b-later-from-a"),
    pytest.param("The Company's paid-in capital was NT$3,000,000,000 as of June 30, 2015.",
                 [("3000000000", "past", True)], id="was-as-of-a-date"),
    pytest.param("The Company's paid-in capital was NT$3,000,000,000.", [("3000000000", "past", False)],
                 id="was-without-a-date"),
    pytest.param("Upon completion of the offering, the Company's paid-in capital will be NT$4,000,000,000.",
                 [("4000000000", "future", False)], id="a-change-not-yet-made"),
    pytest.param("The paid-in capital of the Company amounts to JPY 25,000 million.",
                 [("25000000000", "after", True)], id="of-the-company-amounts-to"),
    # none: another company's capital, a reserve, a label line, no owner
    pytest.param("Example Shipping Co., Ltd.'s paid-in capital is KRW 40 billion.", [], id="another-company"),
    pytest.param("The investee's paid-in capital is NT$800,000,000.", [], id="an-investee"),
    pytest.param("The Company's additional paid-in capital is NT$1,500,000,000.", [], id="additional-paid-in-capital"),
    pytest.param("- Paid-in capital (KRW) : 5,000,000,000", [], id="a-label-line"),
    # (Indian lakh and crore grouping is one figure: read whole since periods4; before, cut short, no figure)
    pytest.param("the paid-up equity share capital of the Company stands increased to ₹21,84,19,14,900 consisting of",
                 [("21841914900", "after", True)], id="indian-grouping-read-whole"),
    pytest.param("Paid-in capital decreased from NT$900,000,000 to NT$850,000,000.", [], id="no-owner-named"),
]


@pytest.mark.parametrize("text, expected", CLAUSES)
def test_capital_clauses(text: str, expected: list[tuple[str, str, bool]]) -> None:
    assert read(text) == expected


NOTICE = """FORM 6-K
REPORT OF FOREIGN PRIVATE ISSUER
For the month of March, 2015
Example Circuits Corporation
(Indicate by check mark whether the registrant files or will file annual reports under cover of Form 20-F or Form 40-F.)
Form 20-F X Form 40-F
SIGNATURES
Date: March 18, 2015
By: /s/ Mei-Ling Wu
Name: Mei-Ling Wu
Title: Chief Financial Officer

The Company cancelled 120,000 restricted employee shares.
Before the Cancellation, the Company's paid-in capital was NT$6,401,200,000. After the Cancellation, the
Company's paid-in capital is NT$6,400,000,000.
"""


def test_the_capital_after_the_change_is_a_fact_at_the_documents_date() -> None:
    (converted,) = convert_bytes(NOTICE.encode(), "notice.txt")
    found = [(f.value, f.period, f.unit) for f in facts(converted) if f.concept == "PaidInCapital"]
    assert found == [("6400000000", "2015-03-18", "iso4217:TWD")]
    reasons = {m.text: m.reason for m in converted.extraction.unmapped}
    assert reasons["NT$6,401,200,000"].startswith("paid-in capital before the change")


def test_values_are_decimal() -> None:
    (figure,) = capital_clauses("Our paid-in capital is KRW 1,000,000.")
    assert figure.value == Decimal("1000000") and figure.currency == "KRW"
