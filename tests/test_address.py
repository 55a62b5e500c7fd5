"""Address parsing: the gazetteer round trip, romanization, and the parser's behaviour."""

from __future__ import annotations

import pytest

from converter.parse.address import Address, parse_address
from converter.parse.address_places import Place, ancestors, gazetteer, lookup_place
from converter.parse.address_roman import hangul_to_rr, normalize_roman_word, spelling_key


def _round_trip_cases() -> list[tuple[Place, str]]:
    return [(place, spelling) for place in gazetteer()
            for spelling in (place.rr, place.mr, place.hangul, *place.spellings)]


@pytest.mark.parametrize("place, spelling", _round_trip_cases(),
                         ids=lambda x: x.rr if isinstance(x, Place) else x)
def test_every_gazetteer_spelling_parses_to_its_place(place: Place, spelling: str) -> None:
    # the divisions above are named too, as an address does, so that 'Jung-gu' is Seoul's or Busan's
    text = ", ".join([spelling, *ancestors(place)])
    address = parse_address(text)
    assert address is not None
    if place.level == 0:
        assert (address.city_or_province, address.city_or_province_ko) == (place.rr, place.hangul)
    else:
        assert (address.district, address.district_ko) == (place.rr, place.hangul)
    assert address.country_code == "KR"


def test_gazetteer_size_and_shape() -> None:
    places = gazetteer()
    assert len(places) >= 250
    top = [p for p in places if p.level == 0]
    assert len(top) == 17  # 8 special / metropolitan cities and 9 provinces
    rr_names = {p.rr for p in places}
    for p in places:
        assert p.parent is None or p.parent in rr_names, p
        assert hangul_to_rr(p.hangul).endswith(p.rr.split("-")[-1]) or p.kind in ("metro", "do")


@pytest.mark.parametrize("place", [p for p in gazetteer() if p.kind not in ("metro",)
                                   and not p.hangul.endswith("특별자치도")], ids=lambda p: p.rr)
def test_gazetteer_rr_agrees_with_the_romanization_rules(place: Place) -> None:
    assert hangul_to_rr(place.hangul) == place.rr


def test_merged_and_renamed_districts_are_kept() -> None:
    notes = {p.rr: p.note for p in gazetteer()}
    assert "Changwon" in notes["Masan-si"] and "Changwon" in notes["Jinhae-si"]
    assert "Cheongju" in notes["Cheongwon-gun"]
    assert "Sejong" in notes["Yeongi-gun"]
    assert "Jeju-si" in notes["Bukjeju-gun"] and "Seogwipo" in notes["Namjeju-gun"]


@pytest.mark.parametrize("spelling, rr", [
    ("Seocho-ku", "Seocho-gu"), ("Kangnam-gu", "Gangnam-gu"), ("Chung-gu", "Jung-gu"),
    ("Yongdungpo-ku", "Yeongdeungpo-gu"), ("Kyunggi-do", "Gyeonggi-do"), ("Kyonggi-do", "Gyeonggi-do"),
    ("Pusan", "Busan"), ("Taegu", "Daegu"), ("Inchon", "Incheon"), ("Kwangju", "Gwangju"),
    ("Taejon", "Daejeon"), ("Cheju", "Jeju-do"), ("Seoul Metropolitan City", "Seoul"),
    ("Seoul Special City", "Seoul"), ("Sungnam-shi", "Seongnam-si"), ("Suwon-si", "Suwon-si"),
    ("Ansan City", "Ansan-si"), ("Pundang-gu", "Bundang-gu"), ("Ulju County", "Ulju-gun"),
    ("Gangnam District", "Gangnam-gu"), ("Kyonggi Province", "Gyeonggi-do"),
])
def test_spellings_filings_use(spelling: str, rr: str) -> None:
    assert rr in {p.rr for p in lookup_place(spelling)}


