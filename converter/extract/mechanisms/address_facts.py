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
from collections.abc import Iterable, Iterator
from functools import cache, cached_property

from converter.extract.base import DocumentContext, Found
from converter.model import PURE, Observation
from converter.extract.mechanisms.address_locate import Located, cued_addresses, hits, inside, phrases, registrant_address
from converter.parse.address import Address, find_addresses
from converter.parse.address_roman import address_words
from converter.extract.mechanisms.cjk_header import label_pattern, phone_country, writing
from converter.extract.mechanisms.contact_caption import contact_lines_start
from converter.extract.mechanisms.name_match import name_key
from converter.parse.gates import Gated, fold, folded_text
from converter.parse.match_starts import matches_from, word_offsets
from converter.parse.phone import Phone, find_phones
from converter.extract.mechanisms.sentences import HANGUL

PART_CONCEPTS = (
    ("line", "EntityAddressLine"), ("building", "EntityAddressBuilding"),
    ("floor", "EntityAddressFloor"), ("lot_number", "EntityAddressLotNumber"),
    ("road_name", "EntityAddressRoadName"), ("neighborhood", "EntityAddressNeighborhood"),
    ("village", "EntityAddressVillage"), ("district", "EntityAddressDistrict"),
    ("city", "EntityAddressCity"), ("city_or_province", "EntityAddressCityOrProvince"),
    ("postal_code", "EntityAddressPostalCode"), ("country_code", "EntityAddressCountryCode"),
    ("street", "EntityAddressStreet"),
    # Hangul names of the same places, from the gazetteer: second facts with xml:lang="ko"
    ("district_ko", "EntityAddressDistrict"), ("city_ko", "EntityAddressCity"),
    ("city_or_province_ko", "EntityAddressCityOrProvince"), ("building_ko", "EntityAddressBuilding"),
)
NEAR_AFTER = 600  # characters after the address where its phone, fax and website are looked for
NEAR_BEFORE = 300
_OTHER_ADDRESS_REACH = 250  # an address this close before a number may be whose number it is
# between a phone label and its number: '(Tel.) 82-2-...', 'Telephone # 91 22 ...', 'Tel: (Seoul) ...'
_LABEL_TAIL = r"[\s:.)#]*(?:no\.?\s*)?(?:\(\w+\)\s*)?$"
# a contact's label (in Japanese and Chinese heads too: 問合せ先責任者, 联系人, 發言人)
_CONTACT_LABEL = re.compile(rf"\bcontacts?(?:\s+person)?\s*:|{label_pattern('contact')}|{label_pattern('spokesperson')}",
                            re.IGNORECASE)
_CONTACT_REACH = 150  # a contact's name and title stand between its label and its number
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_SCHEME_AND_WWW = re.compile(r"^(?:https?://)?(?:www\.)?", re.IGNORECASE)  # before a site's host
_URL = re.compile(
    r"(?<![@\w.])(?:https?://[\w-]+(?:\.[\w-]+)+|www\.[\w-]+(?:\.[\w-]+)+)(?:/[^\s<>()\"'（）「」『』【】、。，；]*)?",
    re.IGNORECASE)  # a path ends at a space, a bracket or quote, or Japanese and Chinese punctuation
_URL_OPENINGS = ("http", "www.")  # what every web address of ``_URL`` opens with (folded)




@cache
def _excluded_sites() -> frozenset[str]:
    return frozenset(s.lower() for s, _ in address_words().get("website_exclude", ()))


def address_observations(address: Address, ctx: DocumentContext, offset: int,
                         rule: str = "address:parts") -> tuple[Observation, ...]:
    """The EntityAddress* observations of an address found at ``offset`` in ``ctx.text``, each
    made by ``rule`` (the layout that found the address)."""
    spans: dict[str, tuple[int, int]] = {}
    for name, start, end in address.spans:
        spans.setdefault(name, (start, end))  # a part's first span, as ``Address.span_of`` reads it
    out = []
    for part, concept in PART_CONCEPTS:
        value = getattr(address, part)
        span = spans.get(part)
        if value is None or span is None:
            continue
        where = ctx.span(offset + span[0], offset + span[1])
        if part == "floor":
            out.append(Observation(concept, int(value), ctx.document_period, unit=PURE, decimals=0,
                                   span=where, rule=rule))
            continue
        lang = "ko" if part.endswith("_ko") or HANGUL.search(str(value)) else "en"
        out.append(Observation(concept, str(value), ctx.document_period, lang=lang, span=where,
                               rule=rule))
    return tuple(out)


