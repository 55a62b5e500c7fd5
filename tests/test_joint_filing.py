"""Joint filing agreements and Schedule 13D/13G cover documents: the family extractors."""

from __future__ import annotations

import datetime as dt
import doctest
from decimal import Decimal
from pathlib import Path

import pytest

from converter.extract.kinds import joint_filing
from converter.extract.mechanisms import reporting_persons
from converter.extract.mechanisms import subject_company
from converter.extract.base import DocumentContext, Found
from converter.extract.kinds.joint_filing import (
    country_code,
    extract_joint_filing_agreement,
    subject_from_sentence,
)
from converter.extract.kinds import schedule_13
from converter.extract.kinds.schedule_13 import extract_schedule_13, find_cover_pages
from converter.extract.mechanisms.reporting_persons import find_reporting_persons, person_kind
from converter.model import (
    PURE,
    Classification,
    DocumentFamily,
    Observation,
    Period,
    Segment,
    SourceDocument,
    UnitSpec,
)

SEEDS = Path(__file__).resolve().parents[1] / "examples"  # the seed documents, byte for byte
SEED = SEEDS / "hanaro-13d-joint-filing-agreement-2003.txt"
DATA = Path(__file__).resolve().parent / "data" / "joint_filing"
AXIS = "ReportingPersonAxis"


def context(text: str, day: dt.date | None,
            family: DocumentFamily = DocumentFamily.JOINT_FILING_AGREEMENT) -> DocumentContext:
    doc = SourceDocument("test.txt", text, text, (Segment(0, 0, len(text)),))
    period = Period.duration(day, day) if day else Period.duration(dt.date(2000, 1, 1),
                                                                  dt.date(2000, 1, 1))
    return DocumentContext(doc, Classification(family, 0, ()), None, day, period, None)


def run(path: Path, day: dt.date | None = None,
        family: DocumentFamily = DocumentFamily.JOINT_FILING_AGREEMENT) -> tuple[str, Found]:
    text = path.read_text(encoding="utf-8")
    extract = (extract_schedule_13 if family is DocumentFamily.SCHEDULE_13
               else extract_joint_filing_agreement)
    return text, extract(context(text, day, family))


def plain(found: Found, concept: str) -> list[Observation]:
    return [o for o in found.observations if o.concept == concept and not o.dimensions]


def value(found: Found, concept: str):
    hits = plain(found, concept)
    assert len(hits) == 1, f"{concept}: {hits}"
    return hits[0].value


def members(found: Found, axis_name: str = AXIS) -> dict[str, dict[str, object]]:
    """Member -> concept -> value of the facts on one axis (one value per concept)."""
    table: dict[str, dict[str, object]] = {}
    for o in found.observations:
        if o.dimensions:
            (axis, member), = o.dimensions
            assert axis in (AXIS, "SignatoryAxis")
            if axis != axis_name:
                continue
            record = table.setdefault(member, {})
            assert o.concept not in record, f"{o.concept} twice for member {member}"
            record[o.concept] = o.value
    return table


def test_doctests() -> None:
    assert doctest.testmod(joint_filing).failed == 0
    assert doctest.testmod(reporting_persons).failed == 0
    assert doctest.testmod(subject_company).failed == 0
    assert doctest.testmod(schedule_13).failed == 0


# ------------------------------------------------------------------------------------------
# The seed agreement
# ------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed() -> tuple[str, Found]:
    if not SEED.exists():
        pytest.skip("seed documents not beside the repository")
    return run(SEED, dt.date(2003, 11, 17))


def test_seed_agreement_facts(seed: tuple[str, Found]) -> None:
    _, found = seed
    assert value(found, "ScheduleType") == "13D"
    assert value(found, "AmendmentNumber") == 1
    assert value(found, "ScheduleOriginalFilingDate") == dt.date(2003, 10, 31)
    assert value(found, "ExchangeActRule") == "13d-1(k)(1)"
    assert value(found, "SubjectCompanyName") == "Hanaro Telecom, Inc."
    assert value(found, "SubjectSecurityClass") == "common stock"
    assert value(found, "SubjectCompanyLegalForm") == "chusik-hoesa"
    assert value(found, "SubjectCompanyIncorporationCountryCode") == "KR"
    par = plain(found, "CommonStockParValuePerShare")[0]
    assert (par.value, par.unit, par.decimals) == (Decimal("5000"), UnitSpec.per_share("KRW"), 0)
    count = plain(found, "NumberOfReportingPersons")[0]
    assert (count.value, count.unit, count.decimals) == (32, PURE, 0)
    amendment = plain(found, "AmendmentNumber")[0]
    assert (amendment.unit, amendment.decimals) == (PURE, 0)
    assert found.warnings == ()


