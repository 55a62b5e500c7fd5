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
    "steelmaker-style-40f-yes.txt": {
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
    # "For the month of: April 2003", "Commission File Number" without a colon, |X| boxes, an
    # empty "82-____" line, an "Exhibit No. / Description" table before the signatures, a
    # road-name address over four lines, "By: /s/" with no Name: line, the date after the block
    "semiconductor-month-colon-pipes.txt": {
        "EntityRegistrantName": "SAEBYUK SEMICONDUCTOR CO., LTD.",
        "DocumentPeriodEndDate": "2003-04-30",
        "AnnualReportForm": "20-F",
        "FurnishesInformationUnderRule12g32b": "false",
        "EntityFileNumber": "001-14598",
        ("ExhibitNumber", "ExhibitAxis", "99.2"): "99.2",
        ("ExhibitDate", "ExhibitAxis", "99.1"): "2003-04-24",
        ("ExhibitDescription", "ExhibitAxis", "99.2"): "Notice of the annual general meeting of shareholders",
        ("SignatoryName", "SignatoryAxis", "1"): "Jong-Woo Lim",
        ("SignatoryTitle", "SignatoryAxis", "1"): "Vice President, Finance",
        ("SignatureDate", "SignatoryAxis", "1"): "2003-04-28",
        ("SignatureParty", "SignatoryAxis", "1"): "SAEBYUK SEMICONDUCTOR CO., LTD.",
        "EntityAddressBuilding": "Saebyuk Tower",
        "EntityAddressFloor": "15",
        "EntityAddressRoadName": "Teheran-ro 512",
        "EntityAddressDistrict": "Gangnam-gu",
        "EntityAddressCityOrProvince": "Seoul",
        "EntityAddressPostalCode": "135-090",
    },
    # "Report on Form 6-K for the month of March, 2004", boxes before their labels ([X] Form
    # 20-F), bracketed instructions, "Exhibit 99.1:" line, Date: above the (Registrant) block, Pusan
    "shipping-pusan-brackets.txt": {
        "EntityRegistrantName": "DONGNAM MARINE LINES, LTD.",
        "DocumentPeriodEndDate": "2004-03-31",
        "AnnualReportForm": "20-F",
        "FurnishesInformationUnderRule12g32b": "false",
        ("ExhibitNumber", "ExhibitAxis", "99.1"): "99.1",
        ("ExhibitDate", "ExhibitAxis", "99.1"): "2004-03-15",
        ("SignatoryName", "SignatoryAxis", "1"): "Tae-Sik Bae",
        ("SignatoryTitle", "SignatoryAxis", "1"): "Executive Director",
        ("SignatureDate", "SignatoryAxis", "1"): "2004-03-17",
        ("SignatureParty", "SignatoryAxis", "1"): "DONGNAM MARINE LINES, LTD.",
        "EntityAddressBuilding": "Dongnam Marine Building",
        "EntityAddressLotNumber": "88-7",
        "EntityAddressDistrict": "Jung-gu",
        "EntityAddressCityOrProvince": "Busan",
        "EntityAddressPostalCode": "600-014",
    },
    # marks typed on the line under the rules below the labels, "Yes" marked with an 82-4417
    # number (not the Commission file number), no exhibits, two signers, "Suwon, Kyonggi-do"
    "chemical-kyonggi-below-marks.txt": {
        "EntityRegistrantName": "HANKANG FINE CHEMICAL CORP.",
        "DocumentPeriodEndDate": "2001-10-31",
        "AnnualReportForm": "20-F",
        "FurnishesInformationUnderRule12g32b": "true",
        ("SignatoryName", "SignatoryAxis", "1"): "Chul-Soo Jeon",
        ("SignatoryTitle", "SignatoryAxis", "1"): "President and Chief Executive Officer",
        ("SignatureDate", "SignatoryAxis", "1"): "2001-10-10",
        ("SignatoryName", "SignatoryAxis", "2"): "Mi-Kyung Seo",
        ("SignatoryTitle", "SignatoryAxis", "2"): "General Manager, Finance",
        ("SignatureDate", "SignatoryAxis", "2"): "2001-10-10",
        "EntityAddressNeighborhood": "Maetan-dong",
        "EntityAddressDistrict": "Paldal-gu",
        "EntityAddressCity": "Suwon-si",
        "EntityAddressCityOrProvince": "Gyeonggi-do",
        "EntityAddressPostalCode": "442-370",
    },
    # "For the period of January 1, 2006 to January 31, 2006", (X) boxes, Yes/No 101(b) boxes,
    # EXHIBIT INDEX after the signatures with a two-line "Exhibit / Number" heading, Youngdeungpo-ku
    "insurance-period-range-parens.txt": {
        "EntityRegistrantName": "SEORAE LIFE INSURANCE COMPANY, LTD.",
        "DocumentPeriodEndDate": "2006-01-31",
        "AnnualReportForm": "20-F",
        "FurnishesInformationUnderRule12g32b": "false",
        "PaperSubmissionUnderRegulationST101b1": "false",
        "PaperSubmissionUnderRegulationST101b7": "false",
        "EntityFileNumber": "333-118263",
        ("ExhibitPeriodEndDate", "ExhibitAxis", "99.1"): "2006-01-31",
        ("ExhibitDate", "ExhibitAxis", "99.2"): "2006-02-02",
        ("SignatoryName", "SignatoryAxis", "1"): "Hyun-Suk Kang",
        ("SignatoryTitle", "SignatoryAxis", "1"): "Chief Financial Officer",
        ("SignatureDate", "SignatoryAxis", "1"): "2006-02-03",
        "EntityAddressBuilding": "Seorae Life Building",
        "EntityAddressNeighborhood": "Yeouido-dong",
        "EntityAddressDistrict": "Yeongdeungpo-gu",
        "EntityAddressCityOrProvince": "Seoul",
        "EntityAddressPostalCode": "150-010",
    },
    # "Form 20-F  x  Form 40-F ___", "Yes ___ No x", single-blank 101(b) lines, "82-     .",
    # "Exhibit 99.1   ..." without a colon, "By: ____ (Signature)" then Name:/Title: lines
    "bank-lowercase-x-signature-line.txt": {
        "EntityRegistrantName": "KUMGANG BANK HOLDINGS, INC.",
        "DocumentPeriodEndDate": "2007-05-31",
        "AnnualReportForm": "20-F",
        "FurnishesInformationUnderRule12g32b": "false",
        "PaperSubmissionUnderRegulationST101b1": "false",
        "PaperSubmissionUnderRegulationST101b7": "false",
        "EntityFileNumber": "000-51209",
        ("ExhibitDate", "ExhibitAxis", "99.1"): "2007-05-22",
        ("SignatoryName", "SignatoryAxis", "1"): "Sang-Woo Ahn",
        ("SignatoryTitle", "SignatoryAxis", "1"): "Managing Director and Chief Financial Officer",
        ("SignatureDate", "SignatoryAxis", "1"): "2007-05-23",
        "EntityAddressBuilding": "Kumgang Bank Building",
        "EntityAddressNeighborhood": "Namdaemunno 2-ga",
        "EntityAddressDistrict": "Jung-gu",
        "EntityAddressCityOrProvince": "Seoul",
        "EntityAddressPostalCode": "100-762",
    },
    # old EDGAR HTML: <P>/<BR>/<TABLE>, &nbsp; runs, underlined marks, &#146; in the caption
    "steel-html-nbsp.htm": {
        "EntityRegistrantName": "YEONGIL STEEL CORPORATION",
        "DocumentPeriodEndDate": "2006-06-30",
        "AnnualReportForm": "20-F",
        "FurnishesInformationUnderRule12g32b": "false",
        "EntityFileNumber": "1-15002",
        ("ExhibitNumber", "ExhibitAxis", "99.1"): "99.1",
        ("ExhibitDate", "ExhibitAxis", "99.1"): "2006-06-09",
        ("SignatoryName", "SignatoryAxis", "1"): "Gi-Hyun Moon",
        ("SignatoryTitle", "SignatoryAxis", "1"): "Senior Vice President",
        ("SignatureDate", "SignatoryAxis", "1"): "2006-06-12",
        ("SignatureParty", "SignatoryAxis", "1"): "YEONGIL STEEL CORPORATION",
        "EntityAddressNeighborhood": "Goedong-dong",
        "EntityAddressDistrict": "Nam-gu",
        "EntityAddressCity": "Pohang-si",
        "EntityAddressCityOrProvince": "Gyeongsangbuk-do",
        "EntityAddressPostalCode": "790-600",
    },
    # EUC-KR bytes, the Korean name "(주)..." on the line above the English one, Daejeon
    "software-euc-kr-hangul.txt": {
        "EntityRegistrantName": "HANUL SOFT, INC.",
        "DocumentPeriodEndDate": "2005-08-31",
        "AnnualReportForm": "20-F",
        "FurnishesInformationUnderRule12g32b": "false",
        "EntityFileNumber": "001-32177",
        ("ExhibitPeriodEndDate", "ExhibitAxis", "99.1"): "2005-06-30",
        ("SignatoryName", "SignatoryAxis", "1"): "Seung-Hee Oh",
        ("SignatureDate", "SignatoryAxis", "1"): "2005-08-12",
        "EntityAddressFloor": "7",
        "EntityAddressRoadName": "Yuseong-daero 40",
        "EntityAddressDistrict": "Yuseong-gu",
        "EntityAddressCityOrProvince": "Daejeon",
        "EntityAddressPostalCode": "305-340",
    },
    # full EDGAR submission: <SEC-HEADER> (CIK, period) around the cover and an EX-99.1 release;
    # EXHIBIT INDEX on its own <PAGE> after the signatures, Kangseo-ku
    "submission-airline-ex99.txt": {
        "EntityRegistrantName": "HANBADA AIRWAYS CO., LTD.",
        "EntityCentralIndexKey": "0001187654",
        "DocumentPeriodEndDate": "2003-07-31",
        "AnnualReportForm": "20-F",
        "FurnishesInformationUnderRule12g32b": "false",
        "EntityFileNumber": "001-31547",
        ("ExhibitPeriodEndDate", "ExhibitAxis", "99.1"): "2003-06-30",
        ("ExhibitDate", "ExhibitAxis", "99.1"): "2003-07-21",
        ("SignatoryName", "SignatoryAxis", "1"): "Young-Joon Cha",
        ("SignatoryTitle", "SignatoryAxis", "1"): "Senior Vice President",
        ("SignatureDate", "SignatoryAxis", "1"): "2003-07-22",
        "EntityAddressNeighborhood": "Gonghang-dong",
        "EntityAddressDistrict": "Gangseo-gu",
        "EntityAddressCityOrProvince": "Seoul",
        "EntityAddressPostalCode": "157-712",
    },
    # labels stacked one per line ("Form 20-F __X__" over "Form 40-F _____"), template-spaced
    # "December         , 2002", "Commission File No. 0-30202", rules under the name and the
    # address, "Dated:", a title under the signer's name without "Title:", Seocho-ku
    "cable-vertical-boxes.txt": {
        "EntityRegistrantName": "HANSEOM CABLE NETWORKS, INC.",
        "DocumentPeriodEndDate": "2002-12-31",
        "AnnualReportForm": "20-F",
        "FurnishesInformationUnderRule12g32b": "false",
        "EntityFileNumber": "0-30202",
        ("ExhibitDate", "ExhibitAxis", "99.1"): "2002-12-18",
        ("SignatoryName", "SignatoryAxis", "1"): "Ki-Young Nam",
        ("SignatoryTitle", "SignatoryAxis", "1"): "Chief Financial Officer",
        ("SignatureDate", "SignatoryAxis", "1"): "2002-12-20",
        ("SignatureParty", "SignatoryAxis", "1"): "HANSEOM CABLE NETWORKS, INC.",
        "EntityAddressFloor": "4",
        "EntityAddressBuilding": "Hanseom Building",
        "EntityAddressLotNumber": "1605-1",
        "EntityAddressDistrict": "Seocho-gu",
        "EntityAddressCityOrProvince": "Seoul",
        "EntityAddressPostalCode": "137-070",
    },
    # HTML with Wingdings check boxes (&#254; checked, &#168; empty), single-box 101(b) lines
    "energy-wingdings-html.htm": {
        "EntityRegistrantName": "Gyeongin Energy Corporation",
        "DocumentPeriodEndDate": "2008-11-30",
        "AnnualReportForm": "20-F",
        "FurnishesInformationUnderRule12g32b": "false",
        "PaperSubmissionUnderRegulationST101b1": "false",
        "PaperSubmissionUnderRegulationST101b7": "false",
        "EntityFileNumber": "001-33817",
        ("SignatoryName", "SignatoryAxis", "1"): "Hye-Won Jung",
        ("SignatoryTitle", "SignatoryAxis", "1"): "Vice President",
        ("SignatureDate", "SignatoryAxis", "1"): "2008-11-14",
        "EntityAddressNeighborhood": "Samseong-dong",
        "EntityAddressDistrict": "Gangnam-gu",
        "EntityAddressCityOrProvince": "Seoul",
        "EntityAddressPostalCode": "135-791",
    },
    # "For the month of" with the month on the next line, lower-case "Commission file number",
    # "Exhibit 1 -- ..." lines, the old template's "(Signature)*" with "Name, Title" under it,
    # "Date: 15 March 2004", Masan (a si with no gu: the district), Kyongsangnam-do
    "retail-print-name-star.txt": {
        "EntityRegistrantName": "SAMHWA DEPARTMENT STORES CO., LTD.",
        "DocumentPeriodEndDate": "2004-03-31",
        "AnnualReportForm": "20-F",
        "FurnishesInformationUnderRule12g32b": "false",
        "EntityFileNumber": "333-107521",
        ("ExhibitNumber", "ExhibitAxis", "1"): "1",
        ("ExhibitDescription", "ExhibitAxis", "1"): "Notice of the 33rd annual general meeting of shareholders",
        ("ExhibitPeriodEndDate", "ExhibitAxis", "2"): "2003-12-31",
        ("SignatoryName", "SignatoryAxis", "1"): "Dae-Hyun Ryu",
        ("SignatoryTitle", "SignatoryAxis", "1"): "Managing Director",
        ("SignatureDate", "SignatoryAxis", "1"): "2004-03-15",
        ("SignatureParty", "SignatoryAxis", "1"): "SAMHWA DEPARTMENT STORES CO., LTD.",
        "EntityAddressNeighborhood": "Jungang-dong",
        "EntityAddressDistrict": "Masan-si",
        "EntityAddressCityOrProvince": "Gyeongsangnam-do",
        "EntityAddressPostalCode": "631-010",
    },
    # two signers side by side with wrapped titles in each column, an "EXHIBITS" heading over
    # bare "99.1  ..." rows, 101(b) blanks drawn on the line below, "Yes X" with 82-3921, Ulsan
    "utility-side-by-side-signers.txt": {
        "EntityRegistrantName": "TAEHWA ELECTRIC POWER CO., LTD.",
        "DocumentPeriodEndDate": "2007-01-31",
        "AnnualReportForm": "20-F",
        "FurnishesInformationUnderRule12g32b": "true",
        "PaperSubmissionUnderRegulationST101b1": "false",
        "PaperSubmissionUnderRegulationST101b7": "false",
        "EntityFileNumber": "001-16029",
        ("ExhibitDate", "ExhibitAxis", "99.2"): "2007-01-29",
        ("ExhibitPeriodEndDate", "ExhibitAxis", "99.1"): "2006-12-31",
        ("SignatoryName", "SignatoryAxis", "1"): "Jae-Sung Kwon",
        ("SignatoryTitle", "SignatoryAxis", "1"): "President and Chief Executive Officer",
        ("SignatureDate", "SignatoryAxis", "1"): "2007-01-30",
        ("SignatoryName", "SignatoryAxis", "2"): "Hyun-Joo Baek",
        ("SignatoryTitle", "SignatoryAxis", "2"): "Vice President and Chief Financial Officer",
        ("SignatureDate", "SignatoryAxis", "2"): "2007-01-30",
        "EntityAddressNeighborhood": "Samsan-dong",
        "EntityAddressDistrict": "Nam-gu",
        "EntityAddressCityOrProvince": "Ulsan",
        "EntityAddressPostalCode": "680-040",
    },
    # HTML whose question and boxes share one paragraph ("... Form 20-F or Form 40-F. Form 20-F
    # _X_ Form 40-F ___"), Yes/No boxes in table cells, Bundang-gu, Sungnam, Kyunggi-do
    "telecom-html-inline-answers.htm": {
        "EntityRegistrantName": "Dasom Telecom Corporation",
        "DocumentPeriodEndDate": "2004-09-30",
        "AnnualReportForm": "20-F",
        "FurnishesInformationUnderRule12g32b": "false",
        "EntityFileNumber": "1-14926",
        ("ExhibitDate", "ExhibitAxis", "99.1"): "2004-09-23",
        ("SignatoryName", "SignatoryAxis", "1"): "Hoon Shin",
        ("SignatoryTitle", "SignatoryAxis", "1"): "Senior Vice President, Investor Relations",
        ("SignatureDate", "SignatoryAxis", "1"): "2004-09-24",
        "EntityAddressBuilding": "Dasom Tower",
        "EntityAddressDistrict": "Bundang-gu",
        "EntityAddressCity": "Seongnam-si",
        "EntityAddressCityOrProvince": "Gyeonggi-do",
        "EntityAddressPostalCode": "463-711",
    },
    # a text cover wrapped in <HTML><PRE>, marks underlined with <U>, no file number, Kwangju
    "gas-html-pre.htm": {
        "EntityRegistrantName": "GWANGJU CITY GAS CO., LTD.",
        "DocumentPeriodEndDate": "2001-02-28",
        "AnnualReportForm": "20-F",
        "FurnishesInformationUnderRule12g32b": "false",
        ("SignatoryName", "SignatoryAxis", "1"): "Byung-Chul Yang",
        ("SignatoryTitle", "SignatoryAxis", "1"): "Director",
        ("SignatureDate", "SignatoryAxis", "1"): "2001-02-26",
        "EntityAddressNeighborhood": "Chipyeong-dong",
        "EntityAddressDistrict": "Seo-gu",
        "EntityAddressCityOrProvince": "Gwangju",
        "EntityAddressPostalCode": "502-250",
    },
    # a registrant name wrapped over two lines (and so in the signature block), a mixed-case
    # "Signatures" heading, 101(b) blanks drawn on the line below, Jongno-gu
    "holdings-wrapped-name-mixed-heading.txt": {
        "EntityRegistrantName": "NAEWOE ENGINEERING & INDUSTRIAL DEVELOPMENT HOLDINGS CO., LTD.",
        "DocumentPeriodEndDate": "2008-06-30",
        "AnnualReportForm": "20-F",
        "FurnishesInformationUnderRule12g32b": "false",
        "PaperSubmissionUnderRegulationST101b1": "false",
        "PaperSubmissionUnderRegulationST101b7": "false",
        "EntityFileNumber": "001-33155",
        ("SignatoryName", "SignatoryAxis", "1"): "Won-Gi Hwang",
        ("SignatoryTitle", "SignatoryAxis", "1"): "Executive Vice President",
        ("SignatureDate", "SignatoryAxis", "1"): "2008-06-10",
        ("SignatureParty", "SignatoryAxis", "1"): "NAEWOE ENGINEERING & INDUSTRIAL DEVELOPMENT HOLDINGS CO., LTD.",
        "EntityAddressBuilding": "Naewoe Building",
        "EntityAddressDistrict": "Jongno-gu",
        "EntityAddressCityOrProvince": "Seoul",
        "EntityAddressPostalCode": "110-110",
    },
    # "For the months of January and February 2003" (a two-month report), "/S/ NAME" in capitals
    # with the name printed in mixed case and the title under it unlabelled, "Jung-ang-dong,
    # Jung-ku, Taejon"
    "construction-two-months-caps-s.txt": {
        "EntityRegistrantName": "GEUMSEONG CONSTRUCTION CO., LTD.",
        "DocumentPeriodEndDate": "2003-02-28",
        "AnnualReportForm": "20-F",
        "FurnishesInformationUnderRule12g32b": "false",
        "EntityFileNumber": "000-29818",
        ("SignatoryName", "SignatoryAxis", "1"): "Chang-Ho Joo",
        ("SignatoryTitle", "SignatoryAxis", "1"): "Director, Finance Division",
        ("SignatureDate", "SignatoryAxis", "1"): "2003-03-04",
        "EntityAddressNeighborhood": "Jungang-dong",
        "EntityAddressDistrict": "Jung-gu",
        "EntityAddressCityOrProvince": "Daejeon",
        "EntityAddressPostalCode": "301-130",
    },
    # EUC-KR, "주식회사 ..." over the English name, "FORM 6-K/A (Amendment No. 1)", boxes drawn
    # as ■ / □ before their labels, "No [V]", an eup under a gun (Osong-eup, Cheongwon-gun)
    "bio-euc-kr-amendment-boxes.txt": {
        "DocumentType": "6-K/A",
        "EntityRegistrantName": "NARAE BIO CO., LTD.",
        "DocumentPeriodEndDate": "2004-11-30",
        "AnnualReportForm": "20-F",
        "FurnishesInformationUnderRule12g32b": "false",
        "EntityFileNumber": "000-50193",
        ("SignatoryName", "SignatoryAxis", "1"): "Ji-Hoon Yoo",
        ("SignatoryTitle", "SignatoryAxis", "1"): "Representative Director",
        ("SignatureDate", "SignatoryAxis", "1"): "2004-11-24",
        "EntityAddressFloor": "3",
        "EntityAddressNeighborhood": "Osong-eup",
        "EntityAddressDistrict": "Cheongwon-gun",
        "EntityAddressCityOrProvince": "Chungcheongbuk-do",
        "EntityAddressPostalCode": "363-951",
    },
    # the conformed signature "/s/ Name" with no "By:", Name:/Title:/Date: under it
    "securities-no-by-label.txt": {
        "EntityRegistrantName": "HANGANG SECURITIES CO., LTD.",
        "DocumentPeriodEndDate": "2006-08-31",
        "AnnualReportForm": "20-F",
        "FurnishesInformationUnderRule12g32b": "false",
        "EntityFileNumber": "001-32846",
        ("SignatoryName", "SignatoryAxis", "1"): "Se-Jin Pyo",
        ("SignatoryTitle", "SignatoryAxis", "1"): "Executive Vice President",
        ("SignatureDate", "SignatoryAxis", "1"): "2006-08-21",
        ("SignatureParty", "SignatoryAxis", "1"): "HANGANG SECURITIES CO., LTD.",
        "EntityAddressLotNumber": "34-12",
        "EntityAddressNeighborhood": "Yeouido-dong",
        "EntityAddressDistrict": "Yeongdeungpo-gu",
        "EntityAddressCityOrProvince": "Seoul",
        "EntityAddressPostalCode": "150-885",
    },
    # "Exhibit 99.1: ..." wrapped back to the left margin; the address on one line
    "food-exhibit-wrap-left.txt": {
        "EntityRegistrantName": "BORAM FOODS CORPORATION",
        "DocumentPeriodEndDate": "2005-05-31",
        "AnnualReportForm": "20-F",
        "FurnishesInformationUnderRule12g32b": "false",
        "EntityFileNumber": "333-12085",
        ("ExhibitDescription", "ExhibitAxis", "99.1"):
            "Press release dated May 12, 2005 announcing the results of the first quarter ended March 31, 2005",
        ("ExhibitPeriodEndDate", "ExhibitAxis", "99.1"): "2005-03-31",
        ("ExhibitDescription", "ExhibitAxis", "99.2"): "Notice of the record date for an interim dividend",
        ("SignatoryName", "SignatoryAxis", "1"): "Hee-Jung Kwak",
        ("SignatureDate", "SignatoryAxis", "1"): "2005-05-13",
        "EntityAddressBuilding": "Boram Building",
        "EntityAddressNeighborhood": "Mugyo-dong",
        "EntityAddressDistrict": "Jung-gu",
        "EntityAddressCityOrProvince": "Seoul",
        "EntityAddressPostalCode": "100-170",
    },
    # a Word file saved as text (windows-1252): its Wingdings boxes show as "þ" (checked) and
    # "¨" (empty); Geoje-si (a si with no gu), Gyeongsangnam-do
    "shipbuilder-word-wingdings-cp1252.txt": {
        "EntityRegistrantName": "SEOHAE SHIPBUILDING CO., LTD.",
        "DocumentPeriodEndDate": "2007-10-31",
        "AnnualReportForm": "20-F",
        "FurnishesInformationUnderRule12g32b": "false",
        "PaperSubmissionUnderRegulationST101b1": "false",
        "PaperSubmissionUnderRegulationST101b7": "false",
        "EntityFileNumber": "001-34021",
        ("SignatoryName", "SignatoryAxis", "1"): "Kyung-Soo Paik",
        ("SignatureDate", "SignatoryAxis", "1"): "2007-10-08",
        "EntityAddressNeighborhood": "Jangseungpo-dong",
        "EntityAddressDistrict": "Geoje-si",
        "EntityAddressCityOrProvince": "Gyeongsangnam-do",
        "EntityAddressPostalCode": "656-714",
    },
    # a Japanese issuer: bare X marks, a chome address with its ward and an annex building, a
    # 'Table of Documents Submitted' in | cells, 'Item 1.' rows
    "japan-bank-chome-bare-x.txt": {
        "AnnualReportForm": "20-F",
        "FurnishesInformationUnderRule12g32b": "false",
        "EntityFileNumber": "000-49211",
        "EntityAddressBuilding": "Harbour View Building Annex",
        "EntityAddressStreet": "3-7, Uchisaiwaicho 1-chome",
        "EntityAddressDistrict": "Chiyoda-ku",
        "EntityAddressCityOrProvince": "Tokyo",
        "EntityAddressPostalCode": "100-8577",
        "EntityAddressCountryCode": "JP",
        ("ExhibitNumber", "ExhibitAxis", "2"): "2",
        ("ExhibitDescription", "ExhibitAxis", "1"):
            "Notice regarding the result of the tender offer for shares of a consolidated subsidiary.",
        ("ExhibitDate", "ExhibitAxis", "2"): "2006-06-12",
    },
    # a web mirror that collapsed the whole cover onto one line: '__X__' boxes, '1934 Act
    # Registration No.', a Taiwanese address in one run with its industrial park
    "taiwan-foundry-one-line.txt": {
        "AnnualReportForm": "20-F",
        "FurnishesInformationUnderRule12g32b": "false",
        "EntityFileNumber": "1-16342",
        "EntityAddressStreet": "No.17 Innovation Road II",
        "EntityAddressCity": "Hsin-chu",
        "EntityAddressCountryCode": "TW",
    },
    # 'V' marks, 'Dated' and 'For the month of' both, a website as printed, an exhibit table
    # flattened to | cells with announcement dates; the last row cut by the end of the text
    "taiwan-panel-v-marks-table.txt": {
        "AnnualReportForm": "20-F",
        "FurnishesInformationUnderRule12g32b": "false",
        "EntityFileNumber": "1-17208",
        "EntityAddressStreet": "No. 9 Kuang Fu Road III",
        "EntityAddressCity": "Hsinchu",
        "EntityAddressCountryCode": "TW",
        "EntityWebsite": "www.jaderiver-display.com.tw",
        ("ExhibitDate", "ExhibitAxis", "99.1"): "2008-02-04",
        ("ExhibitDescription", "ExhibitAxis", "99.2"):
            "Announcement on February 21, 2008: To announce unconsolidated operating results for January 2008",
        ("ExhibitDate", "ExhibitAxis", "99.3"): "2008-02-27",
        ("ExhibitNumber", "ExhibitAxis", "99.3"): "99.3",
    },
    # Hong Kong: a floor range (no one floor), a street number range, '[_]' boxes, blank '__'
    # 101(b) answers, 'EXHIBITS' over 'Exhibit Number' and a rule
    "hongkong-satellite-floor-range.txt": {
        "AnnualReportForm": "20-F",
        "FurnishesInformationUnderRule12g32b": "false",
        "PaperSubmissionUnderRegulationST101b1": "false",
        "PaperSubmissionUnderRegulationST101b7": "false",
        "EntityFileNumber": "1-15877",
        "EntityAddressBuilding": "Harbour Crest Tower",
        "EntityAddressStreet": "12-16 Electric Road",
        "EntityAddressCityOrProvince": "Hong Kong",
        "EntityAddressCountryCode": "HK",
        ("ExhibitDescription", "ExhibitAxis", "1.1"): "Interim Report 2006",
        ("ExhibitDate", "ExhibitAxis", "1.2"): "2006-08-17",
    },
    # a Chinese issuer's block with no caption under it, its telephone '(8610) ...'
    "china-refiner-no-caption.txt": {
        "AnnualReportForm": "20-F",
        "FurnishesInformationUnderRule12g32b": "false",
        "EntityAddressStreet": "B22, Fuxingmen Street",
        "EntityAddressDistrict": "Xicheng District",
        "EntityAddressCityOrProvince": "Beijing",
        "EntityAddressPostalCode": "100031",
        "EntityAddressCountryCode": "CN",
        "EntityPhoneNumber": "+86-10-5555-0188",
    },
    # an Indian issuer: '| [x] |' boxes after their labels, a street over two lines, 'Telephone #'
    # and 'Fax #' with the country code and no plus, 'TABLE OF CONTENTS' with 'Item 1:'
    "india-motors-cells.txt": {
        "AnnualReportForm": "20-F",
        "FurnishesInformationUnderRule12g32b": "false",
        "PaperSubmissionUnderRegulationST101b1": "false",
        "PaperSubmissionUnderRegulationST101b7": "false",
        "EntityFileNumber": "001-33417",
        "EntityAddressBuilding": "NIRMAN HOUSE",
        "EntityAddressStreet": "31, VEER NARIMAN ROAD",
        "EntityAddressCity": "MUMBAI",
        "EntityAddressCityOrProvince": "MAHARASHTRA",
        "EntityAddressPostalCode": "400 023",
        "EntityAddressCountryCode": "IN",
        "EntityPhoneNumber": "+91-22-5555-0142",
        "EntityFaxNumber": "+91-22-5555-0199",
        ("ExhibitDescription", "ExhibitAxis", "1"): "Form 6-K dated March 22, 2006 along with Stock Exchange intimations.",
        ("ExhibitDate", "ExhibitAxis", "1"): "2006-03-22",
    },
    # a page that starts mid-cover (fragments/: no cover title, so not classified a cover):
    # boxes flattened to one cell a line, their questions lost (only the 20-F/40-F row says
    # what it is), 'Item | 1. | ...'
    "fragments/game-flattened-cells-no-questions.txt": {
        "AnnualReportForm": "20-F",
        ("ExhibitNumber", "ExhibitAxis", "1"): "1",
        ("ExhibitDescription", "ExhibitAxis", "1"): "Change of Largest Shareholder",
    },
    # dotted-leader boxes, a numbered list of documents with no heading over it
    "taiwan-optics-dotted-no-heading.txt": {
        "AnnualReportForm": "20-F",
        "EntityAddressStreet": "No. 5 Li-Hsin Road 4",
        "EntityAddressCity": "Hsinchu",
        "EntityAddressCountryCode": "TW",
        ("ExhibitDescription", "ExhibitAxis", "2"):
            "Investor Conference Materials entitled, “Third Quarter 2008 Results”, dated October 29, 2008.",
        ("ExhibitDate", "ExhibitAxis", "1"): "2008-10-29",
    },
    # '[March], 2004' typed into the form's placeholder, a stray 'No' between the 20-F boxes, a
    # dong name typed as two syllables apart ('CHA AM-DONG') and the old province spelling
    "machinery-placeholder-month-split-names.txt": {
        "DocumentPeriodEndDate": "2004-03-31",
        "AnnualReportForm": "20-F",
        "FurnishesInformationUnderRule12g32b": "false",
        "EntityAddressLotNumber": "14-6",
        "EntityAddressNeighborhood": "Chaam-dong",
        "EntityAddressDistrict": "Cheonan-si",
        "EntityAddressCityOrProvince": "Chungcheongnam-do",
        "EntityAddressPostalCode": "330-210",
    },
    # the signature dated without "Date:" ("December 22, 2005      By: /s/ ..."), Youngdungpo-gu
    "display-undated-label.txt": {
        "EntityRegistrantName": "SINBIT DISPLAY CORPORATION",
        "DocumentPeriodEndDate": "2005-12-31",
        "AnnualReportForm": "20-F",
        "FurnishesInformationUnderRule12g32b": "false",
        "EntityFileNumber": "001-31706",
        ("SignatoryName", "SignatoryAxis", "1"): "Yong-Suk Chae",
        ("SignatoryTitle", "SignatoryAxis", "1"): "Vice President and Chief Financial Officer",
        ("SignatureDate", "SignatoryAxis", "1"): "2005-12-22",
        "EntityAddressBuilding": "Sinbit Twin Tower",
        "EntityAddressNeighborhood": "Yeouido-dong",
        "EntityAddressDistrict": "Yeongdeungpo-gu",
        "EntityAddressCityOrProvince": "Seoul",
        "EntityAddressPostalCode": "150-721",
    },
}


