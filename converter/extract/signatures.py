"""Signature blocks of agreements and schedules: who signed, for whom, in what capacity.

A block is anchored on its ``/s/`` line. Above it: the party (perhaps wrapped over two lines),
then the ``By:`` chain of entities acting for it (``By: Apex GP, LLC, its General Partner``);
below it: ``Name:``, ``Title:`` (perhaps wrapped), ``Date:``, or an attorney line
(``By: Jane Roe, Attorney-in-Fact``). Lines are classified one by one; prose (the ``IN WITNESS
WHEREOF`` sentence, a certification) ends a block. A natural person signing for himself has
his name as the party (above the ``/s/`` line or under its rule); pages with two columns of
blocks are read a column at a time; ``Dated:`` may sit above a block, in it, or on its ``/s/``
line; ``signature_sections.shared_dates`` gives undated blocks the date above them.

>>> page = '''IN WITNESS WHEREOF, the undersigned have executed this Agreement.
...
...     DELTA PARTNERS, L.P.
...     By: Delta GP, LLC, its General Partner
...         By: /s/ Ann Park
...         Name: Ann Park
...         Title: Managing Member
... '''
>>> b = find_signature_blocks(page)[0]
>>> b.party, [(link.name, link.role) for link in b.chain], b.signatory, b.title
('DELTA PARTNERS, L.P.', [('Delta GP, LLC', 'its General Partner')], 'Ann Park', 'Managing Member')
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from converter.extract.name_match import canonical, name_key, phrase_pattern, phrases
from converter.parse.dates import find_dates

TextSpan = tuple[int, int]
CHAIN_SEPARATOR = " / "  # entity names hold commas and periods, never " / "


@dataclass(frozen=True)
class ChainLink:
    """One ``By:`` entity between the party and the person who signed."""

    name: str
    role: str | None  # ``its General Partner`` as printed, if printed
    span: TextSpan  # the name and its role


@dataclass(frozen=True)
class SignatureBlock:
    party: str | None
    party_span: TextSpan | None
    chain: tuple[ChainLink, ...]
    signatory: str | None  # Name: line, else the /s/ words
    signatory_span: TextSpan | None
    title: str | None
    title_span: TextSpan | None
    capacity: str | None  # as written (``Attorney-in-Fact``), white space collapsed
    capacity_span: TextSpan | None
    date: dt.date | None
    date_span: TextSpan | None
    as_of_above: bool  # no date of its own, executed "as of the date first above written"
    span: TextSpan

    @property
    def on_behalf_of(self) -> str | None:
        """The chain as one string: ``A (its General Partner) / B``; None when signed directly.

        The separator is the one the taxonomy's documentation of ``SignedOnBehalfOf`` names."""
        if not self.chain:
            return None
        links = (f"{c.name} ({c.role})" if c.role else c.name for c in self.chain)
        return CHAIN_SEPARATOR.join(links)


@dataclass(frozen=True)
class _Line:
    start: int
    end: int
    text: str
    kind: str

    @property
    def indent(self) -> int:
        return len(self.text) - len(self.text.lstrip())

    @property
    def body(self) -> str:
        return self.text.strip()

    @property
    def body_span(self) -> TextSpan:
        return self.start + self.indent, self.start + len(self.text.rstrip())


_SIG = re.compile(r"/s/", re.IGNORECASE)
_BY = re.compile(r"^\s*By\s*:?\s+", re.IGNORECASE)
_NAME_TITLE = re.compile(r"^\s*Name\s*(?:/|and)\s*Title\s*:\s*", re.IGNORECASE)
_NAME = re.compile(r"^\s*Name\s*:\s*", re.IGNORECASE)
_TITLE = re.compile(r"^\s*(?:Title|Its)\s*:\s*", re.IGNORECASE)
_DATE = re.compile(r"^\s*Dated?\b(?:\s+as\s+of)?\s*:?\s*", re.IGNORECASE)
_FOR = re.compile(r"^\s*(?:for|on\s+behalf\s+of)\s+(?=[A-Z\uac00-\ud7a3])")
# "For and on behalf of" over the party's name (English and Dutch/Luxembourg practice)
_BEHALF = re.compile(r"^\s*(?:for\s+and\s+)?on\s+behalf\s+of\s*:?\s*", re.IGNORECASE)
_ENDS_WITH_FOR = re.compile(r"\b(?:for|on\s+behalf\s+of)\s*:?\s*$", re.IGNORECASE)
_RULE = re.compile(r"^[\s\-_=*|]+$")
_HEADING = re.compile(r"^\s*(?:SIGNATURES?|\[.*\]|<.*>|.*:)\s*$")