def test_seed_all_32_persons_in_preamble_order(seed: tuple[str, Found]) -> None:
    text, found = seed
    table = members(found)
    assert sorted(table, key=int) == [str(n) for n in range(1, 33)]
    names = [table[str(n)]["ReportingPersonName"] for n in range(1, 33)]
    assert names[0] == "AIF II NT, Ltd."
    assert names[10] == "AIG Global Investment Corp. (Asia) Ltd."
    assert names[11] == "American International Assurance Company (Bermuda) Limited"
    assert names[13] == "American International Group, Inc."
    assert names[31] == "HT IX GP, Ltd."
    kinds = [table[str(n)]["ReportingPersonType"] for n in range(1, 33)]
    natural = [names[i] for i, k in enumerate(kinds) if k == "natural person"]
    assert natural == ["Richard C. Blum", "John William Troy"]
    shorts = [table[str(n)].get("ReportingPersonShortName") for n in range(1, 33)]
    assert sum(1 for s in shorts if s) == 30
    assert table["14"]["ReportingPersonShortName"] == "AIG, Inc."
    assert table["32"]["ReportingPersonShortName"] == "HT Holdings IX General Partner"
    for o in found.observations:  # every name points at its words in the file
        if o.concept == "ReportingPersonName":
            assert " ".join(text[o.span.start : o.span.end].split()) == o.value
            assert o.lang == "en" and o.period == Period.duration(dt.date(2003, 11, 17),
                                                                  dt.date(2003, 11, 17))


def test_seed_every_page_linked_to_its_person(seed: tuple[str, Found]) -> None:
    _, found = seed
    table = members(found)
    assert all("SignatoryName" in table[str(n)] for n in range(1, 33))
    assert all(table[str(n)]["SignatureDate"] == dt.date(2003, 11, 17) for n in range(1, 33))
    by_name = {r["ReportingPersonName"]: r for r in table.values()}
    assert by_name["AOF NT, Ltd."]["SignatoryName"] == "David Yeung"  # page: "AOF NT. Ltd."
    assert by_name["HT Holdings V, L.P."]["SignatoryName"] == "Jeffrey D. Ekberg"
    assert by_name["HT IX GP, Ltd."]["SignatoryName"] == "Wilfried Kaffenberger"
    assert "SignedOnBehalfOf" not in by_name["HT IX GP, Ltd."]
    assert by_name["HT Holdings IX, L.P."]["SignedOnBehalfOf"] == "HT IX GP, Ltd."
    assert by_name["American International Group, Inc."]["SignatoryTitle"] == (
        "Executive Vice President and Chief Investment Officer")
    assert by_name["American International Assurance Company (Bermuda) Limited"][
        "SignatoryName"] == "Gerald Wyndorf"


def test_seed_by_chain(seed: tuple[str, Found]) -> None:
    _, found = seed
    record = next(r for r in members(found).values()
                  if r["ReportingPersonName"] == "AIG Asian Infrastructure Fund II, L.P.")
    assert record["SignedOnBehalfOf"] == (
        "AIG Asian Infrastructure Management II, L.P. -> AIG Asian Infrastructure Management II, Ltd.")
    assert (record["SignatoryName"], record["SignatoryTitle"]) == ("Stuart Osborne", "Vice President")
    blum_ga = next(r for r in members(found).values()
                   if r["ReportingPersonName"] == "Blum G.A. III, L.L.C.")
    assert blum_ga["SignedOnBehalfOf"] == "Blum Investment Partners, Inc."
    tvg = next(r for r in members(found).values()
               if r["ReportingPersonName"] == "TVG Asian Communications Fund II, L.P.")
    assert tvg["SignedOnBehalfOf"] == "TELECOM VENTURE GROUP, LLC"


def test_seed_attorney_in_fact_and_self_signed(seed: tuple[str, Found]) -> None:
    _, found = seed
    by_name = {r["ReportingPersonName"]: r for r in members(found).values()}
    blum = by_name["Richard C. Blum"]
    assert blum["SignatoryName"] == "Murray A. Indick"
    assert blum["SignatoryCapacity"] == "Attorney-In-Fact"
    assert "SignatoryTitle" not in blum and "SignedOnBehalfOf" not in blum
    troy = by_name["John William Troy"]
    assert troy["SignatoryName"] == "John William Troy"
    assert not {"SignatoryTitle", "SignatoryCapacity", "SignedOnBehalfOf"} & set(troy)


# ------------------------------------------------------------------------------------------
# Agreements written for these tests (other issuers, investors and layouts)
# ------------------------------------------------------------------------------------------


def test_13g_three_persons_one_per_line() -> None:
    _, found = run(DATA / "namsan-13g-one-per-line.txt", dt.date(2005, 2, 11))
    assert value(found, "ScheduleType") == "13G"
    assert value(found, "NumberOfReportingPersons") == 3
    assert plain(found, "AmendmentNumber") == []
    assert value(found, "SubjectCompanyName") == "Daehan Pharmaceutical Co., Ltd."
    assert value(found, "SubjectCompanyIncorporationCountryCode") == "KR"
    assert value(found, "CommonStockParValuePerShare") == Decimal("500")
    table = members(found)
    assert [table[m]["ReportingPersonName"] for m in "123"] == [
        "Namsan Growth Fund, L.P.", "Namsan Capital Management, LLC", "Jae-won Park"]
    assert [table[m]["ReportingPersonType"] for m in "123"] == ["entity", "entity", "natural person"]
    assert table["1"]["SignedOnBehalfOf"] == "Namsan Capital Management, LLC"
    assert table["3"]["SignatoryName"] == "Jae-won Park"
    assert table["3"]["SignatureDate"] == dt.date(2005, 2, 14)  # its own Date: line
    assert table["1"]["SignatureDate"] == dt.date(2005, 2, 11)
    assert set(table) == {"1", "2", "3"} and found.warnings == ()


