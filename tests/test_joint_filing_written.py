"""Joint filing agreements and 13D/13G covers written for these tests, through the whole pipeline
(ingest, classify, document date, extract, map, validate): every fact a careful analyst reads out
of them, exactly. Each document has a layout or wording the earlier tests did not have."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from converter.model import PURE, UnitSpec
from converter.pipeline import Converted, convert_file

DATA = Path(__file__).resolve().parent / "data" / "joint_filing"
AXIS = "ReportingPersonAxis"
D = dt.date


def facts(converted: Converted, axis_name: str = AXIS) -> tuple[dict[str, object], dict[int, dict[str, object]]]:
    """(document-level concept -> value, member of ``axis_name`` -> concept -> value); no
    concept twice."""
    plain: dict[str, object] = {}
    members: dict[int, dict[str, object]] = {}
    for o in converted.extraction.observations:
        if o.dimensions:
            (axis, member), = o.dimensions
            if axis != axis_name:
                continue
            record = members.setdefault(int(member), {})
        else:
            record = plain
        assert o.concept not in record, f"{o.concept} twice"
        record[o.concept] = o.value
    return plain, members


def only(path: Path) -> Converted:
    converted = convert_file(path)
    assert len(converted) == 1
    return converted[0]


def person(name: str, kind: str, short: str | None = None, cover: tuple[str, str] | None = None,
           **signature: object) -> dict[str, object]:
    """A member's facts: name, kind, short name, its cover page's (citizenship, type code)."""
    record: dict[str, object] = {"ReportingPersonName": name, "ReportingPersonType": kind}
    if short:
        record["ReportingPersonShortName"] = short
    if cover:
        record["ReportingPersonCitizenshipOrPlaceOfOrganization"] = cover[0]
        record["ReportingPersonTypeCode"] = cover[1]
    concepts = {"signer": "SignatoryName", "title": "SignatoryTitle", "capacity": "SignatoryCapacity",
                "chain": "SignedOnBehalfOf", "date": "SignatureDate"}
    record.update((concepts[k], v) for k, v in signature.items())
    return record


E, N = "entity", "natural person"


def test_13g_fund_family_parent_adviser_and_person() -> None:
    """'The parties to this Agreement are ...' with appositives before the short names, '&' in
    a firm's name, and pages executed 'as of February 14, 2005' (no 'Dated' anywhere)."""
    converted = only(DATA / "copley-13g-fund-family.txt")
    plain, members = facts(converted)
    assert converted.warnings == ()
    assert plain["DocumentDate"] == D(2005, 2, 14)
    assert {k: plain[k] for k in ("ScheduleType", "ExchangeActRule", "SubjectCompanyName",
                                  "SubjectSecurityClass", "SubjectCompanyIncorporationCountryCode",
                                  "NumberOfReportingPersons", "CommonStockParValuePerShare")} == {
        "ScheduleType": "13G", "ExchangeActRule": "13d-1(k)(1)",
        "SubjectCompanyName": "Kyeongbuk Gas Industrial Co., Ltd.",
        "SubjectSecurityClass": "common stock", "SubjectCompanyIncorporationCountryCode": "KR",
        "NumberOfReportingPersons": 3, "CommonStockParValuePerShare": Decimal("5000")}
    assert "AmendmentNumber" not in plain and "ScheduleOriginalFilingDate" not in plain
    day = D(2005, 2, 14)
    assert members == {
        1: person("Copley Financial Group, Inc.", E, "CFG", signer="Margaret A. Lindqvist",
                  title="Senior Vice President and General Counsel", date=day),
        2: person("Copley Research & Management Company", E, "CRMC", signer="Thomas R. Okafor",
                  title="Chief Compliance Officer", date=day),
        3: person("Edward J. Copley III", N, signer="Edward J. Copley III", date=day),
    }


