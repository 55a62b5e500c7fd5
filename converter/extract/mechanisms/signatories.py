"""The signatures a document gives itself (``SIGNATURES`` of a 6-K, 20-F or 8-K, the signature
of a notice), one ``SignatoryAxis`` member each: name, title, capacity, the ``By:`` chain, date
and the party signed for. The blocks are read by ``mechanisms.signatures``; agreements and
schedules record theirs under their reporting persons instead (``kinds.joint_filing``)."""

from __future__ import annotations

import re

from converter.extract.anchors import signature_headings
from converter.extract.base import DocumentContext, Found
from converter.extract.mechanisms.signature_lines import Line, opens_alone, page_lines
from converter.extract.mechanisms.signatures import SignatureBlock, find_signature_blocks, line_date, section_page
from converter.extract.mechanisms.name_match import ascii_spellings, match_name, spelling_pattern
from converter.model import Observation
from converter.parse.gates import folded_text

AXIS = "SignatoryAxis"
SECTION_CHARS = 4000  # a signature section is a page at most
# the exhibit index that often follows a report's signatures
# ("*+": a line's indent is taken possessively; what follows it is never white space, so
# giving spaces back could not help a match, and re would try every shorter indent in turn)
_EXHIBIT_INDEX = re.compile(
    r"^\s*+(?:exhibit\s+index|index\s+to\s+exhibits|(?:list\s+of\s+)?exhibits|exhibit\s+list)\s*$",
    re.IGNORECASE | re.MULTILINE)
_HANGUL = re.compile("[\uac00-\ud7a3]")  # a value in Korean
# the readers (data/readers.tsv) that record the signatures of their documents themselves
_OWN_READERS = frozenset({"6-K cover", "joint filing agreement", "schedule 13D/13G"})


def read_signatures(ctx: DocumentContext) -> Found:
    """The reader of ``data/readers.tsv`` for any document that is signed (``/s/`` or a
    ``SIGNATURES`` heading) and that no reader of its own signatures reads."""
    from converter.extract import readers_for  # the table that lists this reader too

    if any(r.name in _OWN_READERS for r in readers_for(ctx.classification.family, ctx.text)):
        return Found()
    return Found(tuple(signatory_observations(ctx, "signature")))


def signature_sections(ctx: DocumentContext) -> list[tuple[int, int]]:
    """Where a document's own signatures are: after each ``SIGNATURES`` heading, up to the next
    page, exhibit index or ``SECTION_CHARS``; without a heading, the whole text."""
    text = ctx.text
    sections = []
    pages = ctx.document.page_starts
    for _, heading_end in signature_headings(text):
        k = ctx.document.page_of(heading_end)  # the index of the next page's start
        stop = min(pages[k] if k < len(pages) else len(text), heading_end + SECTION_CHARS)
        index = _EXHIBIT_INDEX.search(text, heading_end, stop)
        sections.append((heading_end, index.start() if index else stop))
    return sections or [(0, len(text))]


def signatory_observations(ctx: DocumentContext, rule: str) -> list[Observation]:
    """One ``SignatoryAxis`` member per signed block of the first signature section that has
    one, in order."""
    for start, end in signature_sections(ctx):
        blocks = [b for b in find_signature_blocks(ctx.text, start, end)
                  if (b.signatory and not b.marked) or b.capacity]
        if blocks:
            dates = _date_lines(ctx.text, start, end)
            found: list[Observation] = []
            for number, block in enumerate(blocks, start=1):
                found += _member(ctx, block, str(number), dates, rule)
            return found
    return []


