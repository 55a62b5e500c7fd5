"""Joint filing agreements whose party names a naive reading cuts wrong (invented documents):
a firm's own name holding commas ('Alder, Birch & Cedar Group, Inc.', its page headed 'ALDER,
BIRCH, CEDAR GROUP, INC.'), a signer's title wrapped onto the next line ('Vice Chairman and
Co-Chief' / 'Executive Officer') right above the next party, and the recitals after the
preamble's last party ('WHEREAS', 'NOW, THEREFORE'). The number of reporting persons counts
parties, not pieces of their names."""

from __future__ import annotations

import pytest

from converter.extract.mechanisms.name_match import has_legal_form, match_name
from converter.extract.mechanisms.reporting_persons import find_reporting_persons, rejoin_split_names
from converter.pipeline import convert_text


def records(text: str) -> tuple[dict[str, object], dict[str, dict[str, object]]]:
    """The document's plain facts, and each reporting person's facts by member."""
    (converted,) = convert_text(text, "agreement.txt")
    plain: dict[str, object] = {}
    members: dict[str, dict[str, object]] = {}
    for o in converted.extraction.observations:
        member = dict(o.dimensions).get("ReportingPersonAxis")
        if member is None and not o.dimensions:
            plain.setdefault(o.concept, o.value)
        elif member is not None:
            members.setdefault(member, {}).setdefault(o.concept, o.value)
    return plain, members


PREAMBLE = """JOINT FILING AGREEMENT

THIS JOINT FILING AGREEMENT is entered into as of March 3, 2031, by and among
{parties}

WHEREAS, the parties hold shares of Common Stock of Hanbit Electronics Co., Ltd.;

NOW, THEREFORE, the parties hereby agree that the statement on Schedule 13D is filed on
behalf of each of them pursuant to Rule 13d-1(k)(1).

{heading}

By: /s/ Joon Lee
Name: Joon Lee
Title: Vice Chairman and Co-Chief
       Executive Officer

LANTERN RIDGE CAPITAL L.P.

By: /s/ Joon Lee
Name: Joon Lee
Title: Managing Member

/s/ Mina Park
Mina Park
"""

FIRM = {"ALDER, BIRCH, CEDAR GROUP, INC.", "Alder, Birch & Cedar Group, Inc."}


@pytest.mark.parametrize("parties, heading", [
    ("Alder, Birch & Cedar Group, Inc., Lantern Ridge Capital L.P. and Mina Park.", "ALDER, BIRCH, CEDAR GROUP, INC."),
    ("ALDER, BIRCH, CEDAR GROUP, INC., Lantern Ridge Capital L.P. and Mina Park.", "Alder, Birch & Cedar Group, Inc."),
    ("Alder, Birch & Cedar Group, Inc., Lantern Ridge Capital L.P. and Mina Park",
     "ALDER, BIRCH & CEDAR GROUP, INC."),
], ids=["comma heading", "ampersand heading", "no period before the recitals"])
def test_a_firm_name_with_commas_is_one_party(parties: str, heading: str) -> None:
    plain, members = records(PREAMBLE.format(parties=parties, heading=heading))
    assert plain["NumberOfReportingPersons"] == 3
    assert set(members) == {"1", "2", "3"}  # the page headed by the firm is its page, no fourth person
    assert members["1"]["ReportingPersonName"] in FIRM
    assert members["1"]["SignatoryTitle"] == "Vice Chairman and Co-Chief Executive Officer"
    assert members["2"]["ReportingPersonName"] == "Lantern Ridge Capital L.P."
    assert members["3"]["ReportingPersonName"] == "Mina Park"  # never 'Mina Park WHEREAS'


UNDERSIGNED = """JOINT FILING AGREEMENT

The undersigned hereby agree that the statement on Schedule 13G with respect to the
Common Stock of Hanbit Electronics Co., Ltd. is filed on behalf of each of them
pursuant to Rule 13d-1(k)(1).

Date: March 3, 2031

DOGWOOD HOLDINGS LLC

By: /s/ Joon Lee
    Joon Lee
    Vice Chairman and Co-Chief
    Executive Officer
LANTERN RIDGE CAPITAL L.P.

By: /s/ Mina Park
    Mina Park, Managing Member
"""


def test_a_wrapped_title_is_no_part_of_the_next_party() -> None:
    """The title's second line, right above the next party's name with no blank line between,
    ends the title; 'Co-Chief' holds no legal form ('Co.')."""
    plain, members = records(UNDERSIGNED)
    assert plain["NumberOfReportingPersons"] == 2
    assert members["1"]["ReportingPersonName"] == "DOGWOOD HOLDINGS LLC"
    assert members["1"]["SignatoryTitle"] == "Vice Chairman and Co-Chief Executive Officer"
    assert members["2"]["ReportingPersonName"] == "LANTERN RIDGE CAPITAL L.P."
    assert members["2"]["SignatoryTitle"] == "Managing Member"


