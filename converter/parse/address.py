"""Postal addresses as Korean issuers' filings write them, in parts (taxonomy EntityAddress*).

Romanized addresses in every order filings use, road-name addresses, Hangul addresses, and
minimally the foreign addresses of the same documents. Names are normalized to Revised
Romanization through the gazetteer (``data/gazetteer_kr.tsv``) and the word list
(``data/address_words.tsv``); what cannot be placed stays in ``line``, nothing is invented.

>>> a = parse_address("Star Tower, 737 Yeoksam-dong, Kangnam-ku, Seoul 135-984, Korea")
>>> a.building, a.lot_number, a.neighborhood, a.district, a.city_or_province, a.postal_code
('Star Tower', '737', 'Yeoksam-dong', 'Gangnam-gu', 'Seoul', '135-984')
>>> a.country_code, a.district_ko, a.city_or_province_ko, a.line
('KR', '강남구', '서울특별시', 'Star Tower, 737 Yeoksam-dong')
>>> a = parse_address("경기도 성남시 분당구 정자동 178-1 두산타워 5층")
>>> a.neighborhood, a.district, a.city, a.city_or_province, a.floor, a.building
('Jeongja-dong', 'Bundang-gu', 'Seongnam-si', 'Gyeonggi-do', 5, 'Dusan Tower')
>>> a.building_ko
'두산타워'
>>> parse_address("Sejong-daero 209, Jung-gu, Seoul").road_name
'Sejong-daero 209'
>>> a = parse_address("245 Park Avenue, New York, NY 10167")
>>> a.city, a.region, a.postal_code, a.country_code, a.line
('New York', 'NY', '10167', 'US', '245 Park Avenue')
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from converter.parse.address_assemble import assemble
from converter.parse.address_scan import PIECE_BREAK, SIMPLE_PIECE_BREAK, Element, scan_with_leftovers
from converter.parse.address_types import Address, Piece, tidy

__all__ = ["Address", "parse_address", "find_addresses", "split_pieces", "tidy"]


def split_pieces(text: str, start: int = 0, end: int | None = None) -> list[Piece]:
    """The text cut at commas, semicolons, line breaks and brackets, each piece scanned."""
    end = len(text) if end is None else end
    breaks = PIECE_BREAK if "(우)" in text else SIMPLE_PIECE_BREAK
    out = []
    cursor = start
    for m in breaks.finditer(text, start, end):
        _add_piece(text, cursor, m.start(), out)
        cursor = m.end()
    _add_piece(text, cursor, end, out)
    return out


def _add_piece(text: str, s: int, e: int, out: list[Piece]) -> None:
    chunk = text[s:e]
    stripped = chunk.strip()
    if not stripped:
        return
    if len(stripped) != len(chunk):  # '      Seoul' and 'Seoul' share one scan
        s += len(chunk) - len(chunk.lstrip())
        e = s + len(stripped)
    elements, rest = scan_with_leftovers(stripped)
    if s:  # the scan is cached at offset 0: move it to where the piece is
        elements = tuple([Element(x.kind, x.start + s, x.end + s, x.text, x.value, x.places, x.foreign)
                          for x in elements])
        rest = tuple([(a + s, b + s) for a, b in rest])
    out.append(Piece(s, e, elements, rest))


def parse_address(text: str) -> Address | None:
    """The address that ``text`` consists of (a cover block may span several lines), or None
    when nothing in it is a recognizable place, postal code or street."""
    if not text or not text.strip():
        return None
    pieces = split_pieces(text)
    if not any(p.elements for p in pieces):
        return None
    return assemble(text, pieces)


def find_addresses(text: str, wanted: Callable[[int, int], bool] | None = None) -> list[Address]:
    """Every address in running text or cover blocks, with offsets into ``text`` (only those of
    the stretches no address crosses for which ``wanted(start, end)`` is true, where given; it
    must be true of a stretch that holds one it is true of)."""
    if wanted is None:
        return list(_every_address(text))
    return _found(text, wanted)


@lru_cache(maxsize=512)  # a batch of one filer's reports prints the same cover block in each
def _every_address(text: str) -> tuple[Address, ...]:
    return tuple(_found(text, None))


def _found(text: str, wanted: Callable[[int, int], bool] | None) -> list[Address]:
    from converter.parse.address_find import find_runs, substantial  # the finder builds on this module

    found = (assemble(text, run) for run in find_runs(text, wanted))
    return [address for address in found if address is not None and substantial(address)]


# The JSON record of ``doc2xbrl address``: the parts under the taxonomy's concept names, so a
# Korean and a foreign address are described with one key set, the one their facts carry.
CONCEPT_PREFIX = "EntityAddress"
# fields that are not parts of the address, or that are another part under another name
_NOT_PARTS = frozenset({"start", "end", "text", "spans"})
_FOREIGN_NAMES = {"region": "city_or_province"}  # a US state is the top-level division, as for Korea


def part_concept(field_name: str) -> str:
    """The taxonomy concept of an ``Address`` field: ``city_or_province`` -> ``EntityAddressCityOrProvince``.

    >>> part_concept("postal_code"), part_concept("district_ko"), part_concept("region")
    ('EntityAddressPostalCode', 'EntityAddressDistrict', 'EntityAddressCityOrProvince')
    """
    name = _FOREIGN_NAMES.get(field_name, field_name.removesuffix("_ko"))
    return CONCEPT_PREFIX + "".join(word.title() for word in name.split("_"))


def address_record(address: Address) -> dict:
    """``{"text", "start", "end", "parts": {concept: value}, "parts_ko": {concept: Hangul name}}``.

    >>> record = address_record(parse_address("245 Park Avenue, New York, NY 10167"))
    >>> record["parts"]["EntityAddressCityOrProvince"], record["parts"]["EntityAddressCountryCode"]
    ('NY', 'US')
    >>> address_record(parse_address("Gangnam-gu, Seoul"))["parts_ko"]
    {'EntityAddressDistrict': '강남구', 'EntityAddressCityOrProvince': '서울특별시'}
    """
    parts: dict[str, object] = {}
    korean: dict[str, object] = {}
    for name, value in address.to_dict().items():
        if name in _NOT_PARTS:
            continue
        target = korean if name.endswith("_ko") else parts
        target.setdefault(part_concept(name), value)  # a Korean province wins over a 'region'
    return {"text": address.text, "start": address.start, "end": address.end, "parts": parts, "parts_ko": korean}


def has_parts(record: dict) -> bool:
    """Whether anything beyond the words as written (``EntityAddressLine``) was recognised."""
    return any(concept != CONCEPT_PREFIX + "Line" for concept in record["parts"])
