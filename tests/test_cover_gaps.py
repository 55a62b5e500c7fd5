"""Covers and agreements with gaps, as unseen filings print them: a Schedule 13G cover whose
value cells were left empty (an HTML table flattened to '|' cells, each item's number in a cell
of its own above its label), a joint filing agreement that accompanies an amendment, an
agreement whose text stops inside its last signature page, a 6-K cover "For" a day rather than a
month, an agreement executed "as of the 29th day of". Every company and person is invented."""

from __future__ import annotations

import datetime as dt

import pytest

from converter.extract.kinds.joint_filing import original_filing_date
from converter.extract.mechanisms.signatures import find_signature_blocks
from converter.pipeline import convert_text


def facts(text: str, name: str = "doc.txt") -> dict[str, object]:
    (converted,) = convert_text(text, name)
    return {o.concept + "".join(f"[{m}]" for _, m in o.dimensions): o.value
            for o in converted.extraction.observations}


# ------------------------------------------------------------------------------------------
# A 13G cover flattened to cells: each item's number alone in its cell above its label
# ------------------------------------------------------------------------------------------

_13G_HEAD = """\
SCHEDULE 13G
(Rule 13d-102)
(Amendment No. 2)*
Quillmark Holdings, Inc.
(Name of Issuer)
Ordinary Shares, par value of $0.0001 per share
(Title of Class of Securities)
74829Q 105
(CUSIP Number)
December 31, 2019
(Date of Event Which Requires Filing of this Statement)
"""


def _cells_cover(name: str = "", place: str = "", counts: tuple[str, ...] = ("",) * 5,
                 percent: str = "", code: str = "") -> str:
    """The cover's items as '|' cells, each value in the cell under its label (empty: '| |||')."""
    sole_v, shared_v, sole_d, shared_d, aggregate = counts
    return _13G_HEAD + f"""\
1 |
Names of Reporting Persons
| {name} ||||
2 |
Check the Appropriate Box if a Member of a Group
| ||||
3 |
SEC Use Only
| ||||
4 |
Citizenship or Place of Organization
| {place} ||||
Number of |
5 |
Sole Voting Power
| {sole_v} |||
6 |
Shared Voting Power
| {shared_v} ||||
7 |
Sole Dispositive Power
| {sole_d} ||||
8 |
Shared Dispositive Power
| {shared_d} ||||
9 |
Aggregate Amount Beneficially Owned by Each Reporting Person
| {aggregate} ||||
10 |
Check if the Aggregate Amount in Row (9) Excludes Certain Shares o
| ||||
11 |
Percent of Class Represented by Amount in Row (9)
| {percent} ||||
12 |
Type of Reporting Person
| {code} ||||
* The percentage of voting power is calculated by dividing the voting power beneficially owned by the
Reporting Person by the voting power of all outstanding shares.
"""


_ROWS = ("ReportingPersonName", "ReportingPersonCitizenshipOrPlaceOfOrganization", "SoleVotingPower",
         "SharedVotingPower", "SoleDispositivePower", "SharedDispositivePower",
         "AggregateAmountBeneficiallyOwned", "ReportingPersonTypeCode")


def test_a_cover_left_blank_gives_no_item_its_neighbours_number_or_label() -> None:
    """Every value cell empty: no "2" as the name, no "Number of" as the place, no 6 as the sole
    voting power, no footnote as the type code; nothing is read from the page."""
    found = facts(_cells_cover(), "blank-13g.txt")
    assert [c for c in found if c.split("[")[0] in _ROWS] == []
    assert found["SubjectSecurityCusip"] == "74829Q 105"


def test_the_same_cover_filled_in_is_read_item_by_item() -> None:
    found = facts(_cells_cover("Tamsin Ridge Capital Ltd.", "Cayman Islands",
                               ("1,250,000", "0", "1,250,000", "0", "1,250,000"), "6.2%", "CO"),
                  "filled-13g.txt")
    assert [found.get(f"{c}[1]") for c in _ROWS] == [
        "Tamsin Ridge Capital Ltd.", "Cayman Islands", 1250000, 0, 1250000, 0, 1250000, "CO"]


