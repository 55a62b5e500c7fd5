"""Schedule 13D / 13G cover pages that a copy prints values first: each item's value on the line
above its label instead of after it (a mirror that flattened the cover's table column by column:
"Example Fund L.P." / "1. NAME OF REPORTING PERSON" / "(a) o (b) x" / "2. CHECK THE APPROPRIATE
BOX ..."). Read after its label, every value of such a page would be the next item's: the name
would be item 2's boxes, the citizenship item 7's count. Such a page is told by what follows its
name's label: item 2's boxes '(a) ... (b) ...', which on any other page follow item 2's own label.
Its values are then read from before their labels (``schedule_13.find_cover_pages``).
"""

from __future__ import annotations

import re

# item 2's boxes, alone on the first line of words after item 1's label: "(a) o (b) x", "(a) [ ] (b) [X]"
_GROUP_BOXES = re.compile(r"[ \t|]*\(a\)[^\n()]{0,12}\(b\)[^\n()]{0,12}")
_WORDS = re.compile(r"[^\n]*\S[^\n]*")  # a line with words
# a line above item 1's label that is no name: the CUSIP line, the page's number, the form's name
_NO_NAME = re.compile(r"\bCUSIP\b|\bPage\s+\d|\bSCHEDULE\s+13|^[\W\d_]*$", re.IGNORECASE)


def prints_values_first(text: str, name_end: int, end: int) -> bool:
    """Whether the first line of words after item 1's label (``text[name_end:end]``) is item 2's
    boxes: the page prints each value above its label.

    >>> prints_values_first("1. NAME OF REPORTING PERSON\\n(a) o (b) x\\n2. CHECK", 27, 40)
    True
    >>> prints_values_first("1. NAME OF REPORTING PERSON\\nExample Fund L.P.\\n2. CHECK", 27, 46)
    False
    """
    line = _WORDS.search(text, name_end, end)
    return line is not None and _GROUP_BOXES.fullmatch(line.group(0)) is not None


def name_line_above(text: str, start: int, label_start: int) -> tuple[int, int] | None:
    """The line of words just above item 1's label (``text[start:label_start]``, after the previous
    page's last label): the name of a page printed values first; None where that line is the
    CUSIP line, a page number or the form's name (the name left blank).

    >>> text = "CUSIP No. 12345X107\\nExample Fund L.P.\\n1. NAME OF REPORTING PERSON"
    >>> a, b = name_line_above(text, 0, text.index("1."))
    >>> text[a:b]
    'Example Fund L.P.'
    >>> name_line_above("CUSIP No. 12345X107\\n1. NAME", 0, 20) is None
    True
    """
    lines = list(_WORDS.finditer(text, start, label_start))
    if not lines or _NO_NAME.search(lines[-1].group(0)):
        return None
    return lines[-1].span()
