"""A copy of an exhibit taken from EDGAR's HTML often opens with the EDGAR document header
flattened onto one line: <TYPE> <SEQUENCE> <FILENAME> <DESCRIPTION> ('EX-99 3 acme-ex2.htm
EXHIBIT 2'). That line is no title, and the exhibit's number printed under it ('Exhibit 2') is no
document type: the EDGAR type is. Invented documents."""

from __future__ import annotations

import pytest

from converter.pipeline import convert_text

JFA = """\
{header}

{exhibit}

JOINT FILING AGREEMENT

PURSUANT TO RULE 13d-1(k)

The undersigned acknowledge and agree that the foregoing statement on Schedule 13D is filed on
behalf of each of the undersigned and that all subsequent amendments to this statement on
Schedule 13D shall be filed on behalf of each of the undersigned.

DATE: March 4, 2011

  /s/ Minsoo Garam
  Minsoo Garam
"""


def _facts(text: str) -> dict[str, object]:
    (converted,) = convert_text(text, "jfa.htm.txt")
    return {o.concept: o.value for o in converted.extraction.observations}


@pytest.mark.parametrize("header, exhibit, form", [
    ("EX-99 3 hanbit-exhibit2.htm EXHIBIT 2", "Exhibit 2", "EX-99"),
    ("EX-99.1 2 d1234dex991.htm JOINT FILING AGREEMENT", "EXHIBIT 99.1", "EX-99.1"),
    ("EX-99.A 2 h5555exv99wa.htm EX-99.A exv99wa", "Exhibit A", "EX-99.A"),
    ("EX-1 4 garam-ex1.txt", "EXHIBIT 1", "EX-1"),
])
def test_the_flattened_edgar_header_gives_the_type_not_the_title(header: str, exhibit: str, form: str) -> None:
    found = _facts(JFA.format(header=header, exhibit=exhibit))
    assert found["DocumentType"] == form
    assert found["DocumentTitle"] == "JOINT FILING AGREEMENT"


def test_without_the_header_the_exhibit_heading_still_types_it() -> None:
    found = _facts(JFA.format(header="", exhibit="Exhibit 2"))
    assert found["DocumentType"] == "EX-2"
    assert found["DocumentTitle"] == "JOINT FILING AGREEMENT"


def test_a_sentence_naming_a_file_is_no_header() -> None:
    found = _facts(JFA.format(header="EX-99 3 is attached as hanbit.htm to the statement.", exhibit="Exhibit 2"))
    assert found["DocumentType"] == "EX-2"
