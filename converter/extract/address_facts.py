"""The registrant's address, phone, fax and website, from any document (a generic extractor).

Whose address it is comes from the layout and the words around it: a 6-K cover block right
above ``(Address of Principal Executive Offices)``, or prose that says so (``principal offices
are located at``, ``Corporate Headquarters:``, ``Head Office:``). Phones and faxes count when a
label says what they are (``Phone:``, ``Tel``, ``Fax:``) and they are not in an investor
relations ``CONTACT`` block (those are contacts, not the entity's numbers); a website counts near
the registrant's address, under a label, or when it is the only one. The phrases are in
``data/address_words.tsv``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from converter.extract.base import DocumentContext, Found
from converter.model import PURE, Observation
from converter.parse.address import Address, find_addresses
from converter.parse.address_find import literal_hits
from converter.parse.address_roman import address_words
from converter.parse.phone import Phone, find_phones

PART_CONCEPTS = (
    ("line", "EntityAddressLine"), ("building", "EntityAddressBuilding"),
    ("floor", "EntityAddressFloor"), ("lot_number", "EntityAddressLotNumber"),
    ("road_name", "EntityAddressRoadName"), ("neighborhood", "EntityAddressNeighborhood"),
    ("village", "EntityAddressVillage"), ("district", "EntityAddressDistrict"),
    ("city", "EntityAddressCity"), ("city_or_province", "EntityAddressCityOrProvince"),
    ("postal_code", "EntityAddressPostalCode"), ("country_code", "EntityAddressCountryCode"),
    # Hangul names of the same places, from the gazetteer: second facts with xml:lang="ko"
    ("district_ko", "EntityAddressDistrict"), ("city_ko", "EntityAddressCity"),
    ("city_or_province_ko", "EntityAddressCityOrProvince"),
)
# a foreign address's state or province is its top-level division
_FOREIGN_REGION = ("region", "EntityAddressCityOrProvince")
NEAR_AFTER = 600  # characters after the address where its phone, fax and website are looked for
NEAR_BEFORE = 300
CUE_GAP = 40  # at most this much text between a cue and the address it introduces
WINDOW = 700  # an address is looked for this far from its cue or label
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_HANGUL = re.compile(r"[가-힣]")
_URL = re.compile(
    r"(?<![@\w.])(?:https?://[\w-]+(?:\.[\w-]+)+|www\.[\w-]+(?:\.[\w-]+)+)(?:/[^\s<>()\"']*)?",
    re.IGNORECASE)


@cache
def _phrases(kind: str) -> re.Pattern[str]:
    rows = [spelling for spelling, _ in address_words().get(kind, ())]
    return re.compile("|".join(f"(?:{r})" for r in rows), re.IGNORECASE | re.MULTILINE)


@cache
def _excluded_sites() -> frozenset[str]:
    return frozenset(s.lower() for s, _ in address_words().get("website_exclude", ()))


def address_observations(address: Address, ctx: DocumentContext, offset: int) -> tuple[Observation, ...]:
    """The EntityAddress* observations of an address found at ``offset`` in ``ctx.text``."""
    parts = list(PART_CONCEPTS)
    if address.country_code != "KR":
        parts.append(_FOREIGN_REGION)
    rule = "address:parts"
    out = []
    for part, concept in parts:
        value = getattr(address, part)
        span = address.span_of(part)
        if value is None or span is None or (part == "region" and address.city_or_province):
            continue
        where = ctx.span(offset + span[0], offset + span[1])
        if part == "floor":
            out.append(Observation(concept, int(value), ctx.document_period, unit=PURE, decimals=0,
                                   span=where, rule=rule))
            continue
        lang = "ko" if part.endswith("_ko") or _HANGUL.search(str(value)) else "en"
        out.append(Observation(concept, str(value), ctx.document_period, lang=lang, span=where,
                               rule=rule))
    return tuple(out)


@cache
def _words(kind: str) -> tuple[str, ...]:
    return tuple(w.lower() for w, _ in address_words().get(kind, ()))


def _hits(lowered: str, kind: str) -> list[int]:
    """Offsets of the words of ``kind``: the phrases are only tried near them (fast on long text)."""
    return literal_hits(lowered, _words(kind))


def contact_blocks(text: str, lowered: str | None = None) -> list[tuple[int, int]]:
    """Investor-relations contact blocks: from a 'CONTACT' line to the next blank line."""
    lowered = text.lower() if lowered is None else lowered
    blocks: list[tuple[int, int]] = []
    for hit in _hits(lowered, "contact_word"):
        line_start = text.rfind("\n", 0, hit) + 1
        line_end = text.find("\n", hit)
        line_end = len(text) if line_end < 0 else line_end
        if blocks and line_start < blocks[-1][1] or not _phrases("contact_cue").match(text, line_start, line_end):
            continue
        end = _BLANK_LINE.search(text, line_end)
        blocks.append((line_start, end.start() if end else len(text)))
    return blocks


def _inside(blocks: list[tuple[int, int]], start: int) -> bool:
    return any(s <= start < e for s, e in blocks)


def registrant_address(text: str, lowered: str, blocks: list[tuple[int, int]]
                       ) -> tuple[Address, int, str] | None:
    """The registrant's address, the offset of the text it was found in, and the rule."""
    hits = _hits(lowered, "cue_word")
    for hit in hits:  # a cover label says it best (a rule may stand between block and label)
        for label in _phrases("cover_label").finditer(text, max(0, hit - 80), hit + 120):
            offset = max(0, label.start() - WINDOW)
            for address in reversed(find_addresses(text[offset:label.start()])):
                gap = text[offset + address.end:label.start()]
                if len(gap) < 200 and not gap.strip(" \t\r\n.,-_=") and not _inside(blocks, offset + address.start):
                    return address, offset, "address:cover-block"
    for hit in hits:
        for cue in _phrases("registrant_cue").finditer(text, max(0, hit - 80), hit + 120):
            region = text[cue.end():cue.end() + WINDOW]
            for address in find_addresses(region):
                gap = region[:address.start]
                if len(gap.strip()) <= CUE_GAP and "\n\n" not in gap and not _inside(blocks, cue.end()):
                    return address, cue.end(), "address:registrant-cue"
    return None


