"""Where a document's cover and signatures are, which a title is never taken from: the end of a
6-K cover (its last check box question, the answers after it, the signature section that follows
it) and the lines of SIGNATURES sections (the heading down to the last signing line and the
signer's name and title under it). ``title`` looks for the title past the one and outside the
other; the document readers ask whether the head is a foreign issuer's report or a form's cover.
"""

from __future__ import annotations

import bisect
import operator
import re
from collections.abc import Iterable

from converter.extract.anchors import SIGNATURE_WORD, SIGNATURES_HEADING
from converter.extract.mechanisms.lines import Line, lines_holding, opens_cell, split_lines  # noqa: F401  (split_lines: the doctest)
from converter.extract.mechanisms.names import officer_title_pattern
from converter.parse.gates import Gated, folded_piece, folded_text

HEAD_LINES = 160  # how many lines of the head a cover's end (and a title) is looked for in
# the end of a 6-K cover: its last check box question and the answers after it; the question
# 'If "Yes" is marked, indicate ... Rule 12g3-2(b)' may wrap its rule's number onto a line of
# its own (or lose a digit of it), so its opening words end the cover too
_COVER_END = re.compile(r"""
    12g\s?3-2\(\s?b\s?\)                      # Rule 12g3-2(b), 'Rule 12g 3-2( b )'
    | 101\(b\)\(7\)                          # Regulation S-T Rule 101(b)(7)
    | form\s+40-f                             # the annual report form question
    | if\s+\W?yes\W?\s+is\s+marked             # 'If "Yes" is marked, indicate below ...'
    """, re.IGNORECASE | re.VERBOSE)
# one of which each of its matches on a line holds (folded): '40-f', not 'form', which a cover
# prints on many more lines
_COVER_END_WORDS = ("12g", "101(b)(7)", "40-f", "marked")
# (the words whole: 'No' of 'Notice of Record Date ...', a title under the cover, is no answer)
ANSWER = re.compile(r"^[\s|(\[]*(?:(?:yes|no|n/?a)(?![a-z])|not\s+applicable|82-|\(?if\b|x\b|þ|o\b|\[)[^a-z]{0,40}",
                    re.IGNORECASE)
FOREIGN_ISSUER = re.compile(r"report\s+of\s+foreign\s+(?:private\s+)?issuer", re.IGNORECASE)
# ("*+": a line's indent is taken possessively; what follows it is never white space, so
# giving spaces back could not help a match, and re would try every shorter indent in turn)
ANNUAL_FORM = re.compile(r"^[\s|]*+form\s+(?:20-F|40-F|10-K|8-K|10-Q)\b", re.IGNORECASE | re.MULTILINE)
# the words a foreign issuer's cover and a form's banner hold: a head without them is not scanned
FOREIGN_GATE, ANNUAL_GATE = Gated(FOREIGN_ISSUER), Gated(ANNUAL_FORM)
SIGNATURE_LINE = re.compile(r"^(?:by\s*:|/s/|name\s*:|title\s*:|date\s*:)", re.IGNORECASE)


def signature_lines(text: str, lines: list[Line], first: int = 0) -> frozenset[int]:
    """The lines of SIGNATURES sections (``lines``: of ``text``): the heading to the last signing
    line ('By:', '/s/', 'Name:', 'Title:', 'Date:') and the signer's name and title under it
    (``first``: where a cover's end, past its signature, was put)."""
    return signature_lines_at(lines, [i for i in spelling_signature(text, lines)
                                       if SIGNATURES_HEADING.match(lines[i].text)], first)


def signature_lines_at(lines: list[Line], headings: Iterable[int], cover_end: int = 0) -> frozenset[int]:
    """The lines of the SIGNATURES sections whose headings are ``lines[i]`` for i in ``headings``.
    A cover's section whose signer's cells the cover's end passed (``cover_end``, past cells
    of words after its last signing line, not bare marks) ends there: those cells were its name
    and title, and the short line after them is the report's own heading."""
    numbers: set[int] = set()
    for i in headings:
        last = last_signing_line(lines, i)
        end, short = last + 1, 0
        while end < len(lines) and short < 3 and (lines[end].blank or len(lines[end].stripped) < 60) \
                and not _title_closes(lines[last].stripped.strip("| "), _next_words(lines, last)):
            short += 0 if lines[end].blank else 1
            end += 1
        if i < cover_end and any(lines[k].stripped.strip(" |") for k in range(last + 1, cover_end)):
            end = min(end, cover_end)
        numbers.update(range(i, end))
    return frozenset(numbers)


# the signer's title labelled ('Title: Director'), and a title going on below it ('Title: Head of', 'and')
_TITLE_LABEL, _TITLE_GOES_ON = re.compile(r"title\s*:", re.IGNORECASE), re.compile(r"(?:,|&|\b(?:and|of|for))$")


def _next_words(lines: list[Line], index: int) -> str:
    """The next non-blank line after ``lines[index]`` (within three), stripped of its bars."""
    return next((line.stripped.strip("| ") for line in lines[index + 1 : index + 4] if not line.blank), "")


