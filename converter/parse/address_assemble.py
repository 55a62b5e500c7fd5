"""Putting the recognized parts of an address together: which number is the postal code and
which the lot, which of several ``Jung-gu`` is meant, what is the building, what stays in the line.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Sequence

from converter.parse.address_foreign import assemble_foreign
from converter.parse.address_find import wrapped_name
from converter.parse.address_places import Place, ancestors, bases_in, ga_road_names, neighborhood_bases
from converter.parse.address_roman import address_words, romanize_syllables
from converter.parse.address_scan import Element, building_words, normalize_neighborhood
from converter.parse.address_types import Address, Piece, tidy

_KR_POSTAL = re.compile(r"\d{3}-\d{3}|\d{5}")
_LOT = re.compile(r"(?:(?P<san>San|산)\s*)?(?:No\.\s*)?(?P<n>\d{1,6}(?:-\d{1,5})?)")
_ADMIN = frozenset({"place", "postal", "country"})
_ROAD_ENDINGS = ("-ro", "-daero", "-gil")
_NEIGHBORHOOD_VALUE = re.compile(r"(?P<base>[A-Z][A-Za-z'’]*?)(?P<rest>(?: \d+)?-(?:dong|eup|myeon)(?: \d+-ga)?)")
_BUILDING_NO = re.compile(r"\d{1,4}(?:-\d{1,4})?")
_JIHA = re.compile(r"jiha|b", re.IGNORECASE)
_HAS_NUMBER = re.compile(r" (?:Jiha )?\d{1,4}(?:-\d{1,4})?$")  # 'Teheran-ro 152', not 'Teheran-ro 87-gil'
_HANGUL_SYLLABLE = re.compile(r"[가-힣]")
_LOCAL_PARTS = {"floor": "floor", "neighborhood": "neighborhood", "village": "village", "road": "road_name"}

_CLOSING_BRACKET = re.compile(r"[ \t]*\)")


def choose_places(mentions: Sequence[Element]) -> list[tuple[Element, Place]]:
    """For each place mention the candidate that fits the other mentions best: the one whose
    ancestors (or descendants) the address also names; ties go to the higher division, then to
    the gazetteer's order."""
    chosen = []
    for mention in mentions:
        if len(mention.places) == 1:  # nothing to choose
            chosen.append((mention, mention.places[0]))
            continue
        others = [m for m in mentions if m is not mention]

        def fit(place: Place) -> tuple[int, int]:
            up = set(ancestors(place))
            score = 0
            for other in others:
                if any(c.rr in up or place.rr in ancestors(c) for c in other.places):
                    score += 1
            return score, -place.level

        best = max(mention.places, key=fit)
        chosen.append((mention, best))
    return chosen


def _postal_or_lot(pieces: Sequence[Piece]) -> tuple[Element | None, Element | None, set[int]]:
    """(postal element, lot element, ids of number elements used).

    A number is the lot when it shares a piece with the dong / ri, or stands alone in the piece
    just before or after it (``1205-3, Yeoksam-1 dong``); ``Room 1502`` is not a lot.
    """
    postal = next((e for p in pieces for e in p.elements if e.kind == "postal"), None)
    used: set[int] = set()
    same: list[Element] = []
    beside: list[Element] = []
    seen_place = False
    for i, piece in enumerate(pieces):
        kinds = {e.kind for e in piece.elements}
        local = kinds & {"neighborhood", "village", "road"}
        seen_place = seen_place or bool(kinds & {"place", "country"})
        for e in piece.elements:
            if e.kind != "number":
                continue
            if postal is None and _KR_POSTAL.fullmatch(e.text) and (
                    (not local and (kinds & {"place", "country"} or seen_place))
                    or _next_to_place(e, piece)):
                postal = e
                used.add(id(e))
            elif local and "road" not in kinds:
                same.append(e)
            elif not piece.rest and len(piece.elements) == 1 and any(
                    {x.kind for x in pieces[j].elements} & {"neighborhood", "village", "ga"}
                    for j in (i - 1, i + 1) if 0 <= j < len(pieces)):
                beside.append(e)
    lot = (same or beside or [None])[0]
    if lot is not None:
        used.add(id(lot))
    return postal, lot, used


