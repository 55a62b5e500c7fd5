"""Full EDGAR submissions: the ``<SEC-HEADER>`` and the ``<DOCUMENT>`` parts.

An EDGAR archive ``.txt`` file is an SGML-ish envelope (EDGAR Public Dissemination Service
specification): optionally a privacy-enhanced-message preamble, ``<SEC-DOCUMENT>``, a
``<SEC-HEADER>`` (``<IMS-HEADER>`` in the oldest files) of ``KEY:<tab>value`` lines grouped in
sections (``FILER:``, ``SUBJECT COMPANY:``, ``FILED BY:``...), then one ``<DOCUMENT>`` per
document with ``<TYPE>``, ``<SEQUENCE>``, ``<FILENAME>``, ``<DESCRIPTION>`` lines and the
document itself between ``<TEXT>`` and ``</TEXT>``.

>>> raw = "<DOCUMENT>\\n<TYPE>EX-99.1\\n<SEQUENCE>2\\n<TEXT>\\nNews\\n</TEXT>\\n</DOCUMENT>\\n"
>>> parts, notes = find_documents(raw)
>>> [(p.doc_type, p.sequence, raw[p.text_start:p.text_end]) for p in parts], notes
([('EX-99.1', 2, 'News\\n')], [])
>>> header, _ = parse_header("ACCESSION NUMBER:\\t0000950103-03-000001\\n"
...     "FILED AS OF DATE:\\t20031117\\nFILER:\\n\\tCOMPANY DATA:\\n"
...     "\\t\\tCOMPANY CONFORMED NAME:\\tEXAMPLE CORP\\n\\t\\tCENTRAL INDEX KEY:\\t12345\\n")
>>> header.company_name, header.cik, header.filed_as_of.isoformat()
('EXAMPLE CORP', '0000012345', '2003-11-17')

A form filed about another company names it the SUBJECT COMPANY, its filer FILED BY, and the
other persons of a filing group one GROUP MEMBERS line each:

>>> header, _ = parse_header("CONFORMED SUBMISSION TYPE:\\tSC 13D\\nGROUP MEMBERS:\\t\\tNORTHWIND PARTNERS LP\\n"
...     "GROUP MEMBERS:\\t\\tJANE Q. EXAMPLE\\nSUBJECT COMPANY:\\n\\tCOMPANY DATA:\\n"
...     "\\t\\tCOMPANY CONFORMED NAME:\\tTARGETCO INC\\nFILED BY:\\n\\tCOMPANY DATA:\\n"
...     "\\t\\tCOMPANY CONFORMED NAME:\\tNORTHWIND CAPITAL LLC\\n")
>>> header.company_name, header.company_section, header.filed_by, header.group_members
('TARGETCO INC', 'SUBJECT COMPANY', 'NORTHWIND CAPITAL LLC', ('NORTHWIND PARTNERS LP', 'JANE Q. EXAMPLE'))

The filing's entity is its filer: the CIK of FILED BY, never the subject company's.

>>> header, _ = parse_header("SUBJECT COMPANY:\\n\\tCOMPANY DATA:\\n\\t\\tCENTRAL INDEX KEY:\\t111\\n"
...     "FILED BY:\\n\\tCOMPANY DATA:\\n\\t\\tCENTRAL INDEX KEY:\\t222\\n")
>>> header.cik, header.filer_cik
('0000000111', '0000000222')
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from converter.model import FilingHeader, HeaderAddress, Span
from converter.resources import data_rows

_ENVELOPE = re.compile(
    r"^<(?:SEC-DOCUMENT|IMS-DOCUMENT|SEC-HEADER|IMS-HEADER|DOCUMENT)>", re.MULTILINE | re.IGNORECASE
)
_HEADER = re.compile(r"^<(SEC|IMS)-HEADER>[^\n]*\n?", re.MULTILINE | re.IGNORECASE)
_DOCUMENT = re.compile(r"^<DOCUMENT>[ \t]*\r?\n?", re.MULTILINE | re.IGNORECASE)
_META = re.compile(r"^<(TYPE|SEQUENCE|FILENAME|DESCRIPTION)>[ \t]*([^\r\n]*)", re.MULTILINE | re.I)
_TEXT_OPEN = re.compile(r"^<TEXT>[ \t]*(?:\r?\n)?", re.MULTILINE | re.IGNORECASE)
_TEXT_CLOSE = re.compile(r"</TEXT>", re.IGNORECASE)
# (the value is taken to the line's end and its trailing blanks cut in Python: a lazy value before
# "[ \t\r]*$" made ``re`` try the line's end after each of its characters)
_HEADER_LINE = re.compile(r"^([ \t]*)([A-Z][A-Z0-9 \-/()&.,']*?):[ \t]*(.*)$", re.MULTILINE)
_UUENCODED = re.compile(r"\s*begin [0-7]{3} \S")
_BINARY_WRAPPER = re.compile(r"\s*<([A-Za-z]+)>")
ENVELOPE_SNIFF = 8192  # the envelope starts within the PEM preamble's few hundred bytes
# _ENVELOPE after the first line: a literal opening (the line break, then "<") that the regex
# engine skips to fast, where "^" in multi-line mode is tried at every position
_ENVELOPE_LATER = re.compile(r"\n<(?:SEC-DOCUMENT|IMS-DOCUMENT|SEC-HEADER|IMS-HEADER|DOCUMENT)>", re.IGNORECASE)

# Which header section names the company a submission is about, best first: a Schedule 13D is
# filed BY the reporting persons about the SUBJECT COMPANY; forms 3/4/5 name an ISSUER.
_COMPANY_SECTIONS = ("SUBJECT COMPANY", "ISSUER", "FILER", "FILED BY", "REPORTING-OWNER")


@dataclass(frozen=True)
class DocumentPart:
    """Where one ``<DOCUMENT>`` and its text sit in the raw file, and what it says it is."""

    start: int
    text_start: int
    text_end: int
    doc_type: str | None
    sequence: int
    filename: str | None
    description: str | None
    binary_reason: str | None = None  # why its text is not text, when it is not


@cache
def binary_types() -> frozenset[str]:
    return frozenset(row[0].strip().upper() for row in data_rows("edgar_binary_types.tsv"))


def looks_like_submission(raw: str) -> bool:
    """True when the file is an EDGAR envelope (``<SEC-DOCUMENT>`` or a ``<DOCUMENT>`` stream).
    The tag opens a line: the first, or one after a line break (``_ENVELOPE`` searched, the
    first line tried alone and the others found by their line break)."""
    if raw.startswith("<") and _ENVELOPE.match(raw, 0, ENVELOPE_SNIFF):
        return True
    return _ENVELOPE_LATER.search(raw, 0, ENVELOPE_SNIFF) is not None


def header_region(raw: str) -> tuple[int, int, list[str]] | None:
    """(start, end) of the header's ``KEY: value`` lines, or None when there is no header."""
    found = _HEADER.search(raw)
    if not found:
        return None
    kind = found.group(1).upper()
    close = raw.find(f"</{kind}-HEADER>", found.end())
    if close == -1:
        first_doc = _DOCUMENT.search(raw, found.end())
        end = first_doc.start() if first_doc else len(raw)
        return found.end(), end, [f"<{kind}-HEADER> is never closed"]
    return found.end(), close, []


