"""The one signature reader (``extract.mechanisms.signatures``), layout by layout: blocks of
agreements, schedules and reports, typed, side by side, or flattened from HTML."""

from __future__ import annotations

import datetime as dt
import doctest
from pathlib import Path

import pytest

from converter.extract.mechanisms import signature_lines, signature_parts, signatures
from converter.extract.mechanisms.signatures import find_signature_blocks

SEED = (Path(__file__).resolve().parents[1] / "examples"  # the seed documents, byte for byte
        / "hanaro-13d-joint-filing-agreement-2003.txt")

WITNESS = ("IN WITNESS WHEREOF, the parties have caused this Agreement to be executed\n"
           "as of the day and year first above written.\n\n")


def test_doctests() -> None:
    for module in (signatures, signature_lines, signature_parts):
        assert doctest.testmod(module).failed == 0


def one(text: str):
    blocks = find_signature_blocks(text)
    assert len(blocks) == 1, blocks
    return blocks[0]


# party, on_behalf_of, signatory, title, capacity
CASES = [
    pytest.param(
        WITNESS + "                    KUMHO VENTURE PARTNERS, L.P.\n\n"
        "                    By:  /s/ Dae-jung Choi\n"
        "                         ------------------\n"
        "                    Name:   Dae-jung Choi\n"
        "                    Title:  President\n",
        ("KUMHO VENTURE PARTNERS, L.P.", None, "Dae-jung Choi", "President", None),
        id="direct"),
    pytest.param(
        "SILVER CREEK ASIA FUND, L.P.\n"
        "By: Silver Creek GP, L.L.C., its general partner\n"
        "By: Silver Creek Holdings, Inc., its managing member\n"
        "By: /s/ Laura Feng\n"
        "Name: Laura Feng\n"
        "Title: Vice President\n",
        ("SILVER CREEK ASIA FUND, L.P.",
         "Silver Creek GP, L.L.C. -> Silver Creek Holdings, Inc.", "Laura Feng", "Vice President", None),
        id="compact-chain-inline-roles"),
    pytest.param(
        WITNESS + "                    PACIFIC RIM TELECOMMUNICATIONS INVESTMENT\n"
        "                     (CAYMAN) LIMITED\n\n"
        "                         By:  /s/ Ho-sung Kim\n"
        "                         Name:   Ho-sung Kim\n"
        "                         Title:  Executive Vice President and\n"
        "                                 Chief Financial Officer\n",
        ("PACIFIC RIM TELECOMMUNICATIONS INVESTMENT (CAYMAN) LIMITED", None, "Ho-sung Kim",
         "Executive Vice President and Chief Financial Officer", None),
        id="wrapped-party-wrapped-title"),
    pytest.param(
        WITNESS + "               ASTER CAPITAL III, L.L.C.\n\n"
        "                    By: Aster Management Partners, Inc.\n"
        "                        Its Managing Member\n\n"
        "                         By:  /s/ Peter Vance\n"
        "                         Name:  Peter Vance\n"
        "                         Title: Secretary\n",
        ("ASTER CAPITAL III, L.L.C.", "Aster Management Partners, Inc.",
         "Peter Vance", "Secretary", None),
        id="role-on-its-own-line"),
    pytest.param(
        WITNESS + "                    HYUN-WOO SEO\n\n"
        "                    /s/ Grace Albright\n"
        "                    --------------------\n"
        "                    By: Grace Albright, Attorney-In-Fact\n",
        ("HYUN-WOO SEO", None, "Grace Albright", None, "Attorney-In-Fact"),
        id="attorney-below"),
    pytest.param(
        WITNESS + "                    By: /s/ Grace Albright\n"
        "                    --------------------\n"
        "                        Grace Albright, as attorney-in-fact\n"
        "                        for Hyun-woo Seo\n",
        ("Hyun-woo Seo", None, "Grace Albright", None, "attorney-in-fact"),
        id="attorney-for-party"),
    pytest.param(
        WITNESS + "                    By: /s/ Grace Albright\n"
        "                    Name:  Grace Albright\n"
        "                    Title: Attorney-in-Fact\n",
        (None, None, "Grace Albright", None, "Attorney-in-Fact"),
        id="title-is-a-capacity"),
    pytest.param(
        WITNESS + "                    By: /s/ Grace Albright, as Attorney-in-Fact for Ji-ho Baek\n",
        ("Ji-ho Baek", None, "Grace Albright", None, "Attorney-in-Fact"),
        id="attorney-on-the-signature-line"),
    pytest.param(
        WITNESS + "                    /s/ Marcus L. Hale\n"
        "                    ------------------------\n"
        "                    Marcus L. Hale\n",
        ("Marcus L. Hale", None, "Marcus L. Hale", None, None),
        id="self-signed-name-below"),
    pytest.param(
        WITNESS + "                                 MARCUS L. HALE\n\n\n"
        "                                 By:  /s/ Marcus L. Hale\n"
        "                                      ------------------\n",
        ("MARCUS L. HALE", None, "Marcus L. Hale", None, None),
        id="self-signed-no-title"),
    pytest.param(
        "SIGNATURE\n\nAfter reasonable inquiry and to the best of my knowledge and belief, I certify\n"
        "that the information set forth in this statement is true, complete and correct.\n\n"
        "                         By: /s/ Yuki Morimoto\n"
        "                         Name/Title: Yuki Morimoto, Managing Director\n",
        (None, None, "Yuki Morimoto", "Managing Director", None),
        id="name-slash-title"),
    pytest.param(
        WITNESS + "                    주식회사 한빛자산운용\n\n"
        "                    By: /s/ 김영수\n"
        "                    Name:  김영수\n"
        "                    Title: 대표이사\n",
        ("주식회사 한빛자산운용", None, "김영수", "대표이사", None),
        id="hangul"),
]


