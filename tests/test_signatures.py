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


# a trustee signing for a plan whose name wraps over the lines under the rule, then the same
# person signing for himself: three pages, the plan whole on the second
TRUSTEE_PAGES = ("                    NORTHWIND PARTNERS\n\n\n"
                 "                    By: /s/ Peter J. Lowe\n"
                 "                       ------------------------\n"
                 "                        Peter J. Lowe, General Partner\n\n\n"
                 "                    /s/ Peter J. Lowe\n"
                 "                    ---------------------------\n"
                 "                    Peter J. Lowe, Trustee of the P. J.\n"
                 "                    LOWE & CO. PROFIT SHARING\n"
                 "                    PLAN\n\n\n"
                 "                    /s/ Peter J. Lowe\n"
                 "                    ---------------------------\n"
                 "                    PETER J. LOWE\n")


def test_a_trustees_principal_wrapped_over_lines_is_the_pages_party() -> None:
    got = [(b.party, b.signatory, b.title, b.capacity) for b in find_signature_blocks(TRUSTEE_PAGES)]
    assert got == [("NORTHWIND PARTNERS", "Peter J. Lowe", "General Partner", None),
                   ("P. J. LOWE & CO. PROFIT SHARING PLAN", "Peter J. Lowe", None, "Trustee"),
                   ("PETER J. LOWE", "PETER J. LOWE", None, None)]


def test_an_agreement_under_the_joint_filing_rules_number_before_1998() -> None:
    from converter.pipeline import convert_text
    text = ("                                                 EXHIBIT 1\n\n"
            "         Pursuant to Rule 13d-1(f)(1)(iii) of Regulation 13D-G of the General\n"
            "Rules and Regulations of the Securities and Exchange Commission under the\n"
            "Securities Exchange Act of 1934, as amended, the undersigned agrees that the\n"
            "statement to which this Exhibit is attached is filed on behalf of each of them\n"
            "in the capacities set forth below.\n\n\n" + TRUSTEE_PAGES)
    (converted,) = convert_text(text, "agreement.txt")
    facts = {(o.concept, o.dimensions): o.value for o in converted.extraction.observations}
    assert "EntityRegistrantName" not in {concept for concept, _ in facts}
    assert facts[("NumberOfReportingPersons", ())] == 3
    assert [facts[("ReportingPersonName", (("ReportingPersonAxis", str(n)),))] for n in (1, 2, 3)] == [
        "NORTHWIND PARTNERS", "P. J. LOWE & CO. PROFIT SHARING PLAN", "PETER J. LOWE"]


# ------------------------------------------------------------------------------------------
# Pages flattened from HTML, labels alone in their cells, chains without "By:"
# ------------------------------------------------------------------------------------------