def contact_blocks(text: str, lowered: str | None = None) -> list[tuple[int, int]]:
    """Investor-relations contact blocks: from a 'CONTACT' line to the next blank line."""
    lowered = text.lower() if lowered is None else lowered
    blocks: list[tuple[int, int]] = []
    for hit in hits(lowered, "contact_word"):
        line_start = text.rfind("\n", 0, hit) + 1
        line_end = text.find("\n", hit)
        line_end = len(text) if line_end < 0 else line_end
        caption = _caption_around(text, hit, line_start, line_end)
        if caption:  # the contact's name, phone and address over their caption, after the
            floor = max(0, caption.start() - 600)  # paragraph or caption above them
            above = [m.end() for m in _BLANK_LINE.finditer(text, floor, caption.start())]
            above.append(text.rfind(")", floor, caption.start()) + 1)
            after_caption = contact_lines_start(text, caption.start())  # (blank lines between its lines too)
            blocks.append((max(floor, *above) if after_caption is None else after_caption, caption.end()))
            continue
        if blocks and line_start < blocks[-1][1] or not phrases("contact_cue").match(text, line_start, line_end):
            continue
        end = _BLANK_LINE.search(text, line_end)
        if end and end.start() == line_end and text[line_start:line_end].rstrip().endswith(":"):
            end = _BLANK_LINE.search(text, end.end())  # 'please contact:' over a blank line: the next block
        blocks.append((line_start, end.start() if end else len(text)))
    return sorted(blocks + _notice_blocks(text, lowered))


def _notice_blocks(text: str, lowered: str) -> list[tuple[int, int]]:
    """The notice blocks of a Schedule 13D cover: the lines over the caption "(Name, Address and
    Telephone Number of Person Authorized to Receive Notices and Communications)", from the
    caption line above them ("(CUSIP Number)") on; the address there is the notice contact's."""
    if "receive notice" not in lowered:
        return []  # (the caption's words: most documents hold none, and are not searched)
    blocks = []
    for caption in phrases("notice_caption").finditer(text):
        start = contact_lines_start(text, caption.start())
        if start is None:  # no caption line within reach: the paragraph over it
            floor = max(0, caption.start() - 600)
            start = max([floor] + [m.end() for m in _BLANK_LINE.finditer(text, floor, caption.start())])
        blocks.append((start, caption.end()))
    return blocks


_CAPTION_REACH = 200  # characters of the lines around a contact word a wrapped caption may stand on


def _caption_around(text: str, hit: int, line_start: int, line_end: int) -> re.Match[str] | None:
    """The contact caption the word at ``hit`` stands in: on its line, or wrapped over the lines
    around it ("(Name," / "Telephone, ... Company Contact" / "Person)", a reflowed cover)."""
    caption = phrases("contact_caption").search(text, line_start, line_end)
    if caption is not None:
        return caption
    for caption in phrases("contact_caption").finditer(text, max(0, line_start - _CAPTION_REACH),
                                                       min(len(text), line_end + _CAPTION_REACH)):
        if caption.start() <= hit < caption.end() and "\n" in caption.group():
            return caption
    return None


