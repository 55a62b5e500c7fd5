"""The investor-relations contacts a release names (the spokesperson it quotes is read by
``mechanisms.spokespersons``).

Contact blocks are often two columns side by side ("CONTACT IN KOREA      CONTACT IN U.S.");
each line is cut into cells at runs of two or more spaces and every cell goes to the column
whose heading starts nearest to its left, so each column becomes one ``ContactAxis`` member.
"""

from __future__ import annotations

import importlib
import re
from functools import cache
from typing import Callable

from converter.extract.base import DocumentContext, Found
from converter.extract.mechanisms.contact_blocks import EMAIL, HONORIFIC, PERSON, Column, contact_blocks
from converter.extract.mechanisms.officers_prose import OFFICER_TITLE
from converter.extract.mechanisms.sentences import HANGUL, Collected, action_pattern, \
    action_values, lang_of
from converter.model import Observation
from converter.resources import data_rows

# the honorific before a name
_LEADING_HONORIFIC = re.compile(rf"^{HONORIFIC}")
# a digit
_DIGIT = re.compile(r"\d")
# a word between spaces
_SPACED_WORD = re.compile(r"\S+")
# a cell of rule characters only, and a web address: no contact data
_RULE_CELL = re.compile(r"[-_=*\s]+")
_WEB_ADDRESS = re.compile(r"(?:https?://|www\.)", re.I)
# Hangul syllables only: a given name
_HANGUL_WORD = re.compile(r"[가-힣]+")
# a region whose phone numbers are American
_AMERICA = re.compile(r"U\.?S\.?A?\.?|United\s+States|America", re.I)
# a phone or fax number, its label (perhaps "Telephone No.:") and an extension after it ("Tel: +886-3-577-2000 ext. 6120")
_PHONE = re.compile(r"^(?:(?P<label>tel|phone|telephone|t|fax|facsimile|f)\.?\s*(?:no\.?|number)?\s*:?\s*)?(?P<number>\+?[\d(][\d\s().\-/]{6,}\d)"
                    r"(?:\s*(?:ext|extension|x)\.?\s*\d{1,6})?$", re.I)
# a department in the place of a title: "Corporate Communications", "Investor Relations Team"
# the reader of data/readers.tsv that reads contact blocks with the rest of a release
_RESULTS_READER = "results, actions and people"
_DEPARTMENT = re.compile(r"(?:Corporate|Marketing|Investor|Public|Media|Press)\s+(?:Communications?|Relations|Affairs)"
                         r"(?:\s+(?:Department|Dept\.?|Team|Office|Division|Group))?", re.I)


def _string(ctx: DocumentContext, out: Collected, concept: str, value: str, start: int, end: int,
            dims: tuple[tuple[str, str], ...], rule: str) -> None:
    out.add(Observation(concept, value, ctx.document_period, dimensions=dims, lang=lang_of(value, ctx.text),
                        span=ctx.span(start, end), rule=rule), start, end)


@cache
def _korean_titles() -> str:
    return "|".join(sorted((v for v, _ in action_values("ko_title")), key=len, reverse=True))


@cache
def _korean_title() -> re.Pattern[str]:
    """A Korean rank or title ("과장", "대리"), compiled once."""
    return re.compile(f"(?:{_korean_titles()})")


@cache
def _phone_parser() -> Callable[..., object] | None:
    """Helper D's ``parse_phone`` where it exists; contacts' phones are left out without it."""
    try:
        return getattr(importlib.import_module("converter.parse.phone"), "parse_phone")
    except (ImportError, AttributeError):
        return None


@cache
def _legal_ending() -> re.Pattern[str]:
    """A cell that is only a legal form ("Inc.", "Co., Ltd."): the end of the name before it."""
    return re.compile(rf"\s*(?:{action_pattern('org_word').pattern})\s*$", re.I)


