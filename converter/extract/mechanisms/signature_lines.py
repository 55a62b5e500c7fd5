"""The lines of a signature page as a reader sees them, whatever shape the page came in.

Signature pages arrive as fixed-width text (blocks indented, perhaps two or three columns side by
side), as HTML flattened to text with one table cell per line and ``|`` marking the cells, or
as HTML whose cells ingest separated by tabs. ``page_lines`` turns any of them into logical
lines that keep the offsets of the text:

- cell marks are blanked, and a line that held nothing but cell marks is dropped (it separates
  cells, not paragraphs);
- a label alone in its cell (``By:``, ``Name:``, ``Title:``, ``Date:``) is joined to the cell
  after it, so ``By:`` / ``|`` / ``/s/ Ann Lee`` reads as ``By: /s/ Ann Lee``;
- each line gets a kind: ``sig`` (a signature: ``/s/``, or a blank ``By: ______``), ``by``,
  ``name``, ``title``, ``date``, ``role`` (``its General Partner``, ``as the Trustee of X``),
  ``capacity`` (``Attorney-in-Fact``), ``for``, ``behalf``, ``note`` (a parenthesised caption
  such as ``(Registrant)``), ``heading``, ``prose``, ``text``, ``rule`` or ``blank``.

A joined line's ``text`` is the text of its range with line breaks and cell marks blanked, so
an offset into it is an offset into the document.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import NamedTuple

from converter.extract.mechanisms.signature_collapsed import COLLAPSED, collapsed_pieces
from converter.extract.mechanisms.lines import CELL_MARK, opens_cell
from converter.extract.mechanisms.name_match import canonical, has_legal_form, phrase_pattern, phrases
from converter.extract.mechanisms.signature_marks import opens_footnote
from converter.parse.dates import find_dates
from converter.parse.gates import Gated, fold
from converter.resources import data_rows


class Line(NamedTuple):  # (a tuple: a page of forty lines made forty frozen dataclasses)
    start: int
    end: int
    text: str  # the view of text[start:end]: cell marks and joined line breaks blanked
    kind: str
    cell: bool = False  # opens a cell of a flattened table (a "|" before its words)

    @property
    def indent(self) -> int:
        return len(self.text) - len(self.text.lstrip())

    @property
    def body(self) -> str:
        return " ".join(self.text.split())

    @property
    def body_span(self) -> tuple[int, int]:
        return self.start + self.indent, self.start + len(self.text.rstrip())


SIG = re.compile(r"/s/", re.IGNORECASE)


def _labels(kind: str) -> str:
    """The labels of ``kind`` (``by``, ``name``, ``title``, ``date``) of languages that print
    them with a colon and no space after it (``data/signature_labels.tsv``), as one group with
    the colon (``(?:姓名|名稱)\\s*[:：]``); a group that never matches where there are none.
    Read once, when this module's patterns are compiled."""
    labels = [re.escape(label) for row_kind, label in data_rows("signature_labels.tsv") if row_kind == kind]
    return rf"(?:{'|'.join(labels)})\s*[:\uff1a]" if labels else "(?!)"


# the labels of other languages, each with its colon (see ``_labels``)
_BY_L, _NAME_L, _TITLE_L, _DATE_L = (_labels(kind) for kind in ("by", "name", "title", "date"))
ANY_LABEL = f"{_BY_L}|{_NAME_L}|{_TITLE_L}|{_DATE_L}"

