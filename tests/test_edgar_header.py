"""Full EDGAR submissions: the SEC header parsed with the spans of its values, and its company data
as facts of the main document where that document does not state them. Submissions written for
these tests (invented companies) in the layout EDGAR distributes: ``tests/data/submissions``."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from arelle_support import assert_arelle_clean
from converter.extract.kinds.edgar_header import e164
from converter.ingest import ingest_bytes
from converter.pipeline import convert_bytes, write_converted

SUBMISSIONS = Path(__file__).resolve().parent / "data" / "submissions"


def submission(name: str, *replacements: tuple[str, str]) -> bytes:
    text = (SUBMISSIONS / name).read_text(encoding="utf-8")
    for old, new in replacements:
        assert old in text
        text = text.replace(old, new, 1)
    return text.encode("utf-8")


def header_facts(converted) -> dict[str, object]:
    """concept -> value of the observations the header reader made for one document."""
    found: dict[str, object] = {}
    for obs in converted.extraction.observations:
        if obs.rule.startswith("header:") and obs.rule != "header:cik":
            assert obs.concept not in found, obs.concept
            found[obs.concept] = obs.value
    return found


@pytest.mark.parametrize("name", sorted(p.name for p in SUBMISSIONS.glob("*.txt")))
def test_header_spans_hold_the_values(name):
    filing = ingest_bytes((SUBMISSIONS / name).read_bytes(), name)
    header = filing.header
    printed = {name: filing.raw[span.start : span.end] for name, span in header.spans}
    assert printed["company_name"] == header.company_name
    assert printed["cik"].zfill(10) == header.cik
    assert printed["file_number"] == header.file_number
    assert printed["period"] == header.period.strftime("%Y%m%d")
    assert printed["filed_as_of"] == header.filed_as_of.strftime("%Y%m%d")
    address = header.business_address
    for field in ("street1", "street2", "city", "state", "zip"):
        assert printed.get(field) == getattr(address, field)
    assert printed["business_phone"] == header.business_phone


def test_business_address_not_the_mail_address():
    header = ingest_bytes(submission("steel-20f-with-certification.txt"), "x.txt").header
    assert (header.business_address.street1, header.business_address.zip) == ("300 YEOMPO-DONG", "683-380")
    assert (header.state_of_incorporation, header.fiscal_year_end) == ("M5", "1231")


def test_header_alone_gives_the_company_data(tmp_path):
    """A 6-K cut inside its HTML head: everything comes from the header, each fact pointing at it."""
    (converted,) = convert_bytes(submission("telecom-6k-cut-in-html-head.txt"), "telecom.txt")
    assert header_facts(converted) == {
        "DocumentPeriodEndDate": dt.date(2004, 10, 15), "EntityFileNumber": "001-14712",
        "EntityAddressCountryCode": "KR", "EntityAddressCityOrProvince": "Seoul",
        "EntityAddressPostalCode": "100-110", "EntityAddressLotNumber": "21",
        "EntityAddressNeighborhood": "Seosomun-dong", "EntityAddressDistrict": "Jung-gu",
        "EntityPhoneNumber": "+82-2-2121-0114",
    }
    raw = converted.extraction.document.raw
    header_end = raw.index("</SEC-HEADER>")
    for obs in converted.extraction.observations:
        if obs.rule.startswith("header:") and obs.span:
            assert obs.span.end <= header_end
    assert raw[slice(*next((o.span.start, o.span.end) for o in converted.extraction.observations
                           if o.concept == "EntityAddressNeighborhood"))] == "SEOSOMUN-DONG"
    written = write_converted((converted,), tmp_path, ("xbrl", "ixbrl"))
    for path in written:
        assert_arelle_clean(path, inline=path.suffix == ".xhtml")


def test_the_texts_own_facts_win(tmp_path):
    """A 20-F whose cover prints its address and file number: the header adds only what the
    text lacks (the phone), its file number is the text's form, and it gives exhibits nothing."""
    main, certification = convert_bytes(submission("steel-20f-with-certification.txt"), "steel.txt")
    assert header_facts(main) == {
        "DocumentPeriodEndDate": dt.date(2005, 12, 31), "EntityFileNumber": "1-15010",
        "EntityIncorporationCountryCode": "KR", "EntityPhoneNumber": "+82-52-280-0114",
    }
    file_number = next(o for o in main.extraction.observations if o.rule == "header:file number as printed")
    assert main.extraction.document.raw[file_number.span.start : file_number.span.end] == "1-15010"
    assert header_facts(certification) == {}
    facts = [(f.concept, f.value) for f in main.instance.facts]
    assert facts.count(("EntityFileNumber", "1-15010")) == 1
    assert ("EntityPhoneNumber", "+82-52-280-0114") in facts
    assert not any(c.startswith("EntityAddress") and v in ("ULSAN", "300 YEOMPO-DONG") for c, v in facts)
    for path in write_converted((main, certification), tmp_path):
        assert_arelle_clean(path)


