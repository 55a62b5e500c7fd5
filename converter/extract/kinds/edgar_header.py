"""The SEC header of a full EDGAR submission: the company data it holds, as facts of the
submission's main document where that document does not state them itself.

The header (``converter.ingest.sgml``) names the company, its business address and phone, its
state or country of incorporation (EDGAR codes: ``data/edgar_locations.tsv``, read by
:mod:`converter.extract.mechanisms.countries`), the Commission
file number and the period of report. Each fact's span is the header's words. The text's own
facts come first: this reader runs last (``data/readers.tsv``), a fact another reader found in
the text wins over the header's (``map`` keeps the first), and where the text prints the same
address, phone or file number the header's are not used at all (the file number is then taken
as the text prints it). The company name and CIK are document-level facts
(``converter.extract``). FILED AS OF DATE is the day EDGAR accepted the filing, not a date the
document bears: it dates the document only when nothing else does (``extract.anchors``).
"""

from __future__ import annotations

import re

from converter.extract.base import DocumentContext, Found
from converter.extract.mechanisms.countries import edgar_locations
from converter.model import PURE, FilingHeader, Observation, SourceDocument, Span
from converter.parse.address import parse_address, split_pieces
from converter.parse.address_places import lookup_place, places_by_rr
from converter.parse.phone import phone_codes

_PARTS = (("line", "EntityAddressLine"), ("building", "EntityAddressBuilding"),
          ("floor", "EntityAddressFloor"), ("lot_number", "EntityAddressLotNumber"),
          ("road_name", "EntityAddressRoadName"), ("neighborhood", "EntityAddressNeighborhood"),
          ("village", "EntityAddressVillage"), ("district", "EntityAddressDistrict"))
_SURE_PARTS = ("building", "floor", "lot_number")  # readable even in a street line with unknown words
_COUNTRY_WORDS = {"KR": r"(?:republic\s+of\s+)?(?:south\s+)?korea", "HK": r"hong\s+kong", "JP": r"japan",
                  "TW": r"taiwan(?:,?\s+r\.?o\.?c\.?)?", "CN": r"(?:p\.?r\.?\s+)?china", "SG": r"singapore"}


def _location(code: str | None) -> tuple[str, str | None] | None:
    return edgar_locations().get((code or "").strip().upper())


# Forms others file about a company (beneficial owners, bidders, insiders): their header's
# company is the subject, and its file number and address are not the filing's own.
_FILED_BY_OTHERS = re.compile(r"SC\s*13[DGE]|SC\s*14D(?:-?[19]|F1)?|SC\s*TO(?:-[TIC])?|[345](?:/A)?", re.I)


def is_main_document(document: SourceDocument, header: FilingHeader) -> bool:
    """The document the submission is (its <TYPE> is the submission's type), not an exhibit, of
    a company's own filing."""
    kind = (document.doc_type or "").strip().upper()
    form = (header.form_type or "").strip().upper()
    if _FILED_BY_OTHERS.fullmatch(form.split("/")[0] if form.startswith("SC") else form):
        return False
    if kind and form:
        return kind == form or (document.sequence == 1 and not kind.startswith("EX-"))
    return document.sequence == 1


class _Facts:
    def __init__(self, ctx: DocumentContext) -> None:
        self.ctx = ctx
        self.header: FilingHeader = ctx.header  # type: ignore[assignment]
        self.out: list[Observation] = []

    def add(self, concept: str, value, field: str, rule: str, within: tuple[int, int] | None = None, **kw) -> None:
        span = self.header.span_of(field)
        if span is not None and within is not None:
            span = Span(span.start + within[0], span.start + within[1])
        kw.setdefault("lang", "en" if isinstance(value, str) else None)
        self.out.append(Observation(concept, value, self.ctx.document_period, span=span,
                                    rule=f"header:{rule}", **kw))


