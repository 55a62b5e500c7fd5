"""Addresses outside Korea: street, building, floor, district, city, state or province, postal
code and country, each as printed.

Japan (``2-1, Marunouchi 1-chome, Chiyoda-ku, Tokyo 100-0005``), Taiwan (``No. 3 Li Hsin Road
II, Science Park, Hsinchu``), China (``A6, Xinyuan Street, Haidian District Beijing, 100086``),
Hong Kong (``60/F, 99 Queen's Road Central, Hong Kong``), India (``24, Park Street, Kolkata
700 016, West Bengal``), the US (``245 Park Avenue, New York, NY 10167``), the Netherlands, and
the offshore centres of agents and holding companies. The top-level division (a US state, a
Japanese prefecture, a Chinese province or municipality, a city-state) is ``city_or_province``,
the city under it ``city``; ``region`` keeps a US state's code. Places, street words and postal
formats are in ``data/places_foreign.tsv`` and ``data/address_words.tsv``.

>>> from converter.parse.address import parse_address
>>> a = parse_address("Kasumigaseki Bldg., 3-2-5 Kasumigaseki, Chiyoda-ku, Tokyo 100-6012, Japan")
>>> a.building, a.street, a.district, a.city_or_province, a.postal_code, a.country_code
('Kasumigaseki Bldg.', '3-2-5 Kasumigaseki', 'Chiyoda-ku', 'Tokyo', '100-6012', 'JP')
>>> a = parse_address("No. 8 Kuang Fu Road, Hsinchu Industrial Park, Hsinchu, Taiwan, R.O.C.")
>>> a.street, a.city, a.country_code, a.line
('No. 8 Kuang Fu Road', 'Hsinchu', 'TW', 'No. 8 Kuang Fu Road')
"""

from __future__ import annotations

import re
from functools import cache
from typing import Sequence

from converter.parse.address_places import ForeignPlace, foreign_index, postal_patterns
from converter.parse.address_roman import address_words
from converter.parse.numbers import number_words
from converter.parse.address_scan import Element, building_words, spelt_floor
from converter.parse.address_types import Address, Piece, tidy

_FLOOR = re.compile(
    r"""(?<![\w-])(?:(?P<n>\d{1,3})(?:st|nd|rd|th)?\s*(?:/\s*F\b|/\s*Floor\b|Floors?\b|Fl\b\.?|F\b)  # '60/F', '24th Floor'
       |(?:Floor|Level|Piso|Andar)\s+(?P<m>\d{1,3})\b                                       # 'Level 28', 'Piso 15'
       |\d{1,3}(?:st|nd|rd|th)?\s*[-~]\s*\d{1,3}(?:st|nd|rd|th)?\s*(?:/\s*F\b|/\s*Floors?\b|Floors?\b|F\b))  # a range: no one floor
    """,
    re.IGNORECASE | re.VERBOSE)
_NUMBER = r"(?:(?:Plot|Door|Flat|Shop|Unit)\s+)?(?:No\.?\s*|\#\s*)?[A-Z]?\d{1,5}[A-Za-z]?(?:\s*-\s*\d{1,5}[A-Za-z]?){0,3}"
_NAME_WORD = r"[A-Z0-9][\w'’.&-]*"
_CITY_STATES_FIELD = "city_state"
_CITY_STATE_ZIP = ("US", "CA", "AU", "MX", "BR")  # where 'City, State ZIP' is the order (the city need not be listed)
_STATE_BEFORE_CODE = ("US", "CA", "AU", "MX")  # where a state stands between the city and the code
_NOT_CITIES = frozenset({"p.o. box", "po box", "box", "suite", "room", "floor", "zip code", "postal code"})
_CITY_SUFFIX = re.compile(r"[ -](?:City|CITY|shi|Shi|SHI)(?![\w-])")
_ZIP_AFTER = re.compile(r"[ \t]+\d{5}(?!\d)")

_LINE_BREAK = re.compile(r"\s*\n\s*")
_CAPITALIZED_NAME = re.compile(r"[A-Z][A-Za-z.' -]+")
_TWO_CAPITALS = re.compile(r"[A-Z]{2}")  # a state's or country's code