def test_two_columns_of_blocks() -> None:
    text = (WITNESS +
            "ALPHA KOREA FUND, L.P.                  BETA CAPITAL PARTNERS\n"
            "By: Alpha GP, LLC,                      (CAYMAN) LIMITED\n"
            "    its General Partner\n"
            "                                        By: /s/ Bo-ram Kim\n"
            "By: /s/ Ann Lee                             -------------------\n"
            "    ------------------                      Name:  Bo-ram Kim\n"
            "    Name:  Ann Lee                          Title: Director\n"
            "    Title: Managing Member\n\n"
            "GAMMA HOLDINGS, INC.                    /s/ Chul-soo Park\n"
            "By: /s/ Ann Lee                         -------------------\n"
            "    Name:  Ann Lee                      Chul-soo Park\n"
            "    Title: President\n")
    blocks = find_signature_blocks(text)
    got = [(b.party, b.on_behalf_of, b.signatory, b.title) for b in blocks]
    assert sorted(got, key=str) == sorted([
        ("ALPHA KOREA FUND, L.P.", "Alpha GP, LLC", "Ann Lee", "Managing Member"),
        ("BETA CAPITAL PARTNERS (CAYMAN) LIMITED", None, "Bo-ram Kim", "Director"),
        ("GAMMA HOLDINGS, INC.", None, "Ann Lee", "President"),
        ("Chul-soo Park", None, "Chul-soo Park", None),
    ], key=str)
    for b in blocks:  # spans are offsets of the original text
        assert " ".join(text[slice(*b.signatory_span)].split()) == b.signatory


@pytest.mark.parametrize("text, expected", CASES)
def test_block_layouts(text: str, expected: tuple) -> None:
    b = one(text)
    assert (b.party, b.on_behalf_of, b.signatory, b.title, b.capacity) == expected


def test_spans_point_at_the_words() -> None:
    text = CASES[1].values[0]
    b = one(text)
    assert text[slice(*b.party_span)] == "SILVER CREEK ASIA FUND, L.P."
    assert text[slice(*b.signatory_span)] == "Laura Feng"
    assert text[slice(*b.title_span)] == "Vice President"
    assert text[slice(*b.chain[0].span)] == "Silver Creek GP, L.L.C., its general partner"