def test_13d_table_of_persons() -> None:
    _, found = run(DATA / "seohae-13d-table.txt")
    assert value(found, "AmendmentNumber") == 3
    assert value(found, "ScheduleOriginalFilingDate") == dt.date(2004, 1, 22)
    assert value(found, "SubjectCompanyLegalForm") == "Co., Ltd."
    table = members(found)
    assert set(table) == {"1", "2", "3", "4"} and found.warnings == ()
    assert table["3"]["ReportingPersonName"] == "Pacific Shipping Opportunities Fund, L.L.C."
    assert table["3"]["ReportingPersonShortName"] == "PSOF"
    assert table["4"]["ReportingPersonType"] == "natural person"
    assert table["1"]["SignedOnBehalfOf"] == "Harborview Korea GP III, Ltd."
    assert table["3"]["SignatoryTitle"] == "Chief Financial Officer and Secretary"
    assert table["3"]["SignedOnBehalfOf"] == "Tidewater Capital Advisors, Inc."
    assert table["4"]["SignatoryCapacity"] == "Attorney-in-Fact"  # as written
    assert "SignatoryTitle" not in table["4"]
    # no date on the pages: "as of the date first above written" -> the agreement date
    assert {r["SignatureDate"] for r in table.values()} == {dt.date(2004, 6, 3)}


def test_attorney_in_fact_pages() -> None:
    _, found = run(DATA / "gyeongnam-attorney-in-fact.txt")
    assert value(found, "SubjectCompanyLegalForm") == "chusik hoesa"
    assert value(found, "CommonStockParValuePerShare") == Decimal("2500")
    table = members(found)
    assert found.warnings == () and set(table) == {"1", "2", "3", "4"}
    assert [table[m]["ReportingPersonType"] for m in "1234"] == [
        "entity", "natural person", "natural person", "entity"]
    assert table["4"]["ReportingPersonShortName"] == "Orchard Lane"
    for member in "23":  # signed for Mr. Kang and Mr. Lee by their attorney
        assert table[member]["SignatoryName"] == "Soo-jin Yoon"
        assert table[member]["SignatoryCapacity"] == "Attorney-in-Fact"
    assert table["4"]["SignatoryCapacity"] == "Authorized Signatory"
    assert table["1"]["SignatureDate"] == dt.date(2006, 8, 9)


def test_page_of_a_person_not_in_the_preamble_is_kept_with_a_warning() -> None:
    _, found = run(DATA / "hanbit-stranger-page.txt")
    assert value(found, "NumberOfReportingPersons") == 2
    assert value(found, "ScheduleOriginalFilingDate") == dt.date(2006, 2, 14)
    assert value(found, "SubjectSecurityClass") == "ordinary shares"
    table = members(found)
    assert table["2"]["SignatoryName"] == "Seung-hoon Baek"  # "HANBIT VALUE FUND III LP"
    assert table["1"]["SignatoryName"] == "Mi-kyung Jeon"
    assert table["3"]["ReportingPersonName"] == "HANBIT VALUE FUND IV LP"
    assert table["3"]["SignatoryTitle"] == "Representative Director"
    assert len(found.warnings) == 1
    assert "HANBIT VALUE FUND IV LP" in found.warnings[0] and "\n" not in found.warnings[0]


# ------------------------------------------------------------------------------------------
# Schedule 13D / 13G cover documents
# ------------------------------------------------------------------------------------------


def test_13d_cover_document() -> None:
    _, found = run(DATA / "gyeryong-13d-cover.txt", dt.date(2004, 4, 28), DocumentFamily.SCHEDULE_13)
    assert value(found, "ScheduleType") == "13D"
    assert value(found, "AmendmentNumber") == 4
    assert value(found, "ScheduleOriginalFilingDate") == dt.date(2002, 9, 9)
    assert value(found, "SubjectCompanyName") == "Gyeryong Broadband Co., Ltd."
    assert value(found, "SubjectCompanyIncorporationCountryCode") == "KR"
    assert value(found, "NumberOfReportingPersons") == 3
    table = members(found)
    assert [table[m]["ReportingPersonType"] for m in "123"] == ["entity", "entity", "natural person"]
    assert table["1"]["SignedOnBehalfOf"] == "Westgate Telecom GP, LLC"
    assert table["3"]["SignatoryName"] == "Caroline D. Meyer"
    assert "SignatoryTitle" not in table["3"]
    assert {r["SignatureDate"] for r in table.values()} == {dt.date(2004, 4, 28)}
    assert found.warnings == ()


def test_13g_cover_single_person_checked_rule() -> None:
    _, found = run(DATA / "jinro-13g-cover.txt", None, DocumentFamily.SCHEDULE_13)
    assert value(found, "ExchangeActRule") == "13d-1(c)"
    assert plain(found, "AmendmentNumber") == []  # "Amendment No. __"
    assert value(found, "CommonStockParValuePerShare") == Decimal("500")
    table = members(found)
    assert table["1"]["ReportingPersonName"] == "Kestrel Asia Value Fund Ltd."
    assert (table["1"]["SignatoryName"], table["1"]["SignatoryTitle"]) == ("Hiroshi Tanabe", "Director")
    assert table["1"]["SignatureDate"] == dt.date(2006, 2, 10)