def _ga_before_road(elements: Sequence[Element]) -> tuple[str, int, int, Element] | None:
    """'2-Ka, Taepyung-Ro' is the neighborhood 'Taepyeong-ro 2-ga' (value, start, end, road)."""
    ga = next((e for e in elements if e.kind == "ga"), None)
    road = next((e for e in elements if e.kind == "road" and str(e.value).endswith(_ROAD_ENDINGS)), None)
    if ga is None or road is None:
        return None
    # a neighbourhood's legal name ('태평로2가'): spelt as the gazetteer's romanization, as the
    # other neighbourhoods are (the road itself stays as printed)
    value = normalize_neighborhood(str(road.value), ga.value, "ga")
    return value, min(ga.start, road.start), max(ga.end, road.end), road


def _ga_beside_name(text: str, pieces: Sequence[Piece]) -> tuple[str, int, int] | None:
    """'77, 1-ka, Ulchiro': a -ga beside a piece that is only the name of a dong divided into -ga
    and named after its road ('Euljiro 1-ga'), written fused as the gazetteer lists it."""
    for i, piece in enumerate(pieces):
        ga = next((e for e in piece.elements if e.kind == "ga"), None)
        if ga is None:
            continue
        for j in (i + 1, i - 1):
            if 0 <= j < len(pieces) and not pieces[j].elements and len(pieces[j].rest) == 1:
                s, e = pieces[j].rest[0]
                name = ga_road_names().exact(text[s:e])
                if name:
                    return f"{name} {ga.value}-ga", min(s, ga.start), max(e, ga.end)
    return None


def _ga_after_dong(elements: Sequence[Element]) -> tuple[str, int, int, Element, Element] | None:
    """'Hoehyon-dong, 1-ga': a dong's -ga written after (or before) it in a piece of its own."""
    for i, e in enumerate(elements):
        if e.kind != "ga":
            continue
        for j in (i - 1, i + 1):
            if 0 <= j < len(elements) and elements[j].kind == "neighborhood" \
                    and str(elements[j].value).endswith("-dong"):
                dong = elements[j]
                return f"{dong.value} {e.value}-ga", min(dong.start, e.start), max(dong.end, e.end), dong, e
    return None


def _numbered_road(text: str, pieces: Sequence[Piece], road: Element) -> tuple[str, int] | None:
    """'396, Gangnam-daero': the building number in the piece before its road (the order of
    the English road-name address), 'Jiha' before it for a building under the road."""
    index = next((i for i, p in enumerate(pieces) if road in p.elements), None)
    if not index or not str(road.value).endswith(_ROAD_ENDINGS):
        return None
    before = pieces[index - 1]
    if len(before.elements) != 1 or before.elements[0].kind != "number" \
            or not _BUILDING_NO.fullmatch(before.elements[0].text):
        return None
    words = [text[s:e] for s, e in before.rest]
    if words and not (len(words) == 1 and _JIHA.fullmatch(words[0])):
        return None
    number = before.elements[0].text
    return f"{road.value} {'Jiha ' if words else ''}{number}", before.start


@lru_cache(maxsize=16384)
def _corrected(value: str, district: str | None) -> str:
    """A neighbourhood spelled in no listed form: the nearest listed one of its district, above
    the confidence floor (``address_fuzzy``); else as normalized."""
    m = _NEIGHBORHOOD_VALUE.fullmatch(value)
    if not m or district is None or neighborhood_bases().exact(m["base"]):
        return value
    near = bases_in(district).nearest(m["base"])
    return near + m["rest"] if near else value


