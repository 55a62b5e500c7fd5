"""What stands around a document's title and is none of it: the timestamp or page furniture a
web copy prints after the title on its line, and a letterhead's address above it."""

from __future__ import annotations

import re
from functools import cache

from converter.extract.mechanisms.lines import Line
from converter.parse.address import find_addresses
from converter.resources import data_rows


@cache
def _tail_pattern() -> re.Pattern[str]:
    """What a web copy prints after a title on its line (``data/title_tails.tsv``), any number
    of them, ending the text."""
    tails = "|".join(f"(?:{row[0].strip()})" for row in data_rows("title_tails.tsv"))
    return re.compile(rf"(?:\s+(?:{tails}))+\s*$", re.IGNORECASE)


def end_before_tail(text: str, start: int, end: int) -> int:
    """Where the title ``text[start:end]`` ends without a timestamp or page furniture after it."""
    m = _tail_pattern().search(text, start, end)
    return m.start() if m and m.start() > start else end


ADDRESS_HEAD_LINES = 8  # a letterhead's address stands in the head's first lines
DIGIT = re.compile(r"\d")


def address_lines(text: str, lines: list[Line], first: int) -> frozenset[int]:
    """The head lines that are all of them inside a letterhead's address ('203 Example-dong,
    1-ga Jung-gu' / 'Seoul, 100-792 Korea'): read in the first lines from ``first``."""
    head = lines[first : first + ADDRESS_HEAD_LINES]
    if not head:
        return frozenset()
    base = head[0].start
    spans = [(base + a.start, base + a.end) for a in find_addresses(text[base : head[-1].start + len(head[-1].text)])]
    return frozenset(first + i for i, line in enumerate(head) if not line.blank and any(
        a <= line.content_start and line.content_end <= b for a, b in spans))


def in_address(text: str, lines: list[Line], first: int, index: int) -> bool:
    """Whether line ``index`` is one of ``address_lines(text, lines, first)``, reading only the
    stretch of the head that holds that line (an address lies in one stretch no address crosses,
    so the line's own stretch tells; the rest of the head is not parsed)."""
    head = lines[first : first + ADDRESS_HEAD_LINES]
    if not head or not first <= index < first + len(head) or lines[index].blank:
        return False
    base, line = head[0].start, lines[index]
    lo, hi = line.content_start - base, line.content_end - base
    found = find_addresses(text[base : head[-1].start + len(head[-1].text)], lambda s, e: s < hi and lo < e)
    return any(a.start <= lo and hi <= a.end for a in found)