# ------------------------------------------------------------------------------------------
# Parsers, by table
# ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "preamble, expected",
    [
        ('dated as of May 2, 2005, among Alpha Fund, L.P. ("Alpha"), and Jane Roe.',
         [("Alpha Fund, L.P.", "Alpha"), ("Jane Roe", None)]),
        ('by and between Baekdu Holdings Co., Ltd. ("Baekdu") and Kim Tae-yang.',
         [("Baekdu Holdings Co., Ltd.", "Baekdu"), ("Kim Tae-yang", None)]),
        ('among Lotus Capital (Hong Kong) Limited ("Lotus HK"), Lotus Capital, Inc. (the\n'
         '"Adviser") and Sam J. Ortiz, Jr. (collectively, the "Reporting Persons").',
         [("Lotus Capital (Hong Kong) Limited", "Lotus HK"), ("Lotus Capital, Inc.", "Adviser"),
          ("Sam J. Ortiz, Jr.", None)]),
        ('among Orion Partners, L.P., Orion Advisors, L.L.C. and Mark T. Weller, relating to\n'
         'the Schedule 13G.', [("Orion Partners, L.P.", None), ("Orion Advisors, L.L.C.", None),
                               ("Mark T. Weller", None)]),
        ('among Smith Barney and Co. ("SB") and Johnson and Johnson ("J&J").',
         [("Smith Barney and Co.", "SB"), ("Johnson and Johnson", "J&J")]),
        ('by and among Cedar Point Partners, L.P., a Delaware limited partnership ("Cedar"),\n'
         'Cedar Point GP, LLC, a Delaware limited liability company, and Ji-hoon Oh, an\n'
         'individual (together, the "Filing Persons").',
         [("Cedar Point Partners, L.P.", "Cedar"), ("Cedar Point GP, LLC", None),
          ("Ji-hoon Oh", None)]),
        ('between Bank of Seoul Trust ("BST") and Min-jae Cho with respect to the common stock\n'
         'of Geumgang Tires Co., Ltd. (the "Issuer").',
         [("Bank of Seoul Trust", "BST"), ("Min-jae Cho", None)]),
        ('among Thamesgate Holdings plc ("Thamesgate") and Banco Ribeira e Comercial, S.A.',
         [("Thamesgate Holdings plc", "Thamesgate"), ("Banco Ribeira e Comercial, S.A.", None)]),
        ('among Ridgeline Fund, L.P. and Paul Ortega, relating to Kumsan Corp. (the "Issuer").',
         [("Ridgeline Fund, L.P.", None), ("Paul Ortega", None)]),
    ],
)
def test_preamble_lists(preamble: str, expected: list[tuple[str, str | None]]) -> None:
    text = "JOINT FILING AGREEMENT (this \"Agreement\"), " + preamble
    found = [(p.name, p.short_name) for p in find_reporting_persons(text)]
    assert found == expected


@pytest.mark.parametrize(
    "name, kind",
    [
        ("Richard C. Blum", "natural person"),
        ("JOHN WILLIAM TROY", "natural person"),
        ("Min-ho Kang", "natural person"),
        ("박지성", "natural person"),
        ("Emerging Markets Corporation", "entity"),
        ("Tarrant Advisors, Inc.", "entity"),
        ("HT Holdings V, L.P.", "entity"),
        ("한빛자산운용 주식회사", "entity"),
        ("Daniel Capital", "entity"),
    ],
)
def test_person_kind(name: str, kind: str) -> None:
    assert person_kind(name) == kind


def test_cover_items_with_values_on_the_label_line() -> None:
    text = ("(1) Names of reporting persons: Chungmu Value Partners\n"
            "(14) Type of reporting person (see instructions)    IN\n"
            "(1) Names of reporting persons:\n     Chungmu Advisors Ltd.\n"
            "(14) Type of reporting person (see instructions)\n\n     CO\n")
    persons = [page.person for page in find_cover_pages(text)]
    assert [(p.name, p.kind) for p in persons] == [("Chungmu Value Partners", "natural person"),
                                                   ("Chungmu Advisors Ltd.", "entity")]