@cache
def _label_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The fax and phone labels that end right before a number, compiled once."""
    return tuple(re.compile(rf"\b(?:{phrases(kind).pattern}){_LABEL_TAIL}", re.IGNORECASE)
                 for kind in ("fax_label", "phone_label"))  # type: ignore[return-value]


# the caption after a cover's number: '(Registrant's telephone number, including area code)'
_TELEPHONE_CAPTION = re.compile(r"\s*\(\s*registrant'?s\s+tele(?:phone)?\s+number", re.IGNORECASE)


def _label_of(text: str, phone: Phone) -> str | None:
    """'phone' or 'fax' when a label right before the number (same line) says so."""
    line_start = text.rfind("\n", 0, phone.start) + 1
    before = text[max(line_start, phone.start - 40):phone.start]
    fax, tel = _label_patterns()
    if fax.search(before):
        return "fax"
    if tel.search(before):
        return "phone"
    if _TELEPHONE_CAPTION.match(text, phone.end, phone.end + 80):
        return "phone"
    return None


@dataclass(frozen=True)
class _Item:
    """A phone number or website found in the text: its value and where it was written."""

    value: str
    start: int
    end: int


def _pick(text: str, items: list[_Item], near: tuple[int, int] | None) -> _Item | None:
    """The item nearest after the registrant's address (or just before it, in its block), else,
    where no address of the registrant was found, the only one."""
    if near is not None:
        close = [i for i in items if near[0] <= i.start <= near[1] + NEAR_AFTER
                 or near[0] - NEAR_BEFORE <= i.start < near[0] and not _BLANK_LINE.search(text, i.end, near[0])]
        if close:
            return min(close, key=lambda i: abs(i.start - near[1]))
        return None  # far from the registrant's address: an auditor's, an agent's, a contact's
    distinct = {i.value for i in items}
    return items[0] if len(distinct) == 1 else None


def _after_contact_label(text: str, start: int) -> bool:
    """A number after a 'Contact:' field on its line (a flattened page): the contact's."""
    line_start = text.rfind("\n", 0, start) + 1
    return _CONTACT_LABEL.search(text, max(line_start, start - _CONTACT_REACH), start) is not None


def _phone_candidates(text: str, lowered: str, country: str) -> list[Phone]:
    """The numbers near each word of phones, in the order of the words (a number near two words
    is read from each: the window may cut it otherwise), with offsets into the text."""
    found = []
    for hit in hits(lowered, "phone_word"):
        offset = max(0, hit - 70)
        found += [Phone(p.e164, p.country_code, p.text, offset + p.start, offset + p.end)
                  for p in find_phones(text[offset:hit + 70], default_country=country)]
    return found


def _phone_items(text: str, candidates: list[Phone], blocks: list[tuple[int, int]], kind: str,
                 ours: Iterable[tuple[int, int]]) -> list[_Item]:
    """The numbers a label says are of ``kind``, each place once (the first reading of it that
    qualifies), outside contact blocks and not printed after someone else's address."""
    items: dict[int, _Item] = {}
    for phone in candidates:
        start = phone.start
        if start not in items and not inside(blocks, start) and _label_of(text, phone) == kind \
                and not _after_contact_label(text, start) and not _after_other_address(text, start, ours):
            items[start] = _Item(phone.e164, start, phone.end)
    return [items[k] for k in sorted(items)]


def _by_other_cue(text: str, items: list[_Item], near: tuple[int, int] | None,
                  ours: Iterable[tuple[int, int]]) -> _Item | None:
    """A number by another address that the text says is the registrant's ('About Acme: its
    principal executive offices are located at ...'), where none stands by the first."""
    if near is None or not items:
        return None  # (no number: ``_pick`` near any other address finds none)
    for other in ours:
        item = _pick(text, items, other) if other != near else None
        if item is not None:
            return item
    return None


def _after_other_address(text: str, start: int, ours: Iterable[tuple[int, int]]) -> bool:
    """A number printed right after an address that is not the registrant's ('the depositary,
    ..., 101 Barclay Street, New York, NY 10286, Tel: ...'): that address's owner's number."""
    floor = max(0, start - _OTHER_ADDRESS_REACH)
    for address in find_addresses(text[floor:start]):
        owned = any(floor + address.start < b and a < floor + address.end for a, b in ours)
        between = text[floor + address.end : start]
        if not owned and len(between) <= 30 and not _BLANK_LINE.search(between):
            return True
    return False


def _website_items(text: str, lowered: str, blocks: list[tuple[int, int]], registrant: str | None = None) -> list[_Item]:
    items: dict[int, _Item] = {}
    for hit in hits(lowered, "site_word"):
        for m in _urls(text, max(0, hit - 12), hit + 200):
            url = m.group().rstrip(".,;:")
            host = _SCHEME_AND_WWW.sub("", url).split("/")[0].lower()
            if m.start() in items or inside(blocks, m.start()) or _after_source_label(text, m.start()) or any(
                    host.endswith(x) for x in _excluded_sites()) or _copyright_holder(text, m.start()) \
                    or _in_publisher_footer(text, m.start(), registrant):
                continue
            items[m.start()] = _Item(url, m.start(), m.start() + len(url))  # as printed
    return [items[k] for k in sorted(items)]