@cache
def _role_tail() -> re.Pattern[str]:
    return re.compile(rf"(?:,\s*|\s+)?\b(?P<role>{phrase_pattern('role')})\s*,?\s*$", re.I)


@cache
def _capacity() -> re.Pattern[str]:
    return re.compile(rf"(?:^\s*|,\s*|\bas\s+)(?P<cap>{phrase_pattern('capacity')})(?!\w)", re.I)


@cache
def _self_capacities() -> frozenset[str]:
    return frozenset(p for p, _ in phrases("self_capacity"))


def _is_prose(body: str) -> bool:
    words = body.split()
    lower = sum(1 for w in words if w[:1].islower())
    return (
        len(body) > 75
        or (len(words) >= 8 and lower >= 3)
        or "WHEREOF" in body.upper()
        or re.search(r"\(\s*(?:the\s+)?[\"“]", body) is not None  # defines a term: a sentence
    )


def _kind(text: str) -> str:
    body = text.strip()
    if not body:
        return "blank"
    if _RULE.match(text):
        return "rule"
    if _SIG.search(text):
        return "sig"
    if _BEHALF.fullmatch(text):
        return "behalf"
    if _NAME_TITLE.match(text) or _NAME.match(text):
        return "name"
    if _TITLE.match(text):
        return "title"
    if _DATE.match(text) and find_dates(text):
        return "date"
    if _BY.match(text):
        return "by"
    if _FOR.match(text):
        return "for"
    if re.fullmatch(rf",?\s*{phrase_pattern('role')}\s*,?", body, re.IGNORECASE):
        return "role"
    if canonical("capacity", body.strip(",")) or _capacity().search(" " + body):
        return "capacity"
    if _HEADING.match(text):
        return "heading"
    behalf = _BEHALF.match(text)  # "For and on behalf of APEX B.V.": judge the name, not the lead
    return "prose" if _is_prose(text[behalf.end():] if behalf else body) else "text"


_remembered_kind = lru_cache(maxsize=8192)(_kind)  # pure; each column view re-reads the lines


def _lines(text: str) -> list[_Line]:
    lines: list[_Line] = []
    offset = 0
    for chunk in text.split("\n"):
        kind = _remembered_kind(chunk) if len(chunk) <= 400 else _kind(chunk)
        lines.append(_Line(offset, offset + len(chunk), chunk, kind))
        offset += len(chunk) + 1
    # a short last line of a paragraph ("above written.") is prose too; a line opening in lower
    # case continues the name above it ("a portfolio of ...") or else is prose
    for i in range(1, len(lines)):
        line, previous = lines[i], lines[i - 1]
        lower = line.kind == "text" and line.body[:1].islower()
        if line.kind == "text" and (previous.kind == "prose" or lower and previous.kind != "text"):
            lines[i] = _Line(line.start, line.end, line.text, "prose")
    return lines


def _span(line: _Line, prefix: re.Pattern[str] | None = None) -> TextSpan:
    """Offsets of a line's value (after ``prefix``), without surrounding white space."""
    a, b = line.body_span
    if prefix is not None:
        m = prefix.match(line.text)
        if m:
            a = max(a, line.start + m.end())
    return a, b


def _value(text: str, span: TextSpan) -> str:
    return " ".join(text[span[0] : span[1]].split())


