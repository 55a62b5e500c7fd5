"""Cover pages as unseen filings print them, read without leftovers: the schedule a 13D's title
names (not the 13G its box cites), a check glyph glued to its label, the words above a caption
prefixed by cell marks or after footnote marks, a CUSIP with its footnote's asterisks, a row's
instruction cut off, a quoted symbol before the sentence's stop, a signer's title finished under
its label, a numbered road and a Korean road named after several words, a title that is no
contact block, cut sentence or viewer stamp, and the date a 6-K gives only in its signature's
cells (invented companies, people and numbers, in the layouts of real covers)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from converter.extract.kinds.joint_filing import exchange_act_rule, schedule_type
from converter.extract.kinds.schedule_13 import cusip, find_cover_pages
from converter.extract.mechanisms.listings import under_symbol
from converter.extract.mechanisms.signatures import find_signature_blocks
from converter.extract.mechanisms.subject_company import subject_from_cover
from converter.parse.address import parse_address
from converter.pipeline import convert_text


def facts(text: str, name: str = "cover.txt") -> dict[str, object]:
    (converted,) = convert_text(text, name)
    return {o.concept + "".join(f"[{m}]" for _, m in o.dimensions): o.value
            for o in converted.extraction.observations}


def periods(text: str, name: str = "cover.txt") -> set[object]:
    (converted,) = convert_text(text, name)
    return {o.period for o in converted.extraction.observations}


# -- check boxes ---------------------------------------------------------------------------

def test_a_13d_is_titled_13d_whatever_its_box_and_a_mirror_cite() -> None:
    text = ("Insider filings explained\n- Schedule 13G & 13D forms report holdings above 5%.\n"
            "SECURITIES AND EXCHANGE COMMISSION\nSCHEDULE 13D\nUnder the Securities Exchange Act of 1934\n"
            "(Amendment No. 2)*\nExample Holdings Limited\n(Name of Issuer)\n"
            "If the filing person has previously filed a statement on Schedule 13G to report the "
            "acquisition that is the subject of this Schedule 13D, check the following box. \u2612\n")
    assert schedule_type(text).value == "13D"


@pytest.mark.parametrize("rows, rule", [
    ("o Rule 13d-1(b)\no Rule 13d-1(c)\n\u00feRule 13d-1(d)", "13d-1(d)"),  # Wingdings glyph glued
    ("\u2612Rule 13d-1(b)\n\u2610Rule 13d-1(c)\n\u2610Rule 13d-1(d)", "13d-1(b)"),
    ("o Rule 13d-1(b)\n\u00fe Rule 13d-1(c)\no Rule 13d-1(d)", "13d-1(c)"),
])
def test_a_glyph_glued_to_its_rule_is_its_checked_box(rows: str, rule: str) -> None:
    text = "Check the appropriate box to designate the rule pursuant to which this Schedule is filed:\n" + rows
    assert exchange_act_rule(text).value == rule


# -- the front page's captions -------------------------------------------------------------

PIPED_FRONT_PAGE = """\
|
SCHEDULE 13G
Under the Securities Exchange Act of 1934
(Amendment No. 1)*
|Harbourview Data Holdings Limited
|(Name of Issuer)
|Class A ordinary shares, par value US$0.001 per share
|(Title of Class of Securities)
|40422Q107**
|(CUSIP Number)
|December 31, 2021
|(Date of Event which Requires Filing of this Statement)
|
"""


def test_cell_marked_captions_are_read_as_the_plain_layout() -> None:
    subject = subject_from_cover(PIPED_FRONT_PAGE)
    assert subject.name.value == "Harbourview Data Holdings Limited"
    assert subject.security_class.value == "Class A ordinary shares"  # (the letter names the class)
    assert (subject.par_value.value, subject.par_currency) == (Decimal("0.001"), "USD")
    assert cusip(PIPED_FRONT_PAGE).value == "40422Q107"
    found = facts(PIPED_FRONT_PAGE)
    assert found["EventDate"] == dt.date(2021, 12, 31)
    assert found["SubjectCompanyName"] == "Harbourview Data Holdings Limited"


def test_the_issuer_under_an_amendment_line_with_footnote_marks_stands_alone() -> None:
    text = ("SCHEDULE 13D\nUnder the Securities Exchange Act of 1934\n(Amendment No. 3)*\u2020\n"
            "Lindenmark Holdings Limited\n(Name of Issuer)\nOrdinary shares, par value HK$1.00 per share\n"
            "(Title of Class of Securities)\n512345108**\n(CUSIP Number)\n")
    assert subject_from_cover(text).name.value == "Lindenmark Holdings Limited"
    assert cusip(text).value == "512345108"


def test_the_issuer_under_the_banner_without_an_amendment_line_stands_alone() -> None:
    text = "SCHEDULE 13G\nUnder the Securities Exchange Act of 1934\nOsterfeld Mining Corp.\n(Name of Issuer)\n"
    assert subject_from_cover(text).name.value == "Osterfeld Mining Corp."


# -- cover rows, symbols, titles -------------------------------------------------------------

@pytest.mark.parametrize("tail, code", [
    ("12 TYPE OF REPORTING PERSON (SEE INSTRUC", None),  # the text ends inside the instruction
    ("12 TYPE OF REPORTING PERSON (SEE\nINSTRUCTIONS)\nCO\n", "CO"),
    ("12 TYPE OF REPORTING PERSON (SEE INSTRUCTIONS)\nPN\n", "PN"),
])
def test_a_row_instruction_is_no_type_code(tail: str, code: str | None) -> None:
    (page,) = find_cover_pages("1 NAME OF REPORTING PERSON\nExample Growth Fund Ltd\n" + tail)
    found = page.rows.get("ReportingPersonTypeCode")
    assert (found.value if found else None) == code


def test_a_quoted_symbol_leaves_the_sentence_stop_out() -> None:
    text = "which are listed on Nasdaq Global Select Market under the symbol \u201cHVDH.\u201d Each ADS represents"
    assert [x.symbol for x in under_symbol(text)] == ["HVDH"]


def test_a_title_finished_under_its_label_is_whole() -> None:
    text = """\