# (page, [(party, on_behalf_of, signatory, title, capacity, date)])
FLATTENED = [
    pytest.param(
        "|Dated: June 2, 2006\n|CEDARWOOD FUND II, L.P.\n|By:\n|Cedarwood GP II, L.L.C.\n"
        "its general partner\n|By:\n|/s/ Mina J. Osei\n|Mina J. Osei\nManaging Member\n"
        "|CEDARWOOD GP II, L.L.C.\n|By:\n|/s/ Mina J. Osei\n|Mina J. Osei\nManaging Member\n",
        [("CEDARWOOD FUND II, L.P.", "Cedarwood GP II, L.L.C.", "Mina J. Osei", "Managing Member",
          None, dt.date(2006, 6, 2)),
         ("CEDARWOOD GP II, L.L.C.", None, "Mina J. Osei", "Managing Member", None,
          dt.date(2006, 6, 2))],
        id="label-cells-and-role-lines"),
    pytest.param(  # a party's name in capitals longer than a line of prose, its legal form last
        "|NORTHERN LIGHTS ENTERPRISE MANAGEMENT CONSULTING PARTNERSHIP (LIMITED PARTNERSHIP)\n|By:\n"
        "|Aurora Peak Fund Management Co., Ltd., its General Partner\n|/s/ Mei Tan\n|Name: Mei Tan\n"
        "|Title: Authorized Signatory\n|AURORA PEAK FUND MANAGEMENT CO., LTD.\n|By:\n|/s/ Mei Tan\n"
        "|Name: Mei Tan\n|Title: Legal Representative\n",
        [("NORTHERN LIGHTS ENTERPRISE MANAGEMENT CONSULTING PARTNERSHIP (LIMITED PARTNERSHIP)",
          "Aurora Peak Fund Management Co., Ltd.", "Mei Tan", None, "Authorized Signatory", None),
         ("AURORA PEAK FUND MANAGEMENT CO., LTD.", None, "Mei Tan", "Legal Representative", None, None)],
        id="long-party-name-in-capitals"),
    pytest.param(
        "|CEDARWOOD FUND II, L.P.\n|Cedarwood GP II, L.L.C.\nits general partner\n|By:\n"
        "|/s/ Mina J. Osei\n|Mina J. Osei\nManaging Member\n",
        [("CEDARWOOD FUND II, L.P.", "Cedarwood GP II, L.L.C.", "Mina J. Osei", "Managing Member",
          None, None)],
        id="entity-over-its-role-without-by"),
    pytest.param(
        "|ASHGROVE SCHOLARSHIP FUND – 1999 TRUST\n|THE BOARD OF TRUSTEES OF THE ASHGROVE\n"
        "SCHOLARSHIP FUND,\nas the Trustee of the Ashgrove Scholarship Fund –\n1999 Trust\n"
        "|By: Ashgrove Advisers, L.P.,\nas Executive Director\n|By: Ashgrove Corp.,\n"
        "as General Partner\n|By: /s/ Oren B. Castellanos\nName: Oren B. Castellanos\n"
        "Title: President\n",
        [("ASHGROVE SCHOLARSHIP FUND – 1999 TRUST",
          "THE BOARD OF TRUSTEES OF THE ASHGROVE SCHOLARSHIP FUND -> Ashgrove Advisers, L.P. -> "
          "Ashgrove Corp.", "Oren B. Castellanos", "President", None, None)],
        id="trustee-of-a-trust-three-deep"),
    pytest.param(
        "|\nFebruary 9, 2004\n|\nELMSTEAD ASSOCIATES\n|\n|\nBy:\n|\n/s/ Ruth A. Calloway\n|\n|\n"
        "Ruth A. Calloway\n|\nGeneral Partner\n|\nFebruary 9, 2004 GENERAL PARTNERS\n|\n"
        "/s/ Ruth A. Calloway\n|\nRuth A. Calloway\n|\n/s/ Ivo Radmanovic\n|\nIvo Radmanovic",
        [("ELMSTEAD ASSOCIATES", None, "Ruth A. Calloway", "General Partner", None,
          dt.date(2004, 2, 9)),
         ("Ruth A. Calloway", None, "Ruth A. Calloway", None, None, dt.date(2004, 2, 9)),
         ("Ivo Radmanovic", None, "Ivo Radmanovic", None, None, dt.date(2004, 2, 9))],
        id="sparse-cells-role-as-title-names-under-signatures"),
    pytest.param(
        "United Harbourside Corporation | ||||\nDate: 11/15/2006 |\nBy |\n/s/ Lin Wei-Ting | ||\n"
        "Lin Wei-Ting | ||||\nChief Financial Officer |\n|\nwww.harbourside.example.com |\n",
        [("United Harbourside Corporation", None, "Lin Wei-Ting", "Chief Financial Officer", None,
          dt.date(2006, 11, 15))],
        id="trailing-cell-marks-and-a-web-address-after"),
    pytest.param(
        "|KAWASEMI HOLDINGS KABUSHIKI KAISHA\n|(Kawasemi Holdings, Inc.)\n|March 3, 2006\n|By:\n|\n"
        "/S/ KENJI ODAWARA\n|Group Leader,\n|Corporate Legal Department\nItem 1\n",
        [("KAWASEMI HOLDINGS KABUSHIKI KAISHA", None, "KENJI ODAWARA",
          "Group Leader, Corporate Legal Department", None, dt.date(2006, 3, 3))],
        id="title-in-two-cells-then-the-next-item"),
    pytest.param(
        "Date: May 25, 2005\n|HOKUTO FINANCIAL GROUP, INC.\n|By:\n|\n/S/ Aiko Sugimura\n|Name:\n"
        "|Aiko Sugimura\n|Title:\n|Chief Manager, General Affairs\n|Corporate Planning Division\n"
        "Hokuto Financial Group, Inc.\nAnnual General Meeting of Shareholders\n",
        [("HOKUTO FINANCIAL GROUP, INC.", None, "Aiko Sugimura",
          "Chief Manager, General Affairs Corporate Planning Division", None, dt.date(2005, 5, 25))],
        id="wrapped-title-stops-at-an-entity"),
    pytest.param(
        "Dated: January 10, 2002\n|ROWAN CAPITAL PARTNERS II, L.P.\n|By:\n|Rowan Capital, L.L.C.\n"
        "its general partner\n|By:\n|/s/ Do",
        [("ROWAN CAPITAL PARTNERS II, L.P.", "Rowan Capital, L.L.C.", None, None, None,
          dt.date(2002, 1, 10))],
        id="text-cut-inside-the-signature"),
]