def parse_header(block: str, offset: int = 0) -> tuple[FilingHeader, list[str]]:
    """The header fields of the ``KEY: value`` lines in ``block``, and notes about them.
    ``offset`` is where ``block`` starts in the raw file: the spans of the values count from it.

    >>> header, _ = parse_header("FILER:\\n\\tCOMPANY DATA:\\n\\t\\tCOMPANY CONFORMED NAME:\\tACME CO\\n"
    ...     "\\t\\tSTATE OF INCORPORATION:\\tM5\\n\\tBUSINESS ADDRESS:\\n\\t\\tSTREET 1:\\t1 MAIN ST\\n"
    ...     "\\t\\tCITY:\\tSEOUL\\n\\t\\tBUSINESS PHONE:\\t8221234567\\n\\tMAIL ADDRESS:\\n"
    ...     "\\t\\tSTREET 1:\\tP.O. BOX 1\\n\\t\\tCITY:\\tPUSAN\\n", offset=100)
    >>> header.business_address.street1, header.business_address.city, header.business_phone
    ('1 MAIN ST', 'SEOUL', '8221234567')
    >>> header.state_of_incorporation, header.span_of("street1")
    ('M5', Span(start=216, end=225))
    """
    return header_of(_entry(m, offset) for m in _HEADER_LINE.finditer(block))


def _entry(m: re.Match[str], offset: int) -> tuple[bool, str, _Field]:
    """(indented, key, value) of a ``KEY: value`` line, the value without its trailing blanks."""
    value, start = m.group(3).rstrip(" \t\r"), offset + m.start(3)
    return bool(m.group(1)), m.group(2), _Field(value, Span(start, start + len(value)))