@cache
def _street_patterns() -> tuple[re.Pattern[str], ...]:
    words = address_words()
    types = sorted((w for w, v in words.get("street_type", ()) if v != "glued"), key=len, reverse=True)
    glued = sorted((w for w, v in words.get("street_type", ()) if v == "glued"), key=len, reverse=True)
    tails = sorted((w for w, _ in words.get("street_tail", ())), key=len, reverse=True)
    type_re = "|".join(re.escape(t) + (r"(?![\w])" if t[-1].isalnum() else "") for t in types)
    tail_re = "|".join(re.escape(t) for t in tails)
    number_first = re.compile(
        rf"""(?<![\w-]){_NUMBER}               # the house number: 'No. 3', '38-40', 'A6', '#12'
             ,?\s+(?:{_NAME_WORD},?\s+){{0,5}}?  # the street's name: capitalized words ('Sec. 2, Tun Hwa S.')
             (?i:{type_re})                     # 'Road', 'Rd.', 'Street', 'Avenue'...
             (?:[ \t]+(?:(?i:{tail_re})(?:\s*\d{{1,2}})?|[IVX]{{1,4}}\b|\d{{1,2}}\b))*  # 'Sec. 2', 'III', '2', 'Central'
             (?:[ \t]+No\.?[ \t]*\d{{1,3}}[A-Za-z]?(?![\w-]))?  # a road of a numbered series: 'Road No. 3'
             (?:[ \t]+of[ \t]+the[ \t]+[A-Z][\w'’]*)?         # 'Avenue of the Americas'
        """,
        re.VERBOSE)
    japanese = re.compile(
        r"""(?<![\w-])\d{1,3}(?:\s*-\s*\d{1,3}){1,3}    # banchi-go: '2-1', '4 -1', '2-17-22'
             ,?\s+(?P<town>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)        # the town: 'Marunouchi', 'Nishi-Shinjuku'
             (?:[ -]\d{1,2}-?(?i:chome)\b|[ -](?i:cho|machi)\b)?  # its chome: '1-chome', '1-Chome'
        """,
        re.VERBOSE)
    town_first = re.compile(
        r"""(?<![\w-])(?P<town>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)   # 'Higashi-Shimbashi'
             [ \t]+\d{1,3}(?:-\d{1,3}){1,3}(?![\w-])        # then its banchi-go: '1-5-2'
        """,
        re.VERBOSE)
    cho = re.compile(  # '1, Toyota-cho': a lot in a town without chome
        r"(?<![\w-])\d{1,4}(?:\s*-\s*\d{1,4}){0,3},?\s+[A-Z][a-z]+-(?:cho|machi)\b")
    glued_first = re.compile(
        rf"(?<![\w-])(?:[A-Z][\w'’-]*\s){{0,2}}[A-Z][\w'’-]*(?i:{'|'.join(glued)})\s+\d{{1,5}}[A-Za-z]?"
        rf"(?:\s*-\s*\d{{1,5}})?(?![\w-])")  # 'Prinses Beatrixlaan 23'
    leads = sorted((w for w, _ in words.get("street_lead", ())), key=len, reverse=True)
    lead_first = re.compile(
        rf"""(?:(?<![\w-])\d{{1,5}}[A-Za-z]?(?:-\d{{1,5}})?,?[ \t]+)?  # '14, rue ...': the number before it
             (?<![\w-])(?:{'|'.join(re.escape(w) for w in leads)})(?![\w])  # 'rue', 'Avenida', 'Via'
             (?:[ \t]+(?:[A-Z\u00c0-\u00de][\w'’.-]*|d[aeiou]s?|del|della|la|le|y))  # its name: 'de Marignan'
             {{1,6}}
             (?:,?[ \t]+(?:No\.?[ \t]*|n[º°o]\.?[ \t]*)?\d{{1,4}}[A-Za-z]?(?![\w-])  # the number after it: ', 800'
                (?:[ \t]+(?:Pte|Ote|Nte|Sur)\.?                   # 'No. 444 Pte.'
                 |(?![ \t]+[A-Z\u00c0-\u00de][a-z])))?           # (not a postal code before its city: ', 75116 Paris')
        """,
        re.VERBOSE)
    return lead_first, number_first, japanese, town_first, cho, glued_first


