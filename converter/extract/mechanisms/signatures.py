"""Signature blocks: who signed, for whom, in what capacity and on what date. One reader for
every kind of document: 6-K and 20-F covers, reports, joint filing agreements, Schedules 13D/13G.

A block is anchored on its signature line (``/s/ Name``, or ``By:`` over a rule left blank for
the pen). Above it: the party (perhaps wrapped over lines or cells), then the entities acting for
it, in order, each on a ``By:`` line or printed as a name followed by its role (``Apex GP,
L.L.C.`` / ``its general partner``; ``THE BOARD OF TRUSTEES OF X,`` / ``as the Trustee of Y``).
Below it: ``Name:``, ``Title:`` or ``Its:`` (perhaps wrapped), ``Date:``, a capacity
(``Attorney-in-Fact``, ``By: Jane Roe, as attorney-in-fact for John Park``), or the name and
title printed without labels. A natural person signing for himself has his name as the party.
Pages with two or three columns of blocks are read a column at a time, and HTML flattened to one
cell per line (``|`` cells) as if it were typed (``signature_lines``).

A block without a date of its own takes the ``Date:`` line above it in its signature section,
else the date of an execution clause (``... execute this Agreement as of this 30th day of August,
2005``), else it is marked as executed "as of the date first above written" (the agreement's
date). A ``/s/`` name marked ``*`` was signed by the attorney-in-fact of a closing block.

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
>>> b.on_behalf_of
'Delta GP, LLC'
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from converter.extract.mechanisms.signature_columns import column_views
from converter.extract.mechanisms.signature_continuation import continues
from converter.extract.mechanisms.signature_grid import paired_cell_views
from converter.extract.mechanisms.signature_wraps import rejoin_wrapped_column
from converter.extract.mechanisms.signature_lines import (
    BY,
    NAME,
    SIG,
    TITLE,
    Line,
    blank_cells,
    capacity_pattern,
    may_sign,
    page_lines,
)
from converter.extract.mechanisms.signature_parts import (
    ChainLink,
    VALUES_HEADER,
    above_the_signature,
    bare_title_under,
    title_words,
    attorney,
    wraps_into_a_name,
    below_the_signature,
    span_strip,
    value_of,
)
from converter.extract.mechanisms.name_match import canonical, name_key, phrases
from converter.extract.mechanisms.signature_marks import opens_footnote, unmarked
from converter.extract.mechanisms.undated_blocks import ProseLines, SharedDates, dated
from converter.parse.dates import find_dates

TextSpan = tuple[int, int]
# the taxonomy's separator of the entities of SignedOnBehalfOf ("By:" chains): entity names
# hold commas, periods and slashes, never an arrow
CHAIN_SEPARATOR = " -> "


@dataclass(frozen=True)
class SignatureBlock:
    party: str | None
    party_span: TextSpan | None
    chain: tuple[ChainLink, ...]
    signatory: str | None  # Name: line, else the printed name, else the /s/ words
    signatory_span: TextSpan | None
    title: str | None
    title_span: TextSpan | None
    capacity: str | None  # as written (``Attorney-in-Fact``), white space collapsed
    capacity_span: TextSpan | None
    date: dt.date | None
    date_span: TextSpan | None
    as_of_above: bool  # no date of its own, executed "as of the date first above written"
    span: TextSpan
    marked: bool = False  # "/s/ Jane Roe*": signed by the attorney-in-fact of a closing block
    cut: bool = False  # the text stops inside the block: a value there was left out

    @property
    def on_behalf_of(self) -> str | None:
        """The entities of the chain, party side first: ``A -> B``; None when signed directly."""
        if not self.chain:
            return None
        return CHAIN_SEPARATOR.join(link.name for link in self.chain)


def find_signature_blocks(text: str, start: int = 0, end: int | None = None) -> list[SignatureBlock]:
    """Every signature block of ``text[start:end]``, in order (side-by-side blocks row by row),
    with the offsets of ``text`` and the dates each block was signed on."""
    if start == 0 and end is None:
        return _blocks_of(text, len(text.rstrip()))
    section, first = section_page(text, start, len(text) if end is None else end)
    return [_shifted(block, first) for block in _blocks_of(section, len(text.rstrip()) - first)]


@lru_cache(maxsize=4)  # a cover's section is read for its blocks, then for its date lines
def section_page(text: str, start: int, stop: int) -> tuple[str, int]:
    """The page ``find_signature_blocks`` reads for ``text[start:stop]``, and where in ``text``
    it starts: the section's own lines only, the parts of its first and last lines outside it
    blanked so every column stays where it is printed (a document with a hundred signature
    sections read the whole text once for each when the rest was blanked instead of left out)."""
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", stop)
    last = len(text) if last < 0 else last
    return " " * (start - first) + text[start:stop] + _blanked(text[stop:last]), first


def _blocks_of(section: str, cut_at: int) -> list[SignatureBlock]:
    """The blocks of ``section``; ``cut_at``: where the whole text ends, in its offsets."""
    if not may_sign(section):
        return []  # no line of it is a signature, and a block is anchored on one (``_blocks_in``)
    section = rejoin_wrapped_column(section)  # a narrow column's names and titles, each whole
    views = [cells for view in column_views(section) for cells in paired_cell_views(view)]
    lines_of = [page_lines(view) for view in views]
    blocks: list[tuple[SignatureBlock, int]] = []
    for n, (view, lines) in enumerate(zip(views, lines_of)):
        clean = blank_cells(view)
        blocks.extend((block, n) for block in _blocks_in(clean, lines, cut_at))
    blocks.sort(key=lambda pair: pair[0].span)
    dates = [line_date(ln) for lines in lines_of for ln in lines if ln.kind == "date"]
    dates += [(b.date, b.date_span) for b, _ in blocks if b.date and b.date_span]
    shared = SharedDates(sorted({d[1]: d for d in dates if d}.values(), key=lambda d: d[1]))
    clean = blank_cells(section)
    # the prose above a column of the side-by-side pages is in the first view only
    prose = [ProseLines(lines_of[0] if n == 0 else lines_of[0] + lines_of[n]) for n in range(len(views))]
    clauses: dict[TextSpan, object] = {}  # the blocks under one paragraph read it once
    return [dated(clean, block, prose[n], shared, clauses) for block, n in blocks]


_NOT_A_LINE_END = re.compile(r"[^\n]")


def _blanked(text: str) -> str:
    """``text`` with every character but line ends blanked (offsets kept)."""
    return _NOT_A_LINE_END.sub(" ", text)


def _shifted(block: SignatureBlock, by: int) -> SignatureBlock:
    """``block`` with every span moved ``by`` characters on (a section's offsets to its text's)."""
    def move(span: TextSpan | None) -> TextSpan | None:
        return None if span is None else (span[0] + by, span[1] + by)

    return replace(block, party_span=move(block.party_span), signatory_span=move(block.signatory_span),
                   title_span=move(block.title_span), capacity_span=move(block.capacity_span),
                   date_span=move(block.date_span), span=move(block.span),
                   chain=tuple(replace(link, span=move(link.span)) for link in block.chain))


def _blocks_in(clean: str, lines: list[Line], cut_at: int) -> list[SignatureBlock]:
    blocks: list[SignatureBlock] = []
    floor = -1
    for k, line in enumerate(lines):
        if line.kind != "sig" or k <= floor:
            continue
        top = _scan_up(lines, k, floor)
        signed = _signer(clean, line)  # read once for the block's extent and its assembly
        signed = _surname_below(clean, lines, k, signed)
        bottom = _scan_down(lines, k, value_of(clean, signed[0]))
        blocks.append(_assemble(clean, lines, top, k, bottom, cut_at, signed))
        floor = bottom
    cut_page = _page_cut_before_its_signature(clean, lines, floor, cut_at)
    return blocks + ([cut_page] if cut_page else [])


# the signature line's label with nothing after it: "By:" over a signature the text stops before
_BARE_BY = re.compile(r"\s*By\s*:?\s*", re.IGNORECASE)


def _page_cut_before_its_signature(clean: str, lines: list[Line], floor: int,
                                   cut_at: int) -> SignatureBlock | None:
    """The last page of a text that stops inside it before its signature line: its party and
    the ``By:`` entities acting for it (``APEX FUND B, L.P.`` / ``By: Apex GP, L.P., its general
    partner`` / ``By:`` and the text ends). The party signs, but who signed and when is not
    there (``cut``). A page is known by its chain: a party line alone (or a page number, a
    heading) at the end of a text is none."""
    tail = [i for i in range(floor + 1, len(lines)) if lines[i].kind not in ("blank", "rule")]
    if not tail or lines[tail[-1]].end < cut_at:
        return None  # the text goes on after these lines: no page stops there
    bare_by = bool(tail) and _BARE_BY.fullmatch(lines[tail[-1]].body) is not None
    while tail and _BARE_BY.fullmatch(lines[tail[-1]].body):
        tail.pop()  # the signature's "By:", cut before its /s/
    if not tail:
        return None
    top = tail[-1]
    for i in reversed(tail):
        if lines[i].kind not in ("by", "role", "text"):
            break
        top = i
    party_span, chain = above_the_signature(clean, lines[top : tail[-1] + 1])
    # a party over the "By" its signature opens with is a page even with no entity between them
    if party_span is None or not (chain or bare_by):
        return None
    return SignatureBlock(party=value_of(clean, party_span), party_span=party_span, chain=chain,
                          signatory=None, signatory_span=None, title=None, title_span=None,
                          capacity=None, capacity_span=None, date=None, date_span=None,
                          as_of_above=False, span=(lines[top].body_span[0], lines[tail[-1]].end),
                          cut=True)


def _scan_up(lines: list[Line], k: int, floor: int) -> int:
    """Index of the first line of the block whose signature line is ``k``."""
    top = k
    for i in range(k - 1, floor, -1):
        kind = lines[i].kind
        if kind in ("blank", "rule"):
            continue
        if kind not in ("by", "role", "text", "capacity", "date", "behalf", "note") or (
                opens_footnote(lines[i].text)):
            break  # (a footnote under the page above: "* By: Jane Roe, Attorney-in-fact")
        top = i
    return top


def _scan_down(lines: list[Line], k: int, signed: str) -> int:
    """Index of the last line of the block whose signature line is ``k``.

    Labelled lines, dates, captions, roles and capacities belong to the block; an unlabelled
    line does when it spells the signed name right under the signature (``/s/ Ann Lee`` / rule /
    ``Ann Lee``), or when it follows the signature, a rule, a name or a title directly, is
    indented at least as far as their words, does not open the next block (a party over
    ``By:``) and is not an entity's name after the title (the next party of a compact page); at
    most three of them (the printed name and a title wrapped once)."""
    bottom, unlabelled, named = k, 0, False
    previous, column = lines[k], lines[k].indent
    for i in range(k + 1, len(lines)):
        line = lines[i]
        if line.kind in ("blank", "rule"):
            previous = line if line.kind == "rule" else previous
            continue
        if line.kind == "text" and not named and i + 1 < len(lines) and lines[i + 1].kind == "text" and (
                VALUES_HEADER.fullmatch(line.body)):  # "Name Title" over "Jane Roe Director"
            bottom, previous, named = i + 1, lines[i + 1], True
            continue
        if lines[i - 1].kind == "blank" and wraps_into_a_name(lines, i):
            break  # the next page's party, wrapped
        if opens_footnote(line.text):
            break  # "* By: Jane Roe, Attorney-in-fact": the footnote of the marked pages
        attorney_line = line.kind == "by" and capacity_pattern().search(line.text)
        if line.kind in ("name", "title", "date", "capacity", "for", "note", "role") or attorney_line:
            label = NAME.match(line.text) or TITLE.match(line.text)
            column = label.end() if label and line.kind in ("name", "title") else column
            bottom, previous, named = i, line, named or line.kind == "name"
            continue
        if line.kind == "text" and not named and previous.kind in ("sig", "rule", "note") and (
                spells(line.body, signed)):
            bottom, previous, named, unlabelled = i, line, True, unlabelled + 1
            continue
        if line.kind == "text" and unlabelled < 3 and bare_title_under(line, previous) and (
                previous.kind == "name" or spells(previous.body, signed)):
            bottom, previous, unlabelled = i, line, unlabelled + 1  # even over a second "By:"
            continue
        if line.kind == "text" and unlabelled < 3 and continues(lines, i, previous, column):
            bottom, previous, unlabelled = i, line, unlabelled + 1
            continue
        break
    return bottom


def spells(body: str, signed: str) -> bool:
    """Whether a printed line (``Ann Lee`` / ``ANN LEE, President``) spells the signed name."""
    if not signed:
        return False
    body = body[slice(*unmarked(body, 0, len(body))[0])]  # "Ann Lee*", "(1) Ann Lee": her name
    head = re.split(r",|\s/\s", body)[0]
    return name_key(signed) in (name_key(body), name_key(head))



def _assemble(clean: str, lines: list[Line], top: int, k: int, bottom: int,
              cut_at: int, signed: tuple[TextSpan, bool]) -> SignatureBlock:
    """The block of the lines ``top`` to ``bottom`` signed on line ``k`` (``signed``: its
    ``_signer``)."""
    party_span, chain = above_the_signature(clean, lines[top:k])
    sig = lines[k]
    signer, marked = signed
    found = below_the_signature(clean, lines[k + 1 : bottom + 1], value_of(clean, signer))
    if capacity_pattern().search(" " + clean[slice(*signer)]):  # "/s/ Jane Roe, Attorney-in-Fact"
        signer, found = _attorney_on_the_signature_line(clean, signer, found)
    if party_span is None and found.get("for") and "title" not in found:
        party_span = found["for"]  # (a principal with a title under him signs for a party, is none)
    name_span = found.get("name") or (signer if signer[0] < signer[1] else None)
    if name_span:  # "Jane Roe*" printed under the signature: signed by the attorney-in-fact
        name_span, printed_mark = unmarked(clean, *name_span)
        marked = marked or printed_mark
    if party_span:
        party_span = unmarked(clean, *party_span)[0]
    cut = False
    for key, span in (("name", name_span), ("title", found.get("title"))):
        if span and _is_cut(clean, span, cut_at, key == "title"):
            cut = True
            found.pop(key, None)
            name_span = None if key == "name" else name_span
    signatory = value_of(clean, name_span) if name_span else None
    chain = tuple(c for c in chain if not signatory or name_key(c.name) != name_key(signatory))
    title_span, capacity_span = found.get("title"), found.get("capacity")
    if found.get("for"):
        title_span = None  # "Jane Roe, Attorney-in-fact for John Park," / "Director": John Park's title, not hers
    if title_span and canonical("capacity", value_of(clean, title_span)):
        capacity_span, title_span = title_span, None  # "Title: Attorney-in-Fact" is a capacity
    kind = canonical("capacity", value_of(clean, capacity_span)) if capacity_span else None
    if kind is None or kind in {p for p, _ in phrases("self_capacity")}:
        capacity_span = None  # "individually": signed for himself, in no capacity
    if party_span is None and not chain and not title_span and not capacity_span:
        party_span = name_span  # a natural person signing for himself
    date = _own_date(clean, lines[top : bottom + 1], sig)
    return SignatureBlock(
        party=value_of(clean, party_span) if party_span else None,
        party_span=party_span,
        chain=chain,
        signatory=signatory,
        signatory_span=name_span,
        title=value_of(clean, title_span) if title_span else None,
        title_span=title_span,
        capacity=value_of(clean, capacity_span) if capacity_span else None,
        capacity_span=capacity_span,
        date=date[0] if date else None,
        date_span=date[1] if date else None,
        as_of_above=False,
        span=(lines[top].body_span[0], lines[bottom].end),
        marked=marked,
        cut=cut,
    )


# a rule, or three spaces before the next column
_RULE_OR_NEXT_COLUMN = re.compile(r"[-_=]{3,}|\s{3,}\S")


# a signed name cut after its given name (and initial): "/s/ Jane", "/s/ Jane K."
_GIVEN_NAME = re.compile(r"[A-Z][A-Za-z'-]+(?:\s+[A-Z]\.)?")
# the surname alone on the line under it
_SURNAME = re.compile(r"[A-Z][A-Za-z'-]+")
# the line under the surname: the headers of the values ("Name Title") or a "Name:" line
_NAME_HEADER = re.compile(rf"{VALUES_HEADER.pattern}|Name\s*:\s*(?P<name>.+)", re.IGNORECASE)


def _surname_below(clean: str, lines: list[Line], k: int,
                   signed: tuple[TextSpan, bool]) -> tuple[TextSpan, bool]:
    """A signed name wrapped after its given name, its surname on the next line, under which
    the name's header or ``Name:`` line stands (``/s/ Jane`` / ``Roe`` / ``Name Title``): the
    signed name runs to the surname's end, and the surname's line is taken out of the page
    (made blank in ``lines``); else ``signed`` itself. A ``Name:`` line must spell the joined
    name, so a title under a one-word signature is never taken for a surname."""
    (a, b), marked = signed
    if k + 2 >= len(lines) or not _GIVEN_NAME.fullmatch(clean[a:b]):
        return signed
    surname, header = lines[k + 1], lines[k + 2]
    if surname.kind != "text" or not _SURNAME.fullmatch(surname.body) or (
            surname.body.casefold() in title_words()):
        return signed
    m = _NAME_HEADER.fullmatch(header.body)
    joined = f"{clean[a:b]} {surname.body}"
    if m is None or m["name"] is not None and not name_key(m["name"]).startswith(name_key(joined)):
        return signed
    lines[k + 1] = surname._replace(kind="blank")
    return (a, surname.body_span[1]), marked


_BLANK_FOR_THE_PEN = re.compile(r"\s*_")  # "By: ____": the signature line left blank
# a footnote's mark and "By": "* By: Jane Roe, Attorney-in-fact" (the attorney's signature)
_FOOTNOTE_BY = re.compile(r"\s*+(?:\*{1,3}|\(\d\)|[\u2020\u2021])\s*By\s*:?\s*", re.IGNORECASE)


def _signer(clean: str, sig: Line) -> tuple[TextSpan, bool]:
    """The words signed on the signature line (empty for a blank ``By: ____``), and whether
    they carry the ``*`` of a signature made by an attorney-in-fact."""
    m = SIG.search(sig.text)
    if m is None:  # "By: Jane Roe" typed over Name:/Title: lines, or a blank "By: ____"
        by = BY.search(sig.text) or _FOOTNOTE_BY.match(sig.text)  # (or "* By: Jane Roe, ...")
        start = sig.start + (by.end() if by else sig.indent)
        if _BLANK_FOR_THE_PEN.match(clean, start, sig.end):
            return (start, start), False
    else:
        start = sig.start + m.end()
    end = sig.start + len(sig.text.rstrip(" -_"))
    stop = _RULE_OR_NEXT_COLUMN.search(clean[start:end].lstrip())  # a rule or the next column
    if stop:
        end = start + (len(clean[start:end]) - len(clean[start:end].lstrip())) + stop.start()
    a, b = span_strip(clean, start, end)
    marked = b > a and clean[b - 1] == "*"
    while b > a and clean[b - 1] in "* ":
        b -= 1
    return (a, b), marked


def _attorney_on_the_signature_line(clean: str, signer: TextSpan,
                                    found: dict[str, TextSpan]) -> tuple[TextSpan, dict[str, TextSpan]]:
    """``/s/ Jane Roe, as attorney-in-fact [for John Park]``: the /s/ line names the attorney;
    a different name printed under it is the principal's."""
    on_line: dict[str, TextSpan] = {}
    attorney(clean, signer, on_line)
    below_name = found.get("name")
    merged = {**found, **on_line}
    if below_name and "name" in on_line and "for" not in merged and (
            name_key(value_of(clean, below_name)) != name_key(value_of(clean, on_line["name"]))):
        merged["for"] = below_name
    return on_line.get("name", signer), merged


