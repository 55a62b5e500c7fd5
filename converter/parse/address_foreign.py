"""Addresses outside Korea, minimally: city, region, postal code and country.

US (``New York, NY 10022``), Hong Kong, Singapore (``Singapore 048623``), Japan
(``Tokyo 100-0005``), Bermuda (``Hamilton HM 11``), Cayman (``Grand Cayman KY1-1104``).
Street lines stay in ``line`` as written.
"""

from __future__ import annotations

import re
from typing import Sequence

from converter.parse.address_places import foreign_index, postal_patterns
from converter.parse.address_types import Address, Piece, tidy

_POSTAL_TOKEN = re.compile(r"\b(?:KY\d-\d{4}|VG\d{4}|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|[A-Z]{2} ?\d{1,2}"
                           r"|\d{3}-\d{4}|\d{5}(?:-\d{4})?|\d{6})\b")


def _country_of(pieces: Sequence[Piece]) -> tuple[str | None, tuple[int, int] | None]:
    for piece in reversed(pieces):
        for e in piece.elements:
            if e.kind == "country":
                return str(e.value), (e.start, e.end)
    for piece in pieces:
        for e in piece.elements:
            if e.kind in ("region", "city") and e.foreign:
                return e.foreign.country, None
    return None, None


def _postal(text: str, pieces: Sequence[Piece], country: str | None) -> tuple[str, int, int] | None:
    pattern = postal_patterns().get(country or "")
    if pattern is None:
        return None
    for piece in reversed(pieces):
        for m in _POSTAL_TOKEN.finditer(text, piece.start, piece.end):
            if pattern.fullmatch(m.group()):
                return m.group(), m.start(), m.end()
    return None


def assemble_foreign(text: str, pieces: Sequence[Piece]) -> Address | None:
    country, country_span = _country_of(pieces)
    parts: dict[str, object] = {}
    spans: list[tuple[str, int, int]] = []
    admin: list[tuple[int, int]] = []
    postal = _postal(text, pieces, country)
    if postal:
        parts["postal_code"] = postal[0]
        spans.append(("postal_code", postal[1], postal[2]))
        admin.append(postal[1:])
    for piece in pieces:
        for e in piece.elements:
            if e.kind == "region" and e.foreign and (e.foreign.country == country or country is None):
                if len(e.text) == 2 and not postal:
                    continue  # 'IN', 'OR': a state code only counts before a ZIP code
                parts.setdefault("region", e.foreign.region)
                spans.append(("region", e.start, e.end))
                admin.append((e.start, e.end))
            elif e.kind == "city" and e.foreign and e.foreign.country == country:
                state = foreign_index().get("region", {}).get(e.text.lower())
                if "city" in parts and state and "region" not in parts:  # 'New York, New York'
                    parts["region"] = state.region
                    spans.append(("region", e.start, e.end))
                elif "city" not in parts:
                    parts["city"] = e.foreign.name
                    spans.append(("city", e.start, e.end))
                admin.append((e.start, e.end))
            elif e.kind == "country":
                admin.append((e.start, e.end))
    if country:
        parts["country_code"] = country
        if country_span:
            spans.append(("country_code", *country_span))
            city_state = foreign_index().get("city", {}).get(text[slice(*country_span)].lower())
            if "city" not in parts and city_state and city_state.country == country:
                parts["city"] = city_state.name  # Singapore, Hong Kong: the country is the city
                spans.append(("city", *country_span))
    if "city" not in parts:
        _city_before_region(text, pieces, parts, spans, admin)
    return _finish_foreign(text, pieces, parts, spans, admin)


def _city_before_region(text: str, pieces: Sequence[Piece], parts: dict[str, object],
                        spans: list[tuple[str, int, int]], admin: list[tuple[int, int]]) -> None:
    """The piece before ', NY 10022' names the city even when the city list does not know it."""
    region = next((s for n, s, _ in spans if n == "region"), None)
    if region is None:
        return
    before = [p for p in pieces if p.end <= region and p.rest]
    if before:
        start, end = before[-1].rest[-1]
        if re.fullmatch(r"[A-Z][A-Za-z.' -]+", text[start:end]):
            parts["city"] = text[start:end]
            spans.append(("city", start, end))
            admin.append((start, end))


def _inside(ranges: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in ranges)


def _finish_foreign(text: str, pieces: Sequence[Piece], parts: dict[str, object],
                    spans: list[tuple[str, int, int]], admin: list[tuple[int, int]]) -> Address | None:
    local = []
    for piece in pieces:
        for r in piece.rest:
            if not _inside(admin, *r) and not re.fullmatch(r"[A-Z]{2}", text[r[0]:r[1]]):
                local.append(r)
        for e in piece.elements:
            if not _inside(admin, e.start, e.end) and e.kind not in ("country", "region", "city"):
                local.append((e.start, e.end))
    everything = local + admin
    if not everything or not parts:
        return None
    if local:
        start, end = min(s for s, _ in local), max(e for _, e in local)
        parts["line"] = tidy(text[start:end])
        spans.append(("line", start, end))
    start, end = min(s for s, _ in everything), max(e for _, e in everything)
    return Address(**parts, start=start, end=end, text=text[start:end], spans=tuple(spans))
