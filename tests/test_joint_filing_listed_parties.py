"""A joint filing agreement whose last page signs for several parties listed on one party line,
parted by semicolons ("A; B; as a group, and C" / "Signed on behalf of each of the above
entities"): each listed party is a reporting person with that page's signature, counted; the
caption is no sentence that ends the page. Invented names."""

from __future__ import annotations

import re

from converter.extract.kinds.joint_filing import listed_parties
from converter.extract.mechanisms.signatures import find_signature_blocks
from converter.pipeline import convert_text

AGREEMENT = """                                JOINT FILING AGREEMENT

    Each of the undersigned hereby agrees that the Schedule 13G
 filed herewith is filed jointly, pursuant to Rule 13d-1(k)(1)
of the Securities Exchange Act of 1934, as amended on behalf of
 each of them.


         Dated:     June 3, 2031

         Orlemont Holdings, Inc.


         BY: /s/ Petra K. Vanterpool
            -----------------------------------------
            Petra K. Vanterpool
            Executive Vice President



  Orlemont Mutual Insurance Society; Orlemont Life Assurances
Company; as a  group, and Orlemont SA

         Signed on behalf of each of the above entities



         BY: /s/ Petra K. Vanterpool
            -----------------------------------------
            Petra K. Vanterpool
            Attorney-in-Fact
"""

LISTED = ["Orlemont Mutual Insurance Society", "Orlemont Life Assurances Company", "Orlemont SA"]


def test_each_listed_party_signs() -> None:
    blocks = find_signature_blocks(AGREEMENT)
    pages = [page for block in blocks for page in listed_parties(AGREEMENT, block)]
    assert [p.party for p in pages] == ["Orlemont Holdings, Inc.", *LISTED]
    for page in pages:
        assert page.party_span and " ".join(AGREEMENT[slice(*page.party_span)].split()) == page.party
    assert [p.capacity for p in pages[1:]] == ["Attorney-in-Fact"] * 3


def test_agreement_counts_every_listed_party() -> None:
    converted, = convert_text(AGREEMENT, "agreement.txt")
    xml = converted.xml.decode()
    assert re.search(r"NumberOfReportingPersons[^>]*>4<", xml)
    assert re.findall(r"ReportingPersonName [^>]*>([^<]+)<", xml) == ["Orlemont Holdings, Inc.", *LISTED]
    assert re.findall(r"ReportingPersonType [^>]*>([^<]+)<", xml) == ["entity"] * 4


def test_a_party_with_a_semicolon_but_no_list_is_one_party() -> None:
    page = "Alder Rowe; a widow\n\nBY: /s/ Alder Rowe\n"
    assert [p.party for b in find_signature_blocks(page) for p in listed_parties(page, b)] in (
        [None], ["Alder Rowe; a widow"], ["Alder Rowe"])
