"""Form 6-K covers: the seed and covers written in the same style for other issuers."""

from __future__ import annotations

import pytest

from factlib import DATA, SEEDS, convert_one, facts, one, values

COVERS = DATA / "cover_6k"


def test_seed_cover_facts():
    c = convert_one(SEEDS / "hanaro-6k-cover-nov-2002.txt")
    assert one(c, "DocumentType") == "6-K"
    assert one(c, "DocumentPeriodEndDate") == "2002-11-30"
    assert {f.period for f in facts(c) if f.concept == "DocumentType"} == {"2002-11-01/2002-11-30"}
    assert one(c, "EntityRegistrantName") == "Hanaro Telecom, Inc."
    assert one(c, "AnnualReportForm") == "20-F"
    assert one(c, "FurnishesInformationUnderRule12g32b") == "false"
    assert one(c, "ExhibitNumber", ExhibitAxis="99.1") == "99.1"
    assert one(c, "ExhibitDate", ExhibitAxis="99.1") == "2002-11-14"
    assert one(c, "ExhibitPeriodEndDate", ExhibitAxis="99.1") == "2002-09-30"
    assert "press release" in one(c, "ExhibitDescription", ExhibitAxis="99.1")
    assert one(c, "SignatoryName", SignatoryAxis="1") == "Kyu June Hwang"
    assert one(c, "SignatoryTitle", SignatoryAxis="1") == "Managing Director"
    assert one(c, "SignatureDate", SignatoryAxis="1") == "2002-11-18"
    assert one(c, "SignatureParty", SignatoryAxis="1") == "Hanaro Telecom, Inc."


def test_seed_cover_address():
    c = convert_one(SEEDS / "hanaro-6k-cover-nov-2002.txt")
    assert one(c, "EntityAddressBuilding") == "Kukje Electronics Center Bldg."
    assert one(c, "EntityAddressFloor") == "24"
    assert one(c, "EntityAddressNeighborhood") == "Seocho-dong"
    assert one(c, "EntityAddressLotNumber") == "1445-3"
    assert one(c, "EntityAddressDistrict") == "Seocho-gu"
    assert one(c, "EntityAddressCityOrProvince") == "Seoul"
    assert one(c, "EntityAddressPostalCode") == "137-728"
    assert one(c, "EntityAddressCountryCode") == "KR"


EXPECTED = {
    "posco-style-40f-yes.txt": {
        "EntityRegistrantName": "Daehan Steel Works Co., Ltd.",
        "DocumentPeriodEndDate": "2004-02-29",
        "AnnualReportForm": "40-F",
        "FurnishesInformationUnderRule12g32b": "true",
        "EntityFileNumber": "1-13368",
        ("ExhibitDate", "ExhibitAxis", "99.1"): "2004-02-12",
        ("ExhibitPeriodEndDate", "ExhibitAxis", "99.2"): "2003-12-31",
        ("SignatoryName", "SignatoryAxis", "1"): "Sung-Ho Park",
        ("SignatoryTitle", "SignatoryAxis", "1"): "Senior Vice President and Chief Financial Officer",
        ("SignatureDate", "SignatoryAxis", "1"): "2004-02-16",
        "EntityAddressDistrict": "Nam-gu",
        "EntityAddressCity": "Pohang-si",
        "EntityAddressCityOrProvince": "Gyeongsangbuk-do",
        "EntityAddressPostalCode": "790-300",
    },
    "mobile-two-signatures.txt": {
        "EntityRegistrantName": "Hanbit Mobile Telecom Corp.",
        "DocumentPeriodEndDate": "2005-06-30",
        "AnnualReportForm": "20-F",
        "FurnishesInformationUnderRule12g32b": "false",
        ("ExhibitDate", "ExhibitAxis", "99.1"): "2005-06-03",
        ("ExhibitPeriodEndDate", "ExhibitAxis", "99.1"): "2005-05-31",
        ("SignatoryName", "SignatoryAxis", "1"): "Min-Jae Kim",
        ("SignatoryTitle", "SignatoryAxis", "1"): "Chief Financial Officer",
        ("SignatoryName", "SignatoryAxis", "2"): "Eun-Ji Choi",
        ("SignatoryTitle", "SignatoryAxis", "2"): "Head of Investor Relations",
        ("SignatureDate", "SignatoryAxis", "2"): "2005-06-07",
        "EntityAddressFloor": "12",
        "EntityAddressNeighborhood": "Yeoksam-dong",
        "EntityAddressLotNumber": "737",
        "EntityAddressDistrict": "Gangnam-gu",
        "EntityAddressCityOrProvince": "Seoul",
        "EntityAddressPostalCode": "135-984",
    },
    "bank-paper-boxes.txt": {
        "EntityRegistrantName": "Namsan Financial Group, Inc.",
        "DocumentPeriodEndDate": "2008-09-30",
        "AnnualReportForm": "20-F",
        "FurnishesInformationUnderRule12g32b": "false",
        "PaperSubmissionUnderRegulationST101b1": "false",
        "PaperSubmissionUnderRegulationST101b7": "false",
        "EntityFileNumber": "000-31842",
        ("SignatoryName", "SignatoryAxis", "1"): "Dong-Hoon Yoon",
        ("SignatoryTitle", "SignatoryAxis", "1"): "Deputy President",
        ("SignatureDate", "SignatoryAxis", "1"): "2008-09-30",
        "EntityAddressDistrict": "Jung-gu",
        "EntityAddressCityOrProvince": "Seoul",
        "EntityAddressPostalCode": "100-101",
    },
}


@pytest.mark.parametrize(
    "name,key",
    [(name, key) for name, expected in EXPECTED.items() for key in expected],
    ids=lambda v: v if isinstance(v, str) else "-".join(v),
)
def test_written_cover(name, key):
    c = convert_one(COVERS / name)
    expected = EXPECTED[name][key]
    if isinstance(key, tuple):
        concept, axis, member = key
        assert one(c, concept, **{axis: member}) == expected
    else:
        assert one(c, key) == expected


def test_cover_without_a_second_signature_has_one_member():
    c = convert_one(COVERS / "posco-style-40f-yes.txt")
    assert values(c, "SignatoryName", SignatoryAxis="2") == []
    assert len(values(c, "ExhibitNumber")) == 2
