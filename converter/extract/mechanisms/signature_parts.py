"""The parts of one signature block: the party and the chain of entities above the signature
line, the name, title, capacity and principal below it (see ``mechanisms.signatures``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from converter.extract.mechanisms.signature_lines import (
    BEHALF,
    BY,
    FOR,
    NAME,
    NAME_TITLE,
    TITLE,
    Line,
    capacity_pattern,
    fund_of_line,
    role_line,
    title_heads,
    wraps_title,
)
from converter.extract.mechanisms.name_match import (
    ends_with_legal_form,
    has_legal_form,
    name_key,
    phrase_pattern,
    phrases,
)

TextSpan = tuple[int, int]


@dataclass(frozen=True)
class ChainLink:
    """One entity between the party and the person who signed."""

    name: str
    role: str | None  # ``its General Partner`` as printed, if printed
    span: TextSpan  # the name and its role


def value_of(clean: str, span: TextSpan) -> str:
    return " ".join(clean[span[0] : span[1]].split())


def span_strip(text: str, a: int, b: int) -> TextSpan:
    while a < b and text[a] in " ,\t\n":
        a += 1
    while b > a and text[b - 1] in " ,\t\n":
        b -= 1
    return a, b


def _span(line: Line, prefix: re.Pattern[str] | None = None) -> TextSpan:
    """Offsets of a line's value (after ``prefix``), without surrounding white space."""
    a, b = line.body_span
    if prefix is not None:
        m = prefix.match(line.text)
        if m:
            a = max(a, line.start + m.end())
    return a, b


# a capacity whose principal is on the next line: "Jane Roe, Attorney-in-Fact for" / "John Park"
ENDS_WITH_FOR = re.compile(r"\b(?:for|on\s+behalf\s+of)\s*:?\s*$", re.IGNORECASE)
# the principal after a capacity: "as Attorney-in-Fact for John Park", "Trustee of the Roe Plan"
_PRINCIPAL_AFTER = re.compile(r"\s+(?:for|on\s+behalf\s+of|of(?:\s+the)?)\s+(.+?)\s*$", re.IGNORECASE)


def principal_wraps(capacity_line: str, line: str) -> bool:
    """Whether ``line`` goes on with the principal a capacity line began ("Jane Roe, Trustee
    of the A. B." / "ROE & CO. RETIREMENT" / "PLAN"): the capacity names one, and the line is no
    title of the signer.

    >>> principal_wraps("Jane Roe, Trustee of the A. B.", "ROE & CO. RETIREMENT")
    True
    >>> principal_wraps("Jane Roe, Trustee", "ROE & CO. RETIREMENT"), principal_wraps("Jane Roe, Trustee of the A. B.", "Director")
    (False, False)
    """
    m = capacity_pattern().search(" " + capacity_line)
    return (m is not None and _PRINCIPAL_AFTER.match(capacity_line, m.end("cap") - 1) is not None
            and not title_complete(line) and not wraps_title(line))


def wraps_into_a_name(lines: list[Line], i: int) -> bool:
    """Whether line ``i``, read as a capacity, opens a party's name that wraps onto the line
    right under it (``JOHN ROE, TRUSTEE FOR BENEFIT`` / ``OF ANN ROE UNDER TRUST ...``), not
    a capacity of its own; one ending ``for`` (``Attorney-in-Fact for`` / ``John Park``) is a
    capacity whose principal follows."""
    return (lines[i].kind == "capacity" and i + 1 < len(lines) and lines[i + 1].kind == "text"
            and ENDS_WITH_FOR.search(lines[i].text) is None)


def opens_a_block(lines: list[Line], i: int) -> bool:
    """Whether line ``i`` is the party of the next block of a compact page: a ``By:`` or
    signature line follows it (no blank line between; the party may wrap over two more lines),
    or a role does and it names an entity (``Apex GP, L.L.C.`` / ``its general partner``)."""
    wrapped = 0
    for line in lines[i + 1 : i + 6]:
        if line.kind == "blank":
            return False
        if line.kind in ("rule", "note", "date"):
            continue
        if line.kind == "text" and wrapped < 2 and not line.cell:
            wrapped += 1
            continue
        if line.kind in ("by", "sig", "behalf"):
            return True
        if line.kind == "role":
            return has_legal_form(lines[i].body) or _entity_words(lines[i].body)
        return False
    return False


@cache
def _entity_word_set() -> frozenset[str]:
    return frozenset(p.casefold() for p, _ in phrases("entity_word"))


def _entity_words(body: str) -> bool:
    return any(w.strip(",.").casefold() in _entity_word_set() for w in body.split())


# ------------------------------------------------------------------------------------------
# Above the signature line: the party and the chain
# ------------------------------------------------------------------------------------------

