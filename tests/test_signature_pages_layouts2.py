"""Signature pages of joint filing agreements and 6-K covers in layouts met on unseen filings:
a party printed to the right of the ``Dated:`` line, an attorney-in-fact signing for a person
in a flattened table, a party's name wrapped over lines, ``Name:``/``Title:`` labels stacked
before their values. Every name here is invented."""

from __future__ import annotations

import pytest

from converter.extract.mechanisms.signatures import find_signature_blocks

AGREE = ("In accordance with Rule 13d-1(k)(1) under the Securities Exchange Act of 1934, the\n"
         "undersigned agree to the joint filing of the attached Schedule 13G on behalf of each of them.\n\n\n")


def blocks(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(b.party, b.signatory, b.title) for b in find_signature_blocks(text)]


@pytest.mark.parametrize("dated", [
    "Dated: March 3, 2006               ",
    "Dated:  March 3rd, 2006              ",
    "March 3, 2006                      ",
])
def test_a_party_printed_right_of_the_date_line_is_the_first_blocks(dated: str) -> None:
    page = (AGREE + dated + "NORTHWIND GROUP PLC,\n"
            "                                   an English company\n\n"
            "                                   By: /s/ Ella Marsh\n"
            "                                      -----------------------\n"
            "                                   Name:  Ella Marsh\n"
            "                                   Title: Company Secretary\n\n\n"
            "                                   NORTHWIND ASSET MANAGEMENT LIMITED\n\n"
            "                                   By: /s/ Tom Hale\n"
            "                                      -----------------------\n"
            "                                   Name:  Tom Hale\n"
            "                                   Title: Director\n")
    assert blocks(page) == [("NORTHWIND GROUP PLC", "Ella Marsh", "Company Secretary"),
                            ("NORTHWIND ASSET MANAGEMENT LIMITED", "Tom Hale", "Director")]
    assert find_signature_blocks(page)[0].date is not None


def test_a_by_line_right_of_the_date_is_no_party() -> None:
    page = AGREE + "Dated: March 3, 2006      By: /s/ Ella Marsh\n                          Name: Ella Marsh\n"
    (block,) = find_signature_blocks(page)
    assert (block.party, block.signatory, block.date is not None) == ("Ella Marsh", "Ella Marsh", True)


# a joint filing agreement worded as one paragraph of a longer exhibit, with no title of its own
PARAGRAPH_EXHIBIT = """                                                     EXHIBIT 99.2

           Joint Filing. Pursuant to Rule 13d-1(k)(1)(iii) of Regulation 13D-G
of the General Rules and Regulations under the Securities Exchange Act of
1934, as amended, the undersigned agrees that the statement to which this
Exhibit is attached is filed on behalf of each of them in the capacities
set forth below.

           June 2, 2004


                               MARK LOWE, TRUSTEE FOR BENEFIT
                               OF ANNA LOWE UNDER TRUST
                               AGREEMENT DATED 5-1-1981

                               By:  /s/ Mark Lowe
                                    ------------------------------
                                        Mark Lowe, Trustee


                               MARK LOWE, TRUSTEE FOR BENEFIT
                               OF PAUL LOWE UNDER TRUST
                               AGREEMENT DATED 7-9-1984

                               By:  /s/ Mark Lowe
                                    ------------------------------
                                        Mark Lowe, Trustee
"""


def test_a_joint_filing_paragraph_of_an_exhibit_is_an_agreement() -> None:
    from converter.classify import classify
    from converter.model import DocumentFamily, Segment, SourceDocument

    text = PARAGRAPH_EXHIBIT
    document = SourceDocument("x", text, text, (Segment(0, 0, len(text)),))
    assert classify(document).family is DocumentFamily.JOINT_FILING_AGREEMENT


def test_the_line_under_a_signature_is_no_letterhead() -> None:
    from converter.extract.registrant_heads import from_letterhead

    assert from_letterhead(PARAGRAPH_EXHIBIT) is None
    # a letterhead printed twice is still one
    head = "NORTHWIND TRADING\n\nNotice of a meeting\n\nNORTHWIND TRADING\n"
    assert from_letterhead(head) is not None


def cells(*lines: str) -> str:
    """A page flattened from HTML: each cell on its lines, cells apart by lines of marks."""
    return "\n|\n|\n".join(lines) + "\n"


