"""Joint filing agreements whose parties sign with two officers each (``PARTY`` / ``By: /s/ A``
/ ``A`` / ``Director`` / ``By: /s/ B`` / ``B`` / ``Director``): the second ``By:`` is another
signatory of the same party (a ``SignatoryAxis`` member with its ``SignatureParty``), never a
new reporting person named after the title above it; a long title printed under a name is the
title, not prose; "execute this agreement on <date>" dates the pages. Invented names."""

from __future__ import annotations

import re

import pytest

from converter.extract.mechanisms.signatures import find_signature_blocks
from converter.pipeline import convert_text

AGREEMENT = """Exhibit 1
JOINT FILING AGREEMENT
In accordance with Rule 13d-1(k)(1) under the Securities Exchange Act of 1934, as amended, the undersigned hereby agree to the joint filing with each other of the attached statement on Schedule 13G and to all amendments to such statement.
IN WITNESS WHEREOF, the undersigned hereby execute this agreement on March 9, 2017.
|HALVARD OPTICS HOLDING B.V.
|By:
|
/s/ Mirja Tallqvist
|Mirja Tallqvist
|Director
|HALVARD OPTICS SARL
|By:
|
/s/ Odile Marchetti
|Odile Marchetti
|{title}
|By:
|
/s/ Bastian Qvist
|Bastian Qvist
|{title}
|HALVARD OPTICS, INC.
|By:
|
/s/ Renzo Albescu
|Renzo Albescu
|Executive Vice President, Treasury Operations, Investor Relations and Chief Risk Officer
"""


@pytest.mark.parametrize("title", ["Director", "Managing Director", "Vice President and Treasurer"])
def test_second_signer_signs_for_the_same_party(title: str) -> None:
    blocks = find_signature_blocks(AGREEMENT.format(title=title))
    assert [b.party for b in blocks] == ["HALVARD OPTICS HOLDING B.V.", "HALVARD OPTICS SARL", None,
                                         "HALVARD OPTICS, INC."]
    assert [b.title for b in blocks[1:3]] == [title, title]
    assert [b.signatory for b in blocks] == ["Mirja Tallqvist", "Odile Marchetti", "Bastian Qvist",
                                             "Renzo Albescu"]


def test_parties_counted_not_signers() -> None:
    converted, = convert_text(AGREEMENT.format(title="Director"), "agreement.txt")
    xml = converted.xml.decode()
    assert re.search(r"NumberOfReportingPersons[^>]*>3<", xml)
    names = re.findall(r"ReportingPersonName [^>]*>([^<]+)<", xml)
    assert sorted(names) == ["HALVARD OPTICS HOLDING B.V.", "HALVARD OPTICS SARL", "HALVARD OPTICS, INC."]
    assert re.search(r"SignatureParty[^>]*>HALVARD OPTICS SARL<", xml)


def test_long_title_and_execution_date() -> None:
    blocks = find_signature_blocks(AGREEMENT.format(title="Director"))
    assert blocks[-1].title == ("Executive Vice President, Treasury Operations, Investor Relations"
                                " and Chief Risk Officer")
    assert {str(b.date) for b in blocks} == {"2017-03-09"}


def test_agreement_dated_by_its_execution_clause() -> None:
    converted, = convert_text(AGREEMENT.format(title="Director"), "agreement.txt")
    assert re.findall(r"DocumentDate [^>]*>([^<]+)<", converted.xml.decode()) == ["2017-03-09"]
