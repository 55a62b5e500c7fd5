"""The last signing line under a SIGNATURES heading is found by one rule, for a cover's end
(``after_signatures``) as for the signature section (``signature_lines_at``): a line that opens
with 'By:', '/s/', 'Name:', 'Title:' or 'Date:', or one with '/s/' beside its company's name."""

from __future__ import annotations

from converter.extract.mechanisms.lines import split_lines
from converter.extract.title_cover import after_signatures, signature_lines_at

PAGE = """\
SIGNATURES

Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly
caused this report to be signed on its behalf by the undersigned, thereunto duly authorized.

Hanbit Marine Co., Ltd.            /s/ Jane Roe
                                   Jane Roe
                                   Chief Financial Officer

Hanbit Marine Announces Third Quarter Results
"""


def test_signature_beside_its_company_ends_the_section_for_both_readers() -> None:
    lines = split_lines(PAGE)
    signed = next(i for i, line in enumerate(lines) if "/s/" in line.text)
    assert after_signatures(lines, 0) == signed + 1
    assert max(signature_lines_at(lines, [0])) >= signed