def header_of(entries: Iterable[tuple[bool, str, _Field]]) -> tuple[FilingHeader, list[str]]:
    """The header of its ``KEY: value`` entries, in order, each (indented, key, value): an entry
    not indented is a field of the submission, or opens a section ('FILER:') when it has no
    value; an indented one without a value opens a sub-section ('BUSINESS ADDRESS:')."""
    top: dict[str, _Field] = {}
    sections: dict[str, dict[str, _Field]] = {}
    parts: dict[tuple[str, str], dict[str, _Field]] = {}  # (section, sub-section) -> fields
    members: list[_Field] = []  # GROUP MEMBERS: one line (or label) per member, each kept
    section: str | None = None
    part = ""
    for indent, key, found in entries:
        value = found.value
        if not indent and not value:
            section, part = key, ""
            sections.setdefault(section, {})
        elif not indent and key == "GROUP MEMBERS":
            members.append(found)
        elif not indent:
            top.setdefault(key, found)
        elif section is not None and not value:
            part = key  # 'COMPANY DATA:', 'BUSINESS ADDRESS:', 'MAIL ADDRESS:'...
        elif section is not None:
            sections[section].setdefault(key, found)
            parts.setdefault((section, part), {}).setdefault(key, found)
    chosen = next((s for s in _COMPANY_SECTIONS if s in sections), next(iter(sections), None))
    company = sections.get(chosen, {}) if chosen else {}
    notes = _party_notes(sections, chosen)
    filed, bad_filed = _date(_value(top.get("FILED AS OF DATE")))
    period, bad_period = _date(_value(top.get("CONFORMED PERIOD OF REPORT")))
    notes += [f"SEC header: unreadable date {bad!r}" for bad in (bad_filed, bad_period) if bad]
    business = parts.get((chosen or "", "BUSINESS ADDRESS"), {})
    file_number = company.get("SEC FILE NUMBER") or _first(sections, "SEC FILE NUMBER")
    used = {
        "company_name": company.get("COMPANY CONFORMED NAME"), "cik": company.get("CENTRAL INDEX KEY"),
        "form_type": top.get("CONFORMED SUBMISSION TYPE") or company.get("FORM TYPE"),
        "filed_as_of": top.get("FILED AS OF DATE"), "period": top.get("CONFORMED PERIOD OF REPORT"),
        "accession_number": top.get("ACCESSION NUMBER"), "file_number": file_number,
        "business_phone": business.get("BUSINESS PHONE"),
        "state_of_incorporation": company.get("STATE OF INCORPORATION"),
        "fiscal_year_end": company.get("FISCAL YEAR END"),
        "filed_by": _filed_by(sections, chosen),
        "filed_by_cik": _filed_by(sections, chosen, "CENTRAL INDEX KEY"),
    }
    used.update({name: business.get(key) for name, key in _ADDRESS_FIELDS})
    header = FilingHeader(
        company_name=_value(used["company_name"]),
        cik=_cik(_value(used["cik"])),
        form_type=_value(used["form_type"]),
        filed_as_of=filed,
        period=period,
        accession_number=_value(used["accession_number"]),
        file_number=_value(file_number),
        business_address=_address(business),
        business_phone=_value(used["business_phone"]),
        state_of_incorporation=_value(used["state_of_incorporation"]),
        fiscal_year_end=_value(used["fiscal_year_end"]),
        company_section=chosen,
        filed_by=_value(used["filed_by"]),
        filed_by_cik=_cik(_value(used["filed_by_cik"])),
        group_members=tuple(v for v in (_value(m) for m in members) if v),
        spans=tuple((name, f.span) for name, f in used.items() if f is not None and f.value)
        + tuple(("group_member", m.span) for m in members if _value(m)),
    )
    return header, notes


@dataclass(frozen=True)
class _Field:
    value: str
    span: Span  # where the value sits in the raw file


# HeaderAddress field -> the header's key for it
_ADDRESS_FIELDS = (("street1", "STREET 1"), ("street2", "STREET 2"), ("city", "CITY"),
                   ("state", "STATE"), ("zip", "ZIP"))


# control characters (a NUL, a stray escape) that no XML document may hold: a header value is
# read without them, as the document's own text is (converter/ingest/textmap.py)
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]+")


def _value(found: _Field | None) -> str | None:
    """The field's value, its control characters read as spaces.

    >>> _value(_Field("\\x00\\t\\tACME CO", Span(0, 10)))
    'ACME CO'
    """
    if found is None:
        return None
    return " ".join(_CONTROL.sub(" ", found.value).split()) or None


def _address(fields: dict[str, _Field]) -> HeaderAddress | None:
    values = {name: _value(fields.get(key)) for name, key in _ADDRESS_FIELDS}
    return HeaderAddress(**values) if any(values.values()) else None