# The patterns that open a line take its indent possessively ("\s*+"): what follows is a word
# or a mark, never white space, so giving spaces back could not make them match, and a page
# indented by forty spaces made re try each shorter indent in turn.
# a signature line left blank for the pen: "By: ______________"
BLANK_SIG = re.compile(r"\bBy\s*:?\s*_{4,}", re.IGNORECASE)
BY = re.compile(rf"^\s*+(?:By\s*:?\s+|{_BY_L}\s*)", re.IGNORECASE)
# a By: line names an entity or a person: "by the undersigned, thereunto ..." is a sentence's
_BY_NAME = re.compile(rf"^\s*+(?:By\s*:?\s+|{_BY_L}\s*+)(?!(?-i:[a-z]))", re.IGNORECASE)
# "Name/Title:", "Name and Title:"; the labels of two stacked cells run together: "Name Title::"
NAME_TITLE = re.compile(r"^\s*+Name\s*(?:/|and|:)?\s*Title\s*:+\s*", re.IGNORECASE)
NAME = re.compile(rf"^\s*+(?:(?:Print(?:ed)?\s+)?Name\s*:|{_NAME_L})\s*", re.IGNORECASE)
TITLE = re.compile(rf"^\s*+(?:(?:Title|Its)\s*:|{_TITLE_L})\s*", re.IGNORECASE)
# the date a block was signed on: "Date:", "Dated as of"; a "Date of <something>" other than
# its signing is that thing's date ("Date of Event Requiring Statement:" of a Form 3/4 joint
# filer block is the event's), never the signature's
DATE = re.compile(rf"^\s*+(?:Dated?\b(?!\s+of\s+(?!sign|execut))(?:\s+as\s+of)?\s*:?|{_DATE_L})\s*", re.IGNORECASE)
FOR = re.compile(r"^\s*+(?:for|on\s+behalf\s+of)\s+(?=[A-Z\uac00-\ud7a3])")
# "For and on behalf of" over the party's name (English and Dutch/Luxembourg practice)
BEHALF = re.compile(r"^\s*+(?:for\s+and\s+)?on\s+behalf\s+of\s*:?\s*", re.IGNORECASE)
_RULE = re.compile(r"^[\s\-_=*]++$")
_HEADING = re.compile(r"^\s*(?:SIGNATURES?|\[.*\]|<.*>|.*:|(?:Item|Exhibit|Annex)\s+[\w.]{1,6})\s*$",
                      re.IGNORECASE)
_NOTE = re.compile(r"^\s*+\(.*\)\s*\**\s*$")  # "(Registrant)", "(Signature)*", "(as owner of ...)"
# a date's caption without a date ("Date", "Date signed", "Date: Novem" cut short): no name
_DATE_CAPTION = re.compile(r"^\s*+Dated?(?:\s+signed)?\s*(?::.*)?$", re.IGNORECASE | re.DOTALL)
# a label alone in its cell, joined to the cell that holds its value
_BARE_LABEL = re.compile(
    rf"^\s*+(?:(?:By|Name|Title|Its|Dated?(?:\s+as\s+of)?)\s*:?|{ANY_LABEL})\s*$",
    re.IGNORECASE)
# a line that ends before its phrase does: "as the Trustee of the Alpha Fund II -" / "1998 Trust"
_OPEN_END = re.compile(r"(?:\b(?:of|and|for|the)|[-\u2013\u2014,&])\s*$", re.IGNORECASE)


@cache
def role_line() -> re.Pattern[str]:
    """What a ``By:`` entity is to the party above it, as a line (or a line's end) of its own:
    ``its General Partner``, ``as Executive Director``, ``as the Trustee of X``."""
    noun = phrase_pattern("role_noun")
    return re.compile(
        rf"""(?:^|,)\s*
        (?: {phrase_pattern('role')}                      # a listed role phrase
          | (?:its|as(?:\s+(?:its|the|a))?)\s+            # "its" / "as" / "as the" ...
            (?:sole\s+|managing\s+|general\s+)?{noun}     # ... a role noun
            (?:\s+(?:of|for|to)\b.*)?                     # ... perhaps "of <the entity>"
        )\s*,?\s*$""",
        re.IGNORECASE | re.VERBOSE,
    )


@cache
def capacity_pattern() -> re.Pattern[str]:
    return re.compile(rf"(?:^\s*|,\s*|\bas\s+)(?P<cap>{phrase_pattern('capacity')})(?!\w)", re.I)


# (the "Company"): a term defined, in a sentence
_DEFINED_TERM = re.compile(r"\(\s*(?:the\s+)?[\"“]")