def test_13da_amendment_3_three_level_chains_and_attorney_on_the_sig_line() -> None:
    """Amendment No. 3 of a schedule 'originally filed ... on March 8, 2004' and amended twice;
    'By: ... its general partner / By: ... its general partner / By: ... its managing member';
    '/s/ X, as attorney-in-fact for Y' over the principal's name."""
    converted = only(DATA / "ironbridge-13da-amendment-3.txt")
    plain, members = facts(converted)
    assert converted.warnings == ()
    assert (plain["DocumentType"], plain["ScheduleType"], plain["AmendmentNumber"]) == (
        "EX-99.1", "13D", 3)
    assert plain["ScheduleOriginalFilingDate"] == D(2004, 3, 8)
    assert plain["ExchangeActRule"] == "13d-1(k)(1)"
    assert plain["SubjectCompanyName"] == "Daedong Logistics Corporation"
    assert plain["CommonStockParValuePerShare"] == Decimal("5000")
    assert plain["NumberOfReportingPersons"] == 6
    gp = "Ironbridge Associates IV, L.P."
    llc = "Ironbridge Investors IV, L.L.C."
    inc = "Ironbridge Holdings, Inc."
    sig = {"signer": "Sandra K. Nakamura", "title": "Vice President and Secretary",
           "date": D(2004, 12, 6)}
    assert members == {
        1: person("Ironbridge Capital Partners IV, L.P.", E, "Fund IV",
                  chain=f"{gp} -> {llc} -> {inc}", **sig),
        2: person("Ironbridge Capital Partners IV-A, L.P.", E, "Fund IV-A",
                  chain=f"{gp} -> {llc} -> {inc}", **sig),
        3: person("Ironbridge Associates IV, L.P.", E, "Associates IV", chain=f"{llc} -> {inc}",
                  **sig),
        4: person("Ironbridge Investors IV, L.L.C.", E, "Investors IV", chain=inc, **sig),
        5: person("Ironbridge Holdings, Inc.", E, "Holdings", **sig),
        6: person("Gregory T. Whitfield", N, signer="Sandra K. Nakamura",
                  capacity="attorney-in-fact", date=D(2004, 12, 6)),
    }


def test_numbered_preamble_list() -> None:
    """'by and among (1) ..., (2) ..., (3) ... and (4) ...' with appositives; pages in capitals."""
    converted = only(DATA / "hallasan-numbered-list.txt")
    plain, members = facts(converted)
    assert converted.warnings == ()
    assert (plain["ScheduleType"], plain["ExchangeActRule"]) == ("13G", "13d-1(k)(1)(iii)")
    assert plain["SubjectCompanyName"] == "Jeju Wind Power Holdings Limited"
    assert plain["SubjectSecurityClass"] == "ordinary shares"
    assert plain["SubjectCompanyIncorporationCountryCode"] == "KY"
    assert "CommonStockParValuePerShare" not in plain and "AmendmentNumber" not in plain
    day = D(2008, 1, 28)  # "entered into as of" ... "as of the date first written above"
    sig = {"signer": "Ji-yeon Moon", "title": "Director", "date": day}
    chain = "Hallasan Capital Partners Ltd."
    assert members == {
        1: person("Hallasan Opportunity Fund I, L.P.", E, "Fund I", chain=chain, **sig),
        2: person("Hallasan Opportunity Fund II, L.P.", E, "Fund II", chain=chain, **sig),
        3: person("Hallasan Capital Partners Ltd.", E, "HCP", **sig),
        4: person("Dong-wook Shin", N, signer="DONG-WOOK SHIN", date=day),
    }


