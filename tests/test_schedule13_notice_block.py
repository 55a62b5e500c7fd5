"""Schedule 13D covers: the address and telephone over the caption "(Name, Address and
Telephone Number of Person Authorized to Receive Notices and Communications)" are the notice
contact's (a reporting person's agent or counsel), never the issuer's address or phone.
Invented names and figures."""

from __future__ import annotations

import re

import pytest

from converter.pipeline import convert_text

COVER = """SCHEDULE 13D
Under the Securities Exchange Act of 1934
(Amendment No.    )*
{sep}VELDMARK MICROSYSTEMS CO., LTD.
{sep}(Name of Issuer)
{sep}Ordinary shares, par value US$0.001 per share
{sep}(Title of Class of Securities)
{sep}92837Q104
{sep}(CUSIP Number)
{sep}Daeyang Materials Holdings Co., Ltd.
{sep}Mr. Joon-Ho Park
{sep}Daeyang Tower, 77, Seosomun-ro, Jung-gu
{sep}Seoul 04516, Korea
{sep}Phone Number: (82) 2 3456 7890
{sep}(Name, Address and Telephone Number of Person Authorized to Receive Notices and Communications)
{sep}March 4, 2013
{sep}(Date of Event Which Requires Filing of This Statement)
"""


@pytest.mark.parametrize("sep", ["", "\n"])
def test_notice_address_is_not_the_issuers(sep: str) -> None:
    converted, = convert_text(COVER.format(sep=sep), "schedule.txt")
    xml = converted.xml.decode()
    assert "VELDMARK MICROSYSTEMS CO., LTD." in xml
    assert not re.search(r"EntityAddress|EntityPhoneNumber", xml)