def convert_cover(path):
    """The 6-K cover of a file: the only document, or the 6-K part of a full submission."""
    from converter.pipeline import convert_file

    converted = convert_file(path)
    covers = [c for c in converted if values(c, "DocumentType") in (["6-K"], ["6-K/A"])]
    if not covers and len(converted) == 1:
        return converted[0]  # a page that starts below the cover's title
    assert len(covers) == 1, [c.output_name for c in converted]
    return covers[0]


@pytest.mark.parametrize(
    "name,key",
    [(name, key) for name, expected in EXPECTED.items() for key in expected],
    ids=lambda v: v if isinstance(v, str) else "-".join(v),
)
def test_written_cover(name, key):
    c = convert_cover(COVERS / name)
    expected = EXPECTED[name][key]
    if isinstance(key, tuple):
        concept, axis, member = key
        assert one(c, concept, **{axis: member}) == expected
    else:
        assert one(c, key) == expected


def test_cover_without_a_second_signature_has_one_member():
    c = convert_one(COVERS / "steelmaker-style-40f-yes.txt")
    assert values(c, "SignatoryName", SignatoryAxis="2") == []
    assert len(values(c, "ExhibitNumber")) == 2


def test_two_month_report_period():
    c = convert_cover(COVERS / "construction-two-months-caps-s.txt")
    assert {f.period for f in facts(c) if f.concept == "DocumentType"} == {"2003-01-01/2003-02-28"}