def _digits_pattern(digits: str) -> re.Pattern[str]:
    """The digits as a text may print them: separated by spaces, dots, hyphens, brackets."""
    return re.compile(r"(?<!\d)" + r"[\s.\-()]{0,3}".join(digits) + r"(?!\d)")


def period_of_report(f: _Facts) -> None:
    if f.header.period:
        f.add("DocumentPeriodEndDate", f.header.period, "period", "period of report")


def file_number(f: _Facts) -> None:
    """SEC FILE NUMBER; where the text prints the same number ('0-21234' for '000-21234'), the
    text's form with the text's span."""
    number = f.header.file_number or ""
    m = re.fullmatch(r"(\d{1,3})-(\d{3,6})", number.strip())
    if m is None:
        return
    printed = re.compile(rf"(?<![\d-])0{{0,3}}{int(m.group(1))}-{m.group(2)}(?![\d-])")
    found = printed.search(f.ctx.text)
    if found:
        f.out.append(Observation("EntityFileNumber", found.group(0), f.ctx.document_period, lang="en",
                                 span=f.ctx.span(found.start(), found.end()), rule="header:file number as printed"))
    else:
        f.add("EntityFileNumber", number.strip(), "file_number", "file number")


def incorporation(f: _Facts) -> None:
    """STATE OF INCORPORATION: a US state or an EDGAR country code -> the country's ISO code."""
    where = _location(f.header.state_of_incorporation)
    if where:
        f.add("EntityIncorporationCountryCode", where[0], "state_of_incorporation", "state of incorporation")


def _states_address(f: _Facts) -> bool:
    """True when the text prints the header's postal code or street: the address is the text's."""
    address = f.header.business_address
    if address is None:
        return True
    zip_digits = re.sub(r"\D", "", address.zip or "")
    if len(zip_digits) >= 4 and _digits_pattern(zip_digits).search(f.ctx.text):
        return True
    street = " ".join((address.street1 or "").split())
    return len(street) >= 6 and re.search(r"\s+".join(map(re.escape, street.split())), f.ctx.text, re.I) is not None


def business_address(f: _Facts) -> None:
    """BUSINESS ADDRESS in parts: country (and state) from the EDGAR code, the city as the
    gazetteer names it in Korea, the postal code as printed, the street line's parts."""
    address = f.header.business_address
    if address is None or _states_address(f):
        return
    where = _location(address.state)
    country = where[0] if where else None
    if country:
        f.add("EntityAddressCountryCode", country, "state", "business address")
        if where[1]:
            f.add("EntityAddressCityOrProvince", where[1], "state", "business address")
    if address.zip and address.zip.strip(" 0-"):  # (EDGAR's '00000' for a place without one: no code)
        f.add("EntityAddressPostalCode", address.zip.strip(), "zip", "business address")
    if address.city:
        _city(f, address.city, country)
    for field_name in ("street1", "street2"):
        if getattr(address, field_name):
            _street(f, getattr(address, field_name), field_name, country)


def _city(f: _Facts, city: str, country: str | None) -> None:
    words = city.strip()
    if country in _COUNTRY_WORDS:
        words = re.sub(rf"[\s,]+{_COUNTRY_WORDS[country]}\s*$", "", words, flags=re.I) or words
    within = (0, len(words))
    if country != "KR":
        f.add("EntityAddressCity", words, "city", "business address", within)
        return
    places = lookup_place(words) or lookup_place(re.sub(r"\s+city$", "", words, flags=re.I))
    if len({p.rr for p in places}) != 1:
        return  # an unknown or ambiguous place ('Jung-gu') is better left out than guessed
    place = places[0]
    if place.kind in ("metro", "do"):
        f.add("EntityAddressCityOrProvince", place.rr, "city", "business address", within)
    elif place.kind == "si" and any(p.parent == place.rr for ps in places_by_rr().values() for p in ps):
        f.add("EntityAddressCity", place.rr, "city", "business address", within)
    else:
        f.add("EntityAddressDistrict", place.rr, "city", "business address", within)