def test_pages_spelling_names_otherwise_than_the_preamble() -> None:
    """'L.P.' / 'LP' / 'Limited Partnership', 'Tanner-Hale' / 'TANNER HALE', '&' / 'AND',
    'Co.' / 'COMPANY', upper case and dropped commas: every page finds its person."""
    converted = only(DATA / "greenhill-name-variants.txt")
    plain, members = facts(converted)
    assert converted.warnings == ()
    assert plain["SubjectCompanyName"] == "Sambong Textile Co., Ltd."
    assert plain["CommonStockParValuePerShare"] == Decimal("500")
    par = next(o for o in converted.extraction.observations
               if o.concept == "CommonStockParValuePerShare")
    assert (par.unit, par.decimals) == (UnitSpec.per_share("KRW"), 0)
    assert plain["NumberOfReportingPersons"] == 6
    names = {m: r["ReportingPersonName"] for m, r in members.items()}
    assert names == {1: "Greenhill Asia Value Partners, L.P.", 2: "Greenhill Asia Value Partners II LP",
                     3: "Whitcombe Korea Fund Limited Partnership", 4: "Tanner-Hale Holdings, Inc.",
                     5: "St. Clair & Co.", 6: "Min-kyu Bae"}
    signers = {m: (r["SignatoryName"], r.get("SignatoryTitle"), r.get("SignedOnBehalfOf"))
               for m, r in members.items()}
    assert signers == {
        1: ("Helen W. Carmichael", "Managing Director", "GREENHILL ASIA GP, LLC"),
        2: ("Helen W. Carmichael", "Managing Director", "GREENHILL ASIA GP, LLC"),
        3: ("Robert N. Ashby", "Director", "Whitcombe Advisers (Cayman) Ltd."),
        4: ("Robert N. Ashby", "President", None),
        5: ("Peter J. Vance", "Partner", None),
        6: ("MIN-KYU BAE", None, None),
    }
    assert {r["SignatureDate"] for r in members.values()} == {D(2006, 7, 21)}


def test_13d_cover_of_a_korean_issuer_with_four_signers() -> None:
    """Cover with '(Rule 13d-101)' and the unchecked 13d-1(e)/(f)/(g) box; W5,000 in the title,
    Won 5,000 in item 1; the schedule's date is the date signed, not the date of the event."""
    converted = only(DATA / "chungbuk-13d-cover-signers.txt")
    plain, members = facts(converted)
    assert converted.warnings == ()
    assert plain["DocumentDate"] == D(2006, 3, 16)
    assert {k: plain[k] for k in ("ScheduleType", "AmendmentNumber", "ScheduleOriginalFilingDate",
                                  "ExchangeActRule", "SubjectCompanyName", "SubjectSecurityClass",
                                  "SubjectCompanyIncorporationCountryCode",
                                  "NumberOfReportingPersons")} == {
        "ScheduleType": "13D", "AmendmentNumber": 2, "ScheduleOriginalFilingDate": D(2005, 6, 3),
        "ExchangeActRule": "13d-1(k)(1)",
        "SubjectCompanyName": "Chungbuk Semiconductor Materials Co., Ltd.",
        "SubjectSecurityClass": "common stock", "SubjectCompanyIncorporationCountryCode": "KR",
        "NumberOfReportingPersons": 4}
    par = next(o for o in converted.extraction.observations
               if o.concept == "CommonStockParValuePerShare")
    assert (par.value, par.unit, par.decimals) == (Decimal("5000"), UnitSpec.per_share("KRW"), 0)
    count = next(o for o in converted.extraction.observations
                 if o.concept == "NumberOfReportingPersons")
    assert (count.unit, count.decimals) == (PURE, 0)
    day = D(2006, 3, 16)
    director = {"signer": "Hyun-woo Nam", "title": "Representative Director", "date": day}
    korea = "Republic of Korea"
    assert members == {
        1: person("Baekje Investment Co., Ltd.", E, cover=(korea, "CO"), **director),
        2: person("Baekje Private Equity Fund No. 2", E, cover=(korea, "OO"),
                  chain="Baekje Investment Co., Ltd.", **director),
        3: person("Hyun-woo Nam", N, cover=(korea, "IN"), signer="Hyun-woo Nam", date=day),
        4: person("Soo-ah Cha", N, cover=(korea, "IN"), signer="Soo-ah Cha", date=day),
    }
    # the front page: CUSIP number and the date of the event, above their captions
    assert (plain["SubjectSecurityCusip"], plain["EventDate"]) == ("Y1593K107", D(2006, 3, 14))