def is_prose(body: str) -> bool:
    """A sentence, not a name or a label: long (unless a long name in capitals), or many
    lower-case words, or a definition.

    >>> is_prose("NORTHERN LIGHTS ENTERPRISE MANAGEMENT CONSULTING PARTNERSHIP (LIMITED PARTNERSHIP)")
    False
    """
    words = body.split()
    lower = sum(1 for w in words if w[:1].islower())
    return (
        len(body) > 75 and not _long_name_in_capitals(body) and not _long_title(words)
        or (len(words) >= 8 and lower >= 3)
        or "WHEREOF" in body.upper()
        or "\u3002" in body  # the full stop of Chinese and Japanese: a sentence, no name holds it
        or _DEFINED_TERM.search(body) is not None  # defines a term: a sentence
    )


LONGEST_NAME = 160  # characters of the longest name a party line holds in capitals


def _long_name_in_capitals(body: str) -> bool:
    """A party's long name printed in capitals and ending in its legal form ('... CONSULTING
    PARTNERSHIP (LIMITED PARTNERSHIP)', a Chinese partnership's name translated), no sentence."""
    return len(body) <= LONGEST_NAME and not any(c.islower() for c in body) and has_legal_form(body[-40:])


# the small words a title joins its parts with ("General Counsel and Secretary", "Head of Sales")
_TITLE_JOINERS = frozenset({"and", "of", "the", "for", "&"})


def _long_title(words: list[str]) -> bool:
    """An officer's long title printed under a signature ('Senior Vice President, Legal Services,
    General Counsel and Secretary, and Chief Compliance Officer'), no sentence: every word
    capitalized but the joiners, and it ends with the word that ends a title.

    >>> _long_title("Executive Vice President, Treasury Operations, Investor Relations and Chief Risk Officer".split())
    True
    >>> _long_title("The undersigned agree that this statement is filed on behalf of each Director".split())
    False
    """
    if not words or len(" ".join(words)) > LONGEST_NAME:
        return False
    capitalized = all(w[:1].isupper() or w.casefold() in _TITLE_JOINERS for w in words)
    return capitalized and words[-1].strip(".").casefold() in title_heads()


@cache
def title_heads() -> frozenset[str]:
    return frozenset(p.casefold() for p, _ in phrases("title_head"))


def leading_date(body: str) -> bool:
    """A date opens the line and little follows it ("February 14, 2003", "May 2, 2005  By:")."""
    dates = find_dates(body[:40])
    if not dates or dates[0].start != 0:
        return False
    rest = body[dates[0].end :].strip()
    return len(rest) <= 30 and not is_prose(rest)


# The words a labelled line opens with (``Name:``, ``Printed Name:``, ``Title:``, ``Its:``,
# ``Date(d)``, ``By``, ``for``, ``on behalf of``, a caption's parenthesis): a line that opens with
# none of them is none of those kinds, and most lines of a page are text or prose.
_LABEL_OPENING = re.compile(
    rf"\s*+(?:name|print|title|its|date|by|for|on|\(|{ANY_LABEL})",
    re.IGNORECASE)


@cache
def _capacity_gated() -> Gated:
    return Gated(capacity_pattern())


# the words a heading holds ('signature', 'exhibit', 'item', a colon...): most lines hold none
_HEADING_GATED = Gated(_HEADING)


def _kind(text: str) -> str:
    body = text.strip()
    if not body:
        return "blank"
    if _RULE.match(text):
        return "rule"
    if ("/" in text and SIG.search(text)) or ("____" in text and BLANK_SIG.search(text)):
        return "sig"
    if opens_footnote(text) and capacity_pattern().search(" " + body):
        return "sig"  # "* By: Jane Roe, Attorney-in-fact": the attorney signed the marked pages
    labelled = _LABEL_OPENING.match(text) is not None
    if labelled:
        kind = _labelled_kind(text)
        if kind:
            return kind
    if len(body) <= 120 and role_line().fullmatch(body):
        return "role"
    folded = fold(body)  # the gates' words hold no white space: the stripped line's are the line's
    if canonical("capacity", body.strip(",")) or (
            _capacity_gated().may_match(folded) and capacity_pattern().search(" " + body)):
        return "capacity"
    if _HEADING_GATED.may_match(folded) and _HEADING.match(text):
        return "heading"
    if leading_date(body):
        return "date"
    if "above" in folded and _signed_for_all().search(body):
        return "note"  # "Signed on behalf of each of the above entities": the parties above sign
    behalf = BEHALF.match(text) if labelled else None  # "For and on behalf of APEX B.V.": judge the name
    if " of " in body and fund_of_line().match(body):
        return "text"  # "X Fund, a series of Y Trust": a party's name, whose parent follows it
    return "prose" if is_prose(text[behalf.end():] if behalf else body) else "text"