def test_a_count_alone_on_its_line_under_a_numbered_label_is_the_value() -> None:
    """'6. SHARED VOTING POWER' / '0' / '7. SOLE ...': the 0 is the value, not item 7's number."""
    text = _13G_HEAD + """\
1. NAME OF REPORTING PERSON
Harrow Lane Investors Limited
4. CITIZENSHIP OR PLACE OF ORGANIZATION
England and Wales
5. SOLE VOTING POWER
2,104,220
6. SHARED VOTING POWER
0
7. SOLE DISPOSITIVE POWER
2,388,900
8. SHARED DISPOSITIVE POWER
0
9. AGGREGATE AMOUNT BENEFICIALLY OWNED BY EACH REPORTING PERSON
2,388,900
11. PERCENT OF CLASS REPRESENTED BY AMOUNT IN ROW (9)
7.23%
12. TYPE OF REPORTING PERSON (See Instructions)
FI, IA
"""
    found = facts(text, "typed-13g.txt")
    assert [found.get(f"{c}[1]") for c in _ROWS] == [
        "Harrow Lane Investors Limited", "England and Wales", 2104220, 0, 2388900, 0, 2388900, "FI, IA"]


# ------------------------------------------------------------------------------------------
# The schedule being amended, and the amendment an agreement accompanies
# ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, filed", [
    # what was filed is the amendment the agreement accompanies: its date is not the original's
    ("The undersigned hereby agree that the Amendment No. 9 to the Schedule 13D filed with the "
     "Commission on March 4, 2022 with respect to the Ordinary Shares of Orlen Data Limited", None),
    ("as amended by Amendment No. 2 filed under Schedule 13D/A on June 1, 2021", None),
    # the schedule amended
    ("This Amendment No. 4 (this \u201cAmendment\u201d) amends the Schedule 13D filed with the "
     "Securities and Exchange Commission on April 21, 2016", dt.date(2016, 4, 21)),
    ("constitutes Amendment No. 3 to the initial Schedule 13D (the \u201cInitial Schedule 13D\u201d) "
     "filed on January 21, 2020 on behalf of each of", dt.date(2020, 1, 21)),
    ("This Amendment No. 2 amends the Schedule 13D filed on March 3, 2011, as amended by "
     "Amendment No. 1 filed on May 1, 2012", dt.date(2011, 3, 3)),
])
def test_the_original_filing_date_is_the_amended_schedules(text: str, filed: dt.date | None) -> None:
    found = original_filing_date(text)
    assert (found.value if found else None) == filed


# ------------------------------------------------------------------------------------------
# An agreement whose text stops inside its last page, before the signature
# ------------------------------------------------------------------------------------------

_CUT_AGREEMENT = """\
Exhibit 99.1
JOINT FILING AGREEMENT
PURSUANT TO RULE 13d-1(k)(1)
The undersigned acknowledge and agree that the foregoing statement on Schedule 13G is filed on behalf of each of the undersigned and that all subsequent amendments to this statement on Schedule 13G shall be filed on behalf of each of the undersigned without the necessity of filing additional joint filing agreements.
Dated: February 14, 2018
[Signature Pages Follow]
1
|KESTREL BAY HOLDINGS LIMITED
|By:
|/s/ Imogen R. Vale
|Name: Imogen R. Vale
|Title: Director
|KESTREL BAY PARTNERS FUND IV, L.P.
|By:
|Kestrel Bay IV GP, L.P., its general partner
|By:
|Kestrel Bay GP LLC, its general partner
|By:
|/s/ Oren T. Malik
|Name: Oren T. Malik
|Title: Partner
2
|KESTREL BAY PARTNERS FUND IV-B, L.P.
|By:
|Kestrel Bay IV GP, L.P., its general partner
|By:
|Kestrel Bay GP LLC, its general partner
|By:
"""


def test_a_page_cut_before_its_signature_keeps_its_party_and_chain() -> None:
    blocks = find_signature_blocks(_CUT_AGREEMENT)
    assert [(b.party, b.cut) for b in blocks] == [
        ("KESTREL BAY HOLDINGS LIMITED", False), ("KESTREL BAY PARTNERS FUND IV, L.P.", False),
        ("KESTREL BAY PARTNERS FUND IV-B, L.P.", True)]
    assert blocks[-1].on_behalf_of == "Kestrel Bay IV GP, L.P. -> Kestrel Bay GP LLC"
    assert blocks[-1].signatory is None


def test_an_agreement_cut_inside_a_page_names_its_party_and_counts_nobody() -> None:
    """The party of the cut page is a reporting person; more pages may have followed, so the
    persons are not counted (three would be as wrong as two)."""
    found = facts(_CUT_AGREEMENT, "cut-jfa.txt")
    assert found["ReportingPersonName[3]"] == "KESTREL BAY PARTNERS FUND IV-B, L.P."
    assert "NumberOfReportingPersons" not in found
    assert "SignatureDate[3]" not in found and "SignatoryName[3]" not in found


