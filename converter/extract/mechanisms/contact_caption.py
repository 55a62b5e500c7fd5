"""The company contact person a Form 20-F cover names over its caption.

Since 2008 the form asks, under the address of the principal executive offices, for "(Name,
Telephone, E-mail and/or Facsimile number and Address of Company Contact Person)". Issuers write
the contact on the lines between that caption and the one above it: on one line ("Jane Roe, +81-
3-5555-0100, ir@example.jp, +81-3-5555-0101"), or a name, then a title line, then address,
telephone and fax lines ("Telephone: ...", "Fax: ..."). Each piece of those lines is read as a
contact block's cell is (``mechanisms.contacts``: name, title, e-mail, labelled phone or fax);
the name and title only on the first lines (an address's words may look like a name), a number
only where a label or its form says what it is: an unlabelled second number is left out (the
caption's "and/or" does not say whether it is a fax). The contact is member 1 of ContactAxis.

``contact_lines_start`` also tells the registrant's phone and fax reader (``address_facts``)
where the contact's lines begin, so that the contact's fax is never the company's.
"""

from __future__ import annotations

import re

from converter.extract.base import DocumentContext, Found
from converter.extract.kinds.cover_20f import phrase as cover_phrase
from converter.extract.mechanisms.address_locate import phrases
from converter.extract.mechanisms.contacts import _classify, _pieces
from converter.extract.mechanisms.sentences import lang_of
from converter.model import Observation
from converter.parse.address import find_addresses
from converter.parse.phone import parse_phone

__all__ = ["contact_lines_start", "extract_caption_contact"]

# a caption alone on its line (a table's cells around it): "(Address of principal executive offices)",
# or on up to three lines where the cover's text is reflowed at arbitrary words ("(Address" / "of
# principal executive offices)", as web copies of old filings print it)
_CAPTION_LINE = re.compile(r"^[ \t|]*\((?:[^\n]*|[^()\n]*(?:\n[^()\n]*){1,2})\)[ \t|]*$", re.M)
_REACH = 600  # characters above the caption the contact's lines stand in
_LINES = 8  # lines of a contact at most: name, title, three of address, telephone, fax, e-mail
_HEAD = 20000  # characters of a cover the caption is looked for in
_NAME_LINES = 2  # the lines a name or title stands on (the first; a title under the name)
_BARS = " \t|"


# the address's caption closing a line run on from the address ('1 Example-ro, Seoul, Korea
# (Address of principal executive offices)'), in a cover whose lines a copy ran together
_ADDRESS_CAPTION_END = re.compile(r"\(\s*address\s+of\s+(?:the\s+)?principal\s+executive\s+offices?[^()\n]{0,80}\)[ \t|]*$",
                                  re.IGNORECASE | re.MULTILINE)


def contact_lines_start(text: str, caption_start: int) -> int | None:
    """Where the contact's lines over the caption at ``caption_start`` begin: after the caption
    line above them (the address's, alone on its line or closing the address's line), when one
    stands within reach; else None."""
    floor = max(0, caption_start - _REACH)
    ends = [m.end() for pattern in (_CAPTION_LINE, _ADDRESS_CAPTION_END)
            for m in pattern.finditer(text, floor, caption_start)]
    return max(ends) if ends else None


def _lines(text: str, start: int, end: int) -> list[tuple[str, int]]:
    """The non-blank lines of ``text[start:end]`` without the bars of their cells, with offsets."""
    out = []
    for m in re.finditer(r"[^\n]+", text[start:end]):
        body = m.group(0).strip(_BARS)
        if body:
            out.append((body, start + m.start() + m.group(0).find(body)))
    return out


def _paragraph(text: str, lines: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The contact's lines as the one line they were before a reflow broke them (line breaks and
    bars read as spaces, so every offset stays the text's)."""
    start = lines[0][1]
    end = lines[-1][1] + len(lines[-1][0])
    return [(re.sub(r"[\n|]", " ", text[start:end]), start)]


def _opens_paragraph(concept: str, number: int, found: dict[str, tuple[str, int, int]]) -> bool:
    """Whether the ``number``-th piece of a reflowed paragraph may be the person's (its first
    piece) or their title or organisation (the piece after their name)."""
    return number == 0 if concept == "ContactName" else number == 1 and "ContactName" in found


def _country(text: str, start: int, end: int) -> str | None:
    """The country of the last address written in ``text[start:end]`` (the contact's, or the
    offices' above it): where a national number ("03-5555-0100") is dialled."""
    found = find_addresses(text[start:end])
    return next((a.country_code for a in reversed(found) if a.country_code), None)


def _phone(raw: str, country: str | None) -> str | None:
    """A number in E.164 form: written with its country code, or national in ``country``."""
    parsed = parse_phone(raw, default_country=country or "")
    code_given = raw.lstrip("(").startswith("+") or not raw.lstrip("(").startswith("0")
    return parsed.e164 if parsed is not None and (code_given or country) else None


def read_contact(text: str, company: str | None) -> dict[str, tuple[str, int, int]]:
    """The contact the lines over the caption of ``text`` name: concept -> (value, start, end)."""
    caption = phrases("contact_caption").search(text, 0, _HEAD)
    if caption is None:
        return {}
    start = contact_lines_start(text, caption.start())
    if start is None:
        return {}
    lines = _lines(text, start, caption.start())
    if not lines or len(lines) > _LINES or cover_phrase("none").fullmatch(lines[0][0]):
        return {}
    paragraph = "\n" in caption.group()
    if paragraph:  # reflowed at arbitrary words ("Jane" / "Roe, Tel: ..."): one paragraph
        lines = _paragraph(text, lines)
    country = _country(text, max(0, start - _REACH), caption.start())
    first_lines = {offset for _, offset in lines[:_NAME_LINES]}
    found: dict[str, tuple[str, int, int]] = {}
    for number, (piece, offset) in enumerate(_pieces(lines)):
        kind = _classify(piece, company)
        if kind is None:
            continue
        concept, value = kind
        line = max(o for _, o in lines if o <= offset)
        if concept in ("ContactName", "ContactTitle", "ContactOrganization") and (
                line not in first_lines or paragraph and not _opens_paragraph(concept, number, found)):
            continue  # an address's words, not the person's
        at = offset + max(piece.find(value), 0)
        if concept in ("ContactPhoneNumber", "ContactFaxNumber"):
            value = _phone(value, country) or ""
        if value:
            found.setdefault(concept, (value, at, at + len(kind[1])))
    return found if "ContactName" in found else {}


def extract_caption_contact(ctx: DocumentContext) -> Found:
    """ContactName, ContactTitle, ContactEmail, ContactPhoneNumber and ContactFaxNumber of the
    cover's company contact person (ContactAxis member 1)."""
    dims = (("ContactAxis", "1"),)
    observations = tuple(
        Observation(concept, value, ctx.document_period, dimensions=dims, lang=lang_of(value, ctx.text),
                    span=ctx.span(start, end), rule="cover:contact-person")
        for concept, (value, start, end) in read_contact(ctx.text, ctx.registrant).items())
    return Found(observations)