@pytest.mark.parametrize("path", sorted(p for p in COVERS.rglob("*") if p.is_file()), ids=lambda p: p.name)
def test_cover_fact_spans_hold_their_words(path):
    """The fuzz test's source-span property over every written cover, HTML ones too."""
    from test_fuzz import check

    assert check(path.read_bytes(), path.name)


def test_82_number_is_not_the_commission_file_number():
    c = convert_cover(COVERS / "chemical-kyonggi-below-marks.txt")
    assert values(c, "EntityFileNumber") == []
    assert values(c, "ExhibitNumber") == []


def test_submission_cover_and_its_exhibit_are_two_documents():
    from converter.pipeline import convert_file

    converted = convert_file(COVERS / "submission-airline-ex99.txt")
    assert sorted(one(c, "DocumentType") for c in converted) == ["6-K", "EX-99.1"]


def test_wingdings_boxes_read_as_ballot_boxes():
    from converter.ingest import ingest_path

    (doc,) = ingest_path(COVERS / "energy-wingdings-html.htm").documents
    assert "Form 20-F  \u2611" in doc.text and "No  \u2611" in doc.text and "\u00fe" not in doc.text


@pytest.mark.parametrize("tail,expected", [
    (":  X", True), (": ___X___", True), (": [X]", True), (":  \u2611", True), (":  \u00fe", True),
    (": ____", False), (":\n        -------", False), (": [ ]", False), (":  \u25fb", False), (":  \u00a8", False),
])
def test_single_101b_box(tail, expected):
    from converter.extract.kinds.cover_6k import _single_box

    box = _single_box(tail)
    assert box is not None and box[0] is expected and tail[box[1]:box[2]].strip()