def test_edgar_submission_of_a_schedule_and_its_agreement() -> None:
    """<SEC-DOCUMENT> with an SC 13D and its EX-99.1: two instances, each with its own facts."""
    schedule, agreement = convert_file(DATA / "submission-sc13d-ex99.txt")
    s_plain, s_members = facts(schedule)
    a_plain, a_members = facts(agreement)
    assert (s_plain["DocumentType"], a_plain["DocumentType"]) == ("SC 13D", "EX-99.1")
    # the filer's CIK (FILED BY), not the subject company's: the subject does not file the schedule
    assert s_plain["EntityCentralIndexKey"] == a_plain["EntityCentralIndexKey"] == "0001377001"
    for plain in (s_plain, a_plain):
        assert plain["ScheduleType"] == "13D" and "AmendmentNumber" not in plain  # "No. __"
        assert plain["SubjectCompanyName"] == "Gwangju Digital Media Co., Ltd."
        assert plain["SubjectSecurityClass"] == "American Depositary Shares"
        assert plain["DocumentDate"] == D(2007, 9, 5)
        assert plain["NumberOfReportingPersons"] == 2
    # the cover's only rules are the form number and an unchecked box: no rule is stated
    assert "ExchangeActRule" not in s_plain and a_plain["ExchangeActRule"] == "13d-1(k)"
    assert s_plain["CommonStockParValuePerShare"] == Decimal("500")  # the underlying share's
    assert s_plain["SubjectCompanyIncorporationCountryCode"] == "KR"
    director = {"signer": "Nicholas F. Pryce", "title": "Director", "date": D(2007, 9, 5)}
    member = {"signer": "Nicholas F. Pryce", "title": "Designated Member", "date": D(2007, 9, 5)}
    assert s_members == {
        1: person("Keswick Asia Opportunities Master Fund Ltd.", E, cover=("Cayman Islands", "CO"),
                  **director),
        2: person("Keswick Asia Capital Management LLP", E, cover=("England and Wales", "IA, PN"),
                  **member),
    }
    assert (s_plain["SubjectSecurityCusip"], s_plain["EventDate"]) == ("40122T108", D(2007, 8, 27))
    # "The undersigned agree ...": the pages name the persons, numbered as the cover pages are
    assert a_members == {
        1: person("KESWICK ASIA OPPORTUNITIES MASTER FUND LTD.", E, **director),
        2: person("KESWICK ASIA CAPITAL MANAGEMENT LLP", E, **member),
    }


def test_convert_warns_of_a_page_of_no_reporting_person(tmp_path: Path) -> None:
    """The CLI reports a page whose party the agreement does not name, and keeps its record."""
    from click.testing import CliRunner

    from converter.cli import main

    result = CliRunner().invoke(main, ["convert", str(DATA / "hanbit-stranger-page.txt"),
                                       "-o", str(tmp_path), "--no-progress"])
    assert result.exit_code == 0, result.output
    warning = ("signature page of HANBIT VALUE FUND IV LP is not a reporting person named;"
               " reported as reporting person 3")
    assert warning in result.output
    xml = (tmp_path / "hanbit-stranger-page.xml").read_text(encoding="utf-8")
    assert "HANBIT VALUE FUND IV LP" in xml


