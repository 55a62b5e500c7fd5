"""Signature pages printed in a column so narrow that every name and title wraps over two lines:
each half is read with the item it goes on (the surname with its given name, "Member" with
"Managing", "LLC" with the party's name), never paired off by one line; pages of whole lines,
or lines that do not go on, are read as before. Invented names."""

from __future__ import annotations

import re

import pytest

from converter.extract.mechanisms.signature_wraps import rejoin_wrapped_column
from converter.extract.mechanisms.signatures import find_signature_blocks
from converter.pipeline import convert_text

NARROW_PAGES = """In accordance with Rule 13d-1(k)(1) under the Securities Exchange Act of 1934, as
amended, the undersigned hereby agree to the joint filing of this statement on Schedule 13G.
ORVANE
LLC
By: /s/ Tomasz R.
Weller
Tomasz
R. Weller
Managing
Member
ORVANE
HOLDINGS, L.P.
By:
ORVANE LLC, its general partner
By: /s/ Tomasz R.
Weller
Tomasz
R. Weller
Managing
Member
/s/ Tomasz R.
Weller
Tomasz
R. Weller
/s/ Liesel
Ambrose
Liesel
Ambrose
"""


def test_narrow_column_pages_are_read_whole() -> None:
    blocks = find_signature_blocks(NARROW_PAGES)
    assert [(b.party, b.signatory, b.title, b.on_behalf_of) for b in blocks] == [
        ("ORVANE LLC", "Tomasz R. Weller", "Managing Member", None),
        ("ORVANE HOLDINGS, L.P.", "Tomasz R. Weller", "Managing Member", "ORVANE LLC"),
        ("Tomasz R. Weller", "Tomasz R. Weller", None, None),
        ("Liesel Ambrose", "Liesel Ambrose", None, None),
    ]


def test_offsets_are_kept() -> None:
    joined = rejoin_wrapped_column(NARROW_PAGES)
    assert len(joined) == len(NARROW_PAGES)
    assert "ORVANE LLC\nBy: /s/ Tomasz R. Weller\nTomasz R. Weller\nManaging Member\n" in joined


@pytest.mark.parametrize("page", [
    # whole lines: no signature line is wrapped, nothing is joined
    "APEX\nLLC\nBy: /s/ Tomasz Weller\nTomasz Weller\nManaging\nMember\n",
    # the line under a one-word signature is a title, not a surname
    "By: /s/ Tomasz\nDirector\nAPEX\nHOLDINGS LLC\n",
    # indented lines: a joined break would leave a gap read as a second column's edge
    "    By: /s/ Tomasz R.\n    Weller\n",
])
def test_pages_that_do_not_wrap_are_left_alone(page: str) -> None:
    assert rejoin_wrapped_column(page) == page


@pytest.mark.parametrize(("page", "kept"), [
    # the printed name, then the next party in capitals: a whole name is not a name's first part
    ("By: /s/ Tomasz R.\nWeller\nTOMASZ R. WELLER\nAPEX HOLDINGS LLC\n", "WELLER\nAPEX"),
    # a title that is whole is not joined to the next party
    ("By: /s/ Tomasz R.\nWeller\nTomasz R. Weller\nDirector\nAPEX\nLLC\n", "Director\nAPEX"),
])
def test_whole_items_stay_apart(page: str, kept: str) -> None:
    assert kept in rejoin_wrapped_column(page)


def test_whole_agreement_in_a_narrow_column() -> None:
    """The agreement's date wrapped over two lines at its head is its date, not its title; the
    parties are the pages' whole names."""
    converted, = convert_text("MARCH\n14, 2031\n" + NARROW_PAGES, "agreement.txt")
    xml = converted.xml.decode()
    assert re.findall(r"DocumentDate [^>]*>([^<]+)<", xml) == ["2031-03-14"]
    assert not re.search(r"DocumentTitle[^>]*>MARCH<", xml)
    assert sorted(re.findall(r"ReportingPersonName [^>]*>([^<]+)<", xml)) == [
        "Liesel Ambrose", "ORVANE HOLDINGS, L.P.", "ORVANE LLC", "Tomasz R. Weller"]
    assert sorted(set(re.findall(r"SignatoryTitle [^>]*>([^<]+)<", xml))) == ["Managing Member"]


COLLAPSED_COVER = (
    "FORM 6-K REPORT OF FOREIGN PRIVATE ISSUER For the month of May 2031 Commission File Number:"
    " 001-54321 MERIDIAN TOOLWORKS LTD. (Translation of registrant's name into English) SIGNATURE"
    " Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly"
    " caused this report to be signed on its behalf by the undersigned, thereunto duly authorized."
    " MERIDIAN TOOLWORKS LTD. (Registrant) By: /s/ Oskar Lindqvist {note} Oskar Lindqvist Senior"
    " Vice President and Chief Financial Officer Date: May 9, 2031 List of materials\n")


@pytest.mark.parametrize("note", ["(Signature)", "(Authorized Signatory)"])
def test_collapsed_signature_with_its_caption(note: str) -> None:
    """A page run together onto one line, the signature's bracketed caption between the signed
    and the printed name: the caption and the title are not part of the name."""
    blocks = find_signature_blocks(COLLAPSED_COVER.format(note=note))
    assert [(b.signatory, b.title) for b in blocks] == [
        ("Oskar Lindqvist", "Senior Vice President and Chief Financial Officer")]


def _texts_for_the_gate() -> list[str]:
    from pathlib import Path
    repo = Path(__file__).resolve().parent.parent
    texts = ["By: /s/ Dana K.\nMorrow\n", "  /s/ Dana  \r\nMorrow", "x /s/ Dana\nMorrow", "/S/ Dana\nMorrow",
             "/s/ Dana Morrow\n/s/ Lee\nPark", "/s/", "\n/s/\n", "By:/s/Dana", "a\n\t/s/ Dana K.\t"]
    for path in sorted(repo.glob("examples/*.txt")) + sorted((repo / "tests" / "data").rglob("*.txt")):
        try:
            texts.append(path.read_text(encoding="utf-8"))
        except UnicodeDecodeError:
            continue
    return texts


def test_the_cut_signature_gate_is_the_plain_test_of_every_line() -> None:
    """``_has_cut_signature`` (from each "/s/") says what testing every split line says."""
    from converter.extract.mechanisms.signature_wraps import _CUT_SIGNATURE, _has_cut_signature, _lines

    held = 0
    for text in _texts_for_the_gate():
        plain = any(_CUT_SIGNATURE.match(line) for _, _, line in _lines(text))
        held += plain
        assert _has_cut_signature(text) == plain, text[:200]
    assert held >= 5
