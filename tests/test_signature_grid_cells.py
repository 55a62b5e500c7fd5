"""Joint filing agreements whose parties are named only before the group's defined term ("X, Y
and Z together the “Filing Persons”, hereby agree"), with descriptions in parentheses after the
names, and signature pages set as a two-column table flattened one cell a line (the two pages'
lines alternate; "Date signed" is a caption, no party). Every text here is invented."""

from __future__ import annotations

import pytest

from converter.extract.mechanisms.reporting_persons import find_reporting_persons
from converter.extract.mechanisms.signature_grid import paired_cell_views
from converter.extract.mechanisms.signature_lines import page_lines
from converter.pipeline import convert_text

AXIS = "ReportingPersonAxis"

GRID_AGREEMENT = (
    "Exhibit 99.1\n"
    "Larkfield Holdings Limited (The Parent Company), Larkfield (Asia) Pte Limited (A Controlled Undertaking of "
    "The Parent Company), & Tamsin Investors Limited (A Controlled Undertaking of The Parent Company), Orrin "
    "Fund Managers Limited (A Controlled Undertaking of The Parent Company) together the “Filing Persons”, hereby "
    "agree to file jointly a Schedule 13G and any amendments thereto relating to the aggregate beneficial "
    "ownership by each of the Filing Persons of any voting equity security of a class which is registered "
    "pursuant to Section 12 of the Securities Exchange Act of 1934, as amended, as required by Rule 13d-1.\n"
    "|Larkfield Holdings Limited\n|Orrin Fund Managers Limited\n"
    "|Date\n|signed\n|Date\n|signed\n"
    "|By:\n|/s/ Wendell Ashgrove\n|By:\n|/s/ Priya Venn\n"
    "|Name:\n|Wendell Ashgrove\n|Name:\n|Priya Venn\n"
    "|Title:\n|Company Secretary\n|Title:\n|Director\n"
    "|Tamsin Investors Limited-\n|Larkfield (Asia)PTE. Limited-\n"
    "|Date\n|signed\n|Date\n|signed\n"
    "|By:\n|/s/ Wendell Ashgrove\n|By:\n|/s/ Hiro Tanabe\n"
    "|Name:\n|Wendell Ashgrove\n|Name:\n|Hiro Tanabe\n"
    "|Title:\n|Company Secretary\n|Title:\n|Chief Executive Officer\n"
)


def records(text: str) -> dict[int, dict[str, object]]:
    (converted,) = convert_text(text, "agreement.txt")
    table: dict[int, dict[str, object]] = {}
    for o in converted.extraction.observations:
        if o.dimensions and o.dimensions[0][0] == AXIS:
            table.setdefault(int(o.dimensions[0][1]), {})[o.concept] = o.value
    return table


def test_grid_pages_go_to_the_persons_named_before_the_defined_term():
    found = {r["ReportingPersonName"]: (r.get("SignatoryName"), r.get("ReportingPersonType"))
             for r in records(GRID_AGREEMENT).values()}
    assert found == {
        "Larkfield Holdings Limited": ("Wendell Ashgrove", "entity"),
        "Larkfield (Asia) Pte Limited": ("Hiro Tanabe", "entity"),
        "Tamsin Investors Limited": ("Wendell Ashgrove", "entity"),
        "Orrin Fund Managers Limited": ("Priya Venn", "entity"),
    }


def test_grid_pages_alone_give_their_own_parties():
    """Without the sentence the persons are the pages' parties, each with its own signer: no
    'Date signed' party, no signer of an entity as a person of his own."""
    text = GRID_AGREEMENT.replace("together the “Filing Persons”, hereby agree", "agree")
    found = {r["ReportingPersonName"]: r.get("SignatoryName") for r in records(text).values()}
    assert found == {"Larkfield Holdings Limited": "Wendell Ashgrove", "Orrin Fund Managers Limited": "Priya Venn",
                     "Tamsin Investors Limited": "Wendell Ashgrove", "Larkfield (Asia)PTE. Limited": "Hiro Tanabe"}


@pytest.mark.parametrize("sentence, names", [
    ("Corven Capital LLC, Ilse Marlow and Dunmore Partners, L.P. (collectively, the \"Reporting Persons\") hereby "
     "agree that the Schedule 13D is filed on behalf of each of them.",
     ["Corven Capital LLC", "Ilse Marlow", "Dunmore Partners, L.P."]),
    ("Brisk Holdings Limited (A Subsidiary of Corven Capital LLC) and Pell Trust Company (The Trustee) together "
     "the “Filing Persons”, each agree to file jointly.",
     ["Brisk Holdings Limited", "Pell Trust Company"]),
    pytest.param("The persons named below (together, the \"Group\") may be deemed a group.", [],
                 id="no-agreement-verb"),
])
def test_names_before_the_defined_term(sentence, names):
    assert [p.name for p in find_reporting_persons("Exhibit 1\n" + sentence + "\n")] == names


