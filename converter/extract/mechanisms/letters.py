"""The addressee block of a letter: what it is addressed to is not who writes it.

Letters to a stock exchange or a regulator (Indian issuers' board-meeting outcomes, notices to
an exchange's listing department, letters to the SEC's staff) open, under the letterhead, with
"To" alone on its line and the addressee's name and address under it, down to the salutation
("Dear Sir/Madam") or the subject line ("Sub:", "Re:"). The names there are the exchange's or
the regulator's: neither the registrant nor the document's title.

>>> from converter.extract.mechanisms.lines import Line
>>> rows = ["Hanbit Textiles Limited", "", "To,", "The Listing Department", "Example Stock Exchange Limited",
...         "", "Sub: Outcome of Board Meeting", "Dear Sir,"]
>>> lines = [Line(i, 0, row) for i, row in enumerate(rows)]
>>> [i for i in range(len(lines)) if in_addressee_block(lines, i)]
[2, 3, 4]
"""

from __future__ import annotations

import re

from converter.extract.mechanisms.lines import Line

# "To", "To,", "To:" alone on a line: the block opens
_OPENS = re.compile(r"to\s*[,:.]?", re.IGNORECASE)
# the salutation, the subject or reference line: the block has ended
_CLOSES = re.compile(r"(?:dear|sub(?:ject)?|re|ref)\b", re.IGNORECASE)
# how many written lines an addressee block may hold (a department, a name, three address lines,
# a scrip code for each of two exchanges): further lines are no longer read as in it
_REACH = 10
# the longest line that can hold the "To" line, its margin and table bars around it
_LONGEST_OPENING = 24


def in_addressee_block(lines: list[Line], index: int) -> bool:
    """Whether ``lines[index]`` is the "To" line of a letter or a line of the block under it."""
    return index in addressee_lines(lines)


# the last list of lines asked about and its block's lines: the title and letterhead rules ask
# line after line of one document's head (the list is kept, so ``is`` cannot mistake another)
_last: list[tuple[list[Line], frozenset[int]]] = []


def addressee_lines(lines: list[Line]) -> frozenset[int]:
    """The indexes of the lines of ``lines`` that are a letter's "To" line or the block under it:
    one pass, remembered for the last list asked."""
    if _last and _last[0][0] is lines:
        return _last[0][1]
    found: set[int] = set()
    written = -1  # the written lines read since the "To" line; -1 outside a block
    for index, line in enumerate(lines):
        if written < 0 and len(line.text) > _LONGEST_OPENING:
            continue  # outside a block only a short line can open one (most lines: no strip, no match)
        text = line.text.strip(" \t|")
        if not text:
            continue
        if _OPENS.fullmatch(text):
            written = 0
        elif written < 0 or _CLOSES.match(text) or written == _REACH:
            written = -1
            continue
        else:
            written += 1
        found.add(index)
    _last[:] = [(lines, frozenset(found))]
    return _last[0][1]