_RULE = "-" * 40
# a cover page whose line breaks were lost (a web copy): numbered items and rules run on in one line
RUN_ON_COVER = (
    f"CUSIP NO. 98765Q104 13G Page 2 of 6 Pages {_RULE} 1. NAME OF REPORTING PERSONS I.R.S. IDENTIFICATION "
    f"NO. OF ABOVE PERSONS (ENTITIES ONLY) {{name}} {_RULE} 2. CHECK THE APPROPRIATE BOX IF A MEMBER OF A "
    f"GROUP (a) [ ] (b) [ ] {_RULE} 3. SEC USE ONLY {_RULE} 4. CITIZENSHIP OR PLACE OF ORGANIZATION "
    f"British Virgin Islands{{after_place}}NUMBER OF 5. SOLE VOTING POWER SHARES 2,400,000 BENEFICIALLY {_RULE} "
    f"OWNED BY 6. SHARED VOTING POWER EACH -0- REPORTING {_RULE} PERSON 7. SOLE DISPOSITIVE POWER WITH "
    f"2,400,000 {_RULE} 8. SHARED DISPOSITIVE POWER -0- {_RULE} 9. AGGREGATE AMOUNT BENEFICIALLY OWNED BY "
    f"EACH REPORTING PERSON 2,400,000 {_RULE} 10. CHECK BOX IF THE AGGREGATE AMOUNT IN ROW (9) EXCLUDES "
    f"CERTAIN SHARES [ ] {_RULE} 11. PERCENT OF CLASS REPRESENTED BY AMOUNT IN ROW 9 7.2% {_RULE} "
    f"12. TYPE OF REPORTING PERSON CO{{after_type}}Item 1(a). Name of Issuer: Silverline Media Corp.")


@pytest.mark.parametrize("name, after_place, after_type, expected_name", [
    ("HARBORVIEW OPPORTUNITY FUND LTD (NONE)", f" {_RULE} ", f" {_RULE} ", "HARBORVIEW OPPORTUNITY FUND LTD"),
    # no rule between the items: the next item's side caption and the text after the last item
    # are not part of the values before them
    ("Harborview Opportunity Fund Ltd.", " ", " ", "Harborview Opportunity Fund Ltd."),
])
def test_run_on_cover_read_by_its_item_numbers(name: str, after_place: str, after_type: str,
                                               expected_name: str) -> None:
    text = RUN_ON_COVER.format(name=name, after_place=after_place, after_type=after_type)
    (page,) = find_cover_pages(text)
    assert (page.person.name, page.person.kind) == (expected_name, "entity")
    assert text[page.person.start:page.person.end] == expected_name
    assert {k: v.value for k, v in page.rows.items()} == {
        "ReportingPersonCitizenshipOrPlaceOfOrganization": "British Virgin Islands",
        "SoleVotingPower": 2400000, "SharedVotingPower": 0, "SoleDispositivePower": 2400000,
        "SharedDispositivePower": 0, "AggregateAmountBeneficiallyOwned": 2400000,
        "PercentOfClass": Decimal("0.072"), "ReportingPersonTypeCode": "CO"}


def test_run_on_cover_beside_a_cover_printed_one_item_a_line() -> None:
    """Only the run-on cover's lines are read as run on: the other page's name, on the line
    under its label, is still read."""
    lined = ("  1   NAME OF REPORTING PERSON\n      I.R.S. IDENTIFICATION NO. OF ABOVE PERSON\n\n"
             "      Lakemont Holdings Ltd.\n 12   TYPE OF REPORTING PERSON\n\n      HC\n\n")
    text = lined + RUN_ON_COVER.format(name="HARBORVIEW FUND LTD", after_place=" ", after_type=" ")
    pages = find_cover_pages(text)
    assert [(p.person.name, str(p.rows["ReportingPersonTypeCode"].value)) for p in pages] == [
        ("Lakemont Holdings Ltd.", "HC"), ("HARBORVIEW FUND LTD", "CO")]


@pytest.mark.parametrize("item_one", [
    # the label's words go on past its known end: the name cannot be cut from them
    "1. NAME OF REPORTING PERSONS I.R.S. IDENTIFICATION NO. OF ABOVE PERSONS (ENTITIES ONLY) (VOLUNTARY) "
    "Harborview Fund Ltd",
    # the next item's number was lost: its words are no name
    "1. NAME OF REPORTING PERSONS I.R.S. IDENTIFICATION NO. OF ABOVE PERSONS (ENTITIES ONLY) "
    f"{_RULE} CHECK THE APPROPRIATE BOX IF A MEMBER OF A GROUP",
])
def test_run_on_cover_leaves_out_a_name_it_cannot_cut(item_one: str) -> None:
    text = f"CUSIP NO. 98765Q104 13G {_RULE} {item_one} {_RULE} 3. SEC USE ONLY {_RULE} 12. TYPE OF REPORTING PERSON CO"
    assert find_cover_pages(text) == []


def test_cover_type_code_decides_kind() -> None:
    text = ("  1   NAME OF REPORTING PERSON\n\n      Yoon Family Partners\n"
            " 14   TYPE OF REPORTING PERSON (See Instructions)\n\n      IN\n")
    persons = [page.person for page in find_cover_pages(text)]
    assert [(p.name, p.kind) for p in persons] == [("Yoon Family Partners", "natural person")]


