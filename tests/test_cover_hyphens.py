"""Covers typeset with Unicode hyphens or an en dash (word processors' output): the form's name, the
file number, the road name, the postal code and the telephone numbers are read as with ASCII
hyphens. Companies, numbers and addresses are invented."""

from __future__ import annotations

import pytest

from converter.ingest import ingest_bytes
from converter.pipeline import convert_text

NB = "\u2011"  # NON-BREAKING HYPHEN, as a word processor prints 'Form 20-F'

COVER_20F = """\
As filed with the Securities and Exchange Commission on May 14, 2021

UNITED STATES
SECURITIES AND EXCHANGE COMMISSION
Washington, D.C. 20549

Form 20-F

(Mark One)

ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934

For the fiscal year ended December 31, 2020

Commission file number: 000-54321

HANBIT PRECISION CO., LTD.

(Exact name of registrant as specified in its charter)

The Republic of Korea

(Jurisdiction of incorporation or organization)

7F, 88 Teheran-ro, Gangnam-gu,
Seoul 135-901, Korea

(Address of principal executive offices)
"""


def facts_of(text: str, name: str) -> set[tuple[str, str]]:
    (converted,) = convert_text(text, name)
    return {(f.concept, str(f.value)) for f in converted.instance.facts}


@pytest.mark.parametrize("hyphen", ["\u2010", "\u2011", "\u2012", "\ufe63"])
def test_a_cover_printed_with_unicode_hyphens_reads_as_with_ascii_ones(hyphen):
    ascii_facts = facts_of(COVER_20F, "ascii.txt")
    assert ("DocumentType", "20-F") in ascii_facts
    assert ("EntityFileNumber", "000-54321") in ascii_facts
    assert ("EntityAddressPostalCode", "135-901") in ascii_facts
    assert facts_of(COVER_20F.replace("-", hyphen), "typeset.txt") == ascii_facts


def test_a_file_number_with_an_en_dash_is_written_with_a_hyphen():
    facts = facts_of(COVER_20F.replace("000-54321", "001\u201354321"), "en-dash.txt")
    assert ("EntityFileNumber", "001-54321") in facts
    assert ("DocumentType", "20-F") in facts


COVER_6K = """\
FORM 6-K

REPORT OF FOREIGN PRIVATE ISSUER
PURSUANT TO RULE 13a-16 OR 15d-16
UNDER THE SECURITIES EXCHANGE ACT OF 1934

For the month of March 2021

Commission File Number: 001\u201387654

HANBIT PRECISION CO., LTD.
(Translation of registrant's name into English)

7F, 88 Teheran-ro, Gangnam-gu, Seoul 135-901, Korea
(Address of principal executive offices)
"""


def test_a_6k_file_number_with_an_en_dash():
    assert ("EntityFileNumber", "001-87654") in facts_of(COVER_6K, "6k.txt")


def test_an_html_hyphen_entity_is_a_hyphen_and_dashes_stay():
    html = b"<html><body><p>Form 20&#8209;F</p><p>2019&ndash;2020 &#8212; Seoul</p></body></html>"
    text = ingest_bytes(html, "cover.htm").documents[0].text
    assert "Form 20-F" in text
    assert "2019\u20132020 \u2014 Seoul" in text