def test_an_attorney_in_fact_for_the_signer_of_the_party_above_in_flattened_cells() -> None:
    page = cells(
        "IN WITNESS WHEREOF, each of the undersigned has executed this Joint Filing Agreement "
        "as of this 3rd day of June, 2011.",
        "HARBOR PEAK HOLDINGS LIMITED", "By:", "/s/ Ruth Vance",
        "Ruth Vance, Attorney-in-fact for Owen Marlow,", "Director",
        "HARBOR PEAK FUND L.P.", "By:", "Harbor Peak GP Limited,", "its General Partner",
        "By:", "/s/ Ruth Vance", "Ruth Vance, Attorney-in-fact for Owen Marlow,", "Director")
    found = [(b.party, b.signatory, b.title, b.capacity, b.on_behalf_of) for b in find_signature_blocks(page)]
    # "Director" is Owen Marlow's title, not his attorney's: no title is reported beside her name
    assert found == [
        ("HARBOR PEAK HOLDINGS LIMITED", "Ruth Vance", None, "Attorney-in-fact", None),
        ("HARBOR PEAK FUND L.P.", "Ruth Vance", None, "Attorney-in-fact", "Harbor Peak GP Limited")]


def test_an_attorney_in_fact_for_a_person_signing_for_himself() -> None:
    page = AGREE + ("          By: /s/ Ruth Vance\n"
                    "          Ruth Vance, as Attorney-in-Fact for Owen Marlow\n")
    (block,) = find_signature_blocks(page)
    assert (block.party, block.signatory, block.capacity) == ("Owen Marlow", "Ruth Vance", "Attorney-in-Fact")


def test_a_party_wrapped_over_lines_whose_first_line_reads_as_a_capacity() -> None:
    assert blocks(PARAGRAPH_EXHIBIT) == [
        ("MARK LOWE, TRUSTEE FOR BENEFIT OF ANNA LOWE UNDER TRUST AGREEMENT DATED 5-1-1981", "Mark Lowe", None),
        ("MARK LOWE, TRUSTEE FOR BENEFIT OF PAUL LOWE UNDER TRUST AGREEMENT DATED 7-9-1984", "Mark Lowe", None)]


COVER_SIGNATURES = ("SIGNATURES\nPursuant to the requirements of the Securities Exchange Act of 1934, the "
                    "registrant has duly caused this report to be signed on its behalf by the undersigned, "
                    "thereunto duly authorized.\n")


@pytest.mark.parametrize("page, expected", [
    pytest.param("| | | | NORTHWIND CHEMICAL COMPANY LIMITED |\n"
                 "| | Dated: May 2, 2004 | | | | By: | | /s/ LI WEIMING\n"
                 "| | | | | | Name Title:: | | Li Weiming Chairman of the Board |\n",
                 ("Li Weiming", "Chairman of the Board"), id="labels-and-values-run-together"),
    pytest.param("| | | | NORTHWIND CHEMICAL COMPANY LIMITED |\n"
                 "| | Dated: May 2, 2004 | | | | By: | | /s/ L. Weiming\n"
                 "| | | | | | Name Title:: | | Li Weiming Chairman of the Board |\n",
                 ("L. Weiming", None), id="run-together-unparted-is-not-reported"),
    pytest.param("NORTHWIND CHEMICAL\nCOMPANY LIMITED\n|Dated:\n|May 2, 2004\n|By:\n/s/ LI WEIMING\n"
                 "Name:\nTitle:\n|\nLi Weiming\nChairman of the Board\n",
                 ("Li Weiming", "Chairman of the Board"), id="labels-stacked-over-values"),
])
def test_name_and_title_labels_stacked_before_their_values(page: str, expected: tuple) -> None:
    (block,) = find_signature_blocks(COVER_SIGNATURES + page)
    assert (block.party, block.title) == ("NORTHWIND CHEMICAL COMPANY LIMITED", expected[1])
    assert block.signatory == expected[0]  # (the /s/ words where the values are not parted)


@pytest.mark.parametrize("value, expected", [
    ("Jane Roe, President", ("Jane Roe", "President")),
    ("Jane Roe / President", ("Jane Roe", "President")),
    ("Jane Roe President", ("Jane Roe", "President")),
    ("Jane Roe", ("Jane Roe", None)),
])
def test_name_and_title_on_one_label(value: str, expected: tuple) -> None:
    (block,) = find_signature_blocks("APEX LTD\n\nBy: /s/ Jane Roe\nName/Title: " + value + "\n")
    assert (block.signatory, block.title) == expected