@pytest.mark.parametrize(
    "sentence, name, form, country",
    [
        ("the common stock, par value Won 5,000 per share, of Seoul Rail Corp., a chusik-hoesa\n"
         "organized under the laws of the Republic of Korea (the \"Issuer\")",
         "Seoul Rail Corp.", "chusik-hoesa", "KR"),
        ("the Common Stock, $0.01 par value per share, of Pine Ridge Networks, Inc., a Delaware\n"
         "corporation", "Pine Ridge Networks, Inc.", "corporation", "US"),
        ("the ordinary shares of Kowloon Harbour Holdings Limited, a company incorporated under the\n"
         "laws of the Cayman Islands", "Kowloon Harbour Holdings Limited", "Limited", "KY"),
        ("the shares of common stock, par value W5,000 per share (the \"Shares\"), of Yeosu\n"
         "Chemical Co., Ltd., a corporation organized under the laws of the Republic of Korea",
         "Yeosu Chemical Co., Ltd.", "corporation", "KR"),
        ("American Depositary Shares (\"ADSs\"), each representing one share of Common Stock, of\n"
         "Pohang Wire Corporation, a company organized under the laws of Korea",
         "Pohang Wire Corporation", "Corporation", "KR"),
    ],
)
def test_subject_sentences(sentence: str, name: str, form: str, country: str) -> None:
    subject = subject_from_sentence("WHEREAS, the parties are filing with respect to " + sentence)
    assert subject.name is not None and subject.name.value == name
    assert subject.legal_form is not None and subject.legal_form.value == form
    assert subject.country is not None and subject.country.value == country


@pytest.mark.parametrize("sentence, name", [
    ("a single Schedule 13G relating to the ordinary shares of Lumen Tide Group shall be filed on behalf"
     " of each of the undersigned", "Lumen Tide Group"),
    ("the Common Stock of Harbor Peak Holdings will be reported jointly", "Harbor Peak Holdings"),
    ("the ordinary shares of Will Rogers Capital Ltd. is filed", "Will Rogers Capital Ltd."),
])
def test_an_issuers_name_ends_before_an_auxiliary_verb(sentence: str, name: str) -> None:
    subject = subject_from_sentence("The undersigned hereby agree that " + sentence + ".")
    assert subject.name is not None and subject.name.value == name


@pytest.mark.parametrize(
    "place, code",
    [("Korea", "KR"), ("the Republic of Korea", "KR"), ("the State of Delaware", "US"),
     ("the British Virgin Islands", "VG"), ("Bermuda", "BM"), ("Hong Kong", "HK"),
     ("Singapore", "SG"), ("대한민국", "KR")],
)
def test_country_codes(place: str, code: str) -> None:
    found = country_code(place + " and elsewhere")
    assert found is not None and found[0] == code


def test_cover_document_with_appended_agreement_keeps_one_page_per_person() -> None:
    text, found = run(DATA / "ulsan-13d-with-exhibit.txt", dt.date(2007, 7, 19),
                      DocumentFamily.SCHEDULE_13)
    assert value(found, "SubjectCompanyName") == "Ulsan Fire and Marine Insurance Co., Ltd."
    assert value(found, "SubjectCompanyIncorporationCountryCode") == "KR"
    table = members(found)
    assert set(table) == {"1", "2"} and found.warnings == ()
    assert table["2"]["SignatoryTitle"] == "Chief Compliance Officer"
    # the signatures used are those under the certification, not the exhibit's
    cert = text.index("After reasonable inquiry")
    exhibit = text.index("EXHIBIT 1")
    spans = [o.span for o in found.observations if o.concept == "SignatoryName"]
    assert all(cert < s.start < exhibit for s in spans)


def test_agreement_without_a_list_takes_its_persons_from_the_pages() -> None:
    full = (DATA / "ulsan-13d-with-exhibit.txt").read_text(encoding="utf-8")
    text = full[full.index("JOINT FILING AGREEMENT") :]
    found = extract_joint_filing_agreement(context(text, dt.date(2007, 7, 19)))
    assert value(found, "NumberOfReportingPersons") == 2
    assert value(found, "ExchangeActRule") == "13d-1(k)"
    assert value(found, "SubjectCompanyName") == "Ulsan Fire and Marine Insurance Co., Ltd."
    table = members(found)
    assert table["1"]["ReportingPersonName"] == "BRIGHTWATER GLOBAL EQUITY FUND LTD."
    assert table["2"]["SignatureDate"] == dt.date(2007, 7, 19)
    assert found.warnings == ()


def test_compact_pages_with_dates_on_the_signature_line() -> None:
    _, found = run(DATA / "marlow-13g-compact-pages.txt")
    assert value(found, "SubjectSecurityClass") == "common shares"
    assert value(found, "ExchangeActRule") == "13d-1(k)"
    table = members(found)
    assert found.warnings == () and set(table) == {"1", "2", "3", "4"}
    assert [table[m]["ReportingPersonName"] for m in "1234"] == [
        "Marlow Street Capital Management, Inc.", "Marlow Street Emerging Asia Portfolio",
        "Marlow Street Partners, Limited Partnership", "Evelyn R. Castellano"]
    assert table["4"]["ReportingPersonType"] == "natural person"
    assert (table["1"]["SignatoryName"], table["1"]["SignatoryTitle"]) == (
        "Arthur P. Lindgren", "Senior Vice President")  # "By__/s/ ...___" then "Name, Title"
    assert table["2"]["SignatoryTitle"] == "Treasurer"  # "Name / Title", party with appositive
    assert table["3"]["SignedOnBehalfOf"] == (
        "Marlow Street Capital Management, Inc.")  # lower-case "by"
    assert table["1"]["SignatureDate"] == dt.date(2008, 2, 12)  # "Dated: ... By: /s/"
    assert table["4"]["SignatureDate"] == dt.date(2008, 2, 13)
    assert not {"SignatoryCapacity", "SignatoryTitle"} & set(table["4"])  # "..., individually"


