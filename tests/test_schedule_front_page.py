"""Schedule 13D / 13G covers as unseen filings print them: the front page's title, captions and
figures, and the cover page's reporting person (invented companies and people, in the layouts
found on real covers)."""

from __future__ import annotations

import pytest

from converter.pipeline import convert_text


def facts(text: str, name: str = "cover.txt") -> dict[str, object]:
    (converted,) = convert_text(text, name)
    return {o.concept + "".join(f"[{m}]" for _, m in o.dimensions): o.value
            for o in converted.extraction.observations}


FIXED_WIDTH_13DA = """\
                                 SCHEDULE 13D/A

                    Under the Securities Exchange Act of 1934*

                                 Pemberly Bank
--------------------------------------------------------------------------------
                                (Name of Issuer)

               Common Stock, par value Korean Won 5,000 per share
--------------------------------------------------------------------------------
                         (Title of Class of Securities)

                                    71234X105
--------------------------------------------------------------------------------
                                 (CUSIP Number)

                                  March 3, 2004
--------------------------------------------------------------------------------
             (Date of Event which Requires Filing of this Statement)

If the filing person has previously filed a statement on Schedule 13G to report
the acquisition which is the subject of this Schedule 13D, check the box. |_|
"""

LEGAL_BASIS_13D = """\
                       SECURITIES AND EXCHANGE COMMISSION
                             WASHINGTON, D.C. 20549

                                  SCHEDULE 13D

                                 (Rule 13d-101)

             INFORMATION TO BE INCLUDED IN STATEMENTS FILED PURSUANT
            TO RULE 13d-1(a) AND AMENDMENTS THERETO FILED PURSUANT TO
                                  RULE 13d-2(a)

                                (Amendment No. 2)

                              Hollowell Corporation
                                (Name of Issuer)

                     Common Stock, par value $1.00 per share
                         (Title of Class of Securities)

                                    436512109
                                 (CUSIP Number)

                                 October 2, 2012
             (Date of Event Which Requires Filing of This Statement)
"""

RUN_TOGETHER_13G = (
    "SECURITIES AND EXCHANGE COMMISSION WASHINGTON, DC 20549 ------------------------------ "
    "SCHEDULE 13G (RULE 13d-102) INFORMATION TO BE INCLUDED IN STATEMENTS FILED PURSUANT TO RULES "
    "13d-1(b), (c) and (d) (Amendment No. ____)1 TARNWICK CO., LTD. ------------------ (Name of Issuer) "
    "Common Shares ---------------- (Title of Class of Securities) 87612Q104 ------------ (CUSIP Number) "
    "June 7, 2006 ------------ (Date of Event Which Requires Filing of this Statement)\n")


@pytest.mark.parametrize("text, title", [
    (FIXED_WIDTH_13DA, "SCHEDULE 13D/A"),  # not 'Under the Securities Exchange Act', not the issuer
    (LEGAL_BASIS_13D, "SCHEDULE 13D"),  # not 'INFORMATION TO BE INCLUDED IN STATEMENTS ...'
    (RUN_TOGETHER_13G, "SCHEDULE 13G"),  # a cover run onto one line
])
def test_a_schedule_is_titled_by_its_banner(text: str, title: str) -> None:
    assert facts(text).get("DocumentTitle") == title


def _cover_page(name_lines: str, type_rows: str = "") -> str:
    return (FIXED_WIDTH_13DA + "\nCUSIP No. 71234X105\n\n1   NAMES OF REPORTING PERSONS\n"
            "    I.R.S. IDENTIFICATION NOS. OF ABOVE PERSONS (ENTITIES ONLY)\n" + name_lines +
            "\n2   CHECK THE APPROPRIATE BOX IF A MEMBER OF A GROUP\n    (a) [ ]\n    (b) [ ]\n"
            "3   SEC USE ONLY\n" + type_rows)


@pytest.mark.parametrize("name_lines, type_rows, kind", [
    # an identification number under the entities-only label: an entity, whatever the name's shape
    ("    Caradon Lemaire\n    I.R.S. Identification No. 131234567", "", "entity"),
    ("    Caradon Lemaire          13-1234567", "", "entity"),
    ("    Caradon Lemaire\n    I.R.S. Identification No. 000000000", "", "natural person"),  # a filler
    ("    Caradon Lemaire", "", "natural person"),  # the name's shape, nothing else said
    # the type code decides; a code the form does not list leaves the page's own reading
    ("    Caradon Lemaire", "14  TYPE OF REPORTING PERSON\n    BK\n", "entity"),
    ("    Caradon Lemaire\n    I.R.S. Identification No. 131234567",
     "14  TYPE OF REPORTING PERSON\n    IN\n", "natural person"),
    ("    Caradon Lemaire\n    I.R.S. Identification No. 131234567",
     "14  TYPE OF REPORTING PERSON\n    ZZ\n", "entity"),
])
def test_the_cover_page_types_its_reporting_person(name_lines: str, type_rows: str, kind: str) -> None:
    found = facts(_cover_page(name_lines, type_rows))
    assert found["ReportingPersonName[1]"] == "Caradon Lemaire"
    assert found["ReportingPersonType[1]"] == kind