@cache
def _suffix_patterns() -> dict[str, re.Pattern[str]]:
    """kind (district, city, region) -> a name followed by a suffix that says it is one."""
    by_kind: dict[str, list[str]] = {}
    for word, kind in address_words().get("foreign_suffix", ()):
        by_kind.setdefault(kind, []).append(re.escape(word) + (r"(?![\w])" if word[-1].isalnum() else ""))
    return {kind: re.compile(rf"(?<![\w-])[A-Z][A-Za-z'’]*(?: [A-Z][A-Za-z'’]*)?[ -](?:{'|'.join(words)})")
            for kind, words in by_kind.items()}


@cache
def _any_suffix() -> re.Pattern[str]:
    words = sorted((w for w, _ in address_words().get("foreign_suffix", ())), key=len, reverse=True)
    return re.compile(r"[ -](?:%s)(?![\w])" % "|".join(re.escape(w) for w in words))


def _country_of(elements: Sequence[Element]) -> tuple[str | None, Element | None]:
    countries = [e for e in elements if e.kind == "country" and e.foreign]
    if countries:
        last = countries[-1]
        part = next((c for c in countries if c.foreign.region == last.value), None)  # 'HONG KONG, CHINA'
        chosen = part or last
        return chosen.foreign.country, chosen
    for e in elements:
        if e.kind in ("region", "city") and e.foreign:
            return e.foreign.country, None
    return None, None


