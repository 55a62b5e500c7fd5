"""The company contact person of a Form 20-F cover, read from the lines over its caption
(mechanisms.contact_caption). Covers are invented, in the layouts Korean, Japanese and Indian
issuers file: one line, a name over a title, address, telephone and fax lines, blank lines between
the lines, a caption in a table cell. Known limits are strict xfail rows."""

from __future__ import annotations

import pytest

from factlib import facts
from converter.extract.mechanisms.contact_caption import read_contact
from converter.pipeline import convert_bytes

CAPTION = "(Name, Telephone, E-mail and/or Facsimile number and Address of Company Contact Person)"
OFFICES = "(Address of principal executive offices)"


def contact(block: str, company: str | None = None) -> dict[str, str]:
    return {concept: value for concept, (value, _, _) in read_contact(block, company).items()}


CONTACTS = [
    pytest.param(f"Seoul 135-791, Korea\n{OFFICES}\n\nMin Ho Park, +822 5555 0100, mhpark@example.co.kr, +822 5555 0199\n\n"
                 f"{CAPTION.lower()}\n",
                 {"ContactName": "Min Ho Park", "ContactPhoneNumber": "+82-2-5555-0100",
                  "ContactEmail": "mhpark@example.co.kr"},  # the second number: a fax? the caption does not say
                 id="one-line"),
    pytest.param(f"{OFFICES}\nJae Won Lee\nChief Financial Officer\n12F, 100 Teheran-ro, Gangnam-gu,\nSeoul 06236, Korea\n"
                 f"Telephone: 82-2-5555-3000\nFax: 82-2-5555-3099\n{CAPTION}\n",
                 {"ContactName": "Jae Won Lee", "ContactTitle": "Chief Financial Officer",
                  "ContactPhoneNumber": "+82-2-5555-3000", "ContactFaxNumber": "+82-2-5555-3099"},
                 id="name-title-address-telephone-fax-lines"),
    pytest.param(f"{OFFICES}\nRavi Kumar Menon, Chief Financial Officer, +91-22-5555-0100, ravi@example.in\n"
                 f"4-1-20, Road No. 5, Jubilee Hills, Hyderabad, Telangana 500 033, India\n{CAPTION}\n",
                 {"ContactName": "Ravi Kumar Menon", "ContactTitle": "Chief Financial Officer",
                  "ContactPhoneNumber": "+91-22-5555-0100", "ContactEmail": "ravi@example.in"},
                 id="one-line-and-an-address-line-whose-words-look-like-a-name"),
    pytest.param(f"+91-80-5555-0011\n\n{OFFICES}\n\nAnil Raghavan Nair, Chief Financial Officer\n\n"
                 f"Phone: +91-80-5555-0011; Fax: +91-80-5555-0054\n\n{CAPTION}\n",
                 {"ContactName": "Anil Raghavan Nair", "ContactTitle": "Chief Financial Officer",
                  "ContactPhoneNumber": "+91-80-5555-0011", "ContactFaxNumber": "+91-80-5555-0054"},
                 id="blank-lines-between-the-lines"),
    pytest.param(f"|Japan\n|(Jurisdiction of incorporation or organization)\n|{OFFICES}\n"
                 f"Taro Yamada, 81-3-5555-0100, 81-3-5555-0199\n{CAPTION}\n",
                 {"ContactName": "Taro Yamada", "ContactPhoneNumber": "+81-3-5555-0100"}, id="caption-in-a-cell-above"),
    # a web copy reflowed at arbitrary words: the captions and the contact's name broken over lines
    pytest.param("Seoul,\nKorea 135-791\n(Address\nof principal executive offices)\nSu\nJin Baek, Tel: +82 2 5555 0100, "
                 "Facsimile: +82 2 5555 0199, 7\nth\nFloor, Hanbit Tower, Seoul, Korea\n|\n(Name,\nTelephone, E-Mail and/or "
                 "Facsimile number and Address of Company Contact\nPerson)\n",
                 {"ContactName": "Su Jin Baek", "ContactPhoneNumber": "+82-2-5555-0100",
                  "ContactFaxNumber": "+82-2-5555-0199"}, id="reflowed-at-arbitrary-words"),
    pytest.param("(Address\nof principal executive offices)\nTel: +82 2 5555 0100, Hanbit\nTower, Mapo\nGu, Seoul\n"
                 "(Name,\nTelephone, E-Mail and/or Facsimile number and Address of Company Contact\nPerson)\n", {},
                 id="reflowed-no-name-first"),  # an address's words later in the paragraph name no one
    # none: no person, a national number of no known country
    pytest.param(f"{OFFICES}\nNot Applicable\n{CAPTION}\n", {}, id="not-applicable"),
    pytest.param(f"{OFFICES}\nJane Roe, 03-5555-0100\n{CAPTION}\n", {"ContactName": "Jane Roe"},
                 id="a-national-number-of-no-known-country"),
    pytest.param(f"{OFFICES}\nInvestor Relations Office\nTel: +81-3-5555-0100\n{CAPTION}\n", {}, id="no-name"),
    pytest.param(f"{OFFICES}\n{CAPTION}\nHana Kim, +82-2-5555-0100\n", {"ContactName": "Hana Kim",
                 "ContactPhoneNumber": "+82-2-5555-0100"}, id="lines-under-the-caption",
                 marks=pytest.mark.xfail(strict=True, reason="only the lines over the caption are read")),
]