def _local_parts(text: str, pieces: Sequence[Piece], elements: list[Element],
                 district: str | None) -> list[tuple[str, object, int, int]]:
    """Neighbourhood, village, road and floor: (part, value, start, end)."""
    found: list[tuple[str, object, int, int]] = []
    joined = _ga_before_road(elements)
    after = _ga_after_dong(elements)
    used: set[int] = set()
    has_ga = any(e.kind == "ga" for e in elements)
    beside = None if joined or after or not has_ga else _ga_beside_name(text, pieces)
    if joined:
        found.append(("neighborhood", *joined[:3]))
        used.add(id(joined[3]))
    elif beside:
        found.append(("neighborhood", *beside))
    elif after:
        found.append(("neighborhood", _corrected(after[0], district), after[1], after[2]))
        used |= {id(after[3]), id(after[4])}
    for e in elements:
        part = _LOCAL_PARTS.get(e.kind)
        if not part or id(e) in used:
            continue
        value = e.value
        start = e.start
        if part == "neighborhood":
            value = _corrected(str(value), district)
        elif part == "road_name":
            numbered = _numbered_road(text, pieces, e) if not _HAS_NUMBER.search(str(value)) else None
            if numbered:
                value, start = numbered
        found.append((part, value, start, e.end))
    return found


def _next_to_place(number: Element, piece: Piece) -> bool:
    """True when only spaces separate the number from a place or country name beside it
    (``135-080 서울특별시``, ``Seoul 137-070``)."""
    for e in piece.elements:
        if e.kind in ("place", "country") and (0 <= number.start - e.end <= 1
                                               or 0 <= e.start - number.end <= 1):
            return True
    return False


def _lot_value(element: Element) -> str:
    m = _LOT.search(element.text)
    if not m:
        return element.text
    return f"San {m['n']}" if m["san"] else m["n"]


def _building(text: str, pieces: Sequence[Piece]) -> tuple[str, int, int] | None:
    words = building_words()
    for i, piece in enumerate(pieces):
        for start, end in piece.rest:
            if words.search(text, start, end):
                value = text[start:end].strip().rstrip(",")
                if i and start == piece.rest[0][0] and wrapped_name(text, pieces[i - 1], piece):
                    first = pieces[i - 1]  # 'Hanbit' over 'Sejin Building': one name over two lines
                    return f"{text[first.start:first.end]} {value}", first.start, end
                return value, start, end
    return None


_HANGUL_RUN = re.compile(r"[가-힣]+|[^가-힣\s]+")


@cache
def _english_building_words() -> dict[str, str]:
    return {w: v for w, v in address_words().get("building", ()) if v and not w.isascii()}


@lru_cache(maxsize=4096)
def romanized_building(name: str) -> str | None:
    """'한빛센터' -> 'Hanbit Center': a Hangul building name in Revised Romanization, its
    building word in English; None for a name with no Hangul.

    >>> romanized_building("국제전자센터 별관"), romanized_building("LG트윈타워")
    ('Gukjejeonja Center Annex', 'LG Teuwin Tower')
    """
    if not _HANGUL_SYLLABLE.search(name):
        return None
    english = _english_building_words()
    words = []
    for token in name.split():
        for run in _HANGUL_RUN.findall(token):
            if not _HANGUL_SYLLABLE.match(run):
                words.append(run)
                continue
            word = next((w for w in sorted(english, key=len, reverse=True) if run.endswith(w)), None)
            stem = run[: len(run) - len(word)] if word else run
            if stem:
                words.append(romanize_syllables(stem).capitalize())
            if word:
                words.append(english[word])
    return " ".join(words)