@cache
def fund_of_line() -> re.Pattern[str]:
    """A fund's block line naming the trust it belongs to: the fund's name and its apposition
    ('X Fund, a series of Y Trust'), or the apposition alone under the name ('a portfolio of Y
    Trust, Inc.'); the parent is named as such, it is no party of its own."""
    return re.compile(
        rf"""(?:[^,]{{1,80}},\s*)?                        # the fund's name, perhaps on the line above
        [Aa]n?\s+{phrase_pattern('fund_of')}\s+of\s+  # "a portfolio of", "a series of" ("A ..." opening its line)
        (?:the\s+)?[A-Z][^;]{{0,100}}$                 # the parent trust or company, capitalised
        """, re.VERBOSE)


def _labelled_kind(text: str) -> str | None:
    """The kind of a line that opens with a label's word, if a label's pattern reads it so."""
    if BEHALF.fullmatch(text):
        return "behalf"
    if NAME_TITLE.match(text) or NAME.match(text):
        return "name"
    if TITLE.match(text):
        return "title"
    if DATE.match(text) and find_dates(text):
        return "date"
    if _BY_NAME.match(text) and BY.match(text):
        return "by"
    if FOR.match(text):
        return "for"
    if _NOTE.match(text) or _DATE_CAPTION.match(text):
        return "note"
    return None


@cache
def _signed_for_all() -> re.Pattern[str]:
    return re.compile(rf"\b{phrase_pattern('signed_for_all')}\b", re.IGNORECASE)


kind_of = lru_cache(maxsize=8192)(_kind)  # pure; each column view re-reads the same lines


def blank_cells(text: str) -> str:
    """``text`` with the cell marks of a flattened table blanked (same length, same offsets)."""
    return text.replace(CELL_MARK, " ") if CELL_MARK in text else text


# a line that may open with "By" once its cell marks are blanked (what ``BY`` needs of a line):
# white space or cell marks, taken possessively (a run of blank lines is not tried again from
# each of its positions), then the word
_BY_AT_LINE_START = re.compile(r"^[\s|]*+by", re.IGNORECASE | re.MULTILINE)


def may_sign(text: str) -> bool:
    """Whether a line of ``page_lines(text)``, or of a column view of it, may be a signature
    (``sig``): it holds '/s/', or a blank ``By ____`` (``BLANK_SIG``), or it is a ``By`` line
    (``BY`` opens it) that a ``Name:`` below makes one. A line's text is a stretch of ``text``
    with line breaks and cell marks blanked (blanking makes no '/s/'), and column views come
    only from a text that holds '/s/' twice (``signature_columns.column_views``); so where this is False a page
    has no signature line, hence no signature block.

    >>> may_sign("signed on its behalf by the undersigned"), may_sign("  | By: Jane Roe")
    (False, True)
    """
    return bool(SIG.search(text) or _BY_AT_LINE_START.search(text)
                or ("____" in text and blank_for_the_pen(blank_cells(text))))