def _is_cut(clean: str, span: TextSpan, cut_at: int, title: bool = False) -> bool:
    """Saved copies of filings are often cut after so many bytes, mid-word: a one-word value
    that ends the text and is no word of a title or capacity (``/s/ Do``, ``Title: Chie``) is
    taken to be cut, and so is a title whose last word is none (``Title: Senior Vice Presi``).
    Titles joined by a slash are words apart (``Title: CEO/Director`` ends in a title's word).
    (Hangul is not judged.)"""
    if span[1] < cut_at:
        return False
    words = value_of(clean, span).replace("/", " ").split()
    last = words[-1] if words else ""
    if len(words) > 1:  # a title cut in its last word: 'Senior Vice Presi', 'Chief Financial Offi'
        folded = last.casefold().strip(".,")
        return title and folded not in title_words() and any(
            w.startswith(folded) and w != folded for w in title_words())
    return last.isascii() and not (canonical("capacity", last) or canonical("capacity", " ".join(words))
                                   or last.casefold().strip(".,") in title_words())


_BY_WORD = re.compile(r"\bBy(?![A-Za-z])")
# what stands before the signature on its line: a date, perhaps labelled ('Dated as of:')
_DATE_BEFORE = re.compile(r"(?:\bDated?\b(?:\s+as\s+of)?\s*:?\s*)?(?P<date>\S[^:]*?)\s*$", re.I)