@pytest.mark.parametrize("name,korean", [
    ("software-euc-kr-hangul.txt", "(주)한울소프트"),
    ("bio-euc-kr-amendment-boxes.txt", "주식회사 미래바이오"),
])
def test_korean_name_over_the_english_one(name, korean):
    c = convert_cover(COVERS / name)
    assert [f.value for f in facts(c) if f.concept == "EntityRegistrantName" and f.lang == "ko"] == [korean]


@pytest.mark.parametrize("name", ["steel-html-nbsp.htm", "energy-wingdings-html.htm", "telecom-html-inline-answers.htm"])
def test_html_cover_banner_is_no_title(name):
    """A 6-K cover's banner, centred by ALIGN=CENTER or a <DIV>, is the form's name, not the
    document's title (the cover furnishes no report of its own here)."""
    c = convert_cover(COVERS / name)
    assert values(c, "DocumentTitle") == []


# --- check-box rows: every arrangement a cover's boxes come in -------------------------------

FORMS = ["Form 20-F", "Form 40-F"]
BOX_ROWS = [
    # (text, which labels, the label marked: 0, 1, or None for none / several)
    ("Form 20-F   X   Form 40-F", FORMS, 0),
    ("Form 20-F x Form 40-F \u00a8", FORMS, 0),
    ("Form 20-F __X__ Form 40-F ____", FORMS, 0),
    ("Form 20-F ____ Form 40-F __X__", FORMS, 1),
    ("Form 20-F [ x ]         Form 40-F  [   ]", FORMS, 0),
    ("Form 20-F[ X ]                 Form 40-F[   ]", FORMS, 0),
    ("Form 20-F[X]      Form 40-F -", FORMS, 0),
    ("Form 20-F (X)     No Form 40-F ( )", FORMS, 0),  # a stray label of the other question
    ("Form 20-F | [x] | Form 40-F | [ ] |", FORMS, 0),  # boxes after labels in | cells
    ("| [ ] | Form 20-F | [x] | Form 40-F |", FORMS, 1),  # boxes before labels in | cells
    ("[X]  Form 20-F            [ ]  Form 40-F", FORMS, 0),
    ("\u00fe Form 20-F o Form 40-F", FORMS, 0),  # Wingdings glyphs before their labels
    ("\u2612 Form 20-F \u2610 Form 40-F", FORMS, 0),
    ("\u25a0 Form 20-F \u25a1 Form 40-F", FORMS, 0),
    ("Form 20-F \u00fd Form 40-F \u00a8", FORMS, 0),
    ("|Form 20-F \u00fe\n|Form 40-F o", FORMS, 0),
    ("Form 20-F V Form 40-F", FORMS, 0),  # a bare V typed for the check
    ("Form 20-F   __X__\nForm 40-F   _____", FORMS, 0),  # stacked
    ("|\nForm 20-F\n|\nX\n|\nForm 40-F\n|", FORMS, 0),  # one cell a line
    ("Form 20-F    X         Form 40-F\n           -----                -----", FORMS, 0),
    ("Form 20-F                    Form 40-F\n          -----                 -----\n"
     "                                               X", FORMS, 1),  # under the 40-F rule
    ("Form 20-F  X  Form 40-F  X", FORMS, None),  # both marked: no answer
    ("Form 20-F ____ Form 40-F ____", FORMS, None),  # none marked
    ("under cover of Form 20-F or Form 40-F.) Form 20-F X Form 40-F", FORMS, 0),  # the question first
    ("Yes ..... No ..X...", ["Yes", "No"], 1),  # dotted leaders
    ("Yes No X", ["Yes", "No"], 1),
    ("Yes No V", ["Yes", "No"], 1),
    ("Yes____ No __X__", ["Yes", "No"], 1),
    ("[ ] Yes             [X]  No", ["Yes", "No"], 1),
    ("Yes ( )     No (X)", ["Yes", "No"], 1),
    ("o Yes \u00fe No", ["Yes", "No"], 1),
    ("|Yes\n|No X", ["Yes", "No"], 1),
    ("Yes [X]   No [ ]", ["Yes", "No"], 0),
    ('(If "Yes" is marked, indicate below the file number)', ["Yes", "No"], None),
]


