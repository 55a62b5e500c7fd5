"""A round-up of several companies' quarters whose first paragraph gives the registrant ("Hanbit
Pharma on Tuesday said ..."): the paragraphs that open on other companies are theirs, and a
quote's attribution to an officer ("Hanbit Pharma Chairman & Managing Director Ravi Rao said")
names a person with a title, no company. Invented text in the layout of Indian business news."""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

from converter.extract.mechanisms.figure_subjects import company_subject

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_press_release import context, extract_press_release  # noqa: E402

ROUND_UP = (
    "Hanbit Pharma on Tuesday said its profit after tax rose to Rs 77 crore for the first quarter ended "
    "June 30, 2031, from Rs 41 crore in the April-June quarter of last fiscal. \"We are back on track,\" "
    "Hanbit Pharma Chairman & Managing Director Ravi Rao said.\n"
    "Daebo Realty Trust on Tuesday reported a 7 per cent increase in revenue from operations to Rs 310 crore "
    "in the first quarter, from Rs 290 crore in the year-ago period.\n"
    "Telecom major Nuri Towers on Tuesday posted a 12 per cent increase in consolidated profit to Rs 860 crore "
    "in the first quarter.\n")


def test_an_officers_attribution_is_no_company() -> None:
    sentence = '"We are back on track," Hanbit Pharma Chairman & Managing Director Ravi Rao said.'
    assert company_subject(sentence) is None


def test_a_round_up_keeps_other_companies_paragraphs_theirs_under_a_registrant() -> None:
    found = extract_press_release(context(ROUND_UP, "Hanbit Pharma"))
    parties = {(o.concept, o.value): dict(o.dimensions).get("CounterpartyAxis") for o in found.observations}
    assert parties.get(("Revenues", Decimal("3100000000"))) == "Daebo Realty Trust"
    assert not any(party and "Chairman" in party for party in parties.values())
    assert not any(party is None and value == Decimal("3100000000") for (_, value), party in parties.items())