def assemble(text: str, pieces: Sequence[Piece]) -> Address | None:
    """The address made of ``pieces`` (all of them from ``text``)."""
    elements = [e for p in pieces for e in p.elements]
    if not elements and not any(p.rest for p in pieces):
        return None
    countries = [e for e in elements if e.kind == "country"]
    korean = [e for e in elements if e.kind == "place"]
    foreign_country = next((c for c in countries if c.value != "KR"), None)
    if foreign_country or (not korean and not any(c.value == "KR" for c in countries)
                           and any(e.kind in ("region", "city") for e in elements)):
        return assemble_foreign(text, pieces)
    return _assemble_korean(text, pieces, elements, countries)


def _assemble_korean(text: str, pieces: Sequence[Piece], elements: list[Element],
                     countries: list[Element]) -> Address | None:
    parts: dict[str, object] = {}
    spans: list[tuple[str, int, int]] = []

    def put(name: str, value: object, start: int, end: int) -> None:
        if name not in parts and value not in (None, ""):
            parts[name] = value
            spans.append((name, start, end))

    levels: dict[int, tuple[Element, Place]] = {}
    for mention, place in choose_places([e for e in elements if e.kind == "place"]):
        levels.setdefault(place.level, (mention, place))
    top, si, gu = levels.get(0), levels.get(1), levels.get(2)
    district = gu or si
    if district:
        put("district", district[1].rr, district[0].start, district[0].end)
        put("district_ko", district[1].hangul, district[0].start, district[0].end)
    if gu and si:
        put("city", si[1].rr, si[0].start, si[0].end)
        put("city_ko", si[1].hangul, si[0].start, si[0].end)
    if top:
        put("city_or_province", top[1].rr, top[0].start, top[0].end)
        put("city_or_province_ko", top[1].hangul, top[0].start, top[0].end)
    postal, lot, used = _postal_or_lot(pieces)
    if postal:
        put("postal_code", postal.value, postal.start, postal.end)
    if lot:
        put("lot_number", _lot_value(lot), lot.start, lot.end)
    for part, value, start, end in _local_parts(text, pieces, elements, district[1].rr if district else None):
        put(part, value, start, end)
    building = _building(text, pieces)
    if building:
        romanized = romanized_building(building[0])
        if romanized:  # a Hangul name: its romanization, and the name as printed beside it
            put("building", romanized, building[1], building[2])
            put("building_ko", building[0], building[1], building[2])
        else:
            put("building", *building)
    kr = next((c for c in countries if c.value == "KR"), None)
    anchor = kr or (top or si or gu or (None,))[0]
    if anchor is not None:
        put("country_code", "KR", anchor.start, anchor.end)
    return _finish(text, pieces, parts, spans, used)


def _closed(text: str, first: int, last: int) -> int:
    """The line's end moved past the bracket its words opened ('145 Samseong-dong (Hanbit
    Tower)'): a piece ends at a bracket, the line must not."""
    if text.count("(", first, last) > text.count(")", first, last):
        close = _CLOSING_BRACKET.match(text[last:last + 4])
        if close:
            return last + close.end()
    return last


def _finish(text: str, pieces: Sequence[Piece], parts: dict[str, object],
            spans: list[tuple[str, int, int]], used_numbers: set[int]) -> Address | None:
    """Add the line (everything but the administrative parts, as written) and the extent."""
    postal = parts.get("postal_code")
    first, last = len(text), -1  # extent of the local parts: the line
    for p in pieces:
        for s, e in p.rest:
            first, last = min(first, s), max(last, e)
        for x in p.elements:
            if x.kind not in _ADMIN and not (x.kind == "number" and id(x) in used_numbers
                                             and postal == x.value):
                first, last = min(first, x.start), max(last, x.end)
    start, end = first, last
    for _, s, e in spans:
        start, end = min(start, s), max(end, e)
    if end < 0:
        return None
    if last >= 0:
        last = _closed(text, first, last)
        end = max(end, last)
        line = tidy(text[first:last])
        if line:
            parts["line"] = line
            spans.append(("line", first, last))
    return Address(**parts, start=start, end=end, text=text[start:end], spans=tuple(spans))