def _street(f: _Facts, street: str, field_name: str, country: str | None) -> None:
    """A street line outside Korea as printed (the first: the second is a suite or a building);
    a Korean one in parts, all of them when every word has its place, else only the lot number,
    building and floor (words nobody can place, as a garbled romanization, make the rest a guess)."""
    text = street.strip()
    if country != "KR":
        if field_name == "street1":
            f.add("EntityAddressStreet", text, field_name, "business address", (0, len(text)))
        return
    parsed = parse_address(text)
    if parsed is None:
        return
    building = parsed.span_of("building") or (0, 0)
    unplaced = [r for piece in split_pieces(text) for r in piece.rest if not building[0] <= r[0] < r[1] <= building[1]]
    clean = not unplaced
    for part, concept in _PARTS:
        value = getattr(parsed, part)
        where = parsed.span_of(part)
        if value is None or where is None or part == "line" or (not clean and part not in _SURE_PARTS):
            continue
        if part == "floor":
            f.add(concept, int(value), field_name, "business address", where, unit=PURE, decimals=0)
        else:
            f.add(concept, str(value), field_name, "business address", where)


US_DIAL_OUT = "011"  # the international prefix dialled from North America (NANP)


def e164(digits: str, country: str | None) -> str | None:
    """The header's phone digits in E.164 form, grouped with hyphens where the country's numbering
    is known (Korea's area codes, North America's); elsewhere only the calling code is set apart.

    >>> e164("82314501234", "KR"), e164("6505551200", "US"), e164("85221234567", "HK")
    ('+82-31-450-1234', '+1-650-555-1200', '+852-21234567')
    >>> e164("0221234567", "KR"), e164("12", "KR") is None
    ('+82-2-2123-4567', True)

    A number printed as dialled from the US, the international prefix 011 before the calling
    code, is the rest; the header's field cut short a long one, whose rest is then too short
    to be a number:

    >>> e164("011918041234567", "IN"), e164("0119122555", "IN") is None
    ('+91-8041234567', True)
    """
    calling = next((code for code, where in phone_codes()["calling"].items() if where == country), None)
    if calling is None:
        return None
    if calling != "1" and digits.startswith(US_DIAL_OUT + calling):
        national = digits[len(US_DIAL_OUT) + len(calling):]  # dialled from the US: all after the calling code
    elif digits.startswith(calling) and len(digits) > len(calling) + 6:
        national = digits[len(calling):]
    else:
        national = digits
    national = national[1:] if national.startswith("0") and calling != "39" else national
    if calling == "1":
        return f"+1-{national[:3]}-{national[3:6]}-{national[6:]}" if len(national) == 10 else None
    if country == "KR":
        area = next((a for a in sorted(phone_codes()["kr_area"], key=len, reverse=True) if national.startswith(a)), None)
        rest = national[len(area):] if area else ""
        return f"+82-{area}-{rest[:-4]}-{rest[-4:]}" if area and len(rest) in (7, 8) else None
    return f"+{calling}-{national}" if 6 <= len(national) <= 12 else None  # its area code is not known here


def business_phone(f: _Facts) -> None:
    digits = re.sub(r"\D", "", f.header.business_phone or "")
    if len(digits) < 7 or _digits_pattern(digits[-7:]).search(f.ctx.text):
        return
    address = f.header.business_address
    where = _location(address.state if address else None) or _location(f.header.state_of_incorporation)
    number = e164(digits, where[0] if where else None)
    if number:
        f.add("EntityPhoneNumber", number, "business_phone", "business phone")


def extract_edgar_header(ctx: DocumentContext) -> Found:
    """The header's company data as facts of the submission's main document."""
    if ctx.header is None or not is_main_document(ctx.document, ctx.header):
        return Found()
    facts = _Facts(ctx)
    for read in (period_of_report, file_number, incorporation, business_address, business_phone):
        read(facts)
    return Found(tuple(facts.out))
