"""Which signature blocks sign a document, and on what date.

A schedule's own signatures are the run of blocks after its certification (not those of an
agreement printed after them: ``signature_section``). A block without a date of its own takes the
``Date:`` line above it in the same signature section, or, under an execution clause, the date
the clause gives (``... execute this Agreement as of <date>``) or the agreement's date ("as of
the day and year first above written"): ``shared_dates``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from converter.extract.signatures import SignatureBlock, TextSpan, _line_date, _lines
from converter.parse.dates import find_dates

def signature_section(text: str, blocks: list[SignatureBlock], after: int) -> list[SignatureBlock]:
    """The run of blocks that starts after offset ``after`` and has no prose between its blocks
    (a schedule's signatures, not those of an agreement printed after them)."""
    lines = _lines(text)
    section: list[SignatureBlock] = []
    for block in blocks:
        if block.span[0] < after:
            continue
        if section and any(ln.kind == "prose" for ln in lines
                           if section[-1].span[1] <= ln.start and ln.end <= block.span[0]):
            break
        section.append(block)
    return section


# "as of the day and year first above written", "... the date first written above",
# "... the date set forth above": executed on the agreement's date
_AS_OF_ABOVE = re.compile(r"(?:above\s+written|written\s+above|set\s+forth\s+above)", re.I)


def shared_dates(text: str, blocks: list[SignatureBlock]) -> list[SignatureBlock]:
    """Give undated blocks the date of a ``Date:`` line above them in the same signature
    section (no prose in between), else mark those executed "as of ... first above written"."""
    lines = _lines(text)
    out: list[SignatureBlock] = []
    for block in blocks:
        if block.date is not None:
            out.append(block)
            continue
        date, above = None, False
        for line in reversed([ln for ln in lines if ln.end <= block.span[0]]):
            if line.kind == "date":
                date = _line_date(line)
                break
            if line.kind == "prose":
                paragraph_start = max(0, line.start - 400)
                paragraph = text[paragraph_start : line.end]
                above = _AS_OF_ABOVE.search(paragraph) is not None
                date = None if above else _executed_as_of(text, paragraph_start, line.end)
                break
        out.append(_with_date(block, date, above))
    return out


# "the undersigned hereby execute this Agreement as of February 14, 2005"
_EXECUTED_AS_OF = re.compile(
    r"\b(?:execute[ds]?|executing|signed)\b[^.;]{0,80}?\bas\s+of\s+", re.IGNORECASE)


def _executed_as_of(text: str, start: int, end: int) -> tuple[dt.date, TextSpan] | None:
    """The date of an execution clause ("... execute this Agreement as of <date>") that ends
    the prose above a signature section: the pages below were signed as of that date."""
    for m in _EXECUTED_AS_OF.finditer(text, start, end):
        dates = find_dates(text[m.end() : m.end() + 40])
        if dates and dates[0].start == 0:
            return dates[0].value, (m.end(), m.end() + dates[0].end)
    return None


def _with_date(block: SignatureBlock, date: tuple[dt.date, TextSpan] | None,
               above: bool) -> SignatureBlock:
    if date:
        return replace(block, date=date[0], date_span=date[1])
    return replace(block, as_of_above=above)