@pytest.mark.parametrize("block, expected", CONTACTS)
def test_contact_person(block: str, expected: dict[str, str]) -> None:
    assert contact(block) == expected


COVER = f"""UNITED STATES
SECURITIES AND EXCHANGE COMMISSION
Washington, D.C. 20549
FORM 20-F
ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934
For the fiscal year ended March 31, 2019
Commission file number 001-55555
EXAMPLE SOFTWARE LIMITED
(Exact name of Registrant as specified in its charter)

India
(Jurisdiction of incorporation or organization)

Electronic Park, Outer Ring Road
Bengaluru, Karnataka 560103, India
+91-80-5555-0011

{OFFICES}

Anil Raghavan Nair, Chief Financial Officer

Phone: +91-80-5555-0011; Fax: +91-80-5555-0054

{CAPTION}

Securities registered or to be registered pursuant to Section 12(b) of the Act:
"""


def test_the_contacts_fax_is_no_fax_of_the_company() -> None:
    (converted,) = convert_bytes(COVER.encode(), "cover.txt")
    found = {(f.concept, f.value) for f in facts(converted) if "Fax" in f.concept or f.concept.startswith("Contact")}
    assert found == {("ContactName", "Anil Raghavan Nair"), ("ContactTitle", "Chief Financial Officer"),
                     ("ContactPhoneNumber", "+91-80-5555-0011"), ("ContactFaxNumber", "+91-80-5555-0054")}


def test_a_reflowed_contacts_numbers_are_no_numbers_of_the_company() -> None:
    reflowed = COVER.replace(OFFICES, "(Address\nof principal executive offices)").replace(
        "Anil Raghavan Nair, Chief Financial Officer\n\nPhone: +91-80-5555-0011; Fax: +91-80-5555-0054\n\n",
        "Anil\nRaghavan Nair, Phone: +91-80-5555-0012, Fax: +91-80-5555-0054, Electronic\nPark, Bengaluru\n|\n").replace(
        CAPTION, "(Name,\nTelephone, E-mail and/or Facsimile number and Address of Company Contact\nPerson)")
    (converted,) = convert_bytes(reflowed.encode(), "cover.txt")
    found = {(f.concept, f.value) for f in facts(converted) if "Fax" in f.concept or "Contact" in f.concept
             or f.concept == "EntityPhoneNumber"}
    assert found == {("ContactName", "Anil Raghavan Nair"), ("ContactPhoneNumber", "+91-80-5555-0012"),
                     ("ContactFaxNumber", "+91-80-5555-0054"), ("EntityPhoneNumber", "+91-80-5555-0011")}