Dated: March 2, 2021       Example Holdings Ltd.

                              By:  /s/ Jane Roe
                                   ------------------------------
                              Name:  Jane Roe
                              Title: Senior Vice President, Legal & Chief
                              Compliance Officer

                              Example Advisors, Inc.

                              By:  /s/ John Doe
                                   ------------------------------
                              Name:  John Doe
                              Title: Chief Compliance Officer
                              Example Partners LP
"""
    blocks = find_signature_blocks(text)
    assert [b.title for b in blocks] == ["Senior Vice President, Legal & Chief Compliance Officer",
                                         "Chief Compliance Officer"]


# -- addresses -----------------------------------------------------------------------------

def test_a_numbered_road_keeps_its_number() -> None:
    a = parse_address("7-1-212, Road No. 5, Jubilee Hills\nHyderabad, Telangana 500 033, India")
    assert (a.line, a.city, a.postal_code) == ("7-1-212, Road No. 5", "Hyderabad", "500 033")


def test_a_korean_road_named_after_several_words_keeps_them() -> None:
    a = parse_address("9F, 215 Riverside nam-ro, Yongsan-gu, Seoul 04300, Korea")
    assert (a.road_name, a.district) == ("Riverside nam-ro 215", "Yongsan-gu")
    assert parse_address("Star Tower 152 Teheran-ro, Gangnam-gu, Seoul").road_name == "Teheran-ro 152"


# -- titles and dates of 6-K and 20-F covers -------------------------------------------------

COVER_6K = """\
SECURITIES AND EXCHANGE COMMISSION
Washington, DC 20549
FORM 6-K
REPORT OF FOREIGN PRIVATE ISSUER
PURSUANT TO RULE 13a-16 OR 15d-16 OF
THE SECURITIES EXCHANGE ACT OF 1934
For the month of June 2019
Northbay Circuit Manufacturing Co., Ltd.
(Translation of Registrant's Name Into English)
No. 12, Example Rd. 3,
Hsinchu Science Park,
Taiwan
(Address of Principal Executive Offices)
(Indicate by check mark whether the registrant files or will file annual reports under cover of Form 20-F or Form 40-F.)
Form 20-F x Form 40-F \u00a8
(If \u201cYes\u201d is marked, indicated below the file number assigned to the registrant in connection with Rule 12g3-2(b): 82: .)
SIGNATURES
Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly caused this report to be signed on its behalf by the undersigned, thereunto duly authorized.
|Northbay Circuit Manufacturing Co., Ltd.
|Date: June 12, 2019
|By
|
/s/ Mei Lin Chou
|Mei Lin Chou
|Senior Vice President & Chief Financial Officer
"""
RELEASE = """\
Northbay Board of Directors Meeting Resolutions
Hsinchu, Taiwan, R.O.C., June 12, 2019 \u2013 Northbay today held a meeting of the Board of Directors, which approved capital appropriations of approximately US$1,234.5 million for the expansion of capacity.
|
Northbay Spokesperson:
Ms. Mei Lin Chou
Senior Vice President and CFO
Tel: 886-3-555-0100
"""


# the signer's name and title printed under bare cell marks, after the labels: still the signature's
LABELS_OVER_VALUES = COVER_6K.split("|Northbay Circuit")[0] + """|
NORTHBAY CIRCUIT MANUFACTURING CO., LTD.
|Dated:
|June 12, 2019
|By:
|
/s/ MEI LIN CHOU
|
Name:
Title:
|
Mei Lin Chou
Chairman of the Board
Exhibit Index
|a.
|Interim report of the Company for the six-month period ended 30 June 2019 as published on the website of the exchange
"""


def test_a_signer_printed_under_bare_cell_marks_is_no_title() -> None:
    assert "DocumentTitle" not in facts(LABELS_OVER_VALUES)


@pytest.mark.parametrize("body, title", [
    (RELEASE, "Northbay Board of Directors Meeting Resolutions"),  # under the signer's cells
    (RELEASE.split("\n", 1)[1], None),  # a contact block under its label is no title
    ("A copy of the press release on the joint venture as dissemina", None),  # a sentence cut off
])
def test_a_6k_title_is_its_heading_never_a_contact_block_or_a_cut_sentence(body: str, title: str | None) -> None:
    assert facts(COVER_6K + body).get("DocumentTitle") == title


def test_a_6k_dated_only_in_its_signature_cells_is_not_forever() -> None:
    """No month line, no SIGNATURES heading: the date is the cell after 'Date:'."""
    cover = COVER_6K.split("SIGNATURES\n")[0].replace("For the month of June 2019\n", "")
    text = cover + """INDEX TO EXHIBITS
|Item
|1.
|Share Repurchase
|2.
|Grant of Stock Options
Pursuant to the requirements of the Securities Exchange Act of 1934, the Registrant has duly caused this report to be signed on its behalf by the undersigned, thereunto duly authorized.
|Northbay Circuit Manufacturing Co., Ltd.
|Date:
|June 12, 2019
|By:
|/s/ Mei Lin Chou
|Name:
|MEI LIN CHOU
|Title:
|Chief Financial Officer
Item
1
Share Repurchase
|1. Purpose of Share Repurchase
|Stabilize the share price
"""
    assert {(p.start, p.end) for p in periods(text)} == {(dt.date(2019, 6, 12), dt.date(2019, 6, 12))}


ONE_LINE_20F = (
    "Printmgr File\nTotal Page:12\nFile Type:pdf, Size:880Kb\n"
    "UNITED STATES SECURITIES AND EXCHANGE COMMISSION Washington, D.C. 20549 FORM 20-F \u2018 REGISTRATION "
    "STATEMENT PURSUANT TO SECTION 12(b) OR (g) OF THE SECURITIES EXCHANGE ACT OF 1934 OR \u00c8 ANNUAL REPORT "
    "PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934 For the fiscal year ended March 31, "
    "2007 OR \u2018 TRANSITION REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934 "
    "Commission file number 0-1234 KAWASEMI SHOJI KABUSHIKI KAISHA (Exact name of Registrant as specified in "
    "its charter) KAWASEMI TRADING CO., LTD. (Translation of Registrant\u2019s name into English) JAPAN "
    "(Jurisdiction of incorporation or organization)\n")


def test_a_one_line_20f_reports_for_its_fiscal_year_without_a_viewer_stamp_title() -> None:
    found = facts(ONE_LINE_20F)
    assert "DocumentTitle" not in found
    assert found["DocumentPeriodEndDate"] == dt.date(2007, 3, 31)
    (period,) = periods(ONE_LINE_20F)
    assert (period.start, period.end) == (dt.date(2006, 4, 1), dt.date(2007, 3, 31))


@pytest.mark.parametrize("title, rule", [
    ("JOINT FILING AGREEMENT\nPURSUANT TO RULE 13D-1(K)(1)\n", "13d-1(k)(1)"),  # a title in capitals
    ("Joint filing agreement pursuant to Rule 13d-1(k)(1)\n", "13d-1(k)(1)"),
])
def test_a_rule_cited_in_capitals_is_written_as_the_rule(title: str, rule: str) -> None:
    assert exchange_act_rule(title + "The undersigned agree to file jointly.\n").value == rule