def _label_of(text: str, phone: Phone) -> str | None:
    """'phone' or 'fax' when a label right before the number (same line) says so."""
    line_start = text.rfind("\n", 0, phone.start) + 1
    before = text[max(line_start, phone.start - 40):phone.start]
    fax = re.search(rf"\b(?:{_phrases('fax_label').pattern})\s*[:.]?\s*(?:\(\w+\)\s*)?$", before,
                    re.IGNORECASE)
    if fax:
        return "fax"
    tel = re.search(rf"\b(?:{_phrases('phone_label').pattern})\s*[:.]?\s*(?:\(\w+\)\s*)?$", before,
                    re.IGNORECASE)
    if tel:
        return "phone"
    after = text[phone.end:phone.end + 80]
    if re.match(r"\s*\(\s*registrant'?s\s+tele(?:phone)?\s+number", after, re.IGNORECASE):
        return "phone"
    return None


@dataclass(frozen=True)
class _Item:
    """A phone number or website found in the text: its value and where it was written."""

    value: str
    start: int
    end: int


def _pick(items: list[_Item], near: tuple[int, int] | None) -> _Item | None:
    """The item nearest after the registrant's address (or just before it), else the only one."""
    if near is not None:
        close = [i for i in items if near[1] <= i.start <= near[1] + NEAR_AFTER
                 or near[0] - NEAR_BEFORE <= i.start < near[0]]
        if close:
            return min(close, key=lambda i: abs(i.start - near[1]))
    distinct = {i.value for i in items}
    return items[0] if len(distinct) == 1 else None


def _phone_items(text: str, lowered: str, blocks: list[tuple[int, int]], kind: str,
                 country: str) -> list[_Item]:
    items: dict[int, _Item] = {}
    for hit in _hits(lowered, "phone_word"):
        offset = max(0, hit - 70)
        for p in find_phones(text[offset:hit + 70], default_country=country):
            start = offset + p.start
            phone = Phone(p.e164, p.country_code, p.text, start, offset + p.end)
            if start not in items and not _inside(blocks, start) and _label_of(text, phone) == kind:
                items[start] = _Item(p.e164, start, phone.end)
    return [items[k] for k in sorted(items)]


def _website_items(text: str, lowered: str, blocks: list[tuple[int, int]]) -> list[_Item]:
    items: dict[int, _Item] = {}
    for hit in _hits(lowered, "site_word"):
        for m in _URL.finditer(text, max(0, hit - 12), hit + 200):
            url = m.group().rstrip(".,;:")
            host = re.sub(r"^(?:https?://)?(?:www\.)?", "", url, flags=re.IGNORECASE).split("/")[0].lower()
            if m.start() in items or _inside(blocks, m.start()) or any(
                    host.endswith(x) for x in _excluded_sites()):
                continue
            value = url if re.match(r"https?://", url, re.IGNORECASE) else "http://" + url
            items[m.start()] = _Item(value, m.start(), m.start() + len(url))
    return [items[k] for k in sorted(items)]


def _labelled_site(text: str, items: list[_Item]) -> _Item | None:
    for item in items:
        line_start = text.rfind("\n", 0, item.start) + 1
        if _phrases("website_label").search(text, max(line_start, item.start - 40), item.start):
            return item
    return None


def extract_entity_contact_details(ctx: DocumentContext) -> Found:
    """EntityAddress*, EntityPhoneNumber, EntityFaxNumber and EntityWebsite of the registrant."""
    text = ctx.text
    lowered = text.lower()
    blocks = contact_blocks(text, lowered)
    chosen = registrant_address(text, lowered, blocks)
    observations: list[Observation] = []
    near = None
    country = "KR"
    if chosen:
        address, offset, rule = chosen
        near = (offset + address.start, offset + address.end)
        country = address.country_code or "KR"
        observations += [Observation(o.concept, o.value, o.period, o.unit, o.decimals, o.dimensions,
                                     o.lang, o.span, rule) for o in address_observations(address, ctx, offset)]
    for concept, kind in (("EntityPhoneNumber", "phone"), ("EntityFaxNumber", "fax")):
        item = _pick(_phone_items(text, lowered, blocks, kind, country), near)
        if item:
            observations.append(Observation(concept, item.value, ctx.document_period, lang="en",
                                            span=ctx.span(item.start, item.end),
                                            rule=f"contact:{kind}-label"))
    sites = _website_items(text, lowered, blocks)
    site = _pick(sites, near) or _labelled_site(text, sites)
    if site:
        observations.append(Observation("EntityWebsite", site.value, ctx.document_period,
                                        span=ctx.span(site.start, site.end), rule="contact:website"))
    return Found(tuple(observations))