def find_signature_blocks(text: str) -> list[SignatureBlock]:
    """Every ``/s/`` signature block of ``text``, in order (side-by-side blocks row by row).

    A page with two columns of blocks is read one column at a time: each column is parsed in a
    copy of the text where the other column is blanked out, so offsets stay those of ``text``."""
    blocks: list[SignatureBlock] = []
    for view in _column_views(text):
        blocks.extend(_blocks_in(view))
    return sorted(blocks, key=lambda b: b.span)


_LABEL = re.compile(r"^\s*(?:By|Name|Title|Its|Dated?)\s*:?\s+", re.IGNORECASE)
_TWO_CELLS = re.compile(r"\S {4,}(?=\S)")


def _column_views(text: str) -> list[str]:
    """``text`` with the right column of two-column signature regions blanked, then one copy
    per region holding only its right column. A region is a run of lines with two cells (not a
    label and its value) and ``/s/`` lines on both sides of the column boundary."""
    lines = _lines(text)
    regions: list[tuple[int, int, int]] = []  # first line, last line, boundary column
    for i, line in enumerate(lines):
        if regions and i <= regions[-1][1]:
            continue
        label = _LABEL.match(line.text)
        gap = _TWO_CELLS.search(line.text, label.end() if label else 0)
        if gap is None or gap.end() < 25:
            continue
        first, last = (_column_edge(lines, i, gap.end(), step) for step in (-1, 1))
        sides = {m.start() >= gap.end() for ln in lines[first : last + 1]
                 for m in _SIG.finditer(ln.text)}
        if sides == {False, True}:
            regions.append((first, last, gap.end()))
    if not regions:
        return [text]
    main = list(text)
    views: list[str] = []
    for first, last, boundary in regions:
        right = [" " if c != "\n" else c for c in text]
        for line in lines[first : last + 1]:
            cut = min(line.start + boundary, line.end)
            right[cut : line.end] = text[cut : line.end]
            main[cut : line.end] = " " * (line.end - cut)
        views.append("".join(right))
    return ["".join(main), *views]


def _column_edge(lines: list[_Line], i: int, boundary: int, step: int) -> int:
    """The last line, going ``step`` from ``i``, whose content keeps clear of ``boundary``."""
    edge = i
    j = i + step
    while 0 <= j < len(lines):
        body = lines[j].text
        crossing = boundary < len(body) and body[boundary - 1 : boundary + 1].strip() == body[
            boundary - 1 : boundary + 1]
        parts = (body[:boundary], body[boundary:])
        if crossing or any(part.strip() and _kind(part) == "prose" for part in parts):
            break
        edge, j = j, j + step
    return edge


def _blocks_in(text: str) -> list[SignatureBlock]:
    lines = _lines(text)
    blocks: list[SignatureBlock] = []
    floor = -1
    for k, line in enumerate(lines):
        if line.kind != "sig" or k <= floor:
            continue
        top = _scan_up(lines, k, floor)
        bottom = _scan_down(lines, k)
        blocks.append(_assemble(text, lines, top, k, bottom))
        floor = bottom
    return blocks


def _scan_up(lines: list[_Line], k: int, floor: int) -> int:
    """Index of the first line of the block whose /s/ line is ``k``."""
    top = k
    for i in range(k - 1, floor, -1):
        kind = lines[i].kind
        if kind in ("blank", "rule"):
            continue
        if kind not in ("by", "role", "text", "capacity", "date", "behalf"):
            break
        top = i
    return top


def _scan_down(lines: list[_Line], k: int) -> int:
    """Index of the last line of the block whose /s/ line is ``k``.

    An unlabelled line belongs to the block when it follows the /s/ line, a rule, a name or a
    title directly and is indented at least as far as their words (a wrapped title, the signer's
    name under the rule); a line further left is the next party of a compact page."""
    bottom = k
    previous, column = lines[k], lines[k].indent
    for i in range(k + 1, len(lines)):
        line = lines[i]
        if line.kind in ("blank", "rule"):
            previous = line if line.kind == "rule" else previous
            continue
        continuation = (
            line.kind == "text" and lines[i - 1].kind != "blank" and line.indent >= column - 1
            and (previous.kind in ("title", "sig", "rule", "name", "text")
                 or previous.kind == "capacity" and _ENDS_WITH_FOR.search(previous.text))
        )
        attorney = line.kind == "by" and _capacity().search(line.text)
        if line.kind in ("name", "title", "date", "capacity", "for") or continuation or attorney:
            label = _NAME.match(line.text) or _TITLE.match(line.text)
            column = label.end() if label and line.kind in ("name", "title") else column
            bottom, previous = i, line
            continue
        break
    return bottom


