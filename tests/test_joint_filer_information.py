"""A "Joint Filer Information" exhibit (Forms 3/4/5, schedules): one fixed-width block per
designated filer (Name, Address, Designated Filer, Issuer and Ticker Symbol, Date of Event
Requiring Statement, Signature). Its heading in capitals is no registrant, the address's second
line is no letterhead, the labelled event date is no signature date, and "Name: X, Title" is a
name and a title. Invented names, places and dates."""

from __future__ import annotations

import pytest

from converter.extract.mechanisms.signatures import find_signature_blocks
from converter.pipeline import convert_text

BLOCK = """
                             JOINT FILER INFORMATION
                             -----------------------

Name: Hanbit Asset Stewards Limited


Address: 7 Juniper Lane
         Northtown NT4 2QX, Ruritania


Designated Filer: {designated}


Issuer and Ticker Symbol: Sample Growth Fund, Inc. ("SGF")


Date of Event Requiring Statement: March 14, 2011


Signature:                 Hanbit Asset Stewards Limited


                           By: /S/ Mara T. Quill
                               -------------------------
                               Name: Mara T. Quill, Chief Investment Officer
"""

EXHIBIT = "EXHIBIT 99.1\n" + "\n<PAGE>\n".join(
    BLOCK.format(designated=d) for d in ("Hanbit Group PLC", "Frontier Markets Fund", "Lakeside Country Fund"))


def _instance(text: str) -> str:
    converted, = convert_text(text, "exhibit.txt")
    return converted.xml.decode()


def test_heading_and_address_are_no_registrant() -> None:
    xml = _instance(EXHIBIT)
    assert "EntityRegistrantName" not in xml
    assert "JOINT-FILER-INFORMATION" not in xml
    assert "Northtown" not in xml


def test_event_date_is_no_signature_date() -> None:
    xml = _instance(EXHIBIT)
    assert "SignatureDate" not in xml
    assert "2011-03-14" not in xml


def test_name_line_with_title_is_name_and_title() -> None:
    blocks = find_signature_blocks(EXHIBIT)
    assert blocks and all(b.signatory == "Mara T. Quill" for b in blocks)
    assert all(b.title == "Chief Investment Officer" for b in blocks)
    assert all(b.date is None for b in blocks)


@pytest.mark.parametrize("name_line, name, title", [
    ("Name: Dana Vole, President", "Dana Vole", "President"),
    ("Name: Dana Vole, Jr.", "Dana Vole, Jr.", None),  # a suffix ends the name
    ("Name: Dana Vole, Managing Director", "Dana Vole", "Managing Director"),
])
def test_name_line_parted_at_a_whole_title(name_line: str, name: str, title: str | None) -> None:
    text = ("IN WITNESS WHEREOF, the undersigned have executed this agreement.\n\n"
            "ORCA PARTNERS LIMITED\n\nBy: /s/ Dana Vole\n" + name_line + "\n")
    block, = find_signature_blocks(text)
    assert (block.signatory, block.title) == (name, title)


def test_dated_signature_still_dated() -> None:
    """'Date: <date>' and 'Dated as of' stay the block's own date."""
    text = ("IN WITNESS WHEREOF, the undersigned have executed this agreement.\n\n"
            "ORCA PARTNERS LIMITED\n\nBy: /s/ Dana Vole\nName: Dana Vole\nTitle: Director\n"
            "Date: June 3, 2012\n")
    block, = find_signature_blocks(text)
    assert str(block.date) == "2012-06-03"


def test_party_beside_the_signature_caption() -> None:
    """'Signature:        Hanbit Asset Stewards Limited' over 'By: /S/ ...': the party signing."""
    blocks = find_signature_blocks(EXHIBIT)
    assert [b.party for b in blocks] == ["Hanbit Asset Stewards Limited"] * 3


def test_signature_caption_alone_is_no_party() -> None:
    """A sentence after 'Signature:' is no party."""
    text = ("IN WITNESS WHEREOF, the undersigned have executed this agreement.\n\n"
            "Signature:     the undersigned agree to the statement above.\n\n"
            "By: /s/ Dana Vole\nName: Dana Vole\n")
    block, = find_signature_blocks(text)
    assert block.party is None or "undersigned" not in block.party