@pytest.mark.parametrize("boxes, rule", [
    ("[ ] Rule 13d-1 (b)\n[X] Rule 13d-1 (c)\n[ ] Rule 13d-1 (d)", "13d-1(c)"),  # a space before '(c)'
    ("[ ] Rule 13d-1(b)\n[ ] Rule 13d-1(c)\n[X] Rule 13d-1(d)", "13d-1(d)"),
])
def test_the_checked_rule_keeps_its_paragraph(boxes: str, rule: str) -> None:
    text = RUN_TOGETHER_13G + "Check the appropriate box to designate the rule pursuant to which this Schedule is filed:\n" + boxes + "\n"
    assert facts(text)["ExchangeActRule"] == rule


@pytest.mark.parametrize("page_head", [
    "CUSIP NO. 87612Q104                 13G                Page 2 of 8 Pages",  # in capitals
    "CUSIP No. |\n87612Q104 |\nPage | 2 |",  # across a flattened table's cell marks
])
def test_the_cusip_number_of_a_cover_page_without_its_caption(page_head: str) -> None:
    text = ("SCHEDULE 13G\nUnder the Securities Exchange Act of 1934\n\nTarnwick Co., Ltd.\n(Name of Issuer)\n\n"
            "Common Shares\n(Title of Class of Securities)\n\n" + page_head + "\n\n1 NAMES OF REPORTING PERSONS\n"
            "Ashgrove Holdings Ltd.\n")
    assert facts(text)["SubjectSecurityCusip"] == "87612Q104"


@pytest.mark.parametrize("cut, found", [
    ("(Date of Event which Requires Fi", True),  # an excerpt ending inside the caption
    ("(Date of Event", True),
    ("(Date of", False),  # too little of it to know the caption
])
def test_an_event_date_caption_cut_off_by_the_end_of_the_text(cut: str, found: bool) -> None:
    text = FIXED_WIDTH_13DA[: FIXED_WIDTH_13DA.index("(Date of Event")] + cut
    assert (facts(text).get("EventDate") is not None) is found


TWO_PARAGRAPH_CLASS = """\
                                  SCHEDULE 13D
                    Under the Securities Exchange Act of 1934
                                (Amendment No. 3)

                              Tarnwick Co., Ltd.
          -------------------------------------------------------------
                                (Name of Issuer)

                    Common Stock, Par Value Won 500 Per Share

                 Shares of Common Stock in the form of American
                               Depository Shares*
--------------------------------------------------------------------------------
                         (Title of Class of Securities)
                                    87612Q104
"""


@pytest.mark.parametrize("text, par, unit", [
    (TWO_PARAGRAPH_CLASS, "500", "KRW"),  # the par value in the first of the class's two paragraphs
    (LEGAL_BASIS_13D.replace("$1.00", "$.01"), "0.01", "USD"),  # a fraction without its zero
    (LEGAL_BASIS_13D, "1.00", "USD"),
])
def test_the_par_value_of_the_class_of_securities(text: str, par: str, unit: str) -> None:
    (converted,) = convert_text(text, "cover.txt")
    (fact,) = [o for o in converted.extraction.observations if o.concept == "CommonStockParValuePerShare"]
    assert str(fact.value) == par and unit in str(fact.unit)


def test_a_cover_run_onto_one_line_gives_its_captioned_values() -> None:
    """Each value precedes its caption after a rule of dashes on the same line; a footnote's
    number stuck to the class is not the class's."""
    found = facts(RUN_TOGETHER_13G.replace("Common Shares ", "American Depositary Shares2 "))
    assert found["SubjectCompanyName"] == "TARNWICK CO., LTD."
    assert found["SubjectSecurityCusip"] == "87612Q104"
    assert str(found["EventDate"]) == "2006-06-07"
    assert "2" not in str(found["SubjectSecurityClass"])


ITEM_1_SENTENCE = """\
                                  SCHEDULE 13D
Item 1. Security and Issuer.
This statement relates to the {cls}, par value $0.001 per share, of Hollowell Holdings Limited,
a company organized under the laws of the Cayman Islands.
"""


@pytest.mark.parametrize("printed, expected", [
    # the letter or number naming one class of several is kept with the class's words
    ("Class A ordinary shares", "Class A ordinary shares"),
    ("CLASS B COMMON STOCK", "Class B common stock"),
    ("Series 2 Preferred Stock", "Series 2 preferred stock"),
    ("Common Stock", "common stock"),
])
def test_the_class_keeps_the_letter_that_names_it(printed: str, expected: str) -> None:
    captioned = LEGAL_BASIS_13D.replace("Common Stock", printed)
    assert facts(captioned)["SubjectSecurityClass"] == expected
    assert facts(ITEM_1_SENTENCE.format(cls=printed))["SubjectSecurityClass"] == expected