@cache
def _source_label() -> re.Pattern[str]:
    """A source's label and its colon, ending where the address after it starts."""
    return re.compile(rf"(?<!\w)(?:{phrases('source_label').pattern})\s*[:：]\s*$", re.IGNORECASE)


def _after_source_label(text: str, start: int) -> bool:
    """Whether the address at ``start`` follows a source's label on its line ('출처 : http://...',
    'Source: www...'): the site the text was copied from, not the registrant's."""
    line_start = text.rfind("\n", 0, start) + 1
    return _source_label().search(text, max(line_start, start - 40), start) is not None


@cache
def _copyright_notice() -> re.Pattern[str]:
    """A copyright notice up to its holder, ending where the address after it starts."""
    return re.compile(rf"(?<!\w)(?:{phrases('copyright_holder').pattern})$", re.IGNORECASE)


def _copyright_holder(text: str, start: int) -> bool:
    """Whether the address at ``start`` is the holder of a copyright notice ('Copyright © 2031
    www.example-mirror.com. All Rights Reserved'): the footer of the page a copy was taken from,
    whose publisher is no filer."""
    line_start = text.rfind("\n", 0, start) + 1
    return _copyright_notice().search(text, max(line_start, start - 30), start) is not None


@cache
def _reprint_notice() -> Gated:
    """A notice against copying (``reprint_notice``), behind the words it needs (learnt from the
    data's phrases: no list kept beside them)."""
    return Gated(phrases("reprint_notice"))


def _in_publisher_footer(text: str, start: int, registrant: str | None) -> bool:
    """Whether the address at ``start`` stands in a news page's footer: on the line of a notice
    against copying ('무단전재 및 재배포 금지', 'All rights reserved') or on the line next to it
    ('(Acme TV, www.acme-tv.kr)' over '< 저작권자 ⓒ Acme TV 무단전재 및 재배포 금지 >'), or after a
    copyright sign on its line ('Copyright © 가람일보 www.garam-ilbo.kr'): the publisher's site, not
    the company's the story is about, unless the notice names the registrant (its own page's
    footer: 'Copyright © Hanbit Electronics. All rights reserved. www.hanbit.example')."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    before, after = text.rfind("\n", 0, max(0, line_start - 1)) + 1, text.find("\n", line_end + 1)
    near = text[before : len(text) if after < 0 else after]  # the line and its neighbours
    if _COPYRIGHT_SIGN.search(near) is None and not _reprint_notice().may_match(fold(near)):
        return False  # (most pages print no notice near their addresses)
    notice = _COPYRIGHT_SIGN.search(text, line_start, start)
    if notice is None and not _reprint_notice().pattern.search(near):
        return False
    holder = text[notice.end() : start] if notice is not None else near
    return not _names_registrant(holder, registrant)  # (a company's own footer names it)


_COPYRIGHT_SIGN = re.compile(r"copyright|©|ⓒ|\(c\)", re.IGNORECASE)


def _names_registrant(notice: str, registrant: str | None) -> bool:
    """Whether a footer's notice names the registrant: the first word of its name (without its
    legal form, 'Hanbit' of 'Hanbit Electronics Co., Ltd.', '가람전자' of '(주)가람전자'), which a
    company's own footer prints however it shortens its name."""
    words = name_key(registrant).split() if registrant else []
    return bool(words) and len(words[0]) >= 2 and words[0] in notice.lower()


