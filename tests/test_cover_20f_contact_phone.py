"""A 20-F cover's company contact person with a telephone number under its label, however the
label is written ("Telephone:", "Tel:", "Telephone No.:"). Invented cover."""

from __future__ import annotations

import re

import pytest

from converter.pipeline import convert_text

COVER = """UNITED STATES
SECURITIES AND EXCHANGE COMMISSION
Washington, D.C. 20549

FORM 20-F

ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934
For the fiscal year ended December 31, 2006

Commission file number 1-12345

Hanbit Optronics Corporation
(Exact name of Registrant as specified in its charter)

Taiwan, Republic of China
(Jurisdiction of incorporation or organization)

No. 8, Garam Road, Hsinchu, Taiwan
(Address of principal executive offices)

Minjun Park
{label} 886-3-577-1234
E-mail: ir@hanbit.example
No. 8, Garam Road, Hsinchu, Taiwan
(Name, Telephone, E-mail and/or Facsimile number and Address of Company Contact Person)

Securities registered or to be registered pursuant to Section 12(b) of the Act.
"""


@pytest.mark.parametrize("label", ["Telephone:", "Tel:", "Telephone No.:", "Tel. No.", "Telephone Number:"])
def test_contact_phone_under_its_label(label: str) -> None:
    converted, = convert_text(COVER.format(label=label), "cover.txt")
    xml = converted.xml.decode()
    assert re.findall(r"ContactName [^>]*>([^<]+)<", xml) == ["Minjun Park"]
    assert re.findall(r"ContactPhoneNumber [^>]*>([^<]+)<", xml) == ["+886-3-577-1234"]