@pytest.mark.parametrize("text, labels, expected", BOX_ROWS, ids=[r[0][:40] for r in BOX_ROWS])
def test_box_rows(text, labels, expected):
    import re

    from converter.extract.mechanisms.checkbox import checked_in

    patterns = [re.compile(r"(?<![A-Za-z])" + re.escape(label).replace(r"\ ", r"\s+") + r"(?![A-Za-z.])",
                           re.IGNORECASE) for label in labels]
    found = checked_in(text, 0, len(text), patterns)
    assert (found.index if found else None) == expected
    if found:
        assert text[found.start:found.end].strip()  # the span holds the mark


# --- exhibit indexes --------------------------------------------------------------------------

EXHIBIT_LISTS = [
    # (text, [(number, description or None, date or None)])
    ("EXHIBIT INDEX\n\nExhibit No.   Description\n-----------   -----------\n\n"
     "99.1          Press release dated May 3, 2005\n99.2          Notice of the record date\n\n"
     "SIGNATURES\n",
     [("99.1", "Press release dated May 3, 2005", "2005-05-03"), ("99.2", "Notice of the record date", None)]),
    ("Exhibit Index\n|\nExhibit\n|\nExhibit Description\n|\nA\n|\nJoint Filing Agreement dated June 2, 2008\n",
     [("A", "Joint Filing Agreement dated June 2, 2008", "2008-06-02")]),
    # a report's contents under 'Table of Contents' are no exhibit index
    ("Summary of the Business Report\nTable of Contents\n2\n3\nI. | Company Overview |\n", []),
    # the last row cut by the end of a saved excerpt: its number and full date, no description
    ("Exhibit 99.1: Announcement on March 2, 2007: To announce the board resolution on the\n",
     [("99.1", None, "2007-03-02")]),
    # an HTML table read with a tab between its cells
    ("EXHIBIT INDEX\n\nExhibit\tDescription\n99.1\tAnnouncement dated September 8, 2009\n"
     "99.2\tInterim report for the six months ended June 30, 2009\n\nSIGNATURE\n",
     [("99.1", "Announcement dated September 8, 2009", "2009-09-08"),
      ("99.2", "Interim report for the six months ended June 30, 2009", None)]),
    # the date in brackets closing a description, wrapped onto the next line
    ("                                    EXHIBITS\n\nExhibit Number\n\n1.   Notice concerning revision of the "
     "forecast (July 27, 2006)\n\n2.   Notice of acquisition of shares of Kobe Buhin Co., Ltd.\n"
     "     (July 28, 2006)\n",
     [("1", "Notice concerning revision of the forecast (July 27, 2006)", "2006-07-27"),
      ("2", "Notice of acquisition of shares of Kobe Buhin Co., Ltd. (July 28, 2006)", "2006-07-28")]),
    # an 8-K's item heading '(d) Exhibits.' and a 20-F's 'ITEM 19. EXHIBITS'
    ("     (d) Exhibits.\n\n     Exhibit No.    Description\n     -----------    -----------\n"
     "     99.1           Press release dated\n                    October 2, 2007\n",
     [("99.1", "Press release dated October 2, 2007", "2007-10-02")]),
    ("ITEM 19. EXHIBITS\n\n12.1\tCertification of the Chief Executive Officer\n15.1\tConsent of the "
     "auditors, dated June 14, 2010\n",
     [("12.1", "Certification of the Chief Executive Officer", None),
      ("15.1", "Consent of the auditors, dated June 14, 2010", "2010-06-14")]),
    # 'Contents:' over a numbered list of documents
    ("     Contents:\n\n     1.   Press release, dated October 27, 2005, announcing third quarter\n"
     "          2005 results.\n",
     [("1", "Press release, dated October 27, 2005, announcing third quarter 2005 results.", "2005-10-27")]),
    # a contents table's page-number cells ahead of its first title are no exhibit numbers
    ("Notice of the 9th Annual\nGeneral Meeting of Shareholders\nCONTENTS\n|3\n|4\n|7\n|\n"
     "Report on the Audit Results for Fiscal Year 2010\n|*\n|\nAuditor’s Report\n|8\n|9\n", []),
    # a list printed one cell a line, '|' lines between: each number's description cells joined,
    # every row read (not only the first, cut at its date)
    ("1\n|\nExhibit\n|\nDescription\n|\n99.01\n|\nAnnouncement on 2024/03/04:\n|\nNew Appointment of a Director\n|\n"
     "99.02\n|\nAnnouncement on 2024/03/11 :\n|\nHanbit Marine announces its sales for February 2024\n2\nSIGNATURE\n",
     [("99.01", "Announcement on 2024/03/04: New Appointment of a Director", "2024-03-04"),
      ("99.02", "Announcement on 2024/03/11 : Hanbit Marine announces its sales for February 2024", "2024-03-11")]),
    # a sentence wrapped onto 'Exhibit 99.1. Except ...' is no row of an index
    ("This Amendment corrects a figure in the press release attached thereto as\nExhibit 99.1. Except as "
     "described above, no other changes have been made.\n", []),
]