def blank_for_the_pen(text: str) -> bool:
    """Whether ``BLANK_SIG`` finds a match in ``text``, asked only before each run of four
    underscores or more: a match's underscores open such a run (blanks or a colon stand before
    them), and its ``By`` stands right before those blanks. ``\\bBy`` opens with no literal, so
    ``re`` tried it at every place of the text (a page with no ``By ____``, in whole).

    >>> [blank_for_the_pen(t) for t in ("By: ______", "Name ____", "By:: ____", "xby  ____", "BY\\n\\n_____")]
    [True, False, False, False, True]
    """
    at = text.find("____")
    while at >= 0:
        gap = at  # the blanks and colons before the run
        while gap and (text[gap - 1].isspace() or text[gap - 1] == ":"):
            gap -= 1
        if BLANK_SIG.search(text, max(0, gap - 2), at + 4):  # (\b reads the character before the window)
            return True
        end = at + 4
        while end < len(text) and text[end] == "_":
            end += 1  # past the run: its other places open no run
        at = text.find("____", end)
    return False


def page_lines(text: str) -> list[Line]:
    """The logical lines of ``text`` (see the module doc), in order."""
    return list(_remembered_page_lines(text))


@lru_cache(maxsize=8)  # a signature section is read for its columns, then for its blocks
def _remembered_page_lines(text: str) -> tuple[Line, ...]:
    return tuple(_page_lines(text))


def _page_lines(text: str) -> list[Line]:
    view = blank_cells(text)
    physical = _physical_lines(text, view)
    lines: list[Line] = []
    # (names bound once, and each Line made by tuple.__new__, as Line(...) does behind a Python
    # frame of its own: this loop reads every line of every page, most of them blank)
    append, bare_label, make = lines.append, _BARE_LABEL.match, tuple.__new__
    count = len(physical)
    i = 0
    while i < count:
        start, end, cell = physical[i]
        part = view[start:end]  # (a physical line holds no line break)
        if not part or part.isspace():  # a blank line (most of a column's copy): no label, no kind to read
            append(make(Line, (start, end, part, "blank", cell)))
            i += 1
            continue
        if i + 1 < count and bare_label(part):
            following = view[physical[i + 1][0] : physical[i + 1][1]]
            if following.strip() and not bare_label(following):
                end = physical[i + 1][1]  # "Name:" / "|Jane Roe" -> "Name: Jane Roe"
                part = view[start:end].replace("\n", " ")
                i += 1
        kind = kind_of(part) if len(part) <= 400 else _kind(part)
        beside = _party_beside_date(part) if kind == "date" else 0
        if beside:  # "Dated: May 1, 2004        APEX PLC": the date, then the party of the block
            append(make(Line, (start, end, part[:beside] + " " * (len(part) - beside), kind, cell)))
            part, kind = " " * beside + part[beside:], "text"
        caption = _SIGNATURE_CAPTION.match(part) if kind in ("prose", "text") else None
        if caption and _kind(part[caption.end():]) == "text":
            part, kind = " " * caption.end() + part[caption.end():], "text"  # the party beside it
        append(make(Line, (start, end, part, kind, cell)))
        i += 1
    return _in_context(lines)


# a form's "Signature:" caption with the party it signs for printed in the next column
# ("Signature:        APEX HOLDINGS LIMITED" over "By: /s/ ..."): the caption is no party's word
_SIGNATURE_CAPTION = re.compile(r"[ \t|]*Signatures?\s*:[ \t]{3,}(?=\S)", re.IGNORECASE)


# the gap between a date and what is printed in the next column of its line
_COLUMN_GAP = re.compile(r"[ \t]{3,}(?=\S)")


def _party_beside_date(part: str) -> int:
    """Where the name printed to the right of a date line starts (``Dated: February 9, 2004``,
    a gap of three spaces or more, ``APEX HOLDINGS PLC``: the date stands left of the block whose
    party heads the right column), else 0. Only a name (a ``text`` line) is taken: a ``By:``,
    a signature or a sentence beside the date is not a party."""
    dates = find_dates(part)
    gap = _COLUMN_GAP.match(part, dates[0].end) if dates else None
    if gap is None:
        return 0
    rest = " " * gap.end() + part[gap.end():]
    return gap.end() if _kind(rest) == "text" and find_dates(rest) == [] else 0


def opens_alone(piece: str) -> bool:
    """Whether ``piece``, a whole physical line, is read as one logical line that takes no line
    below it in: no cell mark (a line of marks only is dropped), not a page run together (split
    into pieces) and no label alone (joined to the next line). The lines below it are then read
    the same whatever stands above it."""
    return CELL_MARK not in piece and not (len(piece) > COLLAPSED and SIG.search(piece)) and (
        _BARE_LABEL.match(piece) is None)