@pytest.mark.parametrize("text, names", [
    ("Agreement by and among Alder Capital LLC and Mina Park WHEREAS, the parties hold shares.",
     ["Alder Capital LLC", "Mina Park"]),
    ("Agreement by and among Alder Capital LLC, Birch Partners L.P. and Mina Park\nNOW, THEREFORE, they agree.",
     ["Alder Capital LLC", "Birch Partners L.P.", "Mina Park"]),
    ("Agreement among Alder, Birch & Cedar Group, Inc. and Mina Park.",
     ["Alder, Birch & Cedar Group, Inc.", "Mina Park"]),
    ("Agreement among ALDER, BIRCH, CEDAR GROUP, INC., Dogwood Holdings LLC and Mina Park.",
     ["ALDER, BIRCH, CEDAR GROUP, INC.", "Dogwood Holdings LLC", "Mina Park"]),
    # one lone word before a firm may be a party of its own: left as the list cuts it
    ("Agreement among Alder, Birch Holdings LLC and Mina Park.", ["Alder", "Birch Holdings LLC", "Mina Park"]),
])
def test_preamble_lists(text: str, names: list[str]) -> None:
    assert [p.name for p in rejoin_split_names(text, find_reporting_persons(text), [])] == names


def test_names_compared_without_their_ampersand_and_co_prefix() -> None:
    assert match_name("ALDER, BIRCH, CEDAR GROUP, INC.", ["Mina Park", "Alder, Birch & Cedar Group, Inc."]) == 1
    assert not has_legal_form("Vice Chairman and Co-Chief") and has_legal_form("Hanbit Co., Ltd.")


COMPACT = """JOINT FILING AGREEMENT

The undersigned hereby agree that the statement on Schedule 13G with respect to the
Common Stock of Hanbit Electronics Co., Ltd. is filed on behalf of each of them
pursuant to Rule 13d-1(k)(1).

Date: March 3, 2031

DOGWOOD HOLDINGS LLC
By: /s/ Joon Lee
Name: Joon Lee
Title: Senior Managing Director and Chief
       Investment Officer
LANTERN RIDGE CAPITAL L.P.
By: /s/ Mina Park
Name: Mina Park
Title: Executive Vice President and Chief
       Compliance Officer
ALDER PARTNERS LP
By: /s/ Mina Park
Name: Mina Park
Title: Managing Member
"""


def test_a_labelled_title_wrapped_over_the_next_party_of_a_compact_page() -> None:
    """Pages with no blank line between them: the title's tail, right above the next party and
    its 'By:', finishes the title and starts no name."""
    plain, members = records(COMPACT)
    assert plain["NumberOfReportingPersons"] == 3
    assert [members[m]["ReportingPersonName"] for m in ("1", "2", "3")] == [
        "DOGWOOD HOLDINGS LLC", "LANTERN RIDGE CAPITAL L.P.", "ALDER PARTNERS LP"]
    assert [members[m]["SignatoryTitle"] for m in ("1", "2", "3")] == [
        "Senior Managing Director and Chief Investment Officer",
        "Executive Vice President and Chief Compliance Officer", "Managing Member"]


@pytest.mark.parametrize("heading, persons", [
    ("LANTERN RIDGE CAPTIAL L.P.", 2),  # two letters swapped: the party named above
    ("LANTERN RIDGE CAPITL L.P.", 2),  # a letter dropped
    ("LANTERN RIDGE PARTNERS L.P.", 3),  # another word: another person, reported with a warning
])
def test_a_heading_spelt_with_a_slip_is_the_party_named(heading: str, persons: int) -> None:
    text = ("AGREEMENT\n\nThis Agreement is made by and among Lantern Ridge Capital L.P. and Mina Park.\n"
            "The parties hereby agree to file jointly a statement on Schedule 13G under Rule 13d-1(k)(1).\n\n"
            f"{heading}\n\nBy: /s/ Joon Lee\nName: Joon Lee\nTitle: Managing Member\n\n/s/ Mina Park\nMina Park\n")
    plain, members = records(text)
    assert len(members) == persons
    assert members["1"]["ReportingPersonName"] == "Lantern Ridge Capital L.P."
    assert members["1"].get("SignatoryName") == ("Joon Lee" if persons == 2 else None)