def test_dates_own_shared_and_as_of_above() -> None:
    text = ("SIGNATURE\n\nAfter reasonable inquiry and to the best of my knowledge and belief, I certify\n"
            "that the information set forth in this statement is true, complete and correct.\n\n"
            "Date: March 3, 2005\n\n"
            "ONE FUND LTD.\nBy: /s/ A. Lee\nName: A. Lee\nTitle: Director\n\n"
            "TWO FUND LTD.\nBy: /s/ B. Lee\nName: B. Lee\nTitle: Director\nDated: March 4, 2005\n")
    first, second = find_signature_blocks(text)
    assert (first.party, first.date) == ("ONE FUND LTD.", dt.date(2005, 3, 3))
    assert (second.party, second.date) == ("TWO FUND LTD.", dt.date(2005, 3, 4))
    undated = one(CASES[0].values[0])
    assert undated.date is None and undated.as_of_above


def test_compact_pages_without_blank_lines() -> None:
    text = ("Dated as of: March 2, 2006\n"
            "HWASEONG SECURITIES CO., LTD.\nBy: /s/ Tae-hee Min\nName: Tae-hee Min\n"
            "Title: Executive Vice President\n"
            "HWASEONG ASSET MANAGEMENT CO., LTD.\nBy: /s/ Tae-hee Min\nName: Tae-hee Min\n"
            "Title: Managing Director\n"
            "/s/ Yoon-ah Seo\nYoon-ah Seo\n"
            "[SIGNATURE PAGE TO JOINT FILING AGREEMENT]\n")
    blocks = find_signature_blocks(text)
    assert [(b.party, b.title, b.date) for b in blocks] == [
        ("HWASEONG SECURITIES CO., LTD.", "Executive Vice President", dt.date(2006, 3, 2)),
        ("HWASEONG ASSET MANAGEMENT CO., LTD.", "Managing Director", dt.date(2006, 3, 2)),
        ("Yoon-ah Seo", None, dt.date(2006, 3, 2))]


def test_consecutive_blocks_do_not_share_lines() -> None:
    text = ("ONE FUND LTD.\n\nBy: /s/ A. Lee\nName: A. Lee\nTitle: Director\n\n"
            "TWO FUND, L.P.\nBy: One Fund Ltd., its General Partner\n\nBy: /s/ A. Lee\n"
            "Name: A. Lee\nTitle: Director\n")
    blocks = find_signature_blocks(text)
    assert [(b.party, b.on_behalf_of) for b in blocks] == [
        ("ONE FUND LTD.", None), ("TWO FUND, L.P.", "One Fund Ltd.")]


def test_seed_pages() -> None:
    if not SEED.exists():
        pytest.skip("seed documents not beside the repository")
    blocks = find_signature_blocks(SEED.read_text(encoding="utf-8"))
    assert len(blocks) == 32
    assert all(b.party and b.signatory for b in blocks)
    assert blocks[11].party == "AMERICAN INTERNATIONAL ASSURANCE COMPANY (BERMUDA) LIMITED"


@pytest.mark.parametrize("page, party, signer, capacity", [
    ("For and on behalf of\nAPEX HOLDINGS B.V.\n\nBy: /s/ Jan Smit\n    Name: Jan Smit\n",
     "APEX HOLDINGS B.V.", "Jan Smit", None),
    ("For and on behalf of APEX HOLDINGS B.V.\n\nBy: /s/ Jan Smit\n    Name: Jan Smit\n",
     "APEX HOLDINGS B.V.", "Jan Smit", None),
    ("/s/ Ann Lee\n-----------\nAnn Lee, Attorney-in-Fact for\nDavid K. Moss\n",
     "David K. Moss", "Ann Lee", "Attorney-in-Fact"),
    ("/s/ Ann Lee, as attorney-in-fact for David K. Moss\n---------------\nDavid K. Moss\n",
     "David K. Moss", "Ann Lee", "attorney-in-fact"),
    ("/s/ Ann Lee, as attorney-in-fact\n---------------\nDavid K. Moss\n",
     "David K. Moss", "Ann Lee", "attorney-in-fact"),  # the principal's name under the rule
])
def test_behalf_leads_and_attorneys(page: str, party: str, signer: str, capacity: str | None) -> None:
    block = one(page)
    assert (block.party, block.signatory, block.capacity) == (party, signer, capacity)