# "Apex GP, L.P., its", "APEX GP, L.P., AS": not the legal form of "Example Forvaltning AS"
_DANGLING = re.compile(r"(?:,\s*(?i:its|as)|\s+(?:its|as|ITS))\s*$")
# "David Roe, employee of Apex LLC" (not the last of a list of names: "Apex SA; Apex Vie, and Apex")
_APPOSITIVE = re.compile(r",\s+(?!and\s+[A-Z])(?-i:[a-z])")


# an apposition line opening with its article ("a portfolio of ...", "an open-end series of ...")
_PARENT_OF_FUND = re.compile(r"an?\s", re.I)


class _Unit:
    """A name above the signature line, with the role printed after it."""

    def __init__(self, kind: str, span: TextSpan, last: int) -> None:
        self.kind, self.span, self.role, self.last = kind, span, None, last
        self.role_span: TextSpan | None = None


def _units(clean: str, lines: list[Line]) -> list[_Unit]:
    units: list[_Unit] = []
    for i, line in enumerate(lines):
        unit = units[-1] if units else None
        follows = unit is not None and unit.last == i - 1
        if line.kind == "by":
            units.append(_Unit("by", _span(line, BY), i))
        elif line.kind == "role" and unit is not None and (follows or unit.role_span is None):
            a, b = _span(line, TITLE)  # "Its: General Partner" as "its General Partner"
            a += len(clean[a:b]) - len(clean[a:b].lstrip(", "))
            unit.role_span = (unit.role_span[0], b) if unit.role_span and follows else (a, b)
            unit.last = i
        elif wraps_into_a_name(lines, i):
            units.append(_Unit("name", line.body_span, i))
        elif follows and unit.kind == "name" and line.kind == "text" and _PARENT_OF_FUND.match(line.body) \
                and fund_of_line().match(line.body):
            unit.last = i  # "a portfolio of Y Trust, Inc." under the fund's name: its parent, no party
        elif line.kind == "text":
            if follows and unit.role_span is None and not _new_name(clean, unit, line):
                unit.span, unit.last = (unit.span[0], line.body_span[1]), i  # a wrapped name
            else:
                behalf = BEHALF.match(line.text)  # "For and on behalf of APEX B.V."
                a, b = line.body_span
                units.append(_Unit("name", (line.start + behalf.end() if behalf else a, b), i))
    return units


def _new_name(clean: str, unit: _Unit, line: Line) -> bool:
    """Whether a line under a name starts another: a new table cell, or a line under a name
    that ended with its legal form."""
    if line.cell:
        return True
    return line.body[:1].isupper() and ends_with_legal_form(value_of(clean, unit.span))


def above_the_signature(clean: str, lines: list[Line]) -> tuple[TextSpan | None, tuple[ChainLink, ...]]:
    """The party (the last name with no role before the first ``By:`` entity) and the chain:
    names followed by their roles after it, then the ``By:`` entities, in order."""
    units = _units(clean, lines)
    first_by = next((n for n, u in enumerate(units) if u.kind == "by"), len(units))
    names = [n for n, u in enumerate(units[:first_by]) if u.role_span is None]
    party_at = names[-1] if names else None
    party_span = None
    if party_at is not None:
        a, b = units[party_at].span
        cut = _APPOSITIVE.search(clean, a, b)
        party_span = span_strip(clean, a, cut.start() if cut else b)
        if re.search(r"\w[-\u2013\u2014]$", clean[party_span[0]:party_span[1]]):
            party_span = (party_span[0], party_span[1] - 1)  # a dash glued to the name fills its cell
    links = []
    for unit in units[(party_at + 1) if party_at is not None else 0 :]:
        if unit.kind == "name" and unit.role_span is None:
            continue
        links.append(_link(clean, unit))
    return party_span, tuple(link for link in links if link is not None)


def _link(clean: str, unit: _Unit) -> ChainLink | None:
    a, b = unit.span
    ra, rb = unit.role_span or (-1, -1)
    if ra < 0:
        tail = role_line().search(clean, a, b)
        if tail and tail.start() > a:
            role = re.search(r"\S", clean[tail.start() : tail.end()])
            ra, rb, b = tail.start() + (role.start() if role else 0), tail.end(), tail.start()
    dangling = _DANGLING.search(clean, a, b)
    if dangling and ra >= 0:
        b = dangling.start()
    a, b = span_strip(clean, a, b)
    if a >= b:
        return None
    role = value_of(clean, (ra, rb)).strip(", ") if ra >= 0 else None
    if role and dangling:
        role = f"{dangling.group(0).strip(', ')} {role}"
    return ChainLink(value_of(clean, (a, b)), role or None, (a, max(b, rb)))


# ------------------------------------------------------------------------------------------
# Below the signature line: name, title, capacity, principal
# ------------------------------------------------------------------------------------------


