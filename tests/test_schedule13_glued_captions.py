"""Schedule 13D / 13G front pages copied with the line break after each caption dropped (the
next value run onto the caption's line: "(Title of Class of Securities)12345X107"), with the
form's heading wrapped over the issuer's name ("TO RULE 13d-1(a) AND AMENDMENTS THERETO ..."),
and a CUSIP carrying a footnote marker ("12345X107(1)"). Invented names and figures."""

from __future__ import annotations

import pytest

from converter.extract.kinds.schedule_13_front_page import cusip, event_date
from converter.extract.mechanisms.subject_company import captioned, subject_from_cover

GLUED = """SCHEDULE 13D
(Rule 13d-101)
(Amendment No 2)
INFORMATION TO BE INCLUDED IN STATEMENTS FILED PURSUANT
TO RULE 13d-1(a) AND AMENDMENTS THERETO FILED PURSUANT TO
RULE 13d-2(a)
Morrow Harbour Income Fund, Inc.
(Name of Issuer)
Common Stock, par value $.001 per share
(Title of Class of Securities)61874Q205
(CUSIP Number)
Edda Vollmer
c/o Grisholm Asset Partners Limited
12 Lantern Row, London, UK EC2N 4AY
+44 20 5555 0199
(Name, Address and Telephone Number of Person Authorized to Receive Notices and Communications)July 22, 2015
(Date of Event Which Requires Filing of This Statement)If the filing person has previously filed a statement on Schedule 13G, check the following box o.
"""

FOOTNOTED = """                    ORDINARY SHARES, PAR VALUE W1,000 PER SHARE
--------------------------------------------------------------------------------
                         (Title of Class of Securities)


                                  {number}
--------------------------------------------------------------------------------
                                 (CUSIP Number)
"""


def test_values_run_onto_the_caption_above() -> None:
    assert captioned(GLUED, "Name of Issuer").value == "Morrow Harbour Income Fund, Inc."
    assert captioned(GLUED, "Title of Class of Securities").value == "Common Stock, par value $.001 per share"
    assert cusip(GLUED).value == "61874Q205"
    assert str(event_date(GLUED).value) == "2015-07-22"


@pytest.mark.parametrize("number", ["58213C106(1)", "58213C106 (2)", "58213C106*"])
def test_cusip_with_a_footnote_marker(number: str) -> None:
    assert cusip(FOOTNOTED.format(number=number)).value == "58213C106"


ISSUER_FOOTNOTED = """SCHEDULE 13D
Under the Securities Exchange Act of 1934
(Amendment No. 3)*
Lanternby Biologics Holdings, Ltd.{marks}
(Name of Issuer)
Common Shares, no par value
(Title of Class of Securities)
(CUSIP Number)***
March 9, 2023
(Date of Event Which Requires Filing of this Statement)
* | The remainder of this cover page shall be filled out for a reporting person's initial filing.
{marks} | Issuer is the successor registrant to Lanternby Pharma Co., Ltd. after a share swap.
"""


@pytest.mark.parametrize("marks", ["**", "*", "\u2020", " \u2021"])
def test_a_footnote_mark_after_the_issuers_name_is_cut(marks):
    text = ISSUER_FOOTNOTED.format(marks=marks)
    name = subject_from_cover(text).name
    assert name.value == "Lanternby Biologics Holdings, Ltd."
    assert text[name.start : name.end] == "Lanternby Biologics Holdings, Ltd."