@pytest.mark.parametrize("text, rows", EXHIBIT_LISTS, ids=[r[0][:30] for r in EXHIBIT_LISTS])
def test_exhibit_rows(text, rows):
    from converter.extract.mechanisms.lines import split_lines
    from converter.extract.mechanisms.exhibit_index import exhibit_rows

    found = exhibit_rows(text, split_lines(text))
    assert [(r.number, r.description, r.date[0].isoformat() if r.date else None) for r in found] == rows
    for r in found:
        assert text[r.number_span[0]:r.number_span[1]] == r.number


def test_numbered_list_under_a_cover_needs_document_words():
    """With no heading, a numbered list is an exhibit index only when its rows name documents."""
    from converter.extract.mechanisms.lines import split_lines
    from converter.extract.mechanisms.exhibit_index import exhibit_rows

    listed = "|\n1.\n|\nPress release dated May 2, 2007.\n|\n2.\n|\nNotice of a board meeting.\n"
    agenda = "|\n1.\n|\nDate of the Meeting:\n|\n2.\n|\nPlace of the Meeting:\n"
    assert [r.number for r in exhibit_rows(listed, split_lines(listed), body=(0, len(listed)))] == ["1", "2"]
    assert exhibit_rows(agenda, split_lines(agenda), body=(0, len(agenda))) == []


