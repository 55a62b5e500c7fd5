"""What a 6-K cover furnishes: the rows of its exhibit index, and where the cover's own text ends.

A 6-K that lists two or more documents is an envelope: the titles, datelines and meeting dates
printed after its list belong to the documents it carries (each one's ``ExhibitDate``), not to
the cover. Document-level readers (title, date, resolution date) look only at the cover's own
text then. A 6-K that furnishes one document (or lists none) is that document: its report's
title and date are the 6-K's.

>>> text = ("FORM 6-K\\nREPORT OF FOREIGN PRIVATE ISSUER\\nForm 20-F  X  Form 40-F ___\\n"
...         "EXHIBIT INDEX\\n99.1  Press release dated May 2, 2007\\n99.2  Notice of a board meeting\\n"
...         "SIGNATURES\\nBy: /s/ Jane Roe\\n\\nExhibit 99.1\\nMay 2, 2007\\nAcme Grows\\n")
>>> [r.number for r in cover_exhibits(text)], text[cover_text_end(text):][:13]
(['99.1', '99.2'], '99.1  Press r')
"""

from __future__ import annotations

import re
from functools import lru_cache, partial

from converter.extract.mechanisms.checkbox import last_row_end
from converter.extract.mechanisms.lines import SIGNATURES_HEADING_WORD, split_lines
from converter.extract.mechanisms.exhibit_index import ExhibitRow, exhibit_rows, heading_gate
from converter.parse.gates import Gated, fold, folded_text

_I = re.IGNORECASE
FORM_20F = re.compile(r"form\s*20-F", _I)  # also run together: "Form20-F"
FORM_40F = re.compile(r"form\s*40-F", _I)
# 'yes' not within a word; the look-behind after the word (the same test of the letter before
# it) leaves 'yes' first, which the engine finds far faster than a test at every position
YES = re.compile(r"yes(?<![A-Za-z]yes)(?![A-Za-z])", _I)
NO = re.compile(r"(?<![A-Za-z])no(?![A-Za-z.])", _I)
COVER_REACH = 8000  # a cover's questions stand in its first characters
_FOREIGN_ISSUER = re.compile(r"report\s+of\s+foreign\s+(?:private\s+)?issuer|form\s+6-K", _I)
# the first labels of the two box rows: a head without both's words ('20-f', 'yes') has no box row
_ROW_GATES = (Gated(FORM_20F), Gated(YES))
# ("*+": a line's indent is taken possessively; what follows it is never white space, so
# giving spaces back could not help a match, and re would try every shorter indent in turn)
SIGNATURE_START = re.compile(
    rf"^\s*+(?:{SIGNATURES_HEADING_WORD}\s*$|\|?\s*(?:by|date|dated)\s*:|\|?\s*/s/)", _I | re.M)


def cover_body(text: str) -> tuple[int, int] | None:
    """The stretch between the cover's last box row and its signature: where a list of the
    documents furnished stands when no heading names it."""
    head = fold(text[:COVER_REACH])
    if not any(gate.may_match(head) for gate in _ROW_GATES):
        return None  # no row's first label: ``last_row_end`` would find no row
    start = last_row_end(text, 0, min(len(text), COVER_REACH), [[FORM_20F, FORM_40F], [YES, NO]])
    if start is None:
        return None
    stop = SIGNATURE_START.search(text, start)
    return start, stop.start() if stop else min(len(text), start + COVER_REACH)


# the words an index heading holds ('exhibit', 'document', 'attachment', 'contents')
_HEADING_GATES = tuple(heading_gate(kind) for kind in ("heading", "contents_heading"))


@lru_cache(maxsize=4)  # a document's text and its cover's: asked by the reader, then the cover's end
def cover_exhibits(text: str) -> tuple[ExhibitRow, ...]:
    """The rows of the exhibit index of ``text`` (a cover's unheaded list included). The cover's
    body is looked for only where no heading and no 'Exhibit N' line gave a row (it holds the
    rows of a list that neither names, read only then)."""
    if not may_list_exhibits(folded_text(text)):  # (no heading, no 'Exhibit N' line: the body alone)
        body = cover_body(text)
        return () if body is None else tuple(exhibit_rows(text, split_lines(text), body=body))
    return tuple(exhibit_rows(text, split_lines(text), body=partial(cover_body, text)))


def may_list_exhibits(folded: str) -> bool:
    """Whether a text (``fold``-ed) may hold an exhibit index outside a cover's body: an index
    heading's words or an 'Exhibit N' line's; ``exhibit_rows`` finds no row in any other."""
    return "exhibit" in folded or any(gate.may_match(folded) for gate in _HEADING_GATES)


def cover_text_end(text: str) -> int | None:
    """Where the own text of a 6-K cover that lists two or more documents ends (its list's first
    row); None for any other document."""
    head = fold(text[:4000])
    if not ("foreign" in head or "6-k" in head) or not _FOREIGN_ISSUER.search(text, 0, 4000):
        return None  # (each of the two phrases holds one of the words)
    rows = cover_exhibits(text)
    if len({row.number for row in rows}) < 2:
        return None
    return min(row.number_span[0] for row in rows)


def listed_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Where the rows of a document's exhibit index stand (their dates are the exhibits')."""
    return tuple((row.number_span[0], row.span[1]) for row in cover_exhibits(text))
