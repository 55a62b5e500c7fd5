"""The registrant's address and telephone from an EDGAR submission's header, for a document
whose own text prints none (a submission's exhibit, a cover cut before its address).

The header's ``BUSINESS ADDRESS`` block (under ``SUBJECT COMPANY`` where the submission has one,
the issuer of a Schedule 13D/13G; else under ``FILER``) gives ``STREET 1``, ``CITY``, ``STATE``
(a US state or an EDGAR country code), ``ZIP`` and ``BUSINESS PHONE``. EDGAR stores them in upper
case and cut to 40 characters, so only what a gazetteer or a format can check is taken: the
city (a Korean si or metropolitan city through the gazetteer), the country, the postal code as
printed, a lot number before a dong, and the telephone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from converter.parse.address import parse_address
from converter.parse.address_places import foreign_places, lookup_place
from converter.parse.phone import parse_digits

_HEADER = re.compile(r"<(?:SEC|IMS)-HEADER>(.*?)</(?:SEC|IMS)-HEADER>", re.S | re.I)
_SECTION = re.compile(r"^(SUBJECT COMPANY|FILER|FILED BY):[ \t]*$", re.M)
_FIELD = re.compile(r"^[ \t]+(STREET 1|STREET 2|CITY|STATE|ZIP|BUSINESS PHONE):[ \t]*(\S.*?)[ \t]*$", re.M)
_BLOCK = re.compile(r"^[ \t]+BUSINESS ADDRESS:[ \t]*$", re.M)
_PREFERRED = ("SUBJECT COMPANY", "FILER", "FILED BY")


@dataclass(frozen=True)
class HeaderContact:
    parts: dict[str, str]  # lot_number, city, city_or_province, postal_code, country_code
    phone: str | None  # E.164


@cache
def _edgar_codes() -> dict[str, str]:
    """EDGAR state-and-country code -> ISO country (places_foreign.tsv); US states are 'US'."""
    codes = {p.name: p.country for p in foreign_places() if p.kind == "edgar_code"}
    codes.update({p.region: "US" for p in foreign_places() if p.kind == "region" and p.country == "US" and p.region})
    return codes


def _fields(header: str) -> dict[str, str]:
    sections = {m[1]: m.end() for m in _SECTION.finditer(header)}
    for name in _PREFERRED:
        if name not in sections:
            continue
        start = sections[name]
        following = [e for e in sections.values() if e > start]
        stop = min(following) if following else len(header)
        block = _BLOCK.search(header, start, stop)
        if block:
            end = min([m.start() for m in re.finditer(r"^[ \t]+[A-Z ]+:[ \t]*$", header[block.end():stop], re.M)]
                      + [stop - block.end()])
            return {m[1]: m[2] for m in _FIELD.finditer(header[block.end():block.end() + end])}
    return {}


def header_contact(raw: str) -> HeaderContact | None:
    """The registrant's checkable address parts and telephone from the submission's header."""
    m = _HEADER.search(raw[:200_000])
    fields = _fields(m[1]) if m else {}
    if not fields:
        return None
    country = _edgar_codes().get(fields.get("STATE", ""))
    parts: dict[str, str] = {}
    if country:
        parts["country_code"] = country
    if fields.get("ZIP"):
        parts["postal_code"] = fields["ZIP"]
    if country == "KR":
        _korean(fields, parts)
    phone = parse_digits(fields.get("BUSINESS PHONE", ""), country=country or "KR") \
        if fields.get("BUSINESS PHONE") else None
    return HeaderContact(parts, phone) if parts or phone else None


def _korean(fields: dict[str, str], parts: dict[str, str]) -> None:
    city = re.sub(r"\b(?:REPUBLIC OF )?(?:SOUTH )?KOREA\b", "", fields.get("CITY", "")).strip(" ,")
    places = lookup_place(city.title()) if city else ()
    top = [p for p in places if p.level == 0]
    si = [p for p in places if p.kind == "si"]
    if top:
        parts["city_or_province"] = top[0].rr
    elif si:
        parts["city"] = si[0].rr
    street = parse_address(fields.get("STREET 1", "").title())
    if street is not None and street.lot_number and street.neighborhood:
        parts["lot_number"] = street.lot_number