def test_8k_exhibit_index_is_read_too(tmp_path):
    """The exhibit index reader runs on any document that prints an index heading."""
    from converter.pipeline import convert_file

    path = tmp_path / "current-report.txt"
    path.write_text(
        "                       SECURITIES AND EXCHANGE COMMISSION\n\n                                FORM 8-K\n\n"
        "                              CURRENT REPORT\n\n Date of Report: July 9, 2003\n\n"
        "                               INDEX TO EXHIBITS\n\nExhibit            Document\n"
        "-------            --------\n\n99.1               Text of press release dated July 9, 2003\n",
        encoding="utf-8")
    (converted,) = convert_file(path)
    assert one(converted, "ExhibitDescription", ExhibitAxis="99.1") == "Text of press release dated July 9, 2003"
    assert one(converted, "ExhibitDate", ExhibitAxis="99.1") == "2003-07-09"


FLAT_6K = """UNITED STATES
SECURITIES AND EXCHANGE COMMISSION
FORM 6-K
Report of Foreign Private Issuer
For the month of May, 2007
Commission File Number 001-99998
Lotus Data Systems Limited
(Exact name of Registrant as specified in its charter)
Indicate by check mark registrant files or will file annual reports under cover Form 20-F or Form 40-F:
Form 20-F x Form 40-F o
Indicate by check mark whether the registrant by furnishing the information contained in this Form is also thereby furnishing the information to the Commission pursuant to {rule} under the Securities Exchange Act of 1934.
Yes {yes} No {no}
"""