@pytest.mark.parametrize("hangul, rr", [
    ("서초구", "Seocho-gu"), ("종로구", "Jongno-gu"), ("중랑구", "Jungnang-gu"), ("신라", "Silla"),
    ("역삼1동", "Yeoksam 1-dong"), ("종로2가", "Jongno 2-ga"), ("백마로", "Baengma-ro"),
    ("압구정동", "Apgujeong-dong"), ("세종대로", "Sejong-daero"), ("관악구", "Gwanak-gu"),
    ("철원군", "Cheorwon-gun"), ("부발읍", "Bubal-eup"), ("정선군", "Jeongseon-gun"),
    ("명암리", "Myeongam-ri"), ("울릉군", "Ulleung-gun"), ("독립문로", "Dongnimmun-ro"),
])
def test_hangul_to_revised_romanization(hangul: str, rr: str) -> None:
    assert hangul_to_rr(hangul) == rr


@pytest.mark.parametrize("written, rr", [
    ("Yoksam", "Yeoksam"), ("Samsung", "Samseong"), ("Shinsa", "Sinsa"), ("Yoido", "Yeouido"),
    ("Kangnam", "Gangnam"), ("Pangbae", "Bangbae"), ("Chamsil", "Jamsil"), ("Ulchiro", "Euljiro"),
    ("Kwanghwamun", "Gwanghwamun"), ("Nonhyun", "Nonhyeon"), ("Seocho", "Seocho"),
    ("Kye", "Gye"), ("Hyunpung", "Hyeonpung"), ("Teheran", "Teheran"),
])
def test_romanized_words_to_revised_romanization(written: str, rr: str) -> None:
    assert normalize_roman_word(written) == rr


def test_spelling_key_joins_old_and_new_forms() -> None:
    assert spelling_key("Yongdungpo") == spelling_key("Yeongdeungpo")
    assert spelling_key("Chongno") == spelling_key("Jongno")
    assert spelling_key("Seocho") != spelling_key("Seoul")


@pytest.mark.parametrize("written, neighborhood", [
    ("Seocho-2 dong", "Seocho 2-dong"), ("Seocho 2-dong", "Seocho 2-dong"),
    ("Seocho2-dong", "Seocho 2-dong"), ("Seocho-dong", "Seocho-dong"), ("SEOCHO-DONG", "Seocho-dong"),
    ("Yeoksam 1-dong", "Yeoksam 1-dong"), ("Hyunpung-myun", "Hyeonpung-myeon"),
    ("Bubal-up", "Bubal-eup"), ("Namdaemunno 5-ga", "Namdaemunno 5-ga"),
])
def test_neighborhood_forms(written: str, neighborhood: str) -> None:
    address = parse_address(f"{written}, Seocho-gu, Seoul")
    assert address is not None and address.neighborhood == neighborhood


def test_floor_forms() -> None:
    for written in ("24th Floor", "24F", "24/F", "24th Fl.", "Floor 24", "24층", "24 FL"):
        address = parse_address(f"{written}, Star Tower, 737 Yeoksam-dong, Gangnam-gu, Seoul")
        assert address is not None and address.floor == 24, written


@pytest.mark.parametrize("written", ["24/F Star Tower", "24/ F Star Tower", "24 F Star Tower", "24F Star Tower"])
def test_a_floor_before_its_building(written: str) -> None:
    """'24/ F Star Tower': the floor, however spaced, is no word of the building's name."""
    address = parse_address(f"{written}, 737 Yeoksam-dong, Gangnam-gu, Seoul, Korea")
    assert address is not None and (address.floor, address.building) == (24, "Star Tower")


def test_unplaced_words_stay_in_the_line_and_nothing_is_invented() -> None:
    address = parse_address("Attn: Investor Relations, Room 1502, Yeoksam-dong 737, Gangnam-gu, Seoul")
    assert address is not None
    assert address.line == "Attn: Investor Relations, Room 1502, Yeoksam-dong 737"
    assert address.lot_number == "737" and address.building is None
    # Bundang-gu is in Seongnam-si, Gyeonggi-do, but the text does not say so
    bare = parse_address("Jeongja-dong 178, Bundang-gu")
    assert bare is not None and (bare.city, bare.city_or_province) == (None, None)
    assert bare.district == "Bundang-gu"


