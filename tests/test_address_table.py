"""The big table: addresses as filings write them, with the parts they must give.

Every province and metropolitan city, romanized old (McCune-Reischauer, home-made) and new
(Revised Romanization, road names) forms, Hangul, and cover-page blocks over several lines.
The addresses are invented but written the way real filings write theirs; the two seed
addresses are read from the seed documents.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from converter.parse.address import parse_address

SEEDS = Path(__file__).resolve().parents[1] / "examples"  # the seed documents, byte for byte

PARTS = ("building", "floor", "lot_number", "road_name", "neighborhood", "village", "district",
         "city", "city_or_province", "postal_code", "country_code", "region")
SHORT = {"b": "building", "f": "floor", "lot": "lot_number", "road": "road_name",
         "nb": "neighborhood", "vil": "village", "d": "district", "c": "city",
         "p": "city_or_province", "post": "postal_code", "cc": "country_code", "reg": "region"}


def E(**short: object) -> dict[str, object]:
    return {SHORT[k]: v for k, v in short.items()}


SEOUL = dict(p="Seoul", cc="KR")

ROWS: list[tuple[str, dict[str, object]]] = [
    # --- Seoul, romanized, the forms of 2000-2008 filings ---
    ("Kyobo Building, 1 Chongno 1-ga, Chongno-ku, Seoul 110-714, Korea",
     E(b="Kyobo Building", lot="1", nb="Jongno 1-ga", d="Jongno-gu", post="110-714", **SEOUL)),
    ("Samsung Life Insurance Bldg., 150 Taepyung-ro 2-ga, Chung-gu, Seoul 100-716, Korea",
     E(b="Samsung Life Insurance Bldg.", lot="150", nb="Taepyeong-ro 2-ga", d="Jung-gu",
       post="100-716", **SEOUL)),
    ("LG Twin Towers, 20 Yoido-dong, Youngdungpo-gu, Seoul 150-721, Korea",
     E(b="LG Twin Towers", lot="20", nb="Yeouido-dong", d="Yeongdeungpo-gu", post="150-721", **SEOUL)),
    ("ASEM Tower, 159-1 Samsung-dong, Kangnam-gu, Seoul 135-798, Korea",
     E(b="ASEM Tower", lot="159-1", nb="Samseong-dong", d="Gangnam-gu", post="135-798", **SEOUL)),
    ("Gangnam Finance Center, 737 Yeoksam-dong, Gangnam-gu, Seoul 135-984",
     E(b="Gangnam Finance Center", lot="737", nb="Yeoksam-dong", d="Gangnam-gu", post="135-984", **SEOUL)),
    ("20th Floor, Seoul Finance Center, 84 Taepyungro 1-ga, Chung-gu, Seoul 100-768, Korea",
     E(f=20, b="Seoul Finance Center", lot="84", nb="Taepyeongno 1-ga", d="Jung-gu",
       post="100-768", **SEOUL)),
    ("Seoul Square, 541 Namdaemunno 5-ga, Chung-gu, Seoul 100-714",
     E(b="Seoul Square", lot="541", nb="Namdaemunno 5-ga", d="Jung-gu", post="100-714", **SEOUL)),
    ("100 Cheonggyecheon-ro, Jung-gu, Seoul 04542, Korea",
     E(road="Cheonggyecheon-ro 100", d="Jung-gu", post="04542", **SEOUL)),
    ("35 Eulji-ro, Jung-gu, Seoul 04521, Korea",
     E(road="Eulji-ro 35", d="Jung-gu", post="04521", **SEOUL)),
    ("14th Fl., Hanwha Bldg., 1 Janggyo-dong, Chung-gu, Seoul 100-797, Korea",
     E(f=14, b="Hanwha Bldg.", lot="1", nb="Janggyo-dong", d="Jung-gu", post="100-797", **SEOUL)),
    ("Hanul Building, 47 Seorin-dong, Chongro-ku, Seoul 110-790, Korea",
     E(b="Hanul Building", lot="47", nb="Seorin-dong", d="Jongno-gu", post="110-790", **SEOUL)),
    ("Hyundai Bldg., 140-2 Kye-dong, Chongno-ku, Seoul 110-793, Korea",
     E(b="Hyundai Bldg.", lot="140-2", nb="Gye-dong", d="Jongno-gu", post="110-793", **SEOUL)),
    ("Daechi Steel Center, 316 Daechi 4-dong, Kangnam-gu, Seoul 135-841, Korea",
     E(b="Daechi Steel Center", lot="316", nb="Daechi 4-dong", d="Gangnam-gu", post="135-841", **SEOUL)),
    ("Korea Exchange Bank Building, 181 Ulchiro 2-ga, Chung-gu, Seoul 100-793, Korea",
     E(b="Korea Exchange Bank Building", lot="181", nb="Euljiro 2-ga", d="Jung-gu",
       post="100-793", **SEOUL)),
    ("Dongbu Financial Center, 891-10 Daechi-dong, Gangnam-gu, Seoul 135-523 Korea",
     E(b="Dongbu Financial Center", lot="891-10", nb="Daechi-dong", d="Gangnam-gu",
       post="135-523", **SEOUL)),
    ("947-1 Daechi-dong, Kangnam-ku, Seoul, Korea 135-280",
     E(lot="947-1", nb="Daechi-dong", d="Gangnam-gu", post="135-280", **SEOUL)),
    ("Mapo Tower, 418 Mapo-dong, Mapo-gu, Seoul 121-734, Korea",
     E(b="Mapo Tower", lot="418", nb="Mapo-dong", d="Mapo-gu", post="121-734", **SEOUL)),
    ("5th Floor, Seocho Plaza, 1573-1 Seocho-dong, Seocho-gu, Seoul 137-070",
     E(f=5, b="Seocho Plaza", lot="1573-1", nb="Seocho-dong", d="Seocho-gu", post="137-070", **SEOUL)),
    ("Jamsil Lotte World Tower, 300 Olympic-ro, Songpa-gu, Seoul 05551, Korea",
     E(b="Jamsil Lotte World Tower", road="Olympic-ro 300", d="Songpa-gu", post="05551", **SEOUL)),
    ("152 Teheran-ro, Gangnam-gu, Seoul 06236, Republic of Korea",
     E(road="Teheran-ro 152", d="Gangnam-gu", post="06236", **SEOUL)),
    ("Teheran-ro 87-gil 22, Gangnam-gu, Seoul",
     E(road="Teheran-ro 87-gil 22", d="Gangnam-gu", **SEOUL)),
    ("Gangnam-daero 382, Seocho-gu, Seoul 06232, Korea",
     E(road="Gangnam-daero 382", d="Seocho-gu", post="06232", **SEOUL)),
    ("9F, Parnas Tower, 521 Teheran-ro, Gangnam-gu, Seoul 06164, Korea",
     E(f=9, b="Parnas Tower", road="Teheran-ro 521", d="Gangnam-gu", post="06164", **SEOUL)),
    ("Sejong-daero 209, Jongno-gu, Seoul 03171",
     E(road="Sejong-daero 209", d="Jongno-gu", post="03171", **SEOUL)),
    ("Yongsan-gu, Seoul 140-702", E(d="Yongsan-gu", post="140-702", **SEOUL)),
    ("Guro-dong 197-10, Guro-gu, Seoul 152-050, Korea",
     E(nb="Guro-dong", lot="197-10", d="Guro-gu", post="152-050", **SEOUL)),
    ("Kasan-dong 60-18, Kumchon-gu, Seoul, Korea",
     E(nb="Gasan-dong", lot="60-18", d="Geumcheon-gu", **SEOUL)),
    ("Sangam-dong 1605, Mapo-gu, Seoul 121-904",
     E(nb="Sangam-dong", lot="1605", d="Mapo-gu", post="121-904", **SEOUL)),
    ("Hannam-dong 726-74, Yongsan-ku, Seoul",
     E(nb="Hannam-dong", lot="726-74", d="Yongsan-gu", **SEOUL)),
    ("Itaewon-dong 34-69, Yongsan-gu, Seoul 140-200, Korea",
     E(nb="Itaewon-dong", lot="34-69", d="Yongsan-gu", post="140-200", **SEOUL)),
    ("Shinsa-dong 524-33, Kangnam-gu, Seoul",
     E(nb="Sinsa-dong", lot="524-33", d="Gangnam-gu", **SEOUL)),
    ("Nonhyun-dong 119, Kangnam-ku, Seoul 135-010, Korea",
     E(nb="Nonhyeon-dong", lot="119", d="Gangnam-gu", post="135-010", **SEOUL)),
    ("Cheongdam-dong 118-17, Gangnam-gu, Seoul 135-100, Korea",
     E(nb="Cheongdam-dong", lot="118-17", d="Gangnam-gu", post="135-100", **SEOUL)),
    ("Bangbae-dong 981-6, Seocho-ku, Seoul 137-060",
     E(nb="Bangbae-dong", lot="981-6", d="Seocho-gu", post="137-060", **SEOUL)),
    ("Yangjae-dong 215, Seocho-gu, Seoul 137-130",
     E(nb="Yangjae-dong", lot="215", d="Seocho-gu", post="137-130", **SEOUL)),
    ("Jamsil 7-dong 40-1, Songpa-gu, Seoul 138-227, Korea",
     E(nb="Jamsil 7-dong", lot="40-1", d="Songpa-gu", post="138-227", **SEOUL)),
    ("Munjung-dong 150-4, Songpa-ku, Seoul 138-200",
     E(nb="Munjeong-dong", lot="150-4", d="Songpa-gu", post="138-200", **SEOUL)),
    ("Chunho-dong 453-2, Kangdong-ku, Seoul, Korea",
     E(nb="Cheonho-dong", lot="453-2", d="Gangdong-gu", **SEOUL)),
    ("Mok-dong 923-6, Yangchun-ku, Seoul 158-050",
     E(nb="Mok-dong", lot="923-6", d="Yangcheon-gu", post="158-050", **SEOUL)),
    ("Shinlim-dong 1656-2, Kwanak-gu, Seoul",
     E(nb="Sillim-dong", lot="1656-2", d="Gwanak-gu", **SEOUL)),
    ("Sadang-dong 1027-3, Dongjak-gu, Seoul 156-090",
     E(nb="Sadang-dong", lot="1027-3", d="Dongjak-gu", post="156-090", **SEOUL)),
    ("Changchun-dong 18-29, Sodaemun-ku, Seoul 120-180",
     E(nb="Changcheon-dong", lot="18-29", d="Seodaemun-gu", post="120-180", **SEOUL)),
    ("Sanggye-dong 730, Nowon-gu, Seoul", E(nb="Sanggye-dong", lot="730", d="Nowon-gu", **SEOUL)),
    ("Bulgwang-dong 281, Eunpyeong-gu, Seoul",
     E(nb="Bulgwang-dong", lot="281", d="Eunpyeong-gu", **SEOUL)),
    ("Jongam-dong 3, Seongbuk-gu, Seoul", E(nb="Jongam-dong", lot="3", d="Seongbuk-gu", **SEOUL)),
    ("Suyu-dong 192-1, Kangbuk-ku, Seoul", E(nb="Suyu-dong", lot="192-1", d="Gangbuk-gu", **SEOUL)),
    ("Ssangmun-dong 88, Tobong-gu, Seoul", E(nb="Ssangmun-dong", lot="88", d="Dobong-gu", **SEOUL)),
    ("Myunmok-dong 1-2, Jungnang-gu, Seoul",
     E(nb="Myeonmok-dong", lot="1-2", d="Jungnang-gu", **SEOUL)),
    ("Hwayang-dong 1, Kwangjin-ku, Seoul 143-701",
     E(nb="Hwayang-dong", lot="1", d="Gwangjin-gu", post="143-701", **SEOUL)),
    ("Cheongnyangni-dong 207-43, Dongdaemun-gu, Seoul",
     E(nb="Cheongnyangni-dong", lot="207-43", d="Dongdaemun-gu", **SEOUL)),
    ("Deungchon-dong 680, Kangseo-ku, Seoul",
     E(nb="Deungchon-dong", lot="680", d="Gangseo-gu", **SEOUL)),
    ("Yeouido-dong 23-2, Yeongdeungpo-gu, Seoul 150-877",
     E(nb="Yeouido-dong", lot="23-2", d="Yeongdeungpo-gu", post="150-877", **SEOUL)),
    ("Seoul Special City", E(**SEOUL)),
    ("Seoul 100-744, Korea", E(post="100-744", **SEOUL)),
    # --- Busan ---
    ("Busan Bank Building, 830-38 Bumil 2-dong, Dong-gu, Pusan 601-062, Korea",
     E(b="Busan Bank Building", lot="830-38", nb="Beomil 2-dong", d="Dong-gu", p="Busan",
       post="601-062", cc="KR")),
    ("Haeundae-gu, Busan 612-020, Korea", E(d="Haeundae-gu", p="Busan", post="612-020", cc="KR")),
    ("1402 Woo-dong, Haeundae-ku, Pusan, Korea",
     E(lot="1402", nb="U-dong", d="Haeundae-gu", p="Busan", cc="KR")),
    ("Jungang-dong 25-2, Chung-gu, Pusan 600-014",
     E(nb="Jungang-dong", lot="25-2", d="Jung-gu", p="Busan", post="600-014", cc="KR")),
    ("Yeonsan-dong 1000, Yeonje-gu, Busan 611-735, Korea",
     E(nb="Yeonsan-dong", lot="1000", d="Yeonje-gu", p="Busan", post="611-735", cc="KR")),
    ("Busan Metropolitan City, Sasang-gu, Gamjeon-dong 138",
     E(p="Busan", d="Sasang-gu", nb="Gamjeon-dong", lot="138", cc="KR")),
    ("Gijang-gun, Busan", E(d="Gijang-gun", p="Busan", cc="KR")),
    ("부산광역시 해운대구 우동 1408", E(p="Busan", d="Haeundae-gu", nb="U-dong", lot="1408", cc="KR")),
    ("Noksan Industrial Complex, Songjeong-dong, Kangseo-gu, Pusan",
     E(b="Noksan Industrial Complex", nb="Songjeong-dong", d="Gangseo-gu", p="Busan", cc="KR")),
    # --- Daegu ---
    ("Beomeo-dong 150, Suseong-gu, Daegu 706-010, Korea",
     E(nb="Beomeo-dong", lot="150", d="Suseong-gu", p="Daegu", post="706-010", cc="KR")),
    ("Chimsan-dong 1, Buk-gu, Taegu 702-725, Korea",
     E(nb="Chimsan-dong", lot="1", d="Buk-gu", p="Daegu", post="702-725", cc="KR")),
    ("Dalseo-gu, Taegu Metropolitan City 704-230",
     E(d="Dalseo-gu", p="Daegu", post="704-230", cc="KR")),
    ("대구광역시 수성구 범어동 150", E(p="Daegu", d="Suseong-gu", nb="Beomeo-dong", lot="150", cc="KR")),
    ("Hyunpung-myun, Dalsung-gun, Taegu, Korea",
     E(nb="Hyeonpung-myeon", d="Dalseong-gun", p="Daegu", cc="KR")),
    # --- Incheon ---
    ("Songdo-dong 7-50, Yeonsu-gu, Incheon 406-840, Korea",
     E(nb="Songdo-dong", lot="7-50", d="Yeonsu-gu", p="Incheon", post="406-840", cc="KR")),
    ("Namdong Industrial Complex, 622-1 Nonhyun-dong, Namdong-gu, Inchon 405-300, Korea",
     E(b="Namdong Industrial Complex", lot="622-1", nb="Nonhyeon-dong", d="Namdong-gu",
       p="Incheon", post="405-300", cc="KR")),
    ("Kajwa-dong 178, So-gu, Inchon", E(nb="Gajwa-dong", lot="178", d="Seo-gu", p="Incheon", cc="KR")),
    ("Bupyung-gu, Incheon 403-010", E(d="Bupyeong-gu", p="Incheon", post="403-010", cc="KR")),
    ("인천광역시 남동구 논현동 622-1", E(p="Incheon", d="Namdong-gu", nb="Nonhyeon-dong", lot="622-1", cc="KR")),
    ("Unseo-dong 2850, Jung-gu, Incheon 400-340, Korea",
     E(nb="Unseo-dong", lot="2850", d="Jung-gu", p="Incheon", post="400-340", cc="KR")),
    ("인천광역시 중구 운서동 2850", E(p="Incheon", d="Jung-gu", nb="Unseo-dong", lot="2850", cc="KR")),
    # --- Gwangju ---
    ("Hwajung-dong 1104, So-gu, Kwangju 502-240, Korea",
     E(nb="Hwajeong-dong", lot="1104", d="Seo-gu", p="Gwangju", post="502-240", cc="KR")),
    ("Kwangsan-gu, Kwangju", E(d="Gwangsan-gu", p="Gwangju", cc="KR")),
    ("광주광역시 북구 오룡동 1", E(p="Gwangju", d="Buk-gu", nb="Oryong-dong", lot="1", cc="KR")),
    ("Ssangchon-dong 974, Seo-gu, Gwangju",
     E(nb="Ssangchon-dong", lot="974", d="Seo-gu", p="Gwangju", cc="KR")),
    # --- Daejeon ---
    ("Doryong-dong 1, Yusong-gu, Taejon 305-340, Korea",
     E(nb="Doryong-dong", lot="1", d="Yuseong-gu", p="Daejeon", post="305-340", cc="KR")),
    ("Dunsan-dong 1420, Seo-gu, Daejeon 302-120",
     E(nb="Dunsan-dong", lot="1420", d="Seo-gu", p="Daejeon", post="302-120", cc="KR")),
    ("대전광역시 유성구 가정동 71-2", E(p="Daejeon", d="Yuseong-gu", nb="Gajeong-dong", lot="71-2", cc="KR")),
    ("Munpyeong-dong 1-2, Taedok-gu, Taejon",
     E(nb="Munpyeong-dong", lot="1-2", d="Daedeok-gu", p="Daejeon", cc="KR")),
    # --- Ulsan ---
    ("Yeompo-ro 700, Buk-gu, Ulsan 44259",
     E(road="Yeompo-ro 700", d="Buk-gu", p="Ulsan", post="44259", cc="KR")),
    ("Jeonha-dong 1, Dong-gu, Ulsan 682-792, Korea",
     E(nb="Jeonha-dong", lot="1", d="Dong-gu", p="Ulsan", post="682-792", cc="KR")),
    ("Onsan-eup, Ulju-gun, Ulsan, Korea", E(nb="Onsan-eup", d="Ulju-gun", p="Ulsan", cc="KR")),
    ("Yongjam-dong 1, Nam-gu, Ulsan Metropolitan City 680-090",
     E(nb="Yongjam-dong", lot="1", d="Nam-gu", p="Ulsan", post="680-090", cc="KR")),
    ("울산광역시 북구 염포로 700", E(p="Ulsan", d="Buk-gu", road="Yeompo-ro 700", cc="KR")),
    # --- Sejong (2012) and Yeongi-gun before it ---
    ("261 Dasom-ro, Sejong-si 30116, Korea",
     E(road="Dasom-ro 261", p="Sejong", post="30116", cc="KR")),
    ("Jochiwon-eup, Yeongi-gun, Chungcheongnam-do, Korea",
     E(nb="Jochiwon-eup", d="Yeongi-gun", p="Chungcheongnam-do", cc="KR")),
    ("세종특별자치시 다솜로 261", E(p="Sejong", road="Dasom-ro 261", cc="KR")),
    # --- Gyeonggi-do ---
    ("416 Maetan 3-dong, Yeongtong-gu, Suwon City, Kyunggi-do 443-742, Korea",
     E(lot="416", nb="Maetan 3-dong", d="Yeongtong-gu", c="Suwon-si", p="Gyeonggi-do",
       post="443-742", cc="KR")),
    ("San 136-1, Ami-ri, Bubal-eup, Ichon-si, Kyoungki-do 467-701, Korea",
     E(lot="San 136-1", vil="Ami-ri", nb="Bubal-eup", d="Icheon-si", p="Gyeonggi-do",
       post="467-701", cc="KR")),
    ("Sampyeong-dong 621, Bundang-gu, Seongnam-si, Gyeonggi-do 463-400",
     E(nb="Sampyeong-dong", lot="621", d="Bundang-gu", c="Seongnam-si", p="Gyeonggi-do",
       post="463-400", cc="KR")),
    ("Bitnara Building, 178 Jungja-dong, Bundang-gu, Sungnam City, Kyunggi-do 463-820, Korea",
     E(b="Bitnara Building", lot="178", nb="Jeongja-dong", d="Bundang-gu", c="Seongnam-si",
       p="Gyeonggi-do", post="463-820", cc="KR")),
    ("Bundang-gu, Sungnam, Kyunggi-do",
     E(d="Bundang-gu", c="Seongnam-si", p="Gyeonggi-do", cc="KR")),
    ("Dongtan-myeon, Hwaseong-gun, Kyunggi-do",
     E(nb="Dongtan-myeon", d="Hwaseong-gun", p="Gyeonggi-do", cc="KR")),
    ("San 16, Banwol-dong, Hwaseong-si, Gyeonggi-do",
     E(lot="San 16", nb="Banwol-dong", d="Hwaseong-si", p="Gyeonggi-do", cc="KR")),
    ("San 24, Nongseo-ri, Kiheung-eup, Yongin-si, Kyunggi-do 449-711, Korea",
     E(lot="San 24", vil="Nongseo-ri", nb="Giheung-eup", d="Yongin-si", p="Gyeonggi-do",
       post="449-711", cc="KR")),
    ("Gwanyang-dong 1591-9, Dongan-gu, Anyang-si, Gyeonggi-do",
     E(nb="Gwanyang-dong", lot="1591-9", d="Dongan-gu", c="Anyang-si", p="Gyeonggi-do", cc="KR")),
    ("Wonsi-dong 781, Danwon-gu, Ansan City, Kyonggi-do 425-090",
     E(nb="Wonsi-dong", lot="781", d="Danwon-gu", c="Ansan-si", p="Gyeonggi-do",
       post="425-090", cc="KR")),
    ("Baekseok-dong 1141-1, Ilsan-gu, Goyang-si, Gyeonggi-do",
     E(nb="Baekseok-dong", lot="1141-1", d="Ilsan-gu", c="Goyang-si", p="Gyeonggi-do", cc="KR")),
    ("Pyeongtaek-si, Gyeonggi-do 450-090", E(d="Pyeongtaek-si", p="Gyeonggi-do", post="450-090", cc="KR")),
    ("Poseung-myeon, Pyongtaek-si, Kyonggi-do",
     E(nb="Poseung-myeon", d="Pyeongtaek-si", p="Gyeonggi-do", cc="KR")),
    ("Paju-si, Kyunggi-do 413-811, Korea", E(d="Paju-si", p="Gyeonggi-do", post="413-811", cc="KR")),
    ("경기도 수원시 영통구 매탄동 416",
     E(p="Gyeonggi-do", c="Suwon-si", d="Yeongtong-gu", nb="Maetan-dong", lot="416", cc="KR")),
    ("경기도 이천시 부발읍 아미리 산136-1",
     E(p="Gyeonggi-do", d="Icheon-si", nb="Bubal-eup", vil="Ami-ri", lot="San 136-1", cc="KR")),
    ("Kwachon-si, Kyonggi-do", E(d="Gwacheon-si", p="Gyeonggi-do", cc="KR")),
    ("Uijeongbu-si, Gyeonggi-do 480-010", E(d="Uijeongbu-si", p="Gyeonggi-do", post="480-010", cc="KR")),
    ("Hanam-si, Kyunggi-do", E(d="Hanam-si", p="Gyeonggi-do", cc="KR")),
    ("Gwangju-si, Gyeonggi-do", E(d="Gwangju-si", p="Gyeonggi-do", cc="KR")),
    ("Kwangju, Kyunggi-do", E(d="Gwangju-si", p="Gyeonggi-do", cc="KR")),
    # --- Gangwon-do ---
    ("Chuncheon-si, Gangwon-do 200-090, Korea", E(d="Chuncheon-si", p="Gangwon-do", post="200-090", cc="KR")),
    ("Wonju-si, Kangwon-do 220-080", E(d="Wonju-si", p="Gangwon-do", post="220-080", cc="KR")),
    ("Kangnung City, Kangwon Province", E(d="Gangneung-si", p="Gangwon-do", cc="KR")),
    ("Sabuk-eup, Jeongseon-gun, Gangwon-do", E(nb="Sabuk-eup", d="Jeongseon-gun", p="Gangwon-do", cc="KR")),
    ("강원도 춘천시 석사동 100", E(p="Gangwon-do", d="Chuncheon-si", nb="Seoksa-dong", lot="100", cc="KR")),
    ("Pyungchang-gun, Kangwon-do", E(d="Pyeongchang-gun", p="Gangwon-do", cc="KR")),
    # --- Chungcheongbuk-do ---
    ("Chongju, Chungchongbuk-do, Korea", E(d="Cheongju-si", p="Chungcheongbuk-do", cc="KR")),
    ("Heungdeok-gu, Cheongju-si, Chungcheongbuk-do 361-725",
     E(d="Heungdeok-gu", c="Cheongju-si", p="Chungcheongbuk-do", post="361-725", cc="KR")),
    ("Ochang-myeon, Cheongwon-gun, Chungbuk, Korea",
     E(nb="Ochang-myeon", d="Cheongwon-gun", p="Chungcheongbuk-do", cc="KR")),
    ("Chungju-si, Chungcheongbuk-do", E(d="Chungju-si", p="Chungcheongbuk-do", cc="KR")),
    ("충청북도 청주시 흥덕구 복대동 1",
     E(p="Chungcheongbuk-do", c="Cheongju-si", d="Heungdeok-gu", nb="Bokdae-dong", lot="1", cc="KR")),
    ("Daeso-myeon, Eumseong-gun, Chungcheongbuk-do 369-820",
     E(nb="Daeso-myeon", d="Eumseong-gun", p="Chungcheongbuk-do", post="369-820", cc="KR")),
    # --- Chungcheongnam-do ---
    ("Tangjeong-myeon, Asan-si, Chungcheongnam-do 336-841, Korea",
     E(nb="Tangjeong-myeon", d="Asan-si", p="Chungcheongnam-do", post="336-841", cc="KR")),
    ("Seobuk-gu, Cheonan-si, Chungnam",
     E(d="Seobuk-gu", c="Cheonan-si", p="Chungcheongnam-do", cc="KR")),
    ("Chonan, Choongchungnam-do", E(d="Cheonan-si", p="Chungcheongnam-do", cc="KR")),
    ("Songak-myun, Dangjin-gun, Chungchongnam-do",
     E(nb="Songak-myeon", d="Dangjin-gun", p="Chungcheongnam-do", cc="KR")),
    ("Daesan-eup, Seosan-si, Chungcheongnam-do 356-711",
     E(nb="Daesan-eup", d="Seosan-si", p="Chungcheongnam-do", post="356-711", cc="KR")),
    ("충청남도 아산시 탕정면 명암리 100",
     E(p="Chungcheongnam-do", d="Asan-si", nb="Tangjeong-myeon", vil="Myeongam-ri", lot="100", cc="KR")),
    # --- Jeollabuk-do ---
    ("Deokjin-gu, Jeonju-si, Jeollabuk-do 561-180",
     E(d="Deokjin-gu", c="Jeonju-si", p="Jeollabuk-do", post="561-180", cc="KR")),
    ("Kunsan, Chollabuk-do, Korea", E(d="Gunsan-si", p="Jeollabuk-do", cc="KR")),
    ("Iksan-si, Chonbuk", E(d="Iksan-si", p="Jeollabuk-do", cc="KR")),
    ("전라북도 전주시 완산구 효자동 1",
     E(p="Jeollabuk-do", c="Jeonju-si", d="Wansan-gu", nb="Hyoja-dong", lot="1", cc="KR")),
    ("Bongdong-eup, Wanju-gun, Jeonbuk", E(nb="Bongdong-eup", d="Wanju-gun", p="Jeollabuk-do", cc="KR")),
    # --- Jeollanam-do ---
    ("Yosu, Chollanam-do", E(d="Yeosu-si", p="Jeollanam-do", cc="KR")),
    ("Kwangyang-si, Chollanam-do 545-090", E(d="Gwangyang-si", p="Jeollanam-do", post="545-090", cc="KR")),
    ("Naju-si, Jeollanam-do 58217, Republic of Korea",
     E(d="Naju-si", p="Jeollanam-do", post="58217", cc="KR")),
    ("Samho-eup, Yeongam-gun, Jeollanam-do", E(nb="Samho-eup", d="Yeongam-gun", p="Jeollanam-do", cc="KR")),
    ("전라남도 여수시 중흥동 1", E(p="Jeollanam-do", d="Yeosu-si", nb="Jungheung-dong", lot="1", cc="KR")),
    # --- Gyeongsangbuk-do ---
    ("Pohang, Kyongsangbuk-do, Korea", E(d="Pohang-si", p="Gyeongsangbuk-do", cc="KR")),
    ("Goedong-dong 1, Nam-gu, Pohang City, Kyungbuk 790-785",
     E(nb="Goedong-dong", lot="1", d="Nam-gu", c="Pohang-si", p="Gyeongsangbuk-do",
       post="790-785", cc="KR")),
    ("Kumi, Kyungsangbuk-do", E(d="Gumi-si", p="Gyeongsangbuk-do", cc="KR")),
    ("Imsu-dong 94-1, Gumi-si, Gyeongsangbuk-do 730-350",
     E(nb="Imsu-dong", lot="94-1", d="Gumi-si", p="Gyeongsangbuk-do", post="730-350", cc="KR")),
    ("경상북도 포항시 남구 괴동동 1",
     E(p="Gyeongsangbuk-do", c="Pohang-si", d="Nam-gu", nb="Goedong-dong", lot="1", cc="KR")),
    ("Kyongju, Kyongsangbuk-do", E(d="Gyeongju-si", p="Gyeongsangbuk-do", cc="KR")),
    ("Jillyang-eup, Gyeongsan-si, Kyungbuk",
     E(nb="Jillyang-eup", d="Gyeongsan-si", p="Gyeongsangbuk-do", cc="KR")),
    # --- Gyeongsangnam-do ---
    ("Changwon, Kyongsangnam-do 641-315, Korea",
     E(d="Changwon-si", p="Gyeongsangnam-do", post="641-315", cc="KR")),
    ("Sungju-dong 28, Changwon-si, Kyungsangnam-do",
     E(nb="Seongju-dong", lot="28", d="Changwon-si", p="Gyeongsangnam-do", cc="KR")),
    ("Masan, Kyungnam", E(d="Masan-si", p="Gyeongsangnam-do", cc="KR")),
    ("Okpo-dong 1, Koje-si, Kyongsangnam-do",
     E(nb="Okpo-dong", lot="1", d="Geoje-si", p="Gyeongsangnam-do", cc="KR")),
    ("Sinhyeon-eup, Geoje-si, Gyeongsangnam-do 656-710",
     E(nb="Sinhyeon-eup", d="Geoje-si", p="Gyeongsangnam-do", post="656-710", cc="KR")),
    ("Jinhae, Kyungsangnam-do", E(d="Jinhae-si", p="Gyeongsangnam-do", cc="KR")),
    ("경상남도 창원시 성산구 성주동 28",
     E(p="Gyeongsangnam-do", c="Changwon-si", d="Seongsan-gu", nb="Seongju-dong", lot="28", cc="KR")),
    ("Yangsan-si, Gyeongsangnam-do", E(d="Yangsan-si", p="Gyeongsangnam-do", cc="KR")),
    ("Kimhae, Kyungnam 621-040", E(d="Gimhae-si", p="Gyeongsangnam-do", post="621-040", cc="KR")),
    # --- Jeju ---
    ("Cheju-si, Cheju-do 690-170, Korea", E(d="Jeju-si", p="Jeju-do", post="690-170", cc="KR")),
    ("Seogwipo-si, Jeju Special Self-Governing Province 63565",
     E(d="Seogwipo-si", p="Jeju-do", post="63565", cc="KR")),
    ("제주특별자치도 제주시 연동 1", E(p="Jeju-do", d="Jeju-si", nb="Yeon-dong", lot="1", cc="KR")),
    ("Namjeju-gun, Cheju-do", E(d="Namjeju-gun", p="Jeju-do", cc="KR")),
    # --- Hangul, Seoul ---
    ("서울특별시 강남구 테헤란로 152", E(p="Seoul", d="Gangnam-gu", road="Teheran-ro 152", cc="KR")),
    ("서울특별시 강남구 테헤란로87길 22", E(p="Seoul", d="Gangnam-gu", road="Teheran-ro 87-gil 22", cc="KR")),
    ("서울시 영등포구 여의도동 20", E(p="Seoul", d="Yeongdeungpo-gu", nb="Yeouido-dong", lot="20", cc="KR")),
    ("서울 종로구 종로1가 1", E(p="Seoul", d="Jongno-gu", nb="Jongno 1-ga", lot="1", cc="KR")),
    ("(우)135-080 서울특별시 강남구 역삼동 737",
     E(post="135-080", p="Seoul", d="Gangnam-gu", nb="Yeoksam-dong", lot="737", cc="KR")),
    ("서울특별시 중구 을지로 35", E(p="Seoul", d="Jung-gu", road="Eulji-ro 35", cc="KR")),
    ("서울 중구 세종대로 209", E(p="Seoul", d="Jung-gu", road="Sejong-daero 209", cc="KR")),
    ("서울특별시 서초구 서초2동 1337-20", E(p="Seoul", d="Seocho-gu", nb="Seocho 2-dong", lot="1337-20", cc="KR")),
    ("서울특별시 강남구 삼성동 159 무역센터 20층",
     E(p="Seoul", d="Gangnam-gu", nb="Samseong-dong", lot="159", b="무역센터", f=20, cc="KR")),
    ("경기도 화성시 반월동 산16", E(p="Gyeonggi-do", d="Hwaseong-si", nb="Banwol-dong", lot="San 16", cc="KR")),
    ("부산광역시 강서구 송정동 1", E(p="Busan", d="Gangseo-gu", nb="Songjeong-dong", lot="1", cc="KR")),
    ("경기도 성남시 분당구 정자동 178-1 두산타워 5층",
     E(p="Gyeonggi-do", c="Seongnam-si", d="Bundang-gu", nb="Jeongja-dong", lot="178-1",
       b="두산타워", f=5, cc="KR")),
    # --- cover-page blocks over several lines ---
    ("                 Samsung Main Building\n              250, Taepyung-ro 2-ga, Jung-gu\n"
     "                 Seoul, Korea 100-742",
     E(b="Samsung Main Building", lot="250", nb="Taepyeong-ro 2-ga", d="Jung-gu",
       post="100-742", **SEOUL)),
    ("   Mirae Tower 14th Floor\n   Yoido-dong 23-8, Youngdeungpo-ku\n   Seoul 150-010, Korea",
     E(b="Mirae Tower", f=14, nb="Yeouido-dong", lot="23-8", d="Yeongdeungpo-gu",
       post="150-010", **SEOUL)),
    ("   KT&G Tower\n   100 Pyongchon-dong, Taedok-gu\n   Taejon 306-712, Korea",
     E(b="KT&G Tower", lot="100", nb="Pyeongchon-dong", d="Daedeok-gu", p="Daejeon",
       post="306-712", cc="KR")),
    ("  Daechi Steel Center\n  316 Daechi 4-dong, Gangnam-gu\n  Seoul, Korea 135-841",
     E(b="Daechi Steel Center", lot="316", nb="Daechi 4-dong", d="Gangnam-gu", post="135-841", **SEOUL)),
    ("  Gumi Digital Center\n  Kongdan-dong 388, Gumi-si\n  Kyungsangbuk-do 730-030, Korea",
     E(b="Gumi Digital Center", nb="Gongdan-dong", lot="388", d="Gumi-si", p="Gyeongsangbuk-do",
       post="730-030", cc="KR")),
    ("  21st Floor, Seoul Square\n  541 Namdaemunno 5-ga, Jung-gu\n  Seoul 100-714\n  Republic of Korea",
     E(f=21, b="Seoul Square", lot="541", nb="Namdaemunno 5-ga", d="Jung-gu", post="100-714", **SEOUL)),
    ("        12th Fl., Dongwon Bldg.\n        275 Yangjae-dong, Seocho-ku\n        Seoul 137-130, Korea",
     E(f=12, b="Dongwon Bldg.", lot="275", nb="Yangjae-dong", d="Seocho-gu", post="137-130", **SEOUL)),
    ("   Hyundai Heavy Industries Building\n   1 Jeonha-dong, Dong-ku\n   Ulsan, Korea 682-792",
     E(b="Hyundai Heavy Industries Building", lot="1", nb="Jeonha-dong", d="Dong-gu", p="Ulsan",
       post="682-792", cc="KR")),
    ("   Cheju Grand Center\n   Yeon-dong 263-15, Cheju-si\n   Cheju-do 690-816, Korea",
     E(b="Cheju Grand Center", nb="Yeon-dong", lot="263-15", d="Jeju-si", p="Jeju-do",
       post="690-816", cc="KR")),
    # --- the -ga of old neighborhoods, in the orders filings use ---
    ("Sungsu-dong 2-ga 277-17, Sungdong-gu, Seoul 133-120, Korea",
     E(nb="Seongsu-dong 2-ga", lot="277-17", d="Seongdong-gu", post="133-120", **SEOUL)),
    ("  Shinhan Bank Building\n  120, 2-Ka, Taepyung-Ro, Chung-Ku\n  Seoul 100-102, Korea",
     E(b="Shinhan Bank Building", lot="120", nb="Taepyeong-ro 2-ga", d="Jung-gu", post="100-102", **SEOUL)),
    ("57 Hoehyon-dong 1-ga, Chung-gu, Seoul 100-051, Korea",
     E(lot="57", nb="Hoehyeon-dong 1-ga", d="Jung-gu", post="100-051", **SEOUL)),
    ("Daewoo Center Bldg., 541, 5-ka, Namdaemun-ro, Chung-ku, Seoul, Korea",
     E(b="Daewoo Center Bldg.", lot="541", nb="Namdaemun-ro 5-ga", d="Jung-gu", **SEOUL)),
    ("1 Chongno 2-ka, Chongno-ku, Seoul 110-122", E(lot="1", nb="Jongno 2-ga", d="Jongno-gu", post="110-122", **SEOUL)),
    # --- other countries ---
    ("245 Park Avenue, New York, NY 10167", E(c="New York", reg="NY", post="10167", cc="US")),
    ("1345 Avenue of the Americas, New York, New York 10105, U.S.A.",
     E(c="New York", reg="NY", post="10105", cc="US")),
    ("c/o Maples and Calder, P.O. Box 309, Ugland House, Grand Cayman KY1-1104, Cayman Islands",
     E(c="Grand Cayman", post="KY1-1104", cc="KY")),
    ("30 Raffles Place, #20-01, Singapore 048622", E(c="Singapore", post="048622", cc="SG")),
    ("Two Exchange Square, 8 Connaught Place, Central, Hong Kong", E(c="Hong Kong", cc="HK")),
    ("Clarendon House, 2 Church Street, Hamilton HM 11, Bermuda", E(c="Hamilton", post="HM 11", cc="BM")),
    ("Marunouchi Building, 2-4-1 Marunouchi, Chiyoda-ku, Tokyo 100-6390, Japan",
     E(c="Tokyo", post="100-6390", cc="JP")),
    ("One Market, Spear Tower, San Francisco, CA 94105",
     E(c="San Francisco", reg="CA", post="94105", cc="US")),
    ("Level 28, Three Pacific Place, 1 Queen's Road East, Hong Kong", E(c="Hong Kong", cc="HK")),
    ("2711 Centerville Road, Suite 400, Wilmington, Delaware 19808",
     E(c="Wilmington", reg="DE", post="19808", cc="US")),
    ("Akasaka Twin Tower, 2-17-22 Akasaka, Minato-ku, Tokyo 107-0052, Japan",
     E(c="Tokyo", post="107-0052", cc="JP")),
    ("Tokyo 100-0005, Japan", E(c="Tokyo", post="100-0005", cc="JP")),
    ("Hamilton HM 08, Bermuda", E(c="Hamilton", post="HM 08", cc="BM")),
]

# Known limits: kept so they are seen, not deleted.
XFAIL_ROWS: list[tuple[str, dict[str, object], str]] = [
    ("Gasan Digital 1-ro 26, Geumcheon-gu, Seoul",
     E(road="Gasan Digital 1-ro 26", d="Geumcheon-gu", **SEOUL),
     "road names of several words"),
    ("LG Electronics Gumi Plant, Kongdan-dong 388, Gumi-si, Kyungsangbuk-do",
     E(b="LG Electronics Gumi Plant", nb="Gongdan-dong", lot="388", d="Gumi-si",
       p="Gyeongsangbuk-do", cc="KR"),
     "a place name inside a name without a building word"),
    ("Basement 1, Star Tower, 737 Yeoksam-dong, Gangnam-gu, Seoul",
     E(f=-1, b="Star Tower", lot="737", nb="Yeoksam-dong", d="Gangnam-gu", **SEOUL),
     "basement floors"),
]


def parts_of(text: str) -> dict[str, object]:
    address = parse_address(text)
    assert address is not None, text
    return {k: v for k, v in address.to_dict().items() if k in PARTS}


@pytest.mark.parametrize("text, expected", ROWS, ids=[r[0][:40].strip() for r in ROWS])
def test_address_parts(text: str, expected: dict[str, object]) -> None:
    assert parts_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [pytest.param(t, e, marks=pytest.mark.xfail(reason=why, strict=True)) for t, e, why in XFAIL_ROWS],
)
def test_known_limits(text: str, expected: dict[str, object]) -> None:
    assert parts_of(text) == expected


def test_table_is_big_and_covers_every_province() -> None:
    from converter.parse.address_places import gazetteer

    assert len(ROWS) + 2 >= 150  # the two seed rows below
    top = {p.rr for p in gazetteer() if p.level == 0}
    covered = {parse_address(t).city_or_province for t, _ in ROWS}
    assert top - covered == set()


# --- the two seed addresses, read from the seed documents ---


def _seed(name: str) -> str:
    return (SEEDS / name).read_text(encoding="utf-8")


def test_seed_6k_cover_block() -> None:
    text = _seed("hanaro-6k-cover-nov-2002.txt")
    label = text.index("(Address of Principal Executive Offices)")
    block_start = text.rindex("(Name of the Registrant)", 0, label) + len("(Name of the Registrant)")
    address = parse_address(text[block_start:label])
    assert address is not None
    assert {k: v for k, v in address.to_dict().items() if k in PARTS} == E(
        b="Kukje Electronics Center Bldg.", f=24, nb="Seocho-dong", lot="1445-3",
        d="Seocho-gu", p="Seoul", post="137-728", cc="KR")
    assert address.district_ko == "서초구" and address.city_or_province_ko == "서울특별시"


def test_seed_thrunet_headquarters() -> None:
    text = _seed("thrunet-reverse-split-2002.txt")
    m = re.search(r"located at\s+(.*?)\.\s*$", text, re.MULTILINE | re.DOTALL)
    assert m
    address = parse_address(m.group(1).split("\n\n")[0])
    assert address is not None
    assert {k: v for k, v in address.to_dict().items() if k in PARTS} == E(
        lot="1337-20", nb="Seocho 2-dong", d="Seocho-gu", p="Seoul", post="137-751", cc="KR")