def test_a_date_caption_without_its_date_is_no_name():
    kinds = [ln.kind for ln in page_lines("|Date\n|signed\n|Dated:\n")]
    assert set(kinds) - {"blank"} == {"note"}


def test_views_of_a_two_column_grid_keep_one_column_each():
    text = GRID_AGREEMENT[GRID_AGREEMENT.index("|Larkfield Holdings"):]
    left, right = paired_cell_views(text)
    assert len(left) == len(right) == len(text)
    assert "Orrin" not in left and "Priya Venn" not in left and "Wendell Ashgrove" in left
    assert "Larkfield Holdings" not in right and "Priya Venn" in right
    single = "|Alpha Limited\n|By:\n|/s/ Jane Roe\n|Name:\n|Jane Roe\n"
    assert paired_cell_views(single) == [single]


# ------------------------------------------------------------------------------------------
# A signature line's own date; a date caption cut short under the signature
# ------------------------------------------------------------------------------------------

def test_the_signature_lines_own_date_wins_over_a_later_notice_date():
    from converter.extract.mechanisms.signatures import find_signature_blocks
    import datetime as dt
    text = ("SIGNATURES\nPursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly "
            "caused this report to be signed on its behalf by the undersigned.\n"
            "EXAMPLE HOLDINGS, INC. | ||||\nDate: March 3, 2011 | By: | /s/ Oren Halvard | ||\n"
            "Oren Halvard | ||||\nExecutive Managing Director |\n(Code: 9999) | ||||\nMarch 1, 2011 |\n"
            "To: Shareholders\n")
    (block,) = find_signature_blocks(text)
    assert block.date == dt.date(2011, 3, 3)


def test_a_date_caption_cut_short_is_no_signer():
    from converter.extract.mechanisms.signatures import find_signature_blocks
    text = "Example Software Limited\n/s/ R. K. Menon\n|\n|\n|\nDate: Octo"
    (block,) = find_signature_blocks(text)
    assert block.signatory == "R. K. Menon"


@pytest.mark.parametrize("answer", ["No X", "Yes", "|No X", "[X] Yes", "No ☒", "Yes ( )"])
def test_a_check_box_answer_is_no_company_name(answer):
    from converter.extract.mechanisms.names import is_company_name
    assert not is_company_name(answer.strip("|"))


def test_a_cover_without_its_name_caption_takes_no_answer_cell_for_the_registrant():
    text = ("FORM\n6-K\nSECURITIES AND EXCHANGE COMMISSION\nWashington, D.C. 20549\n"
            "Indicate by check mark whether the registrant files or will file annual reports under cover of "
            "Form 20-F or Form 40-F:\n|Form 20-F X\n|Form 40-F\n"
            "Indicate by check mark if the registrant is submitting the Form 6-K in paper as permitted by "
            "Regulation S-T Rule 101(b)(1):\n|Yes\n|No X\n"
            "Indicate by check mark if the registrant is submitting the Form 6-K in paper as permitted by "
            "Regulation S-T Rule 101(b)(7):\n|Yes\n|No X\n"
            "Indicate by check mark whether by furnishing the information contained in this Form, the Registrant "
            "is also thereby furnishing the information to the Commission pursuant to Rule 12g3-2(b):\n|Yes\n|No X\n"
            "Quillon\nSoft\nINDEX TO EXHIBITS\n|1.\n|Share Repurchase\n")
    (converted,) = convert_text(text, "cover.txt")
    names = [o.value for o in converted.extraction.observations if o.concept == "EntityRegistrantName"]
    assert "No X" not in names and "Yes" not in names


@pytest.mark.parametrize("title, kept", [
    ("CEO/Director", "CEO/Director"),  # titles joined by a slash: it ends in a title's word
    ("Director / Chief Executive Officer", "Director / Chief Executive Officer"),
    ("CEO/Dir", None),  # the text cut in the second title's word
])
def test_the_last_cell_of_a_grid_ending_the_text_is_whole_or_cut(title, kept):
    """The grid's right column ends the text: its last title is judged whole or cut by its last
    word, a slash parting two titles as a space does."""
    from converter.extract.mechanisms.signatures import find_signature_blocks
    text = GRID_AGREEMENT.replace("|Chief Executive Officer\n", f"|{title}")
    blocks = find_signature_blocks(text)
    assert [b.title for b in blocks if b.signatory == "Hiro Tanabe"] == [kept]
