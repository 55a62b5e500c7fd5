"""Joint filing agreements: a party whose signature page is cut right after its name and the
"By" its signature opens with is still a party (its page marked cut, so the count of parties
is not reported: more may follow); the subject company of "the equity shares at $x par value
per share issued by X". Invented names and figures."""

from __future__ import annotations

import pytest

from converter.extract.mechanisms.signatures import find_signature_blocks
from converter.extract.mechanisms.subject_company import subject_from_sentence
from converter.pipeline import convert_text

PAGES = """JOINT FILING AGREEMENT
The undersigned hereby agree that the statement on Schedule 13D with respect to the ordinary shares of Corvid Tide Limited is filed on behalf of each of us pursuant to Rule 13d-1(k)(1).
IN WITNESS WHEREOF, the undersigned have executed this Agreement as of June 2, 2019.
|
|NORTHWIND HARBOUR HOLDINGS PTE. LTD.
|
|By:
|/s/ Ilse Marrow
|
|Name: Ilse Marrow
|
|Title: Authorised Signatory
|
|SOUTHGATE PENSION ASSETS INC.
|
|By:
|/s/ Teodor Vask
|
|Name: Teodor Vask
|
|Title: Authorised Signatory
|
|BRIARCLIFF INFRASTRUCTURE INC.
|
|
|{by}"""


@pytest.mark.parametrize("by", ["By", "By:"])
def test_party_over_a_cut_by_is_a_party(by: str) -> None:
    blocks = find_signature_blocks(PAGES.format(by=by))
    assert [b.party for b in blocks] == ["NORTHWIND HARBOUR HOLDINGS PTE. LTD.", "SOUTHGATE PENSION ASSETS INC.",
                                         "BRIARCLIFF INFRASTRUCTURE INC."]
    assert blocks[-1].cut and blocks[-1].signatory is None


def test_no_count_from_a_cut_page() -> None:
    """Three parties named, the third's page cut: 2 would be wrong, the count is left out."""
    converted, = convert_text(PAGES.format(by="By"), "agreement.txt")
    xml = converted.xml.decode()
    assert "BRIARCLIFF INFRASTRUCTURE INC." in xml
    assert "NumberOfReportingPersons" not in xml


def test_a_party_alone_at_the_end_is_no_page() -> None:
    """A name alone at the end of a text, with no "By" under it, opens no page."""
    blocks = find_signature_blocks(PAGES.format(by="").rstrip("|\n"))
    assert [b.party for b in blocks] == ["NORTHWIND HARBOUR HOLDINGS PTE. LTD.", "SOUTHGATE PENSION ASSETS INC."]


@pytest.mark.parametrize("sentence, name, cls", [
    ("the equity shares at $0.000375 par value per share issued by Vantor Solar Limited, is filed",
     "Vantor Solar Limited", "equity shares"),
    ("the equity shares of Kestrel Grid Limited is filed", "Kestrel Grid Limited", "equity shares"),
    ("the ordinary shares at US$0.02 par value issued by Pellam Holdings Ltd. is filed",
     "Pellam Holdings Ltd.", "ordinary shares"),
])
def test_subject_of_shares_at_a_par_value_issued_by(sentence: str, name: str, cls: str) -> None:
    subject = subject_from_sentence("The undersigned hereby agree that the statement with respect to "
                                    + sentence + " on behalf of each of us.")
    assert subject.name is not None and subject.name.value == name
    assert subject.security_class is not None and subject.security_class.value == cls


LABELLED = """JOINT FILING AGREEMENT
Issuer: {issuer}
The undersigned hereby agree that the statement on Schedule 13G to which this agreement is attached is filed on behalf of each of them pursuant to Rule 13d-1(k)(1).
IN WITNESS WHEREOF, the undersigned have executed this Agreement as of May 4, 2017.
MARLOW CREST CAPITAL LP
By: /s/ Ilse Marrow
Name: Ilse Marrow
Title: Managing Member
"""


@pytest.mark.parametrize("issuer, name", [
    ("Quarry Lane Therapeutics, Inc.", "Quarry Lane Therapeutics, Inc."),
    ('Quarry Lane Therapeutics, Inc. ("QLT")', "Quarry Lane Therapeutics, Inc."),
])
def test_subject_company_from_an_issuer_label(issuer: str, name: str) -> None:
    converted, = convert_text(LABELLED.format(issuer=issuer), "agreement.txt")
    xml = converted.xml.decode()
    assert f">{name}</d2x:SubjectCompanyName>" in xml