@pytest.mark.parametrize("text, expected", FLATTENED)
def test_flattened_pages(text: str, expected: list[tuple]) -> None:
    blocks = find_signature_blocks(text)
    got = [(b.party, b.on_behalf_of, b.signatory, b.title, b.capacity, b.date) for b in blocks]
    assert got == expected
    for b in blocks:  # spans hold the words, cell marks and all
        if b.signatory_span:
            assert " ".join(text[slice(*b.signatory_span)].split()) == b.signatory


def test_a_page_cut_mid_word_is_marked_and_keeps_no_fragment() -> None:
    (block,) = find_signature_blocks(FLATTENED[-1].values[0])
    assert block.cut and block.signatory is None
    text = "APEX FUND LTD.\nBy: /s/ Ann Lee\nName: Ann Lee\nTitle: Chie\n"
    (block,) = find_signature_blocks(text)
    assert block.cut and block.title is None and block.signatory == "Ann Lee"
    text = "APEX FUND LTD.\nBy: /s/ Ann Lee\nName: Ann Lee\nTitle: Director"  # a whole word
    (block,) = find_signature_blocks(text)
    assert not block.cut and block.title == "Director"


# ------------------------------------------------------------------------------------------
# Dates, attorneys-in-fact, columns
# ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, date", [
    ("IN WITNESS WHEREOF, the undersigned hereby execute this Agreement as of\nthis 30th day of "
     "August, 2005.\n\nAPEX FUND LTD.\n\nBy: /s/ Ann Lee\nName: Ann Lee\nTitle: Director\n",
     dt.date(2005, 8, 30)),
    ("Dated as of: March 2, 2006\n\nAPEX FUND LTD.\nBy: /s/ Ann Lee\nName: Ann Lee\n", dt.date(2006, 3, 2)),
    ("APEX FUND LTD.\n\nDate: April 30, 2003 By /S/ Ann Lee ------ Ann Lee\n", dt.date(2003, 4, 30)),
    ("APEX FUND LTD.\nBy: /s/ Ann Lee\nName: Ann Lee\n\nBETA FUND LTD.\nBy: /s/ Bo Kim\n"
     "Name: Bo Kim\n\nDate: July 1, 2007\n", dt.date(2007, 7, 1)),  # a footer dates both pages
])
def test_signature_dates(text: str, date: dt.date) -> None:
    assert {b.date for b in find_signature_blocks(text)} == {date}


def test_starred_names_and_the_closing_attorney_block() -> None:
    text = (WITNESS + "          /s/ Imogen R. Tal*\n          ----------------\n"
            "          Imogen R. Tal\n\n\n          /s/ Piet van Rooyen\n          ----------------\n"
            "          Piet van Rooyen\n\n*By: /s/ Piet van Rooyen\n     ---------------\n"
            "     Piet van Rooyen\n     Attorney-in-Fact\n")
    starred, own, closing = find_signature_blocks(text)
    assert (starred.party, starred.marked) == ("Imogen R. Tal", True)
    assert (own.party, own.marked, own.signatory) == ("Piet van Rooyen", False, "Piet van Rooyen")
    assert (closing.party, closing.signatory, closing.capacity) == (
        None, "Piet van Rooyen", "Attorney-in-Fact")


def test_three_columns_side_by_side() -> None:
    text = (WITNESS +
            "ONE FUND, L.P.                 TWO FUND, L.P.                 THREE GP LLC\n"
            "By: Three GP LLC               By: Three GP LLC\n"
            "Its: General Partner           Its: General Partner           By: /s/ Li Na\n"
            "                                                                  Name: Li Na\n"
            "By: /s/ Li Na                  By: /s/ Li Na                      Title: Member\n"
            "    Name: Li Na                    Name: Li Na\n"
            "    Title: Member                  Title: Member\n")
    got = [(b.party, b.on_behalf_of, b.signatory, b.title) for b in find_signature_blocks(text)]
    assert got == [("ONE FUND, L.P.", "Three GP LLC", "Li Na", "Member"),
                   ("TWO FUND, L.P.", "Three GP LLC", "Li Na", "Member"),
                   ("THREE GP LLC", None, "Li Na", "Member")]