def title_complete(title: str) -> bool:
    """Whether a title line is whole: it ends with the word that ends a title (``Officer``,
    ``Director``), not with a comma, ``and``, ``of`` or another word (``President and Chief``,
    ``Chief Manager, General Affairs``, ``Group Leader,``)."""
    words = title.split()
    return bool(words) and words[-1].strip(".").casefold() in title_heads()


def bare_title_under(line: Line, name: Line) -> bool:
    """Whether ``line``, right under the signer's printed ``name`` in its cell, is a bare title
    (``Director``, ``Vice President and Treasurer``): his title, also where a second ``By:`` of
    the same party follows it - no party is named with a title's words alone."""
    words = line.body.split()
    return (line.cell == name.cell and 0 < len(words) <= 6 and title_complete(line.body)
            and not has_legal_form(line.body) and all(w[:1].isupper() or w in ("and", "of", "&") for w in words))


@cache
def title_words() -> frozenset[str]:
    return frozenset(p.casefold() for p, _ in phrases("title_word"))


def _is_printed_name(body: str, signed: str) -> bool:
    """Whether a line printed under a signature is the signer's name (not a title): it spells
    the signed name, or, with nothing signed, it holds no word of a title."""
    if signed and name_key(body) == name_key(signed):
        return True
    words = [w.strip(",.").casefold() for w in body.split()]
    return bool(words) and not any(w in title_words() for w in words) and len(words) <= 5


def below_the_signature(clean: str, lines: list[Line], signed: str) -> dict[str, TextSpan]:
    """Name, title, capacity and ``for`` (principal) spans from the lines under the signature."""
    found: dict[str, TextSpan] = {}
    last, title_lines, stacked = "", 0, False
    principal_of = ""  # the capacity line whose principal the text lines under it may go on with
    headed = False  # a "Name Title" header line above: the next line holds both values
    for line in lines:
        if line.kind == "text" and (headed or VALUES_HEADER.fullmatch(line.body)):
            if headed:
                _values_under_header(clean, line.body_span, found, signed)
            headed = not headed
            continue
        if line.kind == "text" and principal_of and principal_wraps(principal_of, line.body):
            found["for"] = (found["for"][0], line.body_span[1])  # "... Trustee of the A. B." / "ROE & CO. PLAN"
            continue
        if line.kind not in ("blank", "rule"):
            principal_of = ""
        if line.kind == "name" and NAME_TITLE.match(line.text):
            _name_and_title(clean, line, found, signed)
        elif line.kind == "name":
            a, b = _span(line, NAME)
            stacked = a >= b  # "Name:" / "Title:" / "Jane Roe" / "President": labels over values
            if not stacked:
                _name_perhaps_titled(clean, (a, b), found)
        elif line.kind == "title" and stacked and "name" not in found:
            a, b = _span(line, TITLE)  # "Title:" joined to the first value: the first label's
            if a < b:
                found["name"], title_lines = (a, b), 0
        elif line.kind == "title":
            found["title"], title_lines = _span(line, TITLE), 1
        elif line.kind == "role" and "title" not in found:
            found["title"], title_lines = line.body_span, 1  # "General Partner" under the name
        elif line.kind in ("capacity", "by"):
            attorney(clean, _span(line, BY) if line.kind == "by" else line.body_span, found)
            if "for" in found and found["for"][1] == line.body_span[1]:
                principal_of = line.body  # its principal, at its end, may wrap onto the next lines
        elif line.kind == "for" and "for" not in found:
            found["for"] = _span(line, FOR)
        elif line.kind == "text":
            title_lines = _text_below(clean, line, found, last, title_lines, signed)
        last = line.kind if line.kind not in ("blank", "rule", "note") else last
    return found


def _name_perhaps_titled(clean: str, span: TextSpan, found: dict[str, TextSpan]) -> None:
    """The value of a ``Name:`` line: ``Jane Roe, Chief Executive Officer`` is the name and the
    title (the words after the comma make a whole title, ending in a title's last word), and a
    ``Title:`` line below still gives the title; ``Jane Roe, Jr.`` is one name."""
    a, b = span
    inline = _INLINE_TITLE.search(clean, a, b)  # "Name: Jane Roe Title: President" on one line
    if inline and inline.start() > a:
        found["name"], found["title"] = span_strip(clean, a, inline.start()), span_strip(clean, inline.end(), b)
        return
    cut = _name_end().search(clean, a, b)
    title = span_strip(clean, cut.end(), b) if cut else (b, b)
    if cut and title[0] < title[1] and title_complete(value_of(clean, title)):
        found["name"], found["title"] = span_strip(clean, a, cut.start()), title
    else:
        found["name"] = (a, b)


