"""Finding the parts of an address in a piece of text: the recognizers.

An address is cut into *pieces* at commas, semicolons, line breaks and brackets; each piece is
scanned by recognizers in order of reliability (floor, Hangul words, neighborhood, road, marked
postal code, number, place and country names), each claiming the characters it explains. What no
recognizer claims is left over: building names and words that cannot be placed.

>>> [(e.kind, e.text) for e in scan_piece("Yeoksam-dong 823-21", 0)]
[('neighborhood', 'Yeoksam-dong'), ('number', '823-21')]
>>> [(e.kind, e.text) for e in scan_piece("24th Floor", 0)]
[('floor', '24th Floor')]
>>> [(e.kind, e.text) for e in scan_piece("Seoul 100-744", 0)]
[('place', 'Seoul'), ('number', '100-744')]
>>> [(e.kind, e.text) for e in scan_piece("서울특별시 강남구 역삼1동 823-21", 0)]
[('place', '서울특별시'), ('place', '강남구'), ('neighborhood', '역삼1동'), ('number', '823-21')]
>>> [(e.kind, e.text, e.value) for e in scan_piece("123 Teheran-ro", 0)]
[('road', '123 Teheran-ro', 'Teheran-ro 123')]
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import NamedTuple

from converter.parse.address_places import (
    ForeignPlace,
    Place,
    foreign_index,
    lookup_place,
    nearest_place,
    neighborhood_bases,
    neighborhood_by_hangul,
)
from converter.parse.address_roman import address_words, hangul_to_rr, is_revised_spelling, normalize_roman_word
from converter.parse.numbers import number_words


class Element(NamedTuple):  # a tuple: built thousands of times a second
    kind: str  # floor, neighborhood, village, road, postal, number, place, country, region, city
    start: int  # offsets in the text scanned
    end: int
    text: str
    value: str | int | None = None  # normalized value where the recognizer can tell
    places: tuple[Place, ...] = ()  # candidate gazetteer places of a place element
    foreign: ForeignPlace | None = None


# pieces end at commas, semicolons, line breaks (not one inside '6th\nFloor'), brackets and '|'
# table cells; '(우)' marks a postal code
_LINE_BREAK = r"\n(?![ \t]*(?:floors?|fl\.)(?![A-Za-z]))"
PIECE_BREAK = re.compile(rf"[,;\[\]|]|{_LINE_BREAK}|\((?!우\))|(?<!\(우)\)", re.IGNORECASE)
SIMPLE_PIECE_BREAK = re.compile(rf"[,;()\[\]|]|{_LINE_BREAK}", re.IGNORECASE)  # text without '(우)'
# a floor: '24th Floor', '5 Fl.', '14F', '14/F', '14/ F', '14 F'; 'Floor 3'; '5층'
_FLOOR = re.compile(
    r"(?<![\w-])(?P<n>\d{1,3})\s*(?:st|nd|rd|th)?\s*(?:floors?\b|fl\b\.?|(?:/\s*)?f\b)"
    r"|\bfloor\s+(?P<m>\d{1,3})\b|(?P<k>\d{1,3})\s*층",
    re.IGNORECASE,
)


@cache
def spelt_floor() -> re.Pattern[str]:
    """'Second Floor': a floor's ordinal spelt out (the ordinal words of ``data/number_words.tsv``)."""
    words = sorted((w for w, (_, kind) in number_words().items() if kind == "ordinal" and w.isalpha()),
                   key=len, reverse=True)
    return re.compile(rf"(?<![\w-])(?P<w>{'|'.join(words)})\s+floor\b", re.IGNORECASE)