@pytest.mark.parametrize("below, name, title", [
    ("    ------------\n    Executive Vice President and Chief\n    Financial Officer\n",
     "Jon Reyes", "Executive Vice President and Chief Financial Officer"),  # title, no name
    ("    ------------\n    Jon Reyes, Jr.\n", "Jon Reyes, Jr.", None),  # a suffix, no title
    ("    ------------\n    Jon Reyes, Company Secretary\n", "Jon Reyes", "Company Secretary"),
    ("    ------------\n    JON REYES\n    Chief Financial Officer\n    Investor Relations Team\n",
     "JON REYES", "Chief Financial Officer"),  # a whole title does not run on
])
def test_printed_name_and_title_under_the_signature(below: str, name: str, title: str | None) -> None:
    block = one(WITNESS + "APEX HOLDINGS, INC.\n\nBy: /s/ Jon Reyes\n" + below)
    assert (block.signatory, block.title) == (name, title)


@pytest.mark.xfail(strict=True, reason="a whole cover flattened onto one line: the title runs "
                   "on into the next words, with no line, cell or label to end it")
def test_known_limit_title_on_a_one_line_page() -> None:
    text = ("SIGNATURES Pursuant to the requirements of the Act, the registrant has duly caused "
            "this report to be signed. Apex Corp. Date: April 30, 2003 By /S/ Ann Lee ------ Ann Lee "
            "Senior Vice President Apex Corp. Financial Statements for the Three Months")
    (block,) = find_signature_blocks(text)
    assert block.title == "Senior Vice President"


@pytest.mark.xfail(strict=True, reason="'s/b/' for '/s/': a typist's slip no layout rule tells "
                   "from words")
def test_known_limit_misspelt_conformed_signature() -> None:
    (block,) = find_signature_blocks("APEX N.V.\n\n     s/b/ J.K. Smit\n\n     J.K. Smit\n")
    assert block.signatory == "J.K. Smit"


# ------------------------------------------------------------------------------------------
# The signatures of a report, by evidence, on any document (SignatoryAxis)
# ------------------------------------------------------------------------------------------


def test_a_signed_report_of_no_family_gets_its_signatories() -> None:
    from converter.pipeline import convert_text

    text = ("Item 1.\n|\nCapital Reduction\n|\nDaeseong Games Inc.\n|\nDate:\n|\nApril 19, 2010\n|\n"
            "By:\n|\n/s/ Hae-won Pyo\n|\nName:\n|\nHAE-WON PYO\n|\nTitle:\n|\n"
            "Chief Executive Officer\n|\nBefore Reduction\n|\nAfter Reduction\n")
    (converted,) = convert_text(text, "notice.txt")
    facts = {(o.concept, o.dimensions) for o in converted.extraction.observations}
    member = (("SignatoryAxis", "1"),)
    got = {o.concept: o.value for o in converted.extraction.observations if o.dimensions == member}
    assert {"SignatoryName", "SignatoryTitle", "SignatureDate"} <= {c for c, _ in facts}
    assert (got["SignatoryName"], got["SignatoryTitle"], got["SignatureDate"]) == (
        "HAE-WON PYO", "Chief Executive Officer", dt.date(2010, 4, 19))


def test_section_date_lines_read_as_in_the_whole_text() -> None:
    """A signature section's date lines are read from the line before the section on (the text
    above blanked): the same lines as ``page_lines`` of all the text up to the section's end."""
    from converter.extract.anchors import SIGNATURES_HEADING
    from converter.extract.mechanisms.signatories import _date_lines
    from converter.extract.mechanisms.signature_lines import page_lines

    data = Path(__file__).resolve().parent / "data"
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(data.glob("cover_6k/*.txt"))]
    texts.append("Annual report text.\nDate:\nMay 2, 2005\nSIGNATURES\nDate:\n|June 3, 2005\nBy: /s/ Ann Lee\n")
    found = 0
    for text in texts:
        for heading in SIGNATURES_HEADING.finditer(text):
            for start in (heading.start(), heading.end(), heading.end() + 1):
                end = min(len(text), heading.end() + 4000)
                whole = [ln for ln in page_lines(text[:end]) if ln.kind == "date" and ln.start >= start]
                assert _date_lines(text, start, end) == whole
                found += len(whole)
    assert found >= 10