def test_13ga_cover_with_checked_rule_side_by_side_signers_and_capital_issuer_name() -> None:
    """A 13G/A whose cover prints the issuer in capitals (item 1(a) in mixed case), the rule
    box checked among three, two signature blocks side by side."""
    converted = only(DATA / "taejon-13ga-cover-item10.txt")
    plain, members = facts(converted)
    assert converted.warnings == ()
    assert {k: plain.get(k) for k in ("ScheduleType", "AmendmentNumber", "ExchangeActRule",
                                      "SubjectCompanyName", "SubjectCompanyLegalForm",
                                      "SubjectSecurityClass", "CommonStockParValuePerShare",
                                      "NumberOfReportingPersons", "DocumentDate",
                                      "ScheduleOriginalFilingDate")} == {
        "ScheduleType": "13G", "AmendmentNumber": 1, "ExchangeActRule": "13d-1(b)",
        "SubjectCompanyName": "Taejon Ceramics Industrial Co., Ltd.",
        "SubjectCompanyLegalForm": "Co., Ltd.", "SubjectSecurityClass": "common stock",
        "CommonStockParValuePerShare": Decimal("2500"), "NumberOfReportingPersons": 2,
        "DocumentDate": D(2007, 2, 9), "ScheduleOriginalFilingDate": None}
    day = D(2007, 2, 9)
    assert members == {
        1: person("Northfield Global Investors, Inc.", E, cover=("Delaware", "IA"),
                  signer="Catherine L. Sorensen", title="Chief Compliance Officer", date=day),
        2: person("Northfield Emerging Markets Trust", E, cover=("Massachusetts", "IV"),
                  signer="Derek A. Whitlow", title="Treasurer", date=day),
    }
    assert (plain["SubjectSecurityCusip"], plain["EventDate"]) == ("Y8530M104", D(2006, 12, 31))


def test_numbered_lines_for_and_on_behalf_of_and_a_wrapped_attorney_line() -> None:
    """'1.  Name ("Short");' one per line; 'For and on behalf of' over the party;
    'Name and Title: X, Managing Director'; 'X, Attorney-in-Fact for' / principal."""
    converted = only(DATA / "yeongdong-numbered-lines.txt")
    plain, members = facts(converted)
    assert converted.warnings == ()
    assert (plain["ScheduleType"], plain["AmendmentNumber"], plain["ExchangeActRule"]) == (
        "13D", 5, "13d-1(k)")
    assert plain["SubjectCompanyName"] == "Yeongdong Heavy Machinery Co., Ltd."
    assert plain["CommonStockParValuePerShare"] == Decimal("5000")
    assert plain["NumberOfReportingPersons"] == 4
    day = D(2003, 10, 30)
    assert members == {
        1: person("Pembury Strategic Holdings B.V.", E, "Pembury BV", signer="Maarten de Vries",
                  title="Managing Director", date=day),
        2: person("Pembury Investment Partners S.a.r.l.", E, "Pembury Sarl",
                  signer="Claire Hoffmann", title="Gerant", date=day),
        3: person("Pembury Group plc", E, signer="Oliver J. Thwaite", title="Company Secretary",
                  date=day),
        4: person("Jonathan H. Ashcroft-Reid", N, signer="Oliver J. Thwaite",
                  capacity="Attorney-in-Fact", date=day),
    }


@pytest.mark.parametrize("name", ["copley-13g-fund-family.txt", "ironbridge-13da-amendment-3.txt",
                                  "hallasan-numbered-list.txt", "greenhill-name-variants.txt",
                                  "chungbuk-13d-cover-signers.txt",
                                  "taejon-13ga-cover-item10.txt", "yeongdong-numbered-lines.txt"])
def test_every_page_is_linked(name: str) -> None:
    _, members = facts(only(DATA / name))
    assert all("SignatoryName" in r and "SignatureDate" in r for r in members.values())


@pytest.mark.parametrize(
    "title",
    [
        "      0            Common Stock, par value W5,000 per share",
        "                   Common Stock, par value W5,000 per share",
        "        Common Stock, par value W5,000\n        per share",
    ],
)
def test_title_of_class_span_holds_the_class_words(title: str) -> None:
    """The class's span points at its words in the source however the caption's value is
    indented or wrapped (found by the fuzz test: it once pointed into the leading blanks)."""
    from converter.extract.mechanisms.subject_company import subject_from_cover

    text = (
        "                      Chungbuk Semiconductor Materials Co., Ltd.\n"
        "         ----------------------------------------------------\n"
        "                               (Name of Issuer)\n\n"
        f"{title}\n"
        "         ----------------------------------------------------\n"
        "                        (Title of Class of Securities)\n"
    )
    cls = subject_from_cover(text).security_class
    assert cls is not None and cls.value == "common stock"
    assert text[cls.start : cls.end] == "Common Stock"