def test_appositive_gives_the_kind() -> None:
    text = ('JOINT FILING AGREEMENT among Hana Bridge, a Cayman Islands exempted company\n'
            '("Bridge"), and Seo-yeon Lim, an individual resident in Seoul.')
    persons = find_reporting_persons(text)
    assert [(p.name, p.kind) for p in persons] == [("Hana Bridge", "entity"),
                                                   ("Seo-yeon Lim", "natural person")]


def test_agreement_routed_as_a_schedule_still_finds_its_persons() -> None:
    """An "AGREEMENT OF JOINT FILING" may be classified as the schedule itself."""
    _, as_schedule = run(DATA / "namsan-13g-one-per-line.txt", None, DocumentFamily.SCHEDULE_13)
    _, as_agreement = run(DATA / "namsan-13g-one-per-line.txt")
    assert members(as_schedule) == members(as_agreement)
    assert value(as_schedule, "NumberOfReportingPersons") == 3


def test_names_with_commas_in_a_caps_title_are_rejoined_by_their_pages() -> None:
    _, found = run(DATA / "halloran-caps-title-list.txt")
    assert value(found, "NumberOfReportingPersons") == 6
    table = members(found)
    assert found.warnings == () and set(table) == {str(n) for n in range(1, 7)}
    assert table["1"]["ReportingPersonName"] == "HALLORAN, PIKE, VOSS GROUP, INC."
    assert table["3"]["ReportingPersonName"] == "HALLORAN, PIKE, VOSS ASSET MANAGEMENT, INC."
    assert [table[m]["ReportingPersonType"] for m in "56"] == ["natural person"] * 2
    assert table["3"]["SignatoryTitle"] == "Vice Chairman and Co-Chief Executive Officer"
    assert table["4"]["SignedOnBehalfOf"] == (
        "Halloran, Pike, Voss Asset Management, Inc.")
    assert table["6"]["SignatoryName"] == "Dana M. Pike"


# ------------------------------------------------------------------------------------------
# The seed agreement through map, render and validate (this extractor's facts only):
# our validator and Arelle (XBRL 2.1, Dimensions 1.0) must both accept it
# ------------------------------------------------------------------------------------------


def _seed_instance():
    from converter.map import map_extraction
    from converter.model import EntityInfo, Extraction

    text = SEED.read_text(encoding="utf-8")
    ctx = context(text, dt.date(2003, 11, 17))
    found = extract_joint_filing_agreement(ctx)
    extraction = Extraction(ctx.document, ctx.classification, EntityInfo(name="Subject Company"),
                            ctx.document_period, found.observations, (), found.warnings)
    return map_extraction(extraction, source_sha256="0" * 64)


def test_seed_maps_to_32_reporting_person_members(seed: tuple[str, Found]) -> None:
    mapped = _seed_instance()
    assert mapped.warnings == ()  # every concept and every axis accepted by the taxonomy
    contexts = {c.id: c for c in mapped.instance.contexts}
    by_member: dict[str, set[str]] = {}
    for fact in mapped.instance.facts:
        dims = contexts[fact.context_id].dimensions
        if dims:
            by_member.setdefault(dims[0][1], set()).add(fact.concept)
    assert len(by_member) == 32
    assert all({"ReportingPersonName", "SignatoryName", "SignatureDate"} <= c
               for c in by_member.values())


def test_seed_instance_is_valid(seed: tuple[str, Found], tmp_path: Path) -> None:
    from arelle_support import arelle_messages

    from converter.render import render_instance
    from converter.resources import schemas_dir
    from converter.taxonomy import copy_taxonomy
    from converter.validate import validate

    xml = render_instance(_seed_instance().instance)
    validate(xml, name="seed-13d.xml", base_dir=schemas_dir())
    copy_taxonomy(tmp_path)
    (tmp_path / "seed-13d.xml").write_bytes(xml)
    assert arelle_messages(tmp_path / "seed-13d.xml") == []


from hypothesis import HealthCheck, given, settings, strategies as st  # noqa: E402

_PIECES = st.sampled_from([
    "JOINT FILING AGREEMENT", "among", "Apex Fund, L.P.", '("Apex")', ", ", " and ", "\n", "\n\n",
    "By:", "/s/", "Jane Roe", "Name:", "Title:", "Director", "its General Partner",
    "Attorney-in-Fact", "Dated: May 1, 2005", "Schedule 13D", "Amendment No. 2", "(", ")", '"',
    "common stock, par value Won 500 per share, of", "Kumsan Co., Ltd.", "NAME OF REPORTING PERSON",
    "TYPE OF REPORTING PERSON", "IN", "CO", "Rule 13d-1(k)(1)", "          ", "----", "주식회사",
])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_PIECES, max_size=60).map("".join))
def test_any_text_gives_consistent_members(text: str) -> None:
    for family in (DocumentFamily.JOINT_FILING_AGREEMENT, DocumentFamily.SCHEDULE_13):
        ctx = context(text, dt.date(2005, 5, 1), family)
        found = (extract_schedule_13 if family is DocumentFamily.SCHEDULE_13
                 else extract_joint_filing_agreement)(ctx)
        for axis in (AXIS, "SignatoryAxis"):
            table = members(found, axis)  # also: no concept twice for a member
            assert sorted(table, key=int) == [str(n) for n in range(1, len(table) + 1)]
        for o in found.observations:
            if o.span is not None:
                assert 0 <= o.span.start <= o.span.end <= len(text)