def test_homonymous_districts_take_the_city_the_text_names() -> None:
    for city, hangul in (("Pusan", "부산광역시"), ("Taegu", "대구광역시"), ("Inchon", "인천광역시")):
        address = parse_address(f"Chung-gu, {city}, Korea")
        assert address is not None
        assert address.district == "Jung-gu" and address.city_or_province_ko == hangul


def test_offsets_and_spans_point_at_the_words() -> None:
    text = "Seocho-dong 1592-7, Seocho-ku, Seoul, Korea 137-070"
    address = parse_address(text)
    assert address is not None
    assert (address.start, address.end) == (0, len(text))
    for part, written in (("district", "Seocho-ku"), ("lot_number", "1592-7"),
                          ("postal_code", "137-070"), ("country_code", "Korea")):
        span = address.span_of(part)
        assert span is not None and text[span[0]:span[1]] == written


def test_to_dict_drops_empty_parts() -> None:
    address = parse_address("Seoul 100-744, Korea")
    assert address is not None
    d = address.to_dict()
    assert d["postal_code"] == "100-744" and "building" not in d and "spans" not in d
    assert isinstance(address, Address)


def test_nothing_to_parse() -> None:
    assert parse_address("") is None
    assert parse_address("   ") is None
    assert parse_address("the Company announced its results") is None


# --- finding addresses in documents -------------------------------------------------------

from converter.parse.address import find_addresses  # noqa: E402

FIND_CASES = [
    # (document text, [(address text, district or city, postal code)])
    ("Bitnara Telecom's principal executive offices are located at 178 Jungja-dong, Bundang-gu,\n"
     "Sungnam City, Kyunggi-do 463-820, Korea, and its telephone number is 82-31-780-4114.",
     [("178 Jungja-dong, Bundang-gu,\nSungnam City, Kyunggi-do 463-820, Korea", "Bundang-gu", "463-820")]),
    ("Corporate Headquarters: 12th Fl., Dongwon Bldg., 275 Yangjae-dong, Seocho-ku, Seoul 137-130.",
     [("12th Fl., Dongwon Bldg., 275 Yangjae-dong, Seocho-ku, Seoul 137-130", "Seocho-gu", "137-130")]),
    ("                      KOREA ELECTRIC POWER CORPORATION\n"
     "                        (Name of the Registrant)\n"
     "                  167 Samseong-dong, Gangnam-gu, Seoul 135-791, Korea\n"
     "                (Address of principal executive offices)\n",
     [("167 Samseong-dong, Gangnam-gu, Seoul 135-791, Korea", "Gangnam-gu", "135-791")]),
    ("Head Office: 120, Taepyung-ro 2-ga, Jung-gu, Seoul 100-102, Korea\n"
     "New York Branch: 245 Park Avenue, New York, NY 10167\n",
     [("120, Taepyung-ro 2-ga, Jung-gu, Seoul 100-102, Korea", "Jung-gu", "100-102"),
      ("245 Park Avenue, New York, NY 10167", "New York", "10167")]),
    # the rooms a company occupies listed with commas: the last room ends the address
    ("본점 소재지 : 서울특별시 강남구 테헤란로 321, 가온타워 1204, 1205호\n",
     [("서울특별시 강남구 테헤란로 321, 가온타워 1204, 1205호", "Gangnam-gu", None)]),
    # a cover flattened onto one line: the next item's label (an officer's title, the phone) ends it
    ("회사명 : 가온정밀(주) 주소 : 경기도 성남시 분당구 판교로 255, 7층 대표이사 홍길동 전화 031-123-4567\n",
     [("경기도 성남시 분당구 판교로 255, 7층", "Bundang-gu", None)]),
    ("본점소재지 : 서울특별시 강남구 테헤란로 321, 가온타워 12층 대표이사 : 홍길동\n",
     [("서울특별시 강남구 테헤란로 321, 가온타워 12층", "Gangnam-gu", None)]),
    ("Head office: Room 1203, 88 Sejong-daero, Jung-gu, Seoul 04520, Korea\n",
     [("Room 1203, 88 Sejong-daero, Jung-gu, Seoul 04520, Korea", "Jung-gu", "04520")]),
    ("본사는 서울특별시 서초구 서초동 1592-7 한빛센터 12층에 있다.",
     [("서울특별시 서초구 서초동 1592-7 한빛센터 12층", "Seocho-gu", None)]),
    ("The registered office is at Clarendon House, 2 Church Street, Hamilton HM 11, Bermuda.",
     [("Clarendon House, 2 Church Street, Hamilton HM 11, Bermuda", "Hamilton", "HM 11")]),
    ("SEOUL, Korea, March 2, 2004 -- The Company, based in Seoul, Korea, today announced", []),
    ("Seoul and New York, November 27, 2002 - Korea Thrunet Co., Ltd. (Nasdaq: KOREA)", []),
    ("revenues rose 12% to KRW 326.0 billion from 2,852,976 subscribers in 2002", []),
    # an Indian PIN after its city and a dash, a space inside its six digits
    ("12 Hinjawadi Road, Pune - 411 057, Maharashtra, India. +91-20-5555-0101\n"
     "(Address of principal executive offices)\n",
     [("12 Hinjawadi Road, Pune - 411 057, Maharashtra, India", "Pune", "411 057")]),
    ("Plot 9, Sector 18, Chennai - 600032, Tamil Nadu, India\n",
     [("Plot 9, Sector 18, Chennai - 600032, Tamil Nadu, India", "Chennai", "600032")]),
    # a dash after a place that is no city, or before figures that are no PIN: a boundary still
    ("Mumbai, India - 411 057 shares were sold at 25 Park Street, Mumbai 400 001.",
     [("25 Park Street, Mumbai 400 001", "Mumbai", "400 001")]),
]


