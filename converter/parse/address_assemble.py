"""Putting the recognized parts of an address together: which number is the postal code and
which the lot, which of several ``Jung-gu`` is meant, what is the building, what stays in the line.
"""

from __future__ import annotations

import re
from typing import Sequence

from converter.parse.address_foreign import assemble_foreign
from converter.parse.address_places import Place, ancestors
from converter.parse.address_scan import Element, building_words
from converter.parse.address_types import Address, Piece, tidy

_KR_POSTAL = re.compile(r"\d{3}-\d{3}|\d{5}")
_LOT = re.compile(r"(?:(?P<san>San|산)\s*)?(?:No\.\s*)?(?P<n>\d{1,6}(?:-\d{1,5})?)")
_ADMIN = frozenset({"place", "postal", "country"})
_ROAD_ENDINGS = ("-ro", "-daero", "-gil")
_LOCAL_PARTS = {"floor": "floor", "neighborhood": "neighborhood", "village": "village", "road": "road_name"}


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
    return f"{road.value} {ga.value}-ga", min(ga.start, road.start), max(ga.end, road.end), road


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
    for piece in pieces:
        for start, end in piece.rest:
            if words.search(text, start, end):
                value = text[start:end].strip().rstrip(",")
                return value, start, end
    return None


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
    joined = _ga_before_road(elements)
    if joined:
        put("neighborhood", *joined[:3])
    for e in elements:
        part = _LOCAL_PARTS.get(e.kind)
        if part and not (joined and e is joined[3]):
            put(part, e.value, e.start, e.end)
    building = _building(text, pieces)
    if building:
        put("building", *building)
    kr = next((c for c in countries if c.value == "KR"), None)
    anchor = kr or (top or si or gu or (None,))[0]
    if anchor is not None:
        put("country_code", "KR", anchor.start, anchor.end)
    return _finish(text, pieces, parts, spans, used)


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
        line = tidy(text[first:last])
        if line:
            parts["line"] = line
            spans.append(("line", first, last))
    return Address(**parts, start=start, end=end, text=text[start:end], spans=tuple(spans))