def test_table_with_captions_wrapped_over_two_lines() -> None:
    text = (
        "The persons below agree to file jointly.\n\n"
        "                                     Referred       Place of\n"
        "Reporting Person                     to as          Organization\n"
        "----------------                     --------       ------------\n"
        "Daegu Harbor Holdings, Ltd.          \"DHH\"          Cayman Islands\n"
        "Min-seo Yoo                          \"Ms. Yoo\"      Korea\n\n"
        "IN WITNESS WHEREOF ...\n"
    )
    persons = find_reporting_persons(text)
    assert [(p.name, p.short_name, p.place, p.kind) for p in persons] == [
        ("Daegu Harbor Holdings, Ltd.", "DHH", "Cayman Islands", "entity"),
        ("Min-seo Yoo", "Ms. Yoo", "Korea", "natural person")]


def test_html_agreement_through_ingest() -> None:
    """Curly quotes and table cells (tabs) as ingest makes them of an HTML exhibit."""
    from converter.ingest import ingest_path

    document = ingest_path(DATA / "seorak-agreement.htm").documents[0]
    day = dt.date(2006, 4, 4)
    ctx = DocumentContext(document, Classification(DocumentFamily.JOINT_FILING_AGREEMENT, 0, ()),
                          None, day, Period.duration(day, day), None)
    found = extract_joint_filing_agreement(ctx)
    table = members(found)
    assert found.warnings == () and set(table) == {"1", "2", "3"}
    assert [table[m].get("ReportingPersonShortName") for m in "123"] == ["Seorak II", "Seorak GP", None]
    assert table["1"]["SignedOnBehalfOf"] == "Seorak GP II, Ltd."
    assert (table["2"]["SignatoryName"], table["2"]["SignatoryTitle"]) == ("Dong-hyun Lee", "Director")
    assert table["3"]["SignatoryName"] == "Hye-jin Ko"
    name = next(o for o in found.observations if o.concept == "SubjectCompanyName")
    assert document.raw[name.span.start : name.span.end] == "Taebaek Foods Co., Ltd."


@pytest.mark.parametrize("note, ratio", [
    ("** CUSIP number 12345X101 has been assigned to the American Depositary Shares (\u201cADSs\u201d) of the Issuer, "
     "which are listed on the Nasdaq Global Market under the symbol \u201cLHX.\u201d Each ADS represents one Class A "
     "ordinary share, par value US$0.001 per share.", Decimal("1")),
    ("(1) The Issuer's American depositary shares, each representing three ordinary shares, trade on the NYSE.",
     Decimal("3")),
    ("(1) 13 American depositary shares represent 10 Class A ordinary shares.", Decimal("0.7692")),  # 10 / 13
    ("(1) 2 ADSs represent 3 ordinary shares.", Decimal("1.5")),
    ("(1) The ADSs represent the right to receive ordinary shares.", None),
])
def test_a_schedules_note_on_its_ads_gives_their_ratio(note: str, ratio: Decimal | None) -> None:
    found = schedule_13.ads_ratio("SCHEDULE 13G\n\nLantern Harbor Group\n(Name of Issuer)\n\n" + note + "\n")
    assert (found[0].value if found else None) == ratio


RULE = " " + "-" * 80 + " "
ONE_LINE_COVER = ("SCHEDULE 13G UNDER THE SECURITIES EXCHANGE ACT OF 1934 (AMENDMENT NO. ____)* LANTERN HARBOR CO., "
                  "LTD. (Name of Issuer) COMMON STOCK (Title of Class of Securities) 123456789 (CUSIP Number)" + RULE
                  + "1 NAME OF REPORTING PERSON I.R.S. IDENTIFICATION NO. OF ABOVE PERSON (Entitles only) Minato "
                  "Harbor Financial Group, Inc." + RULE + "2 CHECK THE APPROPRIATE BOX IF A MEMBER OF A GROUP (See "
                  "Instructions) (a) [_] (b) [_]" + RULE + "3 SEC USE ONLY" + RULE + "4 CITIZENSHIP OR PLACE OF "
                  "ORGANIZATION Osaka, Japan" + RULE + "NUMBER OF 5 SOLE ")


def test_a_one_line_cover_cut_inside_its_first_page() -> None:
    """Item 1's label with its parenthesis misspelt still ends before the name; the text stops
    inside the page, so more persons may have followed: none are counted."""
    found = extract_schedule_13(context(ONE_LINE_COVER, dt.date(2001, 3, 5), DocumentFamily.SCHEDULE_13))
    assert members(found) == {"1": {"ReportingPersonName": "Minato Harbor Financial Group, Inc.",
                                    "ReportingPersonType": "entity",
                                    "ReportingPersonCitizenshipOrPlaceOfOrganization": "Osaka, Japan"}}
    assert plain(found, "NumberOfReportingPersons") == []