def _date_lines(text: str, start: int, end: int) -> list[Line]:
    """The ``date`` lines of ``text[:end]`` (as ``page_lines`` reads it) that start at or after
    ``start``. The text above the line before ``start``'s is blanked first (offsets kept): a
    line's joins depend only on it and the lines beside it, and a date line's kind on its own
    words, so the same lines are found without reading every line of a long report that ends
    in its signatures. Where the section's page (``section_page``) holds the same lines from
    ``start`` on, they are taken from its reading, which the blocks were found on."""
    if _read_alike(text, start, end):
        page, first = section_page(text, start, end)
        return [Line(ln.start + first, ln.end + first, ln.text, ln.kind, ln.cell) if first else ln
                for ln in page_lines(page) if ln.kind == "date" and ln.start + first >= start]
    line_start = text.rfind("\n", 0, start) + 1
    first = text.rfind("\n", 0, line_start - 1) + 1 if line_start > 0 else 0  # the line before
    page = " " * (first - 1) + text[first - 1 : end] if first > 0 else text[:end]  # keeps its "\n"
    return [ln for ln in page_lines(page) if ln.kind == "date" and ln.start >= start]


def _read_alike(text: str, start: int, end: int) -> bool:
    """Whether the section's page and ``text[:end]`` hold the same lines from ``start`` on: the
    section opens where a line ends (the page blanks that line, the heading a section follows)
    and that line takes nothing below it in (``opens_alone``); it closes where a line ends or
    begins (what the page blanks after it is a blank line, or nothing). A ``date`` line's kind
    is its own words' (``page_lines`` reads lines in context only into roles, prose and
    signatures)."""
    if not (start == 0 or start == len(text) or text[start] == "\n"):
        return False
    if not (end == len(text) or text[end] == "\n" or (end > start and text[end - 1] == "\n")):
        return False
    return opens_alone(text[text.rfind("\n", 0, start) + 1 : start])


def _member(ctx: DocumentContext, block: SignatureBlock, member: str, dates, rule: str) -> list[Observation]:  # noqa: ANN001
    dims = ((AXIS, member),)
    found: list[Observation] = []

    def add(concept: str, value, span: tuple[int, int] | None) -> None:  # noqa: ANN001
        if value is None:
            return
        lang = ("ko" if _HANGUL.search(value) else "en") if isinstance(value, str) else None
        found.append(Observation(concept, value, ctx.document_period, dimensions=dims, lang=lang,
                                 span=ctx.span(*span) if span else None, rule=rule))

    if not block.marked:
        add("SignatoryName", block.signatory, block.signatory_span)
    add("SignatoryTitle", block.title, block.title_span)
    add("SignatoryCapacity", block.capacity, block.capacity_span)
    if block.chain:
        add("SignedOnBehalfOf", block.on_behalf_of, (block.chain[0].span[0], block.chain[-1].span[1]))
    date = (block.date, block.date_span) if block.date else _nearest(dates, block)
    if date:
        add("SignatureDate", date[0], date[1])
    party = _party(ctx, block)
    if party:
        add("SignatureParty", party[0], party[1])
    return found


def _nearest(dates, block: SignatureBlock):  # noqa: ANN001, ANN202
    """The date line of the section nearest the block (a date set beside or below the blocks)."""
    line = min(dates, key=lambda d: abs(d.start - block.span[0]), default=None)
    return line_date(line)


def _party(ctx: DocumentContext, block: SignatureBlock) -> tuple[str, tuple[int, int]] | None:
    """The registrant where the block signs for it (the block names it, perhaps in capitals,
    or names no party), else the party the block names."""
    registrant = ctx.registrant
    if registrant and (block.party is None or match_name(block.party, [registrant]) is not None):
        return registrant, block.party_span or _registrant_span(ctx, block.span[0])
    if block.party and block.party_span and block.party != block.signatory:
        return block.party, block.party_span
    return None


def _registrant_span(ctx: DocumentContext, before: int) -> tuple[int, int]:
    """Where the text spells the registrant's name above the block, else an empty span."""
    words = tuple(re.findall(r"[A-Za-z0-9]+", ctx.registrant or ""))
    if not words:
        return before, before
    text, start = ctx.text, max(before - 1500, 0)
    if text.isascii():  # read without compiling a pattern for the name (``ascii_spellings``)
        spans = list(ascii_spellings(text, folded_text(text), words, None, start=start, end=before))
    else:
        spans = [m.span() for m in spelling_pattern(words, r"[^A-Za-z0-9]+").finditer(text, start, before)]
    return spans[-1] if spans else (before, before)
