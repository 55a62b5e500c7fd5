"""The generic extractor of the registrant's address, phone, fax and website."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from converter.extract.mechanisms.address_facts import extract_entity_contact_details
from converter.extract.base import DocumentContext
from converter.model import PURE, Classification, DocumentFamily, Period, Segment, SourceDocument

SEEDS = Path(__file__).resolve().parents[1] / "examples"  # the seed documents, byte for byte
PERIOD = Period.duration(dt.date(2004, 3, 1), dt.date(2004, 3, 31))


def context(text: str, raw_prefix: str = "") -> DocumentContext:
    """A document whose clean text sits ``len(raw_prefix)`` characters into the raw file."""
    raw = raw_prefix + text
    document = SourceDocument("test.txt", raw, text, (Segment(0, len(raw_prefix), len(text)),))
    return DocumentContext(document, Classification(DocumentFamily.OTHER, 0, ()), None, None,
                           PERIOD, None)


def facts(text: str, raw_prefix: str = "") -> dict[tuple[str, str | None], object]:
    found = extract_entity_contact_details(context(text, raw_prefix))
    table: dict[tuple[str, str | None], object] = {}
    for o in found.observations:
        assert o.period == PERIOD and o.dimensions == ()
        assert o.span is not None and o.rule
        assert (o.concept, o.lang) not in table, o
        table[(o.concept, o.lang)] = o
    return table


COVER = """\
                                    FORM 6-K

                        REPORT OF FOREIGN PRIVATE ISSUER

                         For the month of March 2004

                           DAEHAN STEEL PIPE CO., LTD.
                     (Translation of registrant's name into English)

                       Daehan Building, 12th Floor
                       Yoksam-dong 823-21, Kangnam-ku
                            Seoul, Korea 135-933
                    (Address of principal executive offices)

     Indicate by check mark whether the registrant files annual reports ...
"""

PROSE = """\
SEOUL, Korea, March 12, 2004 -- Saebit Networks Co., Ltd. today announced its results.

For further information, contact:
Jin-ho Park, Investor Relations
Tel: 82-2-555-0199    E-mail: ir@naraenet.co.kr

About Saebit Networks
Saebit Networks' principal executive offices are located at Saebit Tower, 5th Floor,
143-40 Samsung-dong, Kangnam-gu, Seoul 135-090, Korea.
Tel: 82-2-2112-3000   Fax: 82-2-2112-3099
www.naraenet.co.kr
"""


def value(table: dict, concept: str, lang: str | None = "en") -> object:
    return table[(concept, lang)].value


def test_cover_block_gives_the_registrant_address() -> None:
    prefix = "<DOCUMENT>\n<TEXT>\n"
    table = facts(COVER, prefix)
    assert value(table, "EntityAddressBuilding") == "Daehan Building"
    assert value(table, "EntityAddressFloor", None) == 12
    floor = table[("EntityAddressFloor", None)]
    assert floor.unit == PURE and floor.decimals == 0
    assert value(table, "EntityAddressNeighborhood") == "Yeoksam-dong"
    assert value(table, "EntityAddressLotNumber") == "823-21"
    assert value(table, "EntityAddressDistrict") == "Gangnam-gu"
    assert value(table, "EntityAddressDistrict", "ko") == "강남구"
    assert value(table, "EntityAddressCityOrProvince") == "Seoul"
    assert value(table, "EntityAddressCityOrProvince", "ko") == "서울특별시"
    assert value(table, "EntityAddressPostalCode") == "135-933"
    assert value(table, "EntityAddressCountryCode") == "KR"
    assert value(table, "EntityAddressLine") == "Daehan Building, 12th Floor, Yoksam-dong 823-21"
    # spans point at the words in the raw file, after the prefix
    district = table[("EntityAddressDistrict", "en")].span
    raw = prefix + COVER
    assert raw[district.start:district.end] == "Kangnam-ku"
    ko = table[("EntityAddressDistrict", "ko")].span
    assert (ko.start, ko.end) == (district.start, district.end)
    assert table[("EntityAddressDistrict", "en")].rule == "address:cover-block"
    assert ("EntityPhoneNumber", "en") not in table  # the cover gives none


def test_prose_address_phone_fax_website_but_not_the_ir_contact() -> None:
    table = facts(PROSE)
    assert value(table, "EntityAddressBuilding") == "Saebit Tower"
    assert value(table, "EntityAddressFloor", None) == 5
    assert value(table, "EntityAddressLotNumber") == "143-40"
    assert value(table, "EntityAddressNeighborhood") == "Samseong-dong"
    assert value(table, "EntityAddressDistrict") == "Gangnam-gu"
    assert value(table, "EntityAddressPostalCode") == "135-090"
    assert value(table, "EntityPhoneNumber") == "+82-2-2112-3000"  # not the IR contact's 555-0199
    assert value(table, "EntityFaxNumber") == "+82-2-2112-3099"
    assert value(table, "EntityWebsite", None) == "www.naraenet.co.kr"  # as printed
    assert table[("EntityAddressDistrict", "en")].rule == "address:registrant-cue"
    span = table[("EntityPhoneNumber", "en")].span
    assert PROSE[span.start:span.end] == "82-2-2112-3000"


def test_an_address_nobody_claims_is_not_the_registrant_s() -> None:
    text = ("The plant was built by a contractor whose office is at\n"
            "Jeongja-dong 178, Bundang-gu, Sungnam City, Kyunggi-do 463-811, Korea.\n")
    table = facts(text)
    assert not any(concept.startswith("EntityAddress") for concept, _ in table)


def test_only_the_registrant_address_of_several() -> None:
    text = ("Head Office: 250 Taepyung-ro 2-ga, Chung-gu, Seoul 100-742, Korea\n\n"
            "Busan Branch: Jungang-dong 25-2, Chung-gu, Pusan 600-014, Korea\n")
    table = facts(text)
    assert value(table, "EntityAddressCityOrProvince") == "Seoul"
    assert value(table, "EntityAddressNeighborhood") == "Taepyeong-ro 2-ga"


def test_hangul_address_parts_are_korean() -> None:
    text = "본사: 서울특별시 강남구 삼성동 159 무역센터 20층\n전화: 02-6000-1234\n"
    table = facts(text)
    assert value(table, "EntityAddressBuilding", "ko") == "무역센터"
    assert value(table, "EntityAddressNeighborhood") == "Samseong-dong"
    assert value(table, "EntityPhoneNumber") == "+82-2-6000-1234"


def test_seed_6k_cover() -> None:
    table = facts((SEEDS / "hanaro-6k-cover-nov-2002.txt").read_text(encoding="utf-8"))
    assert value(table, "EntityAddressBuilding") == "Kukje Electronics Center Bldg."
    assert value(table, "EntityAddressFloor", None) == 24
    assert value(table, "EntityAddressNeighborhood") == "Seocho-dong"
    assert value(table, "EntityAddressLotNumber") == "1445-3"
    assert value(table, "EntityAddressDistrict") == "Seocho-gu"
    assert value(table, "EntityAddressCityOrProvince") == "Seoul"
    assert value(table, "EntityAddressPostalCode") == "137-728"
    assert value(table, "EntityAddressCountryCode") == "KR"


def test_seed_thrunet_headquarters() -> None:
    table = facts((SEEDS / "thrunet-reverse-split-2002.txt").read_text(encoding="utf-8"))
    assert value(table, "EntityAddressLotNumber") == "1337-20"
    assert value(table, "EntityAddressNeighborhood") == "Seocho 2-dong"
    assert value(table, "EntityAddressDistrict") == "Seocho-gu"
    assert value(table, "EntityAddressCityOrProvince") == "Seoul"
    assert value(table, "EntityAddressPostalCode") == "137-751"
    assert value(table, "EntityAddressCountryCode") == "KR"
    assert value(table, "EntityPhoneNumber") == "+82-2-3488-8058"
    assert value(table, "EntityFaxNumber") == "+82-2-3488-8511"
    assert value(table, "EntityWebsite", None) == "http://www.thrunet.com"
    phone = table[("EntityPhoneNumber", "en")].span
    text = (SEEDS / "thrunet-reverse-split-2002.txt").read_text(encoding="utf-8")
    assert text[phone.start - 12:phone.start].strip() == "Phone:"  # not the contact block's


def test_documents_without_addresses_give_nothing() -> None:
    for name in ("hanaro-q3-2002-operating-profit.txt", "hanaro-13d-joint-filing-agreement-2003.txt"):
        table = facts((SEEDS / name).read_text(encoding="utf-8"))
        assert not any(concept.startswith("EntityAddress") for concept, _ in table), name


def test_the_person_to_receive_notices_is_not_the_registrant() -> None:
    text = """\
                               Caroline D. Meyer
                        Westgate Telecom Partners, L.P.
                        350 Park Avenue, New York, NY 10022
                                 (212) 555-0188
              -------------------------------------------------
       (Name, Address and Telephone Number of Person Authorized to Receive
                          Notices and Communications)
"""
    assert facts(text) == {}


def test_contact_block_phones_are_left_to_the_contact_extractor() -> None:
    text = ("CONTACT:\nSeo-yeon Lim, Investor Relations\nTel: +82-2-3771-0100\nir@daehanpipe.co.kr\n\n"
            "Daehan Steel Pipe Co., Ltd. makes steel pipe in Busan.\n")
    assert ("EntityPhoneNumber", "en") not in facts(text)


def test_a_long_document_is_searched_near_its_cue_words_only() -> None:
    page = "The board met and reviewed 1,234 items over 56 days in the year.\n" * 2000
    table = facts(COVER + page + PROSE)
    assert value(table, "EntityAddressDistrict") == "Gangnam-gu"  # the cover, the first cue
    assert value(table, "EntityPhoneNumber") == "+82-2-2112-3000"


# --- addresses outside Korea, and where else a registrant's address stands --------------------

def parts(text: str) -> dict[str, object]:
    table = facts(text)
    return {concept: value(table, concept, lang) for concept, lang in table if lang != "ko"}


def test_japanese_cover_block() -> None:
    text = ("SAKURA HARBOUR FINANCIAL GROUP, INC.\n(Translation of registrant's name into English)\n"
            "2-5, Kasumigaseki 3-chome, Chiyoda-ku\nTokyo 100-8909, Japan\n(Address of principal executive offices)\n")
    assert parts(text) == {
        "EntityAddressLine": "2-5, Kasumigaseki 3-chome", "EntityAddressStreet": "2-5, Kasumigaseki 3-chome",
        "EntityAddressDistrict": "Chiyoda-ku", "EntityAddressCityOrProvince": "Tokyo",
        "EntityAddressPostalCode": "100-8909", "EntityAddressCountryCode": "JP"}


def test_hong_kong_china_is_hong_kong() -> None:
    text = ("                PEARL STRAIT HOLDINGS LIMITED\n          (Translation of registrant's name into English)\n\n"
            "                        45/F OCEAN CENTRE\n                        5 CANTON ROAD\n"
            "                        HONG KONG, CHINA\n            (Address of principal executive offices)\n")
    table = parts(text)
    assert table["EntityAddressCountryCode"] == "HK" and table["EntityAddressCityOrProvince"] == "HONG KONG"
    assert table["EntityAddressFloor"] == 45 and table["EntityAddressBuilding"] == "OCEAN CENTRE"
    assert table["EntityAddressStreet"] == "5 CANTON ROAD"


def test_web_copy_with_a_blank_line_after_every_line() -> None:
    text = ("Jade River Display Corporation\n\n(Translation of Registrant's Name into English)\n\n \n\n"
            "No. 9 Kuang Fu Road III\n\nScience Park\n\nHsinchu, Taiwan, R.O.C.\n\n"
            "(Address of Principal Executive Office)\n")
    table = parts(text)
    assert (table["EntityAddressStreet"], table["EntityAddressCity"], table["EntityAddressCountryCode"]) == (
        "No. 9 Kuang Fu Road III", "Hsinchu", "TW")


def test_unlabelled_phone_in_the_cover_block_is_the_entitys() -> None:
    text = ("Electronics Park, Outer Ring Road,\nBangalore, Karnataka\nIndia 560 103\n+91-80-5555-0261\n"
            "(Address of principal executive offices)\n")
    table = parts(text)
    assert table["EntityPhoneNumber"] == "+91-80-5555-0261"
    assert table["EntityAddressCity"] == "Bangalore" and table["EntityAddressPostalCode"] == "560 103"


def test_us_cover_and_its_telephone_line() -> None:
    text = ("                  7 Harbor Loop, Sunnyvale, California 94089\n"
            "                  --------------------------------------------\n"
            "                    (Address of principal executive offices)\n\n"
            "       Registrant's telephone number, including area code: (408) 555-0100\n")
    table = parts(text)
    assert table["EntityAddressStreet"] == "7 Harbor Loop" and table["EntityAddressCity"] == "Sunnyvale"
    assert table["EntityAddressCityOrProvince"] == "California" and table["EntityPhoneNumber"] == "+1-408-555-0100"


def test_caption_used_as_a_label_over_the_address() -> None:
    text = "Address of principal executive office\n\n64, 2-Ga, Namdaemun-Ro, Jung-Gu,Seoul, Korea\n\nAuthorized capital\n"
    table = parts(text)
    assert table["EntityAddressNeighborhood"] == "Namdaemun-ro 2-ga" and table["EntityAddressLotNumber"] == "64"


def test_cover_without_a_caption_but_never_the_commissions_address() -> None:
    text = ("SECURITIES AND EXCHANGE COMMISSION\n     WASHINGTON, DC 20549\n\n        FORM 6-K\n\n"
            "    For the month of March, 2003\n\n    Yellow River Energy Holdings Corporation\n"
            "    B22, Fuxingmen Street,\n    Xicheng District Beijing, 100031\n    People's Republic of China\n"
            "    Tel: (8610) 5555-0188\n\n (Indicate by check mark whether the registrant files annual reports\n")
    table = parts(text)
    assert table["EntityAddressPostalCode"] == "100031" and table["EntityAddressCountryCode"] == "CN"
    assert table["EntityPhoneNumber"] == "+86-10-5555-0188"


def test_letterhead_address_with_its_telephone() -> None:
    text = ("Hanul Financial Group 2006 Annual Report\n\n"
            "64,Hoehyun-Dong,2-Ga, Chung-Gu, 100-052, Korea Tel : 82-2-3456-7000 Fax : 82-2-3456-7099\n")
    table = parts(text)
    assert table["EntityAddressNeighborhood"] == "Hoehyeon-dong 2-ga" and table["EntityAddressDistrict"] == "Jung-gu"
    assert table["EntityPhoneNumber"] == "+82-2-3456-7000" and table["EntityFaxNumber"] == "+82-2-3456-7099"


def test_domicile_field_names_a_place() -> None:
    text = "Company name: Hikari Pharma Co., Ltd. Company Domicile: Osaka, Japan Representative: Taro Ueno"
    table = parts(text)
    assert table == {"EntityAddressCityOrProvince": "Osaka", "EntityAddressCountryCode": "JP"}


def test_contact_field_phone_on_a_flattened_page_is_the_contacts() -> None:
    text = ("Company Domicile: Osaka, Japan Representative: Taro Ueno Contact: Jiro Sato Director "
            "Tel: 81-(6)-5555-0100 Date of board meeting: May 12, 2005")
    assert "EntityPhoneNumber" not in parts(text)


def test_a_source_label_s_site_is_not_the_registrant_s() -> None:
    text = ("현금ㆍ현물배당결정 2023-02-08 14:41:00\n출처 : http://disclosure.example.kr/main.do?rcpNo=20230208\n"
            "현금ㆍ현물배당 결정\n")
    assert ("EntityWebsite", None) not in facts(text)
    assert ("EntityWebsite", None) not in facts("Hanbit Marine reports\n\nSource: www.newswire.example.com/story/1\n")
    assert value(facts(text + "Homepage: www.hanbit.example.co.kr\n"), "EntityWebsite", None) == "www.hanbit.example.co.kr"


def test_address_in_the_cell_beside_the_jurisdiction() -> None:
    """The jurisdiction and the address side by side, their captions on one line or in
    consecutive cells: the jurisdiction's caption is no caption over the address block."""
    beside = ("Sakura Harbour Corporation\n(Translation of Registrant's name into English)\n| | |\n"
              "Japan | | 2-5, Kasumigaseki 3-chome, Chiyoda-ku, Tokyo 100-8909, Japan |\n"
              "(Jurisdiction of incorporation or organization) | | (Address of principal executive offices) |\n")
    stacked = ("Sakura Harbour Corporation\n(Translation of Registrant's name into English)\n|Japan\n|\n"
               "2-5, Kasumigaseki 3-chome\nChiyoda-ku, Tokyo 100-8909\nJapan\n"
               "|(Jurisdiction of incorporation or organization)\n|(Address of principal executive offices)\n")
    for text in (beside, stacked):
        table = parts(text)
        assert (table["EntityAddressLine"], table["EntityAddressDistrict"], table["EntityAddressPostalCode"],
                table["EntityAddressCountryCode"]) == ("2-5, Kasumigaseki 3-chome", "Chiyoda-ku", "100-8909", "JP")


def test_a_departments_name_over_the_building_is_none_of_its_name() -> None:
    text = ("HANBIT STEEL CORPORATION\n(Translation of registrant's name into English)\nThe Republic of Korea\n"
            "(Jurisdiction of incorporation or organization)\nFinance Division\nHanbit Center\n892 Daechi-4-dong\n"
            "Gangnam-gu\nSeoul, Korea\n(Address of principal executive offices)\n")
    assert parts(text)["EntityAddressBuilding"] == "Hanbit Center"
