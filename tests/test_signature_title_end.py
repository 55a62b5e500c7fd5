"""A signature block's title ends at its line's end when the next line is another party's name in
capitals (a text cut inside the next page leaves that name alone under the title); a title that
goes on below (ends open, or goes on with a title's words) is still joined. Invented names."""

from __future__ import annotations

import pytest

from converter.extract.mechanisms.signatures import find_signature_blocks

# a page of HTML flattened one cell a line, "|" opening each cell; the text stops right after
# the next party's first line
CELLS = """IN WITNESS WHEREOF, the undersigned have executed this agreement.
|APEX HOLDINGS III, L.L.C.
|By:
|
/s/ Dana Vole
|Name:
|Dana Vole
|Title:
|{title}
|{under}"""


@pytest.mark.parametrize("title, under, expected", [
    ("Managing Director", "APEX PARTNERS V", "Managing Director"),  # the next party, cut short
    ("Head of Legal Affairs", "ORCA PARTNERS V", "Head of Legal Affairs"),  # (no title's last word)
    ("Investment Professional", "NORDVIK I", "Investment Professional"),
    ("Vice President and", "CEO", "Vice President and CEO"),  # a title left open goes on
    ("Vice President, Chief", "Financial Officer", "Vice President, Chief Financial Officer"),
])
def test_title_ends_before_a_name_in_capitals(title: str, under: str, expected: str) -> None:
    block, = find_signature_blocks(CELLS.format(title=title, under=under))
    assert block.party == "APEX HOLDINGS III, L.L.C."
    assert block.signatory == "Dana Vole"
    assert block.title == expected


def test_capacity_alone_on_the_title_line() -> None:
    """'Title: Authorized Person' over the next party: the capacity, nothing of the party."""
    block, = find_signature_blocks(CELLS.format(title="Authorized Person", under="APEX FUND II"))
    assert (block.title, block.capacity) == (None, "Authorized Person")


# a word processor's table of labels and values, one cell a line with blank lines between: the
# first signatory's "Title:" left empty on its line, its value on a later line
EMPTY_TITLE_LABEL = """SIGNATURES

Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly
caused this report to be signed on its behalf by the undersigned, thereunto duly authorized.

Dated: March 3, 2022

Hanbit Precision Corporation

By:

/s/ Doyun Seo

Name:   Doyun Seo
Title:{gap}
{title}


By:

/s/ Mirae Kang

Name:   Mirae Kang
Title:   Director
"""


@pytest.mark.parametrize("gap, title", [
    ("  \n", "Vice President"),
    ("\n\n", "Senior Vice President and Treasurer"),
    ("\n", "Chief Financial Officer"),
])
def test_a_title_on_a_later_line_under_its_empty_label(gap: str, title: str) -> None:
    first, second = find_signature_blocks(EMPTY_TITLE_LABEL.format(gap=gap, title=title))
    assert (first.signatory, first.title) == ("Doyun Seo", title)
    assert (second.signatory, second.title) == ("Mirae Kang", "Director")
    assert second.party != title  # the title is no party of the next signatory


def test_a_party_under_an_empty_title_label_is_no_title() -> None:
    """'Title:' left blank over the next party's name (a legal form's): that name is no title."""
    text = EMPTY_TITLE_LABEL.format(gap="\n", title="").replace(
        "\n\nBy:\n\n/s/ Mirae Kang", "Orion Holdings Co., Ltd.\n\nBy:\n\n/s/ Mirae Kang")
    first, second = find_signature_blocks(text)
    assert not first.title
    assert second.signatory == "Mirae Kang"