def _physical_lines(text: str, view: str) -> list[tuple[int, int, bool]]:
    """(start, end, opens a cell) of each line of ``text`` that holds more than cell marks, a
    page run together onto one line cut where its lines would have been. Only a line holding a
    cell mark is looked at in ``view`` (``text`` with the marks blanked): any other reads alike."""
    physical: list[tuple[int, int, bool]] = []
    offset = 0
    bounded = False  # a line of cell marks alone stands above: the next line opens a cell
    for chunk in text.split("\n"):
        end = offset + len(chunk)
        marked = CELL_MARK in chunk
        if marked and chunk.strip() and not view[offset:end].strip():
            offset, bounded = end + 1, True
            continue  # nothing but cell marks: a cell boundary, not a line
        if len(chunk) > COLLAPSED and SIG.search(chunk):  # a page run together onto one line
            physical += [(a, b, False) for a, b in collapsed_pieces(view, offset, end)]
        else:  # ('|' / 'Acme Inc.': a table flattened one cell a line, its mark on a line of its own)
            physical.append((offset, end, marked and opens_cell(chunk) or bounded and bool(chunk.strip())))
        bounded = bounded and not chunk.strip()
        offset = end + 1
    return physical


# a line that ends its sentence: the line under it is no part of the paragraph
_SENTENCE_END = re.compile(r"[.!?:][\"”’)]*\s*$")


def _in_context(lines: list[Line]) -> list[Line]:
    """Kinds that depend on the lines around: the short last line of a paragraph (under a line
    that does not end its sentence) is prose; a
    line opening in lower case goes on with a name above it or else is prose; a line that
    finishes a role left open (``as the Trustee of the X -`` / ``1998 Trust``) is the role's;
    a ``By: <name>`` line with ``Name:``/``Title:`` or a caption under it is a signature typed
    without ``/s/``; ``Its:`` under a ``By:`` entity is that entity's role."""
    out = list(lines)
    for i in range(1, len(out)):
        line, previous = out[i], out[i - 1]
        if line.kind == "title" and previous.kind == "by" and re.match(r"\s*Its\s*:", line.text, re.I):
            out[i] = _as(line, "role")  # "By: Apex GP LLC" / "Its: General Partner"
            continue
        if line.kind != "text":
            continue
        above = previous.kind
        if above == "role" and _OPEN_END.search(previous.text):
            out[i] = _as(line, "role")
        # (a line opening in lower case is asked for only after a line of another kind; its first
        # character is its body's, its words not joined: split and lstrip part at the same spaces)
        elif above == "prose" and not _SENTENCE_END.search(previous.text) or (
                above != "text" and line.text.lstrip()[:1].islower() and not (
                above == "title" and wraps_title(line.body))):
            out[i] = _as(line, "prose")
    for i, line in enumerate(out):
        if line.kind != "by":
            continue
        # the line below first: most By: lines name an entity, over its role or the next By:
        below = next((ln for ln in out[i + 1 : i + 4] if ln.kind not in ("blank", "rule")), None)
        if below is not None and (below.kind in ("name", "title")
                                  or below.kind == "note" and "signature" in below.body.lower()) and (
                not role_line().search(line.text) and not capacity_pattern().search(" " + line.text)):
            out[i] = _as(line, "sig")
    return out


_TITLE_GOES_ON = re.compile(r"(?:and|&|of|for)\s+[A-Z&]")  # 'and Finance', 'of Investor Relations'


def wraps_title(body: str) -> bool:
    """A short line that goes on with the title above it: 'Title: Director of Planning' /
    'and Finance'; 'Vice President, General Counsel' / 'and Secretary'."""
    return len(body) <= 60 and _TITLE_GOES_ON.match(body) is not None and not is_prose(body)


def _as(line: Line, kind: str) -> Line:
    return Line(line.start, line.end, line.text, kind, line.cell)