def _own_date(clean: str, lines: list[Line], sig: Line) -> tuple[dt.date, TextSpan] | None:
    """The block's date: a date on its signature line (``Dated: May 1, 2004    By: /s/ ...``,
    ``December 22, 2005    By: /s/ ...``), else a date line in it."""
    return _dated_signature_line(sig) or line_date(next((ln for ln in lines if ln.kind == "date"), None))


def _dated_signature_line(sig: Line) -> tuple[dt.date, TextSpan] | None:
    """The date the signature line itself opens with ("Date: June 1, 2009 | By: /s/ ..."): the
    block's own, before any date printed below it (of a notice that follows the page)."""
    by = sig.text.find("By")  # (every match opens with it: searched from there, not every place)
    m = (_BY_WORD.search(sig.text, by) if by >= 0 else None) or SIG.search(sig.text)
    before = sig.text[max(0, m.start() - 60) : m.start()] if m else ""
    dated = _DATE_BEFORE.search(before)
    dates = find_dates(dated["date"]) if dated else []
    if not dates or dates[0].start != 0 or dates[0].end != len(dated["date"]):
        return None  # "Dated: May 1, 2004    By: /s/ ...", "Date: April 30, 2003 By /S/ ..."
    offset = sig.start + max(0, m.start() - 60) + dated.start("date")
    return dates[0].value, (offset, offset + dates[0].end)


def line_date(line: Line | None) -> tuple[dt.date, TextSpan] | None:
    dates = find_dates(line.text) if line is not None else []
    if not dates or line is None:
        return None
    first = dates[0]
    return first.value, (line.start + first.start, line.start + first.end)


def signature_section(text: str, blocks: list[SignatureBlock], after: int) -> list[SignatureBlock]:
    """The run of blocks that starts after offset ``after`` and has no prose between its blocks
    (a schedule's signatures, not those of an agreement printed after them)."""
    prose = ProseLines(page_lines(text))
    section: list[SignatureBlock] = []
    for block in blocks:
        if block.span[0] < after:
            continue
        between = prose.first_after(section[-1].span[1]) if section else None
        if between is not None and between.end <= block.span[0]:
            break
        section.append(block)
    return section