def test_a_page_number_and_a_party_alone_at_the_end_are_no_page() -> None:
    text = _CUT_AGREEMENT.split("2\n|KESTREL BAY PARTNERS FUND IV-B")[0] + "2\n|KESTREL BAY PARTNERS FUND IV-B, L.P.\n"
    assert [b.party for b in find_signature_blocks(text)] == [
        "KESTREL BAY HOLDINGS LIMITED", "KESTREL BAY PARTNERS FUND IV, L.P."]


# ------------------------------------------------------------------------------------------
# Undated texts: a 6-K "For" a day, an agreement "as of the 29th day of"
# ------------------------------------------------------------------------------------------

_6K_FOR = """\
UNITED STATES
SECURITIES AND EXCHANGE COMMISSION
WASHINGTON, DC 20549
FORM 6-K
REPORT OF FOREIGN PRIVATE ISSUER
PURSUANT TO RULE 13a-16 OR 15d-16 UNDER
THE SECURITIES EXCHANGE ACT OF 1934
{line}
Commission File No. 001-34567
Veltrane Polymers (Holdings) Co., Ltd.
No. 12 Harbour Road
(ADDRESS OF PRINCIPAL EXECUTIVE OFFICES.)
Indicate by check mark whether the registrant files or will file annual reports under cover Form 20-F or Form 40-F.
Form 20-F x Form 40-F o
On June 4, 2015, Veltrane Polymers (Holdings) Co., Ltd. issued a press release.
"""


@pytest.mark.parametrize("line, date, period_end", [
    ("For June 3, 2015", dt.date(2015, 6, 3), None),  # the day the report is for: its date
    ("For the month of June 2015", None, dt.date(2015, 6, 30)),  # a month: the period, as before
])
def test_a_6k_cover_for_a_day_is_dated_by_it(line: str, date: dt.date | None,
                                             period_end: dt.date | None) -> None:
    found = facts(_6K_FOR.format(line=line), "cover-6k.txt")
    assert found.get("DocumentDate") == date
    assert found.get("DocumentPeriodEndDate") == period_end


def test_an_agreement_executed_as_of_the_nth_day_is_dated_by_it() -> None:
    text = """\
JOINT FILING AGREEMENT
The undersigned hereby agree that the Amendment No. 6 to the Schedule 13D filed with the Commission on May 29, 2024 with respect to the Class A Ordinary Shares of Orlen Data Limited is filed on behalf of each of us pursuant to Rule 13d-1(k)(1) under the Securities Exchange Act of 1934.
IN WITNESS WHEREOF, the undersigned hereby execute this Joint Filing Agreement as of the 29th day of May, 2024.
|HALDEN TELECOM PTE LTD
|By:
|
/s/ Wen Li Ong
|Name: Wen Li Ong
|Title: Company Secretary
|HALDEN GARNET PTE. LTD.
|By:
|
/s/ Wen Li Ong
|Name: Wen Li Ong
|Title: Company Secretary
"""
    found = facts(text, "dated-jfa.txt")
    assert found["DocumentDate"] == dt.date(2024, 5, 29)
    assert "ScheduleOriginalFilingDate" not in found  # the amendment's own filing date


# ------------------------------------------------------------------------------------------
# A 20-F cover stripped of its banner and its registrant's name
# ------------------------------------------------------------------------------------------

_STRIPPED_20F = """\
\u2610 |
REGISTRATION STATEMENT PURSUANT TO SECTION 12(b) OR (g) OF THE SECURITIES EXCHANGE ACT OF 1934 |
\u2612 |
ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934 |
Title of each class |
Trading Symbol |
Name of each exchange on which registered | ||
American Depositary Shares, each representing one-half of one share of Common Stock |
VQP |
New York Stock Exchange | ||
Large accelerated filer | \u2612 |
Accelerated filer |
\u2610 | |||
U.S. GAAP \u2610 |
International Financial Reporting Standards as issued |
Other \u2610 | ||||||
by the International Accounting Standards Board |
\u2612 |
"""


def test_a_20f_cover_without_its_banner_is_known_by_its_basis_of_accounting_boxes() -> None:
    """The U.S. GAAP / IFRS as issued by the IASB / Other boxes are asked only on Form 20-F."""
    (converted,) = convert_text(_STRIPPED_20F, "stripped-20f.txt")
    assert converted.extraction.classification.family.value == "20-F cover"
    found = {o.concept: o.value for o in converted.extraction.observations}
    assert found.get("AdsRatio") == 0.5