def _title_closes(line: str, below: str) -> bool:
    """Whether the last signing line is the signer's labelled title, whole, and the line ``below``
    it the report's own heading (three words or more, no officer's title in them): the signature
    block ends with the title ('Title: Director' over '2031 1Q Preliminary Earnings Release'; not
    'Title: Company' over 'Secretary', nor 'Title: Head of' over 'Investor Relations').

    >>> _title_closes("Title: Director", "2031 1Q Preliminary Earnings Release")
    True
    >>> _title_closes("Title: Company", "Secretary"), _title_closes("Title: Head of", "Investor Relations Office")
    (False, False)
    >>> _title_closes("Title: Executive Vice President", "Chief Financial Officer")
    False
    """
    return (_TITLE_LABEL.match(line) is not None and _TITLE_GOES_ON.search(line) is None
            and len(below.split()) >= 3 and officer_title_pattern().search(below) is None)


def last_signing_line(lines: list[Line], heading: int) -> int:
    """Index of the last signing line ('By:', '/s/', 'Name:', 'Title:', 'Date:', or a line with
    '/s/' in it: a signature beside its company's name) of the 29 under the SIGNATURES heading
    ``lines[heading]``, else the heading's. Read from the bottom up, it is the first found: the
    lines above it are not read.

    >>> text = "SIGNATURES\\nPursuant to the Act ...\\nHanbit Co., Ltd.     /s/ Jane Roe\\nChief Executive"
    >>> last_signing_line(split_lines(text), 0), last_signing_line(split_lines("SIGNATURES\\nNone"), 0)
    (2, 0)
    """
    return next((k for k in range(min(heading + 30, len(lines)) - 1, heading, -1)
                 if SIGNATURE_LINE.match(lines[k].stripped.strip("| ")) or "/s/" in lines[k].text.lower()), heading)


_START = operator.attrgetter("start")


def spelling_signature(text: str, lines: list[Line]) -> Iterable[int]:
    """The indices of ``lines`` (those of ``text``, the last maybe cut short) that spell the word
    of a SIGNATURES heading (``SIGNATURE_WORD`` in the folded text, where it finds each line's
    own: the word holds one "s", its first letter, so no match that starts on an earlier line
    covers it), in order: no other line is a heading; every line when folding changed the
    offsets.

    >>> text = "Report\\nS I G N A T U R E S\\nthe signature\\nSIGNA"
    >>> spelling_signature(text, split_lines(text))
    [1, 2]
    """
    folded = folded_text(text)
    if len(folded) != len(text) or not lines:
        return range(len(lines))
    words = SIGNATURE_WORD.finditer(folded, 0, lines[-1].end)
    return sorted({bisect.bisect_right(lines, word.start(), key=_START) - 1 for word in words})


def _lines_holding(text: str, lines: list[Line], words: tuple[str, ...], count: int) -> list[int]:
    """The indices of the first ``count`` of ``lines`` (those of ``text``) that hold one of
    ``words`` (folded), in order (``lines.lines_holding`` in the document's folded text); every
    line when folding changed the offsets."""
    folded = folded_text(text)
    if len(folded) != len(text):
        return list(range(len(lines[:count])))
    return lines_holding(folded, lines[:count], words)




def foreign_issuer(text: str) -> bool:
    """Whether the head is a foreign private issuer's report (a 6-K cover)."""
    return FOREIGN_GATE.may_match(folded_piece(text, 0, 4000)) and FOREIGN_ISSUER.search(text, 0, 4000) is not None


def annual_form(text: str) -> bool:
    """Whether the head prints the banner of an annual or current report form."""
    return ANNUAL_GATE.may_match(folded_piece(text, 0, 3000)) and ANNUAL_FORM.search(text, 0, 3000) is not None


LOWER_WORD = re.compile(r"[a-z]{3}")  # a line of prose, not a check box's answer (compiled at import)


def cover_end(text: str, lines: list[Line], foreign: bool) -> int | None:
    """Index of the first line after a 6-K cover (and the signatures that follow it), or None
    when the document has no such cover (``foreign``: the head is a foreign issuer's report)."""
    if not foreign:
        return 0
    # the last line that holds a question: the lines that can match, read from the last one up
    candidates = _lines_holding(text, lines, _COVER_END_WORDS, HEAD_LINES)
    last = next((i for i in reversed(candidates) if _COVER_END.search(lines[i].text)), None)
    if last is None:
        return None
    i = last + 1
    while i < len(lines) and i <= last + 4 and not SIGNATURES_HEADING.match(lines[i].text) and (
            lines[i].blank or ANSWER.match(lines[i].text) or not LOWER_WORD.search(lines[i].text)):
        i += 1  # (a SIGNATURES heading in capitals is no answer: the section after it is passed whole)
    return after_signatures(lines, i)




def after_signatures(lines: list[Line], i: int) -> int:
    """Past a SIGNATURES section that follows the cover: to the last signing line."""
    for j in range(i, min(i + 6, len(lines))):
        if SIGNATURES_HEADING.match(lines[j].text):
            last = last_signing_line(lines, j)
            end = last + 1
            while end < len(lines) and end <= last + 3 and (opens_cell(lines[end].text) or lines[end].blank):
                end += 1  # the signer's name and title cells
            return end
    return i


