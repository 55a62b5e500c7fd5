"""Joint filing agreements that name their parties only on their signature pages ("the
undersigned", "each of the reporting persons identified below"): the signing entities, and the
natural persons signing for themselves, are the reporting persons. A fund's page names the trust
it belongs to on the line under its name ("A portfolio of ..."), capitalised as a line opens:
the trust is no party. Invented names."""

from __future__ import annotations

import re

import pytest

from converter.pipeline import convert_text

TYPED = """This Joint Filing Agreement confirms the agreement by and among the undersigned that
the Schedule 13G is filed on behalf of each of the reporting persons identified below.

         GARAM ADVISERS LLC


         By__/s/ Seoyeon Kim______________________
             Seoyeon Kim, Chief Operations Officer

        Garam Opportunity Trust, Inc.
        {apposition} of Garam Investment Trust, Inc.


        By__/s/ Jiho Lee_______________________
            Jiho Lee, Vice President
"""

CELLS = """JOINT FILING AGREEMENT

The undersigned hereby agree that the Schedule 13D with respect to the Common Stock of Hanbit
Electronics Co., Ltd. is filed on behalf of each of them.

Dated: June 5, 2007

|GARAM VALUE PARTNERS, L.P.
|By:
|Garam Value GP, LLC,
|its general partner
|By:
|/s/ Minjun Park
|Name:
|Minjun Park
|Title:
|Managing Member
|GARAM VALUE GP, LLC
|By:
|/s/ Minjun Park
|Name:
|Minjun Park
|Title:
|Managing Member
|/s/ Minjun Park
|Minjun Park
"""


def _values(xml: str, concept: str) -> list[str]:
    return re.findall(rf"{concept} [^>]*>([^<]+)<", xml)


@pytest.mark.parametrize("apposition", ["A portfolio of", "a portfolio of"])
def test_a_funds_parent_trust_is_no_party(apposition: str) -> None:
    converted, = convert_text(TYPED.format(apposition=apposition.rsplit(" of", 1)[0]), "agreement.txt")
    xml = converted.xml.decode()
    assert _values(xml, "ReportingPersonName") == ["GARAM ADVISERS LLC", "Garam Opportunity Trust, Inc."]
    assert _values(xml, "SignatoryName") == ["Seoyeon Kim", "Jiho Lee"]


def test_signing_entities_and_a_person_signing_for_himself_are_the_parties() -> None:
    converted, = convert_text(CELLS, "agreement.txt")
    xml = converted.xml.decode()
    assert _values(xml, "ReportingPersonName") == [
        "GARAM VALUE PARTNERS, L.P.", "GARAM VALUE GP, LLC", "Minjun Park"]
    assert _values(xml, "NumberOfReportingPersons") == ["3"]
    assert _values(xml, "SignedOnBehalfOf") == ["Garam Value GP, LLC"]