def _pieces(cells: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Cells, with "Jane Doe, +82-2-1234-5678" cut at its commas when it is not one thing."""
    out: list[tuple[str, int]] = []
    legal = _legal_ending()
    for text, offset in cells:
        parts = [(m.group(0), offset + m.start()) for m in _PIECE.finditer(text) if m.group(0).strip(" )")]
        parts = [(part[:-1] if part.endswith(")") and "(" not in part else part, start) for part, start in parts]
        merged: list[tuple[str, int]] = []
        for part, start in parts:
            if merged and (legal.fullmatch(part) or _title_goes_on(merged[-1][0], part)):
                # "Lakeshore Networks, Inc." is one name; "General Manager, Investor Relations" one title
                merged[-1] = (merged[-1][0] + text[merged[-1][1] - offset + len(merged[-1][0]):start - offset] + part,
                              merged[-1][1])
            else:
                merged.append((part, start))
        out += [piece for part in merged for piece in _spaced_pieces(*part)]
    return [(t.strip(), o + len(t) - len(t.lstrip())) for t, o in out]


# pieces of a contact line: cut at commas, semicolons, bars, "/ ", and at " (" before a phone
# number or an e-mail address ("Min-jung Kang, IR Manager (+82-2-3015-7720, mjkang@...)")
_PIECE = re.compile(r"(?:[^,;|/(]|/(?!\s)|\((?!\+|[\w.+-]+@))+")
# what may follow a title after a comma and still be the title: a function of the company
_FUNCTION = re.compile(r"(?:Finance|Accounting|Treasury|Marketing|Sales|Strategy|Planning|Operations|Administration|"
                       r"Legal|Human\s+Resources|Investor\s+Relations|IR|Corporate\s+Communications?|Public\s+Relations|"
                       r"Corporate\s+Planning|Corporate\s+Finance)", re.I)


def _is_place(text: str) -> bool:
    """"The Ruder Group, New York": a city or a region after an organisation, not a person."""
    from converter.parse.address_places import foreign_index
    index = foreign_index()
    return any(text.lower() in index.get(kind, {}) for kind in ("city", "region", "country"))


def _title_goes_on(head: str, part: str) -> bool:
    title = action_pattern("title_word")
    return (bool(title.search(head)) and not EMAIL.search(head) and not _DIGIT.search(head)
            and not action_pattern("org_word").search(head) and bool(_FUNCTION.fullmatch(part.strip())))


_TRAILING_PHONE = re.compile(r"^(?P<head>.*?\S)\s+\(?(?P<phone>(?:tel\.?|전화|☎)?\s*:?\s*\+?\(?\d[\d\s().\-]{6,}\d)\)?$",
                             re.I)  # "김지훈 대리 (02-6677-8899)": the number in parentheses too


def _spaced_pieces(text: str, offset: int) -> list[tuple[str, int]]:
    """"동해중공업 IR팀 (02) 3705-1114": a trailing phone number is a piece of its own, and a
    Hangul line is cut at its spaces (organisation, department: Korean contact lines use no commas)."""
    if not HANGUL.search(text):
        return [(text, offset)]
    m = _TRAILING_PHONE.match(text)
    head, tail = (m["head"], [(m["phone"], offset + m.start("phone"))]) if m else (text, [])
    return [(w.group(0), offset + w.start()) for w in _SPACED_WORD.finditer(head)] + tail


def _classify(cell: str, company: str | None = None) -> tuple[str, str] | None:
    """(concept, value) a contact-block cell holds; ``company`` is the registrant's name, whose
    leading words alone on a line ("Acme" under "Jane Doe") name the contact's organisation."""
    text = cell.strip()
    if _RULE_CELL.fullmatch(text) or _WEB_ADDRESS.match(text):
        return None
    email = EMAIL.search(text)
    if email:
        return "ContactEmail", email.group(0)
    phone = _PHONE.match(text)
    if phone:
        label = (phone["label"] or "").lower()
        return ("ContactFaxNumber" if label.startswith("f") else "ContactPhoneNumber"), phone["number"]
    if _DEPARTMENT.fullmatch(text) or _title_of_unit().match(text):
        return "ContactTitle", text
    if action_pattern("org_word").search(text) or _names_company(text, company):
        return "ContactOrganization", text
    if PERSON.fullmatch(text) and not action_pattern("title_word").search(text) \
            and not _is_place(text):
        return "ContactName", _LEADING_HONORIFIC.sub("", text)
    if action_pattern("title_word").search(text):
        return "ContactTitle", text
    return None


@cache
def _title_of_unit() -> re.Pattern[str]:
    """A title over the unit it heads ("Director of Investor Relations", "Senior Vice President for
    Corporate Communications"): a title, whatever organisation words the unit's name holds."""
    title = action_pattern("title_word").pattern
    return re.compile(rf"(?:{title})(?:\s+(?:{title}))*\s+(?:of|for)\s+\S", re.I)


def _names_company(text: str, company: str | None) -> bool:
    """``text`` is the company's name or its first words ("Acme" of "Acme Systems, Inc."), as a
    contact block writes the organisation a contact speaks for.

    >>> _names_company("Acme", "ACME SYSTEMS INC"), _names_company("Acme Sys", "Acme Systems, Inc.")
    (True, False)
    """
    if not company or not text[:1].isupper():
        return False
    said, name = text.casefold().split(), company.casefold().replace(",", " ").split()  # "APPLE CO INC"
    return len(said) <= len(name) and name[:len(said)] == said


@cache
def _korean_surnames() -> frozenset[str]:
    return frozenset(row[0].strip() for row in data_rows("korean_surnames.tsv"))


def _korean_name(text: str, following: str | None) -> tuple[str, str] | None:
    """A Hangul person's name in a contact line: a surname and one to three syllables, followed
    by a rank (``김민수 과장``); without the rank a Hangul word is too often an organisation.

    >>> _korean_name("김민수", "과장"), _korean_name("김민수", None), _korean_name("홍보실", "과장")
    (('ContactName', '김민수'), None, None)
    """
    if following is None or not _korean_title().fullmatch(following):
        return None
    if action_pattern("title_word").search(text) or action_pattern("org_word").search(text):
        return None  # a department or company before the rank: "홍보실 과장"
    surnames = _korean_surnames()
    for size in (2, 1):
        given = text[size:]
        if text[:size] in surnames and 2 <= len(given) + 1 <= 3 and _HANGUL_WORD.fullmatch(given):
            return "ContactName", text
    return None


def contact_facts(ctx: DocumentContext, out: Collected) -> list[tuple[str, str, int, int]]:
    """Contacts of the document's contact blocks, one ``ContactAxis`` member each; returns the
    contacts whose title is an officer's ("Anne Whitfield, CFO"), for the officer list."""
    member = 0
    officers: list[tuple[str, str, int, int]] = []
    for columns in contact_blocks(ctx):
        for column in columns:
            for contact in _contacts(column, ctx.registrant):
                member += 1
                dims = (("ContactAxis", str(member)),)
                if column.region:
                    _string(ctx, out, "ContactRegion", column.region, *column.region_span, dims, "press:contact")
                for concept, (value, start, length) in contact.items():
                    _string(ctx, out, concept, value, start, start + length, dims, "press:contact")
                if "ContactName" in contact and "ContactTitle" in contact and \
                        OFFICER_TITLE.search(contact["ContactTitle"][0]):
                    officers.append((contact["ContactName"][0], contact["ContactTitle"][0],
                                     contact["ContactName"][1], contact["ContactTitle"][1]))
    return officers


def _contacts(column: Column, company: str | None = None) -> list[dict[str, tuple[str, int, int]]]:
    """The contacts of one column: a new one starts at each name once the current has one;
    an organisation or phone written after a group of names serves every name of the group
    that has none ("Mark Ruelas / mruelas@..." "Dana Kessler / dkessler@..." "Prairie IR")."""
    contacts: list[dict[str, tuple[str, int, int]]] = []
    group: list[dict[str, tuple[str, int, int]]] = []
    pieces = _pieces(column.cells)
    for i, (text, offset) in enumerate(pieces):
        following = pieces[i + 1][0] if i + 1 < len(pieces) else None
        found = _korean_name(text, following) or _classify(text, company)
        if i and _korean_name(pieces[i - 1][0], text):
            found = ("ContactTitle", text)  # the rank after a Korean name: "이서연 과장"
        if found is None:
            continue
        concept, value = found
        if concept in ("ContactPhoneNumber", "ContactFaxNumber"):
            value = _e164(value, column.region) or ""
            if not value:
                continue
        start = offset + text.find(found[1]) if found[1] in text else offset
        entry = (value, start, len(found[1]))
        if concept == "ContactTitle" and contacts and "ContactTitle" in contacts[-1] \
                and _next_kind(pieces, i) == "ContactName":
            contacts.append({})  # "Media Relations   Priya Menon   +91-...": a title opens the next row
            group = [contacts[-1]]
        elif not contacts or (concept == "ContactName" and "ContactName" in contacts[-1]) or \
                (concept == "ContactOrganization" and "ContactOrganization" in contacts[-1]
                 and "ContactName" in contacts[-1] and _next_kind(pieces, i) in ("ContactName", "ContactTitle")):
            # "The Ruder Group, New York" over "Daniel Marsh, +1-...": an organisation opens the next contact
            if contacts and any(k != "ContactName" and k != "ContactEmail" for k in contacts[-1]):
                group = []  # the last contact is complete: a new group begins
            contacts.append({})
            group.append(contacts[-1])
        if concept == "ContactTitle" and i and _korean_name(pieces[i - 1][0], text):
            contacts[-1][concept] = entry  # "IR팀 한지원 팀장": the rank after the name is the title
            continue
        if concept in contacts[-1]:
            continue
        for contact in (group if concept in ("ContactOrganization", "ContactPhoneNumber", "ContactFaxNumber")
                        else [contacts[-1]]):
            contact.setdefault(concept, entry)
    return [c for c in contacts if c]


def _next_kind(pieces: list[tuple[str, int]], i: int) -> str | None:
    """What the next piece after the ``i``-th that holds contact data holds."""
    return next((found[0] for text, _ in pieces[i + 1:] if (found := _classify(text))), None)


def _e164(number: str, region: str | None) -> str | None:
    parse = _phone_parser()
    if parse is None:
        return None
    american = region is not None and _AMERICA.fullmatch(region)
    parsed = parse(number, default_country="US" if american else "KR")
    return getattr(parsed, "e164", None) if parsed is not None else None


def extract_contacts(ctx: DocumentContext) -> Found:
    """The reader of ``data/readers.tsv`` for the contact blocks of a document the results reader
    does not read (a 6-K cover over a release with no figures in its head): that reader reads
    them itself, with the officers their titles name."""
    from converter.extract import readers_for  # the table that lists this reader too

    if any(r.name == _RESULTS_READER for r in readers_for(ctx.classification.family, ctx.text)):
        return Found()
    out = Collected()
    contact_facts(ctx, out)
    return Found(tuple(out.observations))