def test_a_period_the_text_states_otherwise_is_the_texts():
    main, _ = convert_bytes(submission("steel-20f-with-certification.txt",
                                       ("CONFORMED PERIOD OF REPORT:\t20051231", "CONFORMED PERIOD OF REPORT:\t20060331")),
                            "steel.txt")
    assert [f.value for f in main.instance.facts if f.concept == "DocumentPeriodEndDate"] == ["2005-12-31"]
    assert any("conflicting values for DocumentPeriodEndDate" in w and "header:" in w for w in main.warnings)


def test_current_report_with_exhibit():
    """An 8-K of a US company: the file number as the cover prints it ('0-21234' for the header's
    '000-21234'), the state of incorporation as a country; address and phone are the cover's."""
    report, release = convert_bytes(submission("appliance-8k-press-exhibit.txt"), "appliance.txt")
    assert header_facts(report) == {
        "DocumentPeriodEndDate": dt.date(2004, 3, 15), "EntityFileNumber": "0-21234",
        "EntityIncorporationCountryCode": "US",
    }
    assert header_facts(release) == {}


def test_a_us_address_from_the_header():
    (converted,) = convert_bytes(submission(
        "telecom-6k-cut-in-html-head.txt",
        ("STREET 1:\t\t21 SEOSOMUN-DONG\n\t\tSTREET 2:\t\tJUNG-GU\n\t\tCITY:\t\t\tSEOUL\n\t\tSTATE:\t\t\tM5\n"
         "\t\tZIP:\t\t\t100-110\n\t\tBUSINESS PHONE:\t\t82221210114",
         "STREET 1:\t\t500 HARBOR BLVD\n\t\tSTREET 2:\t\tSUITE 200\n\t\tCITY:\t\t\tSAN MATEO\n\t\tSTATE:\t\t\tCA\n"
         "\t\tZIP:\t\t\t94401\n\t\tBUSINESS PHONE:\t\t6505551200")), "maker.txt")
    facts = header_facts(converted)
    assert {k: v for k, v in facts.items() if k.startswith("Entity")} == {
        "EntityFileNumber": "001-14712", "EntityAddressCountryCode": "US",
        "EntityAddressCityOrProvince": "California", "EntityAddressPostalCode": "94401",
        "EntityAddressCity": "SAN MATEO", "EntityAddressStreet": "500 HARBOR BLVD",
        "EntityPhoneNumber": "+1-650-555-1200",
    }


@pytest.mark.parametrize("street, city, expected", [
    pytest.param("450 GONG DUK DONG MA PO KU", "SEOUL",  # syllables typed apart, old romanization
                 {"EntityAddressLotNumber": "450", "EntityAddressNeighborhood": "Gongdeok-dong",
                  "EntityAddressDistrict": "Mapo-gu", "EntityAddressCityOrProvince": "Seoul"}, id="garbled-street"),
    pytest.param("ANNEX BLDG 5F, 100 TAEPYUNGRO 2-KA", "SEOUL",
                 {"EntityAddressBuilding": "ANNEX BLDG", "EntityAddressFloor": 5, "EntityAddressLotNumber": "100",
                  "EntityAddressNeighborhood": "Taepyeongno 2-ga", "EntityAddressCityOrProvince": "Seoul"},
                 id="building-and-floor"),
    pytest.param("1 MAETAN-DONG", "SUWON CITY KOREA",  # a si with gu: the city
                 {"EntityAddressLotNumber": "1", "EntityAddressNeighborhood": "Maetan-dong",
                  "EntityAddressCity": "Suwon-si"}, id="si-with-gu"),
    pytest.param("136-1 AMI-RI", "ICHON",  # a si with no gu: the district
                 {"EntityAddressLotNumber": "136-1", "EntityAddressVillage": "Ami-ri",
                  "EntityAddressDistrict": "Icheon-si"}, id="si-without-gu"),
    pytest.param("10 SINCHEON-DONG", "JUNG-GU",  # a gu of many cities: its name all the same
                 {"EntityAddressLotNumber": "10", "EntityAddressNeighborhood": "Sincheon-dong",
                  "EntityAddressDistrict": "Jung-gu"}, id="gu-of-many-cities"),
    pytest.param("10 SINCHEON-DONG", "TAEPYEONG CITY",  # no such place: left out, not guessed
                 {"EntityAddressLotNumber": "10", "EntityAddressNeighborhood": "Sincheon-dong"}, id="unknown-city"),
])
def test_korean_header_addresses(street, city, expected):
    (converted,) = convert_bytes(submission(
        "telecom-6k-cut-in-html-head.txt",
        ("STREET 1:\t\t21 SEOSOMUN-DONG\n\t\tSTREET 2:\t\tJUNG-GU\n\t\tCITY:\t\t\tSEOUL",
         f"STREET 1:\t\t{street}\n\t\tCITY:\t\t\t{city}")), "telecom.txt")
    facts = header_facts(converted)
    address = {k: v for k, v in facts.items() if k.startswith("EntityAddress") and k not in (
        "EntityAddressCountryCode", "EntityAddressPostalCode")}
    assert address == expected