def _party_notes(sections: dict[str, dict[str, _Field]], chosen: str | None) -> list[str]:
    if chosen != "SUBJECT COMPANY" or "FILED BY" not in sections:
        return []
    by = sections["FILED BY"]
    who = _value(by.get("COMPANY CONFORMED NAME")) or "?"
    cik = _cik(_value(by.get("CENTRAL INDEX KEY")))
    return [f"SEC header names a SUBJECT COMPANY and FILED BY {who} (CIK {cik}): "
            "the subject company is taken as the company the filing is about, the filer's CIK as its entity's"]


def _filed_by(sections: dict[str, dict[str, _Field]], chosen: str | None,
              key: str = "COMPANY CONFORMED NAME") -> _Field | None:
    """The FILED BY company's name (or its ``key``: its CIK) where the header is about a SUBJECT
    COMPANY (a Schedule 13D or 13G: the filer is a reporting person, the subject the issuer)."""
    if chosen != "SUBJECT COMPANY":
        return None
    return sections.get("FILED BY", {}).get(key)


def _first(sections: dict[str, dict[str, _Field]], key: str) -> _Field | None:
    return next((fields[key] for fields in sections.values() if key in fields), None)


def _cik(value: str | None) -> str | None:
    digits = (value or "").strip()
    return digits.zfill(10) if digits.isdigit() and len(digits) <= 10 else None


def _date(value: str | None) -> tuple[dt.date | None, str | None]:
    """An EDGAR ``YYYYMMDD`` date, or (None, the unreadable text)."""
    if not value:
        return None, None
    try:
        return dt.datetime.strptime(value.strip()[:8], "%Y%m%d").date(), None
    except ValueError:
        return None, value


def find_documents(raw: str) -> tuple[list[DocumentPart], list[str]]:
    """Every ``<DOCUMENT>`` of the submission, and notes on truncated or binary ones."""
    starts = [m for m in _DOCUMENT.finditer(raw)]
    parts: list[DocumentPart] = []
    notes: list[str] = []
    for index, opening in enumerate(starts):
        limit = starts[index + 1].start() if index + 1 < len(starts) else len(raw)
        close = raw.find("</DOCUMENT>", opening.end(), limit)
        if close == -1:
            close = _find_ci(raw, "</document>", opening.end(), limit)
        part, part_notes = _document(raw, opening.start(), opening.end(), close, limit, index + 1)
        parts.append(part)
        notes += part_notes
    return parts, notes


def _document(
    raw: str, start: int, body: int, close: int, limit: int, ordinal: int
) -> tuple[DocumentPart, list[str]]:
    notes = []
    end = close if close != -1 else limit
    text_open = _TEXT_OPEN.search(raw, body, end)
    meta_end = text_open.start() if text_open else end
    meta = {m.group(1).upper(): m.group(2).strip() for m in _META.finditer(raw, body, meta_end)}
    sequence = int(meta["SEQUENCE"]) if meta.get("SEQUENCE", "").isdigit() else ordinal
    label = f"document {sequence} ({meta.get('TYPE') or 'no type'})"
    if close == -1:
        notes.append(f"truncated submission: {label} has no </DOCUMENT>; text kept to the end")
    if text_open is None:
        text_start = text_end = end
        notes.append(f"{label} has no <TEXT>")
    else:
        text_start = text_open.end()
        text_close = _TEXT_CLOSE.search(raw, text_start, end)
        text_end = text_close.start() if text_close else end
        if text_close is None and close != -1:
            notes.append(f"{label}: <TEXT> is never closed")
    part = DocumentPart(
        start, text_start, text_end, meta.get("TYPE") or None, sequence,
        meta.get("FILENAME") or None, meta.get("DESCRIPTION") or None,
        _binary_reason(raw, text_start, text_end, meta.get("TYPE")),
    )
    return part, notes


def _binary_reason(raw: str, start: int, end: int, doc_type: str | None) -> str | None:
    if doc_type and doc_type.strip().upper() in binary_types():
        return f"binary document type {doc_type}"
    if _UUENCODED.match(raw, start, min(end, start + 200)):
        return "uuencoded binary"
    # EDGAR wraps encoded binaries in a tag named like their type: <PDF>, <ZIP>, <GIF>...
    wrapper = _BINARY_WRAPPER.match(raw, start, min(end, start + 200))
    if wrapper and wrapper.group(1).upper() in binary_types():
        return f"encoded binary <{wrapper.group(1)}>"
    return None


def _find_ci(raw: str, needle: str, start: int, end: int) -> int:
    found = re.compile(re.escape(needle), re.IGNORECASE).search(raw, start, end)
    return found.start() if found else -1
