"""Who signs a joint filing agreement, as web copies and typed pages print it (invented names):

- an individual who signs for himself ("/s/ Jane Roe" / "Jane Roe, an individual") is a
  reporting person with no title, never a second signer of the entity page above him;
- a party line "X for itself and as general partner of Y" names two parties, typed over three
  lines or run together onto one line with the rest of the page;
- a signed name wrapped after its given name ("/s/ Jane" / "Roe") over a "Name Title" header
  or a one-line "Name: ... Title: ..." is the whole name, and the title is the title.
"""

from __future__ import annotations

import pytest

from converter.extract.mechanisms.signature_collapsed import collapsed_pieces
from converter.pipeline import convert_text

PREAMBLE = """                             JOINT FILING AGREEMENT

     In accordance with Rule 13d-1(k)(1) under the Securities Exchange Act of
1934, as amended, the undersigned hereby agree to the joint filing on behalf of
each of them of a statement on Schedule 13D with respect to the common stock of
Hanbit Electronics Co., Ltd.

Dated: March 3, 2004

"""

INDIVIDUALS = PREAMBLE + """                                   ORCHARD LANE CAPITAL PARTNERS, L.P.

                                   By: Orchard Lane Management, LLC,
                                       its general partner

                                   By: /s/ Dana Whitfield
                                       ---------------------------------
                                       Name: Dana Whitfield
                                       Title: Managing Member

                                   /s/ Dana Whitfield
                                   ---------------------------------
                                   Dana Whitfield, {appositive}

                                   /s/ Corin Ashby
                                   ---------------------------------
                                   CORIN ASHBY, individually
"""


def facts(text: str) -> set[tuple[str, str, str]]:
    """(concept, context's member suffix, value) of every fact of the converted text."""
    (converted,) = convert_text(text, "agreement.txt")
    return {(f.concept, f.context_id.partition("_")[2], str(f.value)) for f in converted.instance.facts}


@pytest.mark.parametrize("appositive", ["an individual", "individually", "as an individual"])
def test_an_individual_signing_for_himself_is_a_reporting_person(appositive: str) -> None:
    found = facts(INDIVIDUALS.format(appositive=appositive))
    assert ("NumberOfReportingPersons", "", "3") in found
    assert ("ReportingPersonName", "ReportingPerson-2", "Dana Whitfield") in found
    assert ("ReportingPersonType", "ReportingPerson-2", "natural person") in found
    assert ("SignatoryName", "ReportingPerson-2", "Dana Whitfield") in found
    assert not [f for f in found if f[0] in ("SignatoryTitle", "SignatoryCapacity", "SignatureParty")
                and f[1] != "ReportingPerson-1"]
    assert not [f for f in found if f[1].startswith("Signatory-")]


REPRESENTED_TYPED = PREAMBLE + """MAPLE RIDGE FUND GP, INC.
for itself and as general partner of
MAPLE RIDGE FUND, L.P.

By: /s/ Tomas Vell
    Name: Tomas Vell
    Title: Director

MAPLE RIDGE ADVISORS LLC

By: /s/ Tomas Vell
    Name: Tomas Vell
    Title: Managing Member
"""

REPRESENTED_FLAT = (
    "Exhibit 99.1 JOINT FILING AGREEMENT The undersigned hereby agree that the statement on Schedule"
    " 13G with respect to the Ordinary Shares of Hanbit Electronics Co., Ltd. is filed on behalf of"
    " each of them pursuant to Rule 13d-1(k). Dated: February 10, 2005 Maple Ridge Fund GP, Inc. for"
    " itself and as general partner of Maple Ridge Fund, L.P. By: /s/ Tomas Vell Name: Tomas Vell"
    " Title: Director Maple Ridge Advisors LLC By: /s/ Tomas Vell Name: Tomas Vell Title: Managing"
    " Member\n")


@pytest.mark.parametrize("text", [REPRESENTED_TYPED, REPRESENTED_FLAT], ids=["typed", "flat"])
def test_for_itself_and_as_general_partner_names_two_parties(text: str) -> None:
    found = {(c, m, v.upper() if c in ("ReportingPersonName", "SignedOnBehalfOf") else v)
             for c, m, v in facts(text)}  # (the flat page prints its names in title case)
    names = sorted((m, v) for c, m, v in found if c == "ReportingPersonName")
    assert names == [("ReportingPerson-1", "MAPLE RIDGE FUND GP, INC."),
                     ("ReportingPerson-2", "MAPLE RIDGE FUND, L.P."),
                     ("ReportingPerson-3", "MAPLE RIDGE ADVISORS LLC")]
    assert ("NumberOfReportingPersons", "", "3") in found
    assert ("SignedOnBehalfOf", "ReportingPerson-2", "MAPLE RIDGE FUND GP, INC.") in found
    assert ("SignatoryTitle", "ReportingPerson-2", "Director") in found
    assert ("SignatoryTitle", "ReportingPerson-3", "Managing Member") in found


def test_a_date_line_run_into_the_party_under_it_is_cut_after_the_date() -> None:
    text = REPRESENTED_FLAT
    pieces = [text[a:b] for a, b in collapsed_pieces(text, 0, len(text))]
    assert "Dated: February 10, 2005" in pieces
    assert pieces[pieces.index("Dated: February 10, 2005") + 1:][:3] == [
        "Maple Ridge Fund GP, Inc.", "for itself and as general partner of", "Maple Ridge Fund, L.P."]


WRAPPED = PREAMBLE + """BRIGHTWATER HOLDINGS LIMITED

By: /s/ Evelyn
{indent}Marchetti
{indent}Name Title
{indent}Evelyn Marchetti Director

BRIGHTWATER CAPITAL LIMITED

By: /s/ Evelyn
{indent}Marchetti
{indent}Name: Evelyn Marchetti Title: Director
"""


@pytest.mark.parametrize("indent", ["", "    "])
def test_a_signed_name_wrapped_over_a_header_line_is_the_whole_name(indent: str) -> None:
    found = facts(WRAPPED.format(indent=indent))
    for member in ("ReportingPerson-1", "ReportingPerson-2"):
        assert ("SignatoryName", member, "Evelyn Marchetti") in found
        assert ("SignatoryTitle", member, "Director") in found
    assert not [f for f in found if f[0] in ("SignatoryName", "SignatoryTitle")
                and f[2] not in ("Evelyn Marchetti", "Director")]


def test_a_one_word_signature_over_a_title_keeps_its_title() -> None:
    """'/s/ Evelyn' over 'Director' and a 'Name:' line that is not the two joined: no surname."""
    page = PREAMBLE + """BRIGHTWATER HOLDINGS LIMITED

By: /s/ Evelyn
    Director
    Name: Evelyn
"""
    found = facts(page)
    assert not [f for f in found if f[0] == "SignatoryName" and "Director" in f[2]]