def _assemble(text: str, lines: list[_Line], top: int, k: int, bottom: int) -> SignatureBlock:
    above = [ln for ln in lines[top:k] if ln.kind not in ("blank", "rule")]
    party_span = _party_span(lines, top, k)
    chain = _chain(text, lines, top, k)
    sig = lines[k]
    m = _SIG.search(sig.text)
    signer = _span_strip(text, sig.start + m.end(), sig.start + len(sig.text.rstrip(" -_")))
    found = _below(text, lines[k + 1 : bottom + 1], signer)
    if _capacity().search(" " + text[slice(*signer)]):  # "/s/ Jane Roe, Attorney-in-Fact"
        on_line: dict[str, TextSpan] = {}
        _attorney(text, signer, on_line)
        signer = on_line.get("name", signer)
        below_name = found.get("name")
        # the /s/ line names the attorney; a different name under it is the principal's
        found = {**found, **on_line}
        if below_name and "name" in on_line and "for" not in found and (
                name_key(_value(text, below_name)) != name_key(_value(text, on_line["name"]))):
            found["for"] = below_name
    if party_span is None and found.get("for"):
        party_span = found["for"]
    name_span = found.get("name") or (signer if signer[0] < signer[1] else None)
    signatory = _value(text, name_span) if name_span else None
    chain = tuple(c for c in chain if not signatory or name_key(c.name) != name_key(signatory))
    title_span, capacity, capacity_span = found.get("title"), None, found.get("capacity")
    if title_span and canonical("capacity", _value(text, title_span)):
        capacity_span, title_span = title_span, None  # "Title: Attorney-in-Fact" is a capacity
    kind = canonical("capacity", _value(text, capacity_span)) if capacity_span else None
    if kind is None or kind in _self_capacities():
        capacity_span = None  # "individually": signed for himself, in no capacity
    else:
        capacity = _value(text, capacity_span)
    if party_span is None and not chain and not title_span and not capacity_span:
        party_span = name_span  # a natural person signing for himself
    date_line = next((ln for ln in above + lines[k : bottom + 1] if ln.kind == "date"), None)
    if date_line is None and _DATE.match(sig.text) and find_dates(sig.text[: m.start()]):
        date_line = sig  # "Dated: May 1, 2004    By: /s/ ..."
    date = _line_date(date_line)
    return SignatureBlock(
        party=_value(text, party_span) if party_span else None,
        party_span=party_span,
        chain=chain,
        signatory=signatory,
        signatory_span=name_span,
        title=_value(text, title_span) if title_span else None,
        title_span=title_span,
        capacity=capacity,
        capacity_span=capacity_span,
        date=date[0] if date else None,
        date_span=date[1] if date else None,
        as_of_above=False,
        span=(lines[top].start, lines[bottom].end),
    )


def _line_date(line: _Line | None) -> tuple[dt.date, TextSpan] | None:
    if line is None:
        return None
    first = find_dates(line.text)[0]
    return first.value, (line.start + first.start, line.start + first.end)


def _party_span(lines: list[_Line], top: int, k: int) -> TextSpan | None:
    """The last run of consecutive text lines above the first ``By:`` line."""
    run: list[_Line] = []
    for i in range(top, k):
        line = lines[i]
        if line.kind in ("by", "sig", "role"):
            break
        if line.kind == "text":
            run = run + [line] if run and lines[i - 1].kind == "text" else [line]
    if not run:
        return None
    start = run[0].body_span[0]
    behalf = _BEHALF.match(run[0].text)  # "For and on behalf of APEX B.V." on one line
    if behalf and behalf.end() < len(run[0].text.rstrip()):
        start = run[0].start + behalf.end()
    return start, run[-1].body_span[1]