_HANGUL_WORD = re.compile(r"[가-힣][가-힣\d]*")
_HANGUL_NEIGHBORHOOD = re.compile(r"(?P<base>[가-힣]+?)(?P<num>\d*)(?P<suffix>동|읍|면|가|리)$")
_HANGUL_ROAD = re.compile(r"[가-힣]+\d*(?:대로|로)(?:\d+번?(?:안)?길)?|[가-힣]+\d*길")
_ROAD = re.compile(
    r"""(?<![\w'’-])(?:(?P<prejiha>jiha\s+|b(?=\d))?(?P<pre>\d{1,4}(?:-\d{1,4})?),?\s+)?  # '12 Teheran-ro', 'Jiha 12'
        (?P<prefix>(?:(?-i:[A-Z])[A-Za-z'’]*[ \t]+){1,3}(?=(?-i:[a-z])))?  # 'World Cup ' of 'World Cup buk-ro':
                                       # words the lower-case name goes on from (a name opens with a capital)
        (?P<name>[A-Za-z][A-Za-z'’]*(?:[ -]\d{1,3})?)(?P<suffix>[ -](?:daero|ro|gil)|-no)\b  # the road
        (?:[ -]?(?P<sub>\d{1,4})[ -]?(?:beon-?)?gil\b)?                                      # '87-gil'
        (?:,?\s+(?P<postjiha>jiha\s+|b(?=\d))?(?P<post>\d{1,4}(?:-\d{1,4})?)(?![\d-]))?  # its number""",
    re.IGNORECASE | re.VERBOSE,
)
_NEIGHBORHOOD = re.compile(
    # a name may be split at a syllable ('Jung-ang-dong'), never at an administrative suffix
    r"(?<![A-Za-z'’])(?P<base>[A-Za-z][A-Za-z'’]*(?:-(?!(?:gu|ku|si|shi|do|gun|kun|ro|no|gil)\b)[a-z]{2,4}(?=-))?"
    r"(?:[ -](?:ro|no|daero)\b)?)"
    r"(?:[ -]?(?P<num>\d{1,2})[ -]?|[ -])(?P<suffix>dong|ga|ka|eup|up|myeon|myun|myon|ri)\b"
    r"(?:[ -](?P<ga>\d{1,2})[ -][gk]a\b)?",  # 'Hoehyon-dong 1-ga'
    re.IGNORECASE,
)
# '120, 2-Ka, Taepyung-Ro': the -ga of a road-named neighborhood written before the road
_GA_ALONE = re.compile(r"(?P<n>\d{1,2})[ -][gk]a\.?", re.IGNORECASE)
_MARKED_POSTAL = re.compile(
    r"(?:\(?우\)?|우편번호|zip(?:\s*code)?\s*:?|postal\s+code\s*:?)\s*(?P<code>\d{3}-\d{3}|\d{5})\b",
    re.IGNORECASE,
)
_NUMBER = re.compile(
    r"(?<![\w-])(?:(?:San|산)\s*)?(?:No\.\s*)?\d{1,6}(?:-\d{1,5})?(?:\s*(?:beonji|번지))?(?![\w-])"
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’.]*(?:-[A-Za-z][A-Za-z'’.]*)*")
_MAY_BE_NEIGHBORHOOD = re.compile(r"[\d -](?:dong|ga|ka|eup|up|my[eu]?on|myun|ri)\b")
_MAY_BE_ROAD = re.compile(r"[ -](?:daero|ro|gil)\b|-no\b")
_ROAD_IN_NAME = re.compile(r"(.+?)[ -](ro|no|daero)$", re.IGNORECASE)
# the building number after a road name, '지하' before it for a building under the road
# a numbered side street written apart from its road ('테헤란로 87길', '판교로 255번길')
_SPACED_SIDE_STREET = re.compile(r"[ \t]+(\d{1,4})(번?길)(?![가-힣\d])")
# another building number right after a road's number ('판교로 255 9-22': a side street's number
# with its 번길 left out, or two numbers run together)
_SECOND_NUMBER = re.compile(r"[ \t]+\d{1,4}-\d{1,4}(?![\d-])")
_BUILDING_NUMBER = re.compile(r"\s+(?:(?P<jiha>지하)\s*)?(\d{1,4}(?:-\d{1,4})?)(?![\d-])")
_NUMBERED_NAME = re.compile(r"[ -](\d{1,3})$")
_NAME_GOES_ON = re.compile(r" [A-Z0-9&가-힣]")
_WORDISH = re.compile(r"[\w가-힣]")
_MAY_BE_MARKED = re.compile(r"우|zip|postal")
_HANGUL_ANY = re.compile(r"[가-힣]")
_DIGIT = re.compile(r"\d")
_MAX_NGRAM = 4


@cache
def _suffixes() -> dict[str, str]:
    return {k.lower(): v for k, v in address_words().get("suffix", ())}


@cache
def building_words() -> re.Pattern[str]:
    words = sorted((w for w, _ in address_words().get("building", ())), key=len, reverse=True)
    latin = [re.escape(w) + (r"(?![\w])" if w[-1].isalnum() else "") for w in words if w.isascii()]
    hangul = [re.escape(w) for w in words if not w.isascii()]
    return re.compile(r"(?<![\w])(?:%s)|(?:%s)" % ("|".join(latin), "|".join(hangul)),
                      re.IGNORECASE)


def normalize_neighborhood(base: str, num: str | None, suffix: str) -> str:
    """'Seocho', '2', 'dong' -> 'Seocho 2-dong'; 'Taepyung-ro', '2', 'ga' -> 'Taepyeong-ro 2-ga'."""
    suffix = _suffixes().get(suffix.lower(), suffix.lower())
    road = _ROAD_IN_NAME.match(base)
    if road:
        name = normalize_roman_word(road[1]) + "-" + ("ro" if road[2].lower() == "no" else road[2].lower())
    else:  # the legal name from the gazetteer where the spelling is one of its forms
        name = neighborhood_bases().exact(base) or normalize_roman_word(base)
    return f"{name} {num}-{suffix}" if num else f"{name}-{suffix}"


def _as_printed(word: str) -> str:
    """A romanized name as printed, capitalised: 'GONG' -> 'Gong', 'teheran' -> 'Teheran'."""
    return word[:1].upper() + word[1:].lower()


_SYLLABLE_BEFORE = re.compile(r"([A-Za-z]{1,5}) $")


def _split_name(piece: str, start: int, base: str) -> tuple[int, str]:
    """'CHA AM-DONG': a neighbourhood name typed as syllables apart is one name when the joined
    syllables are a listed neighbourhood and the last one alone is not (start, name)."""
    before = _SYLLABLE_BEFORE.search(piece, max(0, start - 6), start)
    if before is None or " " in base or "-" in base:
        return start, base
    joined = before[1] + base.lower()
    index = neighborhood_bases()
    if index.exact(joined) and not index.exact(base):
        return before.start(1), joined
    return start, base


def _free(claimed: list[tuple[int, int]], start: int, end: int) -> bool:
    for s, e in claimed:  # a plain loop: this runs for every match of every piece
        if start < e and s < end:
            return False
    return True


def _hangul_element(word: str, start: int) -> Element | None:
    places = lookup_place(word)
    end = start + len(word)
    if places:
        return Element("place", start, end, word, places[0].rr, places)
    known = neighborhood_by_hangul().get(word)
    if known is not None:
        return Element("neighborhood", start, end, word, known.rr)
    if _HANGUL_ROAD.fullmatch(word):
        return Element("road", start, end, word, hangul_to_rr(word))
    m = _HANGUL_NEIGHBORHOOD.match(word)
    if m and (m["num"] or m["suffix"] != "가") and not building_words().search(word):
        kind = "village" if m["suffix"] == "리" else "neighborhood"
        return Element(kind, start, end, word, hangul_to_rr(word))
    return None


def _scan_hangul(piece: str, offset: int, claimed: list[tuple[int, int]], out: list[Element]) -> None:
    for m in _HANGUL_WORD.finditer(piece):
        if not _free(claimed, m.start(), m.end()):
            continue
        element = _hangul_element(m.group(), offset + m.start())
        if element is None:
            continue
        if element.kind == "road":  # the building number follows a Hangul road name
            word_end = m.end()
            side = _SPACED_SIDE_STREET.match(piece, word_end) if not m.group().endswith("길") else None
            if side:  # 'X로 87길 36' is the side street X로87길, its building 36 (87 is no building's number)
                word_end = side.end()
                element = Element("road", element.start, offset + word_end, piece[m.start():word_end],
                                  hangul_to_rr(m.group() + side[1] + side[2]))
            tail = _BUILDING_NUMBER.match(piece, word_end)
            if tail and _SECOND_NUMBER.match(piece, tail.end()):
                continue  # 'X로 255 9-22': which number is the building's the text does not say
            if tail:
                end = tail.end()
                number = f"Jiha {tail[2]}" if tail["jiha"] else tail[2]
                element = Element("road", element.start, offset + end, piece[m.start():end],
                                  f"{element.value} {number}")
        claimed.append((element.start - offset, element.end - offset))
        out.append(element)


def _scan_regexes(piece: str, offset: int, claimed: list[tuple[int, int]], out: list[Element]) -> None:
    lower = piece.lower()
    alone = _GA_ALONE.fullmatch(piece)
    if alone:
        out.append(Element("ga", offset, offset + len(piece), piece, alone["n"]))
        claimed.append((0, len(piece)))
        return
    # cheap substring tests first: most pieces have no dong, road or postal marker at all
    neighborhoods = _NEIGHBORHOOD.finditer(piece) if _MAY_BE_NEIGHBORHOOD.search(lower) else ()
    roads = _ROAD.finditer(piece) if _MAY_BE_ROAD.search(lower) else ()
    marked = _MARKED_POSTAL.finditer(piece) if _MAY_BE_MARKED.search(lower) else ()
    numbers = _NUMBER.finditer(piece) if _DIGIT.search(piece) else ()
    for m in neighborhoods:
        if _free(claimed, m.start(), m.end()):
            kind = "village" if m["suffix"].lower() == "ri" else "neighborhood"
            start, base = _split_name(piece, m.start(), m["base"])
            value = normalize_neighborhood(base, m["num"], m["suffix"])
            if m["ga"]:
                value += f" {m['ga']}-ga"
            out.append(Element(kind, offset + start, offset + m.end(), piece[start:m.end()], value))
            claimed.append((start, m.end()))
    for m in roads:
        if not _free(claimed, m.start(), m.end()):
            continue
        # a road name printed in a spelling Revised Romanization could write is kept as printed,
        # its case aside ('GONG-RO' -> 'Gong-ro'): respelling it through the spelling keys would
        # take it for another name of the same key ('Gong' and 'Gung' fold alike); a spelling
        # RR never writes ('Joongang') is respelt
        word = m["name"].split()[0].split("-")[0]
        name = _as_printed(word) if is_revised_spelling(word) else normalize_roman_word(word)
        number = _NUMBERED_NAME.search(m["name"])
        suffix = m["suffix"][1:].lower()
        if m["prefix"]:  # 'World Cup buk-ro': the name as written after its words (월드컵북로)
            name = " ".join(m["prefix"].split()) + " " + name.lower()
        road = f"{name}{' ' + number[1] if number else ''}-" + ("ro" if suffix == "no" else suffix)
        if m["sub"]:
            road += f" {m['sub']}-gil"
        building_no = m["post"] or m["pre"]
        if building_no and (m["postjiha"] if m["post"] else m["prejiha"]):
            building_no = f"Jiha {building_no}"  # a building under the road: 지하
        value = f"{road} {building_no}" if building_no else road
        out.append(Element("road", offset + m.start(), offset + m.end(), m.group(), value))
        claimed.append(m.span())
    for m in marked:
        if _free(claimed, m.start(), m.end()):
            out.append(Element("postal", offset + m.start("code"), offset + m.end(), m["code"], m["code"]))
            claimed.append(m.span())
    for m in numbers:
        if _free(claimed, m.start(), m.end()):
            out.append(Element("number", offset + m.start(), offset + m.end(), m.group(), m.group()))
            claimed.append(m.span())


@lru_cache(maxsize=65536)
def _lookup_words(phrase: str) -> Element | None:
    """A place, country, US state or foreign city or district the phrase names (offsets filled in later)."""
    stripped = phrase.rstrip(",")
    index = foreign_index()
    country = index.get("country", {}).get(stripped.lower()) or index.get("country", {}).get(
        stripped.rstrip(".").lower())
    if country:
        return Element("country", 0, 0, stripped, country.country, foreign=country)
    places = lookup_place(stripped)
    if places:
        return Element("place", 0, 0, stripped, places[0].rr, places)
    city = index.get("city", {}).get(stripped.lower())
    if city:  # 'New York' the city before 'New York' the state; assembly sorts them out
        return Element("city", 0, 0, stripped, city.name, foreign=city)
    region = index.get("region", {}).get(stripped) or index.get("region", {}).get(stripped.lower())
    if region:
        return Element("region", 0, 0, stripped, region.region or region.name, foreign=region)
    district = index.get("district", {}).get(stripped.lower())
    if district:  # 'Wan Chai': an area of a city, listed with its country
        return Element("district", 0, 0, stripped, district.name, foreign=district)
    places = nearest_place(stripped)  # 'Kangnum-gu': a misspelt district, above the floor
    if places:
        return Element("place", 0, 0, stripped, places[0].rr, places)
    return None


def _scan_words(piece: str, offset: int, claimed: list[tuple[int, int]], out: list[Element]) -> None:
    words = [m for m in _WORD.finditer(piece) if _free(claimed, m.start(), m.end())]
    i = 0
    while i < len(words):
        if not words[i].group()[0].isupper():  # names are capitalized: 'as an' is not Asan
            i += 1
            continue
        for n in range(min(_MAX_NGRAM, len(words) - i), 0, -1):
            first, last = words[i], words[i + n - 1]
            if n > 1 and not _free(claimed, first.start(), last.end()):
                continue
            found = _lookup_words(piece[first.start():last.end()])
            if found:
                end = first.start() + len(found.text)
                out.append(Element(found.kind, offset + first.start(), offset + end, found.text,
                                   found.value, found.places, found.foreign))
                claimed.append((first.start(), end))
                i += n
                break
        else:
            i += 1


def scan_piece(piece: str, offset: int) -> list[Element]:
    """Every recognized part of one piece, sorted; ``offset`` is where the piece starts."""
    return [shifted(e, offset) for e in _scan_piece_at_zero(piece)]


def shifted(e: Element, offset: int) -> Element:
    if not offset:
        return e
    return Element(e.kind, e.start + offset, e.end + offset, e.text, e.value, e.places, e.foreign)


@lru_cache(maxsize=65536)
def scan_with_leftovers(piece: str) -> tuple[tuple[Element, ...], tuple[tuple[int, int], ...]]:
    """Elements and leftover ranges of a piece starting at offset 0 (cached by its text)."""
    elements = _scan_piece_at_zero(piece)
    return elements, tuple(leftovers(piece, 0, list(elements)))


@lru_cache(maxsize=65536)
def _scan_piece_at_zero(piece: str) -> tuple[Element, ...]:
    """Pieces repeat ('Seoul', 'Korea', 'Seocho-ku'): scan each text once."""
    claimed: list[tuple[int, int]] = []
    out: list[Element] = []
    offset = 0
    lower = piece.lower()
    if ("f" in lower or "층" in piece) and _DIGIT.search(piece):
        for m in _FLOOR.finditer(piece):
            n = m["n"] or m["m"] or m["k"]
            out.append(Element("floor", offset + m.start(), offset + m.end(), m.group(), int(n)))
            claimed.append(m.span())
    if "floor" in lower:
        for m in spelt_floor().finditer(piece):  # 'Second Floor'
            if not any(m.start() < e and s < m.end() for s, e in claimed):
                out.append(Element("floor", offset + m.start(), offset + m.end(), m.group(),
                                   int(number_words()[m["w"].lower()][0])))
                claimed.append(m.span())
    if _HANGUL_ANY.search(piece):
        _scan_hangul(piece, offset, claimed, out)
    _scan_regexes(piece, offset, claimed, out)
    _scan_words(piece, offset, claimed, out)
    out.sort(key=lambda e: e.start)
    return tuple(_names_of_buildings(piece, offset, out))


def _names_of_buildings(piece: str, offset: int, elements: list[Element]) -> list[Element]:
    """A place or country name that starts a building's name (``Seoul Finance Center``,
    ``Korea Exchange Bank Building``) is part of the building, not of the address."""
    words = building_words()
    if not words.search(piece):
        return elements
    kept = []
    for i, e in enumerate(elements):
        if e.kind in ("place", "country", "city", "region", "district"):
            following = elements[i + 1].start if i + 1 < len(elements) else offset + len(piece)
            after = piece[e.end - offset:following - offset]
            if _NAME_GOES_ON.match(after) and words.search(after):
                continue
        kept.append(e)
    return kept


def leftovers(piece: str, offset: int, elements: list[Element]) -> list[tuple[int, int]]:
    """Ranges of the piece (absolute offsets) that no element explains, trimmed of spaces and
    punctuation."""
    ranges: list[tuple[int, int]] = []
    cursor = offset
    for e in sorted(elements, key=lambda e: e.start):
        if e.start > cursor:
            ranges.append((cursor, e.start))
        cursor = max(cursor, e.end)
    ranges.append((cursor, offset + len(piece)))
    trimmed = []
    for start, end in ranges:
        text = piece[start - offset:end - offset]
        lead = len(text) - len(text.lstrip(" \t,.:;-–/&"))
        tail = len(text.rstrip(" \t,;:-–/&"))
        if tail > lead and _WORDISH.search(text, lead, tail):
            trimmed.append((start + lead, start + tail))
    return trimmed
