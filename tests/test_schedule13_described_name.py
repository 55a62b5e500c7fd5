"""Item 1 of a Schedule 13D/13G cover page printing the name with the filer's note on it: a
description in apposition ("a company incorporated under the laws of ...", "a Delaware limited
partnership") and the short name coined in brackets are not part of the name. Invented names."""

from __future__ import annotations

import re

import pytest

from converter.pipeline import convert_text

COVER = """                                  SCHEDULE 13D
                   Under the Securities Exchange Act of 1934
                              (Amendment No. 1)

                            Hanbit Electronics Co., Ltd.
                                (Name of Issuer)

                                  Common Stock
                         (Title of Class of Securities)

                                   Y98765432
                                 (CUSIP Number)

1. NAME OF REPORTING PERSON: {name}
2. CHECK THE APPROPRIATE BOX IF A MEMBER OF A GROUP (a) [ ] (b) [X]
3. SEC USE ONLY
6. CITIZENSHIP OR PLACE OF ORGANIZATION: England and Wales
11. AGGREGATE AMOUNT BENEFICIALLY OWNED BY EACH REPORTING PERSON: 1,250,000
13. PERCENT OF CLASS REPRESENTED BY AMOUNT IN ROW (11): 6.2%
14. TYPE OF REPORTING PERSON: CO
"""


@pytest.mark.parametrize(("printed", "name"), [
    ("Garam Capital Group PLC, (GCG) a company incorporated under the laws of England and Wales.",
     "Garam Capital Group PLC"),
    ("Garam Partners, L.P., a Delaware limited partnership", "Garam Partners, L.P."),
    ("Garam Capital Group PLC (GCG)", "Garam Capital Group PLC"),  # the initials of its words
    ("Garam Holdings (BVI)", "Garam Holdings (BVI)"),  # brackets that are the name's own
    ("Garam Holdings Limited", "Garam Holdings Limited"),
])
def test_row_one_name_without_description(printed: str, name: str) -> None:
    converted, = convert_text(COVER.format(name=printed), "schedule.txt")
    xml = converted.xml.decode()
    assert re.findall(r"ReportingPersonName [^>]*>([^<]+)<", xml) == [name]