# the column headers of a signature's values printed on one line: "Name Title", "Name / Title"
VALUES_HEADER = re.compile(r"Name\s*:?\s*(?:/|and)?\s*Title\s*:?", re.IGNORECASE)
# a "Title:" label inside a "Name:" line's value
_INLINE_TITLE = re.compile(r"\s+Title\s*:\s*", re.IGNORECASE)


def _values_under_header(clean: str, span: TextSpan, found: dict[str, TextSpan], signed: str) -> None:
    """The line under a "Name Title" header: the signed name, then the title (``Jane Roe
    Director``); parted only where the signed name ends, else nothing is read from it."""
    a, b = span
    if len(signed.split()) < 2:
        return  # a given name alone: the surname, wrapped, may open the value
    for word in re.finditer(r"\S+", clean[a:b]):
        if name_key(clean[a : a + word.end()]) == name_key(signed):
            found["name"] = (a, a + word.end())
            rest = span_strip(clean, a + word.end(), b)
            if rest[0] < rest[1]:
                found["title"] = rest
            return


_TITLE_AFTER = re.compile(r"[\s/]*")  # what parts a name from its title: "Jane Roe / President"


def _name_and_title(clean: str, line: Line, found: dict[str, TextSpan], signed: str) -> None:
    """``Name/Title: Jane Roe, President``; the values of labels run together (``Name Title::
    Jane Roe President``) are parted where the signed name ends, else not reported (no glued
    value)."""
    a, b = _span(line, NAME_TITLE)
    comma = clean.find(",", a, b)
    if comma > 0:
        found["name"], found["title"] = (a, comma), span_strip(clean, comma + 1, b)
        return
    for word in re.finditer(r"\S+", clean[a:b]):
        if signed and name_key(clean[a : a + word.end()]) == name_key(signed):
            found["name"] = (a, a + word.end())
            rest = span_strip(clean, a + word.end() + len(_TITLE_AFTER.match(clean, a + word.end())[0]), b)
            if rest[0] < rest[1]:
                found["title"] = rest
            return
    if "/" in line.text or re.search(r"\band\b", line.text[: line.text.find(":")], re.I):
        found["name"] = (a, b)  # "Name/Title: Jane Roe": one value, the name


def _text_below(clean: str, line: Line, found: dict[str, TextSpan], last: str,
                title_lines: int, signed: str) -> int:
    a, b = line.body_span
    if last == "capacity" and "for" not in found:
        found["for"] = (a, b)  # "Jane Roe, Attorney-in-Fact for" / "John Park"
    elif last == "title" and "title" in found and found["title"][0] >= found["title"][1]:
        found["title"] = (a, b)  # 'Title:' left empty, its value on a later line
        return 1
    elif last in ("title", "role", "text") and "title" in found:
        if title_lines < 2 and (not title_complete(value_of(clean, found["title"])) or wraps_title(line.body)):
            found["title"] = (found["title"][0], b)  # a title wrapped onto a second line
        return 2
    elif "name" not in found and "title" not in found:
        cut = _name_end().search(clean, a, b)  # "Jane Roe, President" / "Jane Roe / President"
        head = (a, cut.start()) if cut else (a, b)
        if _is_printed_name(value_of(clean, head), signed):
            found["name"] = head
            if cut and not re.fullmatch(r"\s*(?:as|its)\s*", clean[cut.end():b], re.I):
                found["title"] = span_strip(clean, cut.end(), b)  # not "Jane Roe, as" / "Attorney-in-Fact ..."
                return 1
        else:
            found["title"] = (a, b)  # "Executive Vice President" printed under the signature
            return 1
    elif "title" not in found:
        found["title"] = (a, b)
        return 1
    return title_lines


@cache
def _name_end() -> re.Pattern[str]:
    """Where a printed name ends and its title begins: a comma (not one before a ``Jr.``,
    ``III`` or legal form that ends the name) or a slash between spaces."""
    glue = phrase_pattern("person_suffix") + "|" + phrase_pattern("legal_form")
    return re.compile(rf",(?!\s*(?:{glue})(?!\w)\s*(?:,|$))|\s/\s", re.IGNORECASE)


def attorney(clean: str, span: TextSpan, found: dict[str, TextSpan]) -> None:
    """``Jane Roe, Attorney-in-Fact`` / ``Jane Roe, as Attorney-in-Fact for John Park``."""
    a, b = span
    m = capacity_pattern().search(" " + clean[a:b])
    if m is None:
        found["capacity"] = (a, b)
        return
    cap_a, cap_b = a + m.start("cap") - 1, a + m.end("cap") - 1
    found["capacity"] = (cap_a, cap_b)
    if a + m.start() - 1 > a:
        found.setdefault("name", span_strip(clean, a, a + m.start() - 1))
    party = _PRINCIPAL_AFTER.match(clean[cap_b:b])
    if party:
        found["for"] = (cap_b + party.start(1), cap_b + party.end(1))