def _chain(text: str, lines: list[_Line], top: int, k: int) -> tuple[ChainLink, ...]:
    """The ``By:`` entities above the signature line, with their roles."""
    links: list[list[int]] = []  # [start, end, role_start, role_end]
    for i in range(top, k):
        line = lines[i]
        if line.kind == "by":
            links.append([*_span(line, _BY), -1, -1])
        elif links and line.kind == "role":
            a, b = line.body_span
            links[-1][2:] = [a + len(line.body) - len(line.body.lstrip(", ")), b]
        elif links and line.kind == "text" and lines[i - 1].kind in ("by", "text"):
            links[-1][1] = line.body_span[1]  # a wrapped entity name
    out: list[ChainLink] = []
    for a, b, ra, rb in links:
        body = text[a:b]
        tail = _role_tail().search(body)
        if tail and ra < 0:
            ra, rb, b = a + tail.start("role"), a + tail.end("role"), a + tail.start()
        while b > a and text[b - 1] in ", \t":
            b -= 1
        name = _value(text, (a, b))
        role = _value(text, (ra, rb)).rstrip(",") if ra >= 0 else None
        out.append(ChainLink(name, role, (a, max(b, rb))))
    return tuple(out)


def _below(text: str, lines: list[_Line], signer: TextSpan) -> dict[str, TextSpan]:
    """Name, title, capacity and ``for`` party spans from the lines under the /s/ line."""
    found: dict[str, TextSpan] = {}
    last = ""
    for line in lines:
        if line.kind == "name" and _NAME_TITLE.match(line.text):
            a, b = _span(line, _NAME_TITLE)
            comma = text.find(",", a, b)
            found["name"] = (a, comma) if comma > 0 else (a, b)
            if comma > 0:
                found["title"] = _span_strip(text, comma + 1, b)
        elif line.kind == "name":
            found["name"] = _span(line, _NAME)
        elif line.kind == "title":
            found["title"] = _span(line, _TITLE)
        elif line.kind in ("capacity", "by"):
            _attorney(text, _span(line, _BY) if line.kind == "by" else line.body_span, found)
        elif line.kind == "for" and "for" not in found:
            found["for"] = _span(line, _FOR)
        elif line.kind == "text" and last == "capacity" and "for" not in found:
            found["for"] = line.body_span  # "Jane Roe, Attorney-in-Fact for" / "John Park"
        elif line.kind == "text" and last == "title" and "title" in found:
            found["title"] = (found["title"][0], line.body_span[1])
        elif line.kind == "text" and "name" not in found:
            a, b = line.body_span
            cut = re.search(r",|\s/\s", text[a:b])  # "Jane Roe, President" / "Jane Roe / President"
            found["name"] = (a, a + cut.start()) if cut else (a, b)
            if cut:
                found["title"] = _span_strip(text, a + cut.end(), b)
        elif line.kind == "text" and "title" not in found:
            found["title"] = line.body_span
        last = line.kind if line.kind != "blank" else last
    return found


def _attorney(text: str, span: TextSpan, found: dict[str, TextSpan]) -> None:
    """``Jane Roe, Attorney-in-Fact`` / ``Jane Roe, as Attorney-in-Fact for John Park``."""
    a, b = span
    m = _capacity().search(" " + text[a:b])
    if m is None:
        found["capacity"] = (a, b)
        return
    cap_a, cap_b = a + m.start("cap") - 1, a + m.end("cap") - 1
    found["capacity"] = (cap_a, cap_b)
    if a + m.start() - 1 > a:
        found.setdefault("name", _span_strip(text, a, a + m.start() - 1))
    party = re.match(r"\s+(?:for|on behalf of)\s+(.+?)\s*$", text[cap_b:b])
    if party:
        found["for"] = (cap_b + party.start(1), cap_b + party.end(1))


def _span_strip(text: str, a: int, b: int) -> TextSpan:
    while a < b and text[a] in " ,\t":
        a += 1
    while b > a and text[b - 1] in " ,\t":
        b -= 1
    return a, b