def _overlaps(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(start < e and s < end for s, e in taken)


class _Parts:
    """The parts found so far, their spans, and the characters they took."""

    def __init__(self) -> None:
        self.values: dict[str, object] = {}
        self.spans: list[tuple[str, int, int]] = []
        self.taken: list[tuple[int, int]] = []

    def put(self, name: str, value: object, start: int, end: int) -> None:
        if name not in self.values and value not in (None, ""):
            self.values[name] = value
            self.spans.append((name, start, end))
        self.taken.append((start, end))


def _street(text: str, start: int, end: int, parts: _Parts) -> None:
    for pattern in _street_patterns():
        for m in pattern.finditer(text, start, end):
            s, e = m.start(), len(text[:m.end()].rstrip(" ,\t\r\n"))
            town = m.groupdict().get("town")
            if town and (any(town.lower() in foreign_index().get(k, {}) for k in ("country", "region", "city"))
                         or _suffix_patterns()["district"].fullmatch(town)):
                continue  # '1-2, Tokyo': a place, not a town of the street
            if not _overlaps(parts.taken, s, e):
                value = _LINE_BREAK.sub(" ", text[s:e])
                parts.put("street", value, s, e)
                return


def _floor(text: str, start: int, end: int, parts: _Parts) -> None:
    m = _FLOOR.search(text, start, end)
    spelt = spelt_floor().search(text, start, end) if m is None else None
    if spelt:
        parts.put("floor", int(number_words()[spelt["w"].lower()][0]), spelt.start(), spelt.end())
    if m:
        n = m["n"] or m["m"]
        if n:
            parts.put("floor", int(n), m.start(), m.end())
        else:
            parts.taken.append(m.span())  # '23-24/Floor': two floors, no one value


def _places(text: str, elements: Sequence[Element], country: str | None, parts: _Parts) -> None:
    """Region, city and district elements of the address's country, as printed."""
    for e in elements:
        place: ForeignPlace | None = e.foreign
        if place is None or (country and place.country != country) or _overlaps(parts.taken, e.start, e.end):
            continue
        if e.kind == "region":
            if len(e.text) == 2 and not _ZIP_AFTER.match(text, e.end):
                continue  # 'IN', 'OR': a state code only counts before a ZIP code
            parts.put("city_or_province", e.text, e.start, e.end)
            if place.country == "US" and place.region:
                parts.put("region", place.region, e.start, e.end)
        elif e.kind == "district":
            parts.put("district", e.text, e.start, e.end)
        elif e.kind == "city":
            state = foreign_index().get("region", {}).get(e.text.lower())
            if "city" in parts.values and state and state.country == place.country:  # 'New York, New York'
                parts.put("city_or_province", e.text, e.start, e.end)
                if state.region:
                    parts.put("region", state.region, e.start, e.end)
            else:  # 'Toyota City', 'Kawasaki-shi': the suffix printed after a listed city is its name's
                suffix = _CITY_SUFFIX.match(text, e.end)
                end = suffix.end() if suffix else e.end
                parts.put("city", text[e.start:end], e.start, end)


def _suffixed(text: str, start: int, end: int, parts: _Parts) -> None:
    """'Chiyoda-ku', 'Chaoyang District', 'Kawasaki-shi', 'Kanagawa-ken': a name whose suffix
    says what it is."""
    if not _any_suffix().search(text, start, end):
        return  # most addresses name none: one search instead of three
    for kind, pattern in _suffix_patterns().items():
        name = {"district": "district", "city": "city", "region": "city_or_province"}[kind]
        if name in parts.values:
            continue
        for m in pattern.finditer(text, start, end):
            if not _overlaps(parts.taken, *m.span()) and "\n" not in m.group():
                parts.put(name, m.group(), *m.span())
                break


@cache
def _postal_token(country: str) -> re.Pattern[str] | None:
    pattern = postal_patterns().get(country)
    return None if pattern is None else re.compile(rf"(?<![\w-])(?:〒\s*)?({pattern.pattern})(?![\w-])")


def _postal(text: str, pieces: Sequence[Piece], country: str | None, parts: _Parts) -> None:
    """The country's postal code, beside a place name (in its piece or alone next to one)."""
    token = _postal_token(country or "")
    if token is None:
        return
    named = [(s, e) for n, s, e in parts.spans if n in ("district", "city", "city_or_province")]
    placed = [any(e.kind in ("country", "city", "region") for e in p.elements)
              or any(p.start <= s < p.end for s, _ in named) for p in pieces]
    for i in range(len(pieces) - 1, -1, -1):
        piece = pieces[i]
        for m in reversed(list(token.finditer(text, piece.start, piece.end))):
            if _overlaps(parts.taken, m.start(1), m.end(1)):
                continue
            alone = not text[piece.start:piece.end].replace(m.group(), "").strip(" ,.") or _dashed_at_end(
                text, piece, m)
            beside = any(placed[j] for j in (i - 1, i + 1) if 0 <= j < len(pieces))
            if placed[i] or (alone and beside):
                parts.put("postal_code", m.group(1), m.start(1), m.end(1))
                return


_DASH_BEFORE = re.compile(r"\s[-\u2013\u2014]\s*$")  # 'R.R. District — 500855', 'Chennai - 600 113'


def _dashed_at_end(text: str, piece: Piece, code: re.Match[str]) -> bool:
    """Whether the code ends its piece, set off from the words before it by a dash: alone as
    a code printed on a line of its own is."""
    return not text[code.end():piece.end].strip(" ,.") and _DASH_BEFORE.search(text, piece.start, code.start()) is not None


_CITY_WORDS = re.compile(r"[A-Z\u00c0-\u00de][\w'’.-]*(?:[ \t]+(?:[A-Z\u00c0-\u00de][\w'’.-]*|am|an|de|del|la|sur)){0,3}")


def _city_by_postal(text: str, pieces: Sequence[Piece], country: str | None, parts: _Parts) -> None:
    """'Herzliya 46140', '20121 Milano', '80420-170 Curitiba': where the country writes the city
    beside its postal code, the name beside the code is the city's even when the city list does
    not know it (not where a state comes between: the US, Canada, Australia, Mexico)."""
    token = _postal_token(country or "")
    if token is None or country in _STATE_BEFORE_CODE or "city" in parts.values:
        return
    for piece in pieces:
        for m in token.finditer(text, piece.start, piece.end):
            if _overlaps(parts.taken, m.start(1), m.end(1)) and parts.values.get("postal_code") != m.group(1):
                continue
            for a, b in ((piece.start, m.start()), (m.end(), piece.end)):
                words = text[a:b].strip(" \t,")
                if not words or not _CITY_WORDS.fullmatch(words):
                    continue
                start = a + text[a:b].index(words)
                if _overlaps(parts.taken, start, start + len(words)) or words.casefold() in _NOT_CITIES:
                    continue
                parts.put("postal_code", m.group(1), m.start(1), m.end(1))
                parts.put("city", words, start, start + len(words))
                return


def _city_before_region(text: str, pieces: Sequence[Piece], country: str | None, parts: _Parts) -> None:
    """The piece before ', NY 10022' or ', California 95014' names the city even when the city
    list does not know it."""
    region = next((s for n, s, _ in parts.spans if n == "city_or_province"), None)
    if region is None or "city" in parts.values or "postal_code" not in parts.values \
            or country not in _CITY_STATE_ZIP:
        return
    before = [p for p in pieces if p.end <= region and p.rest]
    if before:
        start, end = before[-1].rest[-1]
        if _CAPITALIZED_NAME.fullmatch(text[start:end]) and not _overlaps(parts.taken, start, end):
            parts.put("city", text[start:end], start, end)


def _building(text: str, pieces: Sequence[Piece], parts: _Parts) -> None:
    words = building_words()
    for piece in pieces:
        for start, end in piece.rest:
            if not _overlaps(parts.taken, start, end) and words.search(text, start, end):
                if len(piece.rest) == 1 and all(e.kind == "number" for e in piece.elements):
                    start, end = piece.start, piece.end  # 'Building 4': its number is part of it
                value = text[start:end].strip().rstrip(",")
                parts.put("building", value, start, start + len(value))
                return
        # '60/F THE CENTER': the floor took the start of the piece, the rest is the building
        floor = next(((s, e) for n, s, e in parts.spans if n == "floor" and piece.start <= s < piece.end), None)
        if floor and words.search(text, floor[1], piece.end):
            rest = text[floor[1]:piece.end]
            lead = len(rest) - len(rest.lstrip(" ,"))
            value = rest.strip(" ,")
            if value and not _overlaps(parts.taken, floor[1] + lead, floor[1] + lead + len(value)):
                parts.put("building", value, floor[1] + lead, floor[1] + lead + len(value))
                return


def _line(text: str, pieces: Sequence[Piece], parts: _Parts) -> None:
    """The street as the line; without one, the words no other part took ('P.O. Box 1637',
    'Electronics City, Hosur Road')."""
    street = next(((s, e) for n, s, e in parts.spans if n == "street"), None)
    if street:
        parts.put("line", parts.values["street"], *street)
        return
    free: list[tuple[int, int]] = []
    for piece in pieces:
        for s, e in piece.rest:
            if not _overlaps(parts.taken, s, e) and not _TWO_CAPITALS.fullmatch(text[s:e]):
                free.append((s, e))
        for x in piece.elements:
            if x.kind == "number" and not _overlaps(parts.taken, x.start, x.end):
                free.append((x.start, x.end))
    if free:
        s, e = min(a for a, _ in free), max(b for _, b in free)
        e = s + len(text[s:e].rstrip(" \t-\u2013\u2014"))  # the dash that set off a postal code
        # the line as written keeps the floor printed inside it ('Acme Park, 2nd Floor, No. 4')
        floors = [(a, b) for n, a, b in parts.spans if n == "floor"]
        if e > s and not _overlaps([t for t in parts.taken if t not in floors], s, e):
            parts.put("line", tidy(text[s:e]), s, e)


def assemble_foreign(text: str, pieces: Sequence[Piece]) -> Address | None:
    elements = [e for p in pieces for e in p.elements]
    start, end = pieces[0].start, pieces[-1].end
    country, country_element = _country_of(elements)
    parts = _Parts()
    _floor(text, start, end, parts)
    _street(text, start, end, parts)
    if country_element is not None:
        parts.taken.append((country_element.start, country_element.end))
    _places(text, elements, country, parts)
    _suffixed(text, start, end, parts)
    _postal(text, pieces, country, parts)
    _city_by_postal(text, pieces, country, parts)
    _city_before_region(text, pieces, country, parts)
    _building(text, pieces, parts)
    if country:
        if country_element is not None:
            parts.put("country_code", country, country_element.start, country_element.end)
            if country in _city_states() and "city_or_province" not in parts.values:
                parts.put("city_or_province", country_element.text, country_element.start, country_element.end)
        else:
            parts.values.setdefault("country_code", country)
    _line(text, pieces, parts)
    if not parts.spans:
        return None
    first = min(s for _, s, _ in parts.spans)
    named = [e.end for e in elements if e.kind == "country"]  # 'HONG KONG, CHINA': both are its words
    last = max([e for _, _, e in parts.spans] + named)
    return Address(**parts.values, start=first, end=last, text=text[first:last], spans=tuple(parts.spans))


@cache
def _city_states() -> frozenset[str]:
    from converter.parse.address_places import foreign_places

    return frozenset(p.name for p in foreign_places() if p.kind == _CITY_STATES_FIELD)