@pytest.mark.parametrize("text, expected", FIND_CASES, ids=[c[0][:30] for c in FIND_CASES])
def test_find_addresses(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    found = find_addresses(text)
    got = [(a.text, a.district or a.city, a.postal_code) for a in found]
    assert got == expected
    for address in found:
        assert text[address.start:address.end] == address.text


def test_find_addresses_in_the_seeds() -> None:
    from pathlib import Path

    seeds = Path(__file__).resolve().parents[1] / "examples"  # the seed documents, byte for byte
    cover = find_addresses((seeds / "hanaro-6k-cover-nov-2002.txt").read_text(encoding="utf-8"))
    assert [a.building for a in cover] == ["Kukje Electronics Center Bldg."]
    release = find_addresses((seeds / "thrunet-reverse-split-2002.txt").read_text(encoding="utf-8"))
    assert [a.neighborhood for a in release] == ["Seocho 2-dong"]
    for name in ("hanaro-q3-2002-operating-profit.txt", "hanaro-13d-joint-filing-agreement-2003.txt"):
        assert find_addresses((seeds / name).read_text(encoding="utf-8")) == [], name


# --- tolerant matching and the neighbourhood gazetteer ---------------------------------------

@pytest.mark.parametrize("written, expected", [
    ("Kangnum-gu", "Gangnam-gu"),  # a letter changed
    ("Gangdon-gu", "Gangdong-gu"),  # a letter dropped
    ("Seochoo-ku", "Seocho-gu"),  # a letter doubled
    ("Songap-gu", "Songpa-gu"),  # two neighbouring letters swapped: one edit
    ("Sangpu-gu", None),  # two letters changed in a short name: below the floor
    ("Nam-ku", "Nam-gu"),  # exact, several places: assembly chooses among them
    ("Ko-gu", None),  # too short to guess at
])
def test_misspelt_districts(written: str, expected: str | None) -> None:
    from converter.parse.address_places import lookup_place, nearest_place

    places = lookup_place(written) or nearest_place(written)
    assert ({p.rr for p in places} or {None}) == {expected}


def test_a_guess_needs_one_nearest_name() -> None:
    from converter.parse.address_fuzzy import NameIndex

    index = NameIndex(["Jamsil", "Jamwon", "Jangsu"])
    assert index.nearest("Jamsol") == "Jamsil"
    assert index.nearest("Jamsin") == "Jamsil"
    assert NameIndex(["Hwagok", "Hwadok"]).nearest("Hwasok") is None  # one edit from both: no guess


def test_neighbourhood_gazetteer_states_its_source_and_reads_its_rows() -> None:
    from converter.parse.address_places import neighborhood_by_hangul, neighborhoods
    from converter.resources import data_path

    header = data_path("gazetteer_kr_dong.tsv").read_text(encoding="utf-8").split("\n", 12)[:12]
    assert any("Source" in line and "법정동" in line for line in header)
    assert len(neighborhoods()) > 1000
    assert neighborhood_by_hangul()["회현동1가"].rr == "Hoehyeon-dong 1-ga"
    assert neighborhood_by_hangul()["남대문로5가"].rr == "Namdaemunno 5-ga"
    assert neighborhood_by_hangul()["여의도동"].rr == "Yeouido-dong"


def test_misspelt_neighbourhood_is_corrected_only_inside_its_district() -> None:
    assert parse_address("311 Yeoksm-dong, Gangnam-gu, Seoul").neighborhood == "Yeoksam-dong"
    # the same spelling under a gu with no such dong is left as written (no guess)
    assert parse_address("311 Yeoksm-dong, Mapo-gu, Seoul").neighborhood == "Yeoksm-dong"


def test_address_parts_keep_a_closing_bracket() -> None:
    a = parse_address("Hanbit Tower (Annex), 145 Samseong-dong, Gangnam-gu, Seoul")
    assert a is not None and a.line is not None and a.line.count("(") == a.line.count(")")


@pytest.mark.parametrize("written, line", [
    ("145 Samseong-dong (Hanbit Tower), Gangnam-gu, Seoul", "145 Samseong-dong (Hanbit Tower)"),
    ("Star Bldg. 5F (Yeoksam-dong), Gangnam-gu, Seoul", "Star Bldg. 5F (Yeoksam-dong)"),
])
def test_line_keeps_the_bracket_it_opens(written: str, line: str) -> None:
    assert parse_address(written).line == line


@pytest.mark.parametrize("text,part,value", [
    # a floor's ordinal spelt out, the line as written keeping it
    ("Lotus Park, Second Floor, No. 7, Anna Salai, Guindy, Chennai 600 032, India", "floor", 2),
    ("Lotus Park, Second Floor, No. 7, Anna Salai, Guindy, Chennai 600 032, India", "line",
     "Lotus Park, Second Floor, No. 7, Anna Salai, Guindy"),
    ("Lotus Park, 2nd Floor, No. 7, Anna Salai, Guindy, Chennai 600 032, India", "line",
     "Lotus Park, 2nd Floor, No. 7, Anna Salai, Guindy"),
    # a PIN code set off by a dash at the end of its piece, the dash no word of the line
    ("Lotus Campus, Madhapur Village, Serilingampally Mandal, R.R. District — 500081, Hyderabad, Telangana, India",
     "postal_code", "500081"),
    ("Lotus Campus, Madhapur Village, Serilingampally Mandal, R.R. District — 500081, Hyderabad, Telangana, India",
     "line", "Lotus Campus, Madhapur Village, Serilingampally Mandal, R.R. District"),
])
def test_indian_address_parts(text: str, part: str, value) -> None:
    address = parse_address(text)
    assert address is not None and getattr(address, part) == value


def test_a_spelt_floor_opens_a_cover_block() -> None:
    """'Second Floor' on the block's first line is an address part: the block is found from it."""
    found = find_addresses("Lotus Park, Second Floor\nNo. 7, Anna Salai, Guindy\nChennai 600 032, India\n")
    assert [(a.floor, a.city, a.postal_code) for a in found] == [(2, "Chennai", "600 032")]