@pytest.mark.parametrize("zip_code, expected", [("100-110", "100-110"), ("00000", None)])
def test_the_header_zip_placeholder_is_no_postal_code(zip_code, expected):
    (converted,) = convert_bytes(submission("telecom-6k-cut-in-html-head.txt", ("ZIP:\t\t\t100-110", f"ZIP:\t\t\t{zip_code}")),
                                 "telecom.txt")
    assert header_facts(converted).get("EntityAddressPostalCode") == expected


PHONES = [
    ("82314501234", "KR", "+82-31-450-1234"), ("8221234567", "KR", "+82-2-123-4567"),
    ("0221234567", "KR", "+82-2-2123-4567"), ("8201012345678", "KR", "+82-10-1234-5678"),
    ("6505551200", "US", "+1-650-555-1200"), ("16505551200", "US", "+1-650-555-1200"),
    ("85228213000", "HK", "+852-28213000"), ("81355551234", "JP", "+81-355551234"),
    ("12345", "KR", None), ("6505551200", None, None),
    # dialled from the US (011, the calling code, the number); cut short by the field, no number
    ("011918041234567", "IN", "+91-8041234567"), ("0119122555", "IN", None),
    ("01181355551234", "JP", "+81-355551234"),
]


@pytest.mark.parametrize("digits, country, number", PHONES)
def test_business_phone(digits, country, number):
    assert e164(digits, country) == number


def test_a_schedule_filed_by_others_gives_no_company_data():
    """A Schedule 13D's header names the subject company: its file number and address are not
    the schedule's facts."""
    converted = convert_bytes(submission("appliance-8k-press-exhibit.txt",
                                         ("CONFORMED SUBMISSION TYPE:\t8-K", "CONFORMED SUBMISSION TYPE:\tSC 13D"),
                                         ("<TYPE>8-K", "<TYPE>SC 13D")), "schedule.txt")
    assert all(header_facts(c) == {} for c in converted)


FLAT_HEADER = (
    "-----BEGIN PRIVACY-ENHANCED MESSAGE----- Proc-Type: 2001,MIC-CLEAR Originator-Name: webmaster@www.sec.gov "
    "0009999999-09-000001.txt : 20090305 ACCESSION NUMBER: 0009999999-09-000001 CONFORMED SUBMISSION TYPE: 6-K "
    "PUBLIC DOCUMENT COUNT: 1 CONFORMED PERIOD OF REPORT: 20090305 FILED AS OF DATE: 20090305 FILER: "
    "COMPANY DATA: COMPANY CONFORMED NAME: HANBIT MARINE CORP CENTRAL INDEX KEY: 0000999001 "
    "STANDARD INDUSTRIAL CLASSIFICATION: WATER TRANSPORTATION [4400] IRS NUMBER: 000000000 FISCAL YEAR END: 1231 "
    "FILING VALUES: FORM TYPE: 6-K SEC ACT: 1934 Act SEC FILE NUMBER: 001-99990 FILM NUMBER: 09999999 "
    "BUSINESS ADDRESS: STREET 1: 88 JUNGANG DONG JUNG GU CITY: BUSAN KOREA STATE: M5 ZIP: 600014 "
    "BUSINESS PHONE: 82514630000 MAIL ADDRESS: STREET 1: 88 JUNGANG DONG CITY: BUSAN STATE: M5 ZIP: 600014 "
    "FORMER COMPANY: FORMER CONFORMED NAME: HANBIT SHIPPING DATE OF NAME CHANGE: 19971006 6-K 1 a6vk.htm FORM 6-K\n"
    "\nSECURITIES AND EXCHANGE COMMISSION\nWashington, D.C. 20549\nForm 6-K\n"
    "REPORT OF FOREIGN PRIVATE ISSUER\nFor the month of March 2009\nHanbit Marine Corporation\n"
    "(Translation of registrant's name into English)\n"
)


def test_a_header_run_together_on_one_line():
    """A copy that ran the header's lines together: its labels split it, and it is read as a header."""
    filing = ingest_bytes(FLAT_HEADER.encode("utf-8"), "flat.txt")
    header = filing.header
    assert header is not None
    assert (header.cik, header.company_name, header.form_type, header.file_number) == (
        "0000999001", "HANBIT MARINE CORP", "6-K", "001-99990")
    assert (header.business_phone, header.business_address.city, header.business_address.zip) == (
        "82514630000", "BUSAN KOREA", "600014")
    span = header.span_of("cik")
    assert filing.raw[span.start:span.end] == "0000999001"


@pytest.mark.parametrize("text", [
    "The filing's ACCESSION NUMBER: 0009999999-09-000001 was assigned on filing.\nForm 6-K\n",
    FLAT_HEADER.replace("CENTRAL INDEX KEY:", "CIK"),  # not every label a header opens with
])
def test_no_header_without_its_labels(text):
    assert ingest_bytes(text.encode("utf-8"), "text.txt").header is None
