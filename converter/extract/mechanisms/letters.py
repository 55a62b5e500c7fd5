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
[2, 3, 4, 5]
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


def in_addressee_block(lines: list[Line], index: int) -> bool:
    """Whether ``lines[index]`` is the "To" line of a letter or a line of the block under it
    (a bounded look upwards: no line is compared with every other)."""
    written = 0
    for line in reversed(lines[max(0, index - 3 * _REACH):index + 1]):
        text = line.text.strip(" \t|")
        if not text:
            continue
        if _OPENS.fullmatch(text):
            return True
        if _CLOSES.match(text) or written == _REACH:
            return False
        written += 1
    return False