def _urls(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """``_URL.finditer(text, start, end)``, tried only where a web address may start: each
    opens with 'http' or 'www.' (found in the document's fold, offsets kept), not at every
    position of the window."""
    folded = folded_text(text)
    if len(folded) != len(text):  # (folding moved the text: every position, as before)
        return _URL.finditer(text, start, end)
    starts = sorted(at for opening in _URL_OPENINGS for at in word_offsets(folded, opening, start, end))
    return matches_from(_URL, text, starts, min(end, len(text)))


def _labelled_site(text: str, items: list[_Item]) -> _Item | None:
    for item in items:
        line_start = text.rfind("\n", 0, item.start) + 1
        if phrases("website_label").search(text, max(line_start, item.start - 40), item.start):
            return item
    return None


def _block_phone(text: str, located: Located | None, country: str) -> _Item | None:
    """A number printed in the registrant's cover block with no label ('+91-80-555-0142' under
    the address, above its caption): the entity's telephone, unless a label says fax."""
    if located is None or located.rule != "address:cover-block":
        return None
    start, end = located.block
    for p in find_phones(text[start:end], default_country=country):
        phone = Phone(p.e164, p.country_code, p.text, start + p.start, start + p.end)
        if _label_of(text, phone) in (None, "phone"):
            return _Item(phone.e164, phone.start, phone.end)
    return None


class _Cued:
    """The document's ``cued_addresses``, read when first iterated: a cover whose address its
    caption gives and that prints no labelled number never asks for them."""

    def __init__(self, text: str, lowered: str, blocks: list[tuple[int, int]]) -> None:
        self._text, self._lowered, self._blocks = text, lowered, blocks

    @cached_property
    def found(self) -> list[Located]:
        return list(cued_addresses(self._text, self._lowered, self._blocks))

    def __iter__(self) -> Iterator[Located]:
        return iter(self.found)


class _OurAddresses:
    """Where the registrant's addresses stand: the one located (``near``), then, where there is
    one, those the text cues (read when first iterated: only a labelled number is tested
    against them)."""

    def __init__(self, near: tuple[int, int] | None, cued: _Cued) -> None:
        self._near, self._cued = near, cued

    @cached_property
    def spans(self) -> list[tuple[int, int]]:
        if self._near is None:
            return []
        return [self._near] + [(o.address.start, o.address.end) for o in self._cued]

    def __iter__(self) -> Iterator[tuple[int, int]]:
        return iter(self.spans)


def lowered_text(text: str) -> str:
    """``text.lower()``: the document's fold (``folded_text``, made once for all its readers)
    where the text holds none of the three characters ``fold`` replaces besides lowering (the
    dotted capital I, which ``str.lower`` makes two characters, the dotless i, the long s):
    ``fold`` is then ``str.lower``. (An ASCII text holds none.)"""
    if text.isascii() or not ("\u0130" in text or "\u0131" in text or "\u017f" in text):
        return folded_text(text)
    return text.lower()


def extract_entity_contact_details(ctx: DocumentContext) -> Found:
    """EntityAddress*, EntityPhoneNumber, EntityFaxNumber and EntityWebsite of the registrant."""
    text = ctx.text
    lowered = lowered_text(text)
    blocks = contact_blocks(text, lowered)
    cued = _Cued(text, lowered, blocks)  # read once, when first asked: the layouts and the numbers use them
    located = registrant_address(text, lowered, blocks, cued)
    observations: list[Observation] = []
    near = None
    country = "KR"
    if writing(text) is not None:  # a text in Japanese or Chinese: its country's national numbers, or none
        country = phone_country(text) or ""
    if located:
        address = located.address
        near = (address.start, address.end)
        country = address.country_code or "KR"
        observations += address_observations(address, ctx, 0, located.rule)
    ours = _OurAddresses(near, cued)
    candidates = _phone_candidates(text, lowered, country) if country else []
    for concept, kind in (("EntityPhoneNumber", "phone"), ("EntityFaxNumber", "fax")) if country else ():
        item = _block_phone(text, located, country) if kind == "phone" else None
        found = _phone_items(text, candidates, blocks, kind, ours)
        item = item or _pick(text, found, near) or _by_other_cue(text, found, near, ours)
        if item:
            observations.append(Observation(concept, item.value, ctx.document_period, lang="en",
                                            span=ctx.span(item.start, item.end),
                                            rule=f"contact:{kind}-label"))
    sites = _website_items(text, lowered, blocks, ctx.registrant)
    site = _pick(text, sites, near) or _pick(text, sites, None) or _labelled_site(text, sites)
    if site:
        observations.append(Observation("EntityWebsite", site.value, ctx.document_period,
                                        span=ctx.span(site.start, site.end), rule="contact:website"))
    return Found(tuple(observations))
