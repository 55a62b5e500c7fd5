"""Signature pages whose signatures by an attorney-in-fact are marked (``*``, ``**``, ``(1)``)
beside the printed name, with the footnote below (``* By: ..., Attorney-in-fact``): the mark is
no part of the reporting person's name, the footnote no part of the page above it, and the
attorney who signed is the footnote's signatory. Invented names."""

from __future__ import annotations

import re

import pytest

from converter.pipeline import convert_text

AGREEMENT = """JOINT FILING AGREEMENT

The undersigned hereby agree that the statement on Schedule 13D with respect to the Common
Stock of Hanbit Electronics Co., Ltd. is filed on behalf of each of them.

Dated: April 2, 2007

GARAM VALUE PARTNERS, L.P.
By: /s/ Minjun Park
Name: Minjun Park
Title: Managing Member

/s/ Seoyeon Kim{mark1}
{pre1}Seoyeon Kim{mark1}

/s/ Jiho Lee{mark2}
{pre2}Jiho Lee{mark2}

{foot1} By: Minjun Park, Attorney-in-fact
"""


def _values(xml: str, concept: str) -> list[str]:
    return re.findall(rf"{concept} [^>]*>([^<]+)<", xml)


@pytest.mark.parametrize(("mark1", "mark2", "pre", "foot1"), [
    ("*", "**", "", "*"),
    ("*", "*", "", "*"),
    ("", "", "(1) ", "(1)"),
])
def test_marks_are_no_part_of_names(mark1: str, mark2: str, pre: str, foot1: str) -> None:
    text = AGREEMENT.format(mark1=mark1, mark2=mark2, pre1=pre, pre2=pre, foot1=foot1)
    converted, = convert_text(text, "agreement.txt")
    xml = converted.xml.decode()
    assert _values(xml, "ReportingPersonName") == ["GARAM VALUE PARTNERS, L.P.", "Seoyeon Kim", "Jiho Lee"]
    # the partnership's own signer, and the attorney-in-fact of the footnote: no one else signed
    assert sorted(_values(xml, "SignatoryName")) == ["Minjun Park", "Minjun Park"]
    assert _values(xml, "SignatoryCapacity") == ["Attorney-in-fact"]