@pytest.mark.parametrize("rule", ["Rule 12g3-2(b)", "Rule 12g 3-2(b)", "Rule 12g3-2( b )", "Rule 12g3-2 (b)"])
@pytest.mark.parametrize("yes,no,expected", [("x", "o", "true"), ("o", "x", "false")])
def test_rule_12g32b_as_typesetting_spaces_it(rule, yes, no, expected):
    from converter.pipeline import convert_text

    (c,) = convert_text(FLAT_6K.format(rule=rule, yes=yes, no=no), "cover.txt")
    assert values(c, "FurnishesInformationUnderRule12g32b") == [expected]


AMENDED_6K = """FORM 6-K/A
SECURITIES AND EXCHANGE COMMISSION
Washington, D.C., 20549
REPORT OF FOREIGN PRIVATE ISSUER PURSUANT TO RULE 13a-16 OR 15d-16 UNDER
THE SECURITIES EXCHANGE ACT OF 1934
{line}
Commission File Number 001-99997
LOTUS CABLE LIMITED
(Translation of registrant’s name into English)
Indicate by check mark whether the registrant files or will file annual reports under cover of Form 20-F or Form 40-F.
Form 20-F x Form 40-F o
"""


@pytest.mark.parametrize("line,number,period_end", [
    ("Amendment No. 2 to the report on Form 6-K for the month March, 2008, which was filed on March 3, 2008", 2,
     "2008-03-31"),
    ("(Amendment No. 1)\nFor the month of July 2008", 1, "2008-07-31"),
    ("For the month [May], 2008", None, "2008-05-31"),
])
def test_amended_report_and_its_month_without_of(line, number, period_end):
    """A 6-K/A: the amendment's number under its banner, and the month it reports on, 'of' left out."""
    from converter.pipeline import convert_text

    (c,) = convert_text(AMENDED_6K.format(line=line), "amended.txt")
    assert values(c, "DocumentPeriodEndDate") == [period_end]
    assert values(c, "AmendmentNumber") == ([] if number is None else [str(number)])


@pytest.mark.parametrize("above,expected", [
    ("Republic of India", ["IN"]),
    ("          Cayman Islands", ["KY"]),
    ("Not Applicable", []),
])
def test_jurisdiction_caption_of_a_6k_cover(above, expected):
    """The country printed over '(Jurisdiction of incorporation or organization)' on a 6-K cover."""
    from converter.pipeline import convert_text

    text = FLAT_6K.format(rule="Rule 12g3-2(b)", yes="o", no="x").replace(
        "(Exact name of Registrant as specified in its charter)\n",
        f"(Exact name of Registrant as specified in its charter)\n{above}\n"
        "(Jurisdiction of incorporation or organization)\n")
    (c,) = convert_text(text, "cover.txt")
    assert values(c, "EntityIncorporationCountryCode") == expected


@pytest.mark.parametrize("index", [
    "Exhibit Index\na. | | An announcement of results for the year ended December 31, 2006 by the Company, "
    "published on newspaper on April 12, 2007. |\n",
    "Exhibit Index\n|a.\n|An announcement of results for the year ended December 31, 2006 by the Company, "
    "published on newspaper on April 12, 2007.\n",
])
def test_a_letter_numbered_exhibit_index(index):
    """An exhibit index that numbers its rows 'a.', 'b.' as a list does."""
    from converter.pipeline import convert_text

    (c,) = convert_text(FLAT_6K.format(rule="Rule 12g3-2(b)", yes="o", no="x") + index, "cover.txt")
    assert values(c, "ExhibitNumber", ExhibitAxis="a") == ["a"]
    assert values(c, "ExhibitPeriodEndDate", ExhibitAxis="a") == ["2006-12-31"]
    assert one(c, "ExhibitDescription", ExhibitAxis="a").startswith("An announcement of results")


COVER_WITH_CONTACTS = """                       SECURITIES AND EXCHANGE COMMISSION
                             Washington, D.C. 20549

                                    FORM 6-K

                        REPORT OF FOREIGN PRIVATE ISSUER
                     Pursuant to Rule 13a-16 or 15d-16 of
                       the Securities Exchange Act of 1934

                            For the month of March 2006

                          Commission File Number 000-99991

                             HANBIT PLAY CO., LTD.
                    (Translation of registrant's name into English)

Indicate by check mark whether the registrant files or will file annual reports under cover of
Form 20-F or Form 40-F.

                          Form 20-F [X]   Form 40-F [ ]

<PAGE>

                 Contacts:     Hanbit Play Co., Ltd.              Northgate Partners
                               Minho J. Seo                       Laura Finch
                               82-2-555-0142                      (212) 555-0188
                               ir@hanbitplay.example              lfinch@northgate.example

          HANBIT PLAY ANNOUNCES THE ELECTION OF A NEW DIRECTOR

Seoul, Korea, March 2, 2006 - Hanbit Play Co., Ltd. announced that its board elected a director.
"""


def test_contacts_of_a_6k_cover_side_by_side():
    """A 6-K cover over a release with no figures in its head: the contacts reader reads its
    contact block, two contacts printed side by side after 'Contacts:', one member each."""
    from converter.pipeline import convert_text

    (c,) = convert_text(COVER_WITH_CONTACTS, "cover.txt")
    expected = {"1": {"ContactOrganization": "Hanbit Play Co., Ltd.", "ContactName": "Minho J. Seo",
                      "ContactPhoneNumber": "+82-2-555-0142", "ContactEmail": "ir@hanbitplay.example"},
                "2": {"ContactOrganization": "Northgate Partners", "ContactName": "Laura Finch",
                      "ContactEmail": "lfinch@northgate.example"}}
    for member, row in expected.items():
        for concept, value in row.items():
            assert one(c, concept, ContactAxis=member) == value
    assert not values(c, "ContactName", ContactAxis="3")


# the form's question with the answer's 'Form' run onto its number, as a copy that lost a space
# prints it ('Form20-F ☒ Form 40-F ☐'); invented registrant
RUN_TOGETHER = """FORM 6-K

SECURITIES AND EXCHANGE COMMISSION
Washington, D.C. 20549

Report of Foreign Private Issuer
Pursuant to Rule 13a-16 or 15d-16 of the Securities Exchange Act of 1934

For the month of May 2022

Commission File Number: 001-87654

HANBIT PRECISION CORPORATION
(Translation of registrant's name into English)

7F, 88 Teheran-ro, Gangnam-gu, Seoul, Korea
(Address of principal executive offices)

Indicate by check mark whether the registrant files or will file annual reports under cover of Form 20-F or Form 40-F.
{row}
"""


@pytest.mark.parametrize("row, form", [
    ("Form20-F \u2612 Form 40-F \u2610", "20-F"),
    ("Form 20-F \u2610 Form40-F \u2612", "40-F"),
])
def test_the_annual_report_form_run_onto_its_number(row, form):
    from converter.pipeline import convert_text

    (c,) = convert_text(RUN_TOGETHER.format(row=row), "run-together.txt")
    assert one(c, "AnnualReportForm") == form
